/*
 * Unit tests for lib/base/util.c at its limits: growable buffers (empty,
 * embedded NUL, growth, steal), formatted strings past the first guess, the
 * error record (truncation, prefixing a full message, NULL), arenas
 * (zero-size and large allocations, alignment), diagnostics, file reading,
 * SHA-256, the retry backoff's range at every failure count, the movable
 * clock, JSON string escaping.  The logger has test_log.c.
 */
#include <limits.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "table.h"
#include "util.h"

static void
test_buf(void)
{
    struct hl_buf b;
    hl_buf_init(&b);
    CHECK(b.data == NULL && b.len == 0 && b.cap == 0);
    /* Stealing an empty buffer still gives a string. */
    char *s = hl_buf_steal(&b);
    CHECK_STR(s, "");
    free(s);

    /* Appending nothing makes the buffer a valid empty string. */
    hl_buf_append(&b, "x", 0);
    CHECK(b.data != NULL && b.data[0] == '\0' && b.len == 0);

    /* An embedded NUL is a byte like another; the data stays terminated. */
    hl_buf_append(&b, "a\0b", 3);
    hl_buf_putc(&b, '\0');
    CHECK_INT(b.len, 4);
    CHECK(memcmp(b.data, "a\0b\0", 5) == 0);

    /* Growth: 1 MiB in odd pieces, every byte where it belongs. */
    hl_buf_reset(&b);
    CHECK(b.len == 0 && b.data[0] == '\0');
    for (int i = 0; i < (1 << 20) / 7 + 1; i++)
        hl_buf_append(&b, "0123456", 7);
    CHECK(b.len == (size_t)((1 << 20) / 7 + 1) * 7);
    CHECK(b.cap > b.len && b.data[b.len] == '\0');
    CHECK(memcmp(b.data + b.len - 7, "0123456", 7) == 0 && b.data[700] == '0');
    size_t cap = b.cap;
    hl_buf_reset(&b);
    CHECK(b.cap == cap); /* reset keeps the memory */

    /* Reserve leaves room for extra bytes and the NUL. */
    hl_buf_reserve(&b, 3 * cap);
    CHECK(b.cap >= 3 * cap + 1);

    /* printf past any first guess, and an empty one. */
    hl_buf_reset(&b);
    hl_buf_printf(&b, "%s", "");
    CHECK_INT(b.len, 0);
    hl_buf_printf(&b, "%0*d|%s", 5000, 7, "end");
    CHECK_INT(b.len, 5004);
    CHECK(strcmp(b.data + 4999, "7|end") == 0 && b.data[0] == '0');

    s = hl_buf_steal(&b);
    CHECK(b.data == NULL && b.len == 0 && b.cap == 0);
    CHECK_INT(strlen(s), 5004);
    free(s);
    hl_buf_fini(&b);
    hl_buf_fini(&b); /* twice is fine */
}

static void
test_xasprintf(void)
{
    /* hl_xasprintf formats into 256 bytes first: both sides of that. */
    for (int n = 250; n <= 260; n++) {
        char *s = hl_xasprintf("%0*d", n, 1);
        CHECK_MSG(strlen(s) == (size_t)n && s[n - 1] == '1' && s[0] == '0', "width %d: %zu", n,
                  strlen(s));
        free(s);
    }
    char *s = hl_xasprintf("%s", "");
    CHECK_STR(s, "");
    free(s);
    s = hl_xstrndup("abcdef", 3);
    CHECK_STR(s, "abc");
    free(s);
    void *p = hl_xmalloc(0); /* never NULL, even for nothing */
    CHECK(p != NULL);
    free(p);
    p = hl_xcalloc(0, 0);
    CHECK(p != NULL);
    free(p);
    p = hl_xrealloc(NULL, 0);
    CHECK(p != NULL);
    free(p);
}

