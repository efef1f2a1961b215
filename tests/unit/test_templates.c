/* Unit tests for lib/core/templates.c and the default templates in templates/. */
#include "templates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static const char *const test_vars[] = {"a", "b", "name", "v", NULL};

/* Parses text and renders it with vars; returns "SUBJECT|BODY" (caller frees)
 * or NULL on a parse/render error. */
static char *
run(const char *text, const struct hl_tvar *vars, size_t n)
{
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_template *t = hl_templates_parse("t.txt", text, strlen(text), test_vars, &diag);
    hl_diag_print(&diag);
    hl_diag_fini(&diag);
    if (t == NULL)
        return NULL;
    struct hl_buf s, b;
    hl_buf_init(&s);
    hl_buf_init(&b);
    struct hl_err err = {0};
    char *out = NULL;
    if (hl_templates_render(t, vars, n, &s, &b, &err) == 0)
        out = hl_xasprintf("%s|%s", s.data ? s.data : "", b.data ? b.data : "");
    hl_buf_fini(&s);
    hl_buf_fini(&b);
    hl_templates_free_one(&t);
    return out;
}

/* Parses text expecting failure; returns the diagnostics joined by "\n". */
static char *
parse_errors(const char *text)
{
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_template *t = hl_templates_parse("t.txt", text, strlen(text), test_vars, &diag);
    struct hl_buf b;
    hl_buf_init(&b);
    if (t != NULL)
        hl_buf_puts(&b, "(parsed)");
    for (size_t i = 0; i < diag.n; i++)
        hl_buf_printf(&b, "%s\n", diag.lines[i]);
    hl_templates_free_one(&t);
    hl_diag_fini(&diag);
    return hl_buf_steal(&b);
}

#define CHECK_RUN(text, vars, want)                                                                \
    do {                                                                                           \
        char *got_ = run(text, vars, HL_NELEM(vars));                                              \
        CHECK_STR(got_, want);                                                                     \
        free(got_);                                                                                \
    } while (0)

#define CHECK_ERR(text, want)                                                                      \
    do {                                                                                           \
        char *got_ = parse_errors(text);                                                           \
        if (strstr(got_, want) != NULL) {                                                          \
            passed++;                                                                              \
        } else {                                                                                   \
            failed++;                                                                              \
            fprintf(stderr, "%s:%d: FAILED: want error \"%s\", got \"%s\"\n", __FILE__, __LINE__,  \
                    want, got_);                                                                   \
        }                                                                                          \
        free(got_);                                                                                \
    } while (0)

