/*
 * Unit tests for lib/base/fold.c: every Vietnamese vowel (a ă â e ê i o ô ơ u
 * ư y) with every tone (none, huyền, sắc, hỏi, ngã, nặng), in both cases,
 * precomposed and decomposed, folds to its ASCII letter; đ and Đ fold to d;
 * the offset map leads back to the citizen's own bytes; invalid UTF-8 becomes
 * '?' without moving offsets; folding that grows the text (Armenian ե+ւ
 * ligature) is handled.
 */
#include "fold.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* Each vowel with the six tones, precomposed (NFC), lower and upper case. */
static const struct {
    const char *lower, *upper;
    char ascii;
} vowels[] = {
    {"aàáảãạ", "AÀÁẢÃẠ", 'a'}, {"ăằắẳẵặ", "ĂẰẮẲẴẶ", 'a'}, {"âầấẩẫậ", "ÂẦẤẨẪẬ", 'a'},
    {"eèéẻẽẹ", "EÈÉẺẼẸ", 'e'}, {"êềếểễệ", "ÊỀẾỂỄỆ", 'e'}, {"iìíỉĩị", "IÌÍỈĨỊ", 'i'},
    {"oòóỏõọ", "OÒÓỎÕỌ", 'o'}, {"ôồốổỗộ", "ÔỒỐỔỖỘ", 'o'}, {"ơờớởỡợ", "ƠỜỚỞỠỢ", 'o'},
    {"uùúủũụ", "UÙÚỦŨỤ", 'u'}, {"ưừứửữự", "ƯỪỨỬỮỰ", 'u'}, {"yỳýỷỹỵ", "YỲÝỶỸỴ", 'y'},
};

/* The same vowels decomposed: a letter and its own mark (breve U+0306,
 * circumflex U+0302, horn U+031B) ... */
static const struct {
    const char *nfd;
    char ascii;
} bases[] = {
    {"a", 'a'}, {"a\xcc\x86", 'a'}, {"a\xcc\x82", 'a'}, {"e", 'e'}, {"e\xcc\x82", 'e'}, {"i", 'i'},
    {"o", 'o'}, {"o\xcc\x82", 'o'}, {"o\xcc\x9b", 'o'}, {"u", 'u'}, {"u\xcc\x9b", 'u'}, {"y", 'y'},
};
/* ... and a tone mark: none, grave, acute, hook above, tilde, dot below. */
static const char *const tones[] = {"", "\xcc\x80", "\xcc\x81", "\xcc\x89", "\xcc\x83", "\xcc\xa3"};

/* Length of the UTF-8 sequence starting with byte c. */
static size_t
seq_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static void
check_fold(const char *in, const char *want, const char *what)
{
    char *got = hl_fold_str(in);
    CHECK_MSG(strcmp(got, want) == 0, "%s: fold(\"%s\") = \"%s\", want \"%s\"", what, in, got,
              want);
    free(got);
}

static void
test_vowels(void)
{
    int letters = 0;
    for (size_t v = 0; v < HL_NELEM(vowels); v++) {
        const char *rows[] = {vowels[v].lower, vowels[v].upper};
        for (int r = 0; r < 2; r++) {
            /* one letter at a time */
            int n = 0;
            for (const char *p = rows[r]; *p; p += seq_len((unsigned char)*p), n++) {
                char one[8] = {0};
                memcpy(one, p, seq_len((unsigned char)*p));
                char want[2] = {vowels[v].ascii, '\0'};
                check_fold(one, want, "precomposed");
                letters++;
            }
            CHECK_MSG(n == 6, "row %s has %d letters", rows[r], n);
            /* and the row as one string */
            char want[7];
            memset(want, vowels[v].ascii, 6);
            want[6] = '\0';
            check_fold(rows[r], want, "row");
        }
    }
    CHECK_INT(letters, 12 * 6 * 2);

    for (size_t b = 0; b < HL_NELEM(bases); b++)
        for (size_t t = 0; t < HL_NELEM(tones); t++) {
            char want[2] = {bases[b].ascii, '\0'};
            /* canonical order, and the tone mark first */
            char *s = hl_xasprintf("%s%s", bases[b].nfd, tones[t]);
            check_fold(s, want, "decomposed");
            free(s);
            s = hl_xasprintf("%c%s%s", bases[b].nfd[0], tones[t], bases[b].nfd + 1);
            check_fold(s, want, "tone first");
            free(s);
        }

    /* đ and Đ are letters of their own, not d with a mark, and fold to d. */
    check_fold("đ", "d", "d-stroke");
    check_fold("Đ", "d", "D-stroke");
    check_fold("Đường đất", "duong dat", "d-stroke words");
    check_fold("NGẬP ÚNG", "ngap ung", "capitals");
    check_fold("Cộng hòa xã hội chủ nghĩa Việt Nam", "cong hoa xa hoi chu nghia viet nam",
               "sentence");
    /* ASCII is only lower-cased; punctuation and digits stay. */
    check_fold("ABC xyz 0-9 [HL-2026-000123]", "abc xyz 0-9 [hl-2026-000123]", "ascii");
    check_fold("", "", "empty");
    /* Other scripts: case folding, Hangul left whole. */
    check_fold("Straße", "strasse", "sharp s");
    check_fold("한국", "한국", "hangul");
}

