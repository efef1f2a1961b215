/*
 * intake: one pass over one mailbox.  Lists the UIDs in the inbox, skips
 * those already stored, fetches the rest in batches, decodes and classifies
 * each message, commits the batch in one transaction, and only then moves the
 * batch to the processed folder.  A crash anywhere leaves each message either
 * uncommitted (fetched again next time) or committed and still in the inbox
 * (recognised by mailbox + UIDVALIDITY + UID, or by its sha256, and moved
 * without a second case).
 *
 * It talks to servers only through two seams, so tests can run it against
 * fakes that fail at call N: struct hl_mailbox_ops (mailbox.h) and struct
 * hl_store_ops (below).  Classification is a callback.
 *
 * Ownership: everything derived from one message lives in its hl_message
 * arena and is freed once the batch is committed.
 */
#ifndef HL_INTAKE_H
#define HL_INTAKE_H

#include "mailbox.h"
#include "mime.h"
#include "reply.h"
#include "trust.h"
#include "util.h"

/* What classification decided, in the message's arena. */
struct hl_class {
    const char *category; /* "uncategorized" when nothing matched */
    const char *unit;     /* responsible unit code */
    int priority;
    const char **tags;
    size_t n_tags;
    int deadline_days;       /* -1: category default */
    int64_t due_at;          /* Unix seconds, 0 = none (counted in working days) */
    int64_t transfer_due_at; /* when it must have been transferred if outside the
                                unit's competence; 0 = none */
    bool no_ack;
    bool spam;
    bool limit_hit;
    const char *trace_json;  /* which rules decided it, "[]" when none */
    const char *fields_json; /* named captures as a JSON object, "{}" when none */
    /* Non-NULL when the message must not open a case: "spam", "auto_reply",
     * "bounce", "list".  The message is still stored. */
    const char *no_case;
    const char *no_case_reason;
    const char *no_ack_reason; /* which check suppressed the acknowledgement */
    /* A delivery status notification about mail we sent: the outbox row it
     * names (0 = none found), whether delivery failed for good, and what the
     * report said (for the clerk). */
    int64_t bounce_outbox_id;
    bool bounce_permanent;
    const char *bounce_detail;
    /* "internal" or "resolve" when the first line of a reply is a clerk's
     * command (clerkcmd.h); applies only when the sender is a clerk of the
     * case's unit, which only the store knows. */
    const char *clerk_command;
    /* For a mail that names a case: NULL when it carries a valid reply tag of
     * that case for its From address and passes trust.authserv_id
     * (hl_trust_check), else why not, for the clerks.  The store lets a
     * clerk's mail act on the case only when this is NULL. */
    const char *clerk_unverified;
    /* kind.h: "feedback" (NULL means it too), "complaint", "denunciation";
     * the accused unit of a denunciation; the legal basis its own time limit
     * rests on (NULL: the category's); a note that flags the case for review
     * (an anonymous denunciation). */
    const char *kind;
    const char *accused_unit;
    const char *legal_basis;
    const char *review;
};

typedef int (*hl_classify_fn)(void *ctx, const struct hl_message *msg, const char *mailbox_unit,
                              struct hl_arena *a, struct hl_class *out);

