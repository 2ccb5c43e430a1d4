import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { handlers, METHOD_NAMES } from '../../../core/api/handlers';
import { verifyAudit } from '../../../core/services/audit';
import { DEMO_ACCOUNTS } from '../../../core/demo/accounts';
import { openDatabase } from '../../../db/open';
import { startWebHost, type WebHost } from '../../../webhost/server';
import { TEST_NOW } from '../../support/demo-core';
import { arbitraryFor, type JsonSchema } from '../../support/schema-arbitrary';
import { makeTmpDir } from '../../support/tmp-dir';

// Every API method, over HTTP, with inputs shaped by its own schema but pushed to the edges (and
// now and then plain garbage), as each demo role and as nobody. Two properties: no call answers
// 5xx, and a refused call writes nothing — no row in any table, no audit entry — except the one
// access refusal a forbidden call logs and the failure count a wrong password keeps.
// FUZZ_RUNS sets the budget (small in CI; `npm run bench -- --fuzz` runs a large one), FUZZ_SEED
// replays a run, FUZZ_REPORT names a file for the summary the benchmark prints.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

let host: WebHost;
let dbPath: string;
let reader: Database.Database;
let cleanup: () => void;
const sessions: Record<string, string> = {};

type Reply = { status: number; body: { ok: boolean; error?: { code: string; message: string } } };

function post(path: string, body: unknown, session?: string): Promise<Reply> {
  const { port } = new URL(host.url);
  const text = JSON.stringify(body) ?? '';
  return new Promise((done, failed) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-tranche-token': host.token };
    if (session !== undefined) headers['x-tranche-session'] = session;
    const req = request({ host: '127.0.0.1', port: Number(port), method: 'POST', path, headers }, (res) => {
      let raw = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (raw += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: JSON.parse(raw) as Reply['body'] }));
    });
    req.on('error', failed);
    req.end(text);
  });
}

beforeAll(async () => {
  const tmp = makeTmpDir();
  cleanup = tmp.cleanup;
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<meta name="tranche-token" content="__TRANCHE_TOKEN__">');
  dbPath = join(tmp.dir, 'fuzz.sqlite');
  host = await startWebHost({ dbPath, rendererDir, whenNew: 'demo', fixedNow: TEST_NOW });
  for (const a of DEMO_ACCOUNTS) {
    const r = await post('/api/auth.signIn', { username: a.username, password: a.password });
    sessions[a.username] = (r.body as unknown as { value: { session: string } }).value.session;
  }
  reader = new Database(dbPath, { readonly: true });
}, 60_000);
afterAll(async () => {
  reader.close();
  await host.close();
  cleanup();
});

const TABLES = () => (reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);

/** Every table's row count and the newest audit entry: what a refused call must leave as it was. */
function snapshot(): { counts: Record<string, number>; seq: number } {
  const counts: Record<string, number> = {};
  for (const t of TABLES()) counts[t] = (reader.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n;
  return { counts, seq: (reader.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM audit_entries').get() as { s: number }).s };
}

const schemaOf = (name: string) => z.toJSONSchema((handlers as unknown as Record<string, { input: z.ZodType }>)[name]!.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

// A call: a method (now and then one that does not exist), its input and who sends it.
const call = fc.oneof(
  // Methods with more to their input (the grid pages, imports, new grants) are called more often.
  { weight: 20, arbitrary: fc.oneof(...METHOD_NAMES.map((method) => ({ weight: Math.min(8, 1 + Math.floor(JSON.stringify(schemaOf(method)).length / 400)), arbitrary: fc.record({ method: fc.constant<string>(method), input: arbitraryFor(schemaOf(method)) }) }))) },
  { weight: 2, arbitrary: fc.record({ method: fc.constantFrom<string>(...METHOD_NAMES), input: fc.jsonValue({ maxDepth: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ method: fc.constantFrom('grants.drop', '__proto__', 'constructor', 'grants.page/..', '%E0%A4%A', ''), input: fc.jsonValue({ maxDepth: 2 }) }) },
);
const who = fc.constantFrom('admin', 'coordinator', 'finance', 'finance2', 'auditor', 'nobody', 'forged');

const tally = { calls: 0, ok: 0, refused: 0, byStatus: {} as Record<string, number> };

it(`answers every method without a 5xx, and a refused call writes nothing (${RUNS} runs)`, async () => {
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(call, who, async ({ method, input }, user) => {
      // Signing out would end the session the rest of the run uses; it gets a made-up one.
      const session = user === 'nobody' ? undefined : user === 'forged' || method === 'auth.signOut' ? 'f'.repeat(64) : sessions[user];
      const before = snapshot();
      const r = await post(`/api/${method}`, input, session);
      tally.calls++;
      tally.byStatus[r.status] = (tally.byStatus[r.status] ?? 0) + 1;
      expect(r.status, `${method} ${JSON.stringify(input)?.slice(0, 300)} → ${JSON.stringify(r.body).slice(0, 300)}`).toBeLessThan(500);
      if (r.body.ok) return void tally.ok++;
      tally.refused++;
      const after = snapshot();
      const added = reader.prepare('SELECT table_name AS t, action AS a FROM audit_entries WHERE seq > ?').all(before.seq) as { t: string; a: string }[];
      // The entries checked below are the only rows the log may have gained.
      const allowed: Record<string, number> = { ...before.counts, audit_entries: before.counts.audit_entries! + added.length };
      const refusal = { t: 'access_refusals', a: 'insert' };
      const signedIn = user !== 'nobody' && user !== 'forged' && method !== 'auth.signOut';
      if (method === 'auth.signIn') {
        // A wrong password counts against the account (and may lock it), and a signed-in caller's
        // failed attempt is a refusal too: an update of users and a refusal, nothing else.
        for (const e of added) expect([{ t: 'users', a: 'update' }, ...(signedIn ? [refusal] : [])]).toContainEqual(e);
        allowed.access_refusals = before.counts.access_refusals! + added.filter((e) => e.t === 'access_refusals').length;
      } else if (r.body.error?.code === 'forbidden') {
        // A signed-in caller's refusal is logged, in its own audited transaction, and nothing else.
        expect(added).toEqual(signedIn ? [refusal] : []);
        allowed.access_refusals = before.counts.access_refusals! + added.length;
      } else {
        expect(added, `${method} refused (${r.body.error?.code}) but logged changes`).toEqual([]);
      }
      expect(after.counts, `${method} refused (${r.body.error?.code}) but changed row counts`).toEqual(allowed);
    }),
    { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
  );
  // Whatever the calls did, the log still verifies.
  const verifier = openDatabase(dbPath, { readonly: true });
  try {
    expect(verifyAudit(verifier.sqlite)).toMatchObject({ ok: true, checkedState: true });
  } finally {
    verifier.close();
  }
  const ms = Math.round(performance.now() - started);
  if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ runs: RUNS, ms, ...tally }));
}, Math.max(60_000, RUNS * 1_000));
