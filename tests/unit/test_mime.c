/*
 * Unit tests for mime: headers and structure, one line per failed check
 * (check.h), exit 1 on any failure.  Charsets and HTML have their own
 * (test_charset.c, test_html.c); the corpus-wide checks live in
 * test_corpus_decode.py.
 */
#include "mime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static bool
streq(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return a == b;
    return strcmp(a, b) == 0;
}

static struct hl_message *
parse(const char *s)
{
    return hl_mime_parse((const unsigned char *)s, strlen(s), NULL);
}

static void
test_headers(void)
{
    struct hl_message *m =
        parse("From: =?UTF-8?B?xJA=?=\r\n =?UTF-8?B?4bqldA==?= <a@example.com>\r\n"
              "To: one@example.com, \"Two, Jr\" <two@example.com>, (comment) three@example.com\r\n"
              "Cc: undisclosed-recipients:;\r\n"
              "Subject: =?utf-8?Q?Re=3A_=5BHL-2026-?= =?utf-8?Q?000123=5D_=C4=90?=\r\n"
              "Message-ID: <id@example.com>\r\n"
              "Delivered-To: box@example.vn\r\n"
              "X-Raw: Vi\xe1\xbb\x87t\r\n"
              "\r\n"
              "body\r\n");
    CHECK_MSG(streq(m->from.name, "\xc4\x90\xe1\xba\xa5t"), "from name %s", m->from.name);
    CHECK_MSG(streq(m->from.address, "a@example.com"), "from addr %s", m->from.address);
    CHECK_MSG(m->n_to == 3, "n_to %zu", m->n_to);
    if (m->n_to == 3) {
        CHECK_MSG(streq(m->to[1].name, "Two, Jr"), "to[1] %s", m->to[1].name);
        CHECK_MSG(m->to[2].name == NULL && streq(m->to[2].address, "three@example.com"), "to[2] %s",
                  m->to[2].address);
    }
    CHECK_MSG(m->n_cc == 0, "n_cc %zu", m->n_cc);
    CHECK_MSG(streq(m->subject, "Re: [HL-2026-000123] \xc4\x90"), "subject %s", m->subject);
    CHECK_MSG(streq(m->message_id, "<id@example.com>"), "mid %s", m->message_id);
    CHECK_MSG(streq(m->delivered_to, "box@example.vn"), "dt %s", m->delivered_to);
    CHECK_MSG(streq(hl_message_header(m, "x-raw"), "Vi\xe1\xbb\x87t"), "x-raw");
    CHECK_MSG(streq(hl_message_header(m, "SUBJECT"), m->subject), "case-insensitive lookup");
    CHECK_MSG(hl_message_header(m, "X-Absent") == NULL, "absent header");
    CHECK_MSG(streq(m->text, "body"), "text %s", m->text);
    CHECK_MSG(m->flags == 0, "flags %u problems %s", m->flags, m->problems);
    hl_message_free(&m);
    CHECK_MSG(m == NULL, "free clears the pointer");

    m = parse("From: MAILER-DAEMON@mx.example.vn (Mail Delivery System)\r\n\r\nx");
    CHECK_MSG(m->from.name == NULL && streq(m->from.address, "MAILER-DAEMON@mx.example.vn"),
              "comment is not a name: %s", m->from.name);
    hl_message_free(&m);

    m = parse("From: =?UTF-8?B?TmfGsOG7nWkgZMOibg==?=\r\nFrom: b@example.com\r\n\r\nx");
    CHECK_MSG(m->from.address == NULL && streq(m->from.name, "Ng\xc6\xb0\xe1\xbb\x9di d\xc3\xa2n"),
              "name-only From: %s", m->from.name);
    CHECK_MSG((m->flags & HL_MSG_MALFORMED) && m->problems && strstr(m->problems, "no address") &&
                  strstr(m->problems, "2 From headers"),
              "problems %s", m->problems);
    hl_message_free(&m);

    m = hl_mime_parse((const unsigned char *)"", 0, NULL);
    CHECK_MSG(m->text != NULL && m->text[0] == '\0' && (m->flags & HL_MSG_MALFORMED), "empty");
    CHECK_MSG(m->charset_note != NULL, "note never NULL");
    hl_message_free(&m);
    hl_message_free(&m); /* NULL is fine */
}

