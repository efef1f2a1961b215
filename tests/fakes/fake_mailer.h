/*
 * fake_mailer: the outbox's mailer seam (struct hl_mailer_ops, mailer.h):
 * send N answers script[N] (HL_SEND_OK "250 ok", HL_SEND_TEMP a two-line
 * "451 later", HL_SEND_PERM "550 no"), so a script is failure injection at
 * call N, and keeps a copy of what each call was given.  Each send appends
 * "send " to log (the store's, fake_outbox_store.h) when set.  open and close
 * are absent (NULL): the test passes the struct as the connection.
 *
 * The caller owns the struct (zeroed) and frees the copies with
 * fake_mailer_fini.
 */
#ifndef HL_FAKE_MAILER_H
#define HL_FAKE_MAILER_H

#include "mailer.h"

#define FAKE_MAILER_CALLS 4

struct fake_mailer {
    enum hl_send_result script[FAKE_MAILER_CALLS];
    int calls;
    unsigned char *sent[FAKE_MAILER_CALLS];
    size_t sent_len[FAKE_MAILER_CALLS];
    char from[FAKE_MAILER_CALLS][128];
    size_t n_rcpt[FAKE_MAILER_CALLS];
    char envid[FAKE_MAILER_CALLS][32];
    char *log; /* to log the order of events; may be NULL */
};

/* Pass a struct fake_mailer * as the mailer connection. */
extern const struct hl_mailer_ops fake_mailer_ops;

/* Frees the copies of what was sent. */
void fake_mailer_fini(struct fake_mailer *m);

#endif
