/*
 * mime_transfer: Content-Transfer-Encoding: lenient base64 and
 * quoted-printable decoding of part bodies.
 * Part of the MIME parser (see mime.c, mime_int.h).
 */
#include "mime_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- transfer decoding ------------------------------------------------ */

int
hl_mime_hexval(unsigned char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    return -1;
}

static const signed char B64[256] = {
    ['A'] = 1,  ['B'] = 2,  ['C'] = 3,  ['D'] = 4,  ['E'] = 5,  ['F'] = 6,  ['G'] = 7,
    ['H'] = 8,  ['I'] = 9,  ['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14,
    ['O'] = 15, ['P'] = 16, ['Q'] = 17, ['R'] = 18, ['S'] = 19, ['T'] = 20, ['U'] = 21,
    ['V'] = 22, ['W'] = 23, ['X'] = 24, ['Y'] = 25, ['Z'] = 26, ['a'] = 27, ['b'] = 28,
    ['c'] = 29, ['d'] = 30, ['e'] = 31, ['f'] = 32, ['g'] = 33, ['h'] = 34, ['i'] = 35,
    ['j'] = 36, ['k'] = 37, ['l'] = 38, ['m'] = 39, ['n'] = 40, ['o'] = 41, ['p'] = 42,
    ['q'] = 43, ['r'] = 44, ['s'] = 45, ['t'] = 46, ['u'] = 47, ['v'] = 48, ['w'] = 49,
    ['x'] = 50, ['y'] = 51, ['z'] = 52, ['0'] = 53, ['1'] = 54, ['2'] = 55, ['3'] = 56,
    ['4'] = 57, ['5'] = 58, ['6'] = 59, ['7'] = 60, ['8'] = 61, ['9'] = 62, ['+'] = 63,
    ['/'] = 64, /* stored +1 so that 0 means "not in the alphabet" */
};

/* Lenient base64: skips junk, tolerates missing padding and restarts after
 * padding (some mailers concatenate encoded blobs).  Output <= 3/4 input. */
size_t
hl_mime_b64_decode(const unsigned char *in, size_t len, unsigned char *out, struct b64_report *r)
{
    unsigned acc = 0;
    int q = 0;
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = in[i];
        int v = B64[ch];
        if (v) {
            acc = (acc << 6) | (unsigned)(v - 1);
            if (++q == 4) {
                out[o++] = (unsigned char)(acc >> 16);
                out[o++] = (unsigned char)(acc >> 8);
                out[o++] = (unsigned char)acc;
                q = 0;
                acc = 0;
            }
        } else if (ch == '=') {
            if (q == 2) {
                out[o++] = (unsigned char)(acc >> 4);
            } else if (q == 3) {
                out[o++] = (unsigned char)(acc >> 10);
                out[o++] = (unsigned char)(acc >> 2);
            } else if (q == 1) {
                r->dangling = true;
            }
            q = 0;
            acc = 0;
        } else if (ch == '\r' || ch == '\n' || ch == ' ' || ch == '\t') {
            continue;
        } else {
            r->junk++;
        }
    }
    if (q == 1) {
        r->dangling = true;
    } else if (q == 2) {
        out[o++] = (unsigned char)(acc >> 4);
        r->unpadded = true;
    } else if (q == 3) {
        out[o++] = (unsigned char)(acc >> 10);
        out[o++] = (unsigned char)(acc >> 2);
        r->unpadded = true;
    }
    return o;
}

/* Lenient quoted-printable (RFC 2045 6.7): soft breaks with CRLF or LF,
 * trailing whitespace dropped, an '=' not followed by hex kept literally.
 * Output <= input. */
static size_t
qp_decode(const unsigned char *in, size_t len, unsigned char *out)
{
    size_t o = 0, line_keep = 0;
    size_t i = 0;
    while (i < len) {
        unsigned char ch = in[i];
        if (ch == '=') {
            int h1 = i + 1 < len ? hl_mime_hexval(in[i + 1]) : -1;
            int h2 = i + 2 < len ? hl_mime_hexval(in[i + 2]) : -1;
            if (h1 >= 0 && h2 >= 0) {
                out[o++] = (unsigned char)(h1 * 16 + h2);
                line_keep = o;
                i += 3;
                continue;
            }
            size_t j = i + 1;
            while (j < len && hl_mime_is_wsp(in[j]))
                j++;
            if (j >= len) {
                i = len; /* soft break at the very end */
                continue;
            }
            if (in[j] == '\n' || (in[j] == '\r' && j + 1 < len && in[j + 1] == '\n')) {
                i = j + (in[j] == '\r' ? 2 : 1);
                continue;
            }
            out[o++] = ch;
            line_keep = o;
            i++;
            continue;
        }
        if (ch == '\r' || ch == '\n') {
            o = line_keep; /* drop trailing whitespace (transport padding) */
            out[o++] = ch;
            line_keep = o;
            i++;
            continue;
        }
        out[o++] = ch;
        if (!hl_mime_is_wsp(ch))
            line_keep = o;
        i++;
    }
    return o;
}

/* Transfer-decodes a part body into the arena (NUL-terminated). */
unsigned char *
hl_mime_transfer_decode(struct ctx *c, const struct part *p, size_t *len_out)
{
    const unsigned char *in = c->raw + p->body_start;
    size_t len = p->body_end - p->body_start;
    unsigned char *out = hl_arena_alloc(&c->msg->arena, len + 1);
    size_t n;
    if (p->cte == CTE_BASE64) {
        struct b64_report r = {0, false, false};
        n = hl_mime_b64_decode(in, len, out, &r);
        if (r.junk || r.dangling || r.unpadded)
            hl_mime_problem(
                c,
                "%s part: broken base64 (%zu invalid character%s%s%s); decoded what was "
                "readable",
                p->ctype, r.junk, r.junk == 1 ? "" : "s",
                r.dangling ? ", truncated final group" : "", r.unpadded ? ", missing padding" : "");
    } else if (p->cte == CTE_QP) {
        n = qp_decode(in, len, out);
    } else {
        memcpy(out, in, len);
        n = len;
    }
    out[n] = '\0';
    *len_out = n;
    return out;
}
