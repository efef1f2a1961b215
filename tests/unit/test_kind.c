/*
 * test_kind: who may receive what of a denunciation (lib/core/kind.c), over
 * configurations loaded the way hotlined loads them.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "config.h"
#include "kind.h"
#include "util.h"

/* A city, two wards, a department and the inspectorate. */
static const char units_conf[] =
    "database = { conninfo = \"dbname=hotline\"; };\n"
    "units = (\n"
    " { code = \"city\"; name = \"UBND\"; feedback_email = \"pa@city.vn\"; head = \"ct@city.vn\";"
    "   clerks = [\"a@city.vn\"]; },\n"
    " { code = \"ward-a\"; name = \"Phường A\"; parent = \"city\"; feedback_email = \"pa@a.vn\";"
    "   head = \"chutich@a.vn\"; clerks = [\"Lan@A.vn\", \"minh@a.vn\"]; },\n"
    " { code = \"ward-b\"; name = \"Phường B\"; parent = \"city\"; feedback_email = \"pa@b.vn\";"
    "   clerks = [\"c@b.vn\"]; },\n"
    " { code = \"thanh-tra\"; name = \"Thanh tra\"; parent = \"city\";"
    "   feedback_email = \"pa@tt.vn\"; clerks = [\"tt@tt.vn\"]; }\n"
    ");\n";

static struct hl_config *
load(const char *extra, bool want_ok)
{
    char dir[] = "/tmp/hl-test-kind-XXXXXX";
    if (mkdtemp(dir) == NULL)
        abort();
    char *path = hl_xasprintf("%s/hotline.conf", dir);
    FILE *f = fopen(path, "w");
    fputs(units_conf, f);
    fputs(extra, f);
    fclose(f);
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_config *cfg = hl_config_load(path, &d);
    if (want_ok && cfg == NULL)
        hl_diag_print(&d);
    CHECK((cfg != NULL) == want_ok);
    hl_diag_fini(&d);
    unlink(path);
    rmdir(dir);
    free(path);
    return cfg;
}

static void
test_defaults(void)
{
    struct hl_config *cfg = load("", true);
    if (cfg == NULL)
        return;
    struct hl_kind_route r;
    /* Feedback routes as the rules say, with the category's deadline. */
    hl_kind_route(cfg, NULL, NULL, "ward-a", "ward-a", "x@y.vn", &r);
    CHECK_STR(r.kind, "feedback");
    CHECK_STR(r.unit, "ward-a");
    CHECK(r.accused == NULL && r.deadline_days == -1 && r.review == NULL);
    /* A complaint too, with the law's limit. */
    hl_kind_route(cfg, "complaint", NULL, "ward-a", "ward-a", "x@y.vn", &r);
    CHECK_STR(r.unit, "ward-a");
    CHECK(r.deadline_days == 30 && r.accused == NULL);
    CHECK_STR(r.legal_basis, "Luật Khiếu nại 2011, Điều 28");
    /* The case: a denunciation in the ward's own mailbox, routed by
     * the ward rules to that ward, goes to the ward's parent. */
    hl_kind_route(cfg, "denunciation", NULL, "ward-a", "ward-a", "x@y.vn", &r);
    CHECK_STR(r.accused, "ward-a");
    CHECK_STR(r.unit, "city");
    CHECK(r.deadline_days == 30 && r.review == NULL);
    CHECK_STR(r.legal_basis, "Luật Tố cáo 2018, Điều 30");
    /* Without designated handlers a rule's routing elsewhere is not enough. */
    hl_kind_route(cfg, "denunciation", NULL, "ward-a", "thanh-tra", "x@y.vn", &r);
    CHECK_STR(r.unit, "city");
    /* The root accused, nobody above it: recorded with the accused, flagged,
     * and (store, schema 008) forwarded to nobody. */
    hl_kind_route(cfg, "denunciation", NULL, "city", "city", "x@y.vn", &r);
    CHECK_STR(r.unit, "city");
    CHECK(r.review != NULL && strstr(r.review, "transfer it by hand") != NULL);
    /* Anonymous: flagged for review, still handled by the parent. */
    hl_kind_route(cfg, "denunciation", NULL, "ward-b", "ward-b", NULL, &r);
    CHECK_STR(r.unit, "city");
    CHECK(r.review != NULL && strstr(r.review, "anonymous") != NULL);
    hl_kind_route(cfg, "denunciation", NULL, "ward-b", "ward-b", "", &r);
    CHECK(r.review != NULL);
    /* A rule may name the accused. */
    hl_kind_route(cfg, "denunciation", "ward-b", "city", "ward-b", "x@y.vn", &r);
    CHECK_STR(r.accused, "ward-b");
    CHECK_STR(r.unit, "city");
    /* A capture that names no configured unit: the mailbox's unit is the
     * accused, and a clerk should look. */
    hl_kind_route(cfg, "denunciation", "phuong-nowhere", "ward-a", "ward-a", "x@y.vn", &r);
    CHECK_STR(r.accused, "ward-a");
    CHECK_STR(r.unit, "city");
    CHECK(r.review != NULL && strstr(r.review, "not a configured unit") != NULL);
    hl_kind_route(cfg, "denunciation", "phuong-nowhere", "ward-a", "ward-a", NULL, &r);
    CHECK(r.review != NULL && strstr(r.review, "anonymous denunciation:") != NULL);
    /* A rule said no unit is accused (a neighbour's building): the unit
     * the rules chose handles it, with the law's limit, and nothing is
     * barred; anonymous, a clerk looks. */
    hl_kind_route(cfg, "denunciation", HL_ACCUSED_NONE, "ward-a", "ward-a", "x@y.vn", &r);
    CHECK_STR(r.unit, "ward-a");
    CHECK(r.accused == NULL && r.review == NULL && r.deadline_days == 30);
    CHECK_STR(r.legal_basis, "Luật Tố cáo 2018, Điều 30");
    CHECK(!hl_kind_unit_barred(r.kind, r.accused, "ward-a"));
    hl_kind_route(cfg, "denunciation", HL_ACCUSED_NONE, "ward-a", "ward-b", NULL, &r);
    CHECK_STR(r.unit, "ward-b");
    CHECK(r.review != NULL && strstr(r.review, "anonymous") != NULL);
    /* The forward to a unit that is no designated handler hides the denouncer. */
    CHECK(hl_kind_redact(cfg, r.kind, r.unit));
    /* An unknown kind is feedback. */
    hl_kind_route(cfg, "tố cáo", NULL, "ward-a", "ward-a", "x@y.vn", &r);
    CHECK_STR(r.kind, "feedback");
    /* Nobody is designated: every unit receives it without the denouncer. */
    CHECK(hl_kind_redact(cfg, "denunciation", "thanh-tra"));
    hl_config_free(&cfg);
}

