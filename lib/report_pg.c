/*
 * report_pg: report.h over libpq, on the store's connection.  One statement
 * computes every row, in one snapshot, so the TOTAL is the sum of the rows
 * above it.
 */
#include "report.h"

#include <string.h>

#include "pg.h"
#include "store.h"

/* $1 first day, $2 last day (NULL: defaults), $3 unit (NULL: all). */
/* clang-format off */
static const char report_sql[] =
    "WITH span AS (SELECT coalesce($1::date, coalesce($2::date,"
    "  (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) - 29) AS d0,"
    "  coalesce($2::date, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS d1),"
    " win AS (SELECT d0, d1, d0::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS t0,"
    "  (d1 + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS t1 FROM span),"
    " k AS (SELECT c.*, EXISTS (SELECT 1 FROM ladder_steps l WHERE l.case_id = c.id"
    "  AND l.unit_code = c.unit_code AND l.step <> 'reminder') AS escalated"
    "  FROM cases c, win WHERE c.created_at >= win.t0 AND c.created_at < win.t1"
    "  AND c.status <> 'spam'),"
    " moved AS (SELECT e.detail->>'from' AS unit, count(*) AS n FROM events e, win"
    "  WHERE e.kind = 'transferred' AND e.at >= win.t0 AND e.at < win.t1 GROUP BY 1),"
    " rows AS (SELECT u.code AS unit, u.name, coalesce(u.parent, '') AS parent,"
    "  count(k.id) AS received,"
    "  count(k.id) FILTER (WHERE k.first_response_at IS NOT NULL) AS answered,"
    "  count(k.id) FILTER (WHERE k.first_response_at <= k.due_at) AS on_time,"
    "  count(k.id) FILTER (WHERE k.first_response_at > k.due_at) AS late,"
    "  count(k.id) FILTER (WHERE k.first_response_at IS NULL AND k.status <> 'resolved'"
    "   AND k.due_at < now()) AS overdue,"
    "  count(k.id) FILTER (WHERE k.status = 'resolved') AS resolved,"
    "  count(k.id) FILTER (WHERE k.escalated) AS escalated,"
    "  coalesce(max(m.n), 0) AS transferred,"
    "  count(k.id) FILTER (WHERE k.flagged) AS flagged,"
    "  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM"
    "   k.first_response_at - k.created_at) / 3600))::numeric, 1) AS median_response_h,"
    "  GROUPING(u.code) = 1 AS total"
    "  FROM units u LEFT JOIN k ON k.unit_code = u.code LEFT JOIN moved m ON m.unit = u.code"
    "  WHERE (u.active OR k.id IS NOT NULL) AND ($3::text IS NULL OR u.code = $3)"
    "  GROUP BY GROUPING SETS ((u.code, u.name, u.parent), ()))"
    " SELECT to_char(win.d0, 'YYYY-MM-DD'), to_char(win.d1, 'YYYY-MM-DD'),"
    "  CASE WHEN r.total THEN 'TOTAL' ELSE r.unit END, coalesce(r.name, ''),"
    "  coalesce(r.parent, ''), r.received, r.answered, r.on_time, r.late, r.overdue,"
    "  r.resolved, r.escalated,"
    "  CASE WHEN r.total THEN (SELECT coalesce(sum(n), 0) FROM moved m"
    "   WHERE $3::text IS NULL OR m.unit = $3) ELSE r.transferred END,"
    "  r.flagged, r.median_response_h,"
    "  CASE WHEN r.on_time + r.late + r.overdue > 0 THEN round(100.0 * r.on_time"
    "   / (r.on_time + r.late + r.overdue))::int END AS on_time_pct"
    " FROM rows r, win ORDER BY r.total, r.unit";
/* clang-format on */

enum {
    COL_FROM,
    COL_TO,
    COL_UNIT,
    COL_NAME,
    COL_PARENT,
    COL_RECEIVED, /* the counts, then median and percentage */
    COL_PCT = 15,
    N_COLS,
};

static const char *const labels[] = {
    "",
    "",
    "unit",
    "name",
    "parent",
    "received",
    "answered",
    "on_time",
    "late",
    "overdue",
    "resolved",
    "escalated",
    "transferred",
    "flagged",
    "median_response_h",
    "on_time_pct",
};

