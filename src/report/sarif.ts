/** SARIF 2.1.0 for GitHub code scanning: one run, the full rule catalogue, stable fingerprints. */
import { createHash } from 'node:crypto';
import type { Finding, LintReport } from '../core/findings.js';
import { joinUrl, type RuleMeta } from './rules.js';

const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** partialFingerprints key (SARIF §3.27.17 wants "name/vN"; bump the version if the recipe changes). */
export const FINGERPRINT_KEY = 'archdoc/v1';

export interface SarifOptions {
  /** The whole catalogue, not only the rules that fired: code scanning closes alerts of rules it still knows. */
  rules: readonly RuleMeta[];
  /** archdoc's version (a leading `v` is ignored for semanticVersion). */
  version: string;
  /** archdoc's home page (absolute URL). */
  informationUri: string;
  /** Base the rules' docsPath is resolved against. Default: `<informationUri>/blob/v<version>/`. */
  docsBaseUrl?: string;
  /** Document text by report path: fingerprints then follow the offending line's text, not its number. */
  sources?: Readonly<Record<string, string>>;
  /** Absolute paths under this directory are written relative to it. */
  root?: string;
}

// Just the SARIF subset archdoc writes; the test validates it against the official schema.
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
interface SarifRun {
  tool: { driver: SarifDriver };
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}
interface SarifDriver {
  name: string;
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' };
  properties: { tags: string[] };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning';
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string };
      region: { startLine: number; startColumn: number; endLine: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  properties: { fixable: boolean };
}

export function toSarif(report: LintReport, options: SarifOptions): SarifLog {
  const semanticVersion = options.version.replace(/^v/, '');
  const docsBase = options.docsBaseUrl ?? joinUrl(options.informationUri, `blob/v${semanticVersion}/`);
  const rules = options.rules.map((r) => sarifRule(r, docsBase));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  const results: SarifResult[] = [];

  for (const file of report.files) {
    const { uri, uriBaseId } = artifactUri(file.path, options.root);
    const lines = options.sources?.[file.path]?.split(/\r?\n/);
    for (const f of file.findings) {
      let ruleIndex = index.get(f.rule);
      if (ruleIndex === undefined) {
        // A finding from a rule the caller did not describe still needs a descriptor for ruleIndex to point at.
        ruleIndex = rules.push(unknownRule(f)) - 1;
        index.set(f.rule, ruleIndex);
      }
      const base = fingerprintBase(f, uri, lines?.[f.line - 1]);
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      const startLine = Math.max(1, f.line);
      results.push({
        ruleId: f.rule,
        ruleIndex,
        level: f.severity,
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: uriBaseId ? { uri, uriBaseId } : { uri },
              region: { startLine, startColumn: Math.max(1, f.column), endLine: Math.max(startLine, f.endLine ?? startLine) },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${occurrence}` },
        properties: { fixable: f.fixable },
      });
    }
  }

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'archdoc', version: options.version, semanticVersion, informationUri: options.informationUri, rules },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** The SARIF text (no trailing newline). */
export function renderSarif(report: LintReport, options: SarifOptions): string {
  return JSON.stringify(toSarif(report, options), null, 2);
}

function sarifRule(meta: RuleMeta, docsBase: string): SarifRule {
  const helpUri = joinUrl(docsBase, meta.docsPath);
  const full = sentence(meta.description) + (meta.fixable ? ' `archdoc fix` can repair it.' : '');
  return {
    id: meta.name,
    name: pascalCase(meta.name),
    shortDescription: { text: meta.description },
    fullDescription: { text: full },
    help: { text: `${full} See ${helpUri}`, markdown: `${full} [Rule documentation](${helpUri})` },
    helpUri,
    defaultConfiguration: { level: meta.severity },
    properties: { tags: ['architecture-document', 'documentation', ...(meta.fixable ? ['fixable'] : []), ...(meta.tags ?? [])] },
  };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function unknownRule(f: Finding): SarifRule {
  return {
    id: f.rule,
    name: pascalCase(f.rule),
    shortDescription: { text: f.rule },
    fullDescription: { text: f.rule },
    help: { text: f.rule, markdown: f.rule },
    defaultConfiguration: { level: f.severity },
    properties: { tags: ['architecture-document', 'documentation'] },
  };
}

function pascalCase(name: string): string {
  return name
    .split(/[^a-z0-9]+/i)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** Repository-relative, forward slashes, percent-encoded; `%SRCROOT%` lets code scanning resolve it. */
export function artifactUri(path: string, root?: string): { uri: string; uriBaseId?: string } {
  let p = path.replace(/\\/g, '/');
  if (root) {
    const r = `${root.replace(/\\/g, '/').replace(/(?<!\/)\/+$/, '')}/`;
    if (p.startsWith(r)) p = p.slice(r.length);
  }
  p = p.replace(/^(\.\/)+/, '');
  const absolute = /^(?:\/|[a-z]:\/)/i.test(p);
  const encoded = p
    .split('/')
    .map((seg) => (/^[a-z]:$/i.test(seg) ? seg : encodeURIComponent(seg)))
    .join('/');
  return absolute ? { uri: `file://${encoded.startsWith('/') ? '' : '/'}${encoded}` } : { uri: encoded, uriBaseId: '%SRCROOT%' };
}

/**
 * What identifies a finding across runs: the rule, the file, and the offending line's text (whitespace
 * folded), so inserting lines above it does not turn it into a "new" alert. Without the text (no source,
 * or a blank line such as an insertion point) the message stands in, with numbers masked since they are
 * often line numbers.
 */
function fingerprintBase(f: Finding, uri: string, lineText: string | undefined): string {
  const text = lineText?.trim().replace(/\s+/g, ' ');
  const anchor = text ? `line:${text}` : `message:${f.message.replace(/\d+/g, '#')}`;
  return createHash('sha256').update(`${f.rule}\0${uri}\0${anchor}`).digest('hex').slice(0, 32);
}
