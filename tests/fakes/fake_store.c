/* fake_store: see fake_store.h. */
#include "fake_store.h"

#include <stdio.h>
#include <string.h>

void
fake_store_reset(struct fake_store *s)
{
    s->n_rows = 0;
    s->uidvalidity = 0;
    s->n_cases = 0;
    s->meddle = NULL;
    s->stale = 0;
    s->n_refuse = 0;
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

static struct fake_case *
find_case(struct fake_store *s, const char *code)
{
    for (int i = 0; code && i < s->n_cases; i++)
        if (strcmp(s->cases[i].code, code) == 0)
            return &s->cases[i];
    return NULL;
}

static int
case_views(void *st, const char *const *codes, size_t n, struct hl_arena *a,
           struct hl_case_view *views, struct hl_err *err)
{
    struct fake_store *s = st;
    if (fake_fault_before(s->fault, err))
        return -1;
    memset(views, 0, n * sizeof *views);
    for (size_t i = 0; i < n; i++) {
        const struct fake_case *k = find_case(s, codes[i]);
        if (k == NULL)
            continue;
        struct hl_case_view *v = &views[i];
        v->found = true;
        v->named = v->code = hl_arena_strdup(a, k->code);
        v->unit = k->unit;
        v->status = hl_arena_strdup(a, k->status);
        v->citizen = v->named_citizen = k->citizen;
        v->undeliverable = k->undeliverable;
        v->answered = k->answered;
        v->kind = k->kind;
        v->accused_unit = k->accused;
        v->clerks = k->clerks;
        v->n_clerks = k->n_clerks;
        v->unverified_recent = k->unverified_notices > 0;
    }
    return fake_fault_after(s->fault, err) ? -1 : 0;
}

/* Whether the case is still what the plan was made on (the store's check). */
static bool
view_holds(const struct fake_case *k, const struct hl_case_view *v)
{
    return k && strcmp(k->status, v->status) == 0 && k->answered == v->answered &&
           k->undeliverable == v->undeliverable &&
           (k->unverified_notices > 0) == v->unverified_recent;
}

/* What the store's statement does with a plan. */
static void
apply_plan(struct fake_case *k, const struct hl_reply_plan *p)
{
    if (p->status_to)
        k->status = p->status_to;
    k->answered = k->answered || p->answer;
    k->answers += p->answer;
    k->notes += p->internal_note;
    k->relays += p->relay_to != NULL;
    k->notices += (int)p->n_notice;
    k->unverified_notices += p->notice_unverified;
    k->flagged = k->flagged || p->flag_reason != NULL;
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
    for (size_t i = 0; i < n; i++)
        for (int j = 0; j < s->n_refuse; j++)
            if (items[i].uid == s->refuse[j] && !items[i].raw_only)
                return hl_err_set(err, HL_ERR_INPUT, "fake store refuses uid %u", items[i].uid);
    if (s->meddle) {
        s->meddle(s);
        s->meddle = NULL;
    }
    /* All or nothing: first every plan's case as it was read (a mail's view
     * already includes what the batch's earlier mail does to its case). */
    struct fake_case before[FAKE_STORE_CASES];
    memcpy(before, s->cases, sizeof before);
    for (size_t i = 0; i < n; i++) {
        const struct hl_intake_item *it = &items[i];
        struct fake_case *k = it->view.found ? find_case(s, it->view.code) : NULL;
        if (it->thread_code[0] && !it->view.found && find_case(s, it->thread_code) != NULL)
            k = NULL; /* read as missing, exists now */
        else if (!it->view.found)
            continue;
        if (!view_holds(k, &it->view)) {
            memcpy(s->cases, before, sizeof before);
            s->stale++;
            return 1;
        }
        apply_plan(k, &it->reply);
    }
    for (size_t i = 0; i < n; i++) {
        struct fake_stored *r = &s->rows[s->n_rows++];
        r->uidvalidity = uv;
        r->uid = items[i].uid;
        r->role = items[i].reply.role;
        r->raw_only = items[i].raw_only;
        memcpy(r->sha256, items[i].sha256, sizeof r->sha256);
        if (items[i].view.found)
            snprintf(items[i].case_code, sizeof items[i].case_code, "~%s", items[i].view.code);
        else
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
    .case_views = case_views,
    .commit = commit,
    .health = health,
};
