/* Unit tests for lib/core/rules.c and lib/base/fold.c: folding, every condition,
 * combinator and action, captures, traces, the prefilter, limits and every
 * diagnostic.  Run from the repository root (ctest does). */
#include "fold.h"
#include "mime.h"
#include "kind.h"
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static const char *const units[] = {
    "ubnd-tp", "so-tp",     "so-tnmt",          "so-xd",          "so-gtvt",         "ca-tp",
    "so-khdt", "thanh-tra", "phuong-hoan-kiem", "phuong-ba-dinh", "phuong-cau-giay", "xa-soc-son"};

/* A hand-built message: everything in msg->arena. */
struct msg_spec {
    const char *from, *from_name, *to, *cc, *subject, *body;
    const char *hname, *hvalue;
    const char *att_name, *att_type;
};

static struct hl_message *
make_msg(const struct msg_spec *s)
{
    struct hl_message *m = hl_xcalloc(1, sizeof *m);
    hl_arena_init(&m->arena);
    struct hl_arena *a = &m->arena;
    m->from.address = hl_arena_strdup(a, s->from);
    m->from.name = hl_arena_strdup(a, s->from_name);
    if (s->to) {
        m->to = hl_arena_alloc(a, sizeof *m->to);
        m->to[0].address = hl_arena_strdup(a, s->to);
        m->to[0].name = NULL;
        m->n_to = 1;
    }
    if (s->cc) {
        m->cc = hl_arena_alloc(a, sizeof *m->cc);
        m->cc[0].address = hl_arena_strdup(a, s->cc);
        m->cc[0].name = NULL;
        m->n_cc = 1;
    }
    m->subject = hl_arena_strdup(a, s->subject);
    m->text = hl_arena_strdup(a, s->body ? s->body : "");
    if (s->hname) {
        m->headers = hl_arena_alloc(a, 2 * sizeof *m->headers);
        m->headers[0].name = hl_arena_strdup(a, "Subject");
        m->headers[0].value = m->subject;
        m->headers[1].name = hl_arena_strdup(a, s->hname);
        m->headers[1].value = hl_arena_strdup(a, s->hvalue);
        m->n_headers = 2;
    }
    if (s->att_name || s->att_type) {
        m->atts = hl_arena_alloc(a, sizeof *m->atts);
        memset(m->atts, 0, sizeof *m->atts);
        m->atts[0].filename = hl_arena_strdup(a, s->att_name);
        m->atts[0].content_type = hl_arena_strdup(a, s->att_type);
        m->n_atts = 1;
    }
    m->charset_note = hl_arena_strdup(a, "test");
    return m;
}

static void
free_msg(struct hl_message *m)
{
    hl_arena_fini(&m->arena);
    free(m);
}

static bool
has_tag(const struct hl_verdict *v, const char *tag)
{
    for (size_t i = 0; i < v->n_tags; i++)
        if (strcmp(v->tags[i], tag) == 0)
            return true;
    return false;
}

static bool
has_field(const struct hl_verdict *v, const char *f)
{
    for (size_t i = 0; i < v->n_fields; i++)
        if (strcmp(v->fields[i], f) == 0)
            return true;
    return false;
}

static bool
has_diag(const struct hl_diag *d, const char *line)
{
    for (size_t i = 0; i < d->n; i++)
        if (strcmp(d->lines[i], line) == 0)
            return true;
    return false;
}

static struct hl_rules *
load(const char *dir, unsigned match_limit)
{
    struct hl_rules_env env = {units, HL_NELEM(units), match_limit, 0, 0, NULL};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *r = hl_rules_load(dir, &env, &d);
    if (r == NULL)
        hl_diag_print(&d);
    hl_diag_fini(&d);
    return r;
}

static void
test_fold(void)
{
    char *a = hl_fold_str("NGẬP ÚNG"), *b = hl_fold_str("ngập úng"), *c = hl_fold_str("ngap ung");
    CHECK_STR(a, "ngap ung");
    CHECK_STR(b, "ngap ung");
    CHECK_STR(c, "ngap ung");
    free(a);
    free(b);
    free(c);
    a = hl_fold_str("Đường Láng, ĐỘI CẤN, đê");
    CHECK_STR(a, "duong lang, doi can, de");
    free(a);
    /* Decomposed input (as Windows-1258 writes it) folds the same way. */
    a = hl_fold_str("nga\xcc\xa3\xcc\x82p"); /* a + dot below + circumflex */
    CHECK_STR(a, "ngap");
    free(a);
    a = hl_fold_str("x\xffy");
    CHECK_STR(a, "x?y");
    free(a);
    /* The map leads every folded byte back to its source character. */
    struct hl_arena ar;
    hl_arena_init(&ar);
    struct hl_folded f;
    const char *src = "Ổ gà";
    hl_fold_text(&ar, src, strlen(src), true, &f);
    CHECK_STR(f.text, "o ga");
    CHECK(f.map[0] == 0 && f.map[1] == 3 && f.map[2] == 4 && f.map[3] == 5);
    CHECK(f.map[f.len] == strlen(src));
    hl_arena_fini(&ar);
    char *n = hl_fold_nfc("nga\xcc\xa3\xcc\x82p");
    CHECK_STR(n, "ngập");
    free(n);
    CHECK(hl_fold_utf8_valid("ngập", strlen("ngập")));
    CHECK(!hl_fold_utf8_valid("ng\xe1\xba", 4));
}

static void
classify(const struct hl_rules *r, const struct msg_spec *s, const char *mailbox,
         struct hl_arena *a, struct hl_verdict *v)
{
    struct hl_message *m = make_msg(s);
    CHECK(hl_rules_classify(r, m, mailbox, a, v) == 0);
    free_msg(m); /* the verdict must not point into the message */
}

