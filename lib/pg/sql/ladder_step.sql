-- step_sql of ladder_pg.c (embedded as hl_sql_ladder_step)
WITH ids AS (SELECT nextval(pg_get_serial_sequence('outbox', 'id')) AS oid),
s AS (INSERT INTO ladder_steps (case_id, cycle, unit_code, step, fired_at, outbox_id)
 SELECT id, ladder_cycle, unit_code, $2, to_timestamp($3::bigint),
 CASE WHEN cardinality($7::text[]) > 0 THEN (SELECT oid FROM ids) END
 FROM cases WHERE id = $1::bigint AND status = 'open' AND ladder_cycle = $4::int
 AND unit_code = $5 ON CONFLICT DO NOTHING RETURNING case_id),
o AS (INSERT INTO outbox (id, case_id, message_id, kind, unit_code, rcpt, vars)
 SELECT (SELECT oid FROM ids), case_id, (SELECT min(m.id) FROM messages m
 WHERE m.case_id = $1::bigint), $6, $5, $7::text[], $8::jsonb FROM s
 WHERE cardinality($7::text[]) > 0),
e AS (INSERT INTO events (case_id, actor, kind, detail)
 SELECT case_id, 'hotlined', $9, $10::jsonb FROM s)
SELECT count(*) FROM s
