/*
 * fuzz_rules: libFuzzer target for the rule loader hl_rules_load() (libconfig
 * parsing, the field and action checks, PCRE2 compilation of folded
 * patterns) and, when a set loads, hl_rules_classify() over one fixed
 * message.  Each input is one rule file, 50-fuzz.conf, loaded from a private
 * directory beside a fixed 00-categories.conf, with the units of rules/.
 * Inputs whose @include could leave that directory are skipped (fuzz.h).
 * Seeds: the .conf files of rules/ and tests/data/rules/, and
 * tests/fuzz/seeds/fuzz_rules.
 *
 * Checks the contracts of rules.h on every input:
 *   - a set that does not load says why: at least one diagnostic, each in
 *     compiler form "FILE:LINE: message" or "FILE: message"; a set that
 *     loads has no diagnostic;
 *   - a loaded set knows "uncategorized" and every category it counts;
 *   - its verdict names a known category and (given a mailbox) a unit, a priority on the
 *     scale, a deadline of -1 or more, tags and "name=value" fields that are
 *     strings, a JSON trace array in valid UTF-8, and as many hits as it says.
 *
 *   bash scripts/fuzz.sh fuzz_rules         (builds build-fuzz/ with clang)
 *   build-fuzz/fuzz_rules CRASH-FILE        (replays one input)
 */
#include "charset.h"
#include "fuzz.h"
#include "mime.h"
#include "rules.h"

#include <stdlib.h>
#include <string.h>

/* The categories and units of the default rule set (rules/), so that its
 * files load as seeds and the fuzzer starts from rule sets that classify. */
static const char categories[] =
    "categories = (\n"
    "  { code = \"flooding\"; name = \"Ng\xe1\xba\xadp \xc3\xbang\"; deadline_days = 10;\n"
    "    legal_basis = \"Lu\xe1\xba\xadt Ti\xe1\xba\xbfp c\xc3\xb4ng d\xc3\xa2n 2013\"; },\n"
    "  { code = \"land\"; name = \"\xc4\x90\xe1\xba\xa5t \xc4\x91\x61i\"; deadline_days = 30; },\n"
    "  { code = \"spam\"; name = \"Th\xc6\xb0 r\xc3\xa1\x63\"; deadline_days = 0; },\n"
    "  { code = \"business_registration\"; name = \"business_registration\"; deadline_days = 10; "
    "},\n"
    "  { code = \"certification\"; name = \"certification\"; deadline_days = 10; },\n"
    "  { code = \"civil_status\"; name = \"civil_status\"; deadline_days = 10; },\n"
    "  { code = \"compliment\"; name = \"compliment\"; deadline_days = 10; },\n"
    "  { code = \"construction_permit\"; name = \"construction_permit\"; deadline_days = 10; },\n"
    "  { code = \"encroachment\"; name = \"encroachment\"; deadline_days = 10; },\n"
    "  { code = \"garbage\"; name = \"garbage\"; deadline_days = 10; },\n"
    "  { code = \"harassment\"; name = \"harassment\"; deadline_days = 10; },\n"
    "  { code = \"illegal_construction\"; name = \"illegal_construction\"; deadline_days = 10; },\n"
    "  { code = \"noise\"; name = \"noise\"; deadline_days = 10; },\n"
    "  { code = \"other\"; name = \"other\"; deadline_days = 10; },\n"
    "  { code = \"power\"; name = \"power\"; deadline_days = 10; },\n"
    "  { code = \"regulation\"; name = \"regulation\"; deadline_days = 10; },\n"
    "  { code = \"residence\"; name = \"residence\"; deadline_days = 10; },\n"
    "  { code = \"roads\"; name = \"roads\"; deadline_days = 10; },\n"
    "  { code = \"water\"; name = \"water\"; deadline_days = 10; }\n"
    ");\n";

static const char *const units[] = {
    "ca-tp",   "phuong-ba-dinh", "phuong-cau-giay", "phuong-hoan-kiem", "so-gtvt", "so-khdt",
    "so-tnmt", "so-tp",          "so-xd",           "thanh-tra",        "ubnd-tp", "xa-soc-son"};

