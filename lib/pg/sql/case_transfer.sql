-- transfer_sql of case_pg.c (embedded as hl_sql_case_transfer)
-- hl_case_move (schema 008), so that a clerk may move a case out of
-- their units: row-level security would refuse the UPDATE's new row.
WITH u AS (SELECT id, tdue FROM hl_case_move($1::bigint, $2)),
e AS (INSERT INTO events (case_id, actor, kind, detail) SELECT id, $4, 'transferred',
 jsonb_build_object('from', $3::text, 'to', $2::text, 'reason', $5::text,
 'within_deadline', $6::bool) FROM u),
n AS (INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt, vars)
 SELECT id, $7::bigint, 'transfer', $2, string_to_array($8, E'\n'),
 jsonb_build_object('from_unit', $3::text, 'to_unit', $2::text, 'reason', $5::text,
 'by', $4::text, 'transfer_due_at', tdue, 'late', NOT $6::bool) FROM u RETURNING id),
-- One forward per clerk: each carries that clerk's reply tag (trust.h).
f AS (INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt)
 SELECT id, $7::bigint, 'forward', $2, ARRAY[x] FROM u,
 unnest(string_to_array($9, E'\n')) WITH ORDINALITY AS q (x, k)
 WHERE $9 <> '' AND $7::bigint IS NOT NULL ORDER BY q.k RETURNING id)
SELECT (SELECT id FROM n), coalesce((SELECT min(id) FROM f), 0)
