-- load_sql of outbox_pg.c (embedded as hl_sql_outbox_load)
SELECT o.id, coalesce(o.case_id, 0), o.kind, o.unit_code, o.lang,
array_to_string(o.rcpt, E'\n'), o.attempts, extract(epoch FROM o.created_at)::bigint,
o.data, o.mail_from, k.code, k.unit_code, k.received_unit, k.category, k.priority,
k.subject, k.citizen_address, k.citizen_name, coalesce(k.deadline_days, -1),
coalesce(extract(epoch FROM k.due_at)::bigint, 0), m.message_id, m.references_hdr,
coalesce(extract(epoch FROM m.received_at)::bigint, 0), m.body_text, m.problems,
CASE WHEN o.data IS NULL AND o.kind IN ('forward', 'notice') THEN m.raw END,
(SELECT string_agg(r.x->>'rule', E'\n' ORDER BY e.id, r.n) FROM events e
  CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.detail->'rules')
  = 'array' THEN e.detail->'rules' ELSE '[]'::jsonb END) WITH ORDINALITY AS r (x, n)
  WHERE o.data IS NULL AND o.kind = 'forward' AND e.case_id = o.case_id
  AND e.kind = 'classified'),
-- The kind's own values as "key US value RS ..." (no JSON parser in C).
(SELECT string_agg(key || E'\x1f' || value, E'\x1e') FROM jsonb_each_text(o.vars)
  WHERE value IS NOT NULL),
m.from_name, k.status, k.assignee,
(SELECT x.message_id FROM messages x WHERE x.case_id = k.id ORDER BY x.id LIMIT 1),
k.kind, k.accused_unit, k.legal_basis, m.from_address, k.channel,
coalesce(extract(epoch FROM k.first_response_at)::bigint, 0), k.refusal_reason,
k.refusal_where
FROM outbox o LEFT JOIN cases k ON k.id = o.case_id
LEFT JOIN messages m ON m.id = o.message_id
WHERE o.id = ANY ($1::bigint[]) AND o.claimed_by = $2 ORDER BY o.id
