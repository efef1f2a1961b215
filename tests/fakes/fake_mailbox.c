/* fake_mailbox: see fake_mailbox.h. */
#include "fake_mailbox.h"

#include <stdlib.h>
#include <string.h>

static int
f_select(void *mb, const char *folder, uint32_t *uv, uint32_t *exists, struct hl_err *err)
{
    struct fake_mailbox *b = mb;
    (void)folder;
    if (fake_fault_before(b->fault, err))
        return -1;
    *uv = b->uidvalidity;
    *exists = 0;
    for (int i = 0; i < b->n; i++)
        *exists += b->msgs[i].in_inbox;
    return fake_fault_after(b->fault, err) ? -1 : 0;
}

static int
f_list_uids(void *mb, uint32_t **uids, size_t *n, struct hl_err *err)
{
    struct fake_mailbox *b = mb;
    if (fake_fault_before(b->fault, err))
        return -1;
    *uids = hl_xcalloc(b->n ? (size_t)b->n : 1, sizeof **uids);
    *n = 0;
    for (int i = 0; i < b->n; i++)
        if (b->msgs[i].in_inbox)
            (*uids)[(*n)++] = b->msgs[i].uid;
    if (fake_fault_after(b->fault, err)) {
        free(*uids);
        *uids = NULL;
        return -1;
    }
    return 0;
}

static int
f_fetch(void *mb, const uint32_t *uids, size_t n, size_t max, struct hl_fetched **out,
        size_t *n_out, struct hl_err *err)
{
    struct fake_mailbox *b = mb;
    (void)max;
    if (fake_fault_before(b->fault, err))
        return -1;
    *out = hl_xcalloc(n ? n : 1, sizeof **out);
    *n_out = 0;
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < b->n; k++)
            if (b->msgs[k].uid == uids[i] && b->msgs[k].in_inbox) {
                struct hl_fetched *f = &(*out)[(*n_out)++];
                f->uid = b->msgs[k].uid;
                f->len = strlen(b->msgs[k].raw);
                f->data = (unsigned char *)hl_xstrdup(b->msgs[k].raw);
                f->full_size = f->len;
            }
    if (fake_fault_after(b->fault, err)) {
        hl_fetched_free(*out, *n_out);
        *out = NULL;
        return -1;
    }
    return 0;
}

static int
f_move(void *mb, const uint32_t *uids, size_t n, const char *dest, struct hl_err *err)
{
    struct fake_mailbox *b = mb;
    (void)dest;
    if (fake_fault_before(b->fault, err))
        return -1;
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < b->n; k++) {
            struct fake_msg *m = &b->msgs[k];
            if (m->uid != uids[i] || !m->in_inbox)
                continue;
            if (b->store != NULL && !fake_store_has_uid(b->store, b->uidvalidity, m->uid)) {
                /* a move before commit would be a lost message */
                char d[65];
                hl_sha256_hex(m->raw, strlen(m->raw), d);
                if (!fake_store_has_digest(b->store, d))
                    b->moved_unstored = true;
            }
            m->in_inbox = false;
            m->processed = true;
        }
    return fake_fault_after(b->fault, err) ? -1 : 0;
}

static int
f_idle(void *mb, int ms, struct hl_err *err)
{
    (void)mb;
    (void)ms;
    (void)err;
    return 0;
}

static bool
f_has_idle(void *mb)
{
    (void)mb;
    return false;
}

const struct hl_mailbox_ops fake_mailbox_ops = {
    .select = f_select,
    .list_uids = f_list_uids,
    .fetch = f_fetch,
    .move = f_move,
    .idle = f_idle,
    .has_idle = f_has_idle,
};
