/* fake_store: see fake_store.h. */
#include "fake_store.h"

#include <stdio.h>
#include <string.h>

void
fake_store_reset(struct fake_store *s)
{
    s->n_rows = 0;
    s->uidvalidity = 0;
}

bool
fake_store_has_uid(const struct fake_store *s, uint32_t uidvalidity, uint32_t uid)
{
    for (int i = 0; i < s->n_rows; i++)
        if (s->rows[i].uidvalidity == uidvalidity && s->rows[i].uid == uid)
            return true;
    return false;
}

bool
fake_store_has_digest(const struct fake_store *s, const char *sha256)
{
    for (int i = 0; i < s->n_rows; i++)
        if (strcmp(s->rows[i].sha256, sha256) == 0)
            return true;
    return false;
}

static int
known_uids(void *st, int id, uint32_t uv, const uint32_t *uids, size_t n, bool *known,
           struct hl_err *err)
{
    struct fake_store *s = st;
    (void)id;
    if (fake_fault_before(s->fault, err))
        return -1;
    for (size_t i = 0; i < n; i++)
        known[i] = fake_store_has_uid(s, uv, uids[i]);
    return fake_fault_after(s->fault, err) ? -1 : 0;
}

static int
known_digests(void *st, int id, const char *const *d, size_t n, bool *dup, struct hl_err *err)
{
    struct fake_store *s = st;
    (void)id;
    if (fake_fault_before(s->fault, err))
        return -1;
    for (size_t i = 0; i < n; i++)
        dup[i] = fake_store_has_digest(s, d[i]);
    return fake_fault_after(s->fault, err) ? -1 : 0;
}

static int
set_uidvalidity(void *st, int id, uint32_t uv, uint32_t *prev, struct hl_err *err)
{
    struct fake_store *s = st;
    (void)id;
    if (fake_fault_before(s->fault, err))
        return -1;
    *prev = s->uidvalidity;
    s->uidvalidity = uv;
    return fake_fault_after(s->fault, err) ? -1 : 0;
}

static int
commit(void *st, int id, uint32_t uv, const char *unit, struct hl_intake_item *items, size_t n,
       struct hl_err *err)
{
    struct fake_store *s = st;
    (void)id;
    (void)unit;
    if (fake_fault_before(s->fault, err))
        return -1;
    if ((size_t)s->n_rows + n > FAKE_STORE_MAX)
        return hl_err_set(err, HL_ERR_TEMP, "fake store full (%d rows)", FAKE_STORE_MAX);
    for (size_t i = 0; i < n; i++) {
        struct fake_stored *r = &s->rows[s->n_rows++];
        r->uidvalidity = uv;
        r->uid = items[i].uid;
        memcpy(r->sha256, items[i].sha256, sizeof r->sha256);
        snprintf(items[i].case_code, sizeof items[i].case_code, "HL-2026-%06d", s->n_rows);
    }
    /* "after" = the commit reached the database but the answer was lost */
    return fake_fault_after(s->fault, err) ? -1 : 0;
}

static int
health(void *st, int id, const char *e, long w, long in, long fl, struct hl_err *err)
{
    (void)st;
    (void)id;
    (void)e;
    (void)w;
    (void)in;
    (void)fl;
    (void)err;
    return 0;
}

const struct hl_store_ops fake_store_ops = {
    .known_uids = known_uids,
    .known_digests = known_digests,
    .set_uidvalidity = set_uidvalidity,
    .commit = commit,
    .health = health,
};
