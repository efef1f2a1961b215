/*
 * charset: legacy-charset bytes to UTF-8 NFC.  Knows the charsets Vietnamese
 * mail arrives in (UTF-8, windows-1258 with combining tone marks, VISCII,
 * TCVN3/VNI are not MIME-labelled and are not guessed) plus everything glibc
 * iconv knows.  A label that lies (iso-8859-1 or unknown over valid UTF-8) is
 * detected and the fallback recorded.
 *
 * Ownership: results are allocated in the caller's arena.
 */
#ifndef HL_CHARSET_H
#define HL_CHARSET_H

#include "util.h"

/* Decodes len bytes labelled with charset (may be NULL) into UTF-8 NFC.
 * Never fails: undecodable bytes become U+FFFD.  *used_out (arena string)
 * names the charset actually used; *fallback_out is true when it is not the
 * declared one. */
char *hl_charset_decode(struct hl_arena *a, const char *charset, const unsigned char *in,
                        size_t len, const char **used_out, bool *fallback_out);

/* NFC-normalises valid UTF-8 (invalid sequences become U+FFFD). */
char *hl_utf8_nfc(struct hl_arena *a, const char *in, size_t len);

bool hl_utf8_valid(const unsigned char *in, size_t len);

#endif
