-- refuse_sql of refuse_pg.c (embedded as hl_sql_refuse_refuse)
WITH u AS (UPDATE cases SET status = 'refused', refusal_reason = $2, refusal_where = $3,
 resolved_at = now(), updated_at = now() WHERE id = $1::bigint
 RETURNING id, unit_code, citizen_address),
o AS (INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt, vars)
 SELECT id, $5::bigint, 'refusal', unit_code, ARRAY[lower(citizen_address)],
 jsonb_build_object('by', $4::text) FROM u WHERE $6::bool RETURNING id),
e AS (INSERT INTO events (case_id, actor, kind, detail)
 SELECT id, $4, 'refused', jsonb_build_object('reason', $2::text, 'where', $3::text,
 'told', $6::bool, 'why_not', $7::text) FROM u)
SELECT coalesce((SELECT id FROM o), 0)
