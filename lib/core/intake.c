/*
 * intake: see intake.h.  The order of operations is the whole point:
 * fetch -> decode -> classify -> commit (one transaction per batch) -> move.
 * Nothing is moved before its commit, and a message found already committed
 * is only moved.
 */
#include "intake.h"

#include "compose.h"
#include "dedup.h"
#include "metrics.h"
#include "thread.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* Which existing case the message names, strongest evidence first: our own
 * Message-ID quoted by the mail client, the tag in the subject, then the
 * body marker that survives clients which drop headers. */
static void
find_thread(const struct hl_intake_ctx *ctx, const struct hl_message *msg,
            struct hl_intake_item *it)
{
    const char *prefix = ctx->case_prefix ? ctx->case_prefix : "HL";
    char *code = it->thread_code;
    size_t cap = sizeof it->thread_code;
    if (ctx->mail_domain &&
        ((msg->in_reply_to &&
          hl_thread_find_case_in_ids(msg->in_reply_to, prefix, ctx->mail_domain, code, cap)) ||
         (msg->references &&
          hl_thread_find_case_in_ids(msg->references, prefix, ctx->mail_domain, code, cap))))
        return;
    if (msg->subject && hl_thread_find_case(msg->subject, prefix, code, cap))
        return;
    if (hl_thread_find_marker(msg->text, prefix, code, cap))
        return;
    code[0] = '\0';
}

/* Whether a mail that names a case may act on it as its unit's answer,
 * should its From be a clerk's (which only the store knows): the reply tag
 * and the mail server's Authentication-Results (trust.h). */
static void
check_trust(const struct hl_intake_ctx *ctx, struct hl_message *msg, struct hl_intake_item *it)
{
    struct hl_arena *a = &msg->arena;
    if (ctx->trust == NULL) {
        it->cls.clerk_unverified = "reply authentication is not configured";
        return;
    }
    /* Where the mail was delivered, and what the mail servers said of it,
     * topmost first: the headers in the order they were written. */
    const char **rcpts = hl_arena_alloc(a, (msg->n_headers + 1) * sizeof *rcpts);
    const char **ar = hl_arena_alloc(a, (msg->n_headers + 1) * sizeof *ar);
    size_t n_rcpts = 0, n_ar = 0;
    for (size_t i = 0; i < msg->n_headers; i++) {
        const char *name = msg->headers[i].name;
        if (strcasecmp(name, "Authentication-Results") == 0)
            ar[n_ar++] = msg->headers[i].value;
        else if (strcasecmp(name, "Delivered-To") == 0 || strcasecmp(name, "X-Original-To") == 0 ||
                 strcasecmp(name, "To") == 0 || strcasecmp(name, "Cc") == 0)
            rcpts[n_rcpts++] = msg->headers[i].value;
    }
    struct hl_trust_mail m = {
        .case_code = it->thread_code,
        .from = msg->from.address,
        .rcpts = rcpts,
        .n_rcpts = n_rcpts,
        .in_reply_to = msg->in_reply_to,
        .references = msg->references,
        .auth_results = ar,
        .n_auth_results = n_ar,
    };
    char why[256];
    if (hl_trust_check(ctx->trust, &m, hl_clock_now(), why, sizeof why) != HL_TRUST_VERIFIED)
        it->cls.clerk_unverified = hl_arena_strdup(a, why);
}

/* The identity of a mail that opens a case, for the store's one case per
 * letter (dedup.h). */
static void
letter_key(const struct hl_intake_ctx *ctx, const struct hl_message *msg, struct hl_intake_item *it)
{
    struct hl_letter l = {
        .sender = msg->from.address,
        .message_id = msg->message_id,
        .text = msg->text,
        .mailbox = ctx->unit,
    };
    hl_dedup_key(&l, it->letter_key);
}

/* Fills one item from one fetched message: decode, classify, note problems. */
static void
prepare(struct hl_intake_ctx *ctx, const struct hl_fetched *f, struct hl_intake_item *it,
        struct hl_message **msg_out)
{
    const struct hl_limits *lim = ctx->limits;
    int64_t t0 = hl_now_mono_ms();
    struct hl_message *msg = hl_mime_parse(f->data, f->len, &lim->mime);
    struct hl_buf notes;

