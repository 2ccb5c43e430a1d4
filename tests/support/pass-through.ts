import type Database from 'better-sqlite3';
import { audited } from '../../core/services/audit';

/**
 * Adds a grant whose funder is the grantee of an existing grant (money passed on), with one
 * planned tranche long overdue, one released tranche and its disbursement; returns its id.
 */
export function addPassThroughGrant(sqlite: Database.Database, at: string): number {
  const up = sqlite.prepare(`SELECT id, grantee_id AS granteeId, country, currency FROM grants WHERE status = 'active' ORDER BY id LIMIT 1`).get() as { id: number; granteeId: number; country: string; currency: string };
  const other = sqlite.prepare('SELECT id FROM organisations WHERE id <> ? ORDER BY id DESC LIMIT 1').get(up.granteeId) as { id: number };
  return audited(sqlite, { userId: null, at, reason: 'test pass-through' }, () => {
    const g = sqlite
      .prepare(`INSERT INTO grants (reference, title, purpose, grantor_id, grantee_id, country, amount_minor, currency, status, start_date, end_date, created_at, updated_at)
                VALUES ('PT-TEST-1', 'Passed on', 'shelter', ?, ?, ?, 300000, ?, 'active', '2025-01-01', '2026-12-31', ?, ?)`)
      .run(up.granteeId, other.id, up.country, up.currency, at, at);
    const id = Number(g.lastInsertRowid);
    const tranche = sqlite.prepare(`INSERT INTO tranches (grant_id, seq, due_date, amount_minor, currency, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const released = Number(tranche.run(id, 1, '2025-02-01', 100000, up.currency, 'released', at).lastInsertRowid);
    tranche.run(id, 2, '2025-06-01', 200000, up.currency, 'planned', at);
    sqlite
      .prepare(`INSERT INTO disbursements (grant_id, tranche_id, paid_date, amount_minor, currency, grant_amount_minor, created_at) VALUES (?, ?, '2025-02-03', 100000, ?, 100000, ?)`)
      .run(id, released, up.currency, at);
    return id;
  });
}
