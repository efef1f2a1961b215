-- new_set_sql of intake_pg.c (embedded as hl_sql_intake_new_set)
WITH v AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
 $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
 $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[],
 $20::bytea[], $21::text[], $22::text[], $23::text[], $24::text[], $25::text[], $26::text[],
 $27::text[], $28::text[], $29::text[], $30::text[], $31::text[], $32::text[], $33::text[],
 $34::text[], $35::text[], $36::text[], $37::text[], $38::text[], $39::text[], $40::text[],
 $41::text[], $42::text[], $43::text[], $44::text[], $45::text[], $46::text[], $47::text[],
 $48::text[], $56::text[], $57::text[]) WITH ORDINALITY AS v (create_case, prefix, unit,
 received_unit, category, priority, tags, fields, subject, sender, sender_name, flagged,
 problems, deadline_days, no_ack, mailbox, uidvalidity, uid, disposition, raw, size,
 truncated, sha256, message_id, in_reply_to, refs, to_addrs, delivered_to, body, charset,
 malformed, trace, disposition_reason, no_ack_reason, thread, max_acks, ack_window, due,
 transfer_due, bounce_row, bounce_permanent, bounce_detail, clerk_command, kind, accused,
 legal_basis, unverified, max_unit, letter_key, dedup_days, ord)),
-- One case for one letter (dedup.h): a mail whose key opened a case
-- within intake.dedup_days joins that case (or the one it was merged
-- into), unless this mailbox already has it (the citizen sent it
-- again).  hl_letter_lock ran first in this transaction: what another
-- daemon committed under these keys is seen here.
l0 AS (SELECT v.ord, l.case_id FROM v JOIN letters l ON l.key = v.letter_key
 AND l.first_at > now() - make_interval(days => v.dedup_days::int)),
d AS (SELECT l0.ord, coalesce(x.merged_into, x.id) AS dup_case,
 coalesce(y.code, x.code) AS dup_code FROM l0 JOIN v USING (ord)
 JOIN cases x ON x.id = l0.case_id LEFT JOIN cases y ON y.id = x.merged_into
 WHERE NOT EXISTS (SELECT 1 FROM receipts r WHERE r.mailbox_id = v.mailbox::int
 AND r.case_id IN (x.id, coalesce(x.merged_into, x.id)))),
k AS (SELECT v.*, d.dup_case, d.dup_code, CASE WHEN d.ord IS NULL THEN v.prefix || '-'
 || t.y || '-' || lpad(hl_next_case_number(t.y)::text, 6, '0') END AS code
 FROM v LEFT JOIN d USING (ord),
 (SELECT extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS y) t
 ORDER BY v.ord),
c AS (INSERT INTO cases (code, unit_code, received_unit, category, priority, tags, fields,
 subject, citizen_address, citizen_name, flagged, flag_reason, deadline_days, no_ack,
 due_at, transfer_due_at, kind, accused_unit, legal_basis)
 SELECT code, unit, received_unit, category, priority::int,
 ARRAY(SELECT jsonb_array_elements_text(tags::jsonb)), fields::jsonb, subject, sender,
 sender_name, flagged::bool, problems, deadline_days::int, no_ack::bool,
 to_timestamp(due::bigint), to_timestamp(transfer_due::bigint),
 coalesce(kind, 'feedback'), accused, legal_basis FROM k WHERE dup_case IS NULL
 ORDER BY ord RETURNING id, code),
kc AS (SELECT k.*, coalesce(c.id, k.dup_case) AS case_id FROM k LEFT JOIN c USING (code)),
m AS (INSERT INTO messages (case_id, mailbox_id, uidvalidity, uid, disposition, raw,
 raw_size, truncated, sha256, message_id, in_reply_to, references_hdr, from_address,
 from_name, to_addrs, delivered_to, subject, body_text, charset_note, problems, malformed,
 disposition_reason)
 SELECT case_id, mailbox::int, uidvalidity::bigint, uid::bigint,
 CASE WHEN dup_case IS NULL THEN disposition ELSE 'same_letter' END, raw,
 size::bigint, truncated::bool, sha256, message_id, in_reply_to, refs, sender, sender_name,
 to_addrs, delivered_to, subject, body, charset, problems, malformed::bool,
 CASE WHEN dup_case IS NULL THEN disposition_reason ELSE 'the same letter reached another unit first: ' || dup_code END FROM kc ORDER BY ord RETURNING id, uid),