static void
print_json(PGresult *res, FILE *out)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_buf_printf(&b, "{\"from\": ");
    hl_buf_json_str(&b, PQgetvalue(res, 0, COL_FROM));
    hl_buf_printf(&b, ", \"to\": ");
    hl_buf_json_str(&b, PQgetvalue(res, 0, COL_TO));
    hl_buf_printf(&b, ", \"timezone\": \"Asia/Ho_Chi_Minh\", \"units\": [");
    for (int r = 0; r < PQntuples(res); r++) {
        hl_buf_printf(&b, "%s\n  {", r ? "," : "");
        for (int c = COL_UNIT; c < N_COLS; c++) {
            hl_buf_printf(&b, "%s\"%s\": ", c > COL_UNIT ? ", " : "", labels[c]);
            const char *v = PQgetvalue(res, r, c);
            if (c < COL_RECEIVED)
                hl_buf_json_str(&b, v);
            else
                hl_buf_puts(&b, PQgetisnull(res, r, c) ? "null" : v);
        }
        hl_buf_putc(&b, '}');
    }
    hl_buf_puts(&b, "\n]}\n");
    fwrite(b.data, 1, b.len, out);
    hl_buf_fini(&b);
}

int
hl_report_print(struct hl_store *s, const struct hl_report_filter *f, FILE *out, struct hl_err *err)
{
    PGconn *c = hl_store_pgconn(s);
    if (f->unit) {
        const char *p[] = {f->unit};
        PGresult *res =
            PQexecParams(c, "SELECT 1 FROM units WHERE code = $1", 1, NULL, p, NULL, NULL, 0);
        if (PQresultStatus(res) != PGRES_TUPLES_OK)
            return hl_pg_fail(c, res, err, "report");
        bool known = PQntuples(res) == 1;
        PQclear(res);
        if (!known)
            return hl_err_set(err, HL_ERR_INPUT, "unknown unit \"%s\"", f->unit);
    }
    const char *p[] = {f->from, f->to, f->unit};
    PGresult *res = PQexecParams(c, report_sql, 3, NULL, p, NULL, NULL, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "report");
    if (PQntuples(res) == 0) { /* cannot happen: the TOTAL row is always there */
        PQclear(res);
        return hl_err_set(err, HL_ERR_TEMP, "database: report: no rows");
    }
    if (f->json) {
        print_json(res, out);
        PQclear(res);
        return 0;
    }
    /* dd/mm/yyyy, as the city writes dates. */
    const char *d0 = PQgetvalue(res, 0, COL_FROM), *d1 = PQgetvalue(res, 0, COL_TO);
    fprintf(out,
            "Cases received %.2s/%.2s/%.4s – %.2s/%.2s/%.4s (Asia/Ho_Chi_Minh), by responsible "
            "unit\n\n",
            d0 + 8, d0 + 5, d0, d1 + 8, d1 + 5, d1);
    PQclear(res);
    /* The table is printed from a second result with readable headings: the
     * same statement, other column names. */
    struct hl_buf sql;
    hl_buf_init(&sql);
    hl_buf_printf(&sql,
                  "SELECT unit AS \"unit\", received AS \"received\", answered AS \"answered\","
                  " on_time AS \"on time\", late AS \"late\", overdue AS \"overdue\","
                  " resolved AS \"resolved\", escalated AS \"escalated\","
                  " transferred AS \"transferred\", flagged AS \"flagged\","
                  " coalesce(median_response_h::text, '-') AS \"median answer (h)\","
                  " coalesce(on_time_pct || '%%', '-') AS \"on time %%\""
                  " FROM (%s) r (d0, d1, unit, name, parent, received, answered, on_time, late,"
                  " overdue, resolved, escalated, transferred, flagged, median_response_h,"
                  " on_time_pct) ORDER BY unit = 'TOTAL', unit",
                  report_sql);
    res = PQexecParams(c, sql.data, 3, NULL, p, NULL, NULL, 0);
    hl_buf_fini(&sql);
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return hl_pg_fail(c, res, err, "report");
    hl_pg_print_table(res, out, 40, 0);
    PQclear(res);
    fprintf(out, "\non time %% = on time / (on time + late + overdue); overdue = unanswered past "
                 "the due date, now.\n");
    return 0;
}