static void
test_designated(void)
{
    struct hl_config *cfg = load("denunciations = { handler = \"parent\"; fallback = \"thanh-tra\";"
                                 " designated = [\"thanh-tra\"]; deadline_days = 20;"
                                 " extension_days = 20; legal_basis = \"Luật Tố cáo\"; };\n"
                                 "complaints = { deadline_days = 45; };\n",
                                 true);
    if (cfg == NULL)
        return;
    struct hl_kind_route r;
    /* A rule routing to a designated handler is followed. */
    hl_kind_route(cfg, "denunciation", NULL, "ward-a", "thanh-tra", "x@y.vn", &r);
    CHECK_STR(r.accused, "ward-a");
    CHECK_STR(r.unit, "thanh-tra");
    CHECK(r.deadline_days == 20);
    CHECK_STR(r.legal_basis, "Luật Tố cáo");
    /* Mail to the inspectorate accuses nobody by default and stays there. */
    hl_kind_route(cfg, "denunciation", NULL, "thanh-tra", "ward-b", "x@y.vn", &r);
    CHECK(r.accused == NULL);
    CHECK_STR(r.unit, "thanh-tra");
    CHECK(r.review == NULL);
    /* ...unless a rule names the inspectorate itself: then its parent. */
    hl_kind_route(cfg, "denunciation", "thanh-tra", "thanh-tra", "thanh-tra", "x@y.vn", &r);
    CHECK_STR(r.unit, "city");
    /* The root accused: the fallback. */
    hl_kind_route(cfg, "denunciation", NULL, "city", "city", "x@y.vn", &r);
    CHECK_STR(r.unit, "thanh-tra");
    CHECK(r.review == NULL);
    hl_kind_route(cfg, "complaint", NULL, "ward-a", "ward-a", "x@y.vn", &r);
    CHECK(r.deadline_days == 45);

    /* Who may receive what. */
    CHECK(hl_kind_unit_barred("denunciation", "ward-a", "ward-a"));
    CHECK(!hl_kind_unit_barred("denunciation", "ward-a", "city"));
    CHECK(!hl_kind_unit_barred("complaint", "ward-a", "ward-a"));
    CHECK(!hl_kind_unit_barred("denunciation", NULL, "ward-a"));
    CHECK(!hl_kind_unit_barred("denunciation", "ward-a", NULL));
    CHECK(hl_kind_address_barred(cfg, "denunciation", "ward-a", "lan@a.vn"));
    CHECK(hl_kind_address_barred(cfg, "denunciation", "ward-a", "CHUTICH@a.vn"));
    CHECK(hl_kind_address_barred(cfg, "denunciation", "ward-a", "pa@a.vn"));
    CHECK(!hl_kind_address_barred(cfg, "denunciation", "ward-a", "ct@city.vn"));
    CHECK(!hl_kind_address_barred(cfg, "feedback", "ward-a", "lan@a.vn"));
    CHECK(!hl_kind_address_barred(cfg, "denunciation", "ward-a", NULL));
    CHECK(hl_kind_redact(cfg, "denunciation", "city"));
    CHECK(hl_kind_redact(cfg, "denunciation", NULL));
    CHECK(!hl_kind_redact(cfg, "denunciation", "thanh-tra"));
    CHECK(!hl_kind_redact(cfg, "complaint", "city"));
    CHECK(!hl_kind_redact(cfg, NULL, "city"));

    struct hl_err err = {0};
    CHECK(hl_kind_transfer_allowed("HL-1", "denunciation", "ward-a", "ward-a", &err) == -1);
    CHECK(err.kind == HL_ERR_INPUT && strstr(err.msg, "accuses") != NULL);
    CHECK(hl_kind_transfer_allowed("HL-1", "denunciation", "ward-a", "ward-b", &err) == 0);
    CHECK(hl_kind_transfer_allowed("HL-1", "feedback", "ward-a", "ward-a", &err) == 0);
    hl_config_free(&cfg);

    cfg = load("denunciations = { handler = \"thanh-tra\"; };\n", true);
    if (cfg) {
        hl_kind_route(cfg, "denunciation", NULL, "ward-a", "ward-a", "x@y.vn", &r);
        CHECK_STR(r.unit, "thanh-tra");
        /* The fixed handler accused: its parent is not consulted; flagged. */
        hl_kind_route(cfg, "denunciation", "thanh-tra", "ward-a", "ward-a", "x@y.vn", &r);
        CHECK_STR(r.unit, "thanh-tra");
        CHECK(r.review != NULL);
        hl_config_free(&cfg);
    }
}

