/*
 * tls: see tls.h.  The chain arrives as DER from the peer, so everything here
 * parses untrusted bytes: each certificate must parse completely (no trailing
 * bytes) and the chain is capped at MAX_CHAIN certificates.  Every unexpected
 * outcome is a refusal: the caller sends credentials only after a 0.
 *
 * Trust, in order: a pin (SHA-256 of the leaf's DER) is sufficient by itself
 * and exclusive (a valid chain with the wrong leaf is refused); otherwise the
 * chain must verify to the configured CA file, or to the system store when
 * none is configured, for the TLS server purpose, and the leaf must name host
 * (a DNS name in a DNS SAN, never the subject CN, wildcards only as the whole
 * left-most label; or an IP literal matched against IP SANs only).
 */
#include "tls.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <string.h>

#define MAX_CHAIN 16

static bool
is_ip_literal(const char *host)
{
    unsigned char buf[16];
    return inet_pton(AF_INET, host, buf) == 1 || inet_pton(AF_INET6, host, buf) == 1;
}

/* Compares the configured pin with the leaf digest: hex, any case, colons
 * allowed as separators because that is how most tools print fingerprints. */
static bool
pin_matches(const char *pin, const char digest_hex[65])
{
    size_t j = 0;
    for (const char *p = pin; *p; p++) {
        if (*p == ':')
            continue;
        if (j >= 64 || tolower((unsigned char)*p) != digest_hex[j])
            return false;
        j++;
    }
    return j == 64;
}

static X509 *
parse_der(const unsigned char *der, size_t len)
{
    if (der == NULL || len == 0 || len > 1024 * 1024)
        return NULL;
    const unsigned char *p = der;
    X509 *x = d2i_X509(NULL, &p, (long)len);
    if (x != NULL && p != der + len) {
        X509_free(x);
        return NULL;
    }
    return x;
}

static int
check_host(X509 *leaf, const char *host, struct hl_err *err)
{
    int r;
    if (is_ip_literal(host))
        r = X509_check_ip_asc(leaf, host, 0);
    else
        r = X509_check_host(
            leaf, host, strlen(host),
            X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS | X509_CHECK_FLAG_NEVER_CHECK_SUBJECT, NULL);
    if (r == 1)
        return 0;
    if (r == 0)
        return hl_err_set(err, HL_ERR_PERM, "certificate does not name host %s", host);
    return hl_err_set(err, HL_ERR_PERM, "cannot check host name %s against the certificate", host);
}

static int
verify_chain(X509 *leaf, STACK_OF(X509) * untrusted, const char *host,
             const struct hl_tls_cfg *trust, struct hl_err *err)
{
    int rc = -1;
    X509_STORE *store = X509_STORE_new();
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    if (store == NULL || ctx == NULL) {
        hl_err_set(err, HL_ERR_PERM, "out of memory setting up verification");
        goto out;
    }
    if (trust->ca_file != NULL) {
        if (X509_STORE_load_file(store, trust->ca_file) != 1) {
            hl_err_set(err, HL_ERR_CONFIG, "cannot load CA file %s", trust->ca_file);
            goto out;
        }
    } else if (X509_STORE_set_default_paths(store) != 1) {
        hl_err_set(err, HL_ERR_CONFIG, "cannot load the system trust store");
        goto out;
    }
    if (X509_STORE_CTX_init(ctx, store, leaf, untrusted) != 1 ||
        X509_STORE_CTX_set_purpose(ctx, X509_PURPOSE_SSL_SERVER) != 1) {
        hl_err_set(err, HL_ERR_PERM, "cannot set up verification");
        goto out;
    }
    if (X509_verify_cert(ctx) != 1) {
        int e = X509_STORE_CTX_get_error(ctx);
        hl_err_set(err, HL_ERR_PERM, "%s", X509_verify_cert_error_string(e));
        goto out;
    }
    rc = check_host(leaf, host, err);
out:
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    ERR_clear_error();
    return rc;
}

int
hl_tls_verify_chain(const unsigned char *const *der, const size_t *der_len, size_t n,
                    const char *host, const struct hl_tls_cfg *trust, struct hl_err *err)
{
    int rc = -1;
    X509 *leaf = NULL;
    STACK_OF(X509) *untrusted = NULL;

    if (n == 0 || der == NULL || der_len == NULL)
        return hl_err_set(err, HL_ERR_PERM, "server presented no certificate");
    if (n > MAX_CHAIN)
        return hl_err_set(err, HL_ERR_PERM, "certificate chain too long (%zu certificates)", n);
    if (host == NULL || *host == '\0' || trust == NULL)
        return hl_err_set(err, HL_ERR_PERM, "no host name to verify the certificate against");

    leaf = parse_der(der[0], der_len[0]);
    if (leaf == NULL) {
        hl_err_set(err, HL_ERR_PERM, "cannot parse the server certificate");
        goto out;
    }

    if (trust->pin_sha256 != NULL && *trust->pin_sha256 != '\0') {
        char hex[65];
        hl_sha256_hex(der[0], der_len[0], hex);
        if (pin_matches(trust->pin_sha256, hex))
            rc = 0;
        else
            hl_err_set(err, HL_ERR_PERM, "certificate SHA-256 %s does not match the pinned %s", hex,
                       trust->pin_sha256);
        goto out;
    }

    untrusted = sk_X509_new_null();
    if (untrusted == NULL) {
        hl_err_set(err, HL_ERR_PERM, "out of memory setting up verification");
        goto out;
    }
    for (size_t i = 1; i < n; i++) {
        X509 *x = parse_der(der[i], der_len[i]);
        if (x == NULL) {
            hl_err_set(err, HL_ERR_PERM, "cannot parse certificate %zu of the chain", i + 1);
            goto out;
        }
        if (sk_X509_push(untrusted, x) == 0) {
            X509_free(x);
            hl_err_set(err, HL_ERR_PERM, "out of memory setting up verification");
            goto out;
        }
    }
    rc = verify_chain(leaf, untrusted, host, trust, err);
out:
    sk_X509_pop_free(untrusted, X509_free);
    X509_free(leaf);
    ERR_clear_error();
    return rc;
}
