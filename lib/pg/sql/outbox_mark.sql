-- mark_sql of outbox_pg.c (embedded as hl_sql_outbox_mark)
WITH u AS (UPDATE outbox SET status = $2, last_reply = $3,
 next_attempt_at = CASE WHEN $2 = 'pending' THEN to_timestamp($4) ELSE next_attempt_at END,
 sent_at = CASE WHEN $2 = 'sent' THEN to_timestamp($5) ELSE sent_at END
 WHERE id = $1::bigint RETURNING id, case_id, kind, rcpt, attempts),
e AS (INSERT INTO events (case_id, actor, kind, detail)
 SELECT case_id, 'hotlined', $6, jsonb_build_object('outbox_id', id, 'kind', kind,
 'rcpt', to_jsonb(rcpt), 'attempts', attempts, 'reply', $3::text)
 FROM u WHERE $6 <> '' AND case_id IS NOT NULL),
k AS (UPDATE cases SET citizen_undeliverable = true, updated_at = now()
 WHERE $7::bool AND id = (SELECT case_id FROM u))
SELECT count(*) FROM u
