-- Each disbursement's approval status, stored (migration 0018 added the columns, 0019 the audit
-- triggers that log them). Every row changes from NULL, so each gets one audit entry with its new
-- shape and verification stays clean on an upgraded database; the entries carry this reason.
INSERT OR REPLACE INTO audit_context (id, user_id, at, reason)
  VALUES (1, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Upgrade: each disbursement''s approval status stored (migration 0020)');
--> statement-breakpoint
-- Approval was needed if someone approved it, or if it was at or above the four-eyes threshold in
-- EUR at the rate on or before its paid date (exact integer comparison of amount × 100 × 10^scale
-- with threshold × rate digits × 10^minor units; a missing rate errs on the side of asking, as the
-- grant panel did). When it was approved: the first audit entry that shows an approver.
UPDATE disbursements SET
  approval_required = CASE
    WHEN approved_by IS NOT NULL THEN 1
    WHEN currency = 'EUR' THEN amount_minor >= COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'four_eyes.threshold_eur_minor'), 1000000)
    ELSE COALESCE((
      SELECT amount_minor * 100 * CAST(substr('1000000000000', 1, 1 + CASE WHEN instr(r.rate, '.') > 0 THEN length(r.rate) - instr(r.rate, '.') ELSE 0 END) AS INTEGER)
             >= COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'four_eyes.threshold_eur_minor'), 1000000)
                * CAST(replace(r.rate, '.', '') AS INTEGER)
                * CAST(substr('1000000000000', 1, 1 + (SELECT minor_units FROM currencies WHERE code = disbursements.currency)) AS INTEGER)
      FROM fx_rates r WHERE r.base = 'EUR' AND r.quote = disbursements.currency AND r.rate_date <= disbursements.paid_date
      ORDER BY r.rate_date DESC LIMIT 1), 1)
  END,
  approved_at = CASE WHEN approved_by IS NULL THEN NULL ELSE COALESCE((
    SELECT e.at FROM audit_entries e
    WHERE e.table_name = 'disbursements' AND e.record_id = CAST(disbursements.id AS TEXT) AND json_extract(e.after_json, '$.approved_by') IS NOT NULL
    ORDER BY e.seq LIMIT 1), created_at) END;
