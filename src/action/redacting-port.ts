/**
 * Every body archdoc sends to GitHub (comments, issues, pull requests, commit messages) with the secrets
 * redacted, so nothing posted can carry a key, whatever text reached it. Document content is different:
 * redacting it would silently corrupt what is committed, so content that carries a secret is refused
 * (the regenerate gate refuses such a reply first; this is the last line).
 */
import { UsageError } from '../core/findings.js';
import type { Redactor } from '../core/redact.js';
import { readsOf, type GitHubPort } from '../github/port.js';

export function redactingPort(port: GitHubPort, secrets: Redactor): GitHubPort {
  const r = secrets.redact;
  const refuse = (path: string, content: string): void => {
    if (secrets.contains(content)) {
      throw new UsageError(`refused to push ${path}: it contains a secret (the LLM API key or the GitHub token, raw or encoded)`);
    }
  };
  return {
    ...readsOf(port),
    ensureLabel: (i) => port.ensureLabel({ ...i, description: r(i.description) }),
    upsertStickyComment: (i) => port.upsertStickyComment({ ...i, body: r(i.body) }),
    postComment: (i) => port.postComment({ ...i, body: r(i.body) }),
    addReaction: (i) => port.addReaction(i),
    async commitFiles(i) {
      for (const f of i.files) refuse(f.path, f.content);
      return port.commitFiles({ ...i, message: r(i.message) });
    },
    upsertIssue: (i) => port.upsertIssue({ ...i, title: r(i.title), body: r(i.body) }),
    closeIssue: (i) => port.closeIssue({ ...i, ...(i.comment !== undefined ? { comment: r(i.comment) } : {}) }),
    async proposeChange(i) {
      refuse(i.path, i.content);
      return port.proposeChange({ ...i, commitMessage: r(i.commitMessage), title: r(i.title), body: r(i.body) });
    },
  };
}
