/* Unit tests for lib/core/topics.c (learning, writing, reading and guessing
 * a topic model) and for how the rules use one: the model overrules the
 * rules' topic only when sure, routes to the topic's unit or back to the
 * unit the letter had before, never touches a category declared
 * `learned = false`, and says so in the trace.  Run from the repository
 * root (ctest does). */
#include "mime.h"
#include "rules.h"
#include "topics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static void
write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    REQUIRE(f != NULL);
    fputs(text, f);
    fclose(f);
}

static char *
slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    REQUIRE(f != NULL);
    struct hl_buf b;
    hl_buf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        hl_buf_append(&b, chunk, n);
    fclose(f);
    hl_buf_putc(&b, '\0');
    return hl_buf_steal(&b);
}

/* Letters of three topics in their own words, half without diacritics. */
static struct hl_topics_trainer *
trainer(void)
{
    static const char *const noise[] = {"Quán karaoke hát đến 2 giờ sáng",
                                        "Hàng xóm mở loa to cả đêm không ngủ được",
                                        "quan nhau ca dem ồn ào",
                                        "tieng khoan be tong tu 5 gio sang",
                                        "loa keo hat ca dem",
                                        "Xưởng cơ khí gõ búa suốt đêm"};
    static const char *const flooding[] = {"Mưa xong phố ngập nửa bánh xe",
                                           "cong thoat nuoc tac, nuoc ngap vao nha",
                                           "Nước ngập sâu sau cơn mưa, cống không thoát",
                                           "ngap lut o dau ngo sau mua",
                                           "mưa to là ngập, nước tràn vào nhà",
                                           "rãnh thoát nước tắc, ngập cả đường"};
    static const char *const officials[] = {
        "Cán bộ đòi phong bì mới nhận hồ sơ",  "can bo phuong vòi tiền làm sổ",
        "Cán bộ địa chính đòi tiền bồi dưỡng", "nv mot cua doi 500k moi lam",
        "bị vòi tiền khi làm thủ tục",         "cán bộ nhũng nhiễu gây khó dễ"};
    struct hl_topics_trainer *tr = hl_topics_trainer_new();
    for (size_t i = 0; i < HL_NELEM(noise); i++) {
        hl_topics_train(tr, "noise", i % 2 ? "p-a" : "p-b", "Phản ánh", noise[i]);
        hl_topics_train(tr, "flooding", "so-xd", "Phản ánh", flooding[i]);
        hl_topics_train(tr, "harassment", "thanh-tra", "Phản ánh", officials[i]);
    }
    return tr;
}

static void
test_learn_and_guess(void)
{
    struct hl_topics_trainer *tr = trainer();
    CHECK(hl_topics_trainer_letters(tr) == 18);
    char path[] = "/tmp/hl-test-topics-XXXXXX";
    int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    close(fd);
    CHECK(hl_topics_write(tr, path, 2.0, "test") == 0);
    char *first = slurp(path);
    CHECK(hl_topics_write(tr, path, 2.0, "test") == 0);
    char *second = slurp(path);
    CHECK_STR(first, second); /* the same letters give the same bytes */
    /* A class keeps its unit when four letters in five agree; else "-". */
    CHECK(strstr(first, "\nclass flooding 6 so-xd\n") != NULL);
    CHECK(strstr(first, "\nclass noise 6 -\n") != NULL);
    CHECK(strstr(first, "\nclass harassment 6 thanh-tra\n") != NULL);
    free(first);
    free(second);
    hl_topics_trainer_free(&tr);
    CHECK(tr == NULL);

    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_topics *t = hl_topics_load(path, &d);
    hl_diag_print(&d);
    REQUIRE(t != NULL);
    CHECK(hl_topics_n_classes(t) == 3);
    CHECK(hl_topics_margin(t) == 2.0);
    struct hl_topic_guess g;
    hl_topics_guess(t, "Khẩn", "Đêm qua quán karaoke lại hát ồn ào đến sáng", &g);
    CHECK_STR(g.code, "noise");
    CHECK(g.unit == NULL && g.sure && g.margin > 2.0);
    hl_topics_guess(t, "", "cong thoat nuoc tac nen ngap", &g);
    CHECK_STR(g.code, "flooding");
    CHECK_STR(g.unit, "so-xd");
    /* Nothing the model knows: no guess. */
    hl_topics_guess(t, "", "xyzzy plugh", &g);
    CHECK(g.code == NULL && !g.sure);
    /* A letter of two topics: a guess, not a sure one. */
    hl_topics_guess(t, "", "karaoke", &g);
    CHECK(g.code != NULL);
    hl_topics_free(&t);
    hl_diag_fini(&d);
    unlink(path);
}