/* One message ready to commit. */
struct hl_intake_item {
    uint32_t uid;
    const unsigned char *raw;
    size_t raw_len;
    size_t full_size;
    bool truncated;
    int64_t arrived_at; /* INTERNALDATE, Unix seconds; 0 unknown (metrics only) */
    char sha256[65];
    const struct hl_message *msg;
    struct hl_class cls;
    const char *problems; /* msg->problems plus intake's own notes */
    bool flagged;
    /* A case this message names (our Message-ID in In-Reply-To/References,
     * the tag in the subject, or the body marker); "" when none.  When that
     * case exists the message joins it instead of opening a new one. */
    char thread_code[32];
    /* The letter's key (dedup.h) when it would open a case, "" otherwise:
     * the store joins it to the case the same letter opened from another
     * unit's mailbox within intake.dedup_days. */
    char letter_key[65];
    /* Store the raw bytes only, without the decoded fields (the store
     * refused the item as it was: intake's fallback, so that one hostile
     * message never blocks its mailbox). */
    bool raw_only;
    /* For a mail that names an existing case: the case as intake read it
     * just before the commit (hl_store_ops.case_views), and what the mail
     * does to it (reply.h).  The commit writes the plan down, and refuses
     * (returns 1) when the case no longer is what view says. */
    struct hl_case_view view;
    struct hl_reply_plan reply;
    /* filled by commit: the new case's code, "~CODE" when the message joined
     * an existing case, "" when it opened none */
    char case_code[40];
};

struct hl_store_ops {
    /* Sets known_out[i] when (mailbox, uidvalidity, uids[i]) is stored. */
    int (*known_uids)(void *store, int mailbox_id, uint32_t uidvalidity, const uint32_t *uids,
                      size_t n, bool *known_out, struct hl_err *err);
    /* Sets dup_out[i] when a message with sha256s[i] is already stored for
     * this mailbox (under any UIDVALIDITY): the second guard. */
    int (*known_digests)(void *store, int mailbox_id, const char *const *sha256s, size_t n,
                         bool *dup_out, struct hl_err *err);
    /* Records the UIDVALIDITY now seen; returns the previous one (0 if none). */
    int (*set_uidvalidity)(void *store, int mailbox_id, uint32_t uidvalidity,
                           uint32_t *previous_out, struct hl_err *err);
    /* Reads the cases codes[i] names (NULL: none) into views[i], strings in
     * a; views[i].found is false when there is no such case. */
    int (*case_views)(void *store, const char *const *codes, size_t n, struct hl_arena *a,
                      struct hl_case_view *views, struct hl_err *err);
    /* Stores every item in ONE transaction (all or nothing), those marked
     * raw_only without their decoded fields.  A refusal of the data itself
     * is HL_ERR_INPUT (intake then commits one by one, and the refused one
     * raw only).  Returns 0; 1
     * when a case an item's plan was made on is no longer as its view says
     * (another daemon or hotlinectl changed it meanwhile): nothing was
     * committed, read again and plan again; or -1 with err. */
    int (*commit)(void *store, int mailbox_id, uint32_t uidvalidity, const char *mailbox_unit,
                  struct hl_intake_item *items, size_t n, struct hl_err *err);
    /* Health after a pass: error NULL on success. */
    int (*health)(void *store, int mailbox_id, const char *error, long waiting, long ingested,
                  long flagged, struct hl_err *err);
};

struct hl_intake_ctx {
    const char *unit; /* receiving unit code */
    int mailbox_id;
    const struct hl_mailbox_cfg *mbcfg;
    const struct hl_mailbox_ops *mops;
    void *mb;
    const struct hl_store_ops *sops;
    void *store;
    hl_classify_fn classify;
    void *classify_ctx;
    const struct hl_limits *limits;
    int batch;               /* messages per fetch + commit */
    size_t batch_bytes;      /* and at most this many raw bytes (0 = no cap);
                                a larger message goes alone */
    const char *case_prefix; /* "HL" */
    const char *mail_domain; /* domain of our Message-IDs */
    /* How a reply is authenticated (trust.h); NULL: no mail is verified. */
    const struct hl_trust_policy *trust;
};

struct hl_intake_stats {
    long seen;       /* UIDs in the inbox */
    long ingested;   /* newly committed */
    long moved;      /* moved to the processed folder */
    long duplicates; /* already stored, only moved */
    long flagged;
};

/* One pass: returns 0, or -1 with err (the pass stopped; what was committed
 * stays committed; the next pass resumes). */
int hl_intake_run(struct hl_intake_ctx *ctx, struct hl_intake_stats *stats, struct hl_err *err);

#endif
