/*
 * pg: what the *_pg.c seam files share over libpq.  Only those files may
 * include this header (it brings in libpq).
 */
#ifndef HL_PG_H
#define HL_PG_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "table.h"
#include "util.h"

/* Fills err from a failed result (or the connection's message when res is
 * NULL): one line, "database: WHAT: message SQLSTATE xxxxx".  Data and
 * integrity errors (classes 22, 23) are HL_ERR_INPUT while the connection
 * is up, everything else HL_ERR_TEMP.  Clears res; returns -1. */
int hl_pg_fail(PGconn *conn, PGresult *res, struct hl_err *err, const char *what);

/* Runs a command with text parameters, expecting no rows (or ignoring
 * them).  Returns 0, or -1 with err (hl_pg_fail). */
int hl_pg_exec_cmd(PGconn *conn, const char *sql, int n, const char *const *params,
                   struct hl_err *err, const char *what);

/* Runs sql with text parameters, expecting rows (want_rows) or a
 * command's status, exactly.  Returns the result (the caller clears it), or
 * NULL with err (hl_pg_fail). */
PGresult *hl_pg_run(PGconn *conn, const char *sql, int n, const char *const *params, bool want_rows,
                    struct hl_err *err, const char *what);

/* Transactions.  hl_pg_begin runs begin_sql ("BEGIN" with its options).
 * hl_pg_rollback ends a failed transaction whose err already says why; a
 * rollback that fails too (the connection is gone) changes nothing, the
 * server rolls back: it returns -1, so `return hl_pg_rollback(c);` fails.
 * hl_pg_commit commits, or rolls back and returns -1 with err. */
int hl_pg_begin(PGconn *conn, const char *begin_sql, struct hl_err *err);
int hl_pg_rollback(PGconn *conn);
int hl_pg_commit(PGconn *conn, struct hl_err *err);

/* BEGIN, then lock_sql with $1 = code, which selects one case's row FOR
 * UPDATE.  Returns the row (the caller clears it), or NULL with err and the
 * transaction ended; an unknown code is HL_ERR_INPUT "no case CODE". */
PGresult *hl_pg_lock_case(PGconn *conn, const char *lock_sql, const char *code, struct hl_err *err);

/* Appends items as a PostgreSQL text array literal ({"a","b"}), quoted. */
void hl_pg_text_array(struct hl_buf *b, char *const *items, size_t n);

/* The integer at (row, col) of res; 0 for NULL.  Our statements select
 * integer columns there, so anything else (not a whole number, out of range)
 * is a bug in our SQL: it panics rather than pass a wrong number on. */
int64_t hl_pg_int64(const PGresult *res, int row, int col);

/* Appends the low `bytes` bytes of v, big-endian (PostgreSQL's binary
 * formats: COPY, array parameters). */
void hl_pg_put_be(struct hl_buf *b, uint32_t v, int bytes);

/* res's rows under its field names, for hotlinectl to print (table.h):
 * a new table the caller frees. */
struct hl_table *hl_pg_table(const PGresult *res);

#endif
