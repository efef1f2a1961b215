/*
 * case_pg: the clerks' actions on a case (cases.h) and the case report, over
 * libpq on the store's connection.  Each action is BEGIN, the case row locked
 * FOR UPDATE (two clerks acting at once are serialised, and the second sees
 * what the first did), the check in cases.c, one statement that updates the
 * case and appends its event (and queues its mail), COMMIT.  Every statement
 * is parameterised.
 */
#include "cases.h"
#include "sql_gen.h"

#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "dedup.h"
#include "dedup_pg.h"
#include "kind.h"
#include "pg.h"
#include "sla.h"
#include "store.h"

/* The locked case: columns of lock_sql. */
enum { K_ID, K_STATUS, K_UNIT, K_ASSIGNEE, K_WITHIN, K_FIRST_MSG, K_KIND, K_ACCUSED };

static const char lock_sql[] =
    "SELECT c.id, c.status, c.unit_code, c.assignee,"
    " c.transfer_due_at IS NULL OR now() <= c.transfer_due_at,"
    " (SELECT m.id FROM messages m WHERE m.case_id = c.id ORDER BY m.id LIMIT 1),"
    " c.kind, c.accused_unit"
    " FROM cases c WHERE c.code = $1 FOR UPDATE OF c";

/* Locks case code and checks that op may act on it now.  Returns its row
 * (the caller clears it), or NULL with err and the transaction ended. */
static PGresult *
lock_for(PGconn *c, enum hl_case_op op, const char *code, struct hl_err *err)
{
    PGresult *k = hl_pg_lock_case(c, lock_sql, code, err);
    if (k != NULL && hl_case_allowed(op, code, PQgetvalue(k, 0, K_STATUS), err) < 0) {
        PQclear(k);
        hl_pg_rollback(c);
        return NULL;
    }
    return k;
}

static const char *
value(PGresult *res, int col)
{
    return PQgetisnull(res, 0, col) ? NULL : PQgetvalue(res, 0, col);
}

static void
outcome_init(struct hl_case_outcome *out)
{
    memset(out, 0, sizeof *out);
}

int
hl_case_assign(struct hl_store *s, const char *code, const char *who, const char *actor,
               struct hl_case_outcome *out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    outcome_init(out);
    PGresult *k = lock_for(c, HL_CASE_ASSIGN, code, err);
    if (k == NULL)
        return -1;
    const char *previous = value(k, K_ASSIGNEE);
    snprintf(out->previous, sizeof out->previous, "%s", previous ? previous : "");
    const char *p[] = {value(k, K_ID), who, actor, previous};
    PGresult *res = hl_pg_run(
        c,
        "WITH u AS (UPDATE cases SET assignee = $2, updated_at = now() WHERE id = $1::bigint)"
        " INSERT INTO events (case_id, actor, kind, detail) VALUES ($1::bigint, $3,"
        " 'assigned', jsonb_build_object('to', $2::text, 'previous', $4::text))",
        4, p, false, err, "assign");
    PQclear(k);
    if (res == NULL)
        return hl_pg_rollback(c);
    PQclear(res);
    return hl_pg_commit(c, err);
}

int
hl_case_resolve(struct hl_store *s, const char *code, const char *note, const char *actor,
                struct hl_case_outcome *out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    outcome_init(out);
    PGresult *k = lock_for(c, HL_CASE_RESOLVE, code, err);
    if (k == NULL)
        return -1;
    const char *p[] = {value(k, K_ID), actor, note, value(k, K_STATUS)};
    PGresult *res =
        hl_pg_run(c,
                  "WITH u AS (UPDATE cases SET status = 'resolved', resolved_at = now(),"
                  " updated_at = now() WHERE id = $1::bigint)"
                  " INSERT INTO events (case_id, actor, kind, detail) VALUES ($1::bigint,"
                  " $2, 'resolved', jsonb_build_object('note', $3::text, 'was', $4::text))",
                  4, p, false, err, "resolve");
    PQclear(k);
    if (res == NULL)
        return hl_pg_rollback(c);
    PQclear(res);
    return hl_pg_commit(c, err);
}