static void
test_basic(void)
{
    struct hl_rules *r = load("tests/data/rules/basic", 0);
    CHECK(r != NULL);
    if (r == NULL)
        return;
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_verdict v;

    /* Nothing matches: uncategorized, stays with the mailbox's unit. */
    struct msg_spec plain = {
        .from = "a@example.com", .subject = "Xin chào", .body = "Không có gì."};
    classify(r, &plain, "so-tp", &a, &v);
    CHECK_STR(v.category, "uncategorized");
    CHECK_STR(v.unit, "so-tp");
    CHECK(v.priority == HL_PRIO_NORMAL && v.deadline_days == -1 && !v.no_ack && !v.spam);
    CHECK(v.n_tags == 0 && !v.limit_hit);
    CHECK_STR(v.trace_json, "[]");

    /* Folding: three spellings, one pattern; text = subject and body. */
    const char *spellings[] = {"ngập úng", "ngap ung", "NGẬP ÚNG"};
    for (size_t i = 0; i < 3; i++) {
        char body[128];
        snprintf(body, sizeof body, "Phố này %s sau mưa.", spellings[i]);
        struct msg_spec s = {.from = "a@example.com", .subject = "Phản ánh", .body = body};
        classify(r, &s, "ubnd-tp", &a, &v);
        CHECK_STR(v.category, "flooding");
        CHECK_STR(v.unit, "so-xd");
        CHECK(v.priority == HL_PRIO_HIGH);
        CHECK(has_tag(&v, "ngap-ung"));
        CHECK(has_tag(&v, "so-xd")); /* a later rule saw the unit set so far */
        CHECK(strstr(v.trace_json, spellings[i]) != NULL); /* quotes the citizen's words */
    }
    struct msg_spec subj = {.from = "a@example.com", .subject = "Ngập sâu ở Hoàng Quốc Việt"};
    classify(r, &subj, "ubnd-tp", &a, &v);
    CHECK_STR(v.category, "flooding");
    CHECK_STR(v.trace_json,
              "[{\"rule\":\"ngap\",\"file\":\"tests/data/rules/basic/10-rules.conf\","
              "\"line\":7,\"field\":\"text\",\"matched\":\"Ngập sâu\"},"
              "{\"rule\":\"da-giao-so-xd\",\"file\":\"tests/data/rules/basic/"
              "10-rules.conf\",\"line\":44,\"field\":\"unit\",\"matched\":\"so-xd\"}]");

    CHECK(v.n_hits == 2);
    CHECK(v.n_hits == 2 && strcmp(v.hits[0].rule, "ngap") == 0 && v.hits[0].line == 7 &&
          strcmp(v.hits[0].field, "text") == 0 && strcmp(v.hits[0].matched, "Ngập sâu") == 0 &&
          !v.hits[0].limit_hit);

    /* Named capture into a field and a tag; deadline override. */
    struct msg_spec land = {.from = "a@example.com",
                            .subject = "Sổ đỏ",
                            .body = "Gia đình tôi có thửa đất số 215, tờ bản đồ số 9."};
    classify(r, &land, "so-tnmt", &a, &v);
    CHECK_STR(v.category, "land");
    CHECK(has_field(&v, "thua=215"));
    CHECK(has_tag(&v, "thua-215"));
    CHECK(v.deadline_days == 20);

    /* all + not: harassment unless the sender is an official address; stop. */
    struct msg_spec har = {.from = "dan@example.com",
                           .subject = "Tố cáo",
                           .body = "Cán bộ vòi vĩnh, nhũng nhiễu. Ngập úng nữa.",
                           .to = "thanhtra@hanoi.example.vn"};
    classify(r, &har, "so-tnmt", &a, &v);
    CHECK_STR(v.category, "harassment");
    CHECK_STR(v.unit, "thanh-tra");
    CHECK(v.priority == HL_PRIO_URGENT);
    CHECK(has_tag(&v, "ngap-ung"));       /* an earlier rule's tag stays */
    CHECK(!has_tag(&v, "gui-thanh-tra")); /* stop: later rules never ran */
    CHECK(strstr(v.trace_json, "\"matched\":\"vòi vĩnh\"") != NULL);
    CHECK(strstr(v.trace_json, "\"field\":\"from\"") == NULL); /* a negation quotes nothing */
    struct msg_spec har2 = har;
    har2.from = "canbo@hanoi.example.vn";
    classify(r, &har2, "so-tnmt", &a, &v);
    CHECK_STR(v.category, "flooding");
    CHECK(has_tag(&v, "gui-thanh-tra")); /* to */

    /* cc, header, attachment name and type, from_name with capture. */
    struct msg_spec misc = {.from = "ls@example.com",
                            .from_name = "Luật sư Hương",
                            .cc = "thanhtra@x.vn",
                            .subject = "Góp ý",
                            .hname = "X-Priority",
                            .hvalue = "1 (Highest)",
                            .att_name = "Đơn.PDF",
                            .att_type = "application/pdf"};
    classify(r, &misc, "so-tp", &a, &v);
    CHECK(has_tag(&v, "gui-thanh-tra"));
    CHECK(has_tag(&v, "x-priority-1"));
    CHECK(has_tag(&v, "co-dinh-kem"));
    CHECK(has_tag(&v, "luat-su"));
    CHECK(has_field(&v, "ls=Hương"));
    CHECK(strstr(v.trace_json, "\"field\":\"header:X-Priority\"") != NULL);
    struct msg_spec img = {.from = "x@example.com", .subject = "Ảnh", .att_type = "image/jpeg"};
    classify(r, &img, "so-tp", &a, &v);
    CHECK(has_tag(&v, "co-dinh-kem"));
    CHECK(!has_tag(&v, "x-priority-1"));

    /* mailbox and category conditions (list = all). */
    classify(r, &plain, "phuong-ba-dinh", &a, &v);
    CHECK(has_tag(&v, "phuong-chua-phan-loai"));
    classify(r, &land, "phuong-ba-dinh", &a, &v);
    CHECK(!has_tag(&v, "phuong-chua-phan-loai"));

    /* fold = false, case = true: only the exact spelling. */
    struct msg_spec k1 = {.from = "x@example.com", .subject = "Khẩn: mất nước"};
    classify(r, &k1, "so-xd", &a, &v);
    CHECK(v.priority == HL_PRIO_URGENT && has_tag(&v, "khan"));
    struct msg_spec k2 = {.from = "x@example.com", .subject = "khẩn: mất nước"};
    classify(r, &k2, "so-xd", &a, &v);
    CHECK(!has_tag(&v, "khan"));
    struct msg_spec k3 = {.from = "x@example.com", .subject = "Khan: mat nuoc"};
    classify(r, &k3, "so-xd", &a, &v);
    CHECK(!has_tag(&v, "khan"));

    /* spam, no_ack, stop; any over subject and from. */
    struct msg_spec spam = {
        .from = "no-reply@vaynhanh.example.net", .subject = "Ưu đãi", .body = "ngập úng"};
    classify(r, &spam, "ubnd-tp", &a, &v);
    CHECK(v.spam && v.no_ack);
    CHECK_STR(v.category, "spam");
    CHECK(!has_tag(&v, "ngap-ung"));

    /* Invalid UTF-8 from a hand-built message does not break matching. */
    struct msg_spec bad = {.from = "x@example.com", .subject = "ng\xe1p \xff ngập úng"};
    classify(r, &bad, "so-xd", &a, &v);
    CHECK_STR(v.category, "flooding");

    /* Categories. */
    const struct hl_category *c = hl_rules_category(r, "flooding");
    CHECK(c && c->deadline_days == 10);
    CHECK_STR(c ? c->name : NULL, "Ngập úng, thoát nước");
    CHECK_STR(c ? c->legal_basis : NULL, "Luật Tiếp công dân 2013, Điều 28");
    c = hl_rules_category(r, "harassment");
    CHECK_STR(c ? c->legal_basis : NULL, "");
    CHECK(hl_rules_category(r, "uncategorized") != NULL);
    CHECK(hl_rules_category(r, "nope") == NULL);
    CHECK(hl_rules_n_categories(r) == 4);

    /* Stats: hits counted; the prefilter skipped "thua-dat" on mail
     * without "thua dat so". */
    struct hl_rule_stat st;
    size_t n = hl_rules_count(r);
    CHECK(n == 11);
    bool seen = false;
    for (size_t i = 0; i < n; i++) {
        hl_rules_stat(r, i, &st);
        if (strcmp(st.name, "thua-dat") == 0) {
            seen = true;
            CHECK(st.hits == 2);
            CHECK(st.evaluated == 2);
            CHECK(st.line == 11);
        }
    }
    CHECK(seen);
    hl_arena_fini(&a);
    hl_rules_free(&r);
    CHECK(r == NULL);
    hl_rules_free(&r); /* NULL is fine */
}

