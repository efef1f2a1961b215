-- replay_sql of rules_pg.c (embedded as hl_sql_rules_replay)
DECLARE hl_replay NO SCROLL CURSOR FOR
SELECT c.code, c.unit_code, c.category, c.priority::text,
 coalesce(b.unit_code, c.received_unit), m.raw,
 coalesce((SELECT (e.detail->'rules')::text FROM events e WHERE e.case_id = c.id
  AND e.kind = 'classified' ORDER BY e.id LIMIT 1), '[]'),
-- where the rules had sent it before a clerk's first transfer
 coalesce((SELECT e.detail->>'from' FROM events e WHERE e.case_id = c.id
  AND e.kind = 'transferred' ORDER BY e.id LIMIT 1), ''),
-- a refusal's reason and where the citizen was sent (suggest_rules.h)
 c.status::text, coalesce(c.refusal_reason, ''), coalesce(c.refusal_where, '')
FROM messages m JOIN cases c ON c.id = m.case_id
LEFT JOIN mailboxes b ON b.id = m.mailbox_id
WHERE m.disposition = 'new_case' AND m.received_at >= now() - make_interval(secs =>
$1::bigint)
ORDER BY m.id
