/*
 * fake_mailbox: intake's mailbox seam (struct hl_mailbox_ops, mailbox.h) in
 * memory: one inbox of messages, each either still in the inbox or moved to
 * the processed folder.  select, list_uids, fetch and move count against
 * fault (fake_fault.h); idle returns at once and has_idle is false; open,
 * close, ensure_folder, sizes and the split idle are absent (NULL), so
 * intake cuts batches by count.
 *
 * When store is set, a move of a message the store holds neither by UID nor
 * by digest sets moved_unstored: a message moved before its commit is a lost
 * message.
 *
 * The caller owns the struct; raw texts are the caller's too (the fake copies
 * what fetch returns).
 */
#ifndef HL_FAKE_MAILBOX_H
#define HL_FAKE_MAILBOX_H

#include "fake_fault.h"
#include "fake_store.h"
#include "mailbox.h"

#define FAKE_MAILBOX_MAX 64

struct fake_msg {
    uint32_t uid;
    char *raw; /* NUL-terminated */
    bool in_inbox, processed;
};

struct fake_mailbox {
    struct fake_msg msgs[FAKE_MAILBOX_MAX];
    int n;
    uint32_t uidvalidity;
    struct fake_fault *fault;
    const struct fake_store *store;
    bool moved_unstored;
};

/* Pass a struct fake_mailbox * as the mailbox handle. */
extern const struct hl_mailbox_ops fake_mailbox_ops;

#endif
