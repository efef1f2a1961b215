/* fold: see fold.h.  Cost: one table look-up per code point below U+2000 (which
 * covers Latin and every precomposed Vietnamese letter), utf8proc above. */
#include "fold.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define TABLE_SIZE 0x2000
#define MAX_FOLD_BYTES 12

struct folded_cp {
    uint8_t len;
    char bytes[MAX_FOLD_BYTES];
};

static struct folded_cp fold_table[TABLE_SIZE];
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;

/* Folds one code point into out (MAX_FOLD_BYTES); returns the byte count. */
static size_t
fold_cp_slow(int32_t cp, char *out)
{
    /* Hangul syllables carry no marks; decomposing them would only grow the text. */
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
    utf8proc_int32_t dec[8];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, dec, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, &boundclass);
    if (n < 0 || n > 8) {
        out[0] = '?';
        return 1;
    }
    size_t len = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        int32_t c = dec[i];
        if (c == 0x0111 || c == 0x0110) /* đ Đ: a letter of its own, not d + mark */
            c = 'd';
        if (len + 4 > MAX_FOLD_BYTES)
            break;
        len += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)out + len);
    }
    return len;
}

static void
build_table(void)
{
    for (int32_t cp = 0; cp < TABLE_SIZE; cp++) {
        if (cp < 0x80) {
            fold_table[cp].len = 1;
            fold_table[cp].bytes[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        } else {
            fold_table[cp].len = (uint8_t)fold_cp_slow(cp, fold_table[cp].bytes);
        }
    }
}

void
hl_fold_text(struct hl_arena *a, const char *s, size_t len, bool want_map, struct hl_folded *out)
{
    pthread_once(&fold_once, build_table);
    if (len > (1u << 30))
        len = 1u << 30;
    size_t cap = len + len / 2 + 16;
    char *dst = hl_arena_alloc(a, cap + 1);
    uint32_t *map = want_map ? hl_arena_alloc(a, (cap + 1) * sizeof *map) : NULL;
    size_t o = 0;
    bool invalid = false;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (o + MAX_FOLD_BYTES > cap) {
            /* Rare: case folding grew the text past our first guess. */
            size_t ncap = cap * 2;
            char *nd = hl_arena_alloc(a, ncap + 1);
            memcpy(nd, dst, o);
            dst = nd;
            if (want_map) {
                uint32_t *nm = hl_arena_alloc(a, (ncap + 1) * sizeof *nm);
                memcpy(nm, map, o * sizeof *nm);
                map = nm;
            }
            cap = ncap;
        }
        unsigned char c = u[i];
        if (c < 0x80) {
            if (want_map)
                map[o] = (uint32_t)i;
            dst[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        int32_t cp;
        size_t n = hl_utf8_next(u + i, len - i, &cp);
        char tmp[MAX_FOLD_BYTES];
        const char *bytes;
        size_t blen;
        if (n == 0) {
            n = 1;
            bytes = "?";
            blen = 1;
            invalid = true;
        } else if (cp < TABLE_SIZE) {
            bytes = fold_table[cp].bytes;
            blen = fold_table[cp].len;
        } else {
            blen = fold_cp_slow(cp, tmp);
            bytes = tmp;
        }
        for (size_t k = 0; k < blen; k++) {
            if (want_map)
                map[o] = (uint32_t)i;
            dst[o++] = bytes[k];
        }
        i += n;
    }
    dst[o] = '\0';
    if (want_map)
        map[o] = (uint32_t)len;
    out->text = dst;
    out->len = o;
    out->map = map;
    out->valid_utf8 = !invalid;
}

char *
hl_fold_str(const char *s)
{
    struct hl_arena a;
    struct hl_folded f;
    hl_arena_init(&a);
    hl_fold_text(&a, s, strlen(s), false, &f);
    char *r = hl_xstrndup(f.text, f.len);
    hl_arena_fini(&a);
    return r;
}

bool
hl_fold_is_word_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    utf8proc_category_t cat = utf8proc_category(cp);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ND) ||
           cat == UTF8PROC_CATEGORY_NL || cat == UTF8PROC_CATEGORY_NO;
}

bool
hl_fold_utf8_valid(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t n = hl_utf8_next(u + i, len - i, &cp);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

void
hl_fold_utf8_repair(char *s, size_t len)
{
    unsigned char *u = (unsigned char *)s;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t n = u[i] < 0x80 ? 1 : hl_utf8_next(u + i, len - i, &cp);
        if (n == 0) {
            s[i] = '?';
            n = 1;
        }
        i += n;
    }
}

char *
hl_fold_nfc(const char *s)
{
    size_t len = strlen(s);
    struct hl_buf clean;
    hl_buf_init(&clean);
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t n = u[i] < 0x80 ? 1 : hl_utf8_next(u + i, len - i, &cp);
        if (n == 0) {
            hl_buf_putc(&clean, '?');
            i++;
        } else {
            hl_buf_append(&clean, s + i, n);
            i += n;
        }
    }
    char *in = hl_buf_steal(&clean);
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)in);
    char *r = hl_xstrdup(nfc ? (const char *)nfc : in);
    free(nfc);
    free(in);
    return r;
}
