/*
 * export_pg: hl_export_load over libpq: the cases of a period with their
 * first message (the content) and the first answer relayed to the citizen,
 * in one statement (one snapshot).
 */
#include "export.h"
#include "sql_gen.h"

#include <stdlib.h>
#include <string.h>

#include "clerkcmd.h"
#include "pg.h"
#include "reply_text.h"
#include "report.h"
#include "store.h"

/* $1, $2: Unix seconds, the first instant and the instant after the last. */
/* clang-format off */
static const char *const export_sql = hl_sql_export_export;
/* clang-format on */

static const char *
col(PGresult *res, int r, int c, struct hl_arena *a)
{
    return PQgetisnull(res, r, c) ? NULL : hl_arena_strdup(a, PQgetvalue(res, r, c));
}

/* The answer as the citizen read it: without the clerk's command line, the
 * quoted forward and our marker (as the relay does). */
static const char *
answer(const char *body, struct hl_arena *a)
{
    if (body == NULL)
        return NULL;
    const char *rest = body;
    hl_clerkcmd_parse(body, &rest);
    struct hl_buf b;
    hl_buf_init(&b);
    hl_reply_text_extract(rest ? rest : "", &b);
    const char *out = hl_arena_strdup(a, b.data ? b.data : "");
    hl_buf_fini(&b);
    return out;
}

int
hl_export_load(struct hl_store *s, struct hl_sla_date from, struct hl_sla_date to,
               struct hl_export *x, struct hl_err *err)
{
    memset(x, 0, sizeof *x);
    hl_arena_init(&x->arena);
    x->from = from;
    x->to = to;
    PGconn *c = hl_store_pgconn(s);
    char lo[24], hi[24];
    snprintf(lo, sizeof lo, "%lld", (long long)hl_sla_local_instant(from, 0));
    snprintf(
        hi, sizeof hi, "%lld",
        (long long)hl_sla_local_instant(hl_sla_date_from_day_number(hl_sla_day_number(to) + 1), 0));
    const char *p[] = {lo, hi};
    PGresult *res = PQexecParams(c, export_sql, 2, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "export");
    struct hl_arena *a = &x->arena;
    int n = PQntuples(res);
    x->cases = hl_arena_alloc(a, ((size_t)n + 1) * sizeof *x->cases);
    for (int i = 0; i < n; i++) {
        struct hl_export_case *k = &x->cases[x->n_cases++];
        memset(k, 0, sizeof *k);
        k->code = col(res, i, 0, a);
        k->received_at = hl_pg_int64(res, i, 1);
        k->channel = col(res, i, 2, a);
        k->kind = col(res, i, 3, a);
        if (strcmp(k->kind, "denunciation") != 0) {
            k->sender_name = col(res, i, 4, a);
            k->sender_email = col(res, i, 5, a);
            k->sender_phone = col(res, i, 6, a);
            k->sender_address = col(res, i, 7, a);
        }
        k->title = col(res, i, 8, a);
        k->content = col(res, i, 9, a);
        k->field = col(res, i, 10, a);
        k->receiving_unit = col(res, i, 11, a);
        k->receiving_unit_name = col(res, i, 12, a);
        k->responsible_unit = col(res, i, 13, a);
        k->responsible_unit_name = col(res, i, 14, a);
        k->status = col(res, i, 15, a);
        k->answer_text = answer(PQgetisnull(res, i, 16) ? NULL : PQgetvalue(res, i, 16), a);
        k->answered_at = PQgetisnull(res, i, 17) ? 0 : hl_pg_int64(res, i, 17);
        k->published = false; /* hotline publishes no answer (docs/export.md) */
    }
    PQclear(res);
    return 0;
}
