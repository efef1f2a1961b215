/*
 * mailer: the seam between the outbox and an SMTP relay.  smtp_etpan.c
 * implements it over libetpan (EHLO, STARTTLS with the certificate verified
 * by tls.c, AUTH when configured, DSN ENVID where offered); tests use fakes.
 *
 * Ownership: the mailer owns its connection; the caller owns the message.
 */
#ifndef HL_MAILER_H
#define HL_MAILER_H

#include "config.h"
#include "util.h"

enum hl_send_result {
    HL_SEND_OK,   /* accepted by the relay */
    HL_SEND_TEMP, /* 4xx, timeout, lost connection: retry later */
    HL_SEND_PERM, /* 5xx: do not retry */
};

struct hl_envelope {
    const char *mail_from; /* bounce address; "" for the null sender */
    const char *const *rcpt;
    size_t n_rcpt;
    const char *envid; /* DSN ENVID when the relay offers DSN, may be NULL */
};

struct hl_mailer_ops {
    /* Connects (and verifies TLS) lazily on the first send. */
    void *(*open)(const struct hl_smtp_cfg *cfg, const char *password, int timeout_s,
                  struct hl_err *err);
    void (*close)(void *m);
    /* Sends one message.  reply_out (>= 512 bytes) receives the server's
     * last reply line ("250 2.0.0 Ok: queued as ...", "550 5.1.1 ...") or our
     * own description of a network failure. */
    enum hl_send_result (*send)(void *m, const struct hl_envelope *env, const unsigned char *data,
                                size_t len, char *reply_out, size_t reply_cap);
};

extern const struct hl_mailer_ops hl_smtp_ops;

#endif