static void
test_err(void)
{
    CHECK_INT(hl_err_set(NULL, HL_ERR_TEMP, "x"), -1);
    CHECK_INT(hl_err_prefix(NULL, "x"), -1);

    struct hl_err err = {0};
    CHECK_INT(hl_err_set(&err, HL_ERR_INPUT, "uid %d: %s", 4711, "bad"), -1);
    CHECK(err.kind == HL_ERR_INPUT);
    CHECK_STR(err.msg, "uid 4711: bad");
    CHECK_INT(hl_err_prefix(&err, "mbox=%s", "so-xd"), -1);
    CHECK_STR(err.msg, "mbox=so-xd: uid 4711: bad");
    CHECK(err.kind == HL_ERR_INPUT); /* the kind is the cause's */

    /* A message longer than the record is cut, still terminated. */
    char big[3000];
    memset(big, 'm', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    hl_err_set(&err, HL_ERR_TEMP, "%s", big);
    CHECK_INT(strlen(err.msg), sizeof err.msg - 1);

    /* Prefixing a full record keeps the prefix and cuts the old message. */
    hl_err_prefix(&err, "ctx");
    CHECK_INT(strlen(err.msg), sizeof err.msg - 1);
    CHECK(strncmp(err.msg, "ctx: mmm", 8) == 0);

    /* A prefix longer than the record leaves room for ": " and the NUL. */
    hl_err_set(&err, HL_ERR_TEMP, "cause");
    hl_err_prefix(&err, "%s", big);
    CHECK(strlen(err.msg) < sizeof err.msg);
    CHECK(err.msg[0] == 'm');
    CHECK(strstr(err.msg, ": ") != NULL);

    /* Empty prefix and empty message. */
    hl_err_set(&err, HL_ERR_PERM, "%s", "");
    hl_err_prefix(&err, "%s", "");
    CHECK_STR(err.msg, ": ");

    CHECK_STR(hl_err_kind_name(HL_ERR_NONE), "none");
    CHECK_STR(hl_err_kind_name(HL_ERR_TEMP), "temporary");
    CHECK_STR(hl_err_kind_name(HL_ERR_PERM), "permanent");
    CHECK_STR(hl_err_kind_name(HL_ERR_INPUT), "input");
    CHECK_STR(hl_err_kind_name(HL_ERR_CONFIG), "config");
    CHECK_STR(hl_err_kind_name((enum hl_err_kind)99), "?");
}

static void
test_arena(void)
{
    struct hl_arena a;
    hl_arena_init(&a);
    CHECK(a.head == NULL && a.total == 0);
    void *z1 = hl_arena_alloc(&a, 0), *z2 = hl_arena_alloc(&a, 0);
    CHECK(z1 != NULL && z2 != NULL && z1 != z2);
    /* Every allocation is aligned for any type. */
    for (size_t n = 1; n < 100; n += 7) {
        void *p = hl_arena_alloc(&a, n);
        CHECK_MSG((uintptr_t)p % alignof(max_align_t) == 0, "size %zu: %p", n, p);
    }
    /* Larger than a block: a block of its own, fully usable. */
    size_t big = 100000;
    unsigned char *p = hl_arena_alloc(&a, big);
    memset(p, 0xab, big);
    CHECK(p[0] == 0xab && p[big - 1] == 0xab);
    CHECK(a.total >= big);
    /* ... and small ones after it still work. */
    char *s = hl_arena_strdup(&a, "after");
    CHECK_STR(s, "after");
    CHECK(hl_arena_strdup(&a, NULL) == NULL);
    CHECK_STR(hl_arena_strndup(&a, "abcdef", 2), "ab");
    char *m = hl_arena_memdup(&a, "x", 0);
    CHECK_STR(m, "");
    m = hl_arena_memdup(&a, "a\0b", 3);
    CHECK(memcmp(m, "a\0b\0", 4) == 0);
    char *f = hl_arena_printf(&a, "%0*d", 20000, 5);
    CHECK(strlen(f) == 20000 && f[19999] == '5');
    /* Many small allocations across blocks stay intact. */
    char *ptrs[2000];
    for (int i = 0; i < 2000; i++)
        ptrs[i] = hl_arena_printf(&a, "n%d", i);
    int ok = 0;
    for (int i = 0; i < 2000; i++) {
        char want[16];
        snprintf(want, sizeof want, "n%d", i);
        ok += strcmp(ptrs[i], want) == 0;
    }
    CHECK_INT(ok, 2000);
    hl_arena_fini(&a);
    CHECK(a.head == NULL && a.total == 0);
    hl_arena_fini(&a); /* twice is fine */
}

static void
test_diag(void)
{
    struct hl_diag d;
    hl_diag_init(&d);
    hl_diag_add(&d, "rules/land.conf", 7, "pattern error at offset %d", 14);
    hl_diag_add(&d, "hotline.conf", 0, "cannot read: %s", "No such file");
    hl_diag_add(&d, NULL, 3, "x");
    hl_diag_add(&d, "f", 1, "%s", "");
    CHECK_INT(d.n, 4);
    CHECK_STR(d.lines[0], "rules/land.conf:7: pattern error at offset 14");
    CHECK_STR(d.lines[1], "hotline.conf: cannot read: No such file");
    CHECK_STR(d.lines[2], "?:3: x");
    CHECK_STR(d.lines[3], "f:1: ");
    for (int i = 0; i < 100; i++)
        hl_diag_add(&d, "many.conf", i + 1, "problem %d", i);
    CHECK_INT(d.n, 104);
    CHECK_STR(d.lines[103], "many.conf:100: problem 99");
    hl_diag_fini(&d);
    CHECK(d.n == 0 && d.lines == NULL);
}

static void
test_files(void)
{
    char dir[] = "/tmp/hl-test-util-XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    char *path = hl_xasprintf("%s/f", dir);

    struct hl_err err = {0};
    size_t len = 99;
    CHECK(hl_read_file(path, &len, &err) == NULL);
    CHECK(err.kind == HL_ERR_CONFIG && strstr(err.msg, path) != NULL &&
          strstr(err.msg, "No such file") != NULL);

    FILE *f = fopen(path, "wb");
    REQUIRE(f != NULL);
    fclose(f);
    char *s = hl_read_file(path, &len, &err);
    CHECK(s != NULL && len == 0 && s[0] == '\0');
    free(s);

    /* Bytes as they are, a NUL included, past one 64 KiB chunk. */
    f = fopen(path, "wb");
    REQUIRE(f != NULL);
    for (int i = 0; i < 70000; i++)
        fputc(i == 5 ? '\0' : 'a' + i % 26, f);
    fclose(f);
    s = hl_read_file(path, &len, &err);
    CHECK(s != NULL && len == 70000 && s[5] == '\0' && s[69999] == 'a' + 69999 % 26 &&
          s[70000] == '\0');
    free(s);

    /* A secret loses its trailing line ends only. */
    f = fopen(path, "wb");
    REQUIRE(f != NULL);
    fputs("pa\r\nss\r\n\n", f);
    fclose(f);
    s = hl_read_secret(path, &err);
    CHECK_STR(s, "pa\r\nss");
    free(s);
    f = fopen(path, "wb");
    REQUIRE(f != NULL);
    fputs("\n\r\n", f);
    fclose(f);
    s = hl_read_secret(path, &err);
    CHECK_STR(s, "");
    free(s);

    /* A directory is not read. */
    memset(&err, 0, sizeof err);
    CHECK(hl_read_file(dir, &len, &err) == NULL);
    CHECK(err.kind == HL_ERR_CONFIG);

    unlink(path);
    rmdir(dir);
    free(path);
}

static void
test_sha256(void)
{
    char hex[65];
    hl_sha256_hex("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    hl_sha256_hex("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    hl_sha256_hex("a\0b", 3, hex); /* bytes, not a string */
    CHECK(strcmp(hex, "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb") != 0);
}

/* hl_backoff_ms(failures, max_s): 1 s doubled per failure, capped at max_s,
 * less up to half at random. */
static void
test_backoff(void)
{
    static const struct {
        int failures, max_s;
        int64_t full_ms;
    } cases[] = {
        {1, 300, 1000},      {2, 300, 2000},         {3, 300, 4000},
        {9, 300, 256000},    {10, 300, 300000},      {11, 300, 300000},
        {1000, 300, 300000}, {INT_MAX, 300, 300000}, {INT_MAX, 86400, 86400000},
        {0, 300, 1000}, /* not a failure count, but harmless */
        {-5, 300, 1000},     {5, 1, 1000},           {1, 0, 0},
    };
    srand(14);
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        int64_t lo = INT64_MAX, hi = INT64_MIN;
        for (int k = 0; k < 500; k++) {
            int64_t ms = hl_backoff_ms(cases[i].failures, cases[i].max_s);
            lo = ms < lo ? ms : lo;
            hi = ms > hi ? ms : hi;
        }
        int64_t full = cases[i].full_ms;
        CHECK_MSG(lo >= full / 2 && hi <= full, "failures %d max %d: %lld..%lld, want %lld..%lld",
                  cases[i].failures, cases[i].max_s, (long long)lo, (long long)hi,
                  (long long)(full / 2), (long long)full);
        /* the jitter spreads the delays (not all at one end) */
        if (full >= 1000)
            CHECK_MSG(hi - lo > full / 4, "failures %d: jitter %lld..%lld", cases[i].failures,
                      (long long)lo, (long long)hi);
    }
}

static void
test_clock(void)
{
    int64_t before = hl_now_mono_ms();
    hl_clock_set(1771207200); /* 2026-02-16 09:00 +0700 */
    int64_t now = hl_clock_now();
    CHECK(now >= 1771207200 && now <= 1771207201);
    hl_clock_set(0);
    CHECK(hl_clock_now() <= 1);
    CHECK(hl_now_mono_ms() >= before);
}

static void
test_strings(void)
{
    CHECK(hl_str_has_prefix_ci("Re: x", "re:"));
    CHECK(hl_str_has_prefix_ci("AUTO-REPLY", "auto-"));
    CHECK(hl_str_has_prefix_ci("x", ""));
    CHECK(!hl_str_has_prefix_ci("R", "re"));
    CHECK(!hl_str_has_prefix_ci("", "re"));

    struct hl_buf b;
    hl_buf_init(&b);
    hl_buf_json_str(&b, NULL);
    hl_buf_putc(&b, ' ');
    hl_buf_json_str(&b, "");
    hl_buf_putc(&b, ' ');
    hl_buf_json_str(&b, "q\"b\\n\nr\rt\tc\x01\x1f\x7f Đ");
    CHECK_STR(b.data, "null \"\" \"q\\\"b\\\\n\\nr\\rt\\tc\\u0001\\u001f\x7f Đ\"");
    hl_buf_fini(&b);

    /* JSON is UTF-8 (jsonb refuses anything else): stray, truncated and
     * overlong bytes become U+FFFD, valid sequences pass unchanged. */
    hl_buf_init(&b);
    hl_buf_json_str(&b, "ng\xe2p \xc0\xaf \xe1\xba Đ\xf0\x9f\x98\x80");
    CHECK_STR(b.data, "\"ng\\ufffdp \\ufffd\\ufffd \\ufffd\\ufffd Đ\xf0\x9f\x98\x80\"");
    hl_buf_fini(&b);
}

/* table.c: what a seam hands hotlinectl; cells copied, "" when unset. */
static void
test_table(void)
{
    struct hl_table *t = hl_table_new(2, 2);
    hl_table_set_name(t, 0, "code");
    hl_table_set_name(t, 1, "subject");
    char cell[] = "HL-1";
    hl_table_set(t, 0, 0, cell);
    cell[0] = 'X'; /* a copy was kept */
    hl_table_set(t, 0, 1, "Đường hỏng");
    hl_table_set(t, 1, 0, NULL);
    CHECK_STR(hl_table_name(t, 1), "subject");
    CHECK_STR(hl_table_get(t, 0, 0), "HL-1");
    CHECK_STR(hl_table_get(t, 0, 1), "Đường hỏng");
    CHECK_STR(hl_table_get(t, 1, 0), "");
    CHECK_STR(hl_table_get(t, 1, 1), "");
    hl_table_set(t, 0, 0, "HL-2"); /* replaced, the old freed */
    CHECK_STR(hl_table_get(t, 0, 0), "HL-2");
    hl_table_free(&t);
    CHECK(t == NULL);
    hl_table_free(&t);
    struct hl_table *empty = hl_table_new(0, 0);
    CHECK(empty->n_rows == 0 && empty->n_cols == 0);
    hl_table_free(&empty);
}

int
main(void)
{
    test_buf();
    test_xasprintf();
    test_err();
    test_arena();
    test_diag();
    test_files();
    test_sha256();
    test_backoff();
    test_clock();
    test_strings();
    test_table();
    return check_report();
}
