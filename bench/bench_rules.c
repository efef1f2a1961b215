/*
 * bench_rules: classification alone, messages per second on one core, for
 * generated rule sets of 10, 100 and 1,000 rules and for the default set,
 * with the literal prefilter on and off.  Not a test: run it by hand.
 *
 *   bench_rules [SECONDS_PER_RUN [ONLY_SIZE]]   (default 1 s; run from the repo root)
 *
 * Messages: 200 synthetic complaints of corpus size (subject ~70 bytes, body
 * ~1.5 KB), half with diacritics and half without, assembled from sentences
 * of real complaint wording.  Rules: each a two-alternative pattern over
 * subject and body ("text"), some with an all/not combination.  About 20
 * keywords per set are word pairs taken from the messages' sentences; the
 * rest are random pairs of Vietnamese-shaped syllables (rarely found
 * together) and, one in ten, of common words ("công an", "cán bộ", found
 * now and then), so every message fires some rules, as real mail does.  No rule
 * stops, so every rule is considered for every message.
 */
#include "fold.h"
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const sentences[] = {
    "Đoạn phố trước cổng chợ cứ sau mỗi trận mưa lớn là nước ngập sâu, kéo dài nhiều giờ mới rút.",
    "Xe thu gom rác không vào ngõ đã mười ngày, rác thải sinh hoạt chất đống bốc mùi hôi thối.",
    "Quán karaoke mở loa hát to đến hai giờ sáng, cả khu dân cư không ai ngủ được.",
    "Tôi đã nộp hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất nhưng quá hạn chưa được giải "
    "quyết.",
    "Mặt đường xuất hiện nhiều ổ gà lớn, buổi tối đèn đường yếu nên nhiều xe máy bị ngã.",
    "Các hộ dân bị mất nước sinh hoạt hoàn toàn, công ty cấp nước không thông báo thời gian khắc "
    "phục.",
    "Khu vực bị mất điện nhiều lần mỗi tối mà không có lịch cắt điện báo trước.",
    "Chủ nhà đang xây thêm tầng trái phép, làm cả ban đêm để tránh bị kiểm tra.",
    "Các quán cà phê bày bàn ghế lấn chiếm hết vỉa hè, người đi bộ phải đi xuống lòng đường.",
    "Cán bộ tiếp nhận liên tục bắt bổ sung giấy tờ không có trong quy định.",
    "Tôi muốn hỏi thủ tục đăng ký khai sinh cho con và cần mang theo những giấy tờ gì.",
    "Hồ sơ đăng ký thành lập doanh nghiệp bị trả lại nhiều lần mà không rõ lý do.",
    "Sinh viên thuê trọ gặp khó khăn khi đăng ký tạm trú trên ứng dụng.",
    "Kính đề nghị cơ quan chức năng kiểm tra, xử lý dứt điểm và trả lời bằng văn bản.",
    "Gia đình tôi có người già và trẻ nhỏ nên rất mong được giải quyết sớm.",
    "Tổ dân phố đã báo phường nhưng đến nay vẫn chưa thấy xử lý.",
    "Tôi gửi kèm ảnh chụp hiện trường và sẵn sàng cung cấp thêm thông tin khi cần.",
    "Đề nghị bố trí thêm cán bộ tại bộ phận một cửa để người dân đỡ mất thời gian chờ đợi.",
    "Nhiều hộ kinh doanh bị thiệt hại, thực phẩm trong tủ đông hỏng hết.",
    "Xe tải trọng lớn chạy qua liên tục nên vết nứt trên đường ngày càng rộng.",
    "Công trình thi công đổ bê tông từ nửa đêm đến sáng, máy trộn chạy ầm ầm.",
    "Đơn vị đo đạc đã đo lại thửa đất và làm ranh giới lấn sang nhà bên cạnh.",
    "Trường công lập gần nhất không đủ chỉ tiêu tuyển sinh cho học sinh lớp sáu.",
    "Chợ cóc họp tràn ra lòng đường gây ùn tắc kéo dài vào giờ tan tầm.",
    "Tôi xin góp ý dự thảo quy định về thủ tục hành chính đang lấy ý kiến nhân dân.",
};