km AS (SELECT kc.*, m.id AS msg_id FROM kc JOIN m ON m.uid = kc.uid::bigint),
e1 AS (INSERT INTO events (case_id, actor, kind, detail)
 SELECT km.case_id, 'hotlined', x.kind, x.detail FROM km CROSS JOIN LATERAL (VALUES
 (1, 'received', jsonb_build_object('mailbox', km.received_unit, 'uidvalidity',
 km.uidvalidity::bigint, 'uid', km.uid::bigint, 'message_id', km.message_id, 'from',
 km.sender, 'charset', km.charset)),
 (2, 'classified', jsonb_build_object('category', km.category, 'unit', km.unit,
 'priority', km.priority::int, 'rules', km.trace::jsonb))) AS x (n, kind, detail)
 WHERE km.dup_case IS NULL ORDER BY km.ord, x.n),
e3 AS (INSERT INTO events (case_id, actor, kind, detail)
 SELECT case_id, 'hotlined', 'flagged', jsonb_build_object('problems', problems)
 FROM km WHERE flagged::bool AND dup_case IS NULL ORDER BY ord),
e4 AS (INSERT INTO events (case_id, actor, kind, detail)
 SELECT case_id, 'hotlined', 'ack_suppressed', jsonb_build_object('check', no_ack_reason)
 FROM km WHERE no_ack::bool AND dup_case IS NULL ORDER BY ord),
-- May be acknowledged: the first of the batch with its Message-ID,
-- which claims it (ack_message_ids: a claim another transaction made
-- waits for it and loses); then, in batch order, within what the
-- sender's counter and the unit's hourly counter grant (SQL_ACK_CLAIM,
-- one row per sender or unit: several mails ask at once).
a1 AS (SELECT km.*, NOT no_ack::bool AND sender IS NOT NULL AS may FROM km
 WHERE dup_case IS NULL),
a2 AS (SELECT a1.*, may AND row_number() OVER (PARTITION BY may,
 coalesce(message_id, 'ord ' || ord) ORDER BY ord) = 1 AS first FROM a1),
ami AS (INSERT INTO ack_message_ids (message_id, case_id) SELECT message_id, case_id
 FROM a2 WHERE first AND message_id IS NOT NULL ON CONFLICT DO NOTHING
 RETURNING message_id),
a3 AS (SELECT a2.*, first AND (message_id IS NULL OR message_id IN
 (SELECT message_id FROM ami)) AS fresh FROM a2),
-- The counters (ack_counts): a sender's in fixed windows of acks.window
-- seconds (86400: UTC days), a unit's per hour (acks.max_per_unit_hour, 0
-- meaning no cap).  ON CONFLICT ... DO UPDATE claims up to req from a row
-- atomically: a second transaction claiming from the same row waits for the
-- first to commit and then sees its count, so two daemons can never both take
-- the last one; granted is what this claim got.
asn AS (INSERT INTO ack_counts AS x (scope, key, bucket, n, req, lim, granted)
 SELECT 'sender', lower(sender),
 to_timestamp(floor(extract(epoch FROM now()) / min(ack_window::int)) * min(ack_window::int)),
 least(count(*), min(max_acks::int)), count(*), min(max_acks::int),
 least(count(*), min(max_acks::int)) FROM a3 WHERE fresh GROUP BY lower(sender)
ON CONFLICT (scope, key, bucket) DO UPDATE SET
 n = greatest(x.n, least(excluded.lim, x.n + excluded.req)),
 granted = greatest(0, least(excluded.lim - x.n, excluded.req)),
 req = excluded.req, lim = excluded.lim
RETURNING key, granted),
a4 AS (SELECT a3.*, fresh AND row_number() OVER (PARTITION BY fresh, lower(sender)
 ORDER BY ord) <= coalesce((SELECT granted FROM asn WHERE asn.key = lower(a3.sender)), 0)
 AS sender_ok FROM a3),
