// Audit chain benchmark: builds a log of N entries (default 1,000,000) shaped like real ones and
// prints, one JSON line per figure, the time to seal and to verify it. Not part of npm test.
//   npm run bench -- --entries 1000000
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GENESIS_HASH, linkHash, verifyChain } from '../../core/services/audit';
import { verifyChainParallel } from '../../core/services/audit-verify-parallel';
import { openDatabase } from '../../db/open';
import { makeTmpDir } from '../support/tmp-dir';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '1000000' } } });
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 1) throw new Error(`--entries must be a positive integer, got ${values.entries}`);

const tmp = makeTmpDir('tranche-bench-');
const { sqlite, close } = openDatabase(join(tmp.dir, 'bench.sqlite'));
const figure = (name: string, ms: number, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ figure: name, entries, ms: Math.round(ms), rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20), ...extra }));

try {
  // Entries as the triggers write them for a disbursement: an update with before and after images.
  const insert = sqlite.prepare(
    `INSERT INTO audit_entries (at, user_id, action, table_name, record_id, before_json, after_json, reason, prev_hash, hash) VALUES (?, ?, 'update', 'disbursements', ?, ?, ?, NULL, ?, ?)`,
  );
  let prev = GENESIS_HASH;
  let t = performance.now();
  sqlite.transaction(() => {
    for (let i = 1; i <= entries; i++) {
      const row = (amount: number) =>
        `{"id":${i},"grant_id":${1 + (i % 5000)},"tranche_id":${i},"paid_date":"2025-03-${String(1 + (i % 28)).padStart(2, '0')}","amount_minor":${amount},"currency":"EUR","bank_account_id":${1 + (i % 40)},"bank_reference":"TRN-2025-${String(i).padStart(7, '0')}","override_reason":null,"recorded_by":3,"approved_by":null,"created_at":"2025-03-01T09:00:00.000Z"}`;
      const at = `2025-03-01T09:00:${String(i % 60).padStart(2, '0')}.000Z`;
      const [before, after] = [row(1000000 + i), row(1000500 + i)];
      // The same canonical form as SQLite's json_array(at, user_id, action, table_name, record_id, before_json, after_json, reason).
      const hash = linkHash(prev, JSON.stringify([at, 3, 'update', 'disbursements', String(i), before, after, null]));
      insert.run(at, 3, String(i), before, after, prev, hash);
      prev = hash;
    }
  })();
  figure('audit.write_linked', performance.now() - t);

  t = performance.now();
  const r = verifyChain(sqlite);
  if (!r.ok || r.count !== entries) throw new Error(`verification failed: ${JSON.stringify(r)}`);
  figure('audit.verify_chain_one_thread', performance.now() - t, { head: r.head.slice(0, 16) });

  t = performance.now();
  const p = await verifyChainParallel(join(tmp.dir, 'bench.sqlite'));
  if (!p.ok || p.head !== r.head) throw new Error(`parallel verification disagrees: ${JSON.stringify(p)}`);
  figure('audit.verify_chain', performance.now() - t, { goalMs: 3000, threads: 'all cores', head: p.head.slice(0, 16) });
} finally {
  close();
  tmp.cleanup();
}