--> statement-breakpoint
DELETE FROM audit_context WHERE id = 1;
--> statement-breakpoint
-- The read models count a payment awaiting its second approval apart from what was disbursed.
DROP TRIGGER grant_totals_on_disbursement_insert;
--> statement-breakpoint
DROP TRIGGER grant_totals_on_disbursement_delete;
--> statement-breakpoint
DROP TRIGGER grant_totals_on_disbursement_update;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_disbursement_insert AFTER INSERT ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_totals SET
    disbursed_minor = disbursed_minor + CASE WHEN NEW.approval_required IS 1 AND NEW.approved_by IS NULL THEN 0 ELSE NEW.grant_amount_minor END,
    awaiting_minor = awaiting_minor + CASE WHEN NEW.approval_required IS 1 AND NEW.approved_by IS NULL THEN NEW.grant_amount_minor ELSE 0 END
  WHERE grant_id = NEW.grant_id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_disbursement_delete AFTER DELETE ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_totals SET
    disbursed_minor = disbursed_minor - CASE WHEN OLD.approval_required IS 1 AND OLD.approved_by IS NULL THEN 0 ELSE OLD.grant_amount_minor END,
    awaiting_minor = awaiting_minor - CASE WHEN OLD.approval_required IS 1 AND OLD.approved_by IS NULL THEN OLD.grant_amount_minor ELSE 0 END
  WHERE grant_id = OLD.grant_id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_disbursement_update AFTER UPDATE OF grant_id, grant_amount_minor, approval_required, approved_by ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_totals SET
    disbursed_minor = disbursed_minor - CASE WHEN OLD.approval_required IS 1 AND OLD.approved_by IS NULL THEN 0 ELSE OLD.grant_amount_minor END,
    awaiting_minor = awaiting_minor - CASE WHEN OLD.approval_required IS 1 AND OLD.approved_by IS NULL THEN OLD.grant_amount_minor ELSE 0 END
  WHERE grant_id = OLD.grant_id;
  UPDATE grant_totals SET
    disbursed_minor = disbursed_minor + CASE WHEN NEW.approval_required IS 1 AND NEW.approved_by IS NULL THEN 0 ELSE NEW.grant_amount_minor END,
    awaiting_minor = awaiting_minor + CASE WHEN NEW.approval_required IS 1 AND NEW.approved_by IS NULL THEN NEW.grant_amount_minor ELSE 0 END
  WHERE grant_id = NEW.grant_id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_disbursements_insert;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_disbursements_delete;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_disbursements_update;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_disbursements_insert AFTER INSERT ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  INSERT INTO grant_year_totals (grant_id, year, disbursed_minor, awaiting_minor) VALUES (NEW.grant_id, substr(NEW.paid_date, 1, 4),
      CASE WHEN NEW.approval_required IS 1 AND NEW.approved_by IS NULL THEN 0 ELSE NEW.grant_amount_minor END,
      CASE WHEN NEW.approval_required IS 1 AND NEW.approved_by IS NULL THEN NEW.grant_amount_minor ELSE 0 END)
    ON CONFLICT (grant_id, year) DO UPDATE SET disbursed_minor = disbursed_minor + excluded.disbursed_minor, awaiting_minor = awaiting_minor + excluded.awaiting_minor;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_disbursements_delete AFTER DELETE ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_year_totals SET
    disbursed_minor = disbursed_minor - CASE WHEN OLD.approval_required IS 1 AND OLD.approved_by IS NULL THEN 0 ELSE OLD.grant_amount_minor END,
    awaiting_minor = awaiting_minor - CASE WHEN OLD.approval_required IS 1 AND OLD.approved_by IS NULL THEN OLD.grant_amount_minor ELSE 0 END
  WHERE grant_id = OLD.grant_id AND year = substr(OLD.paid_date, 1, 4);
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_disbursements_update AFTER UPDATE OF grant_id, paid_date, grant_amount_minor, approval_required, approved_by ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_year_totals SET
    disbursed_minor = disbursed_minor - CASE WHEN OLD.approval_required IS 1 AND OLD.approved_by IS NULL THEN 0 ELSE OLD.grant_amount_minor END,
    awaiting_minor = awaiting_minor - CASE WHEN OLD.approval_required IS 1 AND OLD.approved_by IS NULL THEN OLD.grant_amount_minor ELSE 0 END
  WHERE grant_id = OLD.grant_id AND year = substr(OLD.paid_date, 1, 4);
  INSERT INTO grant_year_totals (grant_id, year, disbursed_minor, awaiting_minor) VALUES (NEW.grant_id, substr(NEW.paid_date, 1, 4),
      CASE WHEN NEW.approval_required IS 1 AND NEW.approved_by IS NULL THEN 0 ELSE NEW.grant_amount_minor END,
      CASE WHEN NEW.approval_required IS 1 AND NEW.approved_by IS NULL THEN NEW.grant_amount_minor ELSE 0 END)
    ON CONFLICT (grant_id, year) DO UPDATE SET disbursed_minor = disbursed_minor + excluded.disbursed_minor, awaiting_minor = awaiting_minor + excluded.awaiting_minor;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
--> statement-breakpoint
UPDATE grant_totals SET
  disbursed_minor = (SELECT COALESCE(SUM(d.grant_amount_minor), 0) FROM disbursements d WHERE d.grant_id = grant_totals.grant_id AND NOT (d.approval_required IS 1 AND d.approved_by IS NULL)),
  awaiting_minor = (SELECT COALESCE(SUM(d.grant_amount_minor), 0) FROM disbursements d WHERE d.grant_id = grant_totals.grant_id AND d.approval_required IS 1 AND d.approved_by IS NULL);
--> statement-breakpoint
DELETE FROM grant_year_totals;
--> statement-breakpoint
INSERT INTO grant_year_totals (grant_id, year, committed_minor, disbursed_minor, received_minor, awaiting_minor)
  SELECT grant_id, year, SUM(c), SUM(d), SUM(r), SUM(a) FROM (
    SELECT grant_id, substr(due_date, 1, 4) AS year, amount_minor AS c, 0 AS d, 0 AS r, 0 AS a FROM tranches WHERE status <> 'cancelled'
    UNION ALL SELECT grant_id, substr(paid_date, 1, 4), 0,
      CASE WHEN approval_required IS 1 AND approved_by IS NULL THEN 0 ELSE grant_amount_minor END, 0,
      CASE WHEN approval_required IS 1 AND approved_by IS NULL THEN grant_amount_minor ELSE 0 END FROM disbursements
    UNION ALL SELECT grant_id, substr(received_date, 1, 4), 0, 0, grant_amount_minor, 0 FROM receipts
  ) GROUP BY grant_id, year;
--> statement-breakpoint
DELETE FROM read_model_guard;
