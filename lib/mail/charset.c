/*
 * charset: legacy-charset bytes to UTF-8 NFC (see charset.h).
 *
 * Limits: input length is bounded by the caller (mime.c checks the message
 * size limit before anything reaches here).  Output is at most 4 bytes per
 * input byte for iconv (+3 per replaced byte), grown geometrically, so the
 * work is linear in the input.  Labels are sanitised before they reach
 * iconv_open(): a label such as "utf-8//TRANSLIT" must not change iconv's
 * behaviour, and an absurdly long one is simply unknown.
 *
 * iconv descriptors are opened per call, never shared, so the module is safe
 * to use from several worker threads at once.
 */
#include "charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* Length of the valid UTF-8 sequence at p (1..4), or 0 if invalid there.
 * Rejects overlongs, surrogates and code points above U+10FFFF, exactly the
 * set utf8proc refuses, so that hl_utf8_nfc never sees a map error. */
static size_t
utf8_seq_len(const unsigned char *p, size_t left)
{
    unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0;
    if (c < 0xE0) {
        if (left < 2 || (p[1] & 0xC0) != 0x80)
            return 0;
        return 2;
    }
    if (c < 0xF0) {
        if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && p[1] >= 0xA0)
            return 0; /* surrogate */
        return 3;
    }
    if (c < 0xF5) {
        if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0; /* overlong */
        if (c == 0xF4 && p[1] >= 0x90)
            return 0; /* above U+10FFFF */
        return 4;
    }
    return 0;
}

