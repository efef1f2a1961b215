/* Unit tests for lib/core/units.c (units as data: the units file, successor
 * chains, alias routing, merge and split bookkeeping), lib/core/split_rules.c
 * and lib/base/jsonpos.c. */
#include "units.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"
#include "directory.h"
#include "jsonpos.h"
#include "split_rules.h"

/* A city, a department, three wards (one with a unit under it). */
static const char city_json[] =
    "[\n"
    "  {\"code\": \"tp\", \"name\": \"Thành phố\", \"parent\": null, \"kind\": \"city\",\n"
    "   \"feedback_email\": \"phananh@tp.example.vn\", \"hotline_phone\": \"+84 24 0000 0001\",\n"
    "   \"clerks\": [\"a@tp.example.vn\"], \"head\": \"ct@tp.example.vn\"},\n"
    "  {\"code\": \"so-xd\", \"name\": \"Sở Xây dựng\", \"parent\": \"tp\",\n"
    "   \"kind\": \"department\", \"feedback_email\": \"phananh@soxd.example.vn\"},\n"
    "  {\"code\": \"p-a\", \"name\": \"Phường A\", \"parent\": \"tp\", \"kind\": \"ward\",\n"
    "   \"feedback_email\": \"PhanAnh@pa.example.vn\", \"feedback_box\": \"Cổng trụ sở\",\n"
    "   \"address\": \"1 Phố A\",\n"
    "   \"mailbox\": {\"host\": \"imap.example.vn\", \"port\": 993, \"tls\": \"implicit\",\n"
    "     \"user\": \"p-a\", \"password_file\": \"secrets/p-a.pass\",\n"
    "     \"folders\": {\"inbox\": \"INBOX\", \"processed\": \"Done\"}}},\n"
    "  {\"code\": \"p-b\", \"name\": \"Phường B\", \"parent\": \"tp\", \"kind\": \"ward\",\n"
    "   \"feedback_email\": \"phananh@pb.example.vn\"},\n"
    "  {\"code\": \"to-b1\", \"name\": \"Tổ dân phố B1\", \"parent\": \"p-b\", \"kind\": "
    "\"other\"},\n"
    "  {\"code\": \"p-c\", \"name\": \"Phường C\", \"parent\": \"tp\", \"kind\": \"ward\",\n"
    "   \"feedback_email\": \"phananh@pc.example.vn\"}\n"
    "]\n";

static struct hl_unit_cfg *
load_city(size_t *n)
{
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_unit_cfg *u = NULL;
    int rc = hl_units_from_json("city.json", city_json, strlen(city_json), "/etc/hotline", NULL, 0,
                                &u, n, &d);
    CHECK(rc == 0);
    for (size_t i = 0; i < d.n; i++)
        fprintf(stderr, "%s\n", d.lines[i]);
    hl_diag_fini(&d);
    return u;
}

static void
test_read(void)
{
    size_t n;
    struct hl_unit_cfg *u = load_city(&n);
    CHECK(n == 6);
    const struct hl_unit_cfg *a = hl_units_find(u, n, "p-a");
    CHECK(a && a->has_mailbox);
    CHECK_STR(a->mailbox.password.file, "/etc/hotline/secrets/p-a.pass");
    CHECK_STR(a->mailbox.processed, "Done");
    CHECK(a->mailbox.port == 993 && a->mailbox.tls == HL_TLS_IMPLICIT);
    CHECK_STR(a->feedback_box, "Cổng trụ sở");
    CHECK_STR(hl_units_find(u, n, "tp")->clerks[0], "a@tp.example.vn");
    CHECK(!hl_units_find(u, n, "so-xd")->has_mailbox);

    /* Written back and read again: the same units (export then import). */
    struct hl_buf b;
    hl_buf_init(&b);
    hl_units_to_json(&b, u, n);
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_unit_cfg *again = NULL;
    size_t n2 = 0;
    CHECK(hl_units_from_json("export.json", b.data, b.len, NULL, NULL, 0, &again, &n2, &d) == 0);
    CHECK(n2 == n);
    struct hl_buf b2;
    hl_buf_init(&b2);
    hl_units_to_json(&b2, again, n2);
    CHECK_STR(b2.data, b.data);
    hl_buf_fini(&b);
    hl_buf_fini(&b2);
    hl_diag_fini(&d);
    hl_units_free(&again, n2);
    hl_units_free(&u, n);
}

