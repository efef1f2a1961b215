/* Unit tests for lib/mail/compose.c: RFC 5322 output, header injection, attached files (read
 * back with lib/mail/mime.c).  Case tags are tested in test_thread.c, the answer in a clerk's
 * reply in test_reply_text.c. */
#include "compose.h"
#include "mime.h"
#include "thread.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"

/* ---- small independent decoders for checking the output ---- */

static int
b64val(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

static void
b64_decode(const char *s, size_t n, struct hl_buf *out)
{
    unsigned v = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        int d = b64val(s[i]);
        if (d < 0)
            continue;
        v = (v << 6) | (unsigned)d;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            hl_buf_putc(out, (char)((v >> bits) & 0xff));
        }
    }
}

static int
hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static void
qp_decode(const char *s, size_t n, struct hl_buf *out)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '=' && i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n') {
            i += 2;
        } else if (s[i] == '=' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            hl_buf_putc(out, (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2])));
            i += 2;
        } else {
            hl_buf_putc(out, s[i]);
        }
    }
}

static bool
valid_utf8(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (k == 0 || i + k > n)
            return false;
        for (size_t j = 1; j < k; j++)
            if ((s[i + j] & 0xC0) != 0x80)
                return false;
        i += k;
    }
    return true;
}

/* Decodes an unfolded header value (RFC 2047 6.2: blanks between two
 * encoded-words vanish, blanks next to plain text stay), checking that each
 * word alone holds whole UTF-8 characters and is at most 75 characters. */
static char *
decode_words(const char *value, bool *each_ok)
{
    struct hl_buf out;
    hl_buf_init(&out);
    *each_ok = value != NULL;
    bool after_word = false;
    for (const char *p = value ? value : ""; *p;) {
        const char *e = strncmp(p, "=?UTF-8?B?", 10) == 0 ? strstr(p + 10, "?=") : NULL;
        if (e != NULL) {
            if (e + 2 - p > 75)
                *each_ok = false;
            struct hl_buf w;
            hl_buf_init(&w);
            b64_decode(p + 10, (size_t)(e - p - 10), &w);
            if (!valid_utf8((const unsigned char *)(w.data ? w.data : ""), w.len))
                *each_ok = false;
            hl_buf_append(&out, w.data ? w.data : "", w.len);
            hl_buf_fini(&w);
            p = e + 2;
            after_word = true;
            continue;
        }
        if (*p == ' ' && after_word) {
            const char *q = p;
            while (*q == ' ')
                q++;
            if (strncmp(q, "=?UTF-8?B?", 10) == 0) {
                p = q;
                continue;
            }
        }
        hl_buf_putc(&out, *p++);
        after_word = false;
    }
    return hl_buf_steal(&out);
}

/* ---- helpers over a composed message ---- */

struct parsed {
    char *head; /* header block, CRLF lines */
    char *body;
};

static struct parsed
split(const char *msg)
{
    struct parsed p = {0};
    const char *sep = strstr(msg, "\r\n\r\n");
    if (sep == NULL) {
        p.head = hl_xstrdup(msg);
        p.body = hl_xstrdup("");
    } else {
        p.head = hl_xstrndup(msg, (size_t)(sep - msg) + 2);
        p.body = hl_xstrdup(sep + 4);
    }
    return p;
}

static void
parsed_free(struct parsed *p)
{
    free(p->head);
    free(p->body);
}

/* Number of header fields called name (lines starting "name:"). */
static int
count_headers(const char *head, const char *name)
{
    int n = 0;
    size_t nl = strlen(name);
    for (const char *l = head; *l;) {
        if (strncasecmp(l, name, nl) == 0 && l[nl] == ':')
            n++;
        const char *e = strstr(l, "\r\n");
        if (e == NULL)
            break;
        l = e + 2;
    }
    return n;
}

/* Unfolded value of the first header called name; caller frees. */
static char *
header_value(const char *head, const char *name)
{
    size_t nl = strlen(name);
    for (const char *l = head; *l;) {
        const char *e = strstr(l, "\r\n");
        if (strncasecmp(l, name, nl) == 0 && l[nl] == ':') {
            struct hl_buf v;
            hl_buf_init(&v);
            const char *s = l + nl + 1;
            for (;;) {
                e = strstr(s, "\r\n");
                hl_buf_append(&v, s, (size_t)(e - s));
                if (e[2] != ' ' && e[2] != '\t')
                    break;
                s = e + 2;
            }
            char *r = hl_buf_steal(&v);
            char *t = r;
            while (*t == ' ')
                t++;
            memmove(r, t, strlen(t) + 1);
            return r;
        }
        if (e == NULL)
            break;
        l = e + 2;
    }
    return NULL;
}

