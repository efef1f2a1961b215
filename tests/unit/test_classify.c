/*
 * test_classify: the one classification hotlined's intake and hotlinectl's
 * rules test/replay share (lib/core/classify.c), over a configuration and
 * rules loaded the way hotlined loads them.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "classify.h"
#include "config.h"
#include "mime.h"
#include "rules.h"
#include "util.h"

static const char units_conf[] =
    "database = { conninfo = \"dbname=hotline\"; };\n"
    "units = (\n"
    " { code = \"city\"; name = \"UBND\"; feedback_email = \"pa@city.vn\"; clerks = "
    "[\"a@city.vn\"]; },\n"
    " { code = \"ward-a\"; name = \"Phường A\"; parent = \"city\"; feedback_email = \"pa@a.vn\";"
    "   clerks = [\"lan@a.vn\"]; },\n"
    " { code = \"ward-b\"; name = \"Phường B\"; parent = \"city\"; feedback_email = \"pa@b.vn\";"
    "   clerks = [\"c@b.vn\"]; }\n"
    ");\n";

static struct hl_config *
load_config(void)
{
    char dir[] = "/tmp/hl-test-classify-XXXXXX";
    if (mkdtemp(dir) == NULL)
        abort();
    char *path = hl_xasprintf("%s/hotline.conf", dir);
    FILE *f = fopen(path, "w");
    fputs(units_conf, f);
    fclose(f);
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_config *cfg = hl_config_load(path, &d);
    if (cfg == NULL)
        hl_diag_print(&d);
    hl_diag_fini(&d);
    unlink(path);
    rmdir(dir);
    free(path);
    return cfg;
}

struct run {
    struct hl_message *msg;
    struct hl_class cls;
    struct hl_verdict v;
};

/* Classifies raw as intake does: intake's defaults, then hl_classify. */
static void
run(const struct hl_classify_ctx *cx, const char *raw, const char *mailbox, struct run *r)
{
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    r->msg = hl_mime_parse((const unsigned char *)raw, strlen(raw), &lim);
    r->cls = (struct hl_class){.category = "uncategorized",
                               .unit = mailbox,
                               .priority = HL_PRIO_NORMAL,
                               .deadline_days = -1,
                               .trace_json = "[]",
                               .fields_json = "{}"};
    CHECK(hl_classify(cx, 1764892800, r->msg, mailbox, &r->msg->arena, &r->cls, &r->v) == 0);
}

static const char flood[] = "From: Nguyễn Văn An <an@example.vn>\r\n"
                            "To: pa@a.vn\r\nSubject: =?UTF-8?Q?Ng=E1=BA=ADp?=\r\n"
                            "Message-ID: <1@example.vn>\r\n"
                            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                            "Đường trước nhà tôi ngập sâu sau mỗi trận mưa.\r\n";

static const char denunciation[] = "From: Trần Thị Bình <binh@example.vn>\r\n"
                                   "To: pa@a.vn\r\nSubject: To cao\r\n"
                                   "Message-ID: <2@example.vn>\r\n"
                                   "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                   "Tôi tố cáo cán bộ phường đòi tiền khi làm hồ sơ.\r\n";

static const char autoreply[] = "From: an@example.vn\r\nTo: pa@a.vn\r\n"
                                "Subject: Auto: Ngập\r\nAuto-Submitted: auto-replied\r\n"
                                "Message-ID: <3@example.vn>\r\n\r\n"
                                "Tôi đang vắng mặt. Đường ngập sâu.\r\n";

static void
test_routing_and_due_dates(const struct hl_rules *rules, const struct hl_config *cfg)
{
    struct hl_classify_ctx cx = {.rules = rules, .config = cfg};
    struct run r;
    run(&cx, flood, "ward-a", &r);
    CHECK_STR(r.cls.category, "flooding");
    CHECK_STR(r.cls.unit, "ward-b");
    CHECK_STR(r.v.unit, "ward-b");
    CHECK(r.cls.due_at == 0); /* no calendar in the context: no due date */
    CHECK(!r.cls.no_ack && r.cls.no_case == NULL);
    CHECK(strstr(r.cls.trace_json, "\"ngap\"") != NULL);
    hl_message_free(&r.msg);
}

/* The rules say harassment, reported to the ward's own mailbox: the verdict
 * keeps the ward, the classification sends it above the accused. */
static void
test_denunciation_routed_above_the_accused(const struct hl_rules *rules,
                                           const struct hl_config *cfg)
{
    struct hl_classify_ctx cx = {.rules = rules, .config = cfg};
    struct run r;
    run(&cx, denunciation, "ward-a", &r);
    CHECK_STR(r.v.kind, "denunciation");
    CHECK_STR(r.v.unit, "ward-a");
    CHECK_STR(r.cls.kind, "denunciation");
    CHECK_STR(r.cls.accused_unit, "ward-a");
    CHECK_STR(r.cls.unit, "city");
    CHECK(r.cls.due_at == 1764892800 + 30 * 86400);
    hl_message_free(&r.msg);

    /* Without a configuration (rules test without -c): the rules' word. */
    struct hl_classify_ctx bare = {.rules = rules};
    run(&bare, denunciation, "ward-a", &r);
    CHECK_STR(r.cls.unit, "ward-a");
    CHECK(r.cls.kind == NULL && r.cls.accused_unit == NULL);
    hl_message_free(&r.msg);
}

static void
test_machine_mail(const struct hl_rules *rules, const struct hl_config *cfg)
{
    struct hl_autoreply_policy pol;
    hl_autoreply_policy_default(&pol);
    struct hl_classify_ctx cx = {.rules = rules, .config = cfg, .autoreply = &pol};
    struct run r;
    run(&cx, autoreply, "ward-a", &r);
    CHECK(r.cls.no_ack);
    CHECK_STR(r.cls.no_case, "auto_reply");
    CHECK(strstr(r.cls.no_ack_reason, "auto_submitted") == r.cls.no_ack_reason);
    /* Still classified: the clerk sees what it was about. */
    CHECK_STR(r.cls.category, "flooding");
    hl_message_free(&r.msg);

    /* A citizen's mail passes the screening. */
    run(&cx, flood, "ward-a", &r);
    CHECK(!r.cls.no_ack && r.cls.no_case == NULL);
    hl_message_free(&r.msg);
}

int
main(void)
{
    struct hl_config *cfg = load_config();
    CHECK(cfg != NULL);
    const char *codes[] = {"city", "ward-a", "ward-b"};
    struct hl_rules_env env = {.unit_codes = codes, .n_units = 3};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *rules = hl_rules_load("tests/data/rules/classify", &env, &d);
    if (rules == NULL)
        hl_diag_print(&d);
    hl_diag_fini(&d);
    CHECK(rules != NULL);
    if (cfg && rules) {
        test_routing_and_due_dates(rules, cfg);
        test_denunciation_routed_above_the_accused(rules, cfg);
        test_machine_mail(rules, cfg);
    }
    hl_rules_free(&rules);
    hl_config_free(&cfg);
    return check_report();
}
