-- save_unit_sql of units_pg.c (embedded as hl_sql_units_save_unit)
INSERT INTO units (code, name, parent, kind, feedback_email, hotline_phone, address,
feedback_box, clerks, head, active, successor, retired_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10, $11::boolean, $12,
CASE WHEN $11::boolean THEN NULL ELSE now() END, now())
ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, parent = EXCLUDED.parent,
kind = EXCLUDED.kind, feedback_email = EXCLUDED.feedback_email,
hotline_phone = EXCLUDED.hotline_phone, address = EXCLUDED.address,
feedback_box = EXCLUDED.feedback_box, clerks = EXCLUDED.clerks, head = EXCLUDED.head,
active = EXCLUDED.active, successor = EXCLUDED.successor,
retired_at = CASE WHEN EXCLUDED.active THEN NULL ELSE coalesce(units.retired_at, now()) END,
updated_at = now()
WHERE (units.name, units.parent, units.kind, units.feedback_email, units.hotline_phone,
units.address, units.feedback_box, units.clerks, units.head, units.active, units.successor)
IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.parent, EXCLUDED.kind, EXCLUDED.feedback_email,
EXCLUDED.hotline_phone, EXCLUDED.address, EXCLUDED.feedback_box, EXCLUDED.clerks,
EXCLUDED.head, EXCLUDED.active, EXCLUDED.successor) RETURNING 1
