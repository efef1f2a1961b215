-- hotline schema version 11: every channel in one register, status by mail,
-- refusals and priority.
--
-- A case taken by phone, from the feedback box or at the counter
-- (hotlinectl case new) is a case like any other: cases.channel (version 5)
-- says how it came; the citizen's phone and postal address are kept for the
-- clerk who must call or write back.  A clerk may refuse a case with a
-- reason the citizen is told (and, outside the unit's competence, where to go
-- instead); a refused case leaves the ladder like a resolved one.  Urgency is
-- the clerk's: urgent (counted in working hours), normal, complex (the
-- deadline counted twice).  A citizen's status question by mail is answered
-- once per message (status_replies), rate limited per sender like the
-- acknowledgements (ack_counts scope 'status').

ALTER TABLE cases
    ADD COLUMN citizen_phone text,
    ADD COLUMN citizen_postal text,
    ADD COLUMN urgency text NOT NULL DEFAULT 'normal'
        CHECK (urgency IN ('urgent', 'normal', 'complex')),
    ADD COLUMN refusal_reason text
        CHECK (refusal_reason IN ('outside', 'anonymous', 'duplicate', 'not_feedback')),
    ADD COLUMN refusal_where text;

ALTER TABLE cases DROP CONSTRAINT IF EXISTS cases_status_check;
ALTER TABLE cases ADD CONSTRAINT cases_status_check
    CHECK (status IN ('open', 'answered', 'resolved', 'spam', 'refused'));

ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('ack', 'forward', 'relay', 'reminder', 'escalation', 'transfer', 'notice',
                    'unverified', 'digest', 'status', 'status_notice', 'refusal'));

ALTER TABLE ack_counts DROP CONSTRAINT IF EXISTS ack_counts_scope_check;
ALTER TABLE ack_counts ADD CONSTRAINT ack_counts_scope_check
    CHECK (scope IN ('sender', 'unit', 'status'));

-- One row per status question answered (or refused by the rate limit):
-- however many daemons look, each message gets its answer once.
CREATE TABLE status_replies (
    message_id bigint PRIMARY KEY REFERENCES messages (id),
    case_id    bigint REFERENCES cases (id),
    outcome    text NOT NULL,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX messages_status_query ON messages (id) WHERE disposition = 'status_query';

-- hotlinectl case refuse | priority, run as a clerk.
GRANT UPDATE (urgency, refusal_reason, refusal_where) ON cases TO hotline_clerk;
