/* Unit tests for lib/core/bounce.c: the tag against HMAC-SHA256 values computed
 * independently (Python's hmac module), the envelope sender and ENVID with
 * and without a key, every shape hl_bounce_parse must accept or refuse, and
 * that the tag is compared in constant time.  Runs from the repository root. */
#include "bounce.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define KEY "hotline-test-bounce-key-0123456789"

/* python3 -c 'import hmac,hashlib; print(hmac.new(KEY, b"42",
 * hashlib.sha256).hexdigest()[:16])' and so on. */
static const struct {
    int64_t id;
    const char *tag;
} known[] = {
    {1, "d11159d7c7ce9bfa"},
    {42, "9ef46e4a0c18b154"},
    {4711, "9d7fbc42eb038750"},
    {4712, "52e62dfc20561dda"},
};

static struct hl_bounce_key key;

static void
test_key(void)
{
    struct hl_err err = {0};
    struct hl_bounce_key k;
    /* 15 bytes are refused, and the message does not quote them. */
    CHECK(hl_bounce_key_init(&k, (const unsigned char *)"fifteen-bytes!!", 15, &err) == -1);
    CHECK(err.kind == HL_ERR_CONFIG && strstr(err.msg, "16") != NULL);
    CHECK(strstr(err.msg, "fifteen") == NULL);
    CHECK(k.len == 0);
    /* 16 are enough. */
    CHECK(hl_bounce_key_init(&k, (const unsigned char *)"exactly16bytes!!", 16, &err) == 0);
    char tag[HL_BOUNCE_TAG_LEN + 1];
    hl_bounce_tag(&k, 7, tag);
    CHECK_STR(tag, "db07a27c44b363b7");
    /* A key longer than the hash block gives HMAC's own result. */
    unsigned char longer[100];
    for (size_t i = 0; i < sizeof longer; i++)
        longer[i] = (unsigned char)i;
    CHECK(hl_bounce_key_init(&k, longer, sizeof longer, &err) == 0);
    hl_bounce_tag(&k, 42, tag);
    CHECK_STR(tag, "11e76b17e4591e68");
    /* fini leaves nothing of the key behind. */
    hl_bounce_key_fini(&k);
    static const struct hl_bounce_key zero;
    CHECK(memcmp(&k, &zero, sizeof k) == 0);
}

static void
test_tags(void)
{
    char tag[HL_BOUNCE_TAG_LEN + 1];
    for (size_t i = 0; i < HL_NELEM(known); i++) {
        hl_bounce_tag(&key, known[i].id, tag);
        CHECK_STR(tag, known[i].tag);
    }
}

static void
test_address_and_envid(void)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_bounce_address(&key, 42, "vpubnd.hanoi.example.vn", &b);
    CHECK_STR(b.data, "bounce+42-9ef46e4a0c18b154@vpubnd.hanoi.example.vn");
    hl_buf_reset(&b);
    hl_bounce_address(NULL, 42, "vpubnd.hanoi.example.vn", &b);
    CHECK_STR(b.data, "bounce+42@vpubnd.hanoi.example.vn");
    hl_buf_fini(&b);

    char envid[HL_BOUNCE_ENVID_SIZE];
    hl_bounce_envid(&key, 4711, envid);
    CHECK_STR(envid, "hl-4711-9d7fbc42eb038750");
    hl_bounce_envid(NULL, 4711, envid);
    CHECK_STR(envid, "hl-4711");
    /* The largest id fits, tag and all. */
    hl_bounce_envid(&key, INT64_MAX, envid);
    CHECK(strlen(envid) == 3 + 19 + 1 + HL_BOUNCE_TAG_LEN);
}

static enum hl_bounce_ref
parse(const struct hl_bounce_key *k, const char *s, int64_t *id)
{
    *id = -1;
    return hl_bounce_parse(k, s, strlen(s), id);
}

