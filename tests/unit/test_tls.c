/*
 * Unit tests of hl_tls_verify_chain.  Certificates are minted in memory with
 * OpenSSL (P-256 keys, any validity window, any SANs), so the tests need no
 * fixtures and can build what openssl(1) cannot easily make, such as a
 * certificate that expired yesterday.  CA files go to a temporary directory.
 */
#include "tls.h"

#include <ctype.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

struct cert {
    X509 *x;
    EVP_PKEY *key;
    unsigned char *der;
    size_t der_len;
};

static void
add_ext(X509 *x, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, x, NULL, NULL, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(NULL, &ctx, nid, value);
    if (ext == NULL || X509_add_ext(x, ext, -1) != 1) {
        fprintf(stderr, "cannot add extension %s\n", value);
        abort();
    }
    X509_EXTENSION_free(ext);
}

/* Makes a certificate for cn, signed by issuer (self-signed when NULL), valid
 * from now+from_days to now+to_days.  san is an X509v3 subjectAltName value
 * ("DNS:a,IP:1.2.3.4") or NULL; eku an extendedKeyUsage value or NULL. */
static struct cert
mint(const char *cn, const struct cert *issuer, bool ca, long from_days, long to_days,
     const char *san, const char *eku)
{
    static long serial = 1;
    struct cert c = {0};
    c.key = EVP_EC_gen("P-256");
    c.x = X509_new();
    if (c.key == NULL || c.x == NULL)
        abort();
    X509_set_version(c.x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(c.x), serial++);
    X509_gmtime_adj(X509_getm_notBefore(c.x), from_days * 86400);
    X509_gmtime_adj(X509_getm_notAfter(c.x), to_days * 86400);
    X509_set_pubkey(c.x, c.key);
    X509_NAME *name = X509_get_subject_name(c.x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, (const unsigned char *)cn, -1, -1, 0);
    X509 *ix = issuer ? issuer->x : c.x;
    EVP_PKEY *ik = issuer ? issuer->key : c.key;
    X509_set_issuer_name(c.x, X509_get_subject_name(ix));
    add_ext(c.x, ix, NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
    add_ext(c.x, ix, NID_key_usage,
            ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature");
    add_ext(c.x, ix, NID_subject_key_identifier, "hash");
    add_ext(c.x, ix, NID_authority_key_identifier, "keyid:always");
    if (san)
        add_ext(c.x, ix, NID_subject_alt_name, san);
    if (eku)
        add_ext(c.x, ix, NID_ext_key_usage, eku);
    if (X509_sign(c.x, ik, EVP_sha256()) == 0)
        abort();
    int n = i2d_X509(c.x, &c.der);
    if (n <= 0)
        abort();
    c.der_len = (size_t)n;
    return c;
}

static void
cert_free(struct cert *c)
{
    X509_free(c->x);
    EVP_PKEY_free(c->key);
    OPENSSL_free(c->der);
}

static char tmpdir[64];

static char *
write_pem(const char *name, const struct cert *const *certs, size_t n)
{
    char *path = hl_xasprintf("%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    if (f == NULL)
        abort();
    for (size_t i = 0; i < n; i++)
        PEM_write_X509(f, certs[i]->x);
    fclose(f);
    return path;
}

/* Runs the verifier over certs (leaf first); returns its result and leaves
 * the message in err. */
static int
verify(const struct cert *const *certs, size_t n, const char *host, const char *ca_file,
       const char *pin, struct hl_err *err)
{
    const unsigned char *der[8];
    size_t len[8];
    for (size_t i = 0; i < n; i++) {
        der[i] = certs[i]->der;
        len[i] = certs[i]->der_len;
    }
    struct hl_tls_cfg trust = {.ca_file = (char *)ca_file, .pin_sha256 = (char *)pin};
    memset(err, 0, sizeof *err);
    int r = hl_tls_verify_chain(der, len, n, host, &trust, err);
    if (r == 0)
        CHECK_MSG(err->kind == HL_ERR_NONE, "success left an error: %s", err->msg);
    else
        CHECK_MSG(err->kind == HL_ERR_PERM, "refusal is not HL_ERR_PERM: %d %s", err->kind,
                  err->msg);
    return r;
}

#define EXPECT_OK(certs, host, ca, pin)                                                            \
    do {                                                                                           \
        struct hl_err e_;                                                                          \
        int r_ = verify(certs, HL_NELEM(certs), host, ca, pin, &e_);                               \
        CHECK_MSG(r_ == 0, "expected trust for %s, got: %s", host, e_.msg);                        \
    } while (0)

#define EXPECT_REFUSED(certs, n, host, ca, pin, needle)                                            \
    do {                                                                                           \
        struct hl_err e_;                                                                          \
        int r_ = verify(certs, n, host, ca, pin, &e_);                                             \
        CHECK_MSG(r_ == -1, "expected refusal for %s", host);                                      \
        CHECK_MSG(strstr(e_.msg, needle) != NULL, "message \"%s\" lacks \"%s\"", e_.msg, needle);  \
    } while (0)

int
main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/hl-test-tls-XXXXXX");
    if (mkdtemp(tmpdir) == NULL) {
        perror("mkdtemp");
        return 1;
    }

    struct cert ca = mint("Test CA", NULL, true, -1, 3650, NULL, NULL);
    struct cert other_ca = mint("Other CA", NULL, true, -1, 3650, NULL, NULL);
    struct cert inter = mint("Test Intermediate", &ca, true, -1, 3650, NULL, NULL);
    struct cert leaf = mint("imap.example.test", &ca, false, -1, 365,
                            "DNS:imap.example.test,IP:127.0.0.1,IP:::1", "serverAuth");
    struct cert via_inter =
        mint("mail.example.test", &inter, false, -1, 365, "DNS:mail.example.test", NULL);
    struct cert wild = mint("wild", &ca, false, -1, 365, "DNS:*.city.test", NULL);
    struct cert expired =
        mint("old.example.test", &ca, false, -30, -1, "DNS:old.example.test", "serverAuth");
    struct cert future =
        mint("new.example.test", &ca, false, 10, 365, "DNS:new.example.test", "serverAuth");
    struct cert client_only =
        mint("client.example.test", &ca, false, -1, 365, "DNS:client.example.test", "clientAuth");
    struct cert self =
        mint("self.example.test", NULL, false, -1, 365, "DNS:self.example.test", NULL);
    struct cert cn_only = mint("cn.example.test", &ca, false, -1, 365, NULL, NULL);

    const struct cert *ca_list[] = {&ca};
    const struct cert *other_list[] = {&other_ca};
    char *ca_file = write_pem("ca.pem", ca_list, 1);
    char *other_file = write_pem("other.pem", other_list, 1);
    char *missing_file = hl_xasprintf("%s/missing.pem", tmpdir);

    const struct cert *good[] = {&leaf};
    const struct cert *good_inter[] = {&via_inter, &inter};
    const struct cert *inter_missing[] = {&via_inter};
    const struct cert *wildc[] = {&wild};
    const struct cert *exp[] = {&expired};
    const struct cert *fut[] = {&future};
    const struct cert *cli[] = {&client_only};
    const struct cert *selfc[] = {&self};
    const struct cert *cnc[] = {&cn_only};

    /* Good chains: direct, through an intermediate the server sends, IP SANs. */
    EXPECT_OK(good, "imap.example.test", ca_file, NULL);
    EXPECT_OK(good, "IMAP.Example.Test", ca_file, NULL);
    EXPECT_OK(good, "127.0.0.1", ca_file, NULL);
    EXPECT_OK(good, "::1", ca_file, NULL);
    EXPECT_OK(good_inter, "mail.example.test", ca_file, NULL);
    EXPECT_OK(wildc, "so-xd.city.test", ca_file, NULL);

    /* Wrong CA, missing intermediate, no CA file and a private CA. */
    EXPECT_REFUSED(good, 1, "imap.example.test", other_file, NULL,
                   "unable to get local issuer certificate");
    EXPECT_REFUSED(inter_missing, 1, "mail.example.test", ca_file, NULL,
                   "unable to get local issuer certificate");
    EXPECT_REFUSED(good, 1, "imap.example.test", NULL, NULL, "unable to get local issuer");
    EXPECT_REFUSED(selfc, 1, "self.example.test", ca_file, NULL, "self-signed certificate");

    /* Host names: another name, an IP not in the cert, wildcard depth, and
     * a name only in the subject CN (never trusted: SANs are the standard). */
    EXPECT_REFUSED(good, 1, "localhost", ca_file, NULL, "does not name host localhost");
    EXPECT_REFUSED(good, 1, "127.0.0.2", ca_file, NULL, "does not name host 127.0.0.2");
    EXPECT_REFUSED(good, 1, "example.test", ca_file, NULL, "does not name host");
    EXPECT_REFUSED(wildc, 1, "a.b.city.test", ca_file, NULL, "does not name host");
    EXPECT_REFUSED(wildc, 1, "city.test", ca_file, NULL, "does not name host");
    EXPECT_REFUSED(cnc, 1, "cn.example.test", ca_file, NULL, "does not name host");

    /* Validity window and purpose. */
    EXPECT_REFUSED(exp, 1, "old.example.test", ca_file, NULL, "certificate has expired");
    EXPECT_REFUSED(fut, 1, "new.example.test", ca_file, NULL, "certificate is not yet valid");
    EXPECT_REFUSED(cli, 1, "client.example.test", ca_file, NULL, "unsuitable certificate purpose");

    /* Pins: sufficient alone (self-signed, no CA), exclusive (a valid chain
     * with another leaf is refused), hex in any case, colons tolerated. */
    char pin[65], pin_upper[65], leaf_pin[65];
    hl_sha256_hex(self.der, self.der_len, pin);
    hl_sha256_hex(leaf.der, leaf.der_len, leaf_pin);
    for (size_t i = 0; i < 65; i++)
        pin_upper[i] = (char)toupper((unsigned char)pin[i]);
    char pin_colons[100];
    size_t k = 0;
    for (size_t i = 0; i < 64; i += 2) {
        if (i)
            pin_colons[k++] = ':';
        pin_colons[k++] = pin_upper[i];
        pin_colons[k++] = pin_upper[i + 1];
    }
    pin_colons[k] = '\0';
    EXPECT_OK(selfc, "self.example.test", NULL, pin);
    EXPECT_OK(selfc, "self.example.test", NULL, pin_upper);
    EXPECT_OK(selfc, "self.example.test", NULL, pin_colons);
    EXPECT_OK(good, "imap.example.test", other_file, leaf_pin);
    EXPECT_REFUSED(good, 1, "imap.example.test", ca_file, pin, "does not match the pinned");
    char short_pin[65];
    memcpy(short_pin, leaf_pin, 65);
    short_pin[63] = '\0';
    EXPECT_REFUSED(good, 1, "imap.example.test", NULL, short_pin, "does not match the pinned");
    char flipped[65];
    memcpy(flipped, leaf_pin, 65);
    flipped[10] = flipped[10] == '0' ? '1' : '0';
    EXPECT_REFUSED(good, 1, "imap.example.test", NULL, flipped, "does not match the pinned");

    /* Fail closed: nothing presented, garbage, trailing bytes, a bad
     * certificate behind a good leaf, an unreadable CA file. */
    {
        struct hl_err e;
        struct hl_tls_cfg trust = {.ca_file = ca_file};
        CHECK_MSG(hl_tls_verify_chain(NULL, NULL, 0, "imap.example.test", &trust, &e) == -1 &&
                      e.kind == HL_ERR_PERM && strstr(e.msg, "no certificate"),
                  "empty chain: %s", e.msg);
        const unsigned char junk[] = "not a certificate";
        const unsigned char *der[] = {junk};
        size_t len[] = {sizeof junk};
        CHECK_MSG(hl_tls_verify_chain(der, len, 1, "imap.example.test", &trust, &e) == -1 &&
                      strstr(e.msg, "cannot parse"),
                  "garbage: %s", e.msg);
        unsigned char *padded = hl_xmalloc(leaf.der_len + 1);
        memcpy(padded, leaf.der, leaf.der_len);
        padded[leaf.der_len] = 0;
        der[0] = padded;
        len[0] = leaf.der_len + 1;
        CHECK_MSG(hl_tls_verify_chain(der, len, 1, "imap.example.test", &trust, &e) == -1 &&
                      strstr(e.msg, "cannot parse"),
                  "trailing byte: %s", e.msg);
        len[0] = leaf.der_len - 1;
        CHECK_MSG(hl_tls_verify_chain(der, len, 1, "imap.example.test", &trust, &e) == -1,
                  "truncated certificate accepted");
        free(padded);
        const unsigned char *der2[] = {leaf.der, junk};
        size_t len2[] = {leaf.der_len, sizeof junk};
        CHECK_MSG(hl_tls_verify_chain(der2, len2, 2, "imap.example.test", &trust, &e) == -1 &&
                      strstr(e.msg, "certificate 2"),
                  "garbage intermediate: %s", e.msg);
        const unsigned char *der3[] = {leaf.der};
        size_t len3[] = {leaf.der_len};
        CHECK_MSG(hl_tls_verify_chain(der3, len3, 1, "", &trust, &e) == -1, "empty host accepted");
        struct hl_tls_cfg missing = {.ca_file = missing_file};
        CHECK_MSG(hl_tls_verify_chain(der3, len3, 1, "imap.example.test", &missing, &e) == -1 &&
                      strstr(e.msg, "cannot load CA file"),
                  "missing CA file: %s", e.msg);
        /* The same good chain, to show the refusals above are not the harness. */
        CHECK_MSG(hl_tls_verify_chain(der3, len3, 1, "imap.example.test", &trust, &e) == 0,
                  "good chain after refusals: %s", e.msg);
    }

    struct cert *all[] = {&ca,      &other_ca, &inter,       &leaf, &via_inter, &wild,
                          &expired, &future,   &client_only, &self, &cn_only};
    for (size_t i = 0; i < HL_NELEM(all); i++)
        cert_free(all[i]);
    unlink(ca_file);
    unlink(other_file);
    rmdir(tmpdir);
    free(ca_file);
    free(other_file);
    free(missing_file);

    return check_report();
}
