-- cases_sql of report_pg.c (embedded as hl_sql_report_cases)
SELECT c.code, c.unit_code, c.received_unit, c.category, c.fields->>'ward',
 coalesce(c.subject, ''), c.status, c.channel, c.kind,
 floor(extract(epoch FROM c.created_at))::bigint,
 floor(extract(epoch FROM c.due_at))::bigint,
 floor(extract(epoch FROM c.first_response_at))::bigint,
 EXISTS (SELECT 1 FROM ladder_steps l WHERE l.case_id = c.id
  AND l.unit_code = c.unit_code AND l.step <> 'reminder'),
 c.citizen_undeliverable, c.flagged
FROM cases c WHERE c.created_at >= to_timestamp($1::bigint)
 AND c.created_at < to_timestamp($2::bigint) AND c.status <> 'spam'
