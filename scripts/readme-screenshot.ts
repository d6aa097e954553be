/**
 * The README's picture of a pull-request comment, from a real run: the bundled Action (dist/index.js)
 * checks a pull request on the fake GitHub (test-support/fake-github) with `mode: fix`, and the body it
 * posted is rendered to HTML with GitHub-like styles and photographed with Chromium.
 *
 *   npm run build && npm run screenshot [-- docs/images/pr-comment.png]
 *
 * Needs playwright-core (a devDependency) and a Chromium: CHROMIUM=/path, else /usr/bin/chromium
 * (Debian: apt-get install chromium fonts-noto-color-emoji). PLAYWRIGHT_CORE may name another install of playwright-core.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { startFakeGitHub } from '../test-support/fake-github/server.js';
import { pullRequestPayload, runAction } from '../test-support/action-run.js';

const OUT = process.argv[2] ?? 'docs/images/pr-comment.png';
const DOC = 'docs/02_architecture.md';
const REQS = 'docs/01_requirements.md';

// The repository's example, as an author might push it: the container diagram drawn as a flowchart,
// a field left out, a placeholder left in, an endpoint without its code span, and the LLM's sign-off.
const example = readFileSync('examples/02_architecture.md', 'utf8');
const pushed = example
  .replace(/```mermaid\nC4Container[\s\S]*?```/, '```mermaid\ngraph TB\n    web[SPA] --> api[API Gateway]\n    api --> db[(Metadata DB)]\n```')
  .replace('- **Caching**: Redis for user sessions and file metadata.\n', '')
  .replace('- **Auth**: OAuth2 via Auth0', '- **Auth**: [OAuth2/OIDC/JWT]')
  .replace('- `POST /v1/files/finalize` - Register uploaded file', '- POST /v1/files/finalize - Register uploaded file')
  .concat('\n✅ Architecture Document complete! Next steps: review the data model.\n');

async function main(): Promise<void> {
  const gh = await startFakeGitHub();
  try {
    gh.seedRepo({ owner: 'acme', repo: 'vault', files: { [DOC]: example, [REQS]: readFileSync('examples/01_requirements.md', 'utf8') } });
    const headSha = gh.commit({ owner: 'acme', repo: 'vault', branch: 'feature', files: { [DOC]: pushed } });
    const { number } = gh.openPullRequest({ owner: 'acme', repo: 'vault', head: 'feature' });
    const payload = pullRequestPayload({ action: 'opened', owner: 'acme', repo: 'vault', number, headSha, headRef: 'feature' });
    const run = await runAction({ api: gh, event: 'pull_request', payload, inputs: { mode: 'fix' } });
    const comment = gh.commentsOn('acme', 'vault', number).at(-1);
    if (!comment) throw new Error(`the Action posted no comment (exit ${String(run.exitCode)}): ${run.stderr || run.log.join('\n')}`);
    await photograph(page(comment.body, comment.user), OUT);
    console.log(`wrote ${OUT} from the comment the Action posted on acme/vault#${number}`);
  } finally {
    await gh.close();
  }
}

/** The comment as GitHub shows it: GitHub-flavoured Markdown (archdoc's own HTML: details, sub) in a timeline box. */
function page(body: string, user: string): string {
  const md = new MarkdownIt({ html: true, linkify: false });
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, i, options, env, self) => {
    const t = tokens[i];
    if (t.info.trim() !== 'diff') return fence(tokens, i, options, env, self);
    const lines = t.content
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => {
        const kind = l.startsWith('@@') || l.startsWith('--- ') || l.startsWith('+++ ') ? 'hunk' : l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : '';
        return `<span class="${kind}">${md.utils.escapeHtml(l)}</span>`;
      });
    return `<pre class="diff"><code>${lines.join('\n')}</code></pre>`;
  };
  // Open the collapsed diff, as a reader would, so the picture shows it.
  const html = md.render(body).replace(/<details>/g, '<details open>');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>
<div class="comment" id="comment">
  <div class="header"><span class="avatar"></span><b>${md.utils.escapeHtml(user)}</b>&nbsp;<span class="bot">bot</span>&nbsp;<span class="muted">commented just now</span></div>
  <div class="markdown-body">${html}</div>
</div></body></html>`;
}

async function photograph(html: string, out: string): Promise<void> {
  const { chromium } = (await import(process.env.PLAYWRIGHT_CORE ?? 'playwright-core')) as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const tab = await browser.newPage({ viewport: { width: 900, height: 800 }, deviceScaleFactor: 2 });
    await tab.setContent(html, { waitUntil: 'load' });
    writeFileSync(out, await tab.locator('#comment').screenshot());
  } finally {
    await browser.close();
  }
}

const CSS = `
body { margin: 0; padding: 16px; background: #fff; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.5; color: #1f2328; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; max-width: 860px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; padding: 8px 16px; display: flex; align-items: center; }
.avatar { width: 20px; height: 20px; border-radius: 4px; background: #2da44e; margin-right: 8px; display: inline-block; }
.bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; color: #59636e; }
.muted { color: #59636e; }
.markdown-body { padding: 16px; }
.markdown-body > :first-child { margin-top: 0; }
.markdown-body > :last-child { margin-bottom: 0; }
h1, h2, h3 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; }
h3 { font-size: 1.25em; }
p, ul, ol, table, pre, details { margin: 0 0 16px; }
a { color: #0969da; text-decoration: none; }
code { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 85%; background: rgba(129,139,152,.12); padding: .2em .4em; border-radius: 6px; }
pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45; }
pre code { background: none; padding: 0; font-size: 100%; }
pre.diff .add { color: #116329; background: #dafbe1; display: inline-block; width: 100%; }
pre.diff .del { color: #82071e; background: #ffebe9; display: inline-block; width: 100%; }
pre.diff .hunk { color: #59636e; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; }
tr:nth-child(2n) { background: #f6f8fa; }
summary { cursor: pointer; }
sub { color: #59636e; }
hr { border: 0; border-top: 1px solid #d1d9e0; margin: 24px 0; }
`;

await main();