static void
test_parse(void)
{
    static const struct {
        const char *ref;
        enum hl_bounce_ref with_key, without_key;
        int64_t id; /* when not NOT_OURS */
    } cases[] = {
        /* the right tag */
        {"42-9ef46e4a0c18b154", HL_BOUNCE_TRUSTED, HL_BOUNCE_TRUSTED, 42},
        /* upper-cased on the way */
        {"42-9EF46E4A0C18B154", HL_BOUNCE_TRUSTED, HL_BOUNCE_TRUSTED, 42},
        /* wrong in the first, then in the last digit */
        {"42-0ef46e4a0c18b154", HL_BOUNCE_UNVERIFIED, HL_BOUNCE_TRUSTED, 42},
        {"42-9ef46e4a0c18b155", HL_BOUNCE_UNVERIFIED, HL_BOUNCE_TRUSTED, 42},
        /* another row's tag */
        {"42-9d7fbc42eb038750", HL_BOUNCE_UNVERIFIED, HL_BOUNCE_TRUSTED, 42},
        /* truncated, or too long */
        {"42-9ef46e4a0c18b15", HL_BOUNCE_UNVERIFIED, HL_BOUNCE_NOT_OURS, 42},
        {"42-9ef46e4a0c18b1540", HL_BOUNCE_UNVERIFIED, HL_BOUNCE_NOT_OURS, 42},
        {"42-", HL_BOUNCE_UNVERIFIED, HL_BOUNCE_NOT_OURS, 42},
        /* not hex: with a key a wrong tag, without one not our shape */
        {"42-9ef46e4a0c18b15z", HL_BOUNCE_UNVERIFIED, HL_BOUNCE_NOT_OURS, 42},
        /* no tag at all */
        {"42", HL_BOUNCE_UNVERIFIED, HL_BOUNCE_TRUSTED, 42},
        {"4711", HL_BOUNCE_UNVERIFIED, HL_BOUNCE_TRUSTED, 4711},
        /* never ours */
        {"", HL_BOUNCE_NOT_OURS, HL_BOUNCE_NOT_OURS, 0},
        {"0", HL_BOUNCE_NOT_OURS, HL_BOUNCE_NOT_OURS, 0},
        {"0-9ef46e4a0c18b154", HL_BOUNCE_NOT_OURS, HL_BOUNCE_NOT_OURS, 0},
        {"x42", HL_BOUNCE_NOT_OURS, HL_BOUNCE_NOT_OURS, 0},
        {"42x", HL_BOUNCE_NOT_OURS, HL_BOUNCE_NOT_OURS, 0},
        {"-9ef46e4a0c18b154", HL_BOUNCE_NOT_OURS, HL_BOUNCE_NOT_OURS, 0},
        {"42-9ef46e4a.0c18b154", HL_BOUNCE_NOT_OURS, HL_BOUNCE_NOT_OURS, 0},
        {"42-9ef46e4a0c18b154-1", HL_BOUNCE_NOT_OURS, HL_BOUNCE_NOT_OURS, 0},
        {"1234567890123456789", HL_BOUNCE_NOT_OURS, HL_BOUNCE_NOT_OURS, 0},
        {"42-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", HL_BOUNCE_NOT_OURS,
         HL_BOUNCE_NOT_OURS, 0},
    };
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        int64_t id;
        enum hl_bounce_ref r = parse(&key, cases[i].ref, &id);
        bool ok = r == cases[i].with_key && (r == HL_BOUNCE_NOT_OURS || id == cases[i].id);
        enum hl_bounce_ref r2 = parse(NULL, cases[i].ref, &id);
        bool ok2 = r2 == cases[i].without_key && (r2 == HL_BOUNCE_NOT_OURS || id == cases[i].id);
        CHECK(ok && ok2);
        if (!ok || !ok2)
            fprintf(stderr, "  \"%s\": with key %d (want %d), without %d (want %d)\n", cases[i].ref,
                    r, cases[i].with_key, r2, cases[i].without_key);
    }
    /* The largest id that fits in 18 digits. */
    int64_t id;
    CHECK(parse(NULL, "999999999999999999", &id) == HL_BOUNCE_TRUSTED &&
          id == 999999999999999999LL);
    /* Only n bytes are read: what follows the reference does not count. */
    CHECK(hl_bounce_parse(&key, "42-9ef46e4a0c18b154@x", 19, &id) == HL_BOUNCE_TRUSTED && id == 42);
}

/* A byte-wise early-exit comparison would let a forger find the tag one
 * digit at a time by timing.  Time cannot be measured reliably in a unit
 * test, so this checks the source, like a checksrc rule: the tag is compared
 * with CRYPTO_memcmp and bounce.c compares nothing with memcmp or strcmp. */
static void
test_constant_time_compare(void)
{
    FILE *f = fopen("lib/core/bounce.c", "rb");
    CHECK(f != NULL);
    if (f == NULL)
        return;
    static char src[65536];
    size_t n = fread(src, 1, sizeof src - 1, f);
    fclose(f);
    src[n] = '\0';
    const char *fn = strstr(src, "\ntag_verifies(");
    CHECK(fn != NULL);
    const char *end = fn ? strstr(fn, "\n}\n") : NULL;
    CHECK(end != NULL);
    if (fn == NULL || end == NULL)
        return;
    bool ct = false;
    for (const char *p = fn; (p = strstr(p, "CRYPTO_memcmp(")) != NULL && p < end; p++)
        ct = true;
    CHECK(ct);
    static const char *const early_exit[] = {"strcmp(", "strncmp(", "strcasecmp(", "strncasecmp(",
                                             "bcmp("};
    for (size_t i = 0; i < HL_NELEM(early_exit); i++)
        CHECK(strstr(src, early_exit[i]) == NULL);
    /* memcmp only as CRYPTO_memcmp. */
    for (const char *p = src; (p = strstr(p, "memcmp(")) != NULL; p++)
        CHECK(p - src >= 7 && strncmp(p - 7, "CRYPTO_", 7) == 0);
}

int
main(void)
{
    struct hl_err err = {0};
    if (hl_bounce_key_init(&key, (const unsigned char *)KEY, strlen(KEY), &err) < 0) {
        fprintf(stderr, "test_bounce: %s\n", err.msg);
        return 1;
    }
    test_key();
    test_tags();
    test_address_and_envid();
    test_parse();
    test_constant_time_compare();
    hl_bounce_key_fini(&key);
    return check_report();
}
