import type Database from 'better-sqlite3';

// A payment awaiting its second approval is kept apart from what was disbursed (migration 0020).
const AWAITING = '(approval_required IS 1 AND approved_by IS NULL)';

// What grant_totals should hold, per grant, recomputed from the payments and receipts.
const TOTALS_DIFFER = `
  WITH d AS (SELECT grant_id, SUM(CASE WHEN ${AWAITING} THEN 0 ELSE grant_amount_minor END) AS s,
                    SUM(CASE WHEN ${AWAITING} THEN grant_amount_minor ELSE 0 END) AS w FROM disbursements GROUP BY grant_id),
       r AS (SELECT grant_id, SUM(grant_amount_minor) AS s FROM receipts GROUP BY grant_id)
  SELECT g.id AS grantId FROM grants g
    LEFT JOIN grant_totals t ON t.grant_id = g.id LEFT JOIN d ON d.grant_id = g.id LEFT JOIN r ON r.grant_id = g.id
    WHERE t.grant_id IS NULL OR t.disbursed_minor IS NOT COALESCE(d.s, 0) OR t.awaiting_minor IS NOT COALESCE(d.w, 0) OR t.received_minor IS NOT COALESCE(r.s, 0)
  UNION
  SELECT t.grant_id FROM grant_totals t WHERE NOT EXISTS (SELECT 1 FROM grants g WHERE g.id = t.grant_id)
  ORDER BY 1 LIMIT ?`;

// What grant_year_totals should hold, per grant and year, compared both ways round: a year row
// left at zero after its records went is harmless, any other row without records is not.
const YEAR_TOTALS_DIFFER = `
  WITH actual AS (
    SELECT grant_id, year, SUM(c) AS c, SUM(d) AS d, SUM(w) AS w, SUM(r) AS r FROM (
      SELECT grant_id, substr(due_date, 1, 4) AS year, amount_minor AS c, 0 AS d, 0 AS w, 0 AS r FROM tranches WHERE status <> 'cancelled'
      UNION ALL SELECT grant_id, substr(paid_date, 1, 4), 0, CASE WHEN ${AWAITING} THEN 0 ELSE grant_amount_minor END,
        CASE WHEN ${AWAITING} THEN grant_amount_minor ELSE 0 END, 0 FROM disbursements
      UNION ALL SELECT grant_id, substr(received_date, 1, 4), 0, 0, 0, grant_amount_minor FROM receipts)
    GROUP BY grant_id, year)
  SELECT a.grant_id AS grantId FROM actual a
    LEFT JOIN grant_year_totals y ON y.grant_id = a.grant_id AND y.year = a.year
    WHERE y.grant_id IS NULL OR y.committed_minor IS NOT a.c OR y.disbursed_minor IS NOT a.d OR y.awaiting_minor IS NOT a.w OR y.received_minor IS NOT a.r
  UNION
  SELECT y.grant_id FROM grant_year_totals y
    WHERE NOT EXISTS (SELECT 1 FROM actual a WHERE a.grant_id = y.grant_id AND a.year = y.year)
      AND (y.committed_minor <> 0 OR y.disbursed_minor <> 0 OR y.awaiting_minor <> 0 OR y.received_minor <> 0)
  ORDER BY 1 LIMIT ?`;

export type ReadModelMismatch = { grantId: number; model: 'grant_totals' | 'grant_year_totals' };

/**
 * Grants whose kept sums (grant_totals, grant_year_totals) differ from the sums recomputed from
 * their tranches, payments and receipts. The read models are not audited, so this comparison is
 * what shows a sum edited in the file (the Grants grid and the funding report read them).
 */
export function readModelMismatches(sqlite: Database.Database, limit = 20): ReadModelMismatch[] {
  const totals = (sqlite.prepare(TOTALS_DIFFER).all(limit) as { grantId: number }[]).map((r) => ({ grantId: r.grantId, model: 'grant_totals' as const }));
  const years = (sqlite.prepare(YEAR_TOTALS_DIFFER).all(limit) as { grantId: number }[]).map((r) => ({ grantId: r.grantId, model: 'grant_year_totals' as const }));
  return [...totals, ...years].slice(0, limit);
}