    hl_buf_init(&notes);
    memset(it, 0, sizeof *it);
    it->uid = f->uid;
    it->raw = f->data;
    it->raw_len = f->len;
    it->full_size = f->full_size;
    it->truncated = f->truncated;
    it->arrived_at = f->arrived_at;
    hl_sha256_hex(f->data, f->len, it->sha256);
    it->msg = msg;
    it->flagged = (msg->flags & (HL_MSG_MALFORMED | HL_MSG_OVER_LIMIT)) != 0;
    if (msg->problems)
        hl_buf_puts(&notes, msg->problems);
    if (f->truncated) {
        if (notes.len)
            hl_buf_putc(&notes, '\n');
        hl_buf_printf(&notes,
                      "message is %zu bytes, over the limit of %zu; only the first %zu bytes "
                      "were fetched and stored",
                      f->full_size, lim->mime.max_message_bytes, f->len);
        it->flagged = true;
    }

    memset(&it->cls, 0, sizeof it->cls);
    it->cls.category = "uncategorized";
    it->cls.unit = ctx->unit;
    it->cls.priority = 1;
    it->cls.deadline_days = -1;
    it->cls.trace_json = "[]";
    it->cls.fields_json = "{}";
    if (f->len == 0) {
        it->cls.no_case = "empty";
        it->cls.no_case_reason = "the message has no content at all";
    } else if (ctx->classify &&
               ctx->classify(ctx->classify_ctx, msg, ctx->unit, &msg->arena, &it->cls) < 0) {
        if (notes.len)
            hl_buf_putc(&notes, '\n');
        hl_buf_puts(&notes, "classification failed; left with the receiving unit");
        it->flagged = true;
    }
    if (it->cls.no_case == NULL && f->len > 0) {
        find_thread(ctx, msg, it);
        if (it->thread_code[0])
            check_trust(ctx, msg, it);
        else
            letter_key(ctx, msg, it);
    }
    if (it->cls.review) {
        if (notes.len)
            hl_buf_putc(&notes, '\n');
        hl_buf_puts(&notes, it->cls.review);
        it->flagged = true;
    }
    if (it->cls.limit_hit) {
        if (notes.len)
            hl_buf_putc(&notes, '\n');
        hl_buf_puts(&notes, "a rule pattern hit its match limit; classification may be incomplete");
        it->flagged = true;
    }
    int64_t spent = hl_now_mono_ms() - t0;
    if (spent > lim->message_budget_ms) {
        if (notes.len)
            hl_buf_putc(&notes, '\n');
        hl_buf_printf(&notes, "decoding and classification took %lld ms, over the budget of %d ms",
                      (long long)spent, lim->message_budget_ms);
        it->flagged = true;
    }
    it->problems = notes.len ? hl_arena_strndup(&msg->arena, notes.data, notes.len) : NULL;
    hl_buf_fini(&notes);
    *msg_out = msg;
}

/* Reads the cases the items name and plans what each mail does to its
 * case (reply.h).  Two mails of one batch may name the same case: the later
 * one is planned on the case as the earlier one's commit will leave it, which
 * is also what the store checks it against.  No read when no item names a
 * case (the bulk of intake: new mail). */
static int
plan_replies(struct hl_intake_ctx *ctx, struct hl_intake_item *items, size_t n, struct hl_arena *a,
             struct hl_err *err)
{
    const char **codes = hl_arena_alloc(a, (n + 1) * sizeof *codes);
    struct hl_case_view *after = hl_arena_alloc(a, (n + 1) * sizeof *after);
    size_t named = 0;
    for (size_t i = 0; i < n; i++) {
        codes[i] = items[i].thread_code[0] ? items[i].thread_code : NULL;
        named += codes[i] != NULL;
        memset(&items[i].view, 0, sizeof items[i].view);
        memset(&items[i].reply, 0, sizeof items[i].reply);
    }
    if (named == 0)
        return 0;
    if (ctx->sops->case_views(ctx->store, codes, n, a, after, err) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        struct hl_intake_item *it = &items[i];
        if (codes[i] == NULL || !after[i].found)
            continue;
        for (size_t j = i; j-- > 0;)
            if (after[j].found && strcmp(after[j].code, after[i].code) == 0) {
                after[i] = after[j];
                break;
            }
        it->view = after[i];
        struct hl_sender s = {
            /* Stored raw only, without its From: nobody the case knows,
             * so flagged as a stranger's and never relayed. */
            .address = it->raw_only ? NULL : it->msg->from.address,
            .clerk_command = it->cls.clerk_command,
            .unverified = it->cls.clerk_unverified,
        };
        hl_reply_plan(&it->view, &s, a, &it->reply);
        hl_reply_apply(&after[i], &it->reply);
    }
    return 0;
}

