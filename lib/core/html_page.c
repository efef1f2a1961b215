/*
 * html_page: see html_page.h.
 */
#include "html_page.h"

void
hl_html_page_esc(struct hl_buf *b, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++) {
        switch (*p) {
        case '&':
            hl_buf_puts(b, "&amp;");
            break;
        case '<':
            hl_buf_puts(b, "&lt;");
            break;
        case '>':
            hl_buf_puts(b, "&gt;");
            break;
        case '"':
            hl_buf_puts(b, "&quot;");
            break;
        case '\'':
            hl_buf_puts(b, "&#39;");
            break;
        default:
            /* Control characters other than tab and line ends are not
             * allowed in HTML text. */
            if ((unsigned char)*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
                hl_buf_putc(b, ' ');
            else
                hl_buf_putc(b, *p);
        }
    }
}

void
hl_html_page_open(struct hl_buf *b, const char *title, const char *css)
{
    hl_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<title>");
    hl_html_page_esc(b, title);
    hl_buf_puts(b, "</title>\n<style>");
    hl_buf_puts(b, css);
    hl_buf_puts(b, "</style>\n</head>\n<body>\n");
}

void
hl_html_page_close(struct hl_buf *b)
{
    hl_buf_puts(b, "</body>\n</html>\n");
}