/* Every line ends in CRLF, no bare CR or LF, none longer than max columns. */
static bool
lines_ok(const char *s, size_t max)
{
    size_t col = 0;
    for (const char *p = s; *p; p++) {
        if (*p == '\r') {
            if (p[1] != '\n')
                return false;
            p++;
            col = 0;
            continue;
        }
        if (*p == '\n')
            return false;
        if (++col > max)
            return false;
    }
    return true;
}

static struct hl_compose_mail
base_mail(void)
{
    struct hl_compose_mail m;
    memset(&m, 0, sizeof m);
    m.from.name = "Sở Xây dựng thành phố Hà Nội";
    m.from.address = "phananh@soxd.hanoi.example.vn";
    m.to[0].name = "Nguyễn Văn An";
    m.to[0].address = "an.nguyen@example.net";
    m.n_to = 1;
    m.subject = "[HL-2026-000123] Đã tiếp nhận phản ánh, kiến nghị của Ông/Bà";
    m.date = 1771198260; /* 2026-02-15T23:31:00Z = 16/02/2026 06:31 +0700 */
    m.message_id = "<hl.HL-2026-000123.ack.42@hotline.example.vn>";
    m.in_reply_to = "<20260216063100.abc@example.net>";
    m.references = "<20260216063100.abc@example.net>";
    m.auto_submitted = HL_COMPOSE_AUTO_REPLIED;
    m.loop_domain = "hotline.example.vn";
    m.body = "Kính gửi Ông/Bà Nguyễn Văn An,\n\nMã số phản ánh: HL-2026-000123\n";
    m.cte = HL_COMPOSE_QP;
    return m;
}

static void
test_ack(void)
{
    struct hl_compose_mail m = base_mail();
    struct hl_buf out;
    hl_buf_init(&out);
    struct hl_err err = {0};
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    CHECK(lines_ok(out.data, 78));
    struct parsed p = split(out.data);
    char *v;
    CHECK_STR(v = header_value(p.head, "Date"), "Mon, 16 Feb 2026 06:31:00 +0700");
    free(v);
    CHECK_STR(v = header_value(p.head, "Message-ID"),
              "<hl.HL-2026-000123.ack.42@hotline.example.vn>");
    free(v);
    CHECK_STR(v = header_value(p.head, "In-Reply-To"), "<20260216063100.abc@example.net>");
    free(v);
    CHECK_STR(v = header_value(p.head, "References"), "<20260216063100.abc@example.net>");
    free(v);
    CHECK_STR(v = header_value(p.head, "Auto-Submitted"), "auto-replied");
    free(v);
    CHECK_STR(v = header_value(p.head, "X-Auto-Response-Suppress"), "OOF, AutoReply");
    free(v);
    CHECK_STR(v = header_value(p.head, "X-Hotline-Loop"), "hotline.example.vn");
    free(v);
    CHECK_STR(v = header_value(p.head, "MIME-Version"), "1.0");
    free(v);
    CHECK_STR(v = header_value(p.head, "Content-Type"), "text/plain; charset=utf-8");
    free(v);
    CHECK_STR(v = header_value(p.head, "Content-Transfer-Encoding"), "quoted-printable");
    free(v);
    /* From: encoded display name that decodes back, then the address. */
    v = header_value(p.head, "From");
    bool ok;
    char *dec = decode_words(v, &ok);
    CHECK(ok);
    CHECK_STR(dec, "Sở Xây dựng thành phố Hà Nội <phananh@soxd.hanoi.example.vn>");
    CHECK(v && strstr(v, "?= <phananh@soxd.hanoi.example.vn>") != NULL);
    free(dec);
    free(v);
    v = header_value(p.head, "Subject");
    CHECK(v && strncmp(v, "[HL-2026-000123] =?UTF-8?B?", 27) == 0);
    dec = decode_words(v, &ok);
    CHECK(ok);
    CHECK_STR(dec, m.subject);
    free(dec);
    free(v);
    /* Body: QP that decodes to the CRLF text, lines within 76. */
    CHECK(lines_ok(p.body, 76));
    struct hl_buf body;
    hl_buf_init(&body);
    qp_decode(p.body, strlen(p.body), &body);
    CHECK_STR(body.data,
              "Kính gửi Ông/Bà Nguyễn Văn An,\r\n\r\nMã số phản ánh: HL-2026-000123\r\n");
    hl_buf_fini(&body);
    parsed_free(&p);

    /* Base64 variant. */
    hl_buf_reset(&out);
    m.cte = HL_COMPOSE_BASE64;
    m.auto_submitted = HL_COMPOSE_AUTO_GENERATED;
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    p = split(out.data);
    CHECK_STR(v = header_value(p.head, "Auto-Submitted"), "auto-generated");
    free(v);
    CHECK_STR(v = header_value(p.head, "Content-Transfer-Encoding"), "base64");
    free(v);
    hl_buf_init(&body);
    b64_decode(p.body, strlen(p.body), &body);
    CHECK_STR(body.data,
              "Kính gửi Ông/Bà Nguyễn Văn An,\r\n\r\nMã số phản ánh: HL-2026-000123\r\n");
    hl_buf_fini(&body);
    parsed_free(&p);

    /* A human mail has no Auto-Submitted; the loop header is always there. */
    hl_buf_reset(&out);
    m.auto_submitted = HL_COMPOSE_HUMAN;
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    p = split(out.data);
    CHECK(count_headers(p.head, "Auto-Submitted") == 0);
    CHECK(count_headers(p.head, "X-Hotline-Loop") == 1);
    parsed_free(&p);
    hl_buf_fini(&out);
}