int
hl_case_reopen(struct hl_store *s, const char *code, int days, const struct hl_sla_calendar *cal,
               int64_t now, const char *reason, const char *actor, struct hl_case_outcome *out,
               struct hl_err *err)
{
    outcome_init(out);
    if (days < 0 || days > HL_CASE_MAX_DAYS || (days > 0 && cal == NULL))
        return hl_err_set(err, HL_ERR_INPUT, "reopen: days must be 0 to %d", HL_CASE_MAX_DAYS);
    PGconn *c = hl_store_pgconn(s);
    PGresult *k = lock_for(c, HL_CASE_REOPEN, code, err);
    if (k == NULL)
        return -1;
    char days_s[16], due_s[24];
    snprintf(days_s, sizeof days_s, "%d", days);
    snprintf(due_s, sizeof due_s, "%lld", days > 0 ? (long long)hl_sla_due(cal, now, days) : 0LL);
    const char *p[] = {value(k, K_ID), actor, reason, days_s, due_s, value(k, K_STATUS)};
    /* The ladder fires each step once per cycle: a new deadline is a new
     * cycle, so the reminders come again for it. */
    PGresult *res = hl_pg_run(
        c,
        "WITH u AS (UPDATE cases SET status = 'open', resolved_at = NULL, updated_at = now(),"
        "  due_at = CASE WHEN $4::int > 0 THEN to_timestamp($5::bigint) ELSE due_at END,"
        "  deadline_days = CASE WHEN $4::int > 0 THEN $4::int ELSE deadline_days END,"
        "  ladder_cycle = ladder_cycle + CASE WHEN $4::int > 0 THEN 1 ELSE 0 END"
        "  WHERE id = $1::bigint RETURNING id, due_at, ladder_cycle),"
        " e AS (INSERT INTO events (case_id, actor, kind, detail) SELECT id, $2, 'reopened',"
        "  jsonb_build_object('reason', $3::text, 'days', nullif($4::int, 0), 'was', $6::text,"
        "  'due_at', due_at, 'ladder_cycle', ladder_cycle) FROM u)"
        " SELECT coalesce(extract(epoch FROM due_at)::bigint, 0) FROM u",
        6, p, true, err, "reopen");
    PQclear(k);
    if (res == NULL)
        return hl_pg_rollback(c);
    out->due_at = hl_pg_int64(res, 0, 0);
    PQclear(res);
    return hl_pg_commit(c, err);
}

/* Splits a newline-separated list into an arena array. */
static const char *const *
split_lines(const char *list, struct hl_arena *a, size_t *n_out)
{
    size_t n = 0;
    for (const char *p = list; *p; p++)
        n += *p == '\n';
    const char **v = hl_arena_alloc(a, (n + 1) * sizeof *v);
    *n_out = 0;
    for (const char *p = list; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len)
            v[(*n_out)++] = hl_arena_strndup(a, p, len);
        p += len + (nl != NULL);
    }
    return v;
}

/* Every unit, for the transfer's checks and recipients. */
static int
load_units(PGconn *c, struct hl_arena *a, struct hl_case_unit **units_out, size_t *n_out,
           struct hl_err *err)
{
    PGresult *res = hl_pg_run(c,
                              "SELECT code, active, array_to_string(clerks, E'\\n'), feedback_email"
                              " FROM units ORDER BY code",
                              0, NULL, true, err, "load units");
    if (res == NULL)
        return -1;
    size_t n = (size_t)PQntuples(res);
    struct hl_case_unit *u = hl_arena_alloc(a, (n ? n : 1) * sizeof *u);
    for (size_t i = 0; i < n; i++) {
        int r = (int)i;
        u[i].code = hl_arena_strdup(a, PQgetvalue(res, r, 0));
        u[i].active = PQgetvalue(res, r, 1)[0] == 't';
        u[i].clerks = split_lines(PQgetvalue(res, r, 2), a, &u[i].n_clerks);
        u[i].feedback_email =
            PQgetisnull(res, r, 3) ? NULL : hl_arena_strdup(a, PQgetvalue(res, r, 3));
    }
    PQclear(res);
    *units_out = u;
    *n_out = n;
    return 0;
}

/* Case, event, the notice to both units and the forwards of the original to
 * the new one's clerks, in one statement.  vars is the contract with the renderer of
 * kind 'transfer' in outbox.c. */
static const char *const transfer_sql = hl_sql_case_transfer;

