/*
 * Unit tests for lib/mail/charset.c: the charsets Vietnamese mail arrives in
 * (UTF-8 decomposed or not, windows-1258 with its combining tone marks,
 * VISCII with its capitals on control codes, TCVN3 when labelled), labels
 * that lie or are unknown, VNI (which nothing labels: kept, not decoded) and
 * malformed bytes, which become U+FFFD and are never dropped.  Table-driven:
 * each case is a label, bytes, the UTF-8 NFC expected, the charset reported
 * as used and whether that is a fallback.
 */
#include "charset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* U+FFFD */
#define R "\xef\xbf\xbd"

struct charset_case {
    const char *label;
    const char *in;
    size_t len; /* 0: strlen(in) */
    const char *want;
    const char *want_used;
    bool want_fallback;
};

static const struct charset_case cases[] = {
    {"utf-8", "Vi\xe1\xbb\x87t", 0, "Vi\xe1\xbb\x87t", "utf-8", false},
    /* decomposed input is composed: e + U+0302 + U+0323 -> U+1EC7 */
    {"UTF-8", "Vie\xcc\x82\xcc\xa3t", 0, "Vi\xe1\xbb\x87t", "utf-8", false},
    /* the same marks in the other order compose to the same letter */
    {"utf-8", "Vie\xcc\xa3\xcc\x82t", 0, "Vi\xe1\xbb\x87t", "utf-8", false},
    /* windows-1258: base letter + combining tone mark byte */
    {"windows-1258", "Vi\xea\xf2t", 0, "Vi\xe1\xbb\x87t", "windows-1258", false},
    {"\"CP1258\"", "Vi\xea\xf2t", 0, "Vi\xe1\xbb\x87t", "cp1258", false},
    /* each of the five tone marks (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE
     * tilde, 0xF2 dot below) on a, and on the letters of their own: o-horn
     * (0xF5), u-horn (0xFD), a-breve (0xE3), d-stroke (0xF0, 0xD0) */
    {"windows-1258", "a\xcc a\xec a\xd2 a\xde a\xf2", 0,
     "\xc3\xa0 \xc3\xa1 \xe1\xba\xa3 \xc3\xa3 \xe1\xba\xa1", "windows-1258", false},
    {"windows-1258", "\xf5\xec \xfd\xd2 \xe3\xde \xd0\xf0", 0,
     "\xe1\xbb\x9b \xe1\xbb\xad \xe1\xba\xb5 \xc4\x90\xc4\x91", "windows-1258", false},
    /* capitals: Â + dot below, Ư + grave = NGẬP ỪNG (U+1EAC, U+1EEA) */
    {"windows-1258", "NG\xc2\xf2P \xdd\xccNG", 0, "NG\xe1\xba\xacP \xe1\xbb\xaaNG", "windows-1258",
     false},
    /* a tone mark with no letter before it stays a combining mark */
    {"windows-1258", "\xec", 0, "\xcc\x81", "windows-1258", false},
    /* a byte windows-1258 leaves undefined: U+FFFD in its place (after the
     * letter the converter held back for a tone mark), the rest decoded */
    {"windows-1258",
     "a\x81"
     "b\xea\xf2",
     0, "a" R "b\xe1\xbb\x87", "windows-1258", false},
    /* VISCII: 0xAE is U+1EC7, 0xC5 is U+0102 */
    {"VISCII", "\xae \xc5", 0, "\xe1\xbb\x87 \xc4\x82", "viscii", false},
    {"viscii", "Vi\xaet Nam \xd0\xf0", 0, "Vi\xe1\xbb\x87t Nam \xc4\x90\xc4\x91", "viscii", false},
    /* VISCII puts capitals on six control codes: 0x02 is U+1EB2, 0x14 is
     * U+1EF6; bytes that look like ASCII are not ASCII there. */
    {"VISCII", "\x02\x14", 0, "\xe1\xba\xb2\xe1\xbb\xb6", "viscii", false},
    /* TCVN3 (TCVN 5712), when labelled: "ViÖt Nam, Hµ Néi" as Windows shows it */
    {"TCVN5712-1", "Vi\xd6t Nam, H\xb5 N\xe9i, \xa7\xae", 0,
     "Vi\xe1\xbb\x87t Nam, H\xc3\xa0 N\xe1\xbb\x99i, \xc4\x90\xc4\x91", "tcvn5712-1", false},
    {"tcvn",
     "\xae\xde"
     "a ch\xd8",
     0,
     "\xc4\x91\xe1\xbb\x8b"
     "a ch\xe1\xbb\x89",
     "tcvn", false},
    /* VNI is not a MIME charset and no converter knows it: the letters and
     * their separate mark bytes survive as windows-1258 characters, flagged,
     * so the clerk still has every byte to read ("Vieät Nam" = Việt Nam). */
    {"x-vni", "Vie\xe4t Nam", 0, "Vie\xc3\xa4t Nam", "windows-1258", true},
    {NULL, "Ha\xf8 No\xe4i", 0, "Ha\xc3\xb8 No\xc3\xa4i", "windows-1258", true},
    /* a label that lies */
    {"iso-8859-1", "Vi\xe1\xbb\x87t", 0, "Vi\xe1\xbb\x87t", "utf-8", true},
    {"us-ascii", "caf\xc3\xa9", 0, "caf\xc3\xa9", "utf-8", true},
    /* us-ascii over 8-bit bytes that are not UTF-8: windows-1252, flagged */
    {"us-ascii", "caf\xe9 \x80", 0, "caf\xc3\xa9 \xe2\x82\xac", "windows-1252", true},
    /* a label that is right */
    {"iso-8859-1", "caf\xe9", 0, "caf\xc3\xa9", "iso-8859-1", false},
    /* unknown labels: utf-8, then windows-1258, then latin1 */
    {"x-unknown", "Vi\xe1\xbb\x87t", 0, "Vi\xe1\xbb\x87t", "utf-8", true},
    {"x-unknown", "Vi\xea\xf2t", 0, "Vi\xe1\xbb\x87t", "windows-1258", true},
    {"x-unknown", "a\x81", 0, "a\xc2\x81", "iso-8859-1", true},
    {"utf-8//TRANSLIT", "abc", 0, "abc", "us-ascii", true},
    /* an absurdly long label is unknown, not passed on */
    {"x-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "abc", 0, "abc", "us-ascii",
     true},
    /* RFC 2231 language suffix and quotes */
    {"'utf-8*vi'", "\xc4\x91", 0, "\xc4\x91", "utf-8", false},
    {NULL, "plain", 0, "plain", "us-ascii", false},
    {"", "plain", 0, "plain", "us-ascii", false},
    {"utf-8", "", 0, "", "utf-8", false},
    /* invalid UTF-8 becomes U+FFFD, never dropped silently */
    {"utf-8",
     "a\xff"
     "b",
     0, "a" R "b", "utf-8", false},
    /* a surrogate: one U+FFFD per byte */
    {"utf-8",
     "a\xed\xa0\x80"
     "b",
     0, "a" R R R "b", "utf-8", false},
    /* overlong, lone continuation bytes, a sequence cut at the end */
    {"utf-8", "\xc0\xaf", 0, R R, "utf-8", false},
    {"utf-8", "\x80\xbf", 0, R R, "utf-8", false},
    {"utf-8", "abc\xe1\xbb", 0, "abc" R R, "utf-8", false},
    /* above U+10FFFF */
    {"utf-8", "\xf4\x90\x80\x80", 0, R R R R, "utf-8", false},
    /* four-byte UTF-8 is fine */
    {"utf-8", "\xf0\x9f\x98\x80", 0, "\xf0\x9f\x98\x80", "utf-8", false},
    /* NUL cannot travel in a C string: dropped (documented), the rest kept */
    {"utf-8", "a\0b\xc3\xa9", 5, "ab\xc3\xa9", "utf-8", false},
    /* a truncated multibyte sequence at the end of an iconv charset */
    {"shift_jis", "a\x82", 0, "a" R, "shift_jis", false},
};