/* How often a batch is planned again when its cases keep changing under it
 * before intake commits it mail by mail. */
#define STALE_RETRIES 2

/* Plans and commits items[0..n): the decisions in C are made on what the
 * store read a moment before, and the commit checks that read still holds
 * (hl_store_ops.commit returns 1 otherwise, having committed nothing), so
 * a case another daemon or a clerk's command changed in between is read
 * again rather than acted on as it was.  Mail by mail in the end, which no
 * other mail of the batch can invalidate.
 *
 * The bad batch: when the store refuses the data itself (HL_ERR_INPUT: a
 * value the database will never take), the batch is committed mail by mail
 * to find the one, and that one is stored raw only (flagged), so that one
 * hostile message never blocks its mailbox.  From the first single commit on,
 * part of the batch may be committed: a later failure fails the pass, and the
 * next pass moves what is stored and commits the rest. */
static int
commit_batch(struct hl_intake_ctx *ctx, uint32_t uidvalidity, struct hl_intake_item *items,
             size_t n, struct hl_err *err)
{
    struct hl_arena a;
    int rc = -1;
    hl_arena_init(&a);
    for (int attempt = 0; attempt <= STALE_RETRIES; attempt++) {
        if (plan_replies(ctx, items, n, &a, err) < 0)
            goto out;
        rc = ctx->sops->commit(ctx->store, ctx->mailbox_id, uidvalidity, ctx->unit, items, n, err);
        if (rc < 0 && err->kind == HL_ERR_INPUT)
            break;
        if (rc <= 0)
            goto out;
        hl_info("mbox=%s: a case changed while its mail was being committed; reading it again",
                ctx->unit);
    }
    if (rc < 0 && n == 1) {
        if (items[0].raw_only)
            goto out;
        hl_warn("mbox=%s uid=%u: refused (%s); storing raw bytes only", ctx->unit, items[0].uid,
                err->msg);
        items[0].raw_only = true;
        items[0].flagged = true;
        rc = commit_batch(ctx, uidvalidity, items, 1, err);
        goto out;
    }
    if (rc < 0)
        hl_warn("mbox=%s: batch refused (%s); committing one by one", ctx->unit, err->msg);
    else if (n == 1) {
        rc = hl_err_set(err, HL_ERR_TEMP, "case %s keeps changing while uid %u is committed",
                        items[0].thread_code, items[0].uid);
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        if (commit_batch(ctx, uidvalidity, &items[i], 1, err) < 0)
            goto out;
    rc = 0;
out:
    /* The plans' strings are dead once committed or refused. */
    for (size_t i = 0; i < n; i++) {
        memset(&items[i].view, 0, sizeof items[i].view);
        memset(&items[i].reply, 0, sizeof items[i].reply);
    }
    hl_arena_fini(&a);
    return rc;
}

/* Metrics: from arrival in the mailbox (INTERNALDATE, whole seconds) to
 * now, just after the commit. */
static void
observe_latency(const char *unit, const struct hl_intake_item *items, size_t n)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    double now = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
    for (size_t i = 0; i < n; i++)
        if (items[i].arrived_at > 0 && now >= (double)items[i].arrived_at)
            hl_metrics_observe(HL_M_COMMIT_LATENCY, unit, NULL, now - (double)items[i].arrived_at);
}