static const char *const syllables[] = {
    "nhà",    "đường", "phố",  "ngõ",    "xã",     "phường", "cán",   "bộ",    "hồ",    "sơ",
    "giấy",   "tờ",    "đất",  "nước",   "điện",   "rác",    "ồn",    "xe",    "máy",   "chợ",
    "vỉa",    "hè",    "cầu",  "cống",   "trường", "học",    "bệnh",  "viện",  "thuế",  "phí",
    "lệ",     "công",  "an",   "tư",     "pháp",   "thanh",  "tra",   "ủy",    "ban",   "dân",
    "sinh",   "hoạt",  "môi",  "trường", "cây",    "xanh",   "đèn",   "chiếu", "sáng",  "bảo",
    "hiểm",   "lương", "hưu",  "trợ",    "cấp",    "quy",    "hoạch", "giải",  "tỏa",   "bồi",
    "thường", "tái",   "định", "cư",     "chung",  "cư",     "thang", "máy",   "phòng", "cháy",
    "chữa",   "khói",  "bụi",  "khí",    "thải",   "nhiễm",  "độc",   "hại",   "chó",   "mèo",
    "thả",    "rông",  "bãi",  "đỗ",     "bến",    "buýt",   "tàu",   "ga",    "kênh",  "mương",
    "hồ",     "ao",    "sông", "đê",     "kè",     "lở",     "sạt",   "bão",   "lũ",    "cứu",
    "hộ",     "y",     "tế",   "thuốc",  "giá",    "cả",     "hàng",  "giả",   "lừa",   "đảo",
    "trộm",   "cắp",   "an",   "ninh",   "trật",   "tự",
};

/* Deterministic generator so every run measures the same work. */
static uint64_t rng_state = 88172645463325252ull;

static uint32_t
rnd(uint32_t n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state % n);
}

/* A word pair taken from a sentence, so it occurs in some messages. */
static char *
real_pair(void)
{
    const char *s = sentences[rnd(HL_NELEM(sentences))];
    const char *words[64];
    size_t lens[64], n = 0;
    for (const char *p = s; *p && n < 64;) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ' && *e != ',' && *e != '.')
            e++;
        if (e > p) {
            words[n] = p;
            lens[n++] = (size_t)(e - p);
        }
        p = *e ? e + 1 : e;
    }
    size_t i = n > 1 ? rnd((uint32_t)(n - 1)) : 0;
    return hl_xasprintf("%.*s %.*s", (int)lens[i], words[i], (int)lens[i + 1], words[i + 1]);
}

static const char *const onsets[] = {"b",  "c", "ch", "d",  "đ",  "g",  "gi", "h",
                                     "kh", "l", "m",  "n",  "ng", "nh", "ph", "qu",
                                     "r",  "s", "t",  "th", "tr", "v",  "x"};
static const char *const rhymes[] = {
    "a",  "ai",  "an", "ang", "anh", "ao",  "át",  "ay",  "ắc",  "ăm",  "ân", "ấp",
    "e",  "em",  "én", "eo",  "ê",   "ếch", "ên",  "i",   "im",  "ỉnh", "ít", "o",
    "oa", "oán", "òi", "ong", "ô",   "ốc",  "ôm",  "ơ",   "ời",  "ớt",  "u",  "ui",
    "úm", "ung", "uy", "ưa",  "ừng", "ước", "ươm", "ướt", "yên", "uyết"};

static char *
shaped_syllable(void)
{
    return hl_xasprintf("%s%s", onsets[rnd(HL_NELEM(onsets))], rhymes[rnd(HL_NELEM(rhymes))]);
}

/* Mostly pairs of Vietnamese-shaped syllables (rarely together in a
 * message), sometimes pairs of common words (which now and then are). */
