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
#include "fake_mailbox.h"
#include "fake_store.h"
#include "intake.h"

#define N_MSGS 7

/* One fault counter numbers the calls of both seams. */
static struct fake_fault fault;
static struct fake_store store = {.fault = &fault};
static struct fake_mailbox mbox = {
    .n = N_MSGS, .uidvalidity = 1000, .fault = &fault, .store = &store};

static void
reset_world(void)
{
    for (int i = 0; i < N_MSGS; i++) {
        free(mbox.msgs[i].raw);
        mbox.msgs[i].uid = (uint32_t)(10 + i * 3);
        mbox.msgs[i].raw = hl_xasprintf("From: Cong dan %d <citizen%d@example.com>\r\n"
                                        "To: phananh@soxd.example.vn\r\n"
                                        "Subject: =?UTF-8?B?Tmfhuq1wIMO6bmc=?= %d\r\n"
                                        "Message-ID: <m%d@example.com>\r\n"
                                        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                        "Nuoc ngap sau 40cm tai ngo %d.\r\n",
                                        i, i, i, i, i);
        mbox.msgs[i].in_inbox = true;
        mbox.msgs[i].processed = false;
    }
    fake_store_reset(&store);
    mbox.moved_unstored = false;
}

static void
check_world(const char *what)
{
    for (int i = 0; i < N_MSGS; i++) {
        int copies = 0;
        for (int r = 0; r < store.n_rows; r++)
            if (store.rows[r].uid == mbox.msgs[i].uid)
                copies++;
        CHECK_MSG(copies == 1, "%s: message uid %u stored %d times", what, mbox.msgs[i].uid,
                  copies);
        CHECK_MSG(mbox.msgs[i].processed && !mbox.msgs[i].in_inbox,
                  "%s: uid %u not in processed folder", what, mbox.msgs[i].uid);
    }
    CHECK_MSG(!mbox.moved_unstored, "%s: a message was moved before it was stored", what);
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
        .mops = &fake_mailbox_ops,
        .mb = &mbox,
        .sops = &fake_store_ops,
        .store = &store,
        .limits = &lim,
        .batch = 3,
    };

    /* Count the calls of a clean run to know how many failure points exist. */
    reset_world();
    fake_fault_arm(&fault, 0, false);
    CHECK_MSG(run_until_done(&ctx) == 0, "a clean run succeeds at once");
    check_world("clean run");
    int total_calls = fault.calls;
    CHECK_MSG(total_calls > 5, "clean run made %d seam calls", total_calls);

    for (int after = 0; after <= 1; after++) {
        for (int n = 1; n <= total_calls; n++) {
            char what[64];
            snprintf(what, sizeof what, "failure %s call %d", after ? "after" : "at", n);
            reset_world();
            fake_fault_arm(&fault, n, after);
            CHECK_MSG(run_until_done(&ctx) >= 0, "%s: never recovered", what);
            check_world(what);
        }
    }

    /* UIDVALIDITY change: same messages under new UIDs are not stored again. */
    reset_world();
    fault.fail_at = 0;
    for (int i = 0; i < N_MSGS; i++)
        mbox.msgs[i].in_inbox = i < 3; /* three already delivered */
    run_until_done(&ctx);
    for (int i = 0; i < N_MSGS; i++) {
        if (i < 3) {
            mbox.msgs[i].in_inbox = true; /* the server lost our move and renumbered */
            mbox.msgs[i].processed = false;
        }
        mbox.msgs[i].uid += 1000;
        mbox.msgs[i].in_inbox = true;
    }
    mbox.uidvalidity = 2000;
    run_until_done(&ctx);
    CHECK_MSG(store.n_rows == N_MSGS, "after UIDVALIDITY change %d rows, want %d", store.n_rows,
              N_MSGS);
    for (int i = 0; i < N_MSGS; i++)
        CHECK_MSG(!mbox.msgs[i].in_inbox, "uid %u left in inbox after re-sync", mbox.msgs[i].uid);

    for (int i = 0; i < N_MSGS; i++)
        free(mbox.msgs[i].raw);
    return check_report();
}
