/*
 * Torture test of intake at its two seams (curl's torture tests, SQLite's
 * I/O-error tests): a fake mailbox and a fake store, and for every N, a run in
 * which call N fails (before or after its effect).  After each failure the
 * pass is simply run again, as the daemon would.  Invariants: every message
 * is stored exactly once, every message ends in the processed folder, and no
 * message is ever moved before it is stored.
 *
 * Then the same with replies to an existing case mixed in (the citizen, a
 * clerk with and without a verified reply tag, a stranger): whatever call
 * fails, each mail acts on its case exactly once, as reply.h decides (one
 * relay per verified answer, the status moved once, one notice per clerk
 * for the citizen's addition, one "unverified" notice for two forgeries);
 * and a case changed by someone else between read and commit is read again
 * and decided on as it is then.  And a bad batch: mail the store refuses
 * as it is is found by committing one by one and stored raw only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fake_mailbox.h"
#include "fake_store.h"
#include "intake.h"
#include "trust.h"

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

/* ---- replies ---- */

#define N_REPLY_MSGS 9
#define CASE "HL-2026-900001"
#define CLERK "thu.nt@soxd.example.vn"

static struct hl_trust_key key;
static const char *domains[] = {"soxd.example.vn"};
static const struct hl_trust_policy trust = {&key, domains, 1, NULL};

static void
seed_case(void)
{
    struct fake_case *k = &store.cases[store.n_cases++];
    memset(k, 0, sizeof *k);
    k->code = CASE;
    k->unit = "so-xd";
    k->citizen = "dan@example.com";
    k->kind = "feedback";
    k->status = "open";
    k->clerks[0] = CLERK;
    k->clerks[1] = "lan.pt@soxd.example.vn";
    k->n_clerks = 2;
}

static char *
reply_mail(int i, const char *from, const char *to, const char *subject)
{
    return hl_xasprintf("From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\n"
                        "Message-ID: <r%d@example.com>\r\n"
                        "Content-Type: text/plain; charset=utf-8\r\n\r\nTra loi %d.\r\n",
                        from, to, subject, i, i);
}

static void
reset_replies(void)
{
    struct hl_buf tagged;
    struct hl_err err = {0};
    hl_buf_init(&tagged);
    if (hl_trust_reply_address(&key, "phananh@soxd.example.vn", CASE, CLERK,
                               hl_clock_now() + 30 * 86400, &tagged, &err) < 0)
        abort();
    const char *to = "phananh@soxd.example.vn";
    for (int i = 0; i < FAKE_MAILBOX_MAX; i++) {
        free(mbox.msgs[i].raw);
        mbox.msgs[i].raw = NULL;
    }
    for (int i = 0; i < N_REPLY_MSGS; i++) {
        struct fake_msg *m = &mbox.msgs[i];
        m->uid = (uint32_t)(100 + i);
        m->in_inbox = true;
        m->processed = false;
    }
    /* Three batches of three; two mails of the first batch name the case. */
    mbox.msgs[0].raw = reply_mail(0, "dan@example.com", to, "Re: [" CASE "] bo sung");
    mbox.msgs[1].raw = reply_mail(1, CLERK, tagged.data, "Re: [" CASE "] tra loi");
    mbox.msgs[2].raw = reply_mail(2, "moi@example.com", to, "Phan anh moi");
    mbox.msgs[3].raw = reply_mail(3, CLERK, to, "Re: [" CASE "] gia mao");
    mbox.msgs[4].raw = reply_mail(4, CLERK, to, "Re: [" CASE "] gia mao 2");
    mbox.msgs[5].raw = reply_mail(5, "x@evil.example", to, "Re: [" CASE "] hello");
    mbox.msgs[6].raw = reply_mail(6, CLERK, tagged.data, "Re: [" CASE "] tra loi 2");
    mbox.msgs[7].raw = reply_mail(7, "dan@example.com", to, "Re: [HL-2026-999999] khong co");
    mbox.msgs[8].raw = reply_mail(8, "b@example.com", to, "Phan anh");
    mbox.n = N_REPLY_MSGS;
    hl_buf_fini(&tagged);
    fake_store_reset(&store);
    seed_case();
    mbox.moved_unstored = false;
}

