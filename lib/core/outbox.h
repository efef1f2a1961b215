/*
 * outbox: sends the mail that cases cause (acknowledgements to citizens,
 * forwards to the responsible unit's clerks) from the persistent outbox
 * table, with retries.
 *
 * A pass claims due rows in a short transaction (FOR UPDATE SKIP LOCKED, so
 * several daemons share one database), renders each row once, saves the bytes
 * and envelope sender BEFORE sending (a retry sends the identical message),
 * sends through the mailer seam and records the result with an event on the
 * case.  A row whose claim is older than HL_OUTBOX_STALE_CLAIM_S (its daemon
 * died between claim and send) is claimed again.  Each mail names its row in
 * the envelope sender and the DSN ENVID, signed when the environment carries
 * a bounce key (bounce.h), so that a bounce can be tied to its row and nobody
 * else can forge one.
 *
 * Retry policy (hl_outbox_decide): a temporary failure waits 1 min, 2, 4 ...
 * capped at 6 h, less up to 20 % random jitter so that a relay outage does not
 * make every row come back at once; a row still undelivered
 * HL_OUTBOX_GIVE_UP_S after it was created fails.  A permanent failure fails
 * at once; a failed acknowledgement marks the citizen undeliverable (the clerk
 * must phone).
 *
 * Layers: outbox.c is pure (rendering, the retry policy and the pass itself
 * over the small store seam below); outbox_pg.c is that seam over libpq, plus
 * the hotlinectl reports.  Only kinds 'ack' and 'forward' are rendered here;
 * rows of other kinds are sent only when their bytes were saved by whoever
 * queued them.
 *
 * Trust (trust.h, docs/security.md): mail to a single clerk carries that
 * clerk's signed reply address in Reply-To and a signed Message-ID; a relay
 * to the citizen passes on only the clerk's attachments of the allowed
 * types (trust.relay_types); an acknowledgement quotes nothing a stranger
 * wrote but the subject, cut and defanged, and no display name.
 *
 * Ownership: the environment and everything in it is borrowed for the call;
 * rows live in the arena the store fills.
 */
#ifndef HL_OUTBOX_H
#define HL_OUTBOX_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "config.h"
#include "mailer.h"
#include "util.h"

struct hl_store;
struct hl_templates;
struct hl_rules;
struct hl_bounce_key;
struct hl_trust_key;

#define HL_OUTBOX_STALE_CLAIM_S (10 * 60)
#define HL_OUTBOX_BACKOFF_FIRST_S 60
#define HL_OUTBOX_BACKOFF_MAX_S (6 * 3600)
/* A claim takes rows until their mail passes this many bytes (the first
 * always): a pass renders every row it claimed, originals attached, so this
 * bounds the sender's memory as intake.batch_bytes bounds a worker's. */
#define HL_OUTBOX_BATCH_BYTES (16 << 20)
#define HL_OUTBOX_GIVE_UP_S (3 * 86400)

struct hl_outbox_env {
    const struct hl_config *cfg;
    const struct hl_templates *templates;
    const struct hl_rules *rules; /* category names and legal basis; may be NULL */
    const char *owner;            /* claimed_by: "host:pid" */
    const struct hl_mailer_ops *mailer;
    void *mailer_conn;
    int64_t now; /* Unix seconds, 0 = real time (an injectable clock for tests) */
    /* Signs the bounce address and ENVID; NULL: unsigned (forgeable) ones. */
    const struct hl_bounce_key *bounce_key;
    /* Signs the reply address and Message-ID of mail to one clerk (trust.h);
     * NULL: the unit's plain address, and no clerk reply will verify. */
    const struct hl_trust_key *reply_key;
};

/* Claims up to batch due rows and sends each (see above).  processed_out
 * (may be NULL) receives the number of rows attempted.  Returns 0, or -1 with
 * err when the database failed (rows already claimed are retried after
 * HL_OUTBOX_STALE_CLAIM_S). */
int hl_outbox_pass(struct hl_store *s, const struct hl_outbox_env *env, int batch,
                   int *processed_out, struct hl_err *err);

/* ---- everything below is for outbox_pg.c, hotlinectl and tests ---- */

struct hl_outbox_part {
    const char *filename;
    const char *content_type;
    const unsigned char *data;
    size_t len;
};

/* One claimed row with what rendering needs.  Strings may be NULL unless
 * noted; they live in the arena of the claim. */