static void
test_decode(void)
{
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        const struct charset_case *t = &cases[i];
        struct hl_arena a;
        hl_arena_init(&a);
        const char *used = NULL;
        bool fb = !t->want_fallback;
        size_t len = t->len ? t->len : strlen(t->in);
        char *got = hl_charset_decode(&a, t->label, (const unsigned char *)t->in, len, &used, &fb);
        CHECK_MSG(got != NULL && strcmp(got, t->want) == 0, "case %zu (%s): got \"%s\"", i,
                  t->label ? t->label : "NULL", got ? got : "(null)");
        CHECK_MSG(used != NULL && strcmp(used, t->want_used) == 0, "case %zu: used %s", i,
                  used ? used : "(null)");
        CHECK_MSG(fb == t->want_fallback, "case %zu: fallback %d", i, fb);
        CHECK_MSG(got == NULL || hl_utf8_valid((const unsigned char *)got, strlen(got)),
                  "case %zu: output is not UTF-8", i);
        hl_arena_fini(&a);
    }

    /* The out parameters may be NULL. */
    struct hl_arena a;
    hl_arena_init(&a);
    CHECK_STR(
        hl_charset_decode(&a, "windows-1258", (const unsigned char *)"\xea\xf2", 2, NULL, NULL),
        "\xe1\xbb\x87");
    hl_arena_fini(&a);
}

