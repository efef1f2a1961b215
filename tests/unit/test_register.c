/*
 * test_register: a case taken by phone, from the feedback box or at the
 * counter (lib/core/register.c): the checks, the message it is written as
 * (read back by the same MIME reader intake uses), and the time format.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "mime.h"
#include "register.h"
#include "sla.h"
#include "util.h"

static struct hl_register_input
phone_case(void)
{
    struct hl_register_input in = {
        .channel = "phone",
        .unit = "ubnd-tp",
        .name = "Nguyễn Văn An",
        .phone = "0912345678",
        .email = "an@dan.example.vn",
        .address = "12 Hàng Bông",
        .subject = "Ngập nước đường Nguyễn Trãi",
        .text = "Đường bị ngập úng nặng.",
        .received_at = 1796500000,
        .operator= "tongdai",
    };
    return in;
}

static void
test_channels(void)
{
    const char *ok[] = {"phone", "box", "counter", "email"};
    for (size_t i = 0; i < HL_NELEM(ok); i++)
        CHECK(hl_register_channel_valid(ok[i]));
    const char *bad[] = {"portal", "fax", "", "Phone", NULL};
    for (size_t i = 0; i < HL_NELEM(bad); i++)
        CHECK(!hl_register_channel_valid(bad[i]));
    CHECK_STR(hl_register_channel_text("box"), "hòm thư góp ý");
}

static void
test_checks(void)
{
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    struct hl_err err = {0};
    struct hl_register_input in = phone_case();
    CHECK(hl_register_check(&in, &lim, &err) == 0);

    /* Each broken field is named in the one-line error. */
    struct {
        const char **field;
        const char *value;
        const char *named;
    } cases[] = {
        {&in.channel, "fax", "--channel"},
        {&in.subject, "", "--subject"},
        {&in.subject, "line one\nline two", "--subject"},
        {&in.name, "bad\x01name", "--name"},
        {&in.email, "not an address", "--email"},
        {&in.email, "a@b", "--email"},
        {&in.text, "", "text"},
        {&in.text, "\xff\xfe not utf-8", "UTF-8"},
        {&in.unit, "", "--unit"},
    };
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        in = phone_case();
        *cases[i].field = cases[i].value;
        memset(&err, 0, sizeof err);
        CHECK(hl_register_check(&in, &lim, &err) < 0);
        CHECK(err.kind == HL_ERR_INPUT);
        if (strstr(err.msg, cases[i].named) == NULL)
            fprintf(stderr, "case %zu: \"%s\" does not name %s\n", i, err.msg, cases[i].named);
        CHECK(strstr(err.msg, cases[i].named) != NULL);
    }

    /* Without an address nothing is missing: the case has none. */
    in = phone_case();
    in.email = NULL;
    in.name = NULL;
    CHECK(hl_register_check(&in, &lim, &err) == 0);

    /* Files: the limits of the MIME reader, before anything is composed. */
    in = phone_case();
    lim.max_message_bytes = 10000;
    static unsigned char big[20000];
    struct hl_register_file f = {"scan.pdf", NULL, big, sizeof big};
    in.files = &f;
    in.n_files = 1;
    memset(&err, 0, sizeof err);
    CHECK(hl_register_check(&in, &lim, &err) < 0);
    CHECK(strstr(err.msg, "max_message_bytes") != NULL);
    hl_mime_limits_default(&lim);
    lim.max_parts = 3;
    struct hl_register_file two[2] = {{"a.pdf", NULL, big, 10}, {"b.pdf", NULL, big, 10}};
    in.files = two;
    in.n_files = 2;
    CHECK(hl_register_check(&in, &lim, &err) < 0);
    in.n_files = 1;
    CHECK(hl_register_check(&in, &lim, &err) == 0);
}