/* The prefilter must never change a verdict: compare with it off. */
static void
test_prefilter_agrees(void)
{
    struct hl_rules *on = load("rules", 0), *off = load("rules", 0);
    CHECK(on && off);
    if (!on || !off) {
        hl_rules_free(&on);
        hl_rules_free(&off);
        return;
    }
    hl_rules_set_prefilter(off, false);
    const char *bodies[] = {
        "Phố Nguyễn Khánh Toàn ngập sâu 50 cm sau mưa, cống thoát nước bị tắc do rác.",
        "Toi xin to cao can bo dia chinh phuong Cau Giay doi tien, nhung nhieu nguoi dan.",
        "Quán karaoke hát to đến 2h sáng tại phường Ba Đình, đề nghị xử lý tiếng ồn.",
        "Xin hướng dẫn đăng ký khai sinh cho con tại UBND phường Hoàn Kiếm.",
        "Cảm ơn bộ phận một cửa phường Cầu Giấy đã giải quyết nhanh.",
        "Vay tiền online giải ngân trong 5 phút, lãi suất 0%.",
        "Mất điện liên tục ở xã Sóc Sơn.",
        "Góp ý dự thảo quy định thủ tục hành chính về chứng thực bản sao.",
        "",
    };
    struct hl_arena a;
    hl_arena_init(&a);
    for (size_t i = 0; i < HL_NELEM(bodies); i++) {
        struct msg_spec s = {.from = "x@example.com", .subject = "Phản ánh", .body = bodies[i]};
        struct hl_verdict v1, v2;
        classify(on, &s, "ubnd-tp", &a, &v1);
        classify(off, &s, "ubnd-tp", &a, &v2);
        CHECK_STR(v1.category, v2.category);
        CHECK_STR(v1.unit, v2.unit);
        CHECK_STR(v1.trace_json, v2.trace_json);
    }
    hl_arena_fini(&a);
    hl_rules_free(&on);
    hl_rules_free(&off);
}

static void
test_limit(void)
{
    struct hl_rules *r = load("tests/data/rules/limit", 1000);
    CHECK(r != NULL);
    if (r == NULL)
        return;
    char body[200];
    memset(body, 'a', 60);
    body[60] = 'b';
    body[61] = '\0';
    struct msg_spec s = {.from = "x@example.com", .subject = "x", .body = body};
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_verdict v;
    classify(r, &s, "ubnd-tp", &a, &v);
    CHECK(v.limit_hit);
    CHECK(!has_tag(&v, "never"));
    CHECK(has_tag(&v, "after")); /* intake goes on with the next rule */
    CHECK(strstr(v.trace_json, "\"rule\":\"backtrack\"") != NULL);
    CHECK(strstr(v.trace_json, "\"limit_hit\":true") != NULL);
    struct hl_rule_stat st;
    hl_rules_stat(r, 0, &st);
    CHECK(st.limit_hits == 1 && st.hits == 0);
    hl_arena_fini(&a);
    hl_rules_free(&r);
}

/* 5,000 values of one header against patterns that backtrack without end:
 * a condition stops at its first limit hit (before: every value was tried,
 * 11 s), and with a budget the rules after it are not tried. */
