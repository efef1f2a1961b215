-- candidates_sql of ladder_pg.c (embedded as hl_sql_ladder_candidates)
SELECT k.id, k.code, k.unit_code, k.ladder_cycle, extract(epoch FROM k.due_at)::bigint,
k.assignee,
(SELECT string_agg(l.step || E'\x1f' || to_char(l.fired_at AT TIME ZONE
 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY'), E'\x1e' ORDER BY l.fired_at, l.step)
 FROM ladder_steps l WHERE l.case_id = k.id AND l.cycle = k.ladder_cycle
 AND l.unit_code = k.unit_code), k.kind, k.accused_unit
FROM cases k WHERE k.status = 'open' AND k.due_at IS NOT NULL
AND k.due_at < to_timestamp($1::bigint) + make_interval(days => $2::int)
AND (SELECT count(*) FROM ladder_steps l WHERE l.case_id = k.id
 AND l.cycle = k.ladder_cycle AND l.unit_code = k.unit_code AND l.step <> 'reminder')
 < $3::int
ORDER BY k.due_at, k.id LIMIT $4::int
