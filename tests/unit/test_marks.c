/* Unit tests for lib/base/marks.c (the marks of a word, the words of a
 * pattern, a match's end words) and for what the rules make of them: a word
 * the citizen typed with other diacritics than the pattern's is another
 * word; a word typed without any still matches.  Run from the repository
 * root (ctest does). */
#include "marks.h"
#include "mime.h"
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static size_t
sig(const char *w, char *out)
{
    return hl_marks_sig(w, strlen(w), out, 64);
}

static void
test_sig(void)
{
    char a[64], b[64];
    CHECK(sig("tử", a) > 0 && sig("từ", b) > 0);
    CHECK(strcmp(a, b) != 0);
    /* Old and new tone placement, case and decomposed input agree. */
    CHECK(sig("hòa", a) > 0 && sig("hoà", b) > 0);
    CHECK_STR(a, b);
    CHECK(sig("THỦY", a) > 0 && sig("thuỷ", b) > 0);
    CHECK_STR(a, b);
    CHECK(sig("nga\xcc\xa3\xcc\x82p", a) > 0 && sig("ngập", b) > 0); /* NFD, marks reordered */
    CHECK_STR(a, b);
    /* đ is a mark of its own: điện is not diện. */
    CHECK(sig("điện", a) > 0 && sig("diện", b) > 0);
    CHECK(strcmp(a, b) != 0);
    CHECK(sig("Đ", a) > 0);
    /* A word without marks has no signature; one too long for the buffer neither. */
    CHECK(sig("tu", a) == 0);
    CHECK(sig("UBND", a) == 0);
    CHECK(sig("", a) == 0);
    char small[4];
    CHECK(hl_marks_sig("người", strlen("người"), small, sizeof small) == 0);
}

static void
test_pattern_words(void)
{
    /* Only patterns with a marked word need the check. */
    CHECK(hl_marks_from_pattern("bao tu|\\bko\\b") == NULL);
    CHECK(hl_marks_from_pattern("") == NULL);
    struct hl_marks *m = hl_marks_from_pattern("báo tử|khai tử");
    CHECK(m != NULL && hl_marks_count(m) == 4);
    hl_marks_free(m);
    /* Words beside a class, a dot, a quantifier or a group are parts of what
     * matches and say nothing; group syntax and escapes are not words. */
    m = hl_marks_from_pattern("nh[àa]|chiến s[ĩỹ]|nhà?|(?<bi_to>phường)\\s+đ.ng|\\bồn\\b");
    CHECK(m != NULL && hl_marks_count(m) == 3); /* chiến, phường, ồn */
    hl_marks_free(m);
    m = hl_marks_from_pattern("(?:tiếng|âm thanh) ồn{1,2}");
    CHECK(m != NULL && hl_marks_count(m) == 3); /* tiếng, âm, thanh: ồn takes a quantifier */
    hl_marks_free(m);
    /* Broken syntax ends the scan, never reads past the string. */
    m = hl_marks_from_pattern("(?<abc");
    CHECK(m == NULL);
    m = hl_marks_from_pattern("[ồ");
    CHECK(m == NULL);
    m = hl_marks_from_pattern("tử\\");
    CHECK(m == NULL);
}

/* Whether the first match of `folded` in text agrees with pattern's marks. */
static bool
agrees(const char *pattern, const char *text, const char *folded)
{
    struct hl_marks *m = hl_marks_from_pattern(pattern);
    struct hl_arena a;
    hl_arena_init(&a);
    struct hl_folded f;
    hl_fold_text(&a, text, strlen(text), true, &f);
    const char *at = strstr(f.text, folded);
    REQUIRE(at != NULL);
    size_t f0 = (size_t)(at - f.text);
    bool ok = hl_marks_agree(m, &f, text, f0, f0 + strlen(folded));
    hl_arena_fini(&a);
    hl_marks_free(m);
    return ok;
}

static void
test_agree(void)
{
    CHECK(!agrees("báo tử", "Thông báo từ chối đăng ký", "bao tu"));
    CHECK(agrees("báo tử", "Giấy báo tử của bố tôi", "bao tu"));
    CHECK(agrees("báo tử", "GIAY BAO TU cua bo toi", "bao tu"));
    CHECK(agrees("báo tử", "GIẤY BÁO TỬ", "bao tu"));
    /* The pattern's bare spelling asks for folding. */
    CHECK(agrees("báo tử|bao tu", "thông báo từ chối", "bao tu"));
    /* A match cut inside a word: "bị ngã" is not "bị ngập". */
    CHECK(!agrees("bị ngã", "nhà tôi bị ngập", "bi nga"));
    /* The end words decide; a word in between may be anything. */
    CHECK(agrees("tố cáo .{0,40}phường", "tố cáo theo phương án của phường",
                 "to cao theo phuong an cua phuong"));
    CHECK(!agrees("tố cáo .{0,40}sở", "tố cáo quán bar ở số", "to cao quan bar o so"));
    /* Tone placement. */
    CHECK(agrees("hòa bình", "khu Hoà Bình", "hoa binh"));
    /* A word the pattern does not spell is left alone. */
    CHECK(agrees("tiền điện", "tiền điện tháng này", "tien dien"));
    CHECK(!agrees("tiền điện", "diện tích tiền diện", "tien dien"));
    /* No table: nothing to check. */
    CHECK(agrees("bao tu", "thông báo từ", "bao tu"));
}

