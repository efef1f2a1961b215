/*
 * tls: verifies a server's certificate chain and host name over the chain
 * that libetpan exposes (libetpan itself verifies nothing).  Fails closed:
 * trust comes from the system store, a configured CA file, or a pinned
 * leaf certificate (hex SHA-256 of its DER).
 */
#ifndef HL_TLS_H
#define HL_TLS_H

#include "config.h"
#include "util.h"

/* der[i]/der_len[i] is the chain as presented, leaf first.  Returns 0 when
 * the chain verifies for host (DNS name or IP literal), -1 with err
 * (HL_ERR_PERM) otherwise. */
int hl_tls_verify_chain(const unsigned char *const *der, const size_t *der_len, size_t n,
                        const char *host, const struct hl_tls_cfg *trust, struct hl_err *err);

#endif