static void
budget_run(int budget_ms, unsigned match_limit, struct hl_verdict *v, int64_t *ms_out,
           struct hl_arena *a)
{
    struct hl_rules_env env = {units, HL_NELEM(units), match_limit, 0, budget_ms, NULL};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *r = hl_rules_load("tests/data/rules/budget", &env, &d);
    hl_diag_fini(&d);
    CHECK(r != NULL);
    if (r == NULL)
        return;
    struct msg_spec s = {.from = "x@example.com", .subject = "x", .body = "a"};
    struct hl_message *m = make_msg(&s);
    char value[64];
    memset(value, 'a', 40);
    value[40] = '!';
    value[41] = '\0';
    m->n_headers = 5000;
    m->headers = hl_arena_alloc(&m->arena, m->n_headers * sizeof *m->headers);
    for (size_t i = 0; i < m->n_headers; i++)
        m->headers[i] = (struct hl_header){"X-Tag", value};
    int64_t t0 = hl_now_mono_ms();
    CHECK(hl_rules_classify(r, m, "ubnd-tp", a, v) == 0);
    *ms_out = hl_now_mono_ms() - t0;
    free_msg(m);
    hl_rules_free(&r);
}

static void
test_budget(void)
{
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_verdict v;
    int64_t ms = 0;
    /* No budget: every rule is tried, each condition once up to its limit. */
    budget_run(0, 1000000, &v, &ms, &a);
    CHECK(v.limit_hit && !v.out_of_time);
    CHECK(has_tag(&v, "after") && !has_tag(&v, "never"));
    CHECK(ms < 2000);
    fprintf(stderr, "test_budget: 5000 values, 4 exploding patterns, no budget: %lld ms\n",
            (long long)ms);
    /* A budget shorter than one exploding match: the first match is
     * finished, nothing after it is tried. */
    budget_run(1, 50000000, &v, &ms, &a);
    CHECK(v.limit_hit && v.out_of_time);
    CHECK(!has_tag(&v, "after"));
    fprintf(stderr, "test_budget: with a 1 ms budget: %lld ms\n", (long long)ms);
    hl_arena_fini(&a);
}

static void
test_errors(void)
{
    struct hl_rules_env env = {units, HL_NELEM(units), 0, 0, 0, NULL};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *r = hl_rules_load("tests/data/rules/bad", &env, &d);
    CHECK(r == NULL);
    const char *cat = "tests/data/rules/bad/00-categories.conf";
    const char *f = "tests/data/rules/bad/10-rules.conf";
    char want[512];
    const struct {
        const char *file;
        int line;
        const char *msg;
    } expect[] = {
        {cat, 3,
         "duplicate category \"flooding\" (first declared at "
         "tests/data/rules/bad/00-categories.conf:2)"},
        {cat, 5, "unknown top-level setting \"colour\""},
        {f, 3, "unknown field \"subjct\" (did you mean \"subject\"?)"},
        {f, 7, "unknown action \"categroy\" (did you mean \"category\"?)"},
        {f, 9, "pattern error at offset 9: missing closing parenthesis"},
        {f, 13, "unknown unit \"so-xdd\" (did you mean \"so-xd\"?)"},
        {f, 13, "unknown category \"flodding\" (did you mean \"flooding\"?)"},
        {f, 13, "priority must be 0..3 or one of \"low\", \"normal\", \"high\", \"urgent\""},
        {f, 16, "tag \"${to}\" uses capture \"to\" that no pattern of this rule names"},
        {f, 17,
         "duplicate rule name \"typo-field\" (first defined at "
         "tests/data/rules/bad/10-rules.conf:2)"},
        {f, 22,
         "rule \"never\" can never fire: rule \"catch-all\" at "
         "tests/data/rules/bad/10-rules.conf:20 stops unconditionally"},
    };
    for (size_t i = 0; i < HL_NELEM(expect); i++) {
        snprintf(want, sizeof want, "%s:%d: %s", expect[i].file, expect[i].line, expect[i].msg);
        bool ok = has_diag(&d, want);
        CHECK(ok);
        if (!ok)
            fprintf(stderr, "  missing diagnostic: %s\n", want);
    }
    if (d.n != HL_NELEM(expect)) {
        fprintf(stderr, "  got %zu diagnostics:\n", d.n);
        hl_diag_print(&d);
    }
    CHECK(d.n == HL_NELEM(expect));
    hl_diag_fini(&d);

    hl_diag_init(&d);
    r = hl_rules_load("tests/data/rules/syntax", &env, &d);
    CHECK(r == NULL);
    CHECK(d.n == 1);
    CHECK(d.n == 1 && strncmp(d.lines[0], "tests/data/rules/syntax/10-broken.conf:4: ",
                              strlen("tests/data/rules/syntax/10-broken.conf:4: ")) == 0);
    hl_diag_fini(&d);

    /* A file saved in a legacy code page: names and tags would reach the
     * trace (jsonb) and mail headers, so the loader says where. */
    hl_diag_init(&d);
    r = hl_rules_load("tests/data/rules/latin1", &env, &d);
    CHECK(r == NULL);
    CHECK(has_diag(&d, "tests/data/rules/latin1/10-rules.conf:3: name is not valid UTF-8 (save "
                       "the file as UTF-8)"));
    CHECK(has_diag(&d, "tests/data/rules/latin1/10-rules.conf:5: a tag is not valid UTF-8 (save "
                       "the file as UTF-8)"));
    if (d.n != 2)
        hl_diag_print(&d);
    CHECK(d.n == 2);
    hl_diag_fini(&d);

    hl_diag_init(&d);
    r = hl_rules_load("tests/data/rules/does-not-exist", &env, &d);
    CHECK(r == NULL && d.n == 1);
    hl_diag_fini(&d);
}

/* Golden traces: the default rules over corpus messages with decoys.  Each
 * tests/data/rules/golden/NAME.trace holds "category unit [kind]" and the trace,
 * readable when a diff fails.  HL_UPDATE_GOLDEN=1 rewrites them. */
