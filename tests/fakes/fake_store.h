/*
 * fake_store: intake's store seam (struct hl_store_ops, intake.h) in memory.
 * commit keeps (UIDVALIDITY, UID, SHA-256) per message and names each new
 * case HL-2026-NNNNNN; health does nothing.  case_views reads the seeded
 * cases (struct fake_case), and commit applies each reply's plan to its case
 * after checking the case is still as the plan's view says (else it returns
 * 1, as the database's hl_case_changed does); messages listed in refuse are
 * refused (HL_ERR_INPUT) unless stored raw only.  Every call but health counts
 * against fault (fake_fault.h), and a commit that fails "after" has stored
 * its rows, as a transaction whose COMMIT answer was lost.
 *
 * The caller owns the struct (zeroed, or fake_store_reset); it holds no heap
 * memory.
 */
#ifndef HL_FAKE_STORE_H
#define HL_FAKE_STORE_H

#include "fake_fault.h"
#include "intake.h"

#define FAKE_STORE_MAX 64
#define FAKE_STORE_CASES 8

struct fake_stored {
    uint32_t uidvalidity, uid;
    char sha256[65];
    enum hl_reply_role role; /* what the plan said of a reply; NONE otherwise */
    bool raw_only;           /* stored without its decoded fields */
};

/* An existing case replies may name: what case_views reads, and what
 * commit does to it by the plans (reply.h), counted. */
struct fake_case {
    const char *code, *unit, *citizen, *kind, *accused;
    const char *status;
    const char *clerks[4];
    size_t n_clerks;
    bool answered, undeliverable, flagged;
    int relays, notices, unverified_notices, answers, notes;
};

struct fake_store {
    struct fake_stored rows[FAKE_STORE_MAX];
    int n_rows;
    struct fake_case cases[FAKE_STORE_CASES];
    int n_cases;
    /* Called by commit before it checks the views, as if another daemon
     * changed a case between read and commit; then cleared. */
    void (*meddle)(struct fake_store *s);
    int stale; /* commits refused because a case had changed */
    /* Messages the store refuses (HL_ERR_INPUT) unless raw only, as the
     * database refuses a value it will never take. */
    uint32_t refuse[4];
    int n_refuse;
    uint32_t uidvalidity; /* the last set_uidvalidity; 0 none */
    struct fake_fault *fault;
};

/* Pass a struct fake_store * as the store handle. */
extern const struct hl_store_ops fake_store_ops;

/* Forgets every row, case and the UIDVALIDITY (keeps fault). */
void fake_store_reset(struct fake_store *s);

/* Whether (uidvalidity, uid) is stored. */
bool fake_store_has_uid(const struct fake_store *s, uint32_t uidvalidity, uint32_t uid);

/* Whether a message with this hex SHA-256 is stored. */
bool fake_store_has_digest(const struct fake_store *s, const char *sha256);

#endif
