import type { Rule, RuleFinding } from '../rule.js';
import { modelOf } from '../../model/build.js';
import { fold, sameEntityName } from '../../model/names.js';

/** Path prefixes that say where the API lives, not what it serves. */
const PREFIX = /^(?:api|apis|rest|v\d+(?:\.\d+)?|public|internal|private|external)$/i;
/** Resources that are operations of the service itself rather than stored entities. */
const NOT_ENTITIES = new Set(
  [
    'auth',
    'oauth',
    'oauth2',
    'login',
    'logout',
    'signin',
    'signout',
    'signup',
    'register',
    'token',
    'tokens',
    'refresh',
    'session',
    'sessions',
    'me',
    'health',
    'healthz',
    'ready',
    'readyz',
    'live',
    'livez',
    'ping',
    'status',
    'metrics',
    'version',
    'docs',
    'swagger',
    'openapi',
    'graphql',
    'ws',
    'websocket',
    'webhook',
    'webhooks',
    'events',
    'search',
    'upload',
    'uploads',
    'download',
    'export',
    'import',
    'admin',
    'config',
    'settings',
    'stats',
    'dashboard',
    'reports',
    'analytics',
  ].map(fold),
);

/** The first literal segment of the path after version and `api` prefixes; undefined when there is none. */
function resourceOf(path: string): string | undefined {
  const segments = path.split(/[?#]/)[0].split('/').filter(Boolean);
  for (const s of segments) {
    if (PREFIX.test(s)) continue;
    if (/^[{:<[]/.test(s)) return undefined; // a parameter before any resource
    return s.split(':')[0]; // `/invoices:export` (a custom method) serves invoices
  }
  return undefined;
}

export const endpointEntity: Rule = {
  name: 'endpoint-entity',
  description: "An endpoint's resource has no matching entity in the Data Model.",
  severity: 'warning',
  fixable: false,
  offByDefault: true,
  check(ctx) {
    const model = modelOf(ctx);
    const entities = model.diagrams.flatMap((d) => d.er?.entities ?? []);
    if (entities.length === 0) return [];
    const names = entities.flatMap((e) => (e.alias ? [e.name, e.alias] : [e.name]));
    const out: RuleFinding[] = [];
    for (const ep of model.endpoints) {
      const resource = resourceOf(ep.path);
      if (!resource || NOT_ENTITIES.has(fold(resource)) || names.some((n) => sameEntityName(n, resource))) continue;
      out.push({
        message: `\`${ep.method} ${ep.path}\` serves \`${resource}\`, which no entity of the Data Model is (${names
          .slice(0, 6)
          .map((n) => `\`${n}\``)
          .join(', ')}${names.length > 6 ? ', ...' : ''}): add the entity or name the resource after it.`,
        line: ep.line,
        column: ep.column,
      });
    }
    return out;
  },
};
