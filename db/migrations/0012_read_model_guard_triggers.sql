-- The read models grant_totals and grant_year_totals accept writes only from the triggers that keep them:
-- each maintaining trigger sets read_model_guard around its write, and guard triggers refuse any other
-- insert, update or delete (an UPDATE typed in the sqlite3 shell, a stray statement in the app).
-- Recreated from migrations 0007 and 0009 with the guard added; verify recomputes both read models.
DROP TRIGGER grant_totals_on_grant_insert;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_grant_insert AFTER INSERT ON grants BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  INSERT INTO grant_totals (grant_id) VALUES (NEW.id);
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_totals_on_grant_delete;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_grant_delete BEFORE DELETE ON grants BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  DELETE FROM grant_totals WHERE grant_id = OLD.id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_totals_on_disbursement_insert;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_disbursement_insert AFTER INSERT ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_totals SET disbursed_minor = disbursed_minor + NEW.grant_amount_minor WHERE grant_id = NEW.grant_id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_totals_on_disbursement_delete;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_disbursement_delete AFTER DELETE ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_totals SET disbursed_minor = disbursed_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_totals_on_disbursement_update;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_disbursement_update AFTER UPDATE OF grant_id, grant_amount_minor ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_totals SET disbursed_minor = disbursed_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id;
  UPDATE grant_totals SET disbursed_minor = disbursed_minor + NEW.grant_amount_minor WHERE grant_id = NEW.grant_id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_totals_on_receipt_insert;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_receipt_insert AFTER INSERT ON receipts BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_totals SET received_minor = received_minor + NEW.grant_amount_minor WHERE grant_id = NEW.grant_id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_totals_on_receipt_delete;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_receipt_delete AFTER DELETE ON receipts BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_totals SET received_minor = received_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_totals_on_receipt_update;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_receipt_update AFTER UPDATE OF grant_id, grant_amount_minor ON receipts BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_totals SET received_minor = received_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id;
  UPDATE grant_totals SET received_minor = received_minor + NEW.grant_amount_minor WHERE grant_id = NEW.grant_id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_tranches_insert;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_tranches_insert AFTER INSERT ON tranches WHEN NEW.status <> 'cancelled' BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  INSERT INTO grant_year_totals (grant_id, year, committed_minor) VALUES (NEW.grant_id, substr(NEW.due_date, 1, 4), NEW.amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET committed_minor = committed_minor + excluded.committed_minor;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_tranches_delete;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_tranches_delete AFTER DELETE ON tranches WHEN OLD.status <> 'cancelled' BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_year_totals SET committed_minor = committed_minor - OLD.amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.due_date, 1, 4);
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_tranches_update_old;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_tranches_update_old AFTER UPDATE OF grant_id, due_date, amount_minor, status ON tranches
  WHEN OLD.status <> 'cancelled' AND (NEW.status = 'cancelled' OR (NEW.grant_id IS NOT OLD.grant_id OR NEW.due_date IS NOT OLD.due_date OR NEW.amount_minor IS NOT OLD.amount_minor)) BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_year_totals SET committed_minor = committed_minor - OLD.amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.due_date, 1, 4);
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_tranches_update_new;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_tranches_update_new AFTER UPDATE OF grant_id, due_date, amount_minor, status ON tranches
  WHEN NEW.status <> 'cancelled' AND (OLD.status = 'cancelled' OR (NEW.grant_id IS NOT OLD.grant_id OR NEW.due_date IS NOT OLD.due_date OR NEW.amount_minor IS NOT OLD.amount_minor)) BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  INSERT INTO grant_year_totals (grant_id, year, committed_minor) VALUES (NEW.grant_id, substr(NEW.due_date, 1, 4), NEW.amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET committed_minor = committed_minor + excluded.committed_minor;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_disbursements_insert;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_disbursements_insert AFTER INSERT ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  INSERT INTO grant_year_totals (grant_id, year, disbursed_minor) VALUES (NEW.grant_id, substr(NEW.paid_date, 1, 4), NEW.grant_amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET disbursed_minor = disbursed_minor + excluded.disbursed_minor;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_disbursements_delete;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_disbursements_delete AFTER DELETE ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_year_totals SET disbursed_minor = disbursed_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.paid_date, 1, 4);
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_disbursements_update;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_disbursements_update AFTER UPDATE OF grant_id, paid_date, grant_amount_minor ON disbursements BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_year_totals SET disbursed_minor = disbursed_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.paid_date, 1, 4);
  INSERT INTO grant_year_totals (grant_id, year, disbursed_minor) VALUES (NEW.grant_id, substr(NEW.paid_date, 1, 4), NEW.grant_amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET disbursed_minor = disbursed_minor + excluded.disbursed_minor;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_receipts_insert;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_receipts_insert AFTER INSERT ON receipts BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  INSERT INTO grant_year_totals (grant_id, year, received_minor) VALUES (NEW.grant_id, substr(NEW.received_date, 1, 4), NEW.grant_amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET received_minor = received_minor + excluded.received_minor;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_receipts_delete;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_receipts_delete AFTER DELETE ON receipts BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_year_totals SET received_minor = received_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.received_date, 1, 4);
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_receipts_update;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_receipts_update AFTER UPDATE OF grant_id, received_date, grant_amount_minor ON receipts BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  UPDATE grant_year_totals SET received_minor = received_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id AND year = substr(OLD.received_date, 1, 4);
  INSERT INTO grant_year_totals (grant_id, year, received_minor) VALUES (NEW.grant_id, substr(NEW.received_date, 1, 4), NEW.grant_amount_minor)
    ON CONFLICT (grant_id, year) DO UPDATE SET received_minor = received_minor + excluded.received_minor;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
DROP TRIGGER grant_year_totals_on_grant_delete;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_on_grant_delete BEFORE DELETE ON grants BEGIN
  INSERT OR IGNORE INTO read_model_guard (id) VALUES (1);
  DELETE FROM grant_year_totals WHERE grant_id = OLD.id;
  DELETE FROM read_model_guard;
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_guard_insert BEFORE INSERT ON grant_totals WHEN NOT EXISTS (SELECT 1 FROM read_model_guard) BEGIN
  SELECT RAISE(ABORT, 'grant_totals is kept by triggers from the records: it cannot be written directly');
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_guard_update BEFORE UPDATE ON grant_totals WHEN NOT EXISTS (SELECT 1 FROM read_model_guard) BEGIN
  SELECT RAISE(ABORT, 'grant_totals is kept by triggers from the records: it cannot be written directly');
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_guard_delete BEFORE DELETE ON grant_totals WHEN NOT EXISTS (SELECT 1 FROM read_model_guard) BEGIN
  SELECT RAISE(ABORT, 'grant_totals is kept by triggers from the records: it cannot be written directly');
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_guard_insert BEFORE INSERT ON grant_year_totals WHEN NOT EXISTS (SELECT 1 FROM read_model_guard) BEGIN
  SELECT RAISE(ABORT, 'grant_year_totals is kept by triggers from the records: it cannot be written directly');
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_guard_update BEFORE UPDATE ON grant_year_totals WHEN NOT EXISTS (SELECT 1 FROM read_model_guard) BEGIN
  SELECT RAISE(ABORT, 'grant_year_totals is kept by triggers from the records: it cannot be written directly');
END;
--> statement-breakpoint
CREATE TRIGGER grant_year_totals_guard_delete BEFORE DELETE ON grant_year_totals WHEN NOT EXISTS (SELECT 1 FROM read_model_guard) BEGIN
  SELECT RAISE(ABORT, 'grant_year_totals is kept by triggers from the records: it cannot be written directly');
END;
