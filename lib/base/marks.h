/*
 * marks: telling apart words that fold alike, when the writer typed the
 * diacritics.  Folding (fold.h) lets one pattern match mail with and without
 * diacritics, at a price: "báo tử" (a death notice) and "thông báo từ chối"
 * (a refusal) both fold to "bao tu", "điện" and "diện" to "dien", "ồn" and
 * "cảm ơn" to "on".  A citizen who typed "từ" said which word it was; only a
 * word typed without marks is ambiguous.
 *
 * So a pattern's words written with diacritics are kept beside the folded
 * pattern (hl_marks_from_pattern), and a folded match is checked against the
 * original text (hl_marks_agree): a word at either end of the match that
 * carries marks must be one of the pattern's words of that folded spelling,
 * marks and all, unless the pattern also writes that spelling without marks
 * (then it asked for folding).  Tone placement does not count ("hoà" and
 * "hòa" agree), and a word typed without marks agrees with anything.
 *
 * Only whole words of the pattern's literal text count: a word beside a
 * character class, a dot or a quantifier ("nh[àa]", "nhà?") is only part of
 * what matches, and says nothing.
 *
 * Ownership: hl_marks_from_pattern returns a table the caller frees with
 * hl_marks_free.
 */
#ifndef HL_MARKS_H
#define HL_MARKS_H

#include "fold.h"

#include <stdbool.h>
#include <stddef.h>

struct hl_marks;

/* The words of a pattern (NFC source, as an administrator wrote it) whose
 * marks decide; NULL when the pattern writes no word with marks. */
struct hl_marks *hl_marks_from_pattern(const char *pattern);
void hl_marks_free(struct hl_marks *m);
/* How many words the table holds (for tests and traces). */
size_t hl_marks_count(const struct hl_marks *m);

/* True when the match [f0, f1) of folded text f (whose source is raw) has
 * at its first and last word nothing the pattern's marks rule out. */
bool hl_marks_agree(const struct hl_marks *m, const struct hl_folded *f, const char *raw, size_t f0,
                    size_t f1);

/* The marks of one word (len bytes of UTF-8 at s) in a canonical form: the
 * word case-folded with its vowel marks (circumflex, breve, horn) and đ kept
 * and its tone (grave, acute, hook, tilde, dot below) written once at the
 * end.  Writes at most cap bytes to sig (NUL-terminated) and returns the
 * length, or 0 when the word carries no mark or does not fit. */
size_t hl_marks_sig(const char *s, size_t len, char *sig, size_t cap);

#endif
