/* jsondoc: see jsondoc.h. */
#include "jsondoc.h"
#include "sql_gen.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup_pg.h"
#include "pg.h"

/* A timestamptz as RFC 3339 UTC text, null stays null. */
#define TS(x) "to_char(" x " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

/* clang-format off */
static const char *const cases_sql = hl_sql_jsondoc_cases;

static const char case_sql[] =
    "SELECT json_build_object("
    " 'case', json_build_object("
    "  'code', c.code, 'status', c.status, 'category', c.category, 'priority', c.priority,"
    "  'kind', c.kind, 'channel', c.channel, 'urgency', c.urgency,"
    "  'citizen_phone', c.citizen_phone, 'citizen_postal', c.citizen_postal,"
    "  'refusal_reason', c.refusal_reason, 'refusal_where', c.refusal_where,"
    "  'unit', c.unit_code, 'unit_name', u.name, 'received_unit', c.received_unit,"
    "  'assignee', c.assignee, 'tags', to_json(c.tags), 'fields', c.fields,"
    "  'citizen_address', c.citizen_address, 'citizen_name', c.citizen_name,"
    "  'citizen_undeliverable', c.citizen_undeliverable, 'subject', c.subject,"
    "  'received_at', " TS("c.created_at") ", 'due_at', " TS("c.due_at") ","
    "  'deadline_days', c.deadline_days, 'overdue', c.status = 'open' AND c.due_at < now(),"
    "  'transfer_due_at', " TS("c.transfer_due_at") ","
    "  'first_response_at', " TS("c.first_response_at") ","
    "  'resolved_at', " TS("c.resolved_at") ", 'ladder_cycle', c.ladder_cycle,"
    "  'no_ack', c.no_ack, 'flagged', c.flagged, 'flag_reason', c.flag_reason),"
    " 'messages', coalesce((SELECT json_agg(json_build_object("
    "   'id', m.id, 'received_at', " TS("m.received_at") ", 'disposition', m.disposition,"
    "   'from_address', m.from_address, 'from_name', m.from_name, 'subject', m.subject,"
    "   'message_id', m.message_id, 'raw_size', m.raw_size, 'truncated', m.truncated,"
    "   'malformed', m.malformed, 'charset_note', m.charset_note, 'problems', m.problems,"
    "   'text', m.body_text,"
    "   'attachments', coalesce((SELECT json_agg(json_build_object("
    "     'position', a.position, 'filename', a.filename, 'content_type', a.content_type,"
    "     'size', a.size, 'sha256', a.sha256) ORDER BY a.id)"
    "     FROM attachments a WHERE a.message_id = m.id), '[]'::json))"
    /* A merged case's messages and events show under its successor. */
    "   ORDER BY m.id) FROM messages m WHERE m.case_id IN " HL_DEDUP_FAMILY("c.id") "), '[]'::json),"
    " 'events', coalesce((SELECT json_agg(json_build_object("
    "   'at', " TS("e.at") ", 'actor', e.actor, 'kind', e.kind, 'detail', e.detail)"
    "   ORDER BY e.id) FROM events e WHERE e.case_id IN " HL_DEDUP_FAMILY("c.id") "), '[]'::json),"
    " 'outbox', coalesce((SELECT json_agg(json_build_object("
    "   'id', o.id, 'kind', o.kind, 'status', o.status, 'rcpt', to_json(o.rcpt),"
    "   'attempts', o.attempts, 'created_at', " TS("o.created_at") ","
    "   'next_attempt_at', CASE WHEN o.status IN ('pending', 'sending')"
    "     THEN " TS("o.next_attempt_at") " END,"
    "   'sent_at', " TS("o.sent_at") ", 'last_reply', o.last_reply,"
    "   'bounced_at', " TS("o.bounced_at") ", 'bounce_detail', o.bounce_detail)"
    "   ORDER BY o.id) FROM outbox o WHERE o.case_id = c.id), '[]'::json))::text"
    " FROM cases c JOIN units u ON u.code = c.unit_code WHERE c.code = $1";

static const char mailboxes_sql[] =
    "SELECT json_build_object('mailboxes', coalesce(json_agg(json_build_object("
    "  'unit', m.unit_code, 'state', CASE WHEN l.pid IS NOT NULL THEN 'served' ELSE 'idle' END,"
    "  'owner', m.owner, 'last_ok_at', " TS("m.last_ok_at") ", 'waiting', m.waiting,"
    "  'ingested', m.ingested, 'flagged', m.flagged, 'failures', m.consecutive_failures,"
    "  'last_error', m.last_error, 'last_error_at', " TS("m.last_error_at") ")"
    "  ORDER BY m.unit_code), '[]'::json))::text"
    " FROM mailboxes m LEFT JOIN pg_locks l ON l.locktype = 'advisory' AND l.classid = 424242"
    " AND l.objid = m.id AND l.objsubid = 2 AND l.granted";

static const char *const outbox_sql = hl_sql_jsondoc_outbox;
/* clang-format on */

/* Runs sql, which answers one row with the document (or none); *json_out is
 * NULL when there is no row.  Returns 0 or -1 with err. */
static int
document(struct hl_store *s, const char *sql, int n, const char *const *p, char **json_out,
         struct hl_err *err, const char *what)
{
    PGconn *c = hl_store_pgconn(s);
    *json_out = NULL;
    PGresult *res = PQexecParams(c, sql, n, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, what);
    if (PQntuples(res) == 1 && !PQgetisnull(res, 0, 0))
        *json_out = hl_xstrdup(PQgetvalue(res, 0, 0));
    PQclear(res);
    return 0;
}

int
hl_jsondoc_cases(struct hl_store *s, const struct hl_case_filter *f, char **json_out,
                 struct hl_err *err)
{
    char limit[16];
    snprintf(limit, sizeof limit, "%d", f->limit > 0 ? f->limit : 100);
    const char *p[] = {f->unit, f->status, f->category, f->flagged_only ? "t" : "f",
                       limit,   f->channel};
    return document(s, cases_sql, 6, p, json_out, err, "list cases");
}

int
hl_jsondoc_case(struct hl_store *s, const char *code, char **json_out, struct hl_err *err)
{
    const char *p[] = {code};
    if (document(s, case_sql, 1, p, json_out, err, "show case") < 0)
        return -1;
    return *json_out ? 0 : 1;
}

int
hl_jsondoc_mailboxes(struct hl_store *s, char **json_out, struct hl_err *err)
{
    return document(s, mailboxes_sql, 0, NULL, json_out, err, "mailbox status");
}

int
hl_jsondoc_outbox(struct hl_store *s, const char *status, int limit, char **json_out,
                  struct hl_err *err)
{
    char limit_s[16];
    snprintf(limit_s, sizeof limit_s, "%d", limit > 0 ? limit : 50);
    const char *p[] = {status, limit_s};
    return document(s, outbox_sql, 2, p, json_out, err, "list outbox");
}
