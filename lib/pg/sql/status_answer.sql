-- answer_sql of status_pg.c (embedded as hl_sql_status_answer)
WITH r AS (INSERT INTO status_replies (message_id, case_id, outcome)
 VALUES ($1::bigint, $2::bigint, $3) ON CONFLICT DO NOTHING RETURNING message_id),
want AS (SELECT 1 FROM r WHERE $2::bigint IS NOT NULL AND ($6::bool OR $7::bool)),
c1 AS (INSERT INTO ack_counts AS x (scope, key, bucket, n, req, lim, granted)
 SELECT 'status', lower($4), to_timestamp(floor(extract(epoch FROM now()) / $11::int)
 * $11::int), least(1, $10::int), 1, $10::int, least(1, $10::int) FROM want
 ON CONFLICT (scope, key, bucket) DO UPDATE SET
 n = greatest(x.n, least(excluded.lim, x.n + excluded.req)),
 granted = greatest(0, least(excluded.lim - x.n, excluded.req)),
 req = excluded.req, lim = excluded.lim RETURNING granted),
c2 AS (INSERT INTO ack_counts AS x (scope, key, bucket, n, req, lim, granted)
 SELECT 'status', 'case:' || $2, to_timestamp(floor(extract(epoch FROM now()) / $11::int)
 * $11::int), least(1, $10::int), 1, $10::int, least(1, $10::int)
 WHERE (SELECT granted FROM c1) > 0
 ON CONFLICT (scope, key, bucket) DO UPDATE SET
 n = greatest(x.n, least(excluded.lim, x.n + excluded.req)),
 granted = greatest(0, least(excluded.lim - x.n, excluded.req)),
 req = excluded.req, lim = excluded.lim RETURNING granted),
ok AS (SELECT coalesce((SELECT granted FROM c2), 0) > 0 AS ok),
o1 AS (INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt)
 SELECT $2::bigint, $1::bigint, CASE WHEN $7::bool THEN 'status' ELSE 'status_notice' END,
 CASE WHEN $7::bool THEN $5 ELSE $12 END, ARRAY[lower($4)] FROM ok WHERE ok RETURNING id),
o2 AS (INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt, vars)
 SELECT $2::bigint, $1::bigint, 'status', $5, ARRAY[lower($9)],
 jsonb_build_object('asked_elsewhere', '1') FROM ok WHERE ok AND $8::bool RETURNING id),
u AS (UPDATE messages SET case_id = $2::bigint
 WHERE id = $1::bigint AND $2::bigint IS NOT NULL AND EXISTS (SELECT 1 FROM r)),
e AS (INSERT INTO events (case_id, actor, kind, detail)
 SELECT $2::bigint, 'hotlined', 'status_query', jsonb_build_object('message', $1::bigint,
 'from', $4::text, 'asker', $3::text, 'answered', (SELECT ok FROM ok),
 'owner_told', (SELECT ok FROM ok) AND $8::bool,
 'why_not', CASE WHEN NOT (SELECT ok FROM ok) THEN 'rate limit: at most ' || $10
 || ' status answers per address and per case in ' || $11 || ' s' END)
 FROM r WHERE $2::bigint IS NOT NULL)
SELECT (SELECT count(*) FROM o1) + (SELECT count(*) FROM o2)
