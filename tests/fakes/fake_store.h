/*
 * fake_store: intake's store seam (struct hl_store_ops, intake.h) in memory.
 * commit keeps (UIDVALIDITY, UID, SHA-256) per message and names each new
 * case HL-2026-NNNNNN; health does nothing.  Every call but health counts
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

struct fake_stored {
    uint32_t uidvalidity, uid;
    char sha256[65];
};

struct fake_store {
    struct fake_stored rows[FAKE_STORE_MAX];
    int n_rows;
    uint32_t uidvalidity; /* the last set_uidvalidity; 0 none */
    struct fake_fault *fault;
};

/* Pass a struct fake_store * as the store handle. */
extern const struct hl_store_ops fake_store_ops;

/* Forgets every row and the UIDVALIDITY (keeps fault). */
void fake_store_reset(struct fake_store *s);

/* Whether (uidvalidity, uid) is stored. */
bool fake_store_has_uid(const struct fake_store *s, uint32_t uidvalidity, uint32_t uid);

/* Whether a message with this hex SHA-256 is stored. */
bool fake_store_has_digest(const struct fake_store *s, const char *sha256);

#endif