bool
hl_utf8_valid(const unsigned char *in, size_t len)
{
    size_t i = 0;
    while (i < len) {
        if (in[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = utf8_seq_len(in + i, len - i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

static bool
all_ascii(const unsigned char *in, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (in[i] >= 0x80)
            return false;
    return true;
}

/* Valid UTF-8 with every invalid sequence replaced by U+FFFD and NUL bytes
 * dropped (a C string cannot carry them and no clerk needs them). */
static void
utf8_sanitise(struct hl_buf *out, const unsigned char *in, size_t len)
{
    hl_buf_reserve(out, len);
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        while (i < len && in[i] < 0x80 && in[i] != 0)
            i++;
        if (i > start)
            hl_buf_append(out, in + start, i - start);
        if (i >= len)
            break;
        if (in[i] == 0) {
            i++;
            continue;
        }
        size_t n = utf8_seq_len(in + i, len - i);
        if (n == 0) {
            hl_buf_append(out, REPLACEMENT, 3);
            i++;
        } else {
            hl_buf_append(out, in + i, n);
            i += n;
        }
    }
}

/* Code points that are NFC_Quick_Check=Yes with combining class 0 and never
 * the second half of a canonical composition: text made only of these is
 * already NFC.  Covers ASCII, Latin-1, Latin Extended A/B, and the whole
 * precomposed Vietnamese block U+1E00..U+1EFF, so well-formed Vietnamese
 * mail skips utf8proc entirely (it dominated the profile). */
static bool
nfc_stable(unsigned cp)
{
    return cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2010 && cp <= 0x206F) ||
           (cp >= 0x20A0 && cp <= 0x20CF) || cp == 0xFFFD;
}

static unsigned
utf8_cp(const unsigned char *p, size_t n)
{
    switch (n) {
    case 1:
        return p[0];
    case 2:
        return ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3:
        return ((unsigned)(p[0] & 0x0F) << 12) | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    default:
        return ((unsigned)(p[0] & 0x07) << 18) | ((unsigned)(p[1] & 0x3F) << 12) |
               ((unsigned)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }
}

/* One pass: is the input valid UTF-8 without NUL, and already NFC? */
static void
utf8_quick_check(const unsigned char *in, size_t len, bool *clean_out, bool *nfc_out)
{
    bool nfc = true;
    size_t i = 0;
    while (i < len) {
        if (in[i] < 0x80) {
            if (in[i] == 0) {
                *clean_out = false;
                *nfc_out = false;
                return;
            }
            i++;
            continue;
        }
        size_t n = utf8_seq_len(in + i, len - i);
        if (n == 0) {
            *clean_out = false;
            *nfc_out = false;
            return;
        }
        if (nfc && !nfc_stable(utf8_cp(in + i, n)))
            nfc = false;
        i += n;
    }
    *clean_out = true;
    *nfc_out = nfc;
}

char *
hl_utf8_nfc(struct hl_arena *a, const char *in, size_t len)
{
    const unsigned char *u = (const unsigned char *)in;
    bool clean, nfc;
    utf8_quick_check(u, len, &clean, &nfc);
    if (clean && nfc)
        return hl_arena_strndup(a, in, len);

    struct hl_buf scratch;
    hl_buf_init(&scratch);
    const char *src = in;
    size_t src_len = len;
    if (!clean) {
        utf8_sanitise(&scratch, u, len);
        src = scratch.data ? scratch.data : "";
        src_len = scratch.len;
    }
    char *res;
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)src, (utf8proc_ssize_t)src_len,
                                      &mapped, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n >= 0 && mapped != NULL)
        res = hl_arena_strndup(a, (const char *)mapped, (size_t)n);
    else
        res = hl_arena_strndup(a, src, src_len);
    free(mapped);
    hl_buf_fini(&scratch);
    return res;
}

/* Lower-case, trimmed, unquoted label without an RFC 2231 language suffix
 * ("utf-8*vi").  Returns false when the label has characters no charset name
 * has; iconv must never see those. */
static bool
label_normalise(const char *label, char *out, size_t outsz)
{
    while (*label == ' ' || *label == '\t' || *label == '"' || *label == '\'')
        label++;
    size_t n = 0;
    for (; *label && *label != '*'; label++) {
        unsigned char c = (unsigned char)*label;
        if (c == '"' || c == '\'' || c == ' ' || c == '\t')
            break;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || c == '.' || c == ':';
        if (!ok || n + 1 >= outsz)
            return false;
        out[n++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    out[n] = '\0';
    return n > 0;
}

static bool
is_utf8_label(const char *l)
{
    return strcmp(l, "utf-8") == 0 || strcmp(l, "utf8") == 0;
}

/* Labels that mail software writes without looking at the bytes: when the
 * bytes are valid non-ASCII UTF-8 the label is taken to be lying. */
static bool
is_lazy_label(const char *l)
{
    static const char *const lazy[] = {
        "us-ascii",     "ascii",  "iso-8859-1",     "iso8859-1",  "latin1", "iso-8859-15",
        "windows-1252", "cp1252", "ansi_x3.4-1968", "iso_8859-1", "l1"};
    for (size_t i = 0; i < HL_NELEM(lazy); i++)
        if (strcmp(l, lazy[i]) == 0)
            return true;
    return false;
}

/* Charsets in which bytes below 0x80 are ASCII.  VISCII is not one of them:
 * it puts six Vietnamese capitals on control codes. */
static bool
is_ascii_compatible(const char *l)
{
    return is_utf8_label(l) || is_lazy_label(l) || hl_str_has_prefix_ci(l, "iso-8859-") ||
           hl_str_has_prefix_ci(l, "windows-125") || hl_str_has_prefix_ci(l, "cp125") ||
           strcmp(l, "koi8-r") == 0 || strcmp(l, "koi8-u") == 0;
}

static const char *
iconv_name(const char *l)
{
    if (strcmp(l, "us-ascii") == 0 || strcmp(l, "ascii") == 0)
        return "ANSI_X3.4-1968";
    if (strcmp(l, "x-viet-vps") == 0 || strcmp(l, "x-viscii") == 0)
        return "VISCII";
    return l;
}

/* Converts with iconv; returns false if iconv does not know the charset.
 * strict: fail (return false) on the first undecodable byte instead of
 * writing U+FFFD, used when guessing. */
static bool
iconv_decode(struct hl_buf *out, const char *label, const unsigned char *in, size_t len,
             bool strict)
{
    iconv_t cd = iconv_open("UTF-8", iconv_name(label));
    if (cd == (iconv_t)-1)
        return false;
    bool ok = true;
    char *ip = (char *)in;
    size_t ileft = len;
    hl_buf_reserve(out, len * 2 + 16);
    for (;;) {
        char *op = out->data + out->len;
        size_t oleft = out->cap - out->len - 1;
        size_t r = ileft ? iconv(cd, &ip, &ileft, &op, &oleft) : iconv(cd, NULL, NULL, &op, &oleft);
        int e = errno;
        out->len = (size_t)(op - out->data);
        out->data[out->len] = '\0';
        if (r != (size_t)-1) {
            if (ileft == 0) {
                /* Flush: windows-1258 holds back a base letter waiting for
                 * a tone mark. */
                op = out->data + out->len;
                oleft = out->cap - out->len - 1;
                if (iconv(cd, NULL, NULL, &op, &oleft) == (size_t)-1 && errno == E2BIG) {
                    hl_buf_reserve(out, 64);
                    continue;
                }
                out->len = (size_t)(op - out->data);
                out->data[out->len] = '\0';
                break;
            }
            continue;
        }
        if (e == E2BIG) {
            hl_buf_reserve(out, out->cap);
        } else if (e == EILSEQ || e == EINVAL) {
            if (strict) {
                ok = false;
                break;
            }
            /* windows-1258 holds back the last base letter for a tone mark
             * that may follow: let it out first, or the replacement would
             * land before it ("a\x81" would read "\uFFFDa"). */
            hl_buf_reserve(out, 16);
            op = out->data + out->len;
            oleft = out->cap - out->len - 1;
            iconv(cd, NULL, NULL, &op, &oleft);
            out->len = (size_t)(op - out->data);
            hl_buf_append(out, REPLACEMENT, 3);
            if (e == EINVAL) {
                ileft = 0; /* truncated sequence at the end */
            } else {
                ip++;
                ileft--;
            }
        } else {
            ok = false;
            break;
        }
    }
    iconv_close(cd);
    return ok;
}

static void
latin1_decode(struct hl_buf *out, const unsigned char *in, size_t len)
{
    hl_buf_reserve(out, len * 2);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = in[i];
        if (c < 0x80) {
            hl_buf_putc(out, (char)c);
        } else {
            hl_buf_putc(out, (char)(0xC0 | (c >> 6)));
            hl_buf_putc(out, (char)(0x80 | (c & 0x3F)));
        }
    }
}

char *
hl_charset_decode(struct hl_arena *a, const char *charset, const unsigned char *in, size_t len,
                  const char **used_out, bool *fallback_out)
{
    char label[48];
    bool have_label = charset != NULL && label_normalise(charset, label, sizeof label);
    /* A label too odd to normalise is still a declared (unknown) label. */
    bool declared = charset != NULL && charset[0] != '\0';
    const char *used;
    bool fallback = false;
    char *res;
    struct hl_buf b;
    hl_buf_init(&b);

    bool ascii = all_ascii(in, len);
    if (have_label && ascii && is_ascii_compatible(label)) {
        used = label;
        res = hl_utf8_nfc(a, (const char *)in, len);
        goto out;
    }
    if (have_label && is_utf8_label(label)) {
        used = "utf-8";
        res = hl_utf8_nfc(a, (const char *)in, len);
        goto out;
    }
    if (have_label && is_lazy_label(label)) {
        if (hl_utf8_valid(in, len)) {
            used = "utf-8";
            fallback = true;
            res = hl_utf8_nfc(a, (const char *)in, len);
            goto out;
        }
        /* us-ascii cannot hold 8-bit bytes; windows-1252 is what such
         * senders really mean.  Latin-1 proper goes through iconv. */
        const char *real = (strcmp(label, "us-ascii") == 0 || strcmp(label, "ascii") == 0 ||
                            strcmp(label, "ansi_x3.4-1968") == 0)
                               ? "windows-1252"
                               : label;
        if (real != label)
            fallback = true;
        if (!iconv_decode(&b, real, in, len, false))
            latin1_decode(&b, in, len);
        used = real;
        res = hl_utf8_nfc(a, b.data ? b.data : "", b.len);
        goto out;
    }
    if (have_label && iconv_decode(&b, label, in, len, false)) {
        used = label;
        res = hl_utf8_nfc(a, b.data ? b.data : "", b.len);
        goto out;
    }
    /* Unknown or missing label: guess, most likely first. */
    if (ascii) {
        used = "us-ascii";
        fallback = declared;
        res = hl_utf8_nfc(a, (const char *)in, len);
        goto out;
    }
    fallback = true;
    if (hl_utf8_valid(in, len)) {
        used = "utf-8";
        res = hl_utf8_nfc(a, (const char *)in, len);
        goto out;
    }
    hl_buf_reset(&b);
    if (iconv_decode(&b, "windows-1258", in, len, true)) {
        used = "windows-1258";
        res = hl_utf8_nfc(a, b.data ? b.data : "", b.len);
        goto out;
    }
    hl_buf_reset(&b);
    latin1_decode(&b, in, len);
    used = "iso-8859-1";
    res = hl_utf8_nfc(a, b.data ? b.data : "", b.len);
out:
    if (used_out)
        *used_out = hl_arena_strdup(a, used);
    if (fallback_out)
        *fallback_out = fallback;
    hl_buf_fini(&b);
    return res;
}