int
hl_case_transfer(struct hl_store *s, const char *code, const char *unit, const char *reason,
                 const char *actor, struct hl_case_outcome *out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    outcome_init(out);
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_case_transfer_plan plan;
    hl_case_transfer_plan_init(&plan);
    int rc = -1;
    PGresult *k = hl_pg_lock_case(c, lock_sql, code, err);
    if (k == NULL)
        goto out;
    struct hl_case_unit *units;
    size_t n_units;
    const char *from = PQgetvalue(k, 0, K_UNIT);
    if (hl_kind_transfer_allowed(code, value(k, K_KIND), value(k, K_ACCUSED), unit, err) < 0 ||
        load_units(c, &a, &units, &n_units, err) < 0 ||
        hl_case_plan_transfer(code, PQgetvalue(k, 0, K_STATUS), from, unit, units, n_units, &plan,
                              err) < 0) {
        hl_pg_rollback(c);
        goto out;
    }
    snprintf(out->previous, sizeof out->previous, "%s", from);
    bool within = PQgetvalue(k, 0, K_WITHIN)[0] == 't';
    out->late = !within;
    const char *p[] = {value(k, K_ID),
                       unit,
                       from,
                       actor,
                       reason,
                       within ? "t" : "f",
                       value(k, K_FIRST_MSG),
                       plan.notice_rcpt.data ? plan.notice_rcpt.data : "",
                       plan.forward_rcpt.data ? plan.forward_rcpt.data : ""};
    PGresult *res = hl_pg_run(c, transfer_sql, 9, p, true, err, "transfer");
    if (res == NULL) {
        hl_pg_rollback(c);
        goto out;
    }
    out->notice_id = hl_pg_int64(res, 0, 0);
    out->forward_id = hl_pg_int64(res, 0, 1);
    PQclear(res);
    rc = hl_pg_commit(c, err);
out:
    if (k)
        PQclear(k);
    hl_case_transfer_plan_fini(&plan);
    hl_arena_fini(&a);
    return rc;
}

int
hl_case_extend(struct hl_store *s, const struct hl_config *cfg, const char *code,
               const char *reason, const char *actor, struct hl_case_outcome *out,
               struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    outcome_init(out);
    PGresult *k = hl_pg_lock_case(c, lock_sql, code, err);
    if (k == NULL)
        return -1;
    const char *p[] = {value(k, K_ID)};
    /* The audit trail, which nobody can edit, is the count of extensions. */
    PGresult *res =
        hl_pg_run(c,
                  "SELECT count(*), (SELECT due_at IS NULL FROM cases WHERE id = $1::bigint)"
                  " FROM events WHERE case_id = $1::bigint AND kind = 'extended'",
                  1, p, true, err, "count extensions");
    if (res == NULL) {
        PQclear(k);
        return hl_pg_rollback(c);
    }
    int done = (int)hl_pg_int64(res, 0, 0);
    bool no_due = PQgetvalue(res, 0, 1)[0] == 't';
    PQclear(res);
    int days = 0;
    int rc = hl_kind_extension(cfg, code, value(k, K_KIND), value(k, K_STATUS), done, &days, err);
    if (rc == 0 && no_due)
        rc = hl_err_set(err, HL_ERR_INPUT, "case %s has no deadline to extend", code);
    if (rc < 0) {
        PQclear(k);
        return hl_pg_rollback(c);
    }
    char days_s[16];
    snprintf(days_s, sizeof days_s, "%d", days);
    const char *q[] = {value(k, K_ID), actor, reason, days_s};
    res = hl_pg_run(
        c,
        "WITH u AS (UPDATE cases SET due_at = due_at + make_interval(days => $4::int),"
        "  ladder_cycle = ladder_cycle + 1, updated_at = now()"
        "  WHERE id = $1::bigint RETURNING id, due_at),"
        " e AS (INSERT INTO events (case_id, actor, kind, detail) SELECT id, $2, 'extended',"
        "  jsonb_build_object('days', $4::int, 'reason', $3::text, 'due_at', due_at) FROM u)"
        " SELECT extract(epoch FROM due_at)::bigint FROM u",
        4, q, true, err, "extend");
    PQclear(k);
    if (res == NULL)
        return hl_pg_rollback(c);
    out->due_at = hl_pg_int64(res, 0, 0);
    PQclear(res);
    return hl_pg_commit(c, err);
}

