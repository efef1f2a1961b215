/*
 * fuzz_charset: libFuzzer target for charset decoding: hl_charset_decode()
 * under any label and bytes, hl_utf8_nfc() on raw bytes, and the folding
 * the rules apply to the decoded text (hl_fold_text with its offset map).
 * An input is "LABEL\nBYTES" when a newline comes within its first 64
 * bytes, and BYTES alone (no label) otherwise.  Seeds:
 * tests/fuzz/seeds/fuzz_charset (windows-1258 with tone marks, VISCII,
 * TCVN3, VNI, lying labels, broken UTF-8).
 *
 * Checks the contracts of charset.h and fold.h on every input:
 *   - decoding never fails: the text is valid UTF-8 in NFC (normalising it
 *     again changes nothing), the charset used is named, and a missing label
 *     over non-ASCII bytes is a fallback;
 *   - with no label or a UTF-8 label, bytes other than NUL never vanish:
 *     some text comes out;
 *   - hl_utf8_nfc of the raw bytes is valid UTF-8 and a fixed point;
 *   - folding gives valid UTF-8 of at most 3 bytes per input byte, a map
 *     that never goes back and ends at the input's length.
 *
 *   bash scripts/fuzz.sh fuzz_charset       (builds build-fuzz/ with clang)
 *   build-fuzz/fuzz_charset CRASH-FILE      (replays one input)
 */
#include "charset.h"
#include "fold.h"
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

static void
check_nfc(struct hl_arena *a, const char *s)
{
    size_t n = strlen(s);
    if (!hl_utf8_valid((const unsigned char *)s, n))
        abort();
    const char *again = hl_utf8_nfc(a, s, n);
    if (strcmp(again, s) != 0)
        abort();
}

static void
check_fold(struct hl_arena *a, const char *s)
{
    size_t n = strlen(s);
    struct hl_folded f;
    hl_fold_text(a, s, n, true, &f);
    if (f.text == NULL || f.map == NULL || strlen(f.text) != f.len || f.len > 3 * n)
        abort();
    if (!hl_fold_utf8_valid(f.text, f.len) || !f.valid_utf8)
        abort();
    for (size_t i = 0; i < f.len; i++)
        if (f.map[i] > f.map[i + 1] || f.map[i] >= n)
            abort();
    if (f.map[f.len] != n)
        abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char label[65];
    const char *lp = NULL;
    const uint8_t *nl = memchr(data, '\n', size < 64 ? size : 64);
    if (nl != NULL) {
        size_t ll = (size_t)(nl - data);
        memcpy(label, data, ll);
        label[ll] = '\0';
        lp = label;
        size -= ll + 1;
        data = nl + 1;
    }

    struct hl_arena a;
    hl_arena_init(&a);
    const char *used = NULL;
    bool fallback = false;
    char *text = hl_charset_decode(&a, lp, data, size, &used, &fallback);
    if (text == NULL || used == NULL || used[0] == '\0')
        abort();
    check_nfc(&a, text);

    bool ascii = true, has_text = false;
    for (size_t i = 0; i < size; i++) {
        ascii &= data[i] < 0x80;
        has_text |= data[i] != 0;
    }
    bool no_label = lp == NULL || lp[0] == '\0';
    if (no_label && !ascii && !fallback)
        abort();
    bool utf8_label = lp != NULL && (strcasecmp(lp, "utf-8") == 0 || strcasecmp(lp, "utf8") == 0);
    if ((no_label || utf8_label) && has_text && text[0] == '\0')
        abort();
    check_fold(&a, text);

    /* The raw bytes straight into hl_utf8_nfc, as the store does with text
     * it did not decode itself. */
    const char *raw = hl_utf8_nfc(&a, (const char *)data, size);
    check_nfc(&a, raw);
    hl_arena_fini(&a);
    return 0;
}