static void
test_qp_body(void)
{
    struct hl_buf text, want;
    hl_buf_init(&text);
    hl_buf_init(&want);
    /* Long lines of 2- and 3-byte characters, '=' signs, a trailing blank,
     * a "From " line and every line-ending style. */
    for (int i = 0; i < 3; i++) {
        for (int k = 0; k < 40; k++)
            hl_buf_puts(&text, "Nước = ngập ");
        hl_buf_puts(&text, i == 0 ? "\n" : i == 1 ? "\r\n" : "\r");
        for (int k = 0; k < 40; k++)
            hl_buf_puts(&want, "Nước = ngập ");
        hl_buf_puts(&want, "\r\n");
    }
    hl_buf_puts(&text, "From here on\ttab \nend");
    hl_buf_puts(&want, "From here on\ttab \r\nend\r\n");
    struct hl_compose_mail m = base_mail();
    m.body = text.data;
    struct hl_buf out;
    hl_buf_init(&out);
    struct hl_err err = {0};
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    struct parsed p = split(out.data);
    CHECK(lines_ok(p.body, 76));
    CHECK(strstr(p.body, "\r\nFrom ") == NULL && strstr(p.body, " \r\n") == NULL);
    struct hl_buf dec;
    hl_buf_init(&dec);
    qp_decode(p.body, strlen(p.body), &dec);
    CHECK_STR(dec.data, want.data);
    hl_buf_fini(&dec);
    parsed_free(&p);
    hl_buf_fini(&out);
    hl_buf_fini(&text);
    hl_buf_fini(&want);
}

/* The team's own MIME decoder reads back what we write. */
static void
test_round_trip(void)
{
    struct hl_compose_mail m = base_mail();
    m.subject = "Hello\r\nBcc: evil@x — [HL-2026-000123] Phản ánh về tình trạng ngập úng kéo dài "
                "tại ngõ 201 phố Nguyễn Khánh Toàn, phường Cầu Giấy";
    const char *orig = "From: a@example.net\r\nSubject: t\r\n\r\nx\r\n";
    m.original = (const unsigned char *)orig;
    m.original_len = strlen(orig);
    struct hl_buf out;
    hl_buf_init(&out);
    struct hl_err err = {0};
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    struct hl_message *msg = hl_mime_parse((const unsigned char *)out.data, out.len, &lim);
    CHECK_STR(msg->subject, "Hello Bcc: evil@x — [HL-2026-000123] Phản ánh về tình trạng ngập "
                            "úng kéo dài tại ngõ 201 phố Nguyễn Khánh Toàn, phường Cầu Giấy");
    CHECK_STR(msg->from.name, "Sở Xây dựng thành phố Hà Nội");
    CHECK_STR(msg->from.address, "phananh@soxd.hanoi.example.vn");
    CHECK(msg->n_to == 1);
    CHECK(hl_message_header(msg, "Bcc") == NULL);
    CHECK_STR(hl_message_header(msg, "X-Hotline-Loop"), "hotline.example.vn");
    CHECK(strstr(msg->text, "Mã số phản ánh: HL-2026-000123") != NULL);
    CHECK(msg->n_atts == 1 && msg->atts[0].content_type &&
          strcmp(msg->atts[0].content_type, "message/rfc822") == 0);
    CHECK((msg->flags & HL_MSG_MALFORMED) == 0);
    char code[HL_CASE_CODE_MAX];
    CHECK(hl_thread_find_case(msg->subject, "HL", code, sizeof code));
    hl_message_free(&msg);
    hl_buf_fini(&out);
}

