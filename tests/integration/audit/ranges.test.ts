import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyRange } from '../../../core/services/audit-chain-range';
import { joinRanges, verifyChain } from '../../../core/services/audit';
import { demoCore } from '../../support/demo-core';

// The parallel verifier splits the chain into ranges checked on their own and joined at the seams;
// these tests drive that joining in-process, with a tampered entry right at a seam.
let env: ReturnType<typeof demoCore>;
let attacker: Database.Database;
beforeEach(() => {
  env = demoCore();
  attacker = new Database(env.dbPath);
});
afterEach(() => {
  attacker.close();
  env.cleanup();
});

const split = (at: number[]) => {
  const sqlite = env.core.ctx.db.$client;
  const bounds = [0, ...at, Number.MAX_SAFE_INTEGER];
  return joinRanges(bounds.slice(0, -1).map((from, i) => verifyRange(sqlite, from, bounds[i + 1]!)));
};

describe('verifying the chain in ranges', () => {
  it('agrees with the single pass on an intact chain', () => {
    expect(split([500, 1000, 2000])).toEqual(verifyChain(env.core.ctx.db.$client));
  });

  it('finds an entry deleted at the end of a range', () => {
    attacker.exec('DROP TRIGGER audit_entries_no_delete');
    attacker.prepare('DELETE FROM audit_entries WHERE seq = 1000').run();
    expect(split([500, 1000, 2000])).toMatchObject({ ok: false, chainBreak: { seq: 1001, kind: 'gap', detail: 'entry 1000 is missing' } });
  });

  it('finds a broken link across a seam', () => {
    attacker.exec('DROP TRIGGER audit_entries_no_update');
    attacker.exec(`UPDATE audit_entries SET seq = -1 WHERE seq = 1001;
      UPDATE audit_entries SET seq = 1001 WHERE seq = 1002;
      UPDATE audit_entries SET seq = 1002 WHERE seq = -1;`);
    expect(split([500, 1000, 2000])).toMatchObject({ ok: false, chainBreak: { seq: 1001, kind: 'broken_link' } });
  });
});
