/*
 * bounce: see bounce.h.  HMAC-SHA256 from OpenSSL's libcrypto (already the
 * provider of SHA-256 in util.c); the comparison of a received tag with the
 * expected one is CRYPTO_memcmp, whose time does not depend on where the two
 * first differ, so a forger cannot learn the tag byte by byte.
 *
 * Limits: a row reference longer than 18 digits plus a 64-character tag is
 * not ours; nothing is allocated.
 */
#include "bounce.h"

#include <assert.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <string.h>

#define MAX_ID_DIGITS 18
#define MAX_TAG_CHARS 64

int
hl_bounce_key_init(struct hl_bounce_key *key, const unsigned char *secret, size_t len,
                   struct hl_err *err)
{
    memset(key, 0, sizeof *key);
    if (len < HL_BOUNCE_KEY_MIN_BYTES)
        return hl_err_set(err, HL_ERR_CONFIG, "a bounce key needs at least %d bytes",
                          HL_BOUNCE_KEY_MIN_BYTES);
    _Static_assert(sizeof key->bytes == 64, "SHA-256's block");
    key->len = hl_hmac_key(secret, len, key->bytes);
    return 0;
}

void
hl_bounce_key_fini(struct hl_bounce_key *key)
{
    explicit_bzero(key, sizeof *key);
}

void
hl_bounce_tag(const struct hl_bounce_key *key, int64_t id, char out[HL_BOUNCE_TAG_LEN + 1])
{
    HL_ASSERT(key != NULL && key->len > 0 && id > 0);
    char msg[24];
    int n = snprintf(msg, sizeof msg, "%lld", (long long)id);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int md_len = 0;
    HMAC(EVP_sha256(), key->bytes, (int)key->len, (const unsigned char *)msg, (size_t)n, md,
         &md_len);
    static const char hex[] = "0123456789abcdef";
    static_assert(HL_BOUNCE_TAG_LEN <= 64, "a tag is at most the whole digest");
    for (size_t i = 0; i < HL_BOUNCE_TAG_LEN / 2; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[HL_BOUNCE_TAG_LEN] = '\0';
    explicit_bzero(md, sizeof md);
}

void
hl_bounce_address(const struct hl_bounce_key *key, int64_t id, const char *domain,
                  struct hl_buf *out)
{
    if (key == NULL) {
        hl_buf_printf(out, "bounce+%lld@%s", (long long)id, domain);
        return;
    }
    char tag[HL_BOUNCE_TAG_LEN + 1];
    hl_bounce_tag(key, id, tag);
    hl_buf_printf(out, "bounce+%lld-%s@%s", (long long)id, tag, domain);
}

void
hl_bounce_envid(const struct hl_bounce_key *key, int64_t id, char out[HL_BOUNCE_ENVID_SIZE])
{
    if (key == NULL) {
        snprintf(out, HL_BOUNCE_ENVID_SIZE, "hl-%lld", (long long)id);
        return;
    }
    char tag[HL_BOUNCE_TAG_LEN + 1];
    hl_bounce_tag(key, id, tag);
    snprintf(out, HL_BOUNCE_ENVID_SIZE, "hl-%lld-%s", (long long)id, tag);
}

static bool
is_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool
is_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether tag[0..n) is the tag of id.  Only the length, which is public,
 * decides early; the bytes are compared in constant time. */
static bool
tag_verifies(const struct hl_bounce_key *key, int64_t id, const char *tag, size_t n)
{
    if (n != HL_BOUNCE_TAG_LEN)
        return false;
    char want[HL_BOUNCE_TAG_LEN + 1], got[HL_BOUNCE_TAG_LEN];
    hl_bounce_tag(key, id, want);
    /* A relay may have upper-cased the address. */
    for (size_t i = 0; i < n; i++)
        got[i] = tag[i] >= 'A' && tag[i] <= 'Z' ? (char)(tag[i] + 32) : tag[i];
    return CRYPTO_memcmp(want, got, HL_BOUNCE_TAG_LEN) == 0;
}

enum hl_bounce_ref
hl_bounce_parse(const struct hl_bounce_key *key, const char *s, size_t n, int64_t *id_out)
{
    size_t d = 0;
    int64_t id = 0;
    while (d < n && s[d] >= '0' && s[d] <= '9') {
        if (d == MAX_ID_DIGITS)
            return HL_BOUNCE_NOT_OURS;
        id = id * 10 + (s[d] - '0');
        d++;
    }
    if (d == 0 || id == 0)
        return HL_BOUNCE_NOT_OURS;
    const char *tag = NULL;
    size_t tn = 0;
    if (d < n) {
        if (s[d] != '-')
            return HL_BOUNCE_NOT_OURS;
        tag = s + d + 1;
        tn = n - d - 1;
        if (tn > MAX_TAG_CHARS)
            return HL_BOUNCE_NOT_OURS;
        for (size_t i = 0; i < tn; i++)
            if (!is_alnum(tag[i]))
                return HL_BOUNCE_NOT_OURS;
    }
    if (key == NULL) {
        /* No key: only the shapes we ever wrote. */
        if (tag != NULL) {
            bool shaped = tn == HL_BOUNCE_TAG_LEN;
            for (size_t i = 0; shaped && i < tn; i++)
                shaped = is_hex(tag[i]);
            if (!shaped)
                return HL_BOUNCE_NOT_OURS;
        }
        *id_out = id;
        return HL_BOUNCE_TRUSTED;
    }
    *id_out = id;
    return tag != NULL && tag_verifies(key, id, tag, tn) ? HL_BOUNCE_TRUSTED : HL_BOUNCE_UNVERIFIED;
}
