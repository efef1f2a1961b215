/*
 * pg: the libpq helpers every *_pg.c file shares: errors, commands, arrays
 * and printing a result as a table.  See pg.h.
 */
#include "pg.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int
hl_pg_fail(PGconn *conn, PGresult *res, struct hl_err *err, const char *what)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *msg = res ? PQresultErrorMessage(res) : "";
    if (msg == NULL || *msg == '\0')
        msg = PQerrorMessage(conn);
    enum hl_err_kind kind = HL_ERR_TEMP;
    /* Class 22 (data exception) and 23 (integrity) will fail again. */
    if (state && (strncmp(state, "22", 2) == 0 || strncmp(state, "23", 2) == 0) &&
        PQstatus(conn) == CONNECTION_OK)
        kind = HL_ERR_INPUT;
    char clean[512];
    size_t n = 0;
    for (const char *p = msg; *p && n + 1 < sizeof clean; p++)
        clean[n++] = (*p == '\n' || *p == '\r') ? ' ' : *p;
    while (n > 0 && clean[n - 1] == ' ')
        n--;
    clean[n] = '\0';
    hl_err_set(err, kind, "database: %s: %s%s%s", what, clean, state ? " SQLSTATE " : "",
               state ? state : "");
    if (res)
        PQclear(res);
    return -1;
}

int
hl_pg_exec_cmd(PGconn *conn, const char *sql, int n, const char *const *params, struct hl_err *err,
               const char *what)
{
    PGresult *res = PQexecParams(conn, sql, n, NULL, params, NULL, NULL, 0);
    ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return hl_pg_fail(conn, res, err, what);
    PQclear(res);
    return 0;
}

PGresult *
hl_pg_run(PGconn *conn, const char *sql, int n, const char *const *params, bool want_rows,
          struct hl_err *err, const char *what)
{
    PGresult *res = PQexecParams(conn, sql, n, NULL, params, NULL, NULL, 0);
    if (PQresultStatus(res) != (want_rows ? PGRES_TUPLES_OK : PGRES_COMMAND_OK)) {
        hl_pg_fail(conn, res, err, what);
        return NULL;
    }
    return res;
}

int
hl_pg_begin(PGconn *conn, const char *begin_sql, struct hl_err *err)
{
    return hl_pg_exec_cmd(conn, begin_sql, 0, NULL, err, "begin");
}

int
hl_pg_rollback(PGconn *conn)
{
    PQclear(PQexec(conn, "ROLLBACK"));
    return -1;
}

int
hl_pg_commit(PGconn *conn, struct hl_err *err)
{
    if (hl_pg_exec_cmd(conn, "COMMIT", 0, NULL, err, "commit") < 0)
        return hl_pg_rollback(conn);
    return 0;
}

PGresult *
hl_pg_lock_case(PGconn *conn, const char *lock_sql, const char *code, struct hl_err *err)
{
    if (hl_pg_begin(conn, "BEGIN", err) < 0)
        return NULL;
    const char *p[] = {code};
    PGresult *res = hl_pg_run(conn, lock_sql, 1, p, true, err, "lock the case");
    if (res == NULL) {
        hl_pg_rollback(conn);
        return NULL;
    }
    if (PQntuples(res) == 0) {
        PQclear(res);
        hl_pg_rollback(conn);
        hl_err_set(err, HL_ERR_INPUT, "no case %s", code);
        return NULL;
    }
    return res;
}

void
hl_pg_text_array(struct hl_buf *b, char *const *items, size_t n)
{
    hl_buf_putc(b, '{');
    for (size_t i = 0; i < n; i++) {
        if (i)
            hl_buf_putc(b, ',');
        hl_buf_putc(b, '"');
        for (const char *p = items[i]; *p; p++) {
            if (*p == '"' || *p == '\\')
                hl_buf_putc(b, '\\');
            hl_buf_putc(b, *p);
        }
        hl_buf_putc(b, '"');
    }
    hl_buf_putc(b, '}');
}

int64_t
hl_pg_int64(const PGresult *res, int row, int col)
{
    if (PQgetisnull(res, row, col))
        return 0;
    const char *v = PQgetvalue(res, row, col);
    char *end;
    errno = 0;
    long long n = strtoll(v, &end, 10);
    if (end == v || *end != '\0' || errno == ERANGE)
        hl_panic("database value \"%.40s\" at row %d column %d (%s) is not an integer", v, row, col,
                 PQfname(res, col));
    return n;
}

void
hl_pg_put_be(struct hl_buf *b, uint32_t v, int bytes)
{
    for (int i = bytes - 1; i >= 0; i--)
        hl_buf_putc(b, (char)((v >> (8 * i)) & 0xff));
}

struct hl_table *
hl_pg_table(const PGresult *res)
{
    int nf = PQnfields(res), nr = PQntuples(res);
    struct hl_table *t = hl_table_new((size_t)nf, (size_t)nr);
    for (int f = 0; f < nf; f++) {
        hl_table_set_name(t, (size_t)f, PQfname(res, f));
        for (int r = 0; r < nr; r++)
            hl_table_set(t, (size_t)r, (size_t)f, PQgetvalue(res, r, f));
    }
    return t;
}