static const char message[] =
    "From: =?UTF-8?B?TMOqIFF1YW5nIE1pbmg=?= <lqminh@mail.example.vn>\r\n"
    "To: phananh@soxaydung.hanoi.example.vn\r\n"
    "Subject: =?UTF-8?Q?Ng=E1=BA=ADp_=C3=BAng_ng=C3=B5_201?=\r\n"
    "X-Priority: 1\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
    "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "N\xc6\xb0\xe1\xbb\x9b\x63 ng\xe1\xba\xadp s\xc3\xa2u 40 cm, th\xe1\xbb\xad\x61 "
    "\xc4\x91\xe1\xba\xa5t "
    "s\xe1\xbb\x91 12, v\xc3\xb2i v\xc4\xa9nh.\r\n"
    "--b\r\nContent-Type: application/pdf; name=\"don.pdf\"\r\n"
    "Content-Disposition: attachment; filename=\"don.pdf\"\r\n\r\n%PDF-1\r\n"
    "--b--\r\n";

static void
check_utf8(const char *s)
{
    if (s == NULL || !hl_utf8_valid((const unsigned char *)s, strlen(s)))
        abort();
}

/* Compiler form: a file name (the directory's, a file in it, or an
 * @include'd one as libconfig names it), maybe a line, then ": ". */
static void
check_diag(const struct hl_diag *d)
{
    for (size_t i = 0; i < d->n; i++) {
        const char *l = d->lines[i];
        const char *sep = strstr(l, ": ");
        if (sep == NULL || sep == l || sep[2] == '\0')
            abort();
    }
}

static void
check_verdict(const struct hl_rules *r, const struct hl_verdict *v, const char *mailbox_unit)
{
    if (v->category == NULL || hl_rules_category(r, v->category) == NULL)
        abort();
    /* no rule routed: the mailbox's unit, which may be none */
    if (mailbox_unit != NULL && (v->unit == NULL || v->unit[0] == '\0'))
        abort();
    if (v->priority < HL_PRIO_LOW || v->priority > HL_PRIO_URGENT || v->deadline_days < -1)
        abort();
    for (size_t i = 0; i < v->n_tags; i++)
        if (v->tags[i] == NULL)
            abort();
    for (size_t i = 0; i < v->n_fields; i++)
        if (v->fields[i] == NULL || strchr(v->fields[i], '=') == NULL)
            abort();
    check_utf8(v->trace_json);
    size_t tl = strlen(v->trace_json);
    if (tl < 2 || v->trace_json[0] != '[' || v->trace_json[tl - 1] != ']')
        abort();
    for (size_t i = 0; i < v->n_hits; i++)
        if (v->hits[i].rule == NULL || v->hits[i].file == NULL)
            abort();
    if (v->out_of_time && !v->limit_hit)
        abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fuzz_includes_safe(data, size))
        return 0;
    static struct hl_message *msg;
    if (msg == NULL) {
        fuzz_write("00-categories.conf", categories, sizeof categories - 1);
        msg = fuzz_parse((const uint8_t *)message, sizeof message - 1);
    }
    fuzz_write("50-fuzz.conf", data, size);

    struct hl_rules_env env = {.unit_codes = units,
                               .n_units = HL_NELEM(units),
                               .match_limit = 100000,
                               .depth_limit = 1000,
                               .budget_ms = 2000};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *r = hl_rules_load(fuzz_dir(), &env, &d);
    check_diag(&d);
    if (r == NULL) {
        if (d.n == 0)
            abort();
        hl_diag_fini(&d);
        return 0;
    }
    if (d.n != 0)
        abort();
    hl_diag_fini(&d);

    if (hl_rules_category(r, HL_RULES_UNCATEGORIZED) == NULL)
        abort();
    for (size_t i = 0; i < hl_rules_n_categories(r); i++) {
        const struct hl_category *c = hl_rules_category_at(r, i);
        if (c == NULL || c->code == NULL || hl_rules_category(r, c->code) != c)
            abort();
    }
    for (int mailbox = 0; mailbox < 2; mailbox++) {
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_verdict v;
        const char *unit = mailbox ? "so-xd" : NULL;
        if (hl_rules_classify(r, msg, unit, &a, &v) != 0)
            abort();
        check_verdict(r, &v, unit);
        hl_arena_fini(&a);
    }
    hl_rules_free(&r);
    return 0;
}