static void
test_bad_files(void)
{
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"model 2\n", ":1: unknown model version \"2\" (this hotline reads 1)"},
        {"model 1\nmargin x\n", ":2: margin must be a number >= 0"},
        {"model 1\nmargin 3\nclass a\n", ":3: expected: class CODE LETTERS UNIT"},
        {"model 1\nmargin 3\nclass a 1 -\nclass b 1 -\nf w 0:1\nclass c 1 -\n",
         ":6: a class after the features"},
        {"model 1\nmargin 3\nclass a 1 -\nclass b 1 -\nf w 2:1\n",
         ":5: expected: f FEATURE CLASS:COUNT... (classes first)"},
        {"model 1\nmargin 3\nclass a 1 -\nclass b 1 -\nf w 0:1\nf w 1:1\n",
         ":6: feature \"w\" given twice"},
        {"model 1\nmargin 3\nclass a 1 -\nclass b 1 -\nwords\n",
         ":5: unknown line \"words\" (model, margin, class or f)"},
        {"model 1\nclass a 1 -\nclass b 1 -\n",
         ":3: a model needs \"model 1\", a margin and two classes"},
    };
    char path[] = "/tmp/hl-test-topics-bad-XXXXXX";
    int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    close(fd);
    for (size_t i = 0; i < HL_NELEM(cases); i++) {
        write_text(path, cases[i].text);
        struct hl_diag d;
        hl_diag_init(&d);
        struct hl_topics *t = hl_topics_load(path, &d);
        CHECK(t == NULL);
        bool found = d.n == 1 && strstr(d.lines[0], cases[i].want) != NULL;
        if (!found)
            for (size_t k = 0; k < d.n; k++)
                fprintf(stderr, "case %zu: %s\n", i, d.lines[k]);
        CHECK(found);
        hl_topics_free(&t);
        hl_diag_fini(&d);
    }
    unlink(path);
    struct hl_diag d;
    hl_diag_init(&d);
    CHECK(hl_topics_load("/nonexistent/topics.model", &d) == NULL);
    CHECK(d.n == 1);
    hl_diag_fini(&d);
}

static const char *const units[] = {"ubnd-tp", "so-xd", "thanh-tra", "p-a", "p-b"};

static const char set[] =
    "categories = ( { code = \"noise\"; name = \"Tiếng ồn\"; deadline_days = 7; },\n"
    "  { code = \"flooding\"; name = \"Ngập\"; deadline_days = 7; },\n"
    "  { code = \"harassment\"; name = \"Nhũng nhiễu\"; deadline_days = 30; learned = false; },\n"
    "  { code = \"other\"; name = \"Khác\"; deadline_days = 15; } );\n"
    "rules = (\n"
    " { name = \"zebra\"; when = { text = \"ZEBRA\"; }; then = { unit = \"p-b\"; stop = true; }; "
    "},\n"
    " { name = \"phuong-a\"; when = { text = \"phường A\"; }; then = { unit = \"p-a\"; }; },\n"
    " { name = \"nuoc\"; when = { text = \"nước\"; };\n"
    "   then = { category = \"flooding\"; unit = \"so-xd\"; stop = true; }; },\n"
    " { name = \"tien\"; when = { text = \"tiền\"; };\n"
    "   then = { category = \"harassment\"; unit = \"thanh-tra\"; stop = true; }; } );\n";

static struct hl_verdict
classify(const struct hl_rules *r, const char *body, struct hl_arena *a)
{
    struct hl_message m;
    memset(&m, 0, sizeof m);
    hl_arena_init(&m.arena);
    m.from.address = hl_arena_strdup(&m.arena, "dan@example.vn");
    m.subject = hl_arena_strdup(&m.arena, "Phản ánh");
    m.text = hl_arena_strdup(&m.arena, body);
    m.charset_note = hl_arena_strdup(&m.arena, "test");
    struct hl_verdict v;
    CHECK(hl_rules_classify(r, &m, "ubnd-tp", a, &v) == 0);
    hl_arena_fini(&m.arena);
    return v;
}

