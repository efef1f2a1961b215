-- cases_sql of jsondoc_pg.c (embedded as hl_sql_jsondoc_cases)
SELECT json_build_object('count', count(*), 'cases', coalesce(json_agg(json_build_object(
 'code', c.code, 'status', c.status, 'unit', c.unit_code, 'received_unit', c.received_unit,
 'category', c.category, 'priority', c.priority, 'kind', c.kind, 'channel', c.channel,
 'urgency', c.urgency, 'flagged', c.flagged, 'citizen_address', c.citizen_address,
 'citizen_name', c.citizen_name, 'subject', c.subject, 'assignee', c.assignee,
 'received_at', to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'due_at', to_char(c.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
 ORDER BY c.id), '[]'::json))::text
FROM (SELECT * FROM cases WHERE ($1::text IS NULL OR unit_code = $1)
  AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR category = $3)
  AND (NOT $4::bool OR flagged) AND ($6::text IS NULL OR channel = $6)
  ORDER BY id LIMIT $5::int) c