static char *
random_pair(void)
{
    if (rnd(10) == 0)
        return hl_xasprintf("%s %s", syllables[rnd(HL_NELEM(syllables))],
                            syllables[rnd(HL_NELEM(syllables))]);
    char *a = shaped_syllable(), *b = shaped_syllable();
    char *r = hl_xasprintf("%s %s", a, b);
    free(a);
    free(b);
    return r;
}

/* About 20 keywords per set occur in the messages, whatever its size: a
 * large rule set is large because it covers many topics, not because every
 * message matches more of it. */
static int n_rules_now = 10;

static char *
keyword(void)
{
    return rnd((uint32_t)n_rules_now * 3) < 20 ? real_pair() : random_pair();
}

static void
write_rules(const char *dir, int n)
{
    mkdir(dir, 0700);
    n_rules_now = n;
    char *path = hl_xasprintf("%s/00-cats.conf", dir);
    FILE *f = fopen(path, "w");
    fprintf(f, "categories = (\n");
    for (int i = 0; i < 20; i++)
        fprintf(f, "  { code = \"c%d\"; name = \"Loại %d\"; deadline_days = 10; }%s\n", i, i,
                i < 19 ? "," : "");
    fprintf(f, ");\n");
    fclose(f);
    free(path);
    path = hl_xasprintf("%s/10-rules.conf", dir);
    f = fopen(path, "w");
    fprintf(f, "rules = (\n");
    for (int i = 0; i < n; i++) {
        char *a = keyword(), *b = keyword(), *c = keyword();
        if (i % 4 == 3)
            fprintf(f,
                    "  { name = \"r%d\"; when = { all = ( { text = \"%s|%s\" }, { not = { "
                    "subject = \"%s\" } } ) };\n",
                    i, a, b, c);
        else
            fprintf(f, "  { name = \"r%d\"; when = { text = \"%s|%s\" };\n", i, a, b);
        fprintf(f, "    then = { category = \"c%d\"; tags = [\"t%d\"]; }; }%s\n", i % 20, i,
                i < n - 1 ? "," : "");
        free(a);
        free(b);
        free(c);
    }
    fprintf(f, ");\n");
    fclose(f);
    free(path);
}

static struct hl_message *
make_message(int i)
{
    struct hl_message *m = hl_xcalloc(1, sizeof *m);
    hl_arena_init(&m->arena);
    struct hl_buf body;
    hl_buf_init(&body);
    hl_buf_puts(&body, "Kính gửi Ủy ban nhân dân phường,\n\n");
    while (body.len < 1500) {
        hl_buf_puts(&body, sentences[rnd(HL_NELEM(sentences))]);
        hl_buf_puts(&body, rnd(3) ? " " : "\n\n");
    }
    hl_buf_puts(&body, "\n\nTrân trọng cảm ơn.\nNguyễn Văn An\n");
    char *subject = hl_xasprintf("Phản ánh: %.60s", sentences[rnd(HL_NELEM(sentences))]);
    if (i % 2) {
        /* Half of the citizens write without diacritics. */
        char *fb = hl_fold_str(body.data), *fs = hl_fold_str(subject);
        m->text = hl_arena_strdup(&m->arena, fb);
        m->subject = hl_arena_strdup(&m->arena, fs);
        free(fb);
        free(fs);
    } else {
        m->text = hl_arena_strdup(&m->arena, body.data);
        m->subject = hl_arena_strdup(&m->arena, subject);
    }
    free(subject);
    hl_buf_fini(&body);
    m->from.address = hl_arena_printf(&m->arena, "nguoidan%d@example.com", i);
    m->from.name = hl_arena_strdup(&m->arena, "Nguyễn Văn An");
    m->charset_note = hl_arena_strdup(&m->arena, "synthetic");
    return m;
}