static void
test_golden(void)
{
    static const struct {
        const char *name, *mailbox;
    } cases[] = {
        {"006-giay-phep-xay-dung-kem-pdf", "so-xd"},
        {"014-xay-them-tang-doi-can", "so-xd"},
        {"017-can-bo-dia-chinh-doi-tien", "phuong-cau-giay"},
        {"018-gop-y-du-thao-chung-thuc", "so-tp"},
        {"034-cong-thoat-nuoc-hoang-quoc-viet", "so-xd"},
        {"036-to-cao-vpdk-dat-dai-doi-tien", "so-tnmt"},
        {"042-do-tram-phe-thai-pham-van-dong", "phuong-ba-dinh"},
        {"052-spam-dich-vu-lam-so-do", "so-tnmt"},
    };
    struct hl_rules *r = load("rules", 0);
    CHECK(r != NULL);
    if (r == NULL)
        return;
    bool update = getenv("HL_UPDATE_GOLDEN") != NULL;
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        char *eml = hl_xasprintf("tests/data/corpus/%s.eml", cases[i].name);
        char *gold = hl_xasprintf("tests/data/rules/golden/%s.trace", cases[i].name);
        size_t len;
        char *raw = hl_read_file(eml, &len, NULL);
        CHECK(raw != NULL);
        if (raw == NULL) {
            free(eml);
            free(gold);
            continue;
        }
        struct hl_mime_limits lim;
        hl_mime_limits_default(&lim);
        struct hl_message *m = hl_mime_parse((const unsigned char *)raw, len, &lim);
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_verdict v;
        hl_rules_classify(r, m, cases[i].mailbox, &a, &v);
        /* The kind and its accused unit only when a rule set them. */
        char *got = hl_xasprintf("%s %s%s%s%s%s\n%s\n", v.category, v.unit, v.kind ? " " : "",
                                 v.kind ? v.kind : "", v.accused ? " accused=" : "",
                                 v.accused ? v.accused : "", v.trace_json);
        if (update) {
            FILE *f = fopen(gold, "w");
            if (f) {
                fputs(got, f);
                fclose(f);
            }
        }
        char *want = hl_read_file(gold, NULL, NULL);
        CHECK_STR(got, want ? want : "(missing golden file)");
        free(want);
        free(got);
        hl_arena_fini(&a);
        hl_message_free(&m);
        free(raw);
        free(eml);
        free(gold);
    }
    hl_rules_free(&r);
}

/* accused = "${name}": the unit a letter names, as a code. */
static void
test_accused_capture(void)
{
    char dir[] = "/tmp/hl-test-accused-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char *path = hl_xasprintf("%s/10.conf", dir);
    FILE *f = fopen(path, "w");
    fputs("categories = ( { code = \"other\"; name = \"Khác\"; deadline_days = 15; } );\n"
          "rules = (\n"
          " { name = \"to-cao-phuong\";\n"
          "   when = { text = \"tố cáo .{0,40}(?<bi_to>phường (cầu giấy|ba đình))\"; };\n"
          "   then = { kind = \"denunciation\"; accused = \"${bi_to}\"; }; },\n"
          " { name = \"bad\"; when = { text = \"x\"; };\n"
          "   then = { accused = \"${nope}\"; }; }\n"
          ");\n",
          f);
    fclose(f);
    struct hl_rules_env env = {units, HL_NELEM(units), 0, 0, 0, NULL};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *r = hl_rules_load(dir, &env, &d);
    CHECK(r == NULL);
    CHECK(d.n > 0 && strstr(d.lines[0], "nope") != NULL);
    hl_diag_fini(&d);
    /* Without the bad rule. */
    f = fopen(path, "w");
    fputs("categories = ( { code = \"other\"; name = \"Khác\"; deadline_days = 15; } );\n"
          "rules = ( { name = \"to-cao-phuong\";\n"
          "   when = { text = \"tố cáo .{0,40}(?<bi_to>phường (cầu giấy|ba đình))\"; };\n"
          "   then = { kind = \"denunciation\"; accused = \"${bi_to}\"; }; } );\n",
          f);
    fclose(f);
    hl_diag_init(&d);
    r = hl_rules_load(dir, &env, &d);
    hl_diag_print(&d);
    hl_diag_fini(&d);
    CHECK(r != NULL);
    if (r) {
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_verdict v;
        struct msg_spec s = {.from = "dan@example.vn",
                             .subject = "Tố cáo Chủ tịch UBND Phường Cầu Giấy",
                             .body = ""};
        classify(r, &s, "ubnd-tp", &a, &v);
        CHECK_STR(v.kind, "denunciation");
        CHECK_STR(v.accused, "phuong-cau-giay");
        struct msg_spec s2 = {
            .from = "dan@example.vn", .subject = "To cao pho chu tich phuong Ba Dinh", .body = ""};
        classify(r, &s2, "ubnd-tp", &a, &v);
        CHECK_STR(v.accused, "phuong-ba-dinh");
        hl_arena_fini(&a);
        hl_rules_free(&r);
    }
    /* accused = "none": a denunciation of a household accuses no unit. */
    f = fopen(path, "w");
    fputs("categories = ( { code = \"other\"; name = \"Khác\"; deadline_days = 15; } );\n"
          "rules = ( { name = \"to-cao\"; when = { text = \"tố cáo\"; };\n"
          "   then = { kind = \"denunciation\"; }; },\n"
          " { name = \"to-cao-ho\"; when = { text = \"tố cáo hộ\"; };\n"
          "   then = { accused = \"none\"; }; } );\n",
          f);
    fclose(f);
    hl_diag_init(&d);
    r = hl_rules_load(dir, &env, &d);
    hl_diag_print(&d);
    hl_diag_fini(&d);
    CHECK(r != NULL);
    if (r) {
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_verdict v;
        struct msg_spec s = {
            .from = "dan@example.vn", .subject = "Tố cáo hộ ông B xây trái phép", .body = ""};
        classify(r, &s, "phuong-ba-dinh", &a, &v);
        CHECK_STR(v.kind, "denunciation");
        CHECK(v.accused != NULL && strcmp(v.accused, HL_ACCUSED_NONE) == 0);
        struct msg_spec s2 = {
            .from = "dan@example.vn", .subject = "Tố cáo cán bộ phường", .body = ""};
        classify(r, &s2, "phuong-ba-dinh", &a, &v);
        CHECK(v.accused == NULL);
        hl_arena_fini(&a);
        hl_rules_free(&r);
    }
    unlink(path);
    rmdir(dir);
    free(path);
}