static void
test_map(void)
{
    struct hl_arena a;
    hl_arena_init(&a);
    const char *src = "Đà Nẵng";
    struct hl_folded f;
    hl_fold_text(&a, src, strlen(src), true, &f);
    CHECK_STR(f.text, "da nang");
    CHECK_INT(f.len, 7);
    CHECK(f.valid_utf8);
    REQUIRE(f.map != NULL);
    /* "Đ" 0-1, "à" 2-3, " " 4, "N" 5, "ẵ" 6-8, "n" 9, "g" 10 */
    static const uint32_t want[] = {0, 2, 4, 5, 6, 9, 10, 11};
    for (size_t i = 0; i < HL_NELEM(want); i++)
        CHECK_MSG(f.map[i] == want[i], "map[%zu] = %u, want %u", i, f.map[i], want[i]);

    /* Without a map, none is made. */
    hl_fold_text(&a, src, strlen(src), false, &f);
    CHECK(f.map == NULL);

    /* A decomposed letter: every folded byte points at its base letter. */
    hl_fold_text(&a, "e\xcc\x82\xcc\xa3t", 6, true, &f);
    CHECK_STR(f.text, "et");
    CHECK(f.map[0] == 0 && f.map[1] == 5 && f.map[2] == 6);

    /* Invalid bytes fold to '?', one per byte, so offsets stay put. */
    hl_fold_text(&a, "a\xff\xc0\x80\xe1\xbb", 6, true, &f);
    CHECK_STR(f.text, "a?????");
    CHECK(!f.valid_utf8);
    for (uint32_t i = 0; i <= 6; i++)
        CHECK_MSG(f.map[i] == i, "invalid map[%u] = %u", i, f.map[i]);
    /* a surrogate and a code point beyond U+10FFFF are invalid too */
    hl_fold_text(&a, "\xed\xa0\x80\xf4\x90\x80\x80", 7, false, &f);
    CHECK_STR(f.text, "???????");

    /* Only len bytes are read (a NUL inside is a character like another). */
    hl_fold_text(&a, "ABc", 2, true, &f);
    CHECK_STR(f.text, "ab");
    CHECK(f.map[2] == 2);

    /* Folding that grows: U+0587 (2 bytes) folds to U+0565 U+0582 (4), past
     * the first guess of 1.5 times the input; the text and the map grow. */
    struct hl_buf in, want_text;
    hl_buf_init(&in);
    hl_buf_init(&want_text);
    for (int i = 0; i < 200; i++) {
        hl_buf_puts(&in, "\xd6\x87");
        hl_buf_puts(&want_text, "\xd5\xa5\xd6\x82");
    }
    hl_fold_text(&a, in.data, in.len, true, &f);
    CHECK_INT(f.len, want_text.len);
    CHECK_STR(f.text, want_text.data);
    CHECK(f.map[f.len] == in.len && f.map[f.len - 1] == in.len - 2 && f.map[4] == 2);
    hl_buf_fini(&in);
    hl_buf_fini(&want_text);
    hl_arena_fini(&a);
}

static void
test_utf8_helpers(void)
{
    CHECK(hl_fold_utf8_valid("Việt", strlen("Việt")));
    CHECK(hl_fold_utf8_valid("", 0));
    CHECK(!hl_fold_utf8_valid("\xc3", 1));
    CHECK(!hl_fold_utf8_valid("\xc0\xaf", 2));
    CHECK(!hl_fold_utf8_valid("\xed\xa0\x80", 3));
    CHECK(hl_fold_utf8_valid("\xf4\x8f\xbf\xbf", 4));
    CHECK(!hl_fold_utf8_valid("\xf4\x90\x80\x80", 4));

    char s[] = "a\xff"
               "b\xe1\xbb"
               "c\xc4\x91";
    size_t len = strlen(s);
    hl_fold_utf8_repair(s, len);
    CHECK_STR(s, "a?b??c\xc4\x91");
    CHECK_INT(strlen(s), len);

    char *n = hl_fold_nfc("Vie\xcc\x82\xcc\xa3t");
    CHECK_STR(n, "Vi\xe1\xbb\x87t");
    free(n);
    n = hl_fold_nfc("o\xcc\x9b\xcc\x80 \xff");
    CHECK_STR(n, "\xe1\xbb\x9d ?");
    free(n);
    n = hl_fold_nfc("");
    CHECK_STR(n, "");
    free(n);
}

int
main(void)
{
    test_vowels();
    test_map();
    test_utf8_helpers();
    return check_report();
}
