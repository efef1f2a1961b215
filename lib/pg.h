/*
 * pg: what the *_pg.c seam files share over libpq.  Only those files may
 * include this header (it brings in libpq).
 */
#ifndef HL_PG_H
#define HL_PG_H

#include <libpq-fe.h>

#include "util.h"

/* Fills err from a failed result (or the connection's message when res is
 * NULL): one line, "database: WHAT: message SQLSTATE xxxxx".  Data and
 * integrity errors (classes 22, 23) are HL_ERR_INPUT while the connection
 * is up, everything else HL_ERR_TEMP.  Clears res; returns -1. */
int hl_pg_fail(PGconn *conn, PGresult *res, struct hl_err *err, const char *what);

#endif
