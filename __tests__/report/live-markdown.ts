/**
 * The oracle of the injection tests: renders Markdown with markdown-it the way GitHub does (raw HTML
 * allowed, bare URLs linked) and lists everything that would be live: HTML elements outside archdoc's
 * own allow-list, images, links to URLs archdoc did not make, @-mentions and issue references.
 */
import MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const md = new MarkdownIt({ html: true, linkify: true });

/** The elements archdoc itself writes: the collapsed diff, the footer, line breaks in table cells. */
const OWN_TAGS = new Set(['details', 'summary', 'sub', 'br']);
const MENTION = /(?:^|[^\w`])@[a-z\d]/i;
const REFERENCE = /#\d|\bGH-\d/i;

function textProblems(text: string, where: string): string[] {
  const out: string[] = [];
  if (MENTION.test(text)) out.push(`@-mention in ${where}: ${JSON.stringify(text)}`);
  if (REFERENCE.test(text)) out.push(`issue reference in ${where}: ${JSON.stringify(text)}`);
  return out;
}

function htmlProblems(html: string): string[] {
  const out: string[] = [];
  const bare = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of bare.matchAll(/<\/?([a-z][\w-]*)([^<>]*)/gi)) {
    if (!OWN_TAGS.has(m[1].toLowerCase())) out.push(`HTML element <${m[1]}>`);
    else if (m[2].trim() && m[2].trim() !== '/') out.push(`attributes on <${m[1]}>: ${m[2]}`);
  }
  out.push(...textProblems(bare.replace(/<[^<>]*>/g, ' '), 'raw HTML'));
  return out;
}

/** Every live element of `markdown`; `ownLink` says which link targets archdoc made. */
export function liveContent(markdown: string, ownLink: (href: string) => boolean): string[] {
  const problems: string[] = [];
  const visit = (tokens: Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'html_block' || t.type === 'html_inline') problems.push(...htmlProblems(t.content));
      else if (t.type === 'image') problems.push(`image ${String(t.attrGet('src') ?? '')}`);
      else if (t.type === 'link_open' && !ownLink(String(t.attrGet('href') ?? ''))) problems.push(`link to ${String(t.attrGet('href') ?? '')}`);
      else if (t.type === 'text') problems.push(...textProblems(t.content, 'text'));
      if (t.children) visit(t.children);
    }
  };
  visit(md.parse(markdown, {}));
  // And the HTML a browser would get: no element outside what Markdown itself makes and the allow-list.
  const rendered = md.render(markdown);
  for (const m of rendered.matchAll(/<([a-z][\w-]*)/gi)) {
    if (!/^(?:[aps]|code|pre|strong|em|ul|ol|li|h[1-6]|hr|table|thead|tbody|tr|th|td|del|blockquote|details|summary|sub|br)$/i.test(m[1])) {
      problems.push(`rendered <${m[1]}>`);
    }
  }
  return problems;
}

/** The text a reader sees (for checking that escaping kept the words). */
export function renderedText(markdown: string): string {
  return md
    .render(markdown)
    .replace(/<[^<>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '');
}
