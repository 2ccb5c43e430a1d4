// `tranche verify FILE`: the audit log of a database file, read-only, against held heads.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyAuditFile } from '../core/services/audit-verify-parallel';
import { checkpointMismatch, type Checkpoint } from '../core/services/audit';
import { checkpointProblem, readCheckpoints } from '../core/services/checkpoints';
import type { StateMismatch } from '../db/queries/audit';
import { openDatabase } from '../db/open';

export const VERIFY_USAGE = `tranche verify FILE [--json] [--chain-only] [--checkpoint SEQ:HASH | --checkpoint CHECKPOINTS] [--public-key KEY]
  check the audit hash chain and that every audited row matches its last audit entry;
  exits 0 when intact, 1 when broken, 2 on a usage or file error
  --checkpoint SEQ:HASH     a head held outside the file (from an earlier verify, a report or a
                            funder): entry SEQ must still exist with that hash
  --checkpoint CHECKPOINTS  a file of signed checkpoints (FILE.checkpoints, or one inside an export):
                            each must be signed with the database's key and its head still held;
                            this catches a truncated log, an old copy put back or a rewritten history
  --public-key KEY          the key to trust (base64, as printed by \`tranche checkpoint\`) instead
                            of the one the database recorded`;

const MISMATCH_WORDS: Record<StateMismatch['kind'], string> = {
  unlogged_row: 'unlogged row, not matching the audit log',
  changed_row: 'changed row, not matching the audit log',
  deleted_row: 'deleted row, not matching the audit log',
  totals_differ: 'paid and received sums (grant_totals) differ from its disbursements and receipts',
  year_totals_differ: 'sums per year (grant_year_totals) differ from its tranches, disbursements and receipts',
};

/** A head held outside the file: SEQ:HASH, or a file of signed checkpoints. */
type Held = { kind: 'head'; cp: Checkpoint } | { kind: 'signed'; file: string; publicKey: string | undefined };

async function verifyFile(file: string, json: boolean, chainOnly: boolean, held: Held | null): Promise<number> {
  if (!existsSync(file)) {
    console.error(`tranche verify: no such file: ${file}`);
    return 2;
  }
  // Read-only: a file under investigation is never migrated, filled or otherwise touched.
  const started = performance.now();
  const r = await verifyAuditFile(file, { state: !chainOnly });
  // A log that verifies must still hold the heads kept outside the file.
  const problem = !held || !r.ok ? null : held.kind === 'head' ? checkHeld(file, held.cp) : checkSigned(file, held.file, held.publicKey);
  const which = held?.kind === 'head' ? `checkpoint ${held.cp.seq}` : held ? `checkpoints ${held.file}` : '';
  const ms = Math.round(performance.now() - started);
  if (json) console.log(JSON.stringify({ file, ms, ...r, ...(problem ? { ok: false, checkpoint: { ...(held?.kind === 'head' ? held.cp : { file: held!.file }), detail: problem } } : {}) }));
  else if (problem) console.log(`BROKEN: ${file} (${r.count} audit entries)\n  ${which}: ${problem}`);
  else if (r.ok) console.log(`OK: ${r.count} audit entries, head ${r.head}${r.checkedState ? ', every audited row matches its last entry' : ''}${held ? `, and the ${which} hold` : ''} (${ms} ms)`);
  else {
    console.log(`BROKEN: ${file} (${r.count} audit entries)`);
    if (r.chainBreak) console.log(`  first break at entry ${r.chainBreak.seq}: ${r.chainBreak.kind}: ${r.chainBreak.detail}`);
    for (const m of r.stateMismatches ?? []) console.log(`  ${m.table} ${m.recordId}: ${MISMATCH_WORDS[m.kind]}`);
  }
  return r.ok && !problem ? 0 : 1;
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

/** Each signed checkpoint of `cpFile` checked against the file: the first that fails, or null. */
function checkSigned(file: string, cpFile: string, publicKey: string | undefined): string | null {
  const checkpoints = readCheckpoints(cpFile);
  const { sqlite, close } = openDatabase(file, { readonly: true });
  try {
    for (const [i, cp] of checkpoints.entries()) {
      const problem = checkpointProblem(sqlite, cp, publicKey);
      if (problem) return `checkpoint ${i + 1} of ${checkpoints.length} (entry ${cp.headSeq}, ${cp.at}): ${problem}`;
    }
    return null;
  } finally {
    close();
  }
}

export async function verify(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'chain-only': { type: 'boolean', default: false }, checkpoint: { type: 'string' }, 'public-key': { type: 'string' } },
  });
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) {
    console.error(`usage: ${VERIFY_USAGE}`);
    return 2;
  }
  const head = parseCheckpoint(values.checkpoint);
  const signedFile = head === 'bad' && values.checkpoint && existsSync(values.checkpoint) ? values.checkpoint : null;
  if (head === 'bad' && !signedFile) {
    console.error(`tranche verify: --checkpoint is neither SEQ:HASH nor a checkpoints file: ${values.checkpoint}`);
    return 2;
  }
  const held: Held | null = signedFile ? { kind: 'signed', file: signedFile, publicKey: values['public-key'] } : head && head !== 'bad' ? { kind: 'head', cp: head } : null;
  return verifyFile(file, values.json ?? false, values['chain-only'] ?? false, held);
}