/* The composed message, read by the MIME reader intake uses. */
static void
test_compose(void)
{
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    struct hl_err err = {0};
    struct hl_register_input in = phone_case();
    static const unsigned char pdf[] = "%PDF-1.4\n%%EOF\n";
    struct hl_register_file f = {"thư gốc.pdf", NULL, pdf, sizeof pdf - 1};
    in.files = &f;
    in.n_files = 1;
    struct hl_buf raw;
    hl_buf_init(&raw);
    CHECK(hl_register_compose(&in, "phananh@ubnd.example.vn", "ubnd.example.vn", &lim, &raw,
                              &err) == 0);
    CHECK(raw.len > 0 && strncmp(raw.data, "X-Hotline-Channel: phone\r\n", 26) == 0);
    struct hl_message *m = hl_mime_parse((const unsigned char *)raw.data, raw.len, &lim);
    CHECK_STR(m->from.address, "an@dan.example.vn");
    CHECK_STR(m->from.name, "Nguyễn Văn An");
    CHECK_STR(m->subject, "Ngập nước đường Nguyễn Trãi");
    CHECK(m->message_id && strstr(m->message_id, "@ubnd.example.vn>") != NULL);
    CHECK(m->message_id && strstr(m->message_id, "HL-") == NULL); /* names no case */
    CHECK(m->text && strstr(m->text, "Kênh tiếp nhận: điện thoại") != NULL);
    CHECK(m->text && strstr(m->text, "Điện thoại: 0912345678") != NULL);
    CHECK(m->text && strstr(m->text, "Địa chỉ: 12 Hàng Bông") != NULL);
    CHECK(m->text && strstr(m->text, "Người ghi nhận: tongdai") != NULL);
    CHECK(m->text && strstr(m->text, "Đường bị ngập úng nặng.") != NULL);
    CHECK(m->n_atts == 1);
    if (m->n_atts == 1) {
        CHECK_STR(m->atts[0].filename, "thư gốc.pdf");
        CHECK_STR(m->atts[0].content_type, "application/pdf");
        CHECK(m->atts[0].size == sizeof pdf - 1);
    }
    CHECK((m->flags & HL_MSG_MALFORMED) == 0);
    hl_message_free(&m);

    /* No address: written from the unit's, the name kept. */
    in = phone_case();
    in.email = NULL;
    hl_buf_reset(&raw);
    CHECK(hl_register_compose(&in, "phananh@ubnd.example.vn", "ubnd.example.vn", &lim, &raw,
                              &err) == 0);
    m = hl_mime_parse((const unsigned char *)raw.data, raw.len, &lim);
    CHECK_STR(m->from.address, "phananh@ubnd.example.vn");
    CHECK(m->text && strstr(m->text, "Thư điện tử:") == NULL);
    hl_message_free(&m);
    /* A unit without a feedback address cannot write it. */
    CHECK(hl_register_compose(&in, NULL, "ubnd.example.vn", &lim, &raw, &err) < 0);
    hl_buf_fini(&raw);
}

static void
test_time(void)
{
    int64_t t = 0;
    CHECK(hl_register_parse_time("2026-12-04 09:30", &t) == 0);
    struct hl_sla_date d = {2026, 12, 4};
    CHECK(t == hl_sla_local_instant(d, 9 * 60 + 30));
    CHECK(hl_register_parse_time("2026-12-04T09:30:15", &t) == 0);
    CHECK(t == hl_sla_local_instant(d, 9 * 60 + 30) + 15);
    CHECK(hl_register_parse_time("2026-12-04", &t) == 0);
    CHECK(t == hl_sla_local_instant(d, 0));
    CHECK(hl_register_parse_time("@1796500000", &t) == 0 && t == 1796500000);
    const char *bad[] = {"",  "04/12/2026", "2026-02-30",       "2026-12-04 25:00", "2026-12-04 9",
                         "@", "@-5",        "2026-12-04 09:30x"};
    for (size_t i = 0; i < HL_NELEM(bad); i++)
        CHECK(hl_register_parse_time(bad[i], &t) < 0);
}

int
main(void)
{
    test_channels();
    test_checks();
    test_compose();
    test_time();
    return check_report();
}