static void
test_injection(void)
{
    struct hl_compose_mail m = base_mail();
    m.subject = "Hello\r\nBcc: evil@x";
    m.to[0].name = "Evil\r\nBcc: evil2@x\r\n\r\nbody";
    m.in_reply_to = "<a@b.example>\r\nBcc: evil3@x";
    m.references = "<r1@x.example>\nBcc: <evil4@x>\r\n<r2@x.example> <bad id@x> <\r\n@x>";
    m.reply_to.name = "R\nCc: evil5@x";
    m.reply_to.address = "reply@soxd.hanoi.example.vn";
    struct hl_buf out;
    hl_buf_init(&out);
    struct hl_err err = {0};
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    CHECK(lines_ok(out.data, 78));
    struct parsed p = split(out.data);
    CHECK(count_headers(p.head, "Subject") == 1);
    CHECK(count_headers(p.head, "Bcc") == 0);
    CHECK(count_headers(p.head, "Cc") == 0);
    CHECK(count_headers(p.head, "To") == 1);
    CHECK(strcasestr(p.head, "\r\nBcc") == NULL);
    char *v = header_value(p.head, "Subject");
    CHECK_STR(v, "Hello Bcc: evil@x");
    free(v);
    CHECK_STR(v = header_value(p.head, "In-Reply-To"), "<a@b.example>");
    free(v);
    /* References keeps only well-formed ids; "<evil4@x>" is one, harmless as an id. */
    CHECK_STR(v = header_value(p.head, "References"), "<r1@x.example> <evil4@x> <r2@x.example>");
    free(v);
    /* Only our text body follows the header block. */
    CHECK(strstr(p.body, "body") == NULL);
    parsed_free(&p);

    /* Addresses are validated, never sanitised into something else. */
    const char *bad[] = {"a@b.example\r\nBcc: x@y.example",
                         "a b@c.example",
                         "<a@b.example>",
                         "a@b",
                         "a@-b.example",
                         "a..b@c.example",
                         ".a@c.example",
                         "a@c.example.",
                         "\"a\"@c.example",
                         "a@c_d.example",
                         "",
                         "@c.example",
                         "a@[192.0.2.1]",
                         "ä@c.example"};
    for (size_t i = 0; i < HL_NELEM(bad); i++) {
        CHECK(!hl_compose_addr_valid(bad[i]));
        struct hl_compose_mail b = base_mail();
        b.to[0].address = bad[i];
        size_t before = out.len;
        CHECK(hl_compose_build(&b, &out, &err) == -1 && err.kind == HL_ERR_INPUT);
        CHECK(out.len == before);
    }
    CHECK(hl_compose_addr_valid("nguyen.van-an+hl@phuong-cau-giay.hanoi.example.vn"));
    CHECK(hl_compose_addr_valid("MAILER-DAEMON@mx.example.org"));
    struct hl_compose_mail b = base_mail();
    b.message_id = "<x@y>\r\nBcc: z@w";
    CHECK(hl_compose_build(&b, &out, &err) == -1);
    b = base_mail();
    b.loop_domain = "hotline.example.vn\r\nBcc: z@w";
    CHECK(hl_compose_build(&b, &out, &err) == -1);
    b = base_mail();
    b.n_to = 0;
    CHECK(hl_compose_build(&b, &out, &err) == -1);
    hl_buf_fini(&out);

    char s[64];
    CHECK_STR(hl_compose_sanitize("  a\x01"
                                  "b\x7f c\xc2\x85"
                                  "d\xff"
                                  "e\xe2\x80\xaeZ\t\t",
                                  s, sizeof s),
              "a b c d e Z");
    CHECK_STR(hl_compose_sanitize("Phản ánh", s, sizeof s), "Phản ánh");
    /* Truncation never cuts a character. */
    CHECK_STR(hl_compose_sanitize("aả", s, 4), "a");
}

