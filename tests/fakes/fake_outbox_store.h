/*
 * fake_outbox_store: the outbox's store seam (struct hl_outbox_store_ops,
 * outbox.h) over up to FAKE_OUTBOX_ROWS rows the test fills in, with ids 1..n.
 * claim hands out every row (each attempt counted) while the first row is
 * unmarked or still pending, with the bytes and envelope sender a save
 * recorded, as the database would; save and mark record what they are given.
 * Every call appends its name to log ("claim save send mark "), which the
 * fake mailer writes to as well, so a test sees the order of events.
 *
 * Failure: fail_claim makes every claim fail (HL_ERR_TEMP "database down");
 * fault (fake_fault.h) fails call N of claim, save and mark.
 *
 * The caller owns the struct (zeroed) and frees saved[] with
 * fake_outbox_store_fini.
 */
#ifndef HL_FAKE_OUTBOX_STORE_H
#define HL_FAKE_OUTBOX_STORE_H

#include "fake_fault.h"
#include "outbox.h"

#define FAKE_OUTBOX_ROWS 4
#define FAKE_LOG_MAX 256

struct fake_outbox_store {
    struct hl_outbox_row rows[FAKE_OUTBOX_ROWS];
    size_t n;
    int claims;
    int fail_claim;
    struct fake_fault *fault;
    /* what was saved and marked */
    unsigned char *saved[FAKE_OUTBOX_ROWS];
    size_t saved_len[FAKE_OUTBOX_ROWS];
    char saved_from[FAKE_OUTBOX_ROWS][128];
    struct hl_outbox_outcome marked[FAKE_OUTBOX_ROWS];
    int n_marked[FAKE_OUTBOX_ROWS];
    char log[FAKE_LOG_MAX];
};

/* Pass a struct fake_outbox_store * as the store handle. */
extern const struct hl_outbox_store_ops fake_outbox_store_ops;

/* Frees the saved bytes. */
void fake_outbox_store_fini(struct fake_outbox_store *s);

/* Appends what to log (FAKE_LOG_MAX bytes, NUL-terminated); log may be NULL. */
void fake_log(char *log, const char *what);

#endif
