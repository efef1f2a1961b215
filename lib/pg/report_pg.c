/*
 * report_pg: hl_report_load over libpq, on the store's connection.  The
 * facts (units, the cases of the period and of the one before it, the
 * transfers) are read in one REPEATABLE READ READ ONLY transaction, so every
 * figure comes from one snapshot and the TOTAL is the sum of the rows above
 * it; hl_report_compute does the arithmetic.
 *
 * Instants travel as whole Unix seconds (floor): a first answer less than a
 * second after its due date counts as on time.
 */
#include "report.h"
#include "sql_gen.h"

#include <stdlib.h>
#include <string.h>

#include "pg.h"
#include "store.h"

static const char units_sql[] =
    "SELECT code, name, coalesce(parent, ''), kind, active FROM units ORDER BY code";

/* $1, $2: Unix seconds, the first instant and the instant after the last. */
/* clang-format off */
static const char *const cases_sql = hl_sql_report_cases;

static const char transfers_sql[] =
    "SELECT e.detail->>'from', floor(extract(epoch FROM e.at))::bigint,"
    "  coalesce(NOT (e.detail->>'within_deadline')::boolean, false)"
    " FROM events e WHERE e.kind = 'transferred' AND e.at >= to_timestamp($1::bigint)"
    "  AND e.at < to_timestamp($2::bigint)";
/* clang-format on */

static int64_t
ts(PGresult *res, int r, int c)
{
    return PQgetisnull(res, r, c) ? HL_REPORT_NONE : hl_pg_int64(res, r, c);
}

static bool
flag(PGresult *res, int r, int c)
{
    return PQgetvalue(res, r, c)[0] == 't';
}

static const char *
str(PGresult *res, int r, int c)
{
    return PQgetisnull(res, r, c) ? NULL : PQgetvalue(res, r, c);
}

/* Runs sql in the open transaction; on failure rolls back and fails. */
static PGresult *
query(PGconn *c, const char *sql, int n, const char *const *p, struct hl_err *err)
{
    PGresult *res = PQexecParams(c, sql, n, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) == PGRES_TUPLES_OK)
        return res;
    hl_pg_fail(c, res, err, "report");
    hl_pg_rollback(c);
    return NULL;
}

int
hl_report_load(struct hl_store *s, const struct hl_report_filter *f,
               const struct hl_sla_calendar *cal, struct hl_report *out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    if (hl_pg_begin(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err) < 0)
        return -1;
    /* The snapshot is taken by the first query, and now() is the
     * transaction's: both hold for every statement below. */
    PGresult *nr = query(c, "SELECT floor(extract(epoch FROM now()))::bigint", 0, NULL, err);
    if (nr == NULL)
        return -1;
    int64_t now = f->now ? f->now : hl_pg_int64(nr, 0, 0);
    PQclear(nr);
    PGresult *ur = query(c, units_sql, 0, NULL, err);
    if (ur == NULL)
        return -1;
    struct hl_sla_date d0, d1, p0, p1;
    hl_report_period(f->from, f->to, hl_sla_local_date(now), &d0, &d1);
    hl_report_prev_period(d0, d1, &p0, &p1);
    char lo[32], hi[32];
    snprintf(lo, sizeof lo, "%lld", (long long)hl_sla_local_instant(f->compare ? p0 : d0, 0));
    snprintf(
        hi, sizeof hi, "%lld",
        (long long)hl_sla_local_instant(hl_sla_date_from_day_number(hl_sla_day_number(d1) + 1), 0));
    const char *p[] = {lo, hi};
    PGresult *cr = query(c, cases_sql, 2, p, err);
    PGresult *tr = cr ? query(c, transfers_sql, 2, p, err) : NULL;
    if (tr == NULL) {
        PQclear(ur);
        PQclear(cr);
        return -1;
    }
    PQclear(PQexec(c, "COMMIT"));

    int nu = PQntuples(ur), nc = PQntuples(cr), nt = PQntuples(tr);
    struct hl_report_unit_in *units = hl_xcalloc((size_t)nu + 1, sizeof *units);
    struct hl_report_case_in *cases = hl_xcalloc((size_t)nc + 1, sizeof *cases);
    struct hl_report_transfer_in *moves = hl_xcalloc((size_t)nt + 1, sizeof *moves);
    for (int i = 0; i < nu; i++)
        units[i] = (struct hl_report_unit_in){str(ur, i, 0), str(ur, i, 1), str(ur, i, 2),
                                              str(ur, i, 3), flag(ur, i, 4)};
    for (int i = 0; i < nc; i++)
        cases[i] = (struct hl_report_case_in){
            .code = str(cr, i, 0),
            .unit = str(cr, i, 1),
            .received_unit = str(cr, i, 2),
            .category = str(cr, i, 3),
            .ward_field = str(cr, i, 4),
            .subject = str(cr, i, 5),
            .status = str(cr, i, 6),
            .channel = str(cr, i, 7),
            .kind = str(cr, i, 8),
            .created_at = ts(cr, i, 9),
            .due_at = ts(cr, i, 10),
            .first_response_at = ts(cr, i, 11),
            .escalated = flag(cr, i, 12),
            .undeliverable = flag(cr, i, 13),
            .flagged = flag(cr, i, 14),
        };
    for (int i = 0; i < nt; i++)
        moves[i] = (struct hl_report_transfer_in){str(tr, i, 0), ts(tr, i, 1), flag(tr, i, 2)};
    struct hl_report_input in = {
        .from = d0,
        .to = d1,
        .compare = f->compare,
        .now = now,
        .unit = f->unit,
        .rollup = f->rollup,
        .units = units,
        .n_units = (size_t)nu,
        .cases = cases,
        .n_cases = (size_t)nc,
        .transfers = moves,
        .n_transfers = (size_t)nt,
    };
    int rc = hl_report_compute(&in, cal, out, err);
    free(units);
    free(cases);
    free(moves);
    PQclear(ur);
    PQclear(cr);
    PQclear(tr);
    return rc;
}
