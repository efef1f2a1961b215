-- claim_sql of outbox_pg.c (embedded as hl_sql_outbox_claim)
WITH c AS (SELECT o.id, o.next_attempt_at,
 coalesce(octet_length(o.data), CASE WHEN o.kind IN ('forward', 'notice')
  THEN (SELECT m.raw_size FROM messages m WHERE m.id = o.message_id) END, 0) AS bytes
 FROM outbox o
 WHERE ((o.status = 'pending' AND o.next_attempt_at < to_timestamp($2 + 1))
  OR (o.status = 'sending' AND (o.claimed_at < to_timestamp($2) - make_interval(secs => $4)
   OR (o.claimed_by <> $1 AND NOT EXISTS (SELECT 1 FROM daemons d
    WHERE d.owner = o.claimed_by
    AND d.heartbeat_at > now() - make_interval(secs => d.lease_s))))))
 ORDER BY o.next_attempt_at, o.id LIMIT $3 FOR UPDATE OF o SKIP LOCKED),
-- Memory is bounded by bytes: the claim stops where the rows' mail (the
-- originals attached to forwards) passes $5, the first row always in.
s AS (SELECT id, sum(bytes) OVER (ORDER BY next_attempt_at, id) - bytes AS before FROM c)
UPDATE outbox SET status = 'sending', claimed_by = $1, claimed_at = to_timestamp($2),
attempts = attempts + 1
WHERE id IN (SELECT id FROM s WHERE before < $5::bigint)
RETURNING id