/* Metrics of a batch that went through: committed, flagged, moved only. */
static void
count_batch(const char *unit, const struct hl_intake_item *items, size_t n_items, size_t n_done,
            int64_t spent_ms)
{
    size_t flagged = 0;
    for (size_t i = 0; i < n_items; i++)
        flagged += items[i].flagged;
    hl_metrics_add(HL_M_MESSAGES_INGESTED, unit, NULL, (double)n_items);
    hl_metrics_add(HL_M_MESSAGES_FLAGGED, unit, NULL, (double)flagged);
    hl_metrics_add(HL_M_MESSAGES_DUPLICATE, unit, NULL, (double)(n_done - n_items));
    hl_metrics_observe(HL_M_INTAKE_BATCH_SECONDS, unit, NULL, (double)spent_ms / 1000.0);
}

/* Fetches, decodes, commits and moves one batch of UIDs. */
static int
run_batch(struct hl_intake_ctx *ctx, uint32_t uidvalidity, const uint32_t *uids, size_t n,
          struct hl_intake_stats *stats, struct hl_err *err)
{
    bool *known = hl_xcalloc(n, sizeof *known);
    uint32_t *want = hl_xcalloc(n, sizeof *want);
    uint32_t *done = hl_xcalloc(n, sizeof *done);
    struct hl_fetched *got = NULL;
    size_t n_got = 0, n_want = 0, n_done = 0, n_items = 0;
    struct hl_intake_item *items = NULL;
    struct hl_message **msgs = NULL;
    const char **digests = NULL;
    bool *dup = NULL;
    int rc = -1;

    int64_t t0 = hl_now_mono_ms(), t_fetch = t0, t_prep = t0, t_commit = t0;
    if (ctx->sops->known_uids(ctx->store, ctx->mailbox_id, uidvalidity, uids, n, known, err) < 0)
        goto out;
    for (size_t i = 0; i < n; i++) {
        if (known[i])
            done[n_done++] = uids[i]; /* committed earlier, the move did not happen */
        else
            want[n_want++] = uids[i];
    }
    stats->duplicates += (long)n_done;

    if (n_want > 0) {
        if (ctx->mops->fetch(ctx->mb, want, n_want, ctx->limits->mime.max_message_bytes, &got,
                             &n_got, err) < 0)
            goto out;
        t_fetch = hl_now_mono_ms();
        digests = hl_xcalloc(n_got, sizeof *digests);
        dup = hl_xcalloc(n_got, sizeof *dup);
        items = hl_xcalloc(n_got, sizeof *items);
        msgs = hl_xcalloc(n_got, sizeof *msgs);
        for (size_t i = 0; i < n_got; i++) {
            prepare(ctx, &got[i], &items[i], &msgs[i]);
            digests[i] = items[i].sha256;
        }
        t_prep = hl_now_mono_ms();
        if (n_got > 0 &&
            ctx->sops->known_digests(ctx->store, ctx->mailbox_id, digests, n_got, dup, err) < 0)
            goto out;
        /* Compact the batch to what is really new. */
        for (size_t i = 0; i < n_got; i++) {
            if (dup[i]) {
                hl_info("mbox=%s uid=%u: same bytes already stored (sha256 %.12s), moving only",
                        ctx->unit, got[i].uid, items[i].sha256);
                done[n_done++] = got[i].uid;
                stats->duplicates++;
                continue;
            }
            if (n_items != i)
                items[n_items] = items[i];
            n_items++;
        }
        if (n_items > 0) {
            if (commit_batch(ctx, uidvalidity, items, n_items, err) < 0)
                goto out;
            observe_latency(ctx->unit, items, n_items);
            for (size_t i = 0; i < n_items; i++) {
                const struct hl_intake_item *it = &items[i];
                if (it->case_code[0] == '~')
                    hl_info("mbox=%s uid=%u case=%s: joined the existing case", ctx->unit, it->uid,
                            it->case_code + 1);
                else if (it->case_code[0])
                    hl_info("mbox=%s uid=%u case=%s: stored, category %s, unit %s%s", ctx->unit,
                            it->uid, it->case_code, it->cls.category, it->cls.unit,
                            it->flagged ? ", flagged for review" : "");
                else
                    hl_info("mbox=%s uid=%u: stored without a case (%s)", ctx->unit, it->uid,
                            it->cls.no_case ? it->cls.no_case : "?");
                done[n_done++] = it->uid;
                stats->ingested++;
                if (it->flagged)
                    stats->flagged++;
            }
        }
    }