static long
peak_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void
run(const char *label, struct hl_rules *r, struct hl_message **msgs, int n_msgs, double seconds)
{
    for (int pf = 1; pf >= (getenv("BENCH_PREFILTER_ONLY") ? 1 : 0); pf--) {
        hl_rules_set_prefilter(r, pf);
        long count = 0;
        int64_t start = hl_now_mono_ms(), now = start;
        size_t fired = 0;
        while (now - start < (int64_t)(seconds * 1000)) {
            for (int i = 0; i < n_msgs; i++) {
                struct hl_arena a;
                hl_arena_init(&a);
                struct hl_verdict v;
                hl_rules_classify(r, msgs[i], "ubnd-tp", &a, &v);
                for (size_t h = 0; h < v.n_hits; h++)
                    fired += h == 0 || strcmp(v.hits[h].rule, v.hits[h - 1].rule) != 0;
                hl_arena_fini(&a);
            }
            count += n_msgs;
            now = hl_now_mono_ms();
        }
        double rate = (double)count * 1000.0 / (double)(now - start);
        printf("%-22s %5zu rules  prefilter %-3s  %9.0f msg/s  %6.1f us/msg  %5.1f rules fired/msg"
               "  peak RSS %ld KiB\n",
               label, hl_rules_count(r), pf ? "on" : "off", rate, 1e6 / rate,
               (double)fired / (double)count, peak_rss_kib());
    }
    hl_rules_set_prefilter(r, true);
}

int
main(int argc, char **argv)
{
    double seconds = argc > 1 ? strtod(argv[1], NULL) : 1.0;
    if (seconds <= 0)
        seconds = 1.0;
    enum { N_MSGS = 200 };
    struct hl_message *msgs[N_MSGS];
    size_t bytes = 0;
    for (int i = 0; i < N_MSGS; i++) {
        msgs[i] = make_message(i);
        bytes += strlen(msgs[i]->text) + strlen(msgs[i]->subject);
    }
    printf("%d messages, %zu bytes on average (subject + body)\n", N_MSGS, bytes / N_MSGS);
    char tmpl[] = "/tmp/bench_rules.XXXXXX";
    char *base = mkdtemp(tmpl);
    if (base == NULL) {
        perror("mkdtemp");
        return 1;
    }
    const int sizes[] = {10, 100, 1000};
    int only = argc > 2 ? (int)strtol(argv[2], NULL, 10) : 0;
    for (size_t s = 0; s < HL_NELEM(sizes); s++) {
        if (only && sizes[s] != only)
            continue;
        char *dir = hl_xasprintf("%s/r%d", base, sizes[s]);
        write_rules(dir, sizes[s]);
        struct hl_diag d;
        hl_diag_init(&d);
        int64_t t0 = hl_now_mono_ms();
        struct hl_rules *r = hl_rules_load(dir, NULL, &d);
        int64_t t1 = hl_now_mono_ms();
        if (r == NULL) {
            hl_diag_print(&d);
            return 1;
        }
        hl_diag_fini(&d);
        printf("loaded %d rules in %lld ms\n", sizes[s], (long long)(t1 - t0));
        char label[32];
        snprintf(label, sizeof label, "generated-%d", sizes[s]);
        run(label, r, msgs, N_MSGS, seconds);
        hl_rules_free(&r);
        const char *const files[] = {"00-cats.conf", "10-rules.conf"};
        for (size_t k = 0; k < HL_NELEM(files); k++) {
            char *f = hl_xasprintf("%s/%s", dir, files[k]);
            unlink(f);
            free(f);
        }
        rmdir(dir);
        free(dir);
    }
    rmdir(base);
    struct hl_diag d;
    hl_diag_init(&d);
    struct hl_rules *r = only ? NULL : hl_rules_load("rules", NULL, &d);
    hl_diag_fini(&d);
    if (r) {
        run("default (rules/)", r, msgs, N_MSGS, seconds);
        hl_rules_free(&r);
    }
    for (int i = 0; i < N_MSGS; i++) {
        hl_arena_fini(&msgs[i]->arena);
        free(msgs[i]);
    }
    return 0;
}
