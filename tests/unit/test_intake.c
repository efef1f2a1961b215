/*
 * Torture test of intake at its two seams (curl's torture tests, SQLite's
 * I/O-error tests): a fake mailbox and a fake store, and for every N, a run in
 * which call N fails (before or after its effect).  After each failure the
 * pass is simply run again, as the daemon would.  Invariants: every message
 * is stored exactly once, every message ends in the processed folder, and no
 * message is ever moved before it is stored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "intake.h"

#define N_MSGS 7

/* ---- failure injection ---- */
static int call_no, fail_at, fail_after_effect;
static bool violation;

/* Returns true when this call must fail before doing anything. */
static bool
fail_before(struct hl_err *err)
{
    call_no++;
    if (call_no == fail_at && !fail_after_effect) {
        hl_err_set(err, HL_ERR_TEMP, "injected failure at call %d", call_no);
        return true;
    }
    return false;
}

static bool
fail_after(struct hl_err *err)
{
    if (call_no == fail_at && fail_after_effect) {
        hl_err_set(err, HL_ERR_TEMP, "injected failure after call %d", call_no);
        return true;
    }
    return false;
}

/* ---- fake store ---- */
struct stored {
    uint32_t uidvalidity, uid;
    char sha256[65];
};
static struct stored store_rows[64];
static int n_rows;
static uint32_t store_uidvalidity;

static bool
stored_uid(uint32_t uv, uint32_t uid)
{
    for (int i = 0; i < n_rows; i++)
        if (store_rows[i].uidvalidity == uv && store_rows[i].uid == uid)
            return true;
    return false;
}

static int
f_known_uids(void *st, int id, uint32_t uv, const uint32_t *uids, size_t n, bool *known,
             struct hl_err *err)
{
    (void)st;
    (void)id;
    if (fail_before(err))
        return -1;
    for (size_t i = 0; i < n; i++)
        known[i] = stored_uid(uv, uids[i]);
    return fail_after(err) ? -1 : 0;
}

static int
f_known_digests(void *st, int id, const char *const *d, size_t n, bool *dup, struct hl_err *err)
{
    (void)st;
    (void)id;
    if (fail_before(err))
        return -1;
    for (size_t i = 0; i < n; i++) {
        dup[i] = false;
        for (int r = 0; r < n_rows; r++)
            if (strcmp(store_rows[r].sha256, d[i]) == 0)
                dup[i] = true;
    }
    return fail_after(err) ? -1 : 0;
}

static int
f_set_uidvalidity(void *st, int id, uint32_t uv, uint32_t *prev, struct hl_err *err)
{
    (void)st;
    (void)id;
    if (fail_before(err))
        return -1;
    *prev = store_uidvalidity;
    store_uidvalidity = uv;
    return fail_after(err) ? -1 : 0;
}

static int
f_commit(void *st, int id, uint32_t uv, const char *unit, struct hl_intake_item *items, size_t n,
         struct hl_err *err)
{
    (void)st;
    (void)id;
    (void)unit;
    if (fail_before(err))
        return -1;
    for (size_t i = 0; i < n; i++) {
        struct stored *s = &store_rows[n_rows++];
        s->uidvalidity = uv;
        s->uid = items[i].uid;
        memcpy(s->sha256, items[i].sha256, 65);
        snprintf(items[i].case_code, sizeof items[i].case_code, "HL-2026-%06d", n_rows);
    }
    /* "after" = the commit reached the database but the answer was lost */
    return fail_after(err) ? -1 : 0;
}

static int
f_health(void *st, int id, const char *e, long w, long in, long fl, struct hl_err *err)
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

static const struct hl_store_ops fake_store = {f_known_uids, f_known_digests, f_set_uidvalidity,
                                               f_commit, f_health};

/* ---- fake mailbox ---- */
struct fmsg {
    uint32_t uid;
    char *raw;
    bool in_inbox, processed;
};
static struct fmsg box[N_MSGS];
static uint32_t box_uidvalidity = 1000;

static int
f_select(void *mb, const char *folder, uint32_t *uv, uint32_t *exists, struct hl_err *err)
{
    (void)mb;
    (void)folder;
    if (fail_before(err))
        return -1;
    *uv = box_uidvalidity;
    *exists = 0;
    for (int i = 0; i < N_MSGS; i++)
        *exists += box[i].in_inbox;
    return fail_after(err) ? -1 : 0;
}

static int
f_list_uids(void *mb, uint32_t **uids, size_t *n, struct hl_err *err)
{
    (void)mb;
    if (fail_before(err))
        return -1;
    *uids = hl_xcalloc(N_MSGS, sizeof **uids);
    *n = 0;
    for (int i = 0; i < N_MSGS; i++)
        if (box[i].in_inbox)
            (*uids)[(*n)++] = box[i].uid;
    if (fail_after(err)) {
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
    (void)mb;
    (void)max;
    if (fail_before(err))
        return -1;
    *out = hl_xcalloc(n ? n : 1, sizeof **out);
    *n_out = 0;
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < N_MSGS; k++)
            if (box[k].uid == uids[i] && box[k].in_inbox) {
                struct hl_fetched *f = &(*out)[(*n_out)++];
                f->uid = box[k].uid;
                f->len = strlen(box[k].raw);
                f->data = (unsigned char *)hl_xstrdup(box[k].raw);
                f->full_size = f->len;
            }
    if (fail_after(err)) {
        hl_fetched_free(*out, *n_out);
        *out = NULL;
        return -1;
    }
    return 0;
}

