-- stats_sql of rules_pg.c (embedded as hl_sql_rules_stats)
SELECT r.x->>'rule', to_char((e.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD'),
count(DISTINCT e.id) FILTER (WHERE coalesce((r.x->>'limit_hit')::bool, false) = false),
count(DISTINCT e.id) FILTER (WHERE coalesce((r.x->>'limit_hit')::bool, false))
FROM events e CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN
 jsonb_typeof(e.detail->'rules') = 'array' THEN e.detail->'rules' ELSE '[]' END) AS r (x)
WHERE e.kind = 'classified' AND e.at >= now() - make_interval(secs => $1::bigint)
 AND r.x->>'rule' IS NOT NULL
GROUP BY 1, 2 ORDER BY 1, 2