static void
check_replies(const char *what, const char *status)
{
    for (int i = 0; i < N_REPLY_MSGS; i++) {
        int copies = 0;
        for (int r = 0; r < store.n_rows; r++)
            copies += store.rows[r].uid == mbox.msgs[i].uid;
        CHECK_MSG(copies == 1, "%s: reply uid %u stored %d times", what, mbox.msgs[i].uid, copies);
        CHECK_MSG(mbox.msgs[i].processed && !mbox.msgs[i].in_inbox, "%s: uid %u not processed",
                  what, mbox.msgs[i].uid);
    }
    CHECK_MSG(!mbox.moved_unstored, "%s: a message was moved before it was stored", what);
    static const enum hl_reply_role want[N_REPLY_MSGS] = {HL_REPLY_CITIZEN,
                                                          HL_REPLY_CLERK,
                                                          HL_REPLY_NONE,
                                                          HL_REPLY_CLERK_UNVERIFIED,
                                                          HL_REPLY_CLERK_UNVERIFIED,
                                                          HL_REPLY_STRANGER,
                                                          HL_REPLY_CLERK,
                                                          HL_REPLY_NONE,
                                                          HL_REPLY_NONE};
    for (int r = 0; r < store.n_rows; r++)
        CHECK_MSG(store.rows[r].role == want[store.rows[r].uid - 100], "%s: uid %u as %s", what,
                  store.rows[r].uid, hl_reply_role_name(store.rows[r].role));
    const struct fake_case *k = &store.cases[0];
    CHECK_MSG(k->relays == 2 && k->answers == 2, "%s: %d relays, %d answers", what, k->relays,
              k->answers);
    CHECK_MSG(k->notices == 2, "%s: %d notices of the citizen's addition", what, k->notices);
    CHECK_MSG(k->unverified_notices == 1, "%s: %d unverified notices", what, k->unverified_notices);
    CHECK_MSG(k->flagged && k->answered, "%s: flagged %d answered %d", what, k->flagged,
              k->answered);
    CHECK_MSG(strcmp(k->status, status) == 0, "%s: status %s, want %s", what, k->status, status);
}

/* A clerk puts the case in progress while intake commits. */
static void
in_progress(struct fake_store *s)
{
    s->cases[0].status = "in_progress";
}

static void
test_replies(struct hl_intake_ctx *ctx)
{
    struct hl_err err = {0};
    static const unsigned char secret[] = "hotline-test-reply-key-0123456789";
    REQUIRE(hl_trust_key_init(&key, secret, sizeof secret - 1, &err) == 0);
    ctx->trust = &trust;

    reset_replies();
    fake_fault_arm(&fault, 0, false);
    CHECK_MSG(run_until_done(ctx) == 0, "replies: a clean run succeeds at once");
    check_replies("replies, clean run", "answered");
    CHECK_INT(store.stale, 0);
    int total_calls = fault.calls;
    for (int after = 0; after <= 1; after++) {
        for (int n = 1; n <= total_calls; n++) {
            char what[64];
            snprintf(what, sizeof what, "replies: failure %s call %d", after ? "after" : "at", n);
            reset_replies();
            fake_fault_arm(&fault, n, after);
            CHECK_MSG(run_until_done(ctx) >= 0, "%s: never recovered", what);
            check_replies(what, "answered");
        }
    }

    /* Changed between read and commit: refused, read again, decided on the
     * case as it is (in progress: the answer no longer moves it). */
    reset_replies();
    fake_fault_arm(&fault, 0, false);
    store.meddle = in_progress;
    CHECK_MSG(run_until_done(ctx) == 0, "replies: a changed case costs no pass");
    check_replies("replies, case changed", "in_progress");
    CHECK_INT(store.stale, 1);

    /* The bad batch: the store refuses two mails as they are (a new one
     * and the stranger's).  Whatever call fails, each is stored once, raw
     * only, the rest as they are, and the stranger's still flags the case
     * (as a mail from nobody it knows). */
    for (int after = 0; after <= 1; after++) {
        for (int n = 0; n <= total_calls + 8; n++) {
            char what[64];
            snprintf(what, sizeof what, "bad batch: failure %s call %d", after ? "after" : "at", n);
            reset_replies();
            store.refuse[store.n_refuse++] = 102;
            store.refuse[store.n_refuse++] = 105;
            fake_fault_arm(&fault, n, after);
            CHECK_MSG(run_until_done(ctx) >= 0, "%s: never recovered", what);
            check_replies(what, "answered");
            for (int r = 0; r < store.n_rows; r++)
                CHECK_MSG(store.rows[r].raw_only ==
                              (store.rows[r].uid == 102 || store.rows[r].uid == 105),
                          "%s: uid %u raw only %d", what, store.rows[r].uid,
                          store.rows[r].raw_only);
        }
    }

    for (int i = 0; i < N_REPLY_MSGS; i++) {
        free(mbox.msgs[i].raw);
        mbox.msgs[i].raw = NULL;
    }
    ctx->trust = NULL;
    hl_trust_key_fini(&key);
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

    test_replies(&ctx);
    return check_report();
}
