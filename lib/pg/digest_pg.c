/*
 * digest_pg: the digest pass over libpq (see digest.h), on the store's
 * connection and thread.  Each mail is queued in its own transaction: the
 * report_digests row (the guard), the outbox row with its bytes, and the
 * guard's link to it commit together or not at all.
 */
#include "digest.h"

#include <stdlib.h>
#include <string.h>

#include "pg.h"
#include "store.h"

static const char queued_sql[] = "SELECT unit_code || E'\\x1f' || rcpt FROM report_digests"
                                 " WHERE report = $1 AND period_from = $2::date";

static const char guard_sql[] =
    "INSERT INTO report_digests (report, unit_code, period_from, period_to, rcpt)"
    " VALUES ($1, $2, $3::date, $4::date, $5) ON CONFLICT DO NOTHING RETURNING 1";

static const char outbox_sql[] =
    "INSERT INTO outbox (id, kind, unit_code, rcpt, data, mail_from, vars, next_attempt_at)"
    " VALUES ($1::bigint, 'digest', $2, ARRAY[$3::text], $4::bytea, $5,"
    " jsonb_build_object('report', $6::text, 'from', $7::text, 'to', $8::text),"
    " to_timestamp($9::bigint))";

static const char link_sql[] =
    "UPDATE report_digests SET outbox_id = $6::bigint WHERE report = $1 AND unit_code = $2"
    " AND period_from = $3::date AND period_to = $4::date AND rcpt = $5";

/* Runs sql; on failure rolls back (when in a transaction) and fails. */
static int
run(PGconn *c, const char *sql, int n, const char *const *p, const int *lens, const int *fmts,
    bool in_tx, PGresult **out, struct hl_err *err)
{
    PGresult *res = PQexecParams(c, sql, n, NULL, p, lens, fmts, 0);
    ExecStatusType st = PQresultStatus(res);
    if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
        if (out)
            *out = res;
        else
            PQclear(res);
        return 0;
    }
    hl_pg_fail(c, res, err, "digest");
    if (in_tx)
        hl_pg_rollback(c);
    return -1;
}

/* Queues one mail; with report_name, only if its guard row is new.
 * Returns 1 queued, 0 already queued by someone, -1 with err. */
static int
queue_one(struct hl_store *s, const struct hl_config *cfg, const struct hl_bounce_key *key,
          const char *report_name, const char *sender, const struct hl_report *r,
          const struct hl_buf *html, const char *rcpt, int64_t now, int64_t *id_out,
          struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    char d0[16], d1[16];
    hl_report_iso(r->from, d0, sizeof d0);
    hl_report_iso(r->to, d1, sizeof d1);
    const char *unit = r->root ? r->root : "";
    if (run(c, "BEGIN", 0, NULL, NULL, NULL, false, NULL, err) < 0)
        return -1;
    PGresult *res;
    if (report_name) {
        const char *g[] = {report_name, unit, d0, d1, rcpt};
        if (run(c, guard_sql, 5, g, NULL, NULL, true, &res, err) < 0)
            return -1;
        bool fresh = PQntuples(res) == 1;
        PQclear(res);
        if (!fresh) {
            hl_pg_rollback(c);
            return 0;
        }
    }
    if (run(c, "SELECT nextval(pg_get_serial_sequence('outbox', 'id'))", 0, NULL, NULL, NULL, true,
            &res, err) < 0)
        return -1;
    int64_t id = hl_pg_int64(res, 0, 0);
    PQclear(res);
    struct hl_buf mail, from;
    hl_buf_init(&mail);
    hl_buf_init(&from);
    int rc = -1;
    if (hl_digest_build(cfg, key, sender, r, html->data, html->len, rcpt, id, now, &mail, &from,
                        err) < 0) {
        hl_pg_rollback(c);
        goto out;
    }
    char id_s[24];
    snprintf(id_s, sizeof id_s, "%lld", (long long)id);
    const struct hl_unit_cfg *su = sender ? hl_config_unit(cfg, sender) : NULL;
    char now_s[24];
    snprintf(now_s, sizeof now_s, "%lld", (long long)now);
    /* Due at the caller's clock, so that a pass with the clock moved sends it. */
    const char *o[] = {id_s,      su ? su->code : sender,         rcpt, mail.data,
                       from.data, report_name ? report_name : "", d0,   d1,
                       now_s};
    const int lens[] = {0, 0, 0, (int)mail.len, 0, 0, 0, 0, 0};
    const int fmts[] = {0, 0, 0, 1, 0, 0, 0, 0, 0};
    if (run(c, outbox_sql, 9, o, lens, fmts, true, NULL, err) < 0)
        goto out;
    if (report_name) {
        const char *l[] = {report_name, unit, d0, d1, rcpt, id_s};
        if (run(c, link_sql, 6, l, NULL, NULL, true, NULL, err) < 0)
            goto out;
    }
    if (run(c, "COMMIT", 0, NULL, NULL, NULL, true, NULL, err) < 0)
        goto out;
    if (id_out)
        *id_out = id;
    rc = 1;
out:
    hl_buf_fini(&mail);
    hl_buf_fini(&from);
    return rc;
}

