/** Technology names as people write them: `Postgres` is `PostgreSQL`, `Node.js` is `Node`, versions do not count. */

const SYNONYMS: Record<string, string> = {
  postgres: 'postgresql',
  psql: 'postgresql',
  pg: 'postgresql',
  golang: 'go',
  nodejs: 'node',
  reactjs: 'react',
  vuejs: 'vue',
  nextjs: 'next',
  nestjs: 'nest',
  expressjs: 'express',
  k8s: 'kubernetes',
  mongo: 'mongodb',
  ts: 'typescript',
  js: 'javascript',
  py: 'python',
  dotnet: 'net',
  aspnet: 'net',
  elasticsearch: 'elastic',
  es: 'elastic',
  rabbit: 'rabbitmq',
  kafka: 'kafka',
  mssql: 'sqlserver',
  redisdb: 'redis',
};

/** Words that say nothing about the technology itself. */
const NOISE = new Set([
  'and',
  'or',
  'with',
  'via',
  'for',
  'the',
  'a',
  'an',
  'on',
  'in',
  'of',
  'to',
  'using',
  'based',
  'plus',
  'api',
  'apis',
  'app',
  'application',
  'service',
  'services',
  'server',
  'client',
  'db',
  'database',
  'framework',
  'web',
  'backend',
  'frontend',
  'storage',
  'store',
  'cache',
  'queue',
  'engine',
  'runtime',
  'library',
  'sdk',
  'latest',
  'stack',
]);

/** The significant words of a technology text, canonical: `Node.js 20 (Express)` -> node, express. */
export function technologyWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9#+.]+/)) {
    let w = raw.endsWith('.js') ? `${raw.slice(0, -3)}js` : raw;
    w = w.replace(/\./g, '');
    if (!w || /^v?\d/.test(w) || NOISE.has(w)) continue;
    w = SYNONYMS[w] ?? w;
    if (w.length > 2 && w.endsWith('js') && !SYNONYMS[w]) w = w.slice(0, -2) || w;
    out.add(w);
  }
  return out;
}

/** Whether any significant word of `text` is among `words`. */
export function mentions(words: ReadonlySet<string>, text: string): boolean {
  return [...technologyWords(text)].some((w) => words.has(w));
}
