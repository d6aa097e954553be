#!/usr/bin/env node
// `npm test`: the unit tests under mocha (one process: the modules load once) and the end-to-end tests under
// Jest (two workers: they spawn the bundle, git and fake servers), side by side. Arguments as for Jest:
// `npm test -- __tests__/lint/match.test.ts __tests__/cli -t 'refused' --maxWorkers=1`; a unit test file
// named goes to mocha, `-t`/`--testNamePattern` to both, every other option to Jest.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { repoPath, UNIT_CONFIG, unitConfig, unitTestFiles } from '../test-support/unit-tests.mjs';

const config = unitConfig();
const units = unitTestFiles(config);
const args = process.argv.slice(2);
const paths = [];
const jestOptions = [];
let grep;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-t' || a === '--testNamePattern') {
    grep = args[i + 1];
    jestOptions.push(a, args[++i]);
  } else if (a.startsWith('--testNamePattern=')) {
    grep = a.slice(a.indexOf('=') + 1);
    jestOptions.push(a);
  } else if (a.startsWith('-')) jestOptions.push(a);
  else paths.push(a);
}

// A path names a file or a folder (its unit tests go to mocha, Jest is asked for the rest); anything else is
// a pattern, as Jest reads it, for both.
const unitPart = (p) => {
  if (!existsSync(p)) {
    let pattern;
    try {
      pattern = new RegExp(p);
    } catch {
      console.error(`npm test: ${p} is neither a test file or folder nor a valid pattern`);
      process.exit(2);
    }
    return units.filter((u) => pattern.test(u));
  }
  const rel = repoPath(p);
  if (statSync(p).isDirectory()) return units.filter((u) => u.startsWith(`${rel.replace(/\/$/, '')}/`));
  return units.includes(rel) ? [rel] : [];
};
const mochaFiles = paths.length ? paths.flatMap(unitPart) : [];
const jestPaths = paths.filter((p) => !units.includes(repoPath(p)));
const runMocha = paths.length === 0 || mochaFiles.length > 0;
const runJest = paths.length === 0 || jestPaths.length > 0;

function run(name, argv, { buffer }) {
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, { stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const out = [];
    if (buffer) {
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
    }
    child.on('close', (code, signal) => done({ name, ok: code === 0, code: code ?? signal, output: Buffer.concat(out).toString() }));
  });
}

// Named files replace the config's list (mocha would add them to it): its other settings are passed as options.
const mochaArgs = () => {
  if (mochaFiles.length === 0) return ['--config', UNIT_CONFIG];
  return [
    '--no-config',
    ...config.require.flatMap((r) => ['--require', r]),
    '--extension',
    ...config.extension,
    '--timeout',
    String(config.timeout),
    '--reporter',
    config.reporter,
    ...mochaFiles,
  ];
};
const mocha = runMocha
  ? run('unit tests (mocha)', ['--import', 'tsx', 'node_modules/mocha/bin/mocha.js', ...mochaArgs(), ...(grep ? ['--grep', grep] : [])], { buffer: runJest })
  : undefined;
const jest = runJest
  ? run(
      'end-to-end tests (Jest)',
      ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', ...jestOptions, ...jestPaths, ...(mochaFiles.length ? ['--passWithNoTests'] : [])],
      {
        buffer: false,
      },
    )
  : undefined;

const results = [];
if (jest) results.push(await jest);
if (mocha) {
  const m = await mocha;
  if (runJest) process.stdout.write(`\n── ${m.name} ──\n${m.output}`);
  results.push(m);
}
if (results.length > 1) for (const r of results) process.stdout.write(`${r.ok ? '✔' : '✘'} ${r.name}${r.ok ? '' : `: exit ${r.code}`}\n`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