/* The default set's kinds (rules/05-kinds.conf), on letters a clerk would
 * see, with and without diacritics, and the decoys folding creates. */
static void
test_kinds(void)
{
    static const struct {
        const char *subject, *body, *kind; /* kind NULL: feedback */
    } cases[] = {
        {"Tố cáo Chủ tịch UBND phường Cầu Giấy bao che xây dựng trái phép", "Kính gửi...",
         "denunciation"},
        {"To cao Chu tich UBND phuong Cau Giay bao che xay dung trai phep", "Kinh gui...",
         "denunciation"},
        {"TỐ CÁO CÁN BỘ ĐỊA CHÍNH", "", "denunciation"},
        {"Don to cao", "Toi viet don nay de phan anh", "denunciation"},
        {"Phản ánh", "Tôi làm đơn tố cáo ông trưởng thôn thu tiền trái quy định.", "denunciation"},
        {"Phan anh", "Toi xin to cao can bo phuong nhan tien.", "denunciation"},
        {"Fwd: tố cáo việc lấn chiếm đất công", "", "denunciation"},
        {"Tố giác cán bộ quản lý thị trường", "", "denunciation"},
        {"Đơn khiếu nại quyết định thu hồi đất", "Tôi khiếu nại quyết định số 12.", "complaint"},
        {"Don khieu nai", "Toi khieu nai quyet dinh xu phat.", "complaint"},
        /* both: the stricter kind */
        {"Đơn khiếu nại, tố cáo", "", "denunciation"},
        /* decoys: "cao" is also high, tall; tố giác a neighbour is a report */
        {"Nhà hàng xóm xây to cao che hết ánh sáng", "Ngôi nhà to cao 9 tầng.", NULL},
        {"Nha hang xom xay to cao", "nha to cao qua, cao tang trai phep", NULL},
        {"Tố giác công trình xây dựng trái phép", "Tôi xin tố giác công trình nhà ở số 112.", NULL},
        {"Báo cáo tình hình", "Đề nghị báo cáo kết quả.", NULL},
        {"Xin cấp bản sao", "Tôi là Tố, cảm ơn cán bộ.", NULL},
    };
    struct hl_rules *r = load("rules", 0);
    CHECK(r != NULL);
    if (r == NULL)
        return;
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_verdict v;
        struct msg_spec s = {
            .from = "dan@example.vn", .subject = cases[i].subject, .body = cases[i].body};
        classify(r, &s, "phuong-cau-giay", &a, &v);
        const char *want = cases[i].kind ? cases[i].kind : "feedback";
        const char *got = v.kind ? v.kind : "feedback";
        if (strcmp(want, got) != 0)
            fprintf(stderr, "kind of \"%s\": got %s, want %s\n", cases[i].subject, got, want);
        CHECK_STR(got, want);
        /* The default: no rule names a unit as the accused (the mailbox's
         * unit is); a household's acts accuse nobody (next test). */
        CHECK(v.accused == NULL || strcmp(v.accused, HL_ACCUSED_NONE) == 0);
        hl_arena_fini(&a);
    }
    hl_rules_free(&r);
}

/* Whom the default set's denunciations accuse: nobody when the letter
 * denounces a household's or a business's acts (the ward handles it);
 * the mailbox's unit (NULL) as soon as an official or an office is blamed
 * or denounced: the safe side, a denunciation never reaching the unit it
 * accuses. */