/* Each bad file: the line and the words of the first diagnostic. */
static void
test_bad_files(void)
{
    static const struct {
        const char *json;
        const char *want;
    } cases[] = {
        {"[\n {\"code\": \"x\", \"name\": \"X\",}\n]", "f.json:2: expected a key"},
        {"[\n {\"code\": \"x\",\n  \"code\": \"y\"}\n]", "f.json:3: duplicate object key"},
        {"[\n {\"code\": \"x\",\n  \"nmae\": \"X\"}\n]",
         "f.json:3: unit x: unknown unit field \"nmae\""},
        {"[\n {\"code\": \"Bad Code\", \"name\": \"X\"}\n]",
         "f.json:2: unit Bad Code: a unit code must"},
        {"[{\"code\": \"x\", \"name\": \"X\"},\n {\"code\": \"x\", \"name\": \"Y\"}]",
         "f.json:2: unit x: the code is already used at line 1"},
        {"[{\"code\": \"x\", \"name\": \"X\",\n \"parent\": \"nowhere\"}]",
         "f.json:1: unit x: parent nowhere is not the code of any unit"},
        {"[{\"code\": \"x\", \"name\": \"X\", \"feedback_email\": \"a@x.vn\",\n"
         "  \"mailbox\": {\"host\": \"h\", \"user\": \"u\"}}]",
         "f.json:1: unit x: the mailbox needs exactly one of password_file and password_env"},
        {"{\"units\": 3}", "f.json:1: a units file is an array"},
        {"[{\"code\": \"x\", \"name\": \"X\", \"kind\": \"village\"}]",
         "f.json:1: unit x: kind \"village\""},
        {"[\n\n  \"x\"\n]", "f.json:3: each unit must be an object"},
        {"[{\"code\": \"a\", \"name\": \"A\", \"parent\": \"b\"},\n"
         " {\"code\": \"b\", \"name\": \"B\", \"parent\": \"a\"}]",
         "f.json:1: unit a: its parents form a loop"},
        {"[{\"code\": \"x\", \"name\": \"caf\\u00e9\", \"head\": \"no\"}]",
         "f.json:1: unit x: head \"no\" is not an address"},
        /* saved in Windows-1258: the export would not read back the same */
        {"[{\"code\": \"x\",\n \"name\": \"Thanh tra H\xe0 N\xf4i\"}]",
         "f.json:2: a string is not valid UTF-8 (save the file as UTF-8)"},
    };
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        struct hl_diag d;
        hl_diag_init(&d);
        struct hl_unit_cfg *u = NULL;
        size_t n = 0;
        int rc = hl_units_from_json("f.json", cases[i].json, strlen(cases[i].json), NULL, NULL, 0,
                                    &u, &n, &d);
        CHECK(rc == -1 && u == NULL);
        CHECK(d.n >= 1);
        if (d.n >= 1 && strncmp(d.lines[0], cases[i].want, strlen(cases[i].want)) != 0) {
            fprintf(stderr, "case %zu: got \"%s\", want \"%s...\"\n", i, d.lines[0], cases[i].want);
            CHECK(false);
        }
        hl_diag_fini(&d);
    }
    /* A parent the database knows is fine. */
    static const char known[] = "[{\"code\": \"x\", \"name\": \"X\", \"parent\": \"tp\"}]";
    const char *codes[] = {"tp"};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_unit_cfg *u = NULL;
    size_t n = 0;
    CHECK(hl_units_from_json("k.json", known, strlen(known), NULL, codes, 1, &u, &n, &d) == 0);
    CHECK(d.n == 0 && n == 1);
    hl_units_free(&u, n);
    hl_diag_fini(&d);
}

