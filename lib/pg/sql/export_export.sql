-- export_sql of export_pg.c (embedded as hl_sql_export_export)
SELECT c.code, floor(extract(epoch FROM c.created_at))::bigint, c.channel, c.kind,
 c.citizen_name, c.citizen_address, c.fields->>'phone', c.fields->>'address',
 coalesce(c.subject, ''),
 (SELECT m.body_text FROM messages m WHERE m.case_id = c.id ORDER BY m.id LIMIT 1),
 c.category, c.received_unit, ru.name, c.unit_code, u.name, c.status,
 (SELECT m.body_text FROM outbox o JOIN messages m ON m.id = o.message_id
  WHERE o.case_id = c.id AND o.kind = 'relay' ORDER BY o.id LIMIT 1),
 floor(extract(epoch FROM c.first_response_at))::bigint
FROM cases c JOIN units u ON u.code = c.unit_code JOIN units ru ON ru.code = c.received_unit
WHERE c.created_at >= to_timestamp($1::bigint) AND c.created_at < to_timestamp($2::bigint)
 AND c.status <> 'spam' ORDER BY c.created_at, c.id