aun AS (INSERT INTO ack_counts AS x (scope, key, bucket, n, req, lim, granted)
 SELECT 'unit', received_unit, date_trunc('hour', now()), least(count(*), min(cap)),
 count(*), min(cap), least(count(*), min(cap)) FROM (SELECT received_unit,
 CASE WHEN max_unit::int > 0 THEN max_unit::int ELSE 2147483647 END AS cap FROM a4 WHERE sender_ok) s GROUP BY received_unit
ON CONFLICT (scope, key, bucket) DO UPDATE SET
 n = greatest(x.n, least(excluded.lim, x.n + excluded.req)),
 granted = greatest(0, least(excluded.lim - x.n, excluded.req)),
 req = excluded.req, lim = excluded.lim
RETURNING key, granted),
a AS (SELECT a4.*, sender_ok AND row_number() OVER (PARTITION BY sender_ok, received_unit
 ORDER BY ord) <= coalesce((SELECT granted FROM aun WHERE aun.key = a4.received_unit), 0)
 AS ok FROM a4),
o1 AS (INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt)
-- A denunciation is acknowledged from its handler's address: the
-- accused unit's domain would receive the bounces, with the denouncer's
-- address in them.
 SELECT case_id, msg_id, 'ack', CASE WHEN kind = 'denunciation' THEN unit
 ELSE received_unit END, ARRAY[lower(sender)] FROM a WHERE ok
 ORDER BY ord),
e6 AS (INSERT INTO events (case_id, actor, kind, detail)
 SELECT case_id, 'hotlined', 'ack_suppressed', jsonb_build_object('check', 'rate_limit',
 'detail', 'at most ' || max_acks || ' acknowledgements per sender in '
 || ack_window || ' s and ' || max_unit || ' per unit and hour (0: no cap), or one already sent for this Message-ID')
 FROM a WHERE NOT ok AND NOT no_ack::bool AND sender IS NOT NULL ORDER BY ord),
o2 AS (INSERT INTO outbox (case_id, message_id, kind, unit_code, rcpt)
 SELECT km.case_id, km.msg_id, 'forward', u.code, ARRAY[lower(x)] FROM km JOIN units u
 ON u.code = km.unit, unnest(u.clerks) WITH ORDINALITY AS q (x, n)
-- A denunciation nobody but the accused could handle goes to nobody.
 WHERE (km.kind IS DISTINCT FROM 'denunciation' OR km.unit IS DISTINCT FROM km.accused)
 AND km.dup_case IS NULL ORDER BY km.ord, q.n),
-- A joined copy: on the case's record, no mail.  Every mail with a key
-- leaves a receipt (the one that opened the case too); a key opens its
-- letter, or takes over one past its window.
e7 AS (INSERT INTO events (case_id, actor, kind, detail)
 SELECT case_id, 'hotlined', 'same_letter', jsonb_build_object('mailbox', received_unit,
 'uidvalidity', uidvalidity::bigint, 'uid', uid::bigint, 'message_id', message_id, 'from',
 sender, 'classified_for', unit) FROM km WHERE dup_case IS NOT NULL ORDER BY ord),
rc AS (INSERT INTO receipts (case_id, message_id, mailbox_id, unit_code, uidvalidity, uid,
 joined) SELECT case_id, msg_id, mailbox::int, received_unit, uidvalidity::bigint,
 uid::bigint, dup_case IS NOT NULL FROM km WHERE letter_key IS NOT NULL ORDER BY ord),
lt AS (INSERT INTO letters (key, case_id) SELECT DISTINCT ON (letter_key) letter_key,
 case_id FROM km WHERE letter_key IS NOT NULL AND dup_case IS NULL
 AND ord NOT IN (SELECT ord FROM l0) ORDER BY letter_key, ord
 ON CONFLICT (key) DO UPDATE SET case_id = excluded.case_id, first_at = now()),
att AS (INSERT INTO attachments (message_id, position, filename, content_type, size,
 sha256, data)
 SELECT m.id, x.position::int, x.filename, x.content_type, x.size::bigint, x.sha256, x.data
 FROM unnest($49::text[], $50::text[], $51::text[], $52::text[], $53::text[], $54::text[],
 $55::bytea[]) AS x (uid, position, filename, content_type, size, sha256, data)
 JOIN m ON m.uid = x.uid::bigint)
SELECT ord, coalesce(code, '~' || dup_code) FROM k ORDER BY ord