static void
test_merge(void)
{
    size_t n;
    struct hl_unit_cfg *u = load_city(&n);
    struct hl_unit_plan plan;
    struct hl_err err = {0};
    const char *olds[] = {"p-b", "p-c"};
    CHECK(hl_units_plan_merge(u, n, olds, 2, "p-a", &plan, &err) == 0);
    CHECK_STR(plan.successor, "p-a");
    CHECK(plan.n_retire == 2);
    CHECK_STR(plan.retire[0], "p-b");
    /* The unit under a merged ward moves under the successor. */
    CHECK(plan.n_reparent == 1);
    CHECK_STR(plan.reparent[0], "to-b1");
    CHECK_STR(plan.reparent_to[0], "p-a");
    /* Both old addresses become aliases, lower-cased, each of its unit. */
    CHECK(plan.n_aliases == 2);
    CHECK_STR(plan.aliases[0], "phananh@pb.example.vn");
    CHECK_STR(plan.retire[plan.alias_of[1]], "p-c");

    /* Carried out (as the store does), the old codes and addresses route
     * to the successor. */
    for (size_t r = 0; r < plan.n_retire; r++) {
        struct hl_unit_cfg *x = (struct hl_unit_cfg *)hl_units_find(u, n, plan.retire[r]);
        x->retired = true;
        x->successor = hl_xstrdup(plan.successor);
    }
    CHECK_STR(hl_units_resolve(u, n, "p-b"), "p-a");
    CHECK_STR(hl_units_resolve(u, n, "p-a"), "p-a");
    CHECK(hl_units_resolve(u, n, "nowhere") == NULL);
    CHECK_STR(hl_units_route_address(u, n, NULL, NULL, 0, "PHANANH@pc.example.vn"), "p-a");
    CHECK_STR(hl_units_route_address(u, n, NULL, NULL, 0, "phananh@soxd.example.vn"), "so-xd");
    const char *aa[] = {"hopthu-cu@pb.example.vn"}, *au[] = {"p-b"};
    CHECK_STR(hl_units_route_address(u, n, aa, au, 1, "Hopthu-Cu@pb.example.vn"), "p-a");
    CHECK(hl_units_route_address(u, n, aa, au, 1, "someone@else.vn") == NULL);
    hl_unit_plan_fini(&plan);

    /* A merged ward's mailbox is still polled, for its successor. */
    struct hl_unit_cfg *c = (struct hl_unit_cfg *)hl_units_find(u, n, "p-c");
    c->has_mailbox = true;
    const char *route = NULL;
    CHECK(hl_units_polled(u, n, c, &route));
    CHECK_STR(route, "p-a");
    /* A merge again (p-a into tp) carries the old addresses along. */
    const char *olds2[] = {"p-a"};
    CHECK(hl_units_plan_merge(u, n, olds2, 1, "tp", &plan, &err) == 0);
    struct hl_unit_cfg *a = (struct hl_unit_cfg *)hl_units_find(u, n, "p-a");
    a->retired = true;
    a->successor = hl_xstrdup("tp");
    CHECK_STR(hl_units_resolve(u, n, "p-c"), "tp");
    CHECK(hl_units_polled(u, n, c, &route));
    CHECK_STR(route, "tp");
    hl_unit_plan_fini(&plan);
    /* A retired unit without a successor is not polled; a loop resolves to nothing. */
    free(a->successor);
    a->successor = NULL;
    CHECK(!hl_units_polled(u, n, c, &route));
    a->successor = hl_xstrdup("p-c");
    CHECK(hl_units_resolve(u, n, "p-c") == NULL);
    hl_units_free(&u, n);
}

static void
test_merge_refused(void)
{
    size_t n;
    struct hl_unit_cfg *u = load_city(&n);
    struct hl_unit_plan plan;
    struct hl_err err = {0};
    const char *self[] = {"p-a"};
    CHECK(hl_units_plan_merge(u, n, self, 1, "p-a", &plan, &err) == -1);
    CHECK(strstr(err.msg, "into itself") != NULL);
    const char *twice[] = {"p-b", "p-b"};
    CHECK(hl_units_plan_merge(u, n, twice, 2, "p-a", &plan, &err) == -1);
    CHECK(strstr(err.msg, "named twice") != NULL);
    const char *unknown[] = {"p-x"};
    CHECK(hl_units_plan_merge(u, n, unknown, 1, "p-a", &plan, &err) == -1);
    CHECK(strstr(err.msg, "p-x is not the code") != NULL);
    /* The city into one of its wards: the ward lies under it. */
    const char *up[] = {"tp"};
    CHECK(hl_units_plan_merge(u, n, up, 1, "p-a", &plan, &err) == -1);
    CHECK(strstr(err.msg, "lies under") != NULL);
    /* A retired unit is merged no more, but into its successor again. */
    struct hl_unit_cfg *c = (struct hl_unit_cfg *)hl_units_find(u, n, "p-c");
    c->retired = true;
    const char *gone[] = {"p-c"};
    CHECK(hl_units_plan_merge(u, n, gone, 1, "p-a", &plan, &err) == -1);
    CHECK(strstr(err.msg, "retired") != NULL);
    c->successor = hl_xstrdup("p-b");
    CHECK(hl_units_plan_merge(u, n, gone, 1, "p-a", &plan, &err) == -1);
    CHECK(hl_units_plan_merge(u, n, gone, 1, "p-b", &plan, &err) == 0);
    hl_unit_plan_fini(&plan);
    hl_units_free(&u, n);
}

