/** `dry-run: true`: a port whose writes are logged and never sent, so nothing at all reaches GitHub. */
import { readsOf, type GitHubPort } from '../github/port.js';

export function dryRunPort(port: GitHubPort, log: (line: string) => void): GitHubPort {
  return {
    ...readsOf(port),
    async ensureLabel(i) {
      log(`dry-run: would create the label ${i.name} if it is missing`);
      return { created: false };
    },
    async upsertStickyComment(i) {
      log(`dry-run: would ${i.existing ? 'update' : 'post'} the sticky comment on #${i.number} (${i.body.length} characters)`);
      return { id: i.existing?.id ?? 0, url: i.existing?.url ?? '', written: false, created: false };
    },
    async postComment(i) {
      log(`dry-run: would comment on #${i.number}`);
      return { id: 0, url: '' };
    },
    async addReaction(i) {
      log(`dry-run: would react ${i.content} to comment ${i.commentId}`);
    },
    async commitFiles(i) {
      log(`dry-run: would commit ${i.files.length} file(s) to ${i.branch} on top of ${i.expectedHeadOid.slice(0, 7)}`);
      return { moved: true };
    },
    async upsertIssue(i) {
      log(`dry-run: would ${i.existing ? `update issue #${i.existing.number}` : 'open an issue'} labelled ${i.label}`);
      const issue = i.existing ?? { number: 0, url: '', title: i.title, body: i.body };
      return { issue, action: 'unchanged' };
    },
    async closeIssue(i) {
      log(`dry-run: would close issue #${i.number}`);
    },
    async proposeChange(i) {
      log(`dry-run: would propose ${i.path} on branch ${i.branch}`);
      return { status: 'unchanged' };
    },
  };
}