static void
test_folding(void)
{
    const char *long_vi =
        "[HL-2026-000123] Phản ánh về tình trạng ngập úng kéo dài tại ngõ 201 phố Nguyễn Khánh "
        "Toàn, phường Cầu Giấy, mỗi khi mưa lớn nước dâng cao gây ảnh hưởng nghiêm trọng đến đời "
        "sống của hàng trăm hộ dân trong khu vực — đề nghị cơ quan chức năng sớm xử lý dứt điểm";
    struct hl_buf out;
    hl_buf_init(&out);
    hl_compose_header_text(&out, "Subject", long_vi);
    CHECK(lines_ok(out.data, 78));
    CHECK(count_headers(out.data, "Subject") == 1);
    char *v = header_value(out.data, "Subject");
    bool ok;
    char *dec = decode_words(v, &ok);
    CHECK(ok);
    CHECK_STR(dec, long_vi);
    free(dec);
    free(v);

    /* Four-byte characters too, at every possible split point. */
    for (int pre = 0; pre < 8; pre++) {
        hl_buf_reset(&out);
        char text[400];
        int n = snprintf(text, sizeof text, "%.*s", pre, "xxxxxxxx");
        for (int i = 0; i < 40; i++)
            n += snprintf(text + n, sizeof text - (size_t)n, "\xF0\x9F\x98\x80");
        hl_compose_header_text(&out, "Subject", text);
        CHECK(lines_ok(out.data, 78));
        v = header_value(out.data, "Subject");
        dec = decode_words(v, &ok);
        CHECK(ok);
        CHECK_STR(dec, text);
        free(dec);
        free(v);
    }

    /* Plain ASCII stays readable, folded at spaces. */
    hl_buf_reset(&out);
    hl_compose_header_text(&out, "Subject", "[HL-2026-000123] Re: water");
    CHECK_STR(out.data, "Subject: [HL-2026-000123] Re: water\r\n");
    hl_buf_reset(&out);
    const char *ascii = "word word word word word word word word word word word word word word "
                        "word word word word word word end";
    hl_compose_header_text(&out, "Subject", ascii);
    CHECK(lines_ok(out.data, 78) && strchr(out.data, '=') == NULL);
    v = header_value(out.data, "Subject");
    CHECK_STR(v, ascii);
    free(v);
    /* ASCII that looks like an encoded-word is encoded, so it reads back verbatim. */
    hl_buf_reset(&out);
    hl_compose_header_text(&out, "Subject", "=?UTF-8?B?SGk=?=");
    v = header_value(out.data, "Subject");
    dec = decode_words(v, &ok);
    CHECK_STR(dec, "=?UTF-8?B?SGk=?=");
    free(dec);
    free(v);
    /* A 200-character token cannot fold at spaces: encoded-words instead. */
    hl_buf_reset(&out);
    char token[201];
    memset(token, 'a', 200);
    token[200] = '\0';
    hl_compose_header_text(&out, "Subject", token);
    CHECK(lines_ok(out.data, 78));
    v = header_value(out.data, "Subject");
    dec = decode_words(v, &ok);
    CHECK_STR(dec, token);
    free(dec);
    free(v);
    hl_buf_fini(&out);

    /* Many recipients and long quoted names fold too. */
    struct hl_compose_mail m = base_mail();
    m.n_to = 5;
    for (size_t i = 0; i < m.n_to; i++) {
        m.to[i].name = i % 2 ? "Trần Thị Thu Trang, cán bộ tiếp nhận phản ánh kiến nghị"
                             : "Le Minh Duc \"Clerk\" of the people's committee office";
        m.to[i].address = "tran.thu.trang@vpubnd.hanoi.example.vn";
    }
    hl_buf_init(&out);
    struct hl_err err = {0};
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    CHECK(lines_ok(out.data, 78));
    struct parsed p = split(out.data);
    v = header_value(p.head, "To");
    CHECK(v && strstr(v, "\"Le Minh Duc \\\"Clerk\\\" of the people's committee office\"") != NULL);
    free(v);
    parsed_free(&p);
    hl_buf_fini(&out);
}

static void
test_references(void)
{
    struct hl_compose_mail m = base_mail();
    struct hl_buf refs;
    hl_buf_init(&refs);
    for (int i = 1; i <= 15; i++)
        hl_buf_printf(&refs, "<id%d@example.net> ", i);
    m.references = refs.data;
    struct hl_buf out;
    hl_buf_init(&out);
    struct hl_err err = {0};
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    struct parsed p = split(out.data);
    char *v = header_value(p.head, "References");
    CHECK(v && strncmp(v, "<id1@example.net> <id7@example.net>", 35) == 0);
    CHECK(v && strstr(v, "<id15@example.net>") && !strstr(v, "<id6@example.net>"));
    free(v);
    parsed_free(&p);
    hl_buf_fini(&out);
    hl_buf_fini(&refs);
}