static void
test_structure(void)
{
    /* alternative: plain wins; attachment with RFC 2231 name; rfc822 bytes exact */
    const char *inner = "From: x@example.com\r\nSubject: inner\r\n\r\ninner body";
    char buf[2048];
    snprintf(buf, sizeof buf,
             "From: a@example.com\r\n"
             "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
             "preamble\r\n"
             "--outer\r\n"
             "Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
             "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
             "Xin ch=C3=A0o, d=\r\n=C3=B2ng d=C3=A0i   \r\n"
             "--alt\r\nContent-Type: text/html\r\n\r\n<p>HTML VERSION</p>\r\n"
             "--alt--\r\n"
             "--outer\r\n"
             "Content-Type: application/pdf\r\n"
             "Content-Disposition: attachment; filename*=utf-8''%%C4%%90%%C6%%A1n.pdf\r\n"
             "Content-Transfer-Encoding: base64\r\n\r\n"
             "JVBERi0x\r\n"
             "--outer\r\n"
             "Content-Type: message/rfc822\r\n\r\n"
             "%s\r\n"
             "--outer--\r\n"
             "epilogue\r\n",
             inner);
    struct hl_message *m = parse(buf);
    CHECK_MSG(streq(m->text, "Xin ch\xc3\xa0o, d\xc3\xb2ng d\xc3\xa0i"), "text \"%s\"", m->text);
    CHECK_MSG(m->n_atts == 2, "n_atts %zu", m->n_atts);
    if (m->n_atts == 2) {
        CHECK_MSG(streq(m->atts[0].filename, "\xc4\x90\xc6\xa1n.pdf"), "fn %s",
                  m->atts[0].filename);
        CHECK_MSG(streq(m->atts[0].content_type, "application/pdf"), "ct");
        CHECK_MSG(m->atts[0].size == 6 && memcmp(m->atts[0].data, "%PDF-1", 6) == 0, "pdf bytes");
        CHECK_MSG(streq(m->atts[1].content_type, "message/rfc822"), "ct rfc822");
        CHECK_MSG(m->atts[1].size == strlen(inner) &&
                      memcmp(m->atts[1].data, inner, strlen(inner)) == 0,
                  "rfc822 bytes exactly as in the file (size %zu)", m->atts[1].size);
        char hex[65];
        hl_sha256_hex(inner, strlen(inner), hex);
        CHECK_MSG(streq(m->atts[1].sha256, hex), "sha256");
    }
    CHECK_MSG(m->flags == 0, "flags %u: %s", m->flags, m->problems);
    hl_message_free(&m);

    /* missing closing boundary, bare LF, NUL and a long line */
    char longline[1200];
    memset(longline, 'x', sizeof longline - 1);
    longline[sizeof longline - 1] = '\0';
    snprintf(buf, sizeof buf,
             "From: a@example.com\nContent-Type: multipart/mixed; boundary=b\n\n"
             "--b\nContent-Type: text/plain\n\nfirst part\n--b\nContent-Type: text/plain\n\n"
             "second %s",
             longline);
    m = parse(buf);
    CHECK_MSG(strstr(m->text, "first part") && strstr(m->text, "second xxx"), "text %s", m->text);
    CHECK_MSG((m->flags & HL_MSG_MALFORMED) && m->problems &&
                  strstr(m->problems, "closing boundary missing") &&
                  strstr(m->problems, "bare LF") && strstr(m->problems, "998"),
              "problems %s", m->problems);
    hl_message_free(&m);

    /* limits: nesting deeper than max_depth, text still recovered */
    struct hl_buf deep;
    hl_buf_init(&deep);
    hl_buf_puts(&deep,
                "From: a@example.com\r\nContent-Type: multipart/mixed; boundary=\"d0\"\r\n\r\n");
    for (int i = 0; i < 40; i++)
        hl_buf_printf(&deep, "--d%d\r\nContent-Type: multipart/mixed; boundary=\"d%d\"\r\n\r\n", i,
                      i + 1);
    hl_buf_puts(&deep, "--d40\r\nContent-Type: text/plain\r\n\r\ndeep text\r\n");
    for (int i = 40; i >= 0; i--)
        hl_buf_printf(&deep, "--d%d--\r\n", i);
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    lim.max_depth = 5;
    m = hl_mime_parse((const unsigned char *)deep.data, deep.len, &lim);
    CHECK_MSG((m->flags & HL_MSG_OVER_LIMIT) && (m->flags & HL_MSG_MALFORMED), "depth flags %u",
              m->flags);
    CHECK_MSG(streq(m->text, "deep text"), "deep text \"%s\"", m->text);
    hl_message_free(&m);
    lim.max_depth = 50;
    m = hl_mime_parse((const unsigned char *)deep.data, deep.len, &lim);
    CHECK_MSG(m->flags == 0 && streq(m->text, "deep text"), "within limit: %u %s", m->flags,
              m->problems);
    hl_message_free(&m);
    hl_buf_fini(&deep);

    /* charset lie in the body is recorded, not treated as malformed */
    m = parse("From: a@example.com\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n"
              "Vi\xe1\xbb\x87t");
    CHECK_MSG(streq(m->text, "Vi\xe1\xbb\x87t"), "lie text");
    CHECK_MSG(m->flags == HL_MSG_CHARSET_FALLBACK, "lie flags %u", m->flags);
    CHECK_MSG(strstr(m->charset_note, "declared iso-8859-1, decoded as utf-8") != NULL, "note %s",
              m->charset_note);
    hl_message_free(&m);
}

int
main(void)
{
    test_headers();
    test_structure();
    return check_report();
}
