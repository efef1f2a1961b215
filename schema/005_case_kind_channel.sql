-- hotline schema version 5: a case's kind and the channel it came in by.
--
-- Two columns several features read and write, added once so that they are
-- not added twice: the kind decides routing and confidentiality (the Law on
-- Complaints 2011 and the Law on Denunciations 2018 give complaints and
-- denunciations their own handlers and time limits), the channel lets phone,
-- feedback-box and counter cases sit in the same register as mail.  Every
-- existing case came by email and is feedback.
ALTER TABLE cases
    ADD COLUMN kind text NOT NULL DEFAULT 'feedback'
        CHECK (kind IN ('feedback', 'complaint', 'denunciation')),
    ADD COLUMN channel text NOT NULL DEFAULT 'email'
        CHECK (channel IN ('email', 'phone', 'box', 'counter', 'portal'));
CREATE INDEX cases_kind ON cases (kind) WHERE kind <> 'feedback';