static const char *const units[] = {"ubnd-tp", "so-tp", "phuong-hoan-kiem"};

static struct hl_rules *
load_rules(const char *dir, const char *text)
{
    char *path = hl_xasprintf("%s/10.conf", dir);
    FILE *f = fopen(path, "w");
    REQUIRE(f != NULL);
    fputs(text, f);
    fclose(f);
    struct hl_rules_env env = {units, HL_NELEM(units), 0, 0, 0, NULL};
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *r = hl_rules_load(dir, &env, &d);
    hl_diag_print(&d);
    hl_diag_fini(&d);
    unlink(path);
    free(path);
    return r;
}

static const char *
category_of(const struct hl_rules *r, const char *subject, const char *body, struct hl_arena *a)
{
    struct hl_message m;
    memset(&m, 0, sizeof m);
    hl_arena_init(&m.arena);
    m.from.address = hl_arena_strdup(&m.arena, "dan@example.vn");
    m.subject = hl_arena_strdup(&m.arena, subject);
    m.text = hl_arena_strdup(&m.arena, body);
    m.charset_note = hl_arena_strdup(&m.arena, "test");
    struct hl_verdict v;
    int rc = hl_rules_classify(r, &m, "ubnd-tp", a, &v);
    hl_arena_fini(&m.arena);
    return rc == 0 ? v.category : "(error)";
}

static void
test_rules(void)
{
    char dir[] = "/tmp/hl-test-marks-XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    static const char set[] =
        "categories = ( { code = \"civil_status\"; name = \"Hộ tịch\"; deadline_days = 5; },\n"
        "               { code = \"other\"; name = \"Khác\"; deadline_days = 15; } );\n"
        "rules = ( { name = \"khai-tu\"; when = { text = \"khai tử|báo tử\"; };\n"
        "            then = { category = \"civil_status\"; stop = true; }; },\n"
        "          { name = \"khac\"; then = { category = \"other\"; }; } );\n";
    struct hl_rules *r = load_rules(dir, set);
    REQUIRE(r != NULL);
    struct hl_arena a;
    hl_arena_init(&a);
    CHECK_STR(category_of(r, "Khiếu nại thông báo từ chối", "Sở đã ra thông báo từ chối.", &a),
              "other");
    CHECK_STR(category_of(r, "Xin giấy báo tử", "Bố tôi mất, xin cấp giấy báo tử.", &a),
              "civil_status");
    CHECK_STR(category_of(r, "xin giay bao tu", "bo toi mat", &a), "civil_status");
    /* A later occurrence that agrees is found past one that does not. */
    CHECK_STR(category_of(r, "Hỏi", "Thông báo từ chối nói thiếu giấy báo tử.", &a),
              "civil_status");
    hl_rules_free(&r);
    /* marks = false: the old, fully folded reading. */
    static const char off[] =
        "categories = ( { code = \"civil_status\"; name = \"Hộ tịch\"; deadline_days = 5; },\n"
        "               { code = \"other\"; name = \"Khác\"; deadline_days = 15; } );\n"
        "rules = ( { name = \"khai-tu\"; when = { text = \"khai tử|báo tử\"; marks = false; };\n"
        "            then = { category = \"civil_status\"; stop = true; }; },\n"
        "          { name = \"khac\"; then = { category = \"other\"; }; } );\n";
    r = load_rules(dir, off);
    REQUIRE(r != NULL);
    CHECK_STR(category_of(r, "Khiếu nại thông báo từ chối", "", &a), "civil_status");
    hl_rules_free(&r);
    /* marks must be a boolean, reported with its place. */
    static const char bad[] = "rules = ( { name = \"x\"; when = { text = \"a\"; marks = 1; }; then "
                              "= { tags = \"x\"; }; } );\n";
    char *path = hl_xasprintf("%s/10.conf", dir);
    FILE *f = fopen(path, "w");
    REQUIRE(f != NULL);
    fputs(bad, f);
    fclose(f);
    struct hl_rules_env env = {units, HL_NELEM(units), 0, 0, 0, NULL};
    struct hl_diag d;
    hl_diag_init(&d);
    r = hl_rules_load(dir, &env, &d);
    CHECK(r == NULL);
    CHECK(d.n == 1 && strstr(d.lines[0], "10.conf:1: marks must be true or false") != NULL);
    for (size_t i = 0; i < d.n; i++)
        fprintf(stderr, "%s\n", d.lines[i]);
    hl_diag_fini(&d);
    unlink(path);
    free(path);
    hl_arena_fini(&a);
    rmdir(dir);
}

int
main(void)
{
    test_sig();
    test_pattern_words();
    test_agree();
    test_rules();
    return check_report();
}