int
hl_digest_queue(struct hl_store *s, const struct hl_config *cfg, const struct hl_bounce_key *key,
                const struct hl_report *r, const char *rcpt, int64_t now, int64_t *outbox_id,
                struct hl_err *err)
{
    struct hl_buf html;
    hl_buf_init(&html);
    hl_report_write_html(r, hl_report_title(r), &html);
    int rc = queue_one(s, cfg, key, NULL, r->root, r, &html, rcpt, now, outbox_id, err);
    hl_buf_fini(&html);
    return rc < 0 ? -1 : 0;
}

/* Whether "unit US rcpt" is among the queued rows. */
static bool
queued(PGresult *res, const char *unit, const char *rcpt)
{
    size_t ul = strlen(unit);
    for (int i = 0; i < PQntuples(res); i++) {
        const char *v = PQgetvalue(res, i, 0);
        if (strncmp(v, unit, ul) == 0 && v[ul] == '\x1f' && strcmp(v + ul + 1, rcpt) == 0)
            return true;
    }
    return false;
}

int
hl_digest_pass(struct hl_store *s, const struct hl_config *cfg, const struct hl_sla_calendar *cal,
               const struct hl_bounce_key *key, int64_t now, int *queued_out, struct hl_err *err)
{
    if (queued_out)
        *queued_out = 0;
    struct hl_sla_date today = hl_sla_local_date(now), d0, d1;
    hl_report_period(NULL, NULL, today, &d0, &d1);
    char from[16], to[16];
    hl_report_iso(d0, from, sizeof from);
    hl_report_iso(d1, to, sizeof to);
    PGconn *c = hl_store_pgconn(s);
    struct hl_store *rs = NULL;
    for (size_t i = 0; i < cfg->n_reports; i++) {
        const struct hl_report_cfg *rc = &cfg->reports[i];
        if (today.day < rc->day)
            continue;
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_digest_target *ts;
        size_t nt = hl_digest_targets(cfg, rc, &a, &ts);
        const char *p[] = {rc->name, from};
        PGresult *res;
        if (run(c, queued_sql, 2, p, NULL, NULL, false, &res, err) < 0) {
            hl_arena_fini(&a);
            hl_store_close(&rs);
            return -1;
        }
        for (size_t k = 0; k < nt; k++) {
            const struct hl_digest_target *t = &ts[k];
            size_t todo = 0;
            for (size_t j = 0; j < t->n_rcpt; j++)
                todo += !queued(res, t->unit ? t->unit : "", t->rcpt[j]);
            if (todo == 0)
                continue;
            struct hl_report_filter f = {.from = from,
                                         .to = to,
                                         .unit = t->unit,
                                         .rollup = rc->rollup,
                                         .compare = rc->compare,
                                         .now = now};
            struct hl_report r;
            /* Reports read from the hot standby when there is one, opened
             * only when a digest is due. */
            if (cfg->report_conninfo && rs == NULL)
                rs = hl_store_open_report(cfg, err);
            bool failed = cfg->report_conninfo && rs == NULL;
            if (failed || hl_report_load(rs ? rs : s, &f, cal, &r, err) < 0) {
                /* A report that cannot be read now (the standby is down, a
                 * unit not in the database yet) must not hold up the
                 * outbox behind it: it is tried again on the next pass. */
                hl_warn("digest %s%s%s: %s; tried again on the next pass", rc->name,
                        t->unit ? " " : "", t->unit ? t->unit : "", err->msg);
                hl_store_close(&rs);
                continue;
            }
            struct hl_buf html;
            hl_buf_init(&html);
            hl_report_write_html(&r, hl_report_title(&r), &html);
            int q = 0;
            for (size_t j = 0; j < t->n_rcpt && q >= 0; j++) {
                if (queued(res, t->unit ? t->unit : "", t->rcpt[j]))
                    continue;
                q = queue_one(s, cfg, key, rc->name, t->sender, &r, &html, t->rcpt[j], now, NULL,
                              err);
                if (q > 0 && queued_out)
                    (*queued_out)++;
                if (q > 0)
                    hl_info("digest %s%s%s %s..%s queued for %s", rc->name, t->unit ? " " : "",
                            t->unit ? t->unit : "", from, to, t->rcpt[j]);
            }
            hl_buf_fini(&html);
            hl_report_fini(&r);
            if (q < 0) {
                PQclear(res);
                hl_arena_fini(&a);
                hl_store_close(&rs);
                return -1;
            }
        }
        PQclear(res);
        hl_arena_fini(&a);
    }
    hl_store_close(&rs);
    return 0;
}
