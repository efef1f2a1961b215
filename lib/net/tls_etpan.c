/*
 * tls_etpan: see tls_etpan.h.
 */
#include "tls_etpan.h"
#include "tls.h"

#include <arpa/inet.h>
#include <stdlib.h>

char *
hl_tls_etpan_sni(char *host)
{
    unsigned char buf[16];
    if (inet_pton(AF_INET, host, buf) == 1 || inet_pton(AF_INET6, host, buf) == 1)
        return NULL;
    return host;
}

void
hl_tls_etpan_set_sni(struct mailstream_ssl_context *ctx, void *data)
{
    if (data != NULL)
        mailstream_ssl_set_server_name(ctx, data);
}

int
hl_tls_etpan_verify(mailstream *stream, const char *host, const struct hl_tls_cfg *trust,
                    struct hl_err *err)
{
    carray *chain = mailstream_get_certificate_chain(stream);
    if (chain == NULL)
        return hl_err_set(err, HL_ERR_PERM, "no certificate presented");
    size_t n = carray_count(chain);
    const unsigned char **der = hl_xcalloc(n ? n : 1, sizeof *der);
    size_t *len = hl_xcalloc(n ? n : 1, sizeof *len);
    for (size_t i = 0; i < n; i++) {
        MMAPString *str = carray_get(chain, (unsigned)i);
        der[i] = (const unsigned char *)str->str;
        len[i] = str->len;
    }
    int rc = hl_tls_verify_chain(der, len, n, host, trust, err);
    free(der);
    free(len);
    mailstream_certificate_chain_free(chain);
    return rc;
}