static void
test_split(void)
{
    size_t n;
    struct hl_unit_cfg *u = load_city(&n);
    struct hl_unit_plan plan;
    struct hl_err err = {0};
    /* p-b into p-a and to-b1 (which lies under p-b: it moves up to tp). */
    const char *into[] = {"p-a", "to-b1"};
    CHECK(hl_units_plan_split(u, n, "p-b", into, 2, &plan, &err) == 0);
    CHECK_STR(plan.successor, "p-a");
    CHECK(plan.n_retire == 1 && plan.n_targets == 2);
    CHECK(plan.n_reparent == 1);
    CHECK_STR(plan.reparent[0], "to-b1");
    CHECK_STR(plan.reparent_to[0], "tp");
    CHECK(plan.n_aliases == 1);
    hl_unit_plan_fini(&plan);
    const char *bad[] = {"p-a", "p-b"};
    CHECK(hl_units_plan_split(u, n, "p-b", bad, 2, &plan, &err) == -1);
    CHECK(hl_units_plan_split(u, n, "p-b", into, 0, &plan, &err) == -1);
    hl_units_free(&u, n);

    /* The rule file shares the cases. */
    const char *units[] = {"p-a", "to-b1"};
    static const char rules[] = "# ngõ 5 goes to B1\n"
                                "to-b1  ngo\\s+5\\b\n"
                                "\n"
                                "p-a    pho a\n";
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_split_rules *r = hl_split_rules_load("split.rules", rules, units, 2, &d);
    CHECK(r != NULL && d.n == 0);
    CHECK_STR(hl_split_rules_match(r, "Rác ở Ngõ 5", "", ""), "to-b1");
    CHECK_STR(hl_split_rules_match(r, "", "Đèn hỏng ở PHỐ A", ""), "p-a");
    CHECK(hl_split_rules_match(r, "Khác", "không rõ", "x@y.vn") == NULL);
    hl_split_rules_free(&r);
    static const char broken[] = "p-a (unclosed\nnowhere x\np-a\n";
    r = hl_split_rules_load("split.rules", broken, units, 2, &d);
    CHECK(r == NULL && d.n == 3);
    if (d.n == 3) {
        CHECK(strncmp(d.lines[0], "split.rules:1: pattern error", 28) == 0);
        CHECK_STR(d.lines[1], "split.rules:2: nowhere is not one of the units split into");
        CHECK(strncmp(d.lines[2], "split.rules:3: a rule is", 24) == 0);
    }
    hl_diag_fini(&d);
}

static void
test_overlay(void)
{
    size_t n;
    struct hl_unit_cfg *db = load_city(&n);
    struct hl_unit_cfg *b = (struct hl_unit_cfg *)hl_units_find(db, n, "p-b");
    b->retired = true;
    b->successor = hl_xstrdup("p-a");
    /* The configuration still lists p-b, with another name and no box. */
    struct hl_unit_cfg conf = {0};
    conf.code = "p-b";
    conf.name = "Phường B (cấu hình)";
    size_t n_all = 0;
    struct hl_unit_cfg *all = hl_units_overlay(db, n, &conf, 1, &n_all);
    CHECK(n_all == n);
    CHECK_STR(all[0].name, "Phường B (cấu hình)");
    CHECK(all[0].retired);
    CHECK_STR(all[0].successor, "p-a");
    hl_units_free(&all, n_all);
    hl_units_free(&db, n);
}

static void
test_mail_domains(void)
{
    size_t n;
    struct hl_unit_cfg *u = load_city(&n);
    const char *domains[8] = {"PA.example.vn"};
    /* Known without case; each new domain once; the count says how many. */
    size_t k = hl_units_add_mail_domains(u, n, domains, 1, HL_NELEM(domains));
    CHECK(k > 2);
    size_t pa = 0, tp = 0;
    for (size_t i = 0; i < k; i++) {
        pa += strcasecmp(domains[i], "pa.example.vn") == 0;
        tp += strcmp(domains[i], "tp.example.vn") == 0;
    }
    CHECK(pa == 1 && tp == 1);
    /* Again: nothing new. */
    CHECK(hl_units_add_mail_domains(u, n, domains, k, HL_NELEM(domains)) == k);
    for (size_t i = 1; i < k; i++)
        free((char *)domains[i]);
    /* Never beyond max. */
    CHECK(hl_units_add_mail_domains(u, n, domains, 1, 2) == 2);
    free((char *)domains[1]);
    hl_units_free(&u, n);
}