/* ---- the report ---- */

#define LOCAL(col) "to_char(" col " AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI')"

/* LOCAL() inside the string confuses clang-format's layout. */
/* clang-format off */
static const char *const show_sql = hl_sql_case_show;
/* clang-format on */

/* The case's mail, one line each: when it went or will go, and the relay's
 * last answer or the bounce. */
/* clang-format off */
static const char outbox_sql[] =
    "SELECT id, kind, status, array_to_string(rcpt, ', ') AS rcpt,"
    " CASE WHEN status = 'sent' THEN " LOCAL("sent_at")
    " WHEN status IN ('pending', 'sending') THEN 'next ' || " LOCAL("next_attempt_at")
    " ELSE '' END AS sent,"
    " coalesce(last_reply, '')"
    " || coalesce(' — bounced ' || " LOCAL("bounced_at") " || coalesce(': ' || bounce_detail, ''), '')"
    " AS last_reply"
    " FROM outbox WHERE case_id = $1::bigint ORDER BY id";
/* clang-format on */

/* Labels of show_sql's columns, up to the flag and the id. */
static const char *const show_labels[] = {
    "Case",     "Status",       "Category", "Unit",        "Received by",
    "Priority", "Assignee",     "Tags",     "Fields",      "Citizen",
    "Subject",  "Received",     "Due",      "Transfer by", "First response",
    "Resolved", "Ladder cycle", "Flags",    "Flagged",     "Problems",
};
enum { SHOW_FLAGGED = 18, SHOW_ID = 20, SHOW_KIND = 21, SHOW_EXTRA = 22 };
static const char *const extra_labels[] = {"Channel", "Phone", "Postal address", "Urgency",
                                           "Refused"};

static void
add_field(struct hl_case_report *r, const char *label, const char *value)
{
    r->fields = hl_xrealloc(r->fields, (r->n_fields + 1) * sizeof *r->fields);
    r->fields[r->n_fields++] = (struct hl_case_field){label, hl_xstrdup(value)};
}

static int
report_failed(PGconn *c, struct hl_case_report *r)
{
    hl_case_report_fini(r);
    return hl_pg_rollback(c);
}

int
hl_case_report_read(struct hl_store *s, const char *code, struct hl_case_report *r,
                    struct hl_err *err)
{
    *r = (struct hl_case_report){0};
    PGconn *c = hl_store_pgconn(s);
    const char *p[] = {code};
    /* One snapshot for the whole report. */
    if (hl_pg_begin(c, "BEGIN ISOLATION LEVEL REPEATABLE READ", err) < 0)
        return -1;
    PGresult *res = hl_pg_run(c, show_sql, 1, p, true, err, "show case");
    if (res == NULL)
        return hl_pg_rollback(c);
    if (PQntuples(res) == 0) {
        PQclear(res);
        hl_err_set(err, HL_ERR_INPUT, "no case %s", code);
        return hl_pg_rollback(c);
    }
    for (int i = 0; i < (int)HL_NELEM(show_labels); i++) {
        const char *v = PQgetvalue(res, 0, i);
        if (i == SHOW_FLAGGED)
            v = v[0] == 't' ? "yes: needs a clerk's review" : "no";
        if (*v)
            add_field(r, show_labels[i], v);
    }
    if (*PQgetvalue(res, 0, SHOW_KIND))
        add_field(r, "Kind", PQgetvalue(res, 0, SHOW_KIND));
    for (int i = 0; i < (int)HL_NELEM(extra_labels); i++)
        if (*PQgetvalue(res, 0, SHOW_EXTRA + i))
            add_field(r, extra_labels[i], PQgetvalue(res, 0, SHOW_EXTRA + i));
    char id[32];
    snprintf(id, sizeof id, "%s", PQgetvalue(res, 0, SHOW_ID));
    PQclear(res);

    /* Every read is on the record (Luật Tố cáo 2018 keeps a denunciation
     * confidential; the other kinds are personal data too): the event is
     * written by this session's role, in this transaction. */
    const char *vp[] = {id};
    PGresult *ev =
        hl_pg_run(c,
                  "INSERT INTO events (case_id, actor, kind, detail) VALUES ($1::bigint,"
                  " session_user, 'viewed', jsonb_build_object('by', 'hotlinectl case show'))",
                  1, vp, false, err, "record the view");
    if (ev == NULL)
        return report_failed(c, r);
    PQclear(ev);