static void
test_engine(void)
{
    struct hl_tvar full[] = {{"a", "A"}, {"b", "B"}, {"name", "Lan"}, {"v", "x"}};
    struct hl_tvar empty[] = {{"a", "A"}, {"b", ""}, {"name", NULL}, {"v", ""}};

    CHECK_RUN("Subject: Hi {{name}}\n\nHello {{ name }}, {{a}}{{b}}.\n", full,
              "Hi Lan|Hello Lan, AB.\n");
    /* Standalone section lines vanish with their line breaks. */
    CHECK_RUN("Subject: s\n\na\n{{#v}}\nb {{v}}\n{{/v}}\nc\n", full, "s|a\nb x\nc\n");
    CHECK_RUN("Subject: s\n\na\n  {{#v}}  \nb\n{{/v}}\nc\n", empty, "s|a\nc\n");
    CHECK_RUN("Subject: s\n\n{{^v}}\nnone\n{{/v}}\nend", empty, "s|none\nend");
    CHECK_RUN("Subject: s\n\n{{^v}}\nnone\n{{/v}}\nend", full, "s|end");
    /* Inline sections keep the surrounding text. */
    CHECK_RUN("Subject: [{{a}}]{{#b}} ({{b}}){{/b}}\n\nx{{#name}}, {{name}}{{/name}}.\n", empty,
              "[A]|x.\n");
    CHECK_RUN("Subject: [{{a}}]{{#b}} ({{b}}){{/b}}\n\nx{{#name}}, {{name}}{{/name}}.\n", full,
              "[A] (B)|x, Lan.\n");
    /* Nested sections. */
    CHECK_RUN("Subject: s\n\n{{#a}}1{{#b}}2{{/b}}3{{/a}}\n", full, "s|123\n");
    CHECK_RUN("Subject: s\n\n{{#a}}1{{#b}}2{{/b}}3{{/a}}\n", empty, "s|13\n");
    /* Comments, also over several lines, and standalone. */
    CHECK_RUN("Subject: s\n\n{{! a note\n   for editors }}\nbody{{! inline }}\n", full, "s|body\n");
    /* CRLF files and a BOM are accepted. */
    CHECK_RUN("\xEF\xBB\xBFSubject: s {{a}}\r\n\r\nline1\r\n{{#b}}\r\nline2\r\n{{/b}}\r\n", full,
              "s A|line1\nline2\n");

    /* Values are text: never expanded again, and the subject stays one line. */
    struct hl_tvar evil[] = {{"a", "{{b}} {{#v}}x{{/v}}"},
                             {"b", "secret"},
                             {"name", "Ann\r\nBcc: evil@example.com\t\x01!"},
                             {"v", ""}};
    CHECK_RUN("Subject: {{name}} {{a}}\n\n{{a}}\n", evil,
              "Ann Bcc: evil@example.com ! {{b}} {{#v}}x{{/v}}|{{b}} {{#v}}x{{/v}}\n");

    /* A placeholder without an entry is a wiring bug, reported with FILE:LINE. */
    struct hl_diag diag;
    hl_diag_init(&diag);
    const char *text = "Subject: s\n\nok\n{{name}}\n";
    struct hl_template *t = hl_templates_parse("t.txt", text, strlen(text), test_vars, &diag);
    CHECK(t != NULL);
    if (t) {
        struct hl_tvar partial[] = {{"a", "A"}};
        struct hl_buf s, b;
        hl_buf_init(&s);
        hl_buf_init(&b);
        struct hl_err err = {0};
        CHECK(hl_templates_render(t, partial, 1, &s, &b, &err) == -1);
        CHECK(err.kind == HL_ERR_CONFIG && strstr(err.msg, "t.txt:4: no value given for {{name}}"));
        hl_buf_fini(&s);
        hl_buf_fini(&b);
        CHECK_STR(hl_templates_file(t), "t.txt");
    }
    hl_templates_free_one(&t);
    hl_diag_fini(&diag);
}

static void
test_errors(void)
{
    CHECK_ERR("Subject: s\n\nline\n\nDear {{nmae}},\n",
              "t.txt:5: unknown placeholder {{nmae}} (did you mean {{name}}?)");
    CHECK_ERR("Subject: {{zzzzzz}}\n\nx\n", "t.txt:1: unknown placeholder {{zzzzzz}}\n");
    CHECK_ERR("Subject: s\n\n{{#a}}\nx\n", "t.txt:3: section {{#a}} is never closed");
    CHECK_ERR("Subject: s\n\n{{#a}}\n{{/b}}\n{{/a}}\n",
              "t.txt:4: {{/b}} closes section {{#a}} opened on line 3");
    CHECK_ERR("Subject: s\n\nx\n{{/a}}\n", "t.txt:4: {{/a}} closes no section");
    CHECK_ERR("Subject: s\n\nx {{a\n}}\n", "t.txt:3: \"{{\" without \"}}\"");
    CHECK_ERR("Subject: s\n\n{{ Name }}\n", "t.txt:3: bad placeholder");
    CHECK_ERR("Subject: s\n\n{{}}\n", "t.txt:3: bad placeholder");
    CHECK_ERR("Hello\n\nbody\n", "t.txt:1: first line must be \"Subject: ...\"");
    CHECK_ERR("Subject: s\nbody\n", "t.txt:2: line 2 must be blank");
    /* Every problem is reported, not only the first. */
    char *errs = parse_errors("Subject: {{bad1}}\n\n{{bad2}}\n{{a}}\n{{bad3}}\n");
    CHECK(strstr(errs, "t.txt:1:") && strstr(errs, "t.txt:3:") && strstr(errs, "t.txt:5:"));
    CHECK(strstr(errs, "(parsed)") == NULL);
    free(errs);
    struct hl_diag diag;
    hl_diag_init(&diag);
    CHECK(hl_templates_parse("t.txt", "Subject: a\0b\n\nx", 16, test_vars, &diag) == NULL);
    CHECK(diag.n == 1 && strstr(diag.lines[0], "NUL"));
    hl_diag_fini(&diag);
}