static void
test_valid(void)
{
    CHECK(hl_utf8_valid((const unsigned char *)"\xc3\xa9", 2));
    CHECK(!hl_utf8_valid((const unsigned char *)"\xc0\xaf", 2));         /* overlong */
    CHECK(!hl_utf8_valid((const unsigned char *)"\xe0\x80\xaf", 3));     /* overlong */
    CHECK(!hl_utf8_valid((const unsigned char *)"\xed\xa0\x80", 3));     /* surrogate */
    CHECK(!hl_utf8_valid((const unsigned char *)"\xe1\xbb", 2));         /* truncated */
    CHECK(!hl_utf8_valid((const unsigned char *)"\xf4\x90\x80\x80", 4)); /* > U+10FFFF */
    CHECK(!hl_utf8_valid((const unsigned char *)"\xf5\x80\x80\x80", 4));
    CHECK(hl_utf8_valid((const unsigned char *)"\xf4\x8f\xbf\xbf", 4)); /* U+10FFFF */
    CHECK(hl_utf8_valid((const unsigned char *)"", 0));
    /* the length counts, not the NUL */
    CHECK(hl_utf8_valid((const unsigned char *)"a\xe1\xbb\x87", 1));
    CHECK(hl_utf8_valid((const unsigned char *)"a\0b", 3));
}

static void
test_nfc(void)
{
    struct hl_arena a;
    hl_arena_init(&a);
    /* already NFC: the same bytes */
    CHECK_STR(hl_utf8_nfc(&a,
                          "Ng\xe1\xba\xadp \xc3\xba"
                          "ng",
                          11),
              "Ng\xe1\xba\xadp \xc3\xba"
              "ng");
    /* decomposed: composed, with every tone on o-horn */
    CHECK_STR(
        hl_utf8_nfc(
            &a, "\xc6\xa1\xcc\x80\xc6\xa1\xcc\x81\xc6\xa1\xcc\x89\xc6\xa1\xcc\x83\xc6\xa1\xcc\xa3",
            20),
        "\xe1\xbb\x9d\xe1\xbb\x9b\xe1\xbb\x9f\xe1\xbb\xa1\xe1\xbb\xa3");
    /* d + combining stroke does not exist: đ is a letter, and stays one */
    CHECK_STR(hl_utf8_nfc(&a, "\xc4\x91", 2), "\xc4\x91");
    /* invalid bytes: U+FFFD, the rest normalised */
    CHECK_STR(hl_utf8_nfc(&a, "\xffo\xcc\x9b", 4), R "\xc6\xa1");
    /* only len bytes are read */
    CHECK_STR(hl_utf8_nfc(&a, "abc", 2), "ab");
    CHECK_STR(hl_utf8_nfc(&a, "", 0), "");
    hl_arena_fini(&a);
}

int
main(void)
{
    test_decode();
    test_valid();
    test_nfc();
    return check_report();
}