static int
f_move(void *mb, const uint32_t *uids, size_t n, const char *dest, struct hl_err *err)
{
    (void)mb;
    (void)dest;
    if (fail_before(err))
        return -1;
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < N_MSGS; k++)
            if (box[k].uid == uids[i] && box[k].in_inbox) {
                if (!stored_uid(box_uidvalidity, uids[i])) {
                    /* a move before commit would be a lost message */
                    bool by_digest = false;
                    for (int r = 0; r < n_rows; r++) {
                        char d[65];
                        hl_sha256_hex(box[k].raw, strlen(box[k].raw), d);
                        by_digest |= strcmp(d, store_rows[r].sha256) == 0;
                    }
                    if (!by_digest)
                        violation = true;
                }
                box[k].in_inbox = false;
                box[k].processed = true;
            }
    return fail_after(err) ? -1 : 0;
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

static const struct hl_mailbox_ops fake_box = {
    .select = f_select,
    .list_uids = f_list_uids,
    .fetch = f_fetch,
    .move = f_move,
    .idle = f_idle,
    .has_idle = f_has_idle,
};

static void
reset_world(void)
{
    for (int i = 0; i < N_MSGS; i++) {
        free(box[i].raw);
        box[i].uid = (uint32_t)(10 + i * 3);
        box[i].raw = hl_xasprintf("From: Cong dan %d <citizen%d@example.com>\r\n"
                                  "To: phananh@soxd.example.vn\r\n"
                                  "Subject: =?UTF-8?B?Tmfhuq1wIMO6bmc=?= %d\r\n"
                                  "Message-ID: <m%d@example.com>\r\n"
                                  "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                  "Nuoc ngap sau 40cm tai ngo %d.\r\n",
                                  i, i, i, i, i);
        box[i].in_inbox = true;
        box[i].processed = false;
    }
    n_rows = 0;
    store_uidvalidity = 0;
    violation = false;
}

static void
check_world(const char *what)
{
    for (int i = 0; i < N_MSGS; i++) {
        int copies = 0;
        for (int r = 0; r < n_rows; r++)
            if (store_rows[r].uid == box[i].uid)
                copies++;
        CHECK_MSG(copies == 1, "%s: message uid %u stored %d times", what, box[i].uid, copies);
        CHECK_MSG(box[i].processed && !box[i].in_inbox, "%s: uid %u not in processed folder", what,
                  box[i].uid);
    }
    CHECK_MSG(!violation, "%s: a message was moved before it was stored", what);
}

/* Runs passes until one succeeds (at most 20), as the daemon's retry loop does. */
static int
run_until_done(struct hl_intake_ctx *ctx)
{
    for (int attempt = 0; attempt < 20; attempt++) {
        struct hl_intake_stats st;
        struct hl_err err = {0};
        if (hl_intake_run(ctx, &st, &err) == 0)
            return attempt;
    }
    return -1;
}

int
main(void)
{
    struct hl_limits lim = {.message_budget_ms = 5000};
    hl_log_set_level(HL_LOG_ERROR);
    hl_mime_limits_default(&lim.mime);
    struct hl_mailbox_cfg mbcfg = {.inbox = "INBOX", .processed = "Processed"};
    struct hl_intake_ctx ctx = {
        .unit = "so-xd",
        .mailbox_id = 1,
        .mbcfg = &mbcfg,
        .mops = &fake_box,
        .sops = &fake_store,
        .limits = &lim,
        .batch = 3,
    };

    /* Count the calls of a clean run to know how many failure points exist. */
    reset_world();
    fail_at = 0;
    call_no = 0;
    CHECK_MSG(run_until_done(&ctx) == 0, "a clean run succeeds at once");
    check_world("clean run");
    int total_calls = call_no;
    CHECK_MSG(total_calls > 5, "clean run made %d seam calls", total_calls);

    for (int after = 0; after <= 1; after++) {
        for (int n = 1; n <= total_calls; n++) {
            char what[64];
            snprintf(what, sizeof what, "failure %s call %d", after ? "after" : "at", n);
            reset_world();
            fail_at = n;
            fail_after_effect = after;
            call_no = 0;
            CHECK_MSG(run_until_done(&ctx) >= 0, "%s: never recovered", what);
            check_world(what);
        }
    }

    /* UIDVALIDITY change: same messages under new UIDs are not stored again. */
    reset_world();
    fail_at = 0;
    for (int i = 0; i < N_MSGS; i++)
        box[i].in_inbox = i < 3; /* three already delivered */
    run_until_done(&ctx);
    for (int i = 0; i < N_MSGS; i++) {
        if (i < 3) {
            box[i].in_inbox = true; /* the server lost our move and renumbered */
            box[i].processed = false;
        }
        box[i].uid += 1000;
        box[i].in_inbox = true;
    }
    box_uidvalidity = 2000;
    run_until_done(&ctx);
    CHECK_MSG(n_rows == N_MSGS, "after UIDVALIDITY change %d rows, want %d", n_rows, N_MSGS);
    for (int i = 0; i < N_MSGS; i++)
        CHECK_MSG(!box[i].in_inbox, "uid %u left in inbox after re-sync", box[i].uid);

    for (int i = 0; i < N_MSGS; i++)
        free(box[i].raw);
    return check_report();
}
