-- show_sql of case_pg.c (embedded as hl_sql_case_show)
SELECT c.code, c.status, c.category, c.unit_code || ' (' || u.name || ')',
c.received_unit || coalesce(' (' || r.name || ')', ''), c.priority::text,
coalesce(c.assignee, ''), array_to_string(c.tags, ', '),
CASE WHEN c.fields = '{}'::jsonb THEN '' ELSE c.fields::text END,
coalesce(c.citizen_name || ' ', '') || '<' || coalesce(c.citizen_address, '?') || '>'
 || CASE WHEN c.citizen_undeliverable THEN ' — undeliverable — phone them' ELSE '' END,
coalesce(c.subject, ''), to_char(c.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI'),
coalesce(to_char(c.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI')
|| coalesce(' (' || c.deadline_days || ' working days)', '')
 || CASE WHEN c.status = 'open' AND c.due_at < now() THEN ' — overdue' ELSE '' END, ''),
coalesce(to_char(c.transfer_due_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI'), ''),
coalesce(to_char(c.first_response_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI'), ''),
coalesce(to_char(c.resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI'), ''),
CASE WHEN c.ladder_cycle > 0 THEN c.ladder_cycle::text ELSE '' END,
concat_ws(', ', CASE WHEN c.no_ack THEN 'no acknowledgement' END,
 CASE WHEN c.citizen_undeliverable THEN 'citizen undeliverable' END),
c.flagged, coalesce(c.flag_reason, ''), c.id,
CASE WHEN c.kind = 'feedback' THEN '' ELSE c.kind
 || coalesce(' of ' || c.accused_unit, '') || coalesce(' (' || c.legal_basis || ')', '')
 END,
-- The register (register.h, refuse.h): columns SHOW_EXTRA..
c.channel, coalesce(c.citizen_phone, ''), coalesce(c.citizen_postal, ''),
CASE WHEN c.urgency = 'normal' THEN '' ELSE c.urgency END,
coalesce(c.refusal_reason || coalesce(' — ' || c.refusal_where, ''), '')
FROM cases c JOIN units u ON u.code = c.unit_code
LEFT JOIN units r ON r.code = c.received_unit WHERE c.code = $1
