/*
 * outbox_pg: the outbox's store seam over libpq (claim, save, mark) and the
 * hotlinectl reports.  Runs on the store's connection (hl_store_pgconn), so
 * it belongs to the store's thread.  Every statement is parameterised;
 * instants are passed as Unix seconds so that tests can move the clock.
 */
#include "outbox.h"
#include "sql_gen.h"

#include <libpq-fe.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"
#include "pg.h"
#include "store.h"

/* A row in 'sending' is claimed again when its claimer is no longer alive
 * (no heartbeat in the daemons table within its lease period, schema 006):
 * a daemon killed between claim and send loses its mail within a lease
 * period.  A claim older than HL_OUTBOX_STALE_CLAIM_S is taken whatever its
 * claimer says (a live daemon whose sender is stuck).
 * now is whole seconds: a row due anywhere in this second is due (hotlinectl
 * retry uses the database clock, with microseconds). */
static const char *const claim_sql = hl_sql_outbox_claim;

/* Rendering inputs are loaded only for rows not rendered yet. */
static const char *const load_sql = hl_sql_outbox_load;

static const char *
col(PGresult *res, int row, int c, struct hl_arena *a)
{
    if (PQgetisnull(res, row, c))
        return NULL;
    return hl_arena_strdup(a, PQgetvalue(res, row, c));
}

static int64_t
col_i64(PGresult *res, int row, int c)
{
    return PQgetisnull(res, row, c) ? 0 : hl_pg_int64(res, row, c);
}

static const unsigned char *
col_bytes(PGresult *res, int row, int c, struct hl_arena *a, size_t *len_out)
{
    *len_out = 0;
    if (PQgetisnull(res, row, c))
        return NULL;
    size_t n = 0;
    unsigned char *p = PQunescapeBytea((const unsigned char *)PQgetvalue(res, row, c), &n);
    if (p == NULL)
        abort(); /* out of memory, as hl_xmalloc would */
    unsigned char *copy = hl_arena_memdup(a, p, n ? n : 1);
    PQfreemem(p);
    *len_out = n;
    return copy;
}

static void
split_rcpt(struct hl_outbox_row *r, const char *list, struct hl_arena *a)
{
    size_t n = 0;
    for (const char *p = list; p && *p; p++)
        n += *p == '\n';
    r->rcpt = hl_arena_alloc(a, (n + 1) * sizeof *r->rcpt);
    r->n_rcpt = 0;
    const char *p = list ? list : "";
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len)
            r->rcpt[r->n_rcpt++] = hl_arena_strndup(a, p, len);
        p += len + (nl != NULL);
    }
}

/* A clerk's answer often is a document (a signed letter as PDF): the relay
 * passes the clerk's attachments on to the citizen. */
static int
load_parts(PGconn *c, struct hl_outbox_row *r, struct hl_arena *a, struct hl_err *err)
{
    char id[24];
    snprintf(id, sizeof id, "%lld", (long long)r->id);
    const char *p[] = {id};
    PGresult *res = PQexecParams(c,
                                 "SELECT x.filename, x.content_type, x.data FROM attachments x"
                                 " JOIN outbox o ON o.message_id = x.message_id"
                                 " WHERE o.id = $1::bigint ORDER BY x.position",
                                 1, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "load the attachments of a relay");
    int n = PQntuples(res);
    struct hl_outbox_part *parts = hl_arena_alloc(a, (size_t)(n ? n : 1) * sizeof *parts);
    for (int i = 0; i < n; i++) {
        parts[i].filename = col(res, i, 0, a);
        parts[i].content_type = col(res, i, 1, a);
        parts[i].data = col_bytes(res, i, 2, a, &parts[i].len);
    }
    r->parts = parts;
    r->n_parts = (size_t)n;
    PQclear(res);
    return 0;
}

