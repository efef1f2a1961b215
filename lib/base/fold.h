/*
 * fold: Vietnamese diacritic folding, so that one pattern matches "ngập úng",
 * "ngap ung" and "NGẬP ÚNG".  Folding decomposes each code point (utf8proc,
 * canonical decomposition), drops every combining mark, applies Unicode case
 * folding and maps đ/Đ to d.  Text that is already ASCII only gets lower-cased.
 *
 * Both sides are folded: the rules fold their patterns once at load time and
 * the classifier folds each field of a message once per message.  Because the
 * folded text is shorter than the original, a folded offset can be mapped back
 * (hl_fold_text's map) so that traces and captures quote the citizen's own
 * words, with their diacritics.
 *
 * Invalid UTF-8 bytes are folded to '?' so the output is always valid UTF-8.
 * Output is never more than 3 bytes per input byte (Hangul syllables are not
 * decomposed; that bound is asserted).
 *
 * Ownership: hl_fold_text allocates in the caller's arena; hl_fold_str returns
 * a heap string the caller frees.
 */
#ifndef HL_FOLD_H
#define HL_FOLD_H

#include "util.h"

#include <stdint.h>

struct hl_folded {
    char *text;      /* NUL-terminated folded UTF-8 */
    size_t len;      /* bytes in text */
    uint32_t *map;   /* map[i]: offset in the source of the character that produced
                        text[i]; map[len] == source length.  NULL unless asked. */
    bool valid_utf8; /* the source was valid UTF-8 */
};

/* Folds len bytes of s into out (arena-allocated).  want_map asks for the
 * offset map.  Inputs over 1 GiB are truncated, as no mail gets there. */
void hl_fold_text(struct hl_arena *a, const char *s, size_t len, bool want_map,
                  struct hl_folded *out);

/* Folds a NUL-terminated string; returns a heap string the caller frees. */
char *hl_fold_str(const char *s);

/* Returns a heap copy of s in Unicode NFC (invalid UTF-8 is replaced by '?'). */
char *hl_fold_nfc(const char *s);

/* True when code point cp is part of a word: a letter, a digit, a mark. */
bool hl_fold_is_word_cp(int32_t cp);

/* True when the len bytes at s are valid UTF-8. */
bool hl_fold_utf8_valid(const char *s, size_t len);

/* Replaces every byte of an invalid UTF-8 sequence in s by '?', in place, so
 * offsets are unchanged. */
void hl_fold_utf8_repair(char *s, size_t len);

#endif
