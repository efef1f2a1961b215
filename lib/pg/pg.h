/*
 * pg: what the *_pg.c seam files share over libpq.  Only those files may
 * include this header (it brings in libpq).
 */
#ifndef HL_PG_H
#define HL_PG_H

#include <libpq-fe.h>
#include <stdio.h>

#include "util.h"

/* Fills err from a failed result (or the connection's message when res is
 * NULL): one line, "database: WHAT: message SQLSTATE xxxxx".  Data and
 * integrity errors (classes 22, 23) are HL_ERR_INPUT while the connection
 * is up, everything else HL_ERR_TEMP.  Clears res; returns -1. */
int hl_pg_fail(PGconn *conn, PGresult *res, struct hl_err *err, const char *what);

/* Prints res as aligned columns under a header of the field names, each line
 * indented by indent spaces, for a terminal: widths are display widths
 * (Vietnamese lines up), a cell is cut at max_w columns without splitting a
 * character, and line breaks and tabs in a cell print as spaces. */
void hl_pg_print_table(PGresult *res, FILE *out, int max_w, int indent);

#endif
