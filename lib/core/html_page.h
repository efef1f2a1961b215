/*
 * html_page: the skeleton of the self-contained HTML pages hotline writes
 * (the report, report_html.c; the public directory, directory.c) and the one
 * HTML escaper they use.  A page is in Vietnamese, UTF-8, fits a phone
 * (viewport meta) and carries its stylesheet inline: no external stylesheet,
 * font, image or script, so the file can be mailed, archived and opened
 * offline.  Each page brings its own stylesheet; this module writes the
 * frame around it.  It does not read HTML (lib/mail/html.c does).
 */
#ifndef HL_HTML_PAGE_H
#define HL_HTML_PAGE_H

#include "util.h"

/* Appends s (NULL: nothing) escaped for HTML text and attribute values in
 * double quotes: & < > " ' become references, and control characters other
 * than tab and line ends, which HTML text may not hold, become spaces. */
void hl_html_page_esc(struct hl_buf *b, const char *s);

/* Appends the page up to and including "<body>\n": the doctype, <html
 * lang="vi">, the charset and viewport, the title (plain text, escaped
 * here) and the stylesheet css (written as is: it is ours, not data). */
void hl_html_page_open(struct hl_buf *b, const char *title, const char *css);
/* Appends "</body>\n</html>\n". */
void hl_html_page_close(struct hl_buf *b);

#endif