struct hl_outbox_row {
    int64_t id;
    int64_t case_id;
    const char *kind;      /* never NULL */
    const char *unit_code; /* the sending unit; never NULL */
    const char *lang;
    const char **rcpt;
    size_t n_rcpt;
    int attempts; /* including the one being made */
    int64_t created_at;
    /* Saved at the first attempt; present on retries. */
    const unsigned char *data;
    size_t data_len;
    const char *mail_from;
    /* The case. */
    const char *case_code;
    const char *case_unit;     /* responsible unit */
    const char *received_unit; /* whose mailbox received it */
    const char *category;      /* code */
    int priority;
    const char *subject;
    const char *citizen_address;
    const char *citizen_name;
    int deadline_days; /* -1: the category's */
    int64_t due_at;    /* 0 when unknown */
    /* The citizen's message. */
    const char *msg_message_id;
    const char *msg_references;
    int64_t received_at;
    const char *msg_text;
    const char *msg_problems;
    const unsigned char *raw;
    size_t raw_len;
    const char *rules; /* names of the routing rules that fired, one a line */
    /* The kind's own values (outbox.vars) as "key\x1fvalue\x1e..." */
    const char *vars;
    const char *msg_from_name; /* who wrote the message (a clerk, for a relay) */
    const char *case_status;
    const char *assignee;
    const char *case_first_message_id; /* the citizen's first mail, for threading */
    /* kind.h: the case's kind ("feedback" when NULL), the unit a
     * denunciation accuses, the legal basis of the kind's own time limit;
     * the sender of the row's message (masked in a redacted summary). */
    const char *case_kind;
    const char *accused_unit;
    const char *legal_basis;
    const char *msg_from_address;
    /* How the case came in (register.h: "email", "phone" ...), when it was
     * first answered (0: not yet), and a refusal's reason code and where
     * the citizen should go instead (refuse.h). */
    const char *case_channel;
    int64_t first_response_at;
    const char *refusal_reason;
    const char *refusal_where;
    /* The message's attachments, passed on with a relay. */
    const struct hl_outbox_part *parts;
    size_t n_parts;
};

enum hl_outbox_status { HL_OUTBOX_PENDING, HL_OUTBOX_SENT, HL_OUTBOX_FAILED };

struct hl_outbox_outcome {
    enum hl_outbox_status status;
    int64_t next_attempt_at;    /* for PENDING */
    const char *reply;          /* the server's answer or our error; never NULL */
    char event[32];             /* "ack_sent", "forward_failed"; "" for none */
    bool citizen_undeliverable; /* set cases.citizen_undeliverable */
};

/* The store seam of a pass. */
struct hl_outbox_store_ops {
    /* Claims up to batch due rows for owner at now and loads them into a. */
    int (*claim)(void *st, const char *owner, int64_t now, int batch, struct hl_arena *a,
                 struct hl_outbox_row **rows_out, size_t *n_out, struct hl_err *err);
    /* Saves the rendered bytes and envelope sender of a row. */
    int (*save)(void *st, int64_t id, const unsigned char *data, size_t len, const char *mail_from,
                struct hl_err *err);
    /* Records the result of an attempt (see struct hl_outbox_outcome). */
    int (*mark)(void *st, const struct hl_outbox_row *row, const struct hl_outbox_outcome *o,
                int64_t now, struct hl_err *err);
};

/* Delay before the next attempt after `attempts` failed ones (>= 1): 60 s
 * doubled per attempt, capped at HL_OUTBOX_BACKOFF_MAX_S, minus up to 20 %
 * chosen by rnd. */
int64_t hl_outbox_backoff_s(int attempts, uint32_t rnd);

/* What to record after an attempt of row that ended in r. */
void hl_outbox_decide(const struct hl_outbox_row *row, enum hl_send_result r, const char *reply,
                      int64_t now, uint32_t rnd, struct hl_outbox_outcome *out);

/* Renders row (kind ack or forward) into data_out and its envelope sender
 * (hl_bounce_address with env->bounce_key) into mail_from_out.  Returns 0, or
 * -1 with err: HL_ERR_INPUT when the row can never be rendered (no usable
 * recipient or sender address), HL_ERR_CONFIG when a template or unit is
 * missing. */
int hl_outbox_render(const struct hl_outbox_env *env, const struct hl_outbox_row *row, int64_t now,
                     struct hl_buf *data_out, struct hl_buf *mail_from_out, struct hl_err *err);

/* One pass over any store: what hl_outbox_pass does over PostgreSQL. */
int hl_outbox_run(const struct hl_outbox_store_ops *ops, void *st, const struct hl_outbox_env *env,
                  int batch, int *processed_out, struct hl_err *err);

/* hotlinectl: rows (newest first; status NULL = all; limit <= 0: 50) with
 * the columns id, kind, case, rcpt, status, attempts, next_attempt,
 * last_reply: *out is a new table the caller frees (table.h). */
struct hl_table;
int hl_outbox_list(struct hl_store *s, const char *status, int limit, struct hl_table **out,
                   struct hl_err *err);
/* hotlinectl: makes a failed or pending row pending now, with an event
 * 'outbox_retry' by actor.  found_out is false when no such row could be
 * retried. */
int hl_outbox_retry(struct hl_store *s, int64_t id, const char *actor, bool *found_out,
                    struct hl_err *err);

#endif