static void
test_denunciation_accused(void)
{
    static const struct {
        const char *subject, *body;
        bool nobody;
    } cases[] = {
        {"Đơn tố cáo hộ ông Trần Văn B xây nhà trái phép",
         "Hộ ông B ở số 12 phố Quán Thánh xây thêm tầng 4. Đề nghị phường xử lý.", true},
        {"Tố cáo quán karaoke hát đến 2 giờ sáng", "Đề nghị công an phường kiểm tra.", true},
        {"Don to cao", "Toi to cao hang xom xay nha khong phep lan chiem loi di chung.", true},
        {"Đơn tố cáo", "Tôi tố cáo việc đổ trộm phế thải xây dựng ra đầu ngõ 12 Đội Cấn.", true},
        {"Tố cáo hộ ông B xây trái phép",
         "Cán bộ địa chính phường nhận tiền rồi làm ngơ, không xử lý.", false},
        {"Tố cáo cán bộ phường bao che xây dựng trái phép", "Nhà số 5 xây 6 tầng.", false},
        {"Tố cáo UBND phường cấp phép sai", "Cho nhà số 5 xây trái phép.", false},
        {"Đơn tố cáo",
         "Tôi tố cáo ông Nguyễn Văn C, cán bộ địa chính, đòi tiền mới cấp giấy xây dựng.", false},
        {"To cao can bo dia chinh xa doi tien", "Ho ong B xay nha khong phep van duoc bo qua cho.",
         false},
        /* round 6: households and businesses in everyday words (nobody accused) */
        {"Tố cáo nhà bên cạnh", "Nhà bên cạnh đổ trần lên tầng 5, đề nghị phường xuống kiểm tra.",
         true},
        {"Tố cáo ông chủ tiệm sửa xe",
         "Tôi tố cáo ông chủ tiệm sửa xe đầu ngõ 8 Hoàng Hoa Thám bày xe kín lối đi.", true},
        {"To cao hang xom", "Toi to cao hang xom do dat lan sang phan dat nha toi.", true},
        {"to cao nha ben canh", "nha ben canh xay them tang ma ko co giay phep, mong phuong xu ly",
         true},
        {"Tố cáo xưởng gỗ", "Tôi tố cáo xưởng gỗ sau nhà tôi xả khói bụi suốt ngày đêm.", true},
        {"to cao quan nhau",
         "Quan nhau dau ngo hat karaoke ban dem toi 1h sang, de nghi CA phuong den xu ly.", true},
        {"Đơn tố cáo",
         "Tôi tố cáo hàng xóm và đề nghị công an phường xử lý vì họ đánh bạc thâu đêm.", true},
        {"Tố cáo", "Tôi tố cáo gia đình ông Hùng ở phường Ba Đình nuôi lợn gây mùi hôi thối.",
         true},
        {"don to cao",
         "to cao nha so 15 ngo 4 cơi nới ban công lấn ra ngõ gây khó khăn cho việc đi lại.", true},
        {"to cao", "e to cao thang ban trong ngo tu y dao duong lam hong ong nuoc chung ca xom",
         true},
        {"Tố cáo",
         "Tôi xin tố cáo một nhóm thanh niên tụ tập đua xe, rú ga ầm ĩ mỗi tối ở đầu ngõ.", true},
        {"to cao co so karaoke",
         "to cao co so karaoke Hoa Hong hat den 2h sang, mong phuong xu ly.", true},
        {"Tố cáo hàng xóm",
         "Tôi đã tố cáo hàng xóm với công an phường vì họ lấn chiếm lối đi chung.", true},
        {"Đơn tố cáo", "Tôi tố cáo nhà số 5 ngõ 4 phường Ba Đình xây lấn sang đất nhà tôi.", true},
        {"to cao", "to cao viec xa nuoc thai ra mương cua trai lon nha ong B, hoi thoi ca xom.",
         true},
        {"Tố cáo", "Tôi muốn tố cáo việc nhà hàng xóm tự ý đập tường chung giữa hai nhà.", true},
        {"to cao", "e muon to cao ong hang xom nha so 20 nuoi cho tha rong can nguoi", true},
        {"Tố cáo tiệm cầm đồ",
         "Tiệm cầm đồ đầu ngõ cho vay nặng lãi, đòi nợ bằng cách ném chất bẩn vào nhà dân.", true},
        {"Tố cáo chủ nhà trọ", "Chủ nhà trọ ở số 3 ngõ 7 không khai báo tạm trú cho người thuê.",
         true},
        {"Tố cáo công ty môi trường", "Công ty X chở đất rơi vãi khắp đường, bụi mù mịt.", true},
        {"to cao", "Toi to cao ba Lan ban hang xom lan dat nha toi 1m.", true},
        {"Tố cáo", "Tôi tố cáo gia đình bà Hoa tổ chức đánh bạc tại nhà.", true},
        {"Tố cáo hành vi",
         "Tôi tố cáo hành vi của người đàn ông bán hàng trước cửa nhà tôi chửi bới, đe dọa gia "
         "đình tôi.",
         true},
        {"tố cáo nhà đối diện", "Nhà đối diện hát karaoke tới nửa đêm.", true},
        {"Tố cáo",
         "Tôi tố cáo cửa hàng vật liệu xây dựng đầu ngõ để cát đá kín lối đi, gọi phường mãi không "
         "ai xử lý.",
         true},
        {"to cao", "to cao tiem net mo cua xuyen dem cho tre con choi game", true},
        {"to cao cb dia chinh", "cb dia chinh phuong gay kho de khi lam so do", false},
        {"to cao ca phuong", "to cao CA phuong de quan bar hat den sang", false},
        {"Tố cáo cán bộ", "Cán bộ phường đến nhà tôi quát tháo", false},
        {"Tố cáo phó chủ tịch phường", "Ông phó chủ tịch phường cho người nhà xây lấn", false},
        {"tố cáo lãnh đạo xã", "Lãnh đạo xã cho hàng xóm đổ đất lấn ruộng.", false},
        /* round 6: an official or an office blamed or named (the mailbox stays accused) */
        {"Tố cáo hàng xóm", "Tôi tố cáo hàng xóm xây trái phép. Cán bộ phường nhận đơn rồi lờ đi.",
         false},
        {"to cao hang xom",
         "hang xom lan ngo vi la nguoi nha chu tich phuong nen ko ai dam dong vao", false},
        {"to cao quan chuc phuong", "to cao quan chuc phuong cho hang xom xay nha lan duong.",
         false},
        {"Tố cáo", "Tôi tố cáo ông Nguyễn Văn A, cán bộ địa chính phường, xây nhà trái phép.",
         false},
        {"Tố cáo trưởng thôn", "Tôi tố cáo ông trưởng thôn xây nhà lấn ra đường liên thôn.", false},
        {"to cao cb phuong", "cb phuong nhan tien cua chu nha roi cho xay them tang", false},
        {"to cao", "toi to cao may ong o phuong cu de nha ben canh xay sai phep ma ko lam gi",
         false},
        {"to cao chu tich xa", "Toi to cao chu tich xa cho hang xom lan dat cong.", false},
        {"Tố cáo", "Tôi tố cáo hàng xóm xây trái phép, cán bộ phường biết nhưng ngó lơ.", false},
        {"Tố cáo trật tự đô thị", "Tôi tố cáo đội trật tự đô thị thu tiền các quán trên vỉa hè.",
         false},
        {"to cao", "to cao nv phuong co y de quan karaoke hat den khuya vi la nguoi nha", false},
        {"Tố cáo phường", "Tôi tố cáo phường Cầu Giấy để nhà số 10 xây 7 tầng không phép.", false},
        {"to cao ong pho chu tich", "Hang xom xay nha lan dat, ong pho chu tich phuong bao che.",
         false},
    };
    struct hl_rules *r = load("rules", 0);
    CHECK(r != NULL);
    if (r == NULL)
        return;
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_verdict v;
        struct msg_spec s = {
            .from = "dan@example.vn", .subject = cases[i].subject, .body = cases[i].body};
        classify(r, &s, "phuong-ba-dinh", &a, &v);
        CHECK_STR(v.kind ? v.kind : "feedback", "denunciation");
        bool nobody = v.accused != NULL && strcmp(v.accused, HL_ACCUSED_NONE) == 0;
        if (nobody != cases[i].nobody || (!nobody && v.accused != NULL))
            fprintf(stderr, "accused of \"%s\": got %s\n", cases[i].subject,
                    v.accused ? (*v.accused ? v.accused : "none") : "the mailbox's unit");
        CHECK(nobody == cases[i].nobody);
        CHECK(nobody || v.accused == NULL);
        hl_arena_fini(&a);
    }
    hl_rules_free(&r);
}

