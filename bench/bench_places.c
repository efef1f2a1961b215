/*
 * bench_places: place matching alone (hl_places_match), letters per second on
 * one core, with the shipped sample (data/places/hanoi.tsv) and with it plus
 * 10,000 and 100,000 generated street names (a large city's gazetteer).  Not
 * a test: run it by hand from the repository root.
 *
 *   bench_places [SECONDS_PER_RUN]   (default 1 s)
 *
 * Letters: 200 synthetic complaints of ~1.5 KB, half without diacritics, one
 * place named near the end of each (the worst case for an early exit, which
 * the matcher does not take anyway: it reads the whole letter).
 */
#include "places.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static const char *const filler[] = {
    "Kính gửi Ủy ban, tôi xin phản ánh tình trạng rác thải sinh hoạt chất đống nhiều ngày. ",
    "Kinh gui Uy ban, toi xin phan anh tinh trang rac thai sinh hoat chat dong nhieu ngay. ",
    "Xe thu gom không vào, mùi hôi bốc lên, trẻ em và người già trong khu rất khổ sở. ",
    "Xe thu gom khong vao, mui hoi boc len, tre em va nguoi gia trong khu rat kho so. ",
};
static const char *const places[] = {
    "cạnh chợ Châu Long", "trước số 40 Lý Thường Kiệt", "đầu ngõ 12 Đội Cấn",
    "gan cho Dong Xuan",  "so 15 pho Hang Bong",        "truoc cong Truong THCS Cau Giay",
};

static double
now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *const syll[] = {"an",   "bình",  "cát",   "dương", "đông",  "giang",
                                   "hà",   "hòa",   "khánh", "lâm",   "minh",  "ngọc",
                                   "phúc", "quang", "sơn",   "tân",   "thanh", "trung",
                                   "văn",  "xuân",  "yên",   "vĩnh",  "long",  "hải"};

static void
run(const char *label, size_t extra, double secs, char **letters, size_t n_letters)
{
    struct hl_places *p = hl_places_new();
    struct hl_diag d;
    hl_diag_init(&d);
    hl_places_add_file(p, "data/places/hanoi.tsv", NULL, 0, &d);
    srand(7);
    size_t n_syll = sizeof syll / sizeof *syll;
    for (size_t i = 0; i < extra; i++) {
        char name[96];
        snprintf(name, sizeof name, "%s %s %s %zu", syll[(size_t)rand() % n_syll],
                 syll[(size_t)rand() % n_syll], syll[(size_t)rand() % n_syll], i);
        hl_places_add(p, "phuong-ba-dinh", "street", name, NULL, "gen", (int)i, &d);
    }
    double t0 = now_s();
    hl_places_build(p);
    double build = now_s() - t0;
    hl_diag_fini(&d);
    long n = 0, found = 0;
    t0 = now_s();
    while (now_s() - t0 < secs) {
        struct hl_arena a;
        hl_arena_init(&a);
        struct hl_place_match m;
        found += hl_places_match(p, NULL, letters[(size_t)n % n_letters], &a, &m);
        hl_arena_fini(&a);
        n++;
    }
    double el = now_s() - t0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("%-28s %7zu places  build %6.1f ms  %8.0f letters/s (%5.1f us)  found %3.0f%%  peak "
           "RSS %ld MB\n",
           label, hl_places_count(p), build * 1e3, (double)n / el, el / (double)n * 1e6,
           100.0 * (double)found / (double)n, ru.ru_maxrss / 1024);
    hl_places_free(&p);
}

int
main(int argc, char **argv)
{
    double secs = argc > 1 ? atof(argv[1]) : 1.0;
    enum { N = 200 };
    char *letters[N];
    for (int i = 0; i < N; i++) {
        struct hl_buf b;
        hl_buf_init(&b);
        while (b.len < 1400)
            hl_buf_puts(&b, filler[(i % 2) + 2 * ((int)b.len / 200 % 2)]);
        hl_buf_puts(&b, places[i % 6]);
        hl_buf_puts(&b, ".");
        letters[i] = hl_buf_steal(&b);
    }
    run("sample (hanoi.tsv)", 0, secs, letters, N);
    run("sample + 10,000 streets", 10000, secs, letters, N);
    run("sample + 100,000 streets", 100000, secs, letters, N);
    for (int i = 0; i < N; i++)
        free(letters[i]);
    return 0;
}