    if (hl_dedup_case_view(s, id, &r->dedup, err) < 0)
        return report_failed(c, r);

    /* A merged case's messages and events are shown under its successor. */
    const char *q[] = {id};
    res = hl_pg_run(
        c,
        "SELECT id, " LOCAL(
            "received_at") " AS received, disposition,"
                           " coalesce(from_address, '?') AS from, coalesce(subject, '') AS subject"
                           " FROM messages WHERE case_id IN " HL_DEDUP_FAMILY(
                               "$1::bigint") " ORDER BY id",
        1, q, true, err, "case messages");
    if (res == NULL)
        return report_failed(c, r);
    r->messages = hl_pg_table(res);
    PQclear(res);

    res = hl_pg_run(
        c,
        "SELECT id, " LOCAL(
            "received_at") ", coalesce(from_address, '?'),"
                           " coalesce(subject, ''), raw_size, coalesce(charset_note, ''), body_text"
                           " FROM messages WHERE case_id IN " HL_DEDUP_FAMILY(
                               "$1::bigint") " ORDER BY id",
        1, q, true, err, "case message texts");
    if (res == NULL)
        return report_failed(c, r);
    r->n_texts = (size_t)PQntuples(res);
    r->texts = hl_xcalloc(r->n_texts + 1, sizeof *r->texts);
    for (int i = 0; i < PQntuples(res); i++)
        r->texts[i] = (struct hl_case_text){
            .id = hl_xstrdup(PQgetvalue(res, i, 0)),
            .received = hl_xstrdup(PQgetvalue(res, i, 1)),
            .from = hl_xstrdup(PQgetvalue(res, i, 2)),
            .subject = hl_xstrdup(PQgetvalue(res, i, 3)),
            .size = hl_xstrdup(PQgetvalue(res, i, 4)),
            .charset_note = hl_xstrdup(PQgetvalue(res, i, 5)),
            .body = hl_xstrdup(PQgetvalue(res, i, 6)),
        };
    PQclear(res);

    res = hl_pg_run(c,
                    "SELECT a.message_id AS message, a.position, coalesce(a.filename, '(no name)')"
                    " AS filename, a.content_type, a.size, a.sha256 FROM attachments a"
                    " JOIN messages m ON m.id = a.message_id WHERE m.case_id IN " HL_DEDUP_FAMILY(
                        "$1::bigint") " ORDER BY a.id",
                    1, q, true, err, "case attachments");
    if (res == NULL)
        return report_failed(c, r);
    r->attachments = hl_pg_table(res);
    PQclear(res);

    res = hl_pg_run(
        c,
        "SELECT to_char(at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI:SS') AS at,"
        " actor, coalesce(declared_by, '') AS declared_by, kind, detail::text AS detail"
        " FROM events WHERE case_id IN " HL_DEDUP_FAMILY("$1::bigint") " ORDER BY id",
        1, q, true, err, "case events");
    if (res == NULL)
        return report_failed(c, r);
    r->events = hl_pg_table(res);
    PQclear(res);

    res = hl_pg_run(c, outbox_sql, 1, q, true, err, "case outbox");
    if (res == NULL)
        return report_failed(c, r);
    r->outbox = hl_pg_table(res);
    PQclear(res);
    if (hl_pg_commit(c, err) < 0) {
        hl_case_report_fini(r);
        return -1;
    }
    return 0;
}

void
hl_case_report_fini(struct hl_case_report *r)
{
    for (size_t i = 0; i < r->n_fields; i++)
        free(r->fields[i].value);
    free(r->fields);
    hl_dedup_view_fini(&r->dedup);
    hl_table_free(&r->messages);
    for (size_t i = 0; i < r->n_texts; i++) {
        struct hl_case_text *t = &r->texts[i];
        free(t->id);
        free(t->received);
        free(t->from);
        free(t->subject);
        free(t->size);
        free(t->charset_note);
        free(t->body);
    }
    free(r->texts);
    hl_table_free(&r->attachments);
    hl_table_free(&r->events);
    hl_table_free(&r->outbox);
    *r = (struct hl_case_report){0};
}