/* The default set with the sample places: unit = "place", the issuer of a
 * decision, issuer = false, and what the trace records. */
static void
test_places_routing(void)
{
    static const struct {
        const char *mailbox, *subject, *body, *unit, *category;
    } cases[] = {
        {"ubnd-tp", "Rác tập kết cạnh chợ Châu Long", "Bốc mùi cả tuần.", "phuong-ba-dinh",
         "garbage"},
        {"ubnd-tp", "Karaoke", "Quan o so 15 Xuan Thuy hat to den 1h sang.", "phuong-cau-giay",
         "noise"},
        /* a department's topic still routes to the department */
        {"phuong-hoan-kiem", "Nắp cống vỡ", "Trước số 40 Lý Thường Kiệt nắp cống vỡ.", "so-gtvt",
         "roads"},
        /* no place: the unit stays the mailbox's */
        {"ubnd-tp", "Rác thải", "Rác ùn ứ đầu ngõ nhà tôi.", "ubnd-tp", "garbage"},
        /* a complaint about a decision: its issuer, whatever the topic */
        {"so-tnmt", "Khiếu nại",
         "Tôi khiếu nại quyết định số 58/QĐ-UBND của UBND phường Cầu Giấy "
         "về việc thu hồi sổ đỏ.",
         "phuong-cau-giay", "land"},
        /* ... named by no one: the mailbox's unit */
        {"phuong-ba-dinh", "Khiếu nại", "Tôi khiếu nại quyết định thu hồi sổ đỏ của gia đình tôi.",
         "phuong-ba-dinh", "land"},
        /* bribery in a complaint: issuer = false keeps the inspectorate */
        {"phuong-cau-giay", "Khiếu nại",
         "Tôi khiếu nại cán bộ phường Cầu Giấy vòi vĩnh rồi mới ký "
         "quyết định cấp đổi sổ.",
         "thanh-tra", "harassment"},
    };
    struct hl_rules_env env = {units, HL_NELEM(units), 0, 0, 0, "data/places"};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *r = hl_rules_load("rules", &env, &d);
    hl_diag_print(&d);
    hl_diag_fini(&d);
    CHECK(r != NULL);
    if (r == NULL)
        return;
    CHECK(hl_places_count(hl_rules_places(r)) > 100);
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_verdict v;
        struct msg_spec sp = {
            .from = "dan@example.vn", .subject = cases[i].subject, .body = cases[i].body};
        classify(r, &sp, cases[i].mailbox, &a, &v);
        if (strcmp(v.unit, cases[i].unit) != 0 || strcmp(v.category, cases[i].category) != 0)
            fprintf(stderr, "case %zu: %s / %s, trace %s\n", i, v.unit, v.category, v.trace_json);
        CHECK_STR(v.unit, cases[i].unit);
        CHECK_STR(v.category, cases[i].category);
        if (i == 0) {
            CHECK(v.place != NULL && strcmp(v.place->kind, "market") == 0);
            CHECK(strstr(v.trace_json, "\"field\":\"place\",\"matched\":\"chợ Châu Long\","
                                       "\"place\":{\"unit\":\"phuong-ba-dinh\",\"kind\":"
                                       "\"market\",\"name\":\"Châu Long\",\"file\":"
                                       "\"data/places/hanoi.tsv\",\"line\":") != NULL);
            CHECK_STR(v.unit_rule, "dia-ban");
        }
        if (i == 2)
            CHECK(v.place == NULL); /* a later rule routed: the place decided nothing */
        if (i == 3)
            CHECK(strstr(v.trace_json, "dia-ban") == NULL); /* fires only on a place */
        if (i == 4) {
            CHECK_STR(v.issuer, "phuong-cau-giay");
            CHECK(strstr(v.trace_json, "\"rule\":\"(decision-issuer)\"") != NULL);
        }
        if (i == 5)
            CHECK(v.issuer == NULL);
        hl_arena_fini(&a);
    }
    hl_rules_free(&r);

    /* A rule directory carries its own places (*.places.tsv): a candidate
     * from `rules suggest` does; a bad line there is a problem of the set. */
    const char *dir = "/tmp/test_rules_places";
    mkdir(dir, 0755);
    FILE *f = fopen("/tmp/test_rules_places/45.conf", "w");
    fputs("rules = ( { name = \"dia-ban\"; then = { unit = \"place\"; }; } );\n", f);
    fclose(f);
    f = fopen("/tmp/test_rules_places/new.places.tsv", "w");
    fputs("phuong-cau-giay\tformer_ward\tTrung Hòa\n", f);
    fclose(f);
    hl_diag_init(&d);
    r = hl_rules_load(dir, &env, &d);
    hl_diag_print(&d);
    hl_diag_fini(&d);
    CHECK(r != NULL && hl_places_count(hl_rules_places(r)) > 100);
    if (r) {
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_verdict v;
        struct msg_spec sp = {.from = "dan@example.vn", .subject = "Rác", .body = "ở P. Trung Hòa"};
        classify(r, &sp, "ubnd-tp", &a, &v);
        CHECK_STR(v.unit, "phuong-cau-giay");
        hl_arena_fini(&a);
        hl_rules_free(&r);
    }
    f = fopen("/tmp/test_rules_places/new.places.tsv", "w");
    fputs("phuong-xx\tstreet\tPhố Lạ\n", f);
    fclose(f);
    hl_diag_init(&d);
    r = hl_rules_load(dir, &env, &d);
    CHECK(r == NULL && has_diag(&d, "/tmp/test_rules_places/new.places.tsv:1: unknown unit "
                                    "\"phuong-xx\""));
    hl_diag_fini(&d);
    remove("/tmp/test_rules_places/45.conf");
    remove("/tmp/test_rules_places/new.places.tsv");
    rmdir(dir);
}

int
main(void)
{
    test_fold();
    test_basic();
    test_prefilter_agrees();
    test_limit();
    test_budget();
    test_errors();
    test_golden();
    test_kinds();
    test_denunciation_accused();
    test_accused_capture();
    test_places_routing();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
