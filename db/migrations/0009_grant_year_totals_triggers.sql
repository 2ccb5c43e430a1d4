-- grant_year_totals: committed, disbursed and received money per grant and year, kept by triggers (a read model, not audited).
-- A tranche update moves committed money only when it enters or leaves the cancelled state or its
-- grant, year or amount changes; releasing a tranche (planned -> released) touches nothing here.
CREATE TRIGGER grant_year_totals_on_tranches_insert AFTER INSERT ON tranches WHEN NEW.status <> 'cancelled' BEGIN
  INSERT INTO grant_year_totals (grant_id, year, committed_minor) VALUES (NEW.grant_id, substr(NEW.due_date, 1, 4), NEW.amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET committed_minor = committed_minor + excluded.committed_minor;
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_tranches_delete AFTER DELETE ON tranches WHEN OLD.status <> 'cancelled' BEGIN
  UPDATE grant_year_totals SET committed_minor = committed_minor - OLD.amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.due_date, 1, 4);
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_tranches_update_old AFTER UPDATE OF grant_id, due_date, amount_minor, status ON tranches
  WHEN OLD.status <> 'cancelled' AND (NEW.status = 'cancelled' OR (NEW.grant_id IS NOT OLD.grant_id OR NEW.due_date IS NOT OLD.due_date OR NEW.amount_minor IS NOT OLD.amount_minor)) BEGIN
  UPDATE grant_year_totals SET committed_minor = committed_minor - OLD.amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.due_date, 1, 4);
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_tranches_update_new AFTER UPDATE OF grant_id, due_date, amount_minor, status ON tranches
  WHEN NEW.status <> 'cancelled' AND (OLD.status = 'cancelled' OR (NEW.grant_id IS NOT OLD.grant_id OR NEW.due_date IS NOT OLD.due_date OR NEW.amount_minor IS NOT OLD.amount_minor)) BEGIN
  INSERT INTO grant_year_totals (grant_id, year, committed_minor) VALUES (NEW.grant_id, substr(NEW.due_date, 1, 4), NEW.amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET committed_minor = committed_minor + excluded.committed_minor;
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_disbursements_insert AFTER INSERT ON disbursements BEGIN
  INSERT INTO grant_year_totals (grant_id, year, disbursed_minor) VALUES (NEW.grant_id, substr(NEW.paid_date, 1, 4), NEW.grant_amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET disbursed_minor = disbursed_minor + excluded.disbursed_minor;
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_disbursements_delete AFTER DELETE ON disbursements BEGIN
  UPDATE grant_year_totals SET disbursed_minor = disbursed_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.paid_date, 1, 4);
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_disbursements_update AFTER UPDATE OF grant_id, paid_date, grant_amount_minor ON disbursements BEGIN
  UPDATE grant_year_totals SET disbursed_minor = disbursed_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.paid_date, 1, 4);
  INSERT INTO grant_year_totals (grant_id, year, disbursed_minor) VALUES (NEW.grant_id, substr(NEW.paid_date, 1, 4), NEW.grant_amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET disbursed_minor = disbursed_minor + excluded.disbursed_minor;
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_receipts_insert AFTER INSERT ON receipts BEGIN
  INSERT INTO grant_year_totals (grant_id, year, received_minor) VALUES (NEW.grant_id, substr(NEW.received_date, 1, 4), NEW.grant_amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET received_minor = received_minor + excluded.received_minor;
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_receipts_delete AFTER DELETE ON receipts BEGIN
  UPDATE grant_year_totals SET received_minor = received_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.received_date, 1, 4);
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_receipts_update AFTER UPDATE OF grant_id, received_date, grant_amount_minor ON receipts BEGIN
  UPDATE grant_year_totals SET received_minor = received_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.received_date, 1, 4);
  INSERT INTO grant_year_totals (grant_id, year, received_minor) VALUES (NEW.grant_id, substr(NEW.received_date, 1, 4), NEW.grant_amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET received_minor = received_minor + excluded.received_minor;
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_grant_delete BEFORE DELETE ON grants BEGIN
  DELETE FROM grant_year_totals WHERE grant_id = OLD.id;
END;
--> statement-breakpoint
INSERT INTO grant_year_totals (grant_id, year, committed_minor, disbursed_minor, received_minor)
  SELECT grant_id, year, SUM(c), SUM(d), SUM(r) FROM (
    SELECT grant_id, substr(due_date, 1, 4) AS year, amount_minor AS c, 0 AS d, 0 AS r FROM tranches WHERE status <> 'cancelled'
    UNION ALL SELECT grant_id, substr(paid_date, 1, 4), 0, grant_amount_minor, 0 FROM disbursements
    UNION ALL SELECT grant_id, substr(received_date, 1, 4), 0, 0, grant_amount_minor FROM receipts
  ) GROUP BY grant_id, year;
