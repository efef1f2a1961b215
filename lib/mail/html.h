/*
 * html: reduces an HTML document (already decoded to UTF-8) to the text a
 * reader sees: script, style, head and comments dropped, tags removed, block
 * elements turned into line breaks, character references decoded (named,
 * &#dddd; and &#xhhhh;), whitespace runs collapsed.  It is not an HTML parser:
 * it does not build a tree, execute anything or fetch anything, and it never
 * fails; unbalanced markup just yields more or less text.
 *
 * Ownership: the result is allocated in the caller's arena.
 */
#ifndef HL_HTML_H
#define HL_HTML_H

#include "util.h"

/* Visible text of len bytes of UTF-8 HTML; lines separated by '\n', no
 * leading or trailing blank lines.  Not NFC-normalised (character references
 * may produce decomposed text): the caller normalises.  Never NULL. */
char *hl_html_to_text(struct hl_arena *a, const char *html, size_t len);

/* The charset named by a <meta charset=...> or <meta http-equiv
 * content="...; charset=..."> in the first 4 KiB, or NULL.  Arena string. */
char *hl_html_meta_charset(struct hl_arena *a, const unsigned char *html, size_t len);

#endif
