// npm run bench [-- --disbursements 200000 --bulk 100000 --pages 200] [-- --smoke]
// npm run bench -- --fuzz [--fuzz-runs 10000] [--seed N]: the API property test over HTTP
// (tests/integration/webhost/api-fuzz.test.ts) with a large budget instead of the figures.
// Prints one JSON line per figure, each with its dataset size, the same work done with raw
// better-sqlite3 and the ratio. The scale database is generated once through the real core and
// kept in .cache/bench/; each figure runs in a fresh process so its memory peak is its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { generateScaleData } from './scale-data';
import { progressBar } from './progress';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildWebHost } from '../../scripts/build-webhost.mjs';

const { values } = parseArgs({
  options: {
    disbursements: { type: 'string' },
    bulk: { type: 'string' },
    pages: { type: 'string' },
    seed: { type: 'string', default: '1' },
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    fuzz: { type: 'boolean', default: false },
    'fuzz-runs': { type: 'string' },
  },
});
const num = (v: string | undefined, fallback: number, flag: string) => {
  const n = v === undefined ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} must be a positive whole number, got ${v}`);
  return n;
};
if (values.fuzz) process.exit(runFuzz());

/** Runs the property test with a large budget and prints its figure; 1 when it found a failure. */
function runFuzz(): number {
  const runs = num(values['fuzz-runs'], values.smoke ? 300 : 10_000, 'fuzz-runs');
  const report = join(resolve('.cache', 'bench'), `fuzz-${process.pid}.json`);
  mkdirSync(dirname(report), { recursive: true });
  const env = { ...process.env, FUZZ_RUNS: String(runs), FUZZ_REPORT: report, ...(values.seed === '1' ? {} : { FUZZ_SEED: values.seed }) };
  const r = spawnSync(process.execPath, [resolve('node_modules/vitest/vitest.mjs'), 'run', 'tests/integration/webhost/api-fuzz.test.ts'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 || !existsSync(report)) {
    const counterexample = /Counterexample: .*/.exec(r.stdout)?.[0] ?? null;
    const seedLine = /\{ seed: -?\d+, path: "[^"]*"/.exec(r.stdout)?.[0] ?? null;
    console.log(JSON.stringify({ figure: 'fuzz', runs, error: `exited ${r.status}`, counterexample, replay: seedLine }));
    return 1;
  }
  const figure = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>;
  rmSync(report, { force: true });
  console.log(JSON.stringify({ figure: 'fuzz', ...figure, perCallMs: Number(((figure.ms as number) / runs).toFixed(2)) }));
  return 0;
}

const smoke = values.smoke;
const disbursements = num(values.disbursements, smoke ? 2_000 : 200_000, 'disbursements');
const bulk = num(values.bulk, smoke ? 2_000 : 100_000, 'bulk');
const pages = num(values.pages, smoke ? 20 : 200, 'pages');
const seed = num(values.seed, 1, 'seed');

// Bump when the generator changes what it writes, so a cached dataset is not reused.
const GENERATOR_VERSION = 1;
const cacheDir = resolve('.cache', 'bench');
mkdirSync(cacheDir, { recursive: true });
const dataset = join(cacheDir, `scale-v${GENERATOR_VERSION}-d${disbursements}-s${seed}.sqlite`);
if (!existsSync(dataset)) {
  const partial = `${dataset}.partial`;
  for (const s of ['', '-wal', '-shm']) rmSync(partial + s, { force: true });
  const summary = generateScaleData({ dbPath: partial, disbursements, seed, onProgress: progressBar('generating') });
  renameSync(partial, dataset);
  console.log(JSON.stringify({ figure: 'dataset_generated', ...summary, file: dataset }));
}
const sizes = (() => {
  const db = new Database(dataset, { readonly: true });
  const n = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  const r = { grants: n('grants'), tranches: n('tranches'), disbursements: n('disbursements'), receipts: n('receipts'), auditEntries: n('audit_entries') };
  db.close();
  return r;
})();
console.log(JSON.stringify({ figure: 'machine', node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), sqlite: (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v }));

// The cold start runs the built renderer and the bundled web host, as shipped.
if (!values.only || values.only === 'cold-start' || values.only === 'grid-during-verify') {
  if (!existsSync(resolve('dist/renderer/index.html'))) spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], { stdio: 'inherit' });
  await buildWebHost({ quiet: true });
}

const work = join(cacheDir, 'work');
mkdirSync(work, { recursive: true });
const plan: [string, string, number][] = [
  ['bulk', work, bulk],
  ['grid-disbursements', dataset, pages],
  ['grid-audit', dataset, pages],
  ['grid-grants', dataset, pages],
  ['grid-reconciliation', dataset, pages],
  ['report', dataset, smoke ? 5 : 20],
  ['verify', dataset, 0],
  ['cold-start', dataset, 0],
  ['grid-during-verify', dataset, smoke ? 20 : 100],
];
let failed = false;
for (const [name, arg, n] of plan) {
  if (values.only && values.only !== name) continue;
  const r = spawnSync(process.execPath, [...process.execArgv, resolve('tests/bench/figure.ts'), name, arg, String(n)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    failed = true;
    console.log(JSON.stringify({ figure: name, error: `exited ${r.status}`, output: r.stdout.trim().slice(-500) }));
    continue;
  }
  console.log(JSON.stringify({ ...JSON.parse(line), dataset: sizes }));
}
rmSync(work, { recursive: true, force: true });
if (failed) process.exit(1);
