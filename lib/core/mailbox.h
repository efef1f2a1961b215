/*
 * mailbox: the seam between intake and an IMAP server.  Intake speaks only
 * these operations; imap_etpan.c implements them over libetpan (with TLS
 * verification from tls.c) and tests implement them with fakes that fail at
 * call N.  Nothing here relies on \Seen or on sequence numbers: other clients
 * read and expunge the same mailbox.
 *
 * Ownership: the mailbox object owns its connection; fetched messages belong
 * to the caller (hl_fetched_free).
 */
#ifndef HL_MAILBOX_H
#define HL_MAILBOX_H

#include "config.h"
#include "util.h"

struct hl_fetched {
    uint32_t uid;
    unsigned char *data; /* raw bytes as returned by BODY.PEEK[] (maybe truncated) */
    size_t len;
    size_t full_size;   /* RFC822.SIZE */
    bool truncated;     /* full_size > max_bytes: only the first max_bytes fetched */
    int64_t arrived_at; /* INTERNALDATE (when the server got it), Unix seconds; 0 unknown */
};

void hl_fetched_free(struct hl_fetched *msgs, size_t n);

struct hl_mailbox_ops {
    /* Connects, verifies TLS, logs in.  Returns NULL with err set
     * (HL_ERR_PERM for refused login or failed verification, HL_ERR_TEMP for
     * network trouble, HL_ERR_CONFIG for a bad setting). */
    void *(*open)(const struct hl_mailbox_cfg *cfg, const char *password, int timeout_s,
                  struct hl_err *err);
    void (*close)(void *mb);
    /* CREATE folder if it does not exist. */
    int (*ensure_folder)(void *mb, const char *folder, struct hl_err *err);
    /* SELECT folder; returns UIDVALIDITY and the message count. */
    int (*select)(void *mb, const char *folder, uint32_t *uidvalidity_out, uint32_t *exists_out,
                  struct hl_err *err);
    /* Every UID currently in the selected folder, ascending (UID SEARCH ALL). */
    int (*list_uids)(void *mb, uint32_t **uids_out, size_t *n_out, struct hl_err *err);
    /* UID FETCH (RFC822.SIZE BODY.PEEK[]<0.max_bytes>) for these UIDs, one
     * round trip.  UIDs that vanished meanwhile are simply absent from the
     * result.  The caller frees with hl_fetched_free. */
    int (*fetch)(void *mb, const uint32_t *uids, size_t n, size_t max_bytes,
                 struct hl_fetched **msgs_out, size_t *n_out, struct hl_err *err);
    /* RFC822.SIZE of these UIDs (UID FETCH, one round trip), so that a batch
     * can be cut by bytes before its bodies are fetched; sizes_out[i] is 0
     * for a UID that vanished.  May be NULL (batches are then cut by count
     * alone). */
    int (*sizes)(void *mb, const uint32_t *uids, size_t n, size_t *sizes_out, struct hl_err *err);
    /* Moves these UIDs to dest: UID MOVE where offered, otherwise UID COPY +
     * UID STORE +FLAGS.SILENT (\Deleted) + UID EXPUNGE (only those UIDs). */
    int (*move)(void *mb, const uint32_t *uids, size_t n, const char *dest, struct hl_err *err);
    /* Waits up to timeout_ms for the server to announce new mail (IDLE), or
     * returns 0 at once when IDLE is not offered.  Returns 1 when something
     * changed, 0 on timeout, -1 on error. */
    int (*idle)(void *mb, int timeout_ms, struct hl_err *err);
    bool (*has_idle)(void *mb);
    /* The two halves of idle, for one thread that watches many mailboxes:
     * idle_start sends IDLE and returns the socket to poll for news in
     * *fd_out; it returns 1 when news already sits in the client's buffer
     * (call idle_done at once), 0 when waiting, -1 on error.  idle_done
     * sends DONE and returns 1 when something changed, 0 if not, -1 on
     * error.  Between the two, nothing else may be called on mb. */
    int (*idle_start)(void *mb, int *fd_out, struct hl_err *err);
    int (*idle_done)(void *mb, struct hl_err *err);
};

/* The real implementation (imap_etpan.c). */
extern const struct hl_mailbox_ops hl_imap_ops;

#endif