static void
test_rules_second_opinion(void)
{
    char dir[] = "/tmp/hl-test-topics-rules-XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    char *conf = hl_xasprintf("%s/10.conf", dir), *model = hl_xasprintf("%s/topics.model", dir);
    write_text(conf, set);
    struct hl_topics_trainer *tr = trainer();
    CHECK(hl_topics_write(tr, model, 2.0, "test") == 0);
    hl_topics_trainer_free(&tr);
    struct hl_rules_env env = {units, HL_NELEM(units), 0, 0, 0, NULL};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *r = hl_rules_load(dir, &env, &d);
    hl_diag_print(&d);
    hl_diag_fini(&d);
    REQUIRE(r != NULL);
    struct hl_arena a;
    hl_arena_init(&a);
    /* "nước" makes the rules say flooding; the letter is about noise in
     * phường A: the model overrules, and the unit goes back to the ward the
     * letter named before the flooding rule routed it to so-xd. */
    struct hl_verdict v =
        classify(r,
                 "Ở phường A quán karaoke hát ồn ào cả đêm, loa to, hàng xóm không ngủ được, "
                 "chỉ xin cốc nước",
                 &a);
    CHECK_STR(v.category, "noise");
    CHECK_STR(v.unit, "p-a");
    CHECK(strstr(v.trace_json, "(topic-model)") != NULL);
    CHECK(strstr(v.trace_json, "noise, not flooding") != NULL);
    /* A letter the rules and the model agree on is left alone. */
    v = classify(r, "Mưa xong nước ngập vào nhà, cống không thoát", &a);
    CHECK_STR(v.category, "flooding");
    CHECK_STR(v.unit, "so-xd");
    CHECK(strstr(v.trace_json, "(topic-model)") == NULL);
    /* Never out of a category declared learned = false... */
    v = classify(r, "Quán karaoke hát ồn ào cả đêm, loa to, nộp tiền phạt rồi vẫn hát", &a);
    CHECK_STR(v.category, "harassment");
    CHECK_STR(v.unit, "thanh-tra");
    /* ... nor into one. */
    v = classify(r, "Cán bộ đòi phong bì, vòi tiền bồi dưỡng mới nhận hồ sơ, nhũng nhiễu", &a);
    CHECK_STR(v.category, "harassment"); /* by the rule "tien" */
    v = classify(r, "Cán bộ đòi phong bì bồi dưỡng mới nhận hồ sơ, nhũng nhiễu gây khó dễ", &a);
    CHECK(strcmp(v.category, "harassment") != 0);
    /* With no category from the rules, a sure model sets one, and a
     * department's topic takes the department. */
    v = classify(r, "cong thoat tac, ngap lut o dau ngo sau mua", &a);
    CHECK_STR(v.category, "flooding");
    CHECK_STR(v.unit, "so-xd");
    /* A unit a rule chose without a topic stands; only the topic changes. */
    v = classify(r, "ZEBRA cong thoat tac, ngap lut o dau ngo sau mua", &a);
    CHECK_STR(v.category, "flooding");
    CHECK_STR(v.unit, "p-b");
    hl_arena_fini(&a);
    hl_rules_free(&r);
    /* A model whose class is no category of the set is refused. */
    write_text(model, "model 1\nmargin 2\nclass noise 1 -\nclass weather 1 -\nf mua 1:1\n");
    hl_diag_init(&d);
    r = hl_rules_load(dir, &env, &d);
    CHECK(r == NULL);
    CHECK(d.n == 1 &&
          strstr(d.lines[0], "topics.model:4: class \"weather\" is not a category") != NULL);
    hl_diag_print(&d);
    hl_diag_fini(&d);
    unlink(model);
    unlink(conf);
    rmdir(dir);
    free(model);
    free(conf);
}

int
main(void)
{
    test_learn_and_guess();
    test_bad_files();
    test_rules_second_opinion();
    return check_report();
}