static void
test_forward(void)
{
    const char *orig = "From: An <an@example.net>\nSubject: =?UTF-8?B?Tmfhuq1w?=\n\n"
                       "Nước ngập.\n";
    struct hl_compose_mail m = base_mail();
    m.message_id = "<hl.HL-2026-000123.fwd.43@hotline.example.vn>";
    m.original = (const unsigned char *)orig;
    m.original_len = strlen(orig);
    m.reply_to.address = "phananh@soxd.hanoi.example.vn";
    struct hl_buf out;
    hl_buf_init(&out);
    struct hl_err err = {0};
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    struct parsed p = split(out.data);
    char *ct = header_value(p.head, "Content-Type");
    CHECK(ct && strncmp(ct, "multipart/mixed; boundary=\"=_hl_", 32) == 0);
    char *cte = header_value(p.head, "Content-Transfer-Encoding");
    CHECK_STR(cte, "8bit");
    free(cte);
    char boundary[80] = "";
    if (ct)
        sscanf(ct, "multipart/mixed; boundary=\"%79[^\"]\"", boundary);
    char delim[100];
    snprintf(delim, sizeof delim, "\r\n--%s\r\n", boundary);
    const char *first = strstr(p.body, delim);
    const char *second = first ? strstr(first + 1, delim) : NULL;
    CHECK(first && second);
    if (second) {
        const char *part = second + strlen(delim);
        CHECK(strncmp(part, "Content-Type: message/rfc822\r\n", 30) == 0);
        const char *content = strstr(part, "\r\n\r\n");
        CHECK(content && strncmp(content + 4,
                                 "From: An <an@example.net>\r\nSubject: =?UTF-8?B?Tmfhuq1w?=\r\n"
                                 "\r\nNước ngập.\r\n",
                                 70) == 0);
    }
    char end[100];
    snprintf(end, sizeof end, "\r\n--%s--\r\n", boundary);
    CHECK(strstr(p.body, end) != NULL);
    free(ct);
    parsed_free(&p);

    /* An original that cannot be message/rfc822 (NUL byte, 1200-byte line)
     * goes as base64 octets, every byte preserved. */
    unsigned char raw[1300];
    memset(raw, 'a', sizeof raw);
    memcpy(raw, "Subject: x\r\n\r\nab\0cd", 19);
    m.original = raw;
    m.original_len = sizeof raw;
    hl_buf_reset(&out);
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    CHECK(lines_ok(out.data, 78));
    const char *att =
        strstr(out.data, "Content-Type: application/octet-stream; name=\"original.eml\"");
    CHECK(att != NULL);
    if (att) {
        const char *b64 = strstr(att, "\r\n\r\n") + 4;
        const char *stop = strstr(b64, "\r\n--");
        struct hl_buf dec;
        hl_buf_init(&dec);
        b64_decode(b64, (size_t)(stop - b64), &dec);
        CHECK(dec.len == sizeof raw && memcmp(dec.data, raw, sizeof raw) == 0);
        hl_buf_fini(&dec);
    }
    /* A boundary-looking line inside the original forces another boundary. */
    char trap[200];
    hl_buf_reset(&out);
    m.original = (const unsigned char *)orig;
    m.original_len = strlen(orig);
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    ct = header_value(out.data, "Content-Type");
    snprintf(trap, sizeof trap, "Subject: t\r\n\r\n--%s\r\n", ct ? strchr(ct, '"') + 1 : "");
    trap[strlen(trap) - 3] = '\r'; /* drop the closing quote */
    trap[strlen(trap) - 2] = '\n';
    trap[strlen(trap) - 1] = '\0';
    free(ct);
    m.original = (const unsigned char *)trap;
    m.original_len = strlen(trap);
    hl_buf_reset(&out);
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    ct = header_value(out.data, "Content-Type");
    CHECK(ct && strstr(ct, "_1\"") != NULL);
    free(ct);
    hl_buf_fini(&out);
}

static void
test_date(void)
{
    char d[48];
    CHECK_STR(hl_compose_date(0, d, sizeof d), "Thu, 01 Jan 1970 07:00:00 +0700");
    CHECK_STR(hl_compose_date(1767200400, d, sizeof d), "Thu, 01 Jan 2026 00:00:00 +0700");
    CHECK_STR(hl_compose_date(1767200399, d, sizeof d), "Wed, 31 Dec 2025 23:59:59 +0700");
}

/* ---- attached files ---- */

/* The header block of the first MIME part whose headers contain needle, as a
 * string (caller frees), or NULL. */
