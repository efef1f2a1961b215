/* fake_outbox_store: see fake_outbox_store.h. */
#include "fake_outbox_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
fake_log(char *log, const char *what)
{
    if (log == NULL)
        return;
    size_t n = strlen(log);
    snprintf(log + n, FAKE_LOG_MAX - n, "%s", what);
}

void
fake_outbox_store_fini(struct fake_outbox_store *s)
{
    for (size_t i = 0; i < FAKE_OUTBOX_ROWS; i++) {
        free(s->saved[i]);
        s->saved[i] = NULL;
    }
}

static int
claim(void *st, const char *owner, int64_t now, int batch, struct hl_arena *a,
      struct hl_outbox_row **rows_out, size_t *n_out, struct hl_err *err)
{
    struct fake_outbox_store *f = st;
    (void)owner;
    (void)now;
    (void)a;
    (void)batch;
    f->claims++;
    if (f->fail_claim)
        return hl_err_set(err, HL_ERR_TEMP, "database down");
    if (fake_fault_before(f->fault, err))
        return -1;
    for (size_t i = 0; i < f->n; i++) {
        /* A saved row comes back with its bytes, as the database would. */
        if (f->saved[i]) {
            f->rows[i].data = f->saved[i];
            f->rows[i].data_len = f->saved_len[i];
            f->rows[i].mail_from = f->saved_from[i];
        }
        f->rows[i].attempts++;
    }
    bool due = f->n_marked[0] == 0 || f->marked[0].status == HL_OUTBOX_PENDING;
    *rows_out = f->rows;
    *n_out = due ? f->n : 0;
    fake_log(f->log, "claim ");
    return fake_fault_after(f->fault, err) ? -1 : 0;
}

static int
save(void *st, int64_t id, const unsigned char *data, size_t len, const char *mail_from,
     struct hl_err *err)
{
    struct fake_outbox_store *f = st;
    if (id < 1 || (size_t)id > FAKE_OUTBOX_ROWS)
        return hl_err_set(err, HL_ERR_INPUT, "fake outbox: no row %lld", (long long)id);
    if (fake_fault_before(f->fault, err))
        return -1;
    size_t i = (size_t)id - 1;
    free(f->saved[i]);
    f->saved[i] = hl_xmalloc(len ? len : 1);
    memcpy(f->saved[i], data, len);
    f->saved_len[i] = len;
    snprintf(f->saved_from[i], sizeof f->saved_from[i], "%s", mail_from);
    fake_log(f->log, "save ");
    return fake_fault_after(f->fault, err) ? -1 : 0;
}

static int
mark(void *st, const struct hl_outbox_row *row, const struct hl_outbox_outcome *o, int64_t now,
     struct hl_err *err)
{
    struct fake_outbox_store *f = st;
    (void)now;
    if (row->id < 1 || (size_t)row->id > FAKE_OUTBOX_ROWS)
        return hl_err_set(err, HL_ERR_INPUT, "fake outbox: no row %lld", (long long)row->id);
    if (fake_fault_before(f->fault, err))
        return -1;
    size_t i = (size_t)row->id - 1;
    f->marked[i] = *o;
    f->marked[i].reply = ""; /* o->reply does not outlive the call */
    f->n_marked[i]++;
    fake_log(f->log, "mark ");
    return fake_fault_after(f->fault, err) ? -1 : 0;
}

const struct hl_outbox_store_ops fake_outbox_store_ops = {
    .claim = claim,
    .save = save,
    .mark = mark,
};
