/*
 * pg: what the *_pg.c seam files share over libpq.  Only those files may
 * include this header (it brings in libpq).
 */
#ifndef HL_PG_H
#define HL_PG_H

#include <libpq-fe.h>
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