static int
pg_claim(void *st, const char *owner, int64_t now, int batch, struct hl_arena *a,
         struct hl_outbox_row **rows_out, size_t *n_out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(st);
    char now_s[24], batch_s[16], stale_s[16], bytes_s[24];
    snprintf(now_s, sizeof now_s, "%lld", (long long)now);
    snprintf(batch_s, sizeof batch_s, "%d", batch);
    snprintf(stale_s, sizeof stale_s, "%d", HL_OUTBOX_STALE_CLAIM_S);
    snprintf(bytes_s, sizeof bytes_s, "%d", HL_OUTBOX_BATCH_BYTES);
    const char *p[] = {owner, now_s, batch_s, stale_s, bytes_s};
    *rows_out = NULL;
    *n_out = 0;
    PGresult *res = PQexecParams(c, claim_sql, 5, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "claim");
    int n = PQntuples(res);
    if (n == 0) {
        PQclear(res);
        return 0;
    }
    struct hl_buf ids;
    hl_buf_init(&ids);
    hl_buf_putc(&ids, '{');
    for (int i = 0; i < n; i++)
        hl_buf_printf(&ids, "%s%s", i ? "," : "", PQgetvalue(res, i, 0));
    hl_buf_putc(&ids, '}');
    PQclear(res);

    const char *lp[] = {ids.data, owner};
    res = PQexecParams(c, load_sql, 2, NULL, lp, NULL, NULL, 0);
    hl_buf_fini(&ids);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "load claimed rows");
    n = PQntuples(res);
    struct hl_outbox_row *rows = hl_arena_alloc(a, (size_t)(n ? n : 1) * sizeof *rows);
    for (int i = 0; i < n; i++) {
        struct hl_outbox_row *r = &rows[i];
        memset(r, 0, sizeof *r);
        r->id = col_i64(res, i, 0);
        r->case_id = col_i64(res, i, 1);
        r->kind = col(res, i, 2, a);
        r->unit_code = col(res, i, 3, a);
        r->lang = col(res, i, 4, a);
        split_rcpt(r, PQgetvalue(res, i, 5), a);
        r->attempts = (int)col_i64(res, i, 6);
        r->created_at = col_i64(res, i, 7);
        r->data = col_bytes(res, i, 8, a, &r->data_len);
        r->mail_from = col(res, i, 9, a);
        r->case_code = col(res, i, 10, a);
        r->case_unit = col(res, i, 11, a);
        r->received_unit = col(res, i, 12, a);
        r->category = col(res, i, 13, a);
        r->priority = (int)col_i64(res, i, 14);
        r->subject = col(res, i, 15, a);
        r->citizen_address = col(res, i, 16, a);
        r->citizen_name = col(res, i, 17, a);
        r->deadline_days = (int)col_i64(res, i, 18);
        r->due_at = col_i64(res, i, 19);
        r->msg_message_id = col(res, i, 20, a);
        r->msg_references = col(res, i, 21, a);
        r->received_at = col_i64(res, i, 22);
        r->msg_text = col(res, i, 23, a);
        r->msg_problems = col(res, i, 24, a);
        r->raw = col_bytes(res, i, 25, a, &r->raw_len);
        r->rules = col(res, i, 26, a);
        r->vars = col(res, i, 27, a);
        r->msg_from_name = col(res, i, 28, a);
        r->case_status = col(res, i, 29, a);
        r->assignee = col(res, i, 30, a);
        r->case_first_message_id = col(res, i, 31, a);
        r->case_kind = col(res, i, 32, a);
        r->accused_unit = col(res, i, 33, a);
        r->legal_basis = col(res, i, 34, a);
        r->msg_from_address = col(res, i, 35, a);
        r->case_channel = col(res, i, 36, a);
        r->first_response_at = col_i64(res, i, 37);
        r->refusal_reason = col(res, i, 38, a);
        r->refusal_where = col(res, i, 39, a);
    }
    PQclear(res);
    for (int i = 0; i < n; i++)
        if (rows[i].data == NULL && strcmp(rows[i].kind, "relay") == 0 &&
            load_parts(c, &rows[i], a, err) < 0)
            return -1;
    *rows_out = rows;
    *n_out = (size_t)n;
    return 0;
}

static int
pg_save(void *st, int64_t id, const unsigned char *data, size_t len, const char *mail_from,
        struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(st);
    char id_s[24];
    snprintf(id_s, sizeof id_s, "%lld", (long long)id);
    const char *p[] = {id_s, len ? (const char *)data : "", mail_from};
    int lens[] = {0, (int)len, 0};
    int fmts[] = {0, 1, 0};
    PGresult *res = PQexecParams(c,
                                 "UPDATE outbox SET data = $2::bytea, mail_from = $3"
                                 " WHERE id = $1::bigint",
                                 3, NULL, p, lens, fmts, 0);
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        return hl_pg_fail(c, res, err, "save rendered mail");
    PQclear(res);
    return 0;
}

static const char *const mark_sql = hl_sql_outbox_mark;

static int
pg_mark(void *st, const struct hl_outbox_row *row, const struct hl_outbox_outcome *o, int64_t now,
        struct hl_err *err)
{
    static const char *const status[] = {"pending", "sent", "failed"};
    PGconn *c = hl_store_pgconn(st);
    char id_s[24], next_s[24], now_s[24];
    snprintf(id_s, sizeof id_s, "%lld", (long long)row->id);
    snprintf(next_s, sizeof next_s, "%lld", (long long)o->next_attempt_at);
    snprintf(now_s, sizeof now_s, "%lld", (long long)now);
    const char *p[] = {id_s,
                       status[o->status],
                       o->reply,
                       next_s,
                       now_s,
                       o->event,
                       o->citizen_undeliverable ? "t" : "f"};
    PGresult *res = PQexecParams(c, mark_sql, 7, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "record the result");
    PQclear(res);
    return 0;
}

static const struct hl_outbox_store_ops pg_ops = {
    .claim = pg_claim,
    .save = pg_save,
    .mark = pg_mark,
};