    t_commit = hl_now_mono_ms();
    if (n_done > 0) {
        if (ctx->mops->move(ctx->mb, done, n_done, ctx->mbcfg->processed, err) < 0)
            goto out;
        stats->moved += (long)n_done;
    }
    count_batch(ctx->unit, items, n_items, n_done, hl_now_mono_ms() - t0);
    hl_debug("mbox=%s: batch of %zu: known+fetch %lld ms, decode+classify %lld ms, "
             "commit %lld ms, move %lld ms",
             ctx->unit, n, (long long)(t_fetch - t0), (long long)(t_prep - t_fetch),
             (long long)(t_commit - t_prep), (long long)(hl_now_mono_ms() - t_commit));
    rc = 0;
out:
    for (size_t i = 0; msgs && i < n_got; i++)
        hl_message_free(&msgs[i]);
    free(msgs);
    free(items);
    free(digests);
    free(dup);
    hl_fetched_free(got, n_got);
    free(known);
    free(want);
    free(done);
    return rc;
}

int
hl_intake_run(struct hl_intake_ctx *ctx, struct hl_intake_stats *stats, struct hl_err *err)
{
    uint32_t uidvalidity = 0, exists = 0, previous = 0;
    uint32_t *uids = NULL;
    size_t *sizes = NULL;
    size_t n = 0;
    int rc = -1;

    memset(stats, 0, sizeof *stats);
    if (ctx->mops->select(ctx->mb, ctx->mbcfg->inbox, &uidvalidity, &exists, err) < 0)
        goto out;
    if (ctx->sops->set_uidvalidity(ctx->store, ctx->mailbox_id, uidvalidity, &previous, err) < 0)
        goto out;
    if (previous != 0 && previous != uidvalidity)
        hl_warn("mbox=%s: UIDVALIDITY changed from %u to %u; re-syncing, stored messages are "
                "recognised by their sha256",
                ctx->unit, previous, uidvalidity);
    if (exists == 0) {
        rc = 0;
        goto out;
    }
    if (ctx->mops->list_uids(ctx->mb, &uids, &n, err) < 0)
        goto out;
    stats->seen = (long)n;
    size_t batch = ctx->batch > 0 ? (size_t)ctx->batch : 100;
    sizes = hl_xcalloc(batch, sizeof *sizes);
    for (size_t i = 0; i < n; i += batch) {
        size_t m = n - i < batch ? n - i : batch;
        /* Memory is bounded by bytes, not by count: the batch is cut where
         * its messages (each at most max_message_bytes) pass batch_bytes. */
        if (ctx->batch_bytes == 0 || ctx->mops->sizes == NULL) {
            if (run_batch(ctx, uidvalidity, uids + i, m, stats, err) < 0)
                goto out;
            continue;
        }
        if (ctx->mops->sizes(ctx->mb, uids + i, m, sizes, err) < 0)
            goto out;
        size_t start = 0, bytes = 0;
        for (size_t j = 0; j < m; j++) {
            size_t sz = sizes[j];
            if (sz > ctx->limits->mime.max_message_bytes)
                sz = ctx->limits->mime.max_message_bytes;
            if (j > start && bytes + sz > ctx->batch_bytes) {
                if (run_batch(ctx, uidvalidity, uids + i + start, j - start, stats, err) < 0)
                    goto out;
                start = j;
                bytes = 0;
            }
            bytes += sz;
        }
        if (run_batch(ctx, uidvalidity, uids + i + start, m - start, stats, err) < 0)
            goto out;
    }
    rc = 0;
out:
    free(sizes);
    free(uids);
    /* Metrics: a good pass is also the daemon's heartbeat (it reached the
     * database).  Failures are counted by the caller, which sees them all
     * (connecting, logging in, locking), as hotline_intake_errors_total. */
    if (rc == 0) {
        hl_metrics_set(HL_M_MAILBOX_LAST_SUCCESS, ctx->unit, NULL, (double)time(NULL));
        hl_metrics_heartbeat();
    }
    return rc;
}
