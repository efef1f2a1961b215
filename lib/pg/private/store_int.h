/*
 * store_int.h: what the files of the store seam share (store_pg.c opens,
 * migrates and reports; intake_pg.c commits intake).  Not part of any API.
 */
#ifndef HL_STORE_INT_H
#define HL_STORE_INT_H

#include "pg.h"
#include "store.h"

struct hl_store {
    PGconn *conn;
    bool prepared;
    const struct hl_config *cfg;
};

static inline int
pg_fail(struct hl_store *s, PGresult *res, struct hl_err *err, const char *what)
{
    return hl_pg_fail(s->conn, res, err, what);
}

static inline PGresult *
exec_params(struct hl_store *s, const char *sql, int n, const char *const *params)
{
    return PQexecParams(s->conn, sql, n, NULL, params, NULL, NULL, 0);
}

/* Runs a command expecting no rows. */
static inline int
exec_cmd(struct hl_store *s, const char *sql, int n, const char *const *params, struct hl_err *err,
         const char *what)
{
    return hl_pg_exec_cmd(s->conn, sql, n, params, err, what);
}

#endif