static struct hl_tvar ack_vars[] = {
    {"case_code", "HL-2026-000123"},
    {"citizen_name", "Nguyễn Văn An"},
    {"citizen_email", "an@example.net"},
    {"unit_name", "Sở Xây dựng thành phố Hà Nội"},
    {"unit_phone", "+84 24 0000 0104"},
    {"unit_address", "52 Lê Đại Hành, Hai Bà Trưng, Hà Nội"},
    {"unit_email", "phananh@soxd.hanoi.example.vn"},
    {"received_date", "16/02/2026"},
    {"due_date", "09/03/2026"},
    {"working_days", "10"},
    {"legal_basis", "Nghị định 20/2008/NĐ-CP, Điều 9"},
    {"original_subject", "Ngập úng tại ngõ 201 Cầu Giấy"},
    {"received_unit_name", ""},
    {"body_marker", "[Mã phản ánh: HL-2026-000123]"},
    {"category", "flooding"},
    {"priority", "normal"},
    {"channel_text", NULL}, /* mail: the letter's own wording */
};

static void
test_default_templates(void)
{
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_templates *set = hl_templates_load_dir("templates", &diag);
    hl_diag_print(&diag);
    CHECK(set != NULL && diag.n == 0);
    hl_diag_fini(&diag);
    if (set == NULL)
        return;
    const struct hl_template *vi = hl_templates_get(set, HL_TPL_ACK, "vi");
    const struct hl_template *en = hl_templates_get(set, HL_TPL_ACK, "en");
    CHECK(vi && en && vi != en);
    CHECK(strstr(hl_templates_file(en), "ack.en.txt") != NULL);
    /* No English forward: falls back to Vietnamese. */
    const struct hl_template *fw = hl_templates_get(set, HL_TPL_FORWARD, "en");
    CHECK(fw && strstr(hl_templates_file(fw), "forward.vi.txt") != NULL);
    CHECK(hl_templates_get(set, HL_TPL_RELAY, NULL) != NULL);

    struct hl_buf s, b;
    hl_buf_init(&s);
    hl_buf_init(&b);
    struct hl_err err = {0};
    CHECK(hl_templates_render(vi, ack_vars, HL_NELEM(ack_vars), &s, &b, &err) == 0);
    CHECK_STR(s.data, "[HL-2026-000123] Đã tiếp nhận phản ánh, kiến nghị của Ông/Bà");
    CHECK(b.data && strncmp(b.data, "Kính gửi Ông/Bà Nguyễn Văn An,\n\n", 36) == 0);
    CHECK(b.data && strstr(b.data, "Mã số phản ánh: HL-2026-000123\n"));
    CHECK(b.data && strstr(b.data, "Hạn giải quyết: ngày 09/03/2026 (10 ngày làm việc"));
    CHECK(b.data && strstr(b.data, "Căn cứ: Nghị định 20/2008/NĐ-CP, Điều 9\n"));
    CHECK(b.data && strstr(b.data, "giữ nguyên mã [HL-2026-000123] trong tiêu đề"));
    CHECK(b.data && strstr(b.data, "Đường dây nóng: +84 24 0000 0104\n"));
    CHECK(b.data && strstr(b.data, "Địa chỉ: 52 Lê Đại Hành"));
    CHECK(b.data && strstr(b.data, "[Mã phản ánh: HL-2026-000123]\n"));
    CHECK(b.data && strstr(b.data, "{{") == NULL && strstr(b.data, "}}") == NULL);
    CHECK(b.data && strstr(b.data, "\n\n\n") == NULL);
    CHECK(b.data && strstr(b.data, "đã được chuyển đến") == NULL); /* not misrouted */

    /* Without a name, misrouted, no address. */
    struct hl_tvar v2[HL_NELEM(ack_vars)];
    memcpy(v2, ack_vars, sizeof v2);
    for (size_t i = 0; i < HL_NELEM(v2); i++) {
        if (strcmp(v2[i].name, "citizen_name") == 0 || strcmp(v2[i].name, "unit_address") == 0)
            v2[i].value = NULL;
        if (strcmp(v2[i].name, "received_unit_name") == 0)
            v2[i].value = "UBND phường Cầu Giấy";
    }
    hl_buf_reset(&s);
    hl_buf_reset(&b);
    CHECK(hl_templates_render(vi, v2, HL_NELEM(v2), &s, &b, &err) == 0);
    CHECK(b.data && strncmp(b.data, "Kính gửi Ông/Bà,\n\n", 20) == 0);
    CHECK(b.data && strstr(b.data, "Thư được gửi đến UBND phường Cầu Giấy;"));
    CHECK(b.data && strstr(b.data, "Địa chỉ:") == NULL);
    CHECK(b.data && strstr(b.data, "\n\n\n") == NULL);

    hl_buf_reset(&s);
    hl_buf_reset(&b);
    CHECK(hl_templates_render(en, ack_vars, HL_NELEM(ack_vars), &s, &b, &err) == 0);
    CHECK_STR(s.data, "[HL-2026-000123] Your feedback has been received");

    CHECK(b.data && strstr(b.data, "keep the code [HL-2026-000123] in the subject"));
    /* A case taken by phone says so instead of "your letter". */
    hl_buf_reset(&s);
    hl_buf_reset(&b);
    ack_vars[HL_NELEM(ack_vars) - 1].value = "điện thoại (đường dây nóng)";
    CHECK(hl_templates_render(vi, ack_vars, HL_NELEM(ack_vars), &s, &b, &err) == 0);
    CHECK(b.data && strstr(b.data, "gửi qua điện thoại (đường dây nóng) ngày 16/02/2026"));
    CHECK(b.data && strstr(b.data, "Thư của Ông/Bà") == NULL);
    ack_vars[HL_NELEM(ack_vars) - 1].value = NULL;

    /* Every kind renders with all its declared variables set, and leaves no tag. */
    for (int k = 0; k < HL_TPL_NKINDS; k++) {
        const char *const *names = hl_templates_kind_vars((enum hl_template_kind)k);
        struct hl_tvar vars[64];
        size_t n = 0;
        for (; names[n] && n < HL_NELEM(vars); n++) {
            vars[n].name = names[n];
            vars[n].value = "X";
        }
        const struct hl_template *t = hl_templates_get(set, (enum hl_template_kind)k, "vi");
        hl_buf_reset(&s);
        hl_buf_reset(&b);
        CHECK(t && hl_templates_render(t, vars, n, &s, &b, &err) == 0);
        CHECK(s.len > 0 && strchr(s.data, '[') && b.len > 200);
        CHECK(b.data && strstr(b.data, "{{") == NULL);
    }
    hl_buf_fini(&s);
    hl_buf_fini(&b);
    hl_templates_free(&set);
    CHECK(set == NULL);
}

static void
test_load_dir_errors(void)
{
    char dir[] = "/tmp/hl-test-tpl-XXXXXX";
    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        exit(2);
    }
    char path[256];
    snprintf(path, sizeof path, "%s/ack.vi.txt", dir);
    FILE *f = fopen(path, "w");
    fputs("Subject: [{{case_code}}]\n\nHạn: {{due_dat}}\n", f);
    fclose(f);
    struct hl_diag diag;
    hl_diag_init(&diag);
    struct hl_templates *set = hl_templates_load_dir(dir, &diag);
    CHECK(set == NULL);
    char want[400];
    snprintf(want, sizeof want,
             "%s:3: unknown placeholder {{due_dat}} (did you mean {{due_date}}?)", path);
    bool found = false, missing_fw = false;
    for (size_t i = 0; i < diag.n; i++) {
        found |= strcmp(diag.lines[i], want) == 0;
        missing_fw |= strstr(diag.lines[i], "forward.vi.txt: missing template") != NULL;
    }
    CHECK(found);
    CHECK(missing_fw);
    hl_diag_fini(&diag);
    unlink(path);
    rmdir(dir);
}

int
main(void)
{
    test_engine();
    test_errors();
    test_default_templates();
    test_load_dir_errors();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
