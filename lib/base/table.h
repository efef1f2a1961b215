/*
 * table: rows of text under named columns, as a store hands a listing to
 * hotlinectl, which prints it (daemon/ctl_print.c).  The seams print
 * nothing: they fill a table and return it.  A SQL NULL is "".
 *
 * Ownership: hl_table_new returns a table the caller frees with
 * hl_table_free; every string in it belongs to the table.
 */
#ifndef HL_TABLE_H
#define HL_TABLE_H

#include <stddef.h>

struct hl_table {
    size_t n_cols;
    size_t n_rows;
    char **names; /* n_cols column names */
    char **cells; /* n_rows * n_cols cells, row by row */
};

/* A table of n_rows rows of n_cols columns, every name and cell NULL until
 * hl_table_set_name / hl_table_set fill it. */
struct hl_table *hl_table_new(size_t n_cols, size_t n_rows);
/* Copies s (NULL: "") into the column name or the cell. */
void hl_table_set_name(struct hl_table *t, size_t col, const char *s);
void hl_table_set(struct hl_table *t, size_t row, size_t col, const char *s);
/* The cell (borrowed, lives as long as t); "" for one never set. */
const char *hl_table_get(const struct hl_table *t, size_t row, size_t col);
const char *hl_table_name(const struct hl_table *t, size_t col);
/* Accepts NULL; clears *t. */
void hl_table_free(struct hl_table **t);

#endif