static void
test_extension(void)
{
    struct hl_config *cfg = load("complaints = { extension_days = 0; };\n", true);
    if (cfg == NULL)
        return;
    struct hl_err err = {0};
    int days = 0;
    CHECK(hl_kind_extension(cfg, "HL-1", "denunciation", "open", 0, &days, &err) == 0);
    CHECK(days == 30);
    CHECK(hl_kind_extension(cfg, "HL-1", "denunciation", "answered", 0, &days, &err) == 0);
    CHECK(hl_kind_extension(cfg, "HL-1", "denunciation", "open", 1, &days, &err) == -1);
    CHECK(strstr(err.msg, "once") != NULL);
    CHECK(hl_kind_extension(cfg, "HL-1", "denunciation", "resolved", 0, &days, &err) == -1);
    CHECK(hl_kind_extension(cfg, "HL-1", "feedback", "open", 0, &days, &err) == -1);
    CHECK(hl_kind_extension(cfg, "HL-1", NULL, "open", 0, &days, &err) == -1);
    CHECK(strstr(err.msg, "feedback") != NULL);
    /* complaints: extension_days = 0 */
    CHECK(hl_kind_extension(cfg, "HL-1", "complaint", "open", 0, &days, &err) == -1);
    hl_config_free(&cfg);
    cfg = load("", true);
    if (cfg) {
        CHECK(hl_kind_extension(cfg, "HL-1", "complaint", "open", 0, &days, &err) == 0);
        CHECK(days == 15);
        hl_config_free(&cfg);
    }
}

static void
test_bad_config(void)
{
    load("denunciations = { handler = \"thanh-traa\"; };\n", false);
    load("denunciations = { designated = [\"nowhere\"]; };\n", false);
    load("denunciations = { handler = \"thanh-tra\"; fallback = \"city\"; };\n", false);
    load("denunciations = { deadline = 30; };\n", false);
    load("complaints = { deadline_days = 0; };\n", false);
}

static void
test_mask(void)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_kind_mask("Tôi là Ha Van Tien, email HaTien88@example.net.", "hatien88@example.net", "[ẩn]",
                 &b);
    CHECK_STR(b.data, "Tôi là Ha Van Tien, email [ẩn].");
    hl_kind_mask("ab", "", "x", &b);
    CHECK_STR(b.data, "ab");
    hl_kind_mask("Ha Van Tien\nHa Van Tien", "Ha Van Tien", "X", &b);
    CHECK_STR(b.data, "X\nX");
    hl_buf_fini(&b);
}

int
main(void)
{
    test_defaults();
    test_designated();
    test_extension();
    test_bad_config();
    test_mask();
    return check_report();
}
