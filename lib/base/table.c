/*
 * table: rows of text under named columns (table.h).
 */
#include "table.h"

#include <stdlib.h>

#include "util.h"

struct hl_table *
hl_table_new(size_t n_cols, size_t n_rows)
{
    struct hl_table *t = hl_xcalloc(1, sizeof *t);
    t->n_cols = n_cols;
    t->n_rows = n_rows;
    t->names = hl_xcalloc(n_cols ? n_cols : 1, sizeof *t->names);
    size_t n_cells = n_cols * n_rows;
    t->cells = hl_xcalloc(n_cells ? n_cells : 1, sizeof *t->cells);
    return t;
}

void
hl_table_set_name(struct hl_table *t, size_t col, const char *s)
{
    HL_ASSERT(col < t->n_cols);
    free(t->names[col]);
    t->names[col] = hl_xstrdup(s ? s : "");
}

void
hl_table_set(struct hl_table *t, size_t row, size_t col, const char *s)
{
    HL_ASSERT(row < t->n_rows && col < t->n_cols);
    char **cell = &t->cells[row * t->n_cols + col];
    free(*cell);
    *cell = hl_xstrdup(s ? s : "");
}

const char *
hl_table_get(const struct hl_table *t, size_t row, size_t col)
{
    HL_ASSERT(row < t->n_rows && col < t->n_cols);
    const char *s = t->cells[row * t->n_cols + col];
    return s ? s : "";
}

const char *
hl_table_name(const struct hl_table *t, size_t col)
{
    HL_ASSERT(col < t->n_cols);
    return t->names[col] ? t->names[col] : "";
}

void
hl_table_free(struct hl_table **tp)
{
    struct hl_table *t = *tp;
    if (t == NULL)
        return;
    for (size_t i = 0; i < t->n_cols; i++)
        free(t->names[i]);
    for (size_t i = 0; i < t->n_cols * t->n_rows; i++)
        free(t->cells[i]);
    free(t->names);
    free(t->cells);
    free(t);
    *tp = NULL;
}
