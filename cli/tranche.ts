// Headless commands on a Tranche database file: `npm run tranche -- verify FILE`.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyAuditFile } from '../core/services/audit-verify-parallel';
import type { StateMismatch } from '../db/queries/audit';
import { openDatabase } from '../db/open';
import { checkpointMismatch, type Checkpoint } from '../core/services/audit';

const USAGE = `usage: tranche verify FILE [--json] [--chain-only] [--checkpoint SEQ:HASH]
  verify   check the audit hash chain and that every audited row matches its last audit entry;
           exits 0 when intact, 1 when broken, 2 on a usage or file error
  --checkpoint SEQ:HASH  a head held outside the file (from an earlier verify, a report or a
           funder): entry SEQ must still exist with that hash, which catches a truncated log,
           an old copy put back or a rewritten history`;

const MISMATCH_WORDS: Record<StateMismatch['kind'], string> = {
  unlogged_row: 'unlogged row, not matching the audit log',
  changed_row: 'changed row, not matching the audit log',
  deleted_row: 'deleted row, not matching the audit log',
  totals_differ: 'paid and received sums (grant_totals) differ from its disbursements and receipts',
  year_totals_differ: 'sums per year (grant_year_totals) differ from its tranches, disbursements and receipts',
};

async function verify(file: string, json: boolean, chainOnly: boolean, checkpoint: Checkpoint | null): Promise<number> {
  if (!existsSync(file)) {
    console.error(`tranche verify: no such file: ${file}`);
    return 2;
  }
  // Read-only: a file under investigation is never migrated, filled or otherwise touched.
  const started = performance.now();
  const r = await verifyAuditFile(file, { state: !chainOnly });
  const held = checkpoint && r.ok ? checkHeld(file, checkpoint) : null;
  const ms = Math.round(performance.now() - started);
  if (json) console.log(JSON.stringify({ file, ms, ...r, ...(held ? { ok: false, checkpoint: { ...checkpoint, detail: held } } : {}) }));
  else if (held) console.log(`BROKEN: ${file} (${r.count} audit entries)\n  checkpoint ${checkpoint!.seq}: ${held}`);
  else if (r.ok) console.log(`OK: ${r.count} audit entries, head ${r.head}${r.checkedState ? ', every audited row matches its last entry' : ''} (${ms} ms)`);
  else {
    console.log(`BROKEN: ${file} (${r.count} audit entries)`);
    if (r.chainBreak) console.log(`  first break at entry ${r.chainBreak.seq}: ${r.chainBreak.kind}: ${r.chainBreak.detail}`);
    for (const m of r.stateMismatches ?? []) console.log(`  ${m.table} ${m.recordId}: ${MISMATCH_WORDS[m.kind]}`);
  }
  return r.ok && !held ? 0 : 1;
}

function checkHeld(file: string, cp: Checkpoint): string | null {
  const { sqlite, close } = openDatabase(file, { readonly: true });
  try {
    return checkpointMismatch(sqlite, cp);
  } finally {
    close();
  }
}

function parseCheckpoint(text: string | undefined): Checkpoint | null | 'bad' {
  if (text === undefined) return null;
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text);
  return m ? { seq: Number(m[1]), hash: m[2]! } : 'bad';
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'chain-only': { type: 'boolean', default: false }, checkpoint: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, file, ...rest] = positionals;
  if (values.help || command === undefined) {
    console.log(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const checkpoint = parseCheckpoint(values.checkpoint);
  if (command !== 'verify' || !file || rest.length > 0 || checkpoint === 'bad') {
    console.error(USAGE);
    return 2;
  }
  return verify(file, values.json ?? false, values['chain-only'] ?? false, checkpoint);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`tranche: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
