-- grant_totals: money paid and received per grant, kept by triggers (a read model, not audited).
CREATE TRIGGER grant_totals_on_grant_insert AFTER INSERT ON grants BEGIN
  INSERT INTO grant_totals (grant_id) VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_grant_delete BEFORE DELETE ON grants BEGIN
  DELETE FROM grant_totals WHERE grant_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_disbursement_insert AFTER INSERT ON disbursements BEGIN
  UPDATE grant_totals SET disbursed_minor = disbursed_minor + NEW.grant_amount_minor WHERE grant_id = NEW.grant_id;
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_disbursement_delete AFTER DELETE ON disbursements BEGIN
  UPDATE grant_totals SET disbursed_minor = disbursed_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id;
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_disbursement_update AFTER UPDATE OF grant_id, grant_amount_minor ON disbursements BEGIN
  UPDATE grant_totals SET disbursed_minor = disbursed_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id;
  UPDATE grant_totals SET disbursed_minor = disbursed_minor + NEW.grant_amount_minor WHERE grant_id = NEW.grant_id;
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_receipt_insert AFTER INSERT ON receipts BEGIN
  UPDATE grant_totals SET received_minor = received_minor + NEW.grant_amount_minor WHERE grant_id = NEW.grant_id;
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_receipt_delete AFTER DELETE ON receipts BEGIN
  UPDATE grant_totals SET received_minor = received_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id;
END;
--> statement-breakpoint
CREATE TRIGGER grant_totals_on_receipt_update AFTER UPDATE OF grant_id, grant_amount_minor ON receipts BEGIN
  UPDATE grant_totals SET received_minor = received_minor - OLD.grant_amount_minor WHERE grant_id = OLD.grant_id;
  UPDATE grant_totals SET received_minor = received_minor + NEW.grant_amount_minor WHERE grant_id = NEW.grant_id;
END;
--> statement-breakpoint
INSERT INTO grant_totals (grant_id, disbursed_minor, received_minor)
  SELECT g.id,
         (SELECT COALESCE(SUM(d.grant_amount_minor), 0) FROM disbursements d WHERE d.grant_id = g.id),
         (SELECT COALESCE(SUM(r.grant_amount_minor), 0) FROM receipts r WHERE r.grant_id = g.id)
  FROM grants g;
