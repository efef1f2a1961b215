/* Unit tests for lib/core/thread.c: our case codes, body markers, Message-IDs and tagged
 * subjects, written and read back. */
#include "thread.h"

#include <stdbool.h>
#include <string.h>

#include "check.h"

static void
test_case_tags(void)
{
    char code[HL_CASE_CODE_MAX];
    struct {
        const char *text;
        const char *want;
    } cases[] = {
        /* Subjects of corpus 043-048, as decoded in their sidecars. */
        {"Re: [HL-2026-000123] Đã tiếp nhận phản ánh: Ngập úng tại ngõ 201 Cầu Giấy",
         "HL-2026-000123"},
        {"RE: [HL-2026-000087] van chua xu ly via he", "HL-2026-000087"},
        {"TL: [HL-2026-000087] Lấn chiếm vỉa hè ngõ 82 Trần Quốc Hoàn", "HL-2026-000087"},
        {"Automatic reply: [HL-2026-000131] Đã tiếp nhận phản ánh của bà", "HL-2026-000131"},
        {"Re: RE: TL: Fwd: FW: VS: AW: HL-2026-000123 ngập", "HL-2026-000123"},
        {"re:hl-2026-000042", "HL-2026-000042"},
        {"(HL-2026-000001)", "HL-2026-000001"},
        {"Mã HL-2026-000001, HL-2026-000002", "HL-2026-000001"},
        {"XHL-2026-000123", NULL},
        {"HL-2026-0001234", NULL},
        {"HL-2026-00012", NULL},
        {"HL-26-000123", NULL},
        {"HL2026-000123", NULL},
        {"", NULL},
    };
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        bool found = hl_thread_find_case(cases[i].text, "HL", code, sizeof code);
        if (cases[i].want) {
            CHECK(found);
            CHECK_STR(found ? code : NULL, cases[i].want);
        } else {
            CHECK(!found);
        }
    }
    CHECK(!hl_thread_find_case(NULL, "HL", code, sizeof code));
    CHECK(hl_thread_find_case("[HN-2026-000123]", "HN", code, sizeof code));
    CHECK(!hl_thread_find_case("[HN-2026-000123]", "HL", code, sizeof code));

    /* Body markers: survive a client that dropped the headers; a bare code does not count. */
    CHECK(hl_thread_find_marker("Cảm ơn.\n> [Mã phản ánh: HL-2026-000123]\n", "HL", code,
                                sizeof code));
    CHECK_STR(code, "HL-2026-000123");
    CHECK(hl_thread_find_marker("[ma phan anh:hl-2026-000077 ]", "HL", code, sizeof code));
    CHECK_STR(code, "HL-2026-000077");
    CHECK(hl_thread_find_marker("see [Case: HL-2026-000005]", "HL", code, sizeof code));
    CHECK(!hl_thread_find_marker("mã HL-2026-000123 của tôi", "HL", code, sizeof code));
    CHECK(!hl_thread_find_marker("[Mã phản ánh: HL-2026-000123", "HL", code, sizeof code));
    struct hl_buf b;
    hl_buf_init(&b);
    hl_thread_marker("HL-2026-000123", &b);
    CHECK_STR(b.data, "[Mã phản ánh: HL-2026-000123]");
    CHECK(hl_thread_find_marker(b.data, "HL", code, sizeof code));

    /* Our Message-IDs in In-Reply-To / References. */
    CHECK(hl_thread_find_case_in_ids(
        "<x@example.net>\r\n <hl.HL-2026-000123.ack.42@hotline.example.vn>", "HL",
        "hotline.example.vn", code, sizeof code));
    CHECK_STR(code, "HL-2026-000123");
    CHECK(!hl_thread_find_case_in_ids("<hl.HL-2026-000123.ack.42@evil.example>", "HL",
                                      "hotline.example.vn", code, sizeof code));
    CHECK(!hl_thread_find_case_in_ids("<HL-2026-000123@hotline.example.vn>", "HL",
                                      "hotline.example.vn", code, sizeof code));
    CHECK(!hl_thread_find_case_in_ids(NULL, "HL", "hotline.example.vn", code, sizeof code));

    hl_buf_reset(&b);
    CHECK(hl_thread_message_id("HL-2026-000123", "ack", "42", "hotline.example.vn", &b, NULL) == 0);
    CHECK_STR(b.data, "<hl.HL-2026-000123.ack.42@hotline.example.vn>");
    CHECK(hl_thread_find_case_in_ids(b.data, "HL", "hotline.example.vn", code, sizeof code));
    struct hl_err err = {0};
    CHECK(hl_thread_message_id("HL-2026-000123>", "ack", "42", "h.example", &b, &err) == -1);
    CHECK(hl_thread_message_id("HL-2026-000123", "Ack", "42", "h.example", &b, &err) == -1);
    CHECK(hl_thread_message_id("HL-2026-000123", "ack", "4 2", "h.example", &b, &err) == -1);
    CHECK(hl_thread_message_id("HL-2026-000123", "ack", "42", "h>example", &b, &err) == -1);

    /* Subjects for our mail: one tag, no reply prefixes. */
    hl_buf_reset(&b);
    hl_thread_tag_subject("HL-2026-000123", "Re: TL: [HL-2026-000123] Ngập úng", "HL", &b);
    CHECK_STR(b.data, "[HL-2026-000123] Ngập úng");
    hl_buf_reset(&b);
    hl_thread_tag_subject("HL-2026-000123", "Fwd: Ngập úng", "HL", &b);
    CHECK_STR(b.data, "[HL-2026-000123] Ngập úng");
    hl_buf_reset(&b);
    hl_thread_tag_subject("HL-2026-000123", NULL, "HL", &b);
    CHECK_STR(b.data, "[HL-2026-000123]");
    CHECK_STR(hl_thread_strip_prefixes("Re[2]: AW: Trả lời: TL:  x"), "x");
    CHECK_STR(hl_thread_strip_prefixes("Report: x"), "Report: x");
    CHECK_STR(hl_thread_strip_prefixes("Retro"), "Retro");
    hl_buf_fini(&b);
}

int
main(void)
{
    test_case_tags();
    return check_report();
}
