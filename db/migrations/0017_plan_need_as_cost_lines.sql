-- A plan year's need is now the sum of its cost lines: each year written before cost lines existed
-- keeps its need as one "other" line, so need = sum of lines holds for upgraded files too (audited
-- by the triggers like any insert).
INSERT INTO plan_cost_lines (plan_year_id, kind, amount_minor)
  SELECT y.id, 'other', y.need_minor FROM funding_plan_years y
  WHERE y.need_minor > 0 AND NOT EXISTS (SELECT 1 FROM plan_cost_lines l WHERE l.plan_year_id = y.id)
  ORDER BY y.id;