/* Metrics: the queue by kind and status, and the oldest pending row's age.
 * Sent and cancelled rows are history, not queue, and are not counted;
 * "failed" has no index, so this scans the failed rows: it runs at most
 * every QUEUE_REFRESH_MS per daemon, not at every pass. */
static const char queue_sql[] =
    "SELECT kind, status, count(*),"
    "       coalesce(extract(epoch FROM now() - min(created_at)"
    "                                 FILTER (WHERE status = 'pending')), 0)"
    "  FROM outbox WHERE status IN ('pending', 'sending', 'failed') GROUP BY kind, status";
#define QUEUE_REFRESH_MS 15000

static void
refresh_queue_metrics(PGconn *c)
{
    static _Atomic int64_t next_ms;
    int64_t now = hl_now_mono_ms();
    if (now < atomic_load(&next_ms))
        return;
    atomic_store(&next_ms, now + QUEUE_REFRESH_MS);
    PGresult *res = PQexec(c, queue_sql);
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        /* Only the gauges go stale; the next pass's own query will report
         * a broken connection. */
        hl_debug("outbox: queue metrics: %s", PQerrorMessage(c));
        PQclear(res);
        return;
    }
    static const char *const kinds[] = {"ack",        "forward",  "relay", "reminder",
                                        "escalation", "transfer", "notice"};
    static const char *const statuses[] = {"pending", "sending", "failed"};
    for (size_t k = 0; k < HL_NELEM(kinds); k++)
        for (size_t st = 0; st < HL_NELEM(statuses); st++)
            hl_metrics_set(HL_M_OUTBOX_QUEUE, kinds[k], statuses[st], 0);
    double oldest = 0;
    for (int r = 0; r < PQntuples(res); r++) {
        hl_metrics_set(HL_M_OUTBOX_QUEUE, PQgetvalue(res, r, 0), PQgetvalue(res, r, 1),
                       strtod(PQgetvalue(res, r, 2), NULL));
        double age = strtod(PQgetvalue(res, r, 3), NULL);
        if (age > oldest)
            oldest = age;
    }
    hl_metrics_set(HL_M_OUTBOX_OLDEST, NULL, NULL, oldest);
    PQclear(res);
}

int
hl_outbox_pass(struct hl_store *s, const struct hl_outbox_env *env, int batch, int *processed_out,
               struct hl_err *err)
{
    if (hl_outbox_run(&pg_ops, s, env, batch, processed_out, err) < 0)
        return -1;
    /* The sender reached the database: the daemon's heartbeat too. */
    hl_metrics_heartbeat();
    refresh_queue_metrics(hl_store_pgconn(s));
    return 0;
}

int
hl_outbox_list(struct hl_store *s, const char *status, int limit, struct hl_table **out,
               struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    char limit_s[16];
    snprintf(limit_s, sizeof limit_s, "%d", limit > 0 ? limit : 50);
    const char *p[] = {status, limit_s};
    PGresult *res = PQexecParams(
        c,
        "SELECT o.id, o.kind, coalesce(k.code, '-') AS case, array_to_string(o.rcpt, ',') AS rcpt,"
        " o.status, o.attempts, CASE WHEN o.status IN ('pending', 'sending') THEN"
        " to_char(o.next_attempt_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI')"
        " ELSE '-' END AS next_attempt, coalesce(o.last_reply, '') AS last_reply"
        " FROM outbox o LEFT JOIN cases k ON k.id = o.case_id"
        " WHERE $1::text IS NULL OR o.status = $1 ORDER BY o.id DESC LIMIT $2::int",
        2, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "list outbox");
    *out = hl_pg_table(res);
    PQclear(res);
    return 0;
}

int
hl_outbox_retry(struct hl_store *s, int64_t id, const char *actor, bool *found_out,
                struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    char id_s[24];
    snprintf(id_s, sizeof id_s, "%lld", (long long)id);
    const char *p[] = {id_s, actor};
    /* attempts restarts so that the retry gets the whole backoff ladder. */
    PGresult *res = PQexecParams(
        c,
        "WITH o AS (SELECT id, status FROM outbox WHERE id = $1::bigint"
        "  AND status IN ('failed', 'pending') FOR UPDATE),"
        " u AS (UPDATE outbox x SET status = 'pending', next_attempt_at = now(), attempts = 0,"
        "  claimed_by = NULL, claimed_at = NULL FROM o WHERE x.id = o.id"
        "  RETURNING x.id, x.case_id, o.status AS was),"
        " e AS (INSERT INTO events (case_id, actor, kind, detail)"
        "  SELECT case_id, $2, 'outbox_retry', jsonb_build_object('outbox_id', id, 'was', was)"
        "  FROM u WHERE case_id IS NOT NULL)"
        " SELECT count(*) FROM u",
        2, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "retry");
    *found_out = strcmp(PQgetvalue(res, 0, 0), "0") != 0;
    PQclear(res);
    return 0;
}