static void
test_directory(void)
{
    size_t n;
    struct hl_unit_cfg *u = load_city(&n);
    ((struct hl_unit_cfg *)hl_units_find(u, n, "p-c"))->retired = true;
    struct hl_buf b;
    hl_buf_init(&b);
    hl_directory_render(&b, u, n, HL_DIRECTORY_HTML, 1796083200);
    CHECK(strstr(b.data, "<html lang=\"vi\">") != NULL);
    CHECK(strstr(b.data, "mailto:PhanAnh@pa.example.vn") != NULL);
    CHECK(strstr(b.data, "tel:+842400000001") != NULL);
    CHECK(strstr(b.data, "Cổng trụ sở") != NULL);
    CHECK(strstr(b.data, "pc.example.vn") == NULL); /* retired: not listed */
    CHECK(strstr(b.data, "http") == NULL);          /* no external asset */
    hl_buf_reset(&b);
    hl_directory_render(&b, u, n, HL_DIRECTORY_CSV, 1796083200);
    CHECK(memcmp(b.data, "\xEF\xBB\xBF", 3) == 0);
    CHECK(strstr(b.data,
                 "p-a,Phường A,Thành phố,Phường,,PhanAnh@pa.example.vn,1 Phố A,Cổng trụ sở\r\n") !=
          NULL);
    hl_buf_reset(&b);
    hl_directory_render(&b, u, n, HL_DIRECTORY_JSON, 1796083200);
    json_error_t e;
    json_t *j = json_loadb(b.data, b.len, 0, &e);
    CHECK(j != NULL);
    const json_t *list = json_object_get(j, "units");
    CHECK(list && json_array_size(list) == 5);
    CHECK_STR(json_string_value(json_object_get(j, "as_of")), "2026-12-01");
    /* Tree order: the city first, each unit under its parent. */
    CHECK_STR(json_string_value(json_object_get(json_array_get(list, 0), "code")), "tp");
    json_decref(j);
    hl_buf_fini(&b);
    hl_units_free(&u, n);
}

static void
test_jsonpos(void)
{
    int line = 0;
    char msg[128];
    struct hl_jsonpos *pos = NULL;
    /* A byte order mark first; keys and values on lines of their own. */
    static const char ok[] = "\xEF\xBB\xBF\n{\"a\": [1, -2.5e1,\n  true, {}, null],\n"
                             " \"b\":\n  \"\\ud83d\\ude00\\n\\\"]\",\n \"c\": {\"d\": [\n]}}";
    json_t *j = hl_jsonpos_parse(ok, strlen(ok), &pos, &line, msg, sizeof msg);
    CHECK(j && json_is_object(j));
    if (j) {
        const json_t *a = json_object_get(j, "a");
        CHECK(json_number_value(json_array_get(a, 1)) == -25);
        CHECK_STR(json_string_value(json_object_get(j, "b")), "\xF0\x9F\x98\x80\n\"]");
        CHECK(hl_jsonpos_line(pos, j) == 2);
        CHECK(hl_jsonpos_line(pos, a) == 2);
        CHECK(hl_jsonpos_item_line(pos, a, 1) == 2);
        CHECK(hl_jsonpos_item_line(pos, a, 2) == 3);
        CHECK(hl_jsonpos_item_line(pos, a, 3) == 3);
        CHECK(hl_jsonpos_line(pos, json_array_get(a, 3)) == 3);
        CHECK(hl_jsonpos_member_line(pos, j, "b", false) == 4);
        CHECK(hl_jsonpos_member_line(pos, j, "b", true) == 5);
        CHECK(hl_jsonpos_member_line(pos, j, "c", false) == 6);
        const json_t *c = json_object_get(j, "c");
        CHECK(hl_jsonpos_line(pos, c) == 6);
        CHECK(hl_jsonpos_member_line(pos, c, "d", true) == 6);
        CHECK_STR(hl_jsonpos_type_name(json_array_get(a, 2)), "a boolean");
        CHECK_STR(hl_jsonpos_type_name(json_array_get(a, 4)), "null");
    }
    json_decref(j);
    hl_jsonpos_free(&pos);
    static const char *const bad[] = {
        "[1,]", "{\"a\" 1}",     "\"\\u0000\"",          "[\"a\n\"]", "[1] 2",
        "'x'",  "[\"\\ud800\"]", "{\"a\": 1, \"a\": 2}", "[\"\xff\"]"};
    for (size_t i = 0; i < HL_NELEM(bad); i++) {
        j = hl_jsonpos_parse(bad[i], strlen(bad[i]), &pos, &line, msg, sizeof msg);
        CHECK(j == NULL && pos == NULL && line == 1);
    }
    j = hl_jsonpos_parse("[\n1,\n]", 6, &pos, &line, msg, sizeof msg);
    CHECK(j == NULL && line == 3 && strstr(msg, "column") != NULL);
}

int
main(void)
{
    test_read();
    test_bad_files();
    test_merge();
    test_merge_refused();
    test_split();
    test_overlay();
    test_mail_domains();
    test_directory();
    test_jsonpos();
    return check_report();
}
