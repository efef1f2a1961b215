-- outbox_sql of jsondoc_pg.c (embedded as hl_sql_jsondoc_outbox)
SELECT json_build_object('outbox', coalesce(json_agg(json_build_object(
 'id', o.id, 'kind', o.kind, 'case', k.code, 'unit', o.unit_code, 'rcpt', to_json(o.rcpt),
 'status', o.status, 'attempts', o.attempts, 'created_at', to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
 'next_attempt_at', CASE WHEN o.status IN ('pending', 'sending') THEN to_char(o.next_attempt_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
 'sent_at', to_char(o.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'last_reply', o.last_reply,
 'bounced_at', to_char(o.bounced_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
 ORDER BY o.id DESC), '[]'::json))::text
FROM (SELECT * FROM outbox WHERE $1::text IS NULL OR status = $1
  ORDER BY id DESC LIMIT $2::int) o LEFT JOIN cases k ON k.id = o.case_id