static char *
part_headers(const char *msg, const char *needle)
{
    const char *at = strstr(msg, needle);
    const char *b = NULL;
    for (const char *q = strstr(msg, "\r\n--"); q && at && q < at; q = strstr(q + 1, "\r\n--"))
        b = q;
    if (b == NULL)
        return NULL;
    b = strstr(b + 2, "\r\n") + 2; /* past the delimiter line */
    const char *e = strstr(at, "\r\n\r\n");
    return e ? hl_xstrndup(b, (size_t)(e - b) + 2) : NULL;
}

static void
test_parts(void)
{
    /* A scanned report: "%PDF", binary bytes, NUL, CR and LF. */
    unsigned char pdf[3000];
    memcpy(pdf, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 15);
    for (size_t i = 15; i < sizeof pdf; i++)
        pdf[i] = (unsigned char)(i * 131 + (i >> 3));
    pdf[100] = 0;
    pdf[101] = '\r';
    const char *name = "Biên bản kiểm tra hiện trường ngõ 201 Nguyễn Khánh Toàn, "
                       "phường Cầu Giấy (lần 2).pdf";
    struct hl_compose_part parts[] = {
        {name, "Application/PDF", pdf, sizeof pdf},
        {"anh-hien-truong.jpg", "image/jpeg", pdf + 1000, 500},
        {"empty.txt", "text/plain; charset=utf-8", (const unsigned char *)"", 0},
        {"Tờ trình.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         pdf, 10},
    };
    struct hl_compose_mail m = base_mail();
    m.parts = parts;
    m.n_parts = HL_NELEM(parts);
    struct hl_buf out;
    hl_buf_init(&out);
    struct hl_err err = {0};
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    CHECK(lines_ok(out.data, 78));
    struct hl_message *msg = hl_mime_parse((const unsigned char *)out.data, out.len, NULL);
    CHECK((msg->flags & HL_MSG_MALFORMED) == 0);
    CHECK(strstr(msg->text, "Mã số phản ánh: HL-2026-000123") != NULL);
    CHECK(msg->n_atts == 4);
    if (msg->n_atts == 4) {
        CHECK_STR(msg->atts[0].filename, name);
        CHECK_STR(msg->atts[0].content_type, "application/pdf");
        CHECK(msg->atts[0].size == sizeof pdf && memcmp(msg->atts[0].data, pdf, sizeof pdf) == 0);
        CHECK_STR(msg->atts[1].filename, "anh-hien-truong.jpg");
        CHECK_STR(msg->atts[1].content_type, "image/jpeg");
        CHECK(msg->atts[1].size == 500 && memcmp(msg->atts[1].data, pdf + 1000, 500) == 0);
        CHECK_STR(msg->atts[2].filename, "empty.txt");
        CHECK_STR(msg->atts[2].content_type, "text/plain");
        CHECK(msg->atts[2].size == 0);
        CHECK_STR(msg->atts[3].filename, "Tờ trình.docx");
        CHECK_STR(msg->atts[3].content_type,
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
    hl_message_free(&msg);
    /* The ASCII name is a plain quoted string, the Vietnamese one RFC 2231. */
    CHECK(strstr(out.data, "\r\n filename=\"anh-hien-truong.jpg\"\r\n") != NULL);
    CHECK(strstr(out.data, "\r\n filename*0*=utf-8''Bi%C3%AAn%20b%E1%BA%A3n") != NULL);
    CHECK(strstr(out.data, "\r\n filename*=utf-8''T%E1%BB%9D%20tr%C3%ACnh.docx\r\n") != NULL);
    /* Without parts nothing changed: a plain text/plain mail. */
    m.n_parts = 0;
    hl_buf_reset(&out);
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    CHECK(strstr(out.data, "multipart") == NULL);

    /* With the original of a forward: text, original, then the files. */
    const char *orig = "From: An <an@example.net>\r\nSubject: x\r\n\r\nNgập.\r\n";
    m.original = (const unsigned char *)orig;
    m.original_len = strlen(orig);
    m.parts = parts;
    m.n_parts = 2;
    hl_buf_reset(&out);
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    CHECK(lines_ok(out.data, 78));
    msg = hl_mime_parse((const unsigned char *)out.data, out.len, NULL);
    CHECK((msg->flags & HL_MSG_MALFORMED) == 0);
    CHECK(msg->n_atts == 3);
    if (msg->n_atts == 3) {
        CHECK_STR(msg->atts[0].content_type, "message/rfc822");
        CHECK(msg->atts[0].size == strlen(orig) &&
              memcmp(msg->atts[0].data, orig, msg->atts[0].size) == 0);
        CHECK_STR(msg->atts[1].filename, name);
        CHECK(msg->atts[1].size == sizeof pdf && memcmp(msg->atts[1].data, pdf, sizeof pdf) == 0);
        CHECK_STR(msg->atts[2].filename, "anh-hien-truong.jpg");
    }
    hl_message_free(&msg);
    char *ct = header_value(out.data, "Content-Transfer-Encoding");
    CHECK_STR(ct, "8bit"); /* the original holds 8-bit text */
    free(ct);
    hl_buf_fini(&out);
}

/* File names and types from a hostile message cannot add a header. */
static void
test_parts_hostile(void)
{
    const unsigned char data[] = "x";
    struct hl_compose_part parts[] = {
        {"evil\r\nBcc: victim@example.org\r\n\r\n\"; x=\"y.pdf", "text/plain\r\nBcc: z@example.org",
         data, 1},
        {"../../etc/passwd", "multipart/mixed", data, 1},
        {"\xe2\x80\xaegpj.exe", "message/rfc822", data, 1},
        {"...", "application/pdf\"; evil=\"1", data, 1},
        {" .hidden ", " IMAGE/PNG ; name=x", data, 1},
        {NULL, NULL, data, 1},
        {"=?UTF-8?B?ZXZpbC5leGU=?=.pdf", "image/", data, 1},
    };
    const char *want_name[] = {"evil Bcc: victim@example.org _; x=_y.pdf",
                               "_.._etc_passwd",
                               "gpj.exe",
                               "attachment",
                               "hidden",
                               "attachment",
                               "=?UTF-8?B?ZXZpbC5leGU=?=.pdf"};
    const char *want_type[] = {"application/octet-stream",
                               "application/octet-stream",
                               "application/octet-stream",
                               "application/octet-stream",
                               "image/png",
                               "application/octet-stream",
                               "application/octet-stream"};
    struct hl_compose_mail m = base_mail();
    m.parts = parts;
    m.n_parts = HL_NELEM(parts);
    struct hl_buf out;
    hl_buf_init(&out);
    struct hl_err err = {0};
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    CHECK(lines_ok(out.data, 78));
    CHECK(strcasestr(out.data, "\r\nBcc") == NULL);
    CHECK(strstr(out.data, "\r\nevil=") == NULL && strstr(out.data, "\r\nx=") == NULL);
    struct hl_message *msg = hl_mime_parse((const unsigned char *)out.data, out.len, NULL);
    CHECK(hl_message_header(msg, "Bcc") == NULL);
    CHECK((msg->flags & HL_MSG_MALFORMED) == 0);
    CHECK(msg->n_atts == HL_NELEM(parts));
    for (size_t i = 0; i < msg->n_atts && i < HL_NELEM(parts); i++) {
        CHECK_STR(msg->atts[i].filename, want_name[i]);
        CHECK_STR(msg->atts[i].content_type, want_type[i]);
        CHECK(msg->atts[i].size == 1 && msg->atts[i].data[0] == 'x');
    }
    hl_message_free(&msg);
    /* Each file part has exactly its three header fields. */
    char *h = part_headers(out.data, "x=_y.pdf");
    CHECK(h != NULL);
    int fields = 0;
    for (const char *l = h; l && *l;) {
        if (*l != ' ')
            fields++;
        CHECK(*l == ' ' || strncmp(l, "Content-", 8) == 0);
        const char *e = strstr(l, "\r\n");
        l = e ? e + 2 : NULL;
    }
    CHECK(fields == 3);
    free(h);
    /* A long name is cut, keeping its extension. */
    char longname[400];
    memset(longname, 'a', sizeof longname);
    memcpy(longname + 380, "ngập.pdf", 11);
    longname[391] = '\0';
    struct hl_compose_part one = {longname, "application/pdf", data, 1};
    m.parts = &one;
    m.n_parts = 1;
    hl_buf_reset(&out);
    CHECK(hl_compose_build(&m, &out, &err) == 0);
    CHECK(lines_ok(out.data, 78));
    msg = hl_mime_parse((const unsigned char *)out.data, out.len, NULL);
    CHECK(msg->n_atts == 1 && msg->atts[0].filename && strlen(msg->atts[0].filename) == 150 &&
          strcmp(msg->atts[0].filename + 146, ".pdf") == 0);
    hl_message_free(&msg);
    hl_buf_fini(&out);
}

int
main(void)
{
    test_ack();
    test_qp_body();
    test_round_trip();
    test_injection();
    test_folding();
    test_references();
    test_forward();
    test_date();
    test_parts();
    test_parts_hostile();
    return check_report();
}
