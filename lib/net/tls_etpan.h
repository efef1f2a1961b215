/*
 * tls_etpan: what the *_etpan.c seam files share to set up and check TLS on
 * a libetpan stream: the SNI name and callback, and the peer verification
 * that runs after every handshake (implicit TLS or STARTTLS) and before any
 * credential is sent.  The checking itself is hl_tls_verify_chain (tls.h);
 * this file only hands it the chain libetpan exposes.
 *
 * Does not: connect, negotiate or word the caller's errors (IMAP and SMTP
 * report a refusal differently).  Only the *_etpan.c files may include this
 * header (it brings in libetpan).
 *
 * Ownership: nothing is kept; the chain is freed before return.
 */
#ifndef HL_TLS_ETPAN_H
#define HL_TLS_ETPAN_H

#include <libetpan/libetpan.h>

#include "config.h"
#include "util.h"

/* The SNI name for host: host itself, or NULL for an IP literal, which must
 * not be sent as a server name (RFC 6066, section 3).  Pass it as the data of
 * hl_tls_etpan_set_sni. */
char *hl_tls_etpan_sni(char *host);

/* libetpan's SSL context callback: sets the server name to data (from
 * hl_tls_etpan_sni) unless it is NULL. */
void hl_tls_etpan_set_sni(struct mailstream_ssl_context *ctx, void *data);

/* Verifies the certificate chain the peer presented on stream for host
 * against trust.  Returns 0, or -1 with err (HL_ERR_PERM) saying why, without
 * context: "no certificate presented" or hl_tls_verify_chain's reason. */
int hl_tls_etpan_verify(mailstream *stream, const char *host, const struct hl_tls_cfg *trust,
                        struct hl_err *err);

#endif
