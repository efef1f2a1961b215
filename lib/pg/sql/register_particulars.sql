-- particulars_sql of register_pg.c (embedded as hl_sql_register_particulars)
WITH k AS (UPDATE cases SET channel = $2, citizen_phone = $3, citizen_postal = $4,
 citizen_name = coalesce($5, citizen_name), urgency = $6,
 created_at = to_timestamp($7::bigint), updated_at = now()
 WHERE code = $1 RETURNING id),
m AS (UPDATE messages SET received_at = to_timestamp($7::bigint)
 WHERE case_id = (SELECT id FROM k)),
e AS (INSERT INTO events (case_id, actor, kind, detail)
 SELECT id, $8, 'registered', jsonb_build_object('channel', $2::text, 'urgency', $6::text,
 'received_at', to_timestamp($7::bigint), 'has_email', $9::bool, 'has_phone', $3 IS NOT NULL,
 'has_address', $4 IS NOT NULL) FROM k)
SELECT id FROM k
