/* util: see util.h. */
#include "util.h"

#include <errno.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void
hl_panic_at(const char *file, int line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "hotline: panic: %s:%d: %s\n", file, line, msg);
    fflush(stderr);
    abort();
}

static void
oom(size_t n)
{
    fprintf(stderr, "hotline: out of memory allocating %zu bytes\n", n);
    abort();
}

void *
hl_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (p == NULL)
        oom(n);
    return p;
}

void *
hl_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (p == NULL)
        oom(n * size);
    return p;
}

void *
hl_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (q == NULL)
        oom(n);
    return q;
}

char *
hl_xstrdup(const char *s)
{
    return hl_xstrndup(s, strlen(s));
}

char *
hl_xstrndup(const char *s, size_t n)
{
    char *p = hl_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *
hl_xasprintf(const char *fmt, ...)
{
    struct hl_buf b;
    va_list ap;
    hl_buf_init(&b);
    va_start(ap, fmt);
    char tmp[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    hl_buf_reserve(&b, (size_t)n + 1);
    vsnprintf(b.data, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b.len = (size_t)n;
    return hl_buf_steal(&b);
}

int
hl_err_set(struct hl_err *err, enum hl_err_kind kind, const char *fmt, ...)
{
    if (err == NULL)
        return -1;
    va_list ap;
    err->kind = kind;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return -1;
}

int
hl_err_prefix(struct hl_err *err, const char *fmt, ...)
{
    if (err == NULL)
        return -1;
    char prefix[512];
    char old[sizeof err->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(prefix, sizeof prefix, fmt, ap);
    va_end(ap);
    memcpy(old, err->msg, sizeof old);
    size_t pl = strlen(prefix);
    if (pl > sizeof err->msg - 3)
        pl = sizeof err->msg - 3;
    memcpy(err->msg, prefix, pl);
    memcpy(err->msg + pl, ": ", 2);
    size_t room = sizeof err->msg - pl - 3;
    size_t ol = strnlen(old, room);
    memcpy(err->msg + pl + 2, old, ol);
    err->msg[pl + 2 + ol] = '\0';
    return -1;
}

const char *
hl_err_kind_name(enum hl_err_kind kind)
{
    switch (kind) {
    case HL_ERR_NONE:
        return "none";
    case HL_ERR_TEMP:
        return "temporary";
    case HL_ERR_PERM:
        return "permanent";
    case HL_ERR_INPUT:
        return "input";
    case HL_ERR_CONFIG:
        return "config";
    }
    return "?";
}

void
hl_buf_init(struct hl_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void
hl_buf_fini(struct hl_buf *b)
{
    free(b->data);
    hl_buf_init(b);
}

void
hl_buf_reset(struct hl_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void
hl_buf_reserve(struct hl_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    b->data = hl_xrealloc(b->data, cap);
    b->cap = cap;
}

void
hl_buf_append(struct hl_buf *b, const void *p, size_t n)
{
    hl_buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void
hl_buf_puts(struct hl_buf *b, const char *s)
{
    hl_buf_append(b, s, strlen(s));
}

void
hl_buf_putc(struct hl_buf *b, char c)
{
    hl_buf_append(b, &c, 1);
}

void
hl_buf_printf(struct hl_buf *b, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0) {
        hl_buf_reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

char *
hl_buf_steal(struct hl_buf *b)
{
    if (b->data == NULL)
        return hl_xstrdup("");
    char *p = b->data;
    hl_buf_init(b);
    return p;
}

struct hl_arena_block {
    struct hl_arena_block *next;
    size_t used, cap;
    max_align_t data[];
};

void
hl_arena_init(struct hl_arena *a)
{
    a->head = NULL;
    a->total = 0;
}

void
hl_arena_fini(struct hl_arena *a)
{
    struct hl_arena_block *b = a->head;
    while (b) {
        struct hl_arena_block *next = b->next;
        free(b);
        b = next;
    }
    hl_arena_init(a);
}

void *
hl_arena_alloc(struct hl_arena *a, size_t n)
{
    const size_t align = sizeof(max_align_t);
    n = (n + align - 1) / align * align;
    if (n == 0)
        n = align;
    struct hl_arena_block *b = a->head;
    if (b == NULL || b->cap - b->used < n) {
        size_t cap = n > 16384 ? n : 16384;
        b = hl_xmalloc(sizeof *b + cap);
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    a->total += n;
    return p;
}

void *
hl_arena_memdup(struct hl_arena *a, const void *p, size_t n)
{
    char *q = hl_arena_alloc(a, n + 1);
    if (n)
        memcpy(q, p, n);
    q[n] = '\0';
    return q;
}

char *
hl_arena_strndup(struct hl_arena *a, const char *s, size_t n)
{
    return hl_arena_memdup(a, s, n);
}

char *
hl_arena_strdup(struct hl_arena *a, const char *s)
{
    return s ? hl_arena_strndup(a, s, strlen(s)) : NULL;
}

char *
hl_arena_printf(struct hl_arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    char *p = hl_arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

void
hl_diag_init(struct hl_diag *d)
{
    d->lines = NULL;
    d->n = 0;
    d->cap = 0;
}

void
hl_diag_fini(struct hl_diag *d)
{
    for (size_t i = 0; i < d->n; i++)
        free(d->lines[i]);
    free(d->lines);
    hl_diag_init(d);
}

void
hl_diag_add(struct hl_diag *d, const char *file, int line, const char *fmt, ...)
{
    struct hl_buf b;
    va_list ap, ap2;
    hl_buf_init(&b);
    if (line > 0)
        hl_buf_printf(&b, "%s:%d: ", file ? file : "?", line);
    else
        hl_buf_printf(&b, "%s: ", file ? file : "?");
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0) {
        hl_buf_reserve(&b, (size_t)n);
        vsnprintf(b.data + b.len, (size_t)n + 1, fmt, ap2);
        b.len += (size_t)n;
    }
    va_end(ap2);
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        d->lines = hl_xrealloc(d->lines, d->cap * sizeof *d->lines);
    }
    d->lines[d->n++] = hl_buf_steal(&b);
}

size_t
hl_diag_print(const struct hl_diag *d)
{
    for (size_t i = 0; i < d->n; i++)
        fprintf(stderr, "%s\n", d->lines[i]);
    return d->n;
}

static enum hl_log_level log_level = HL_LOG_INFO;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

void
hl_log_set_level(enum hl_log_level level)
{
    log_level = level;
}

/* Whether stderr is the journal: systemd sets JOURNAL_STREAM to the
 * "device:inode" of the stream it connected, and a child whose stderr was
 * redirected elsewhere inherits the variable, hence the comparison.  Decided
 * once; 1 = plain, 2 = journal. */
static atomic_int log_sink;

static bool
stderr_is_journal(void)
{
    int sink = atomic_load(&log_sink);
    if (sink != 0)
        return sink == 2;
    const char *js = getenv("JOURNAL_STREAM");
    unsigned long long dev, ino;
    struct stat st;
    bool journal = js != NULL && sscanf(js, "%llu:%llu", &dev, &ino) == 2 &&
                   fstat(STDERR_FILENO, &st) == 0 && (unsigned long long)st.st_dev == dev &&
                   (unsigned long long)st.st_ino == ino;
    atomic_store(&log_sink, journal ? 2 : 1);
    return journal;
}

void
hl_log(enum hl_log_level level, const char *fmt, ...)
{
    static const char *names[] = {"debug", "info", "warning", "error"};
    /* syslog priorities: LOG_DEBUG, LOG_INFO, LOG_WARNING, LOG_ERR */
    static const int priorities[] = {7, 6, 4, 3};
    if (level < log_level)
        return;
    char line[2048];
    int off;
    if (stderr_is_journal()) {
        /* The journal stamps each line itself and reads the "<N>" prefix
         * as its priority (journalctl -p warning). */
        off = snprintf(line, sizeof line, "<%d>%s: ", priorities[level], names[level]);
    } else {
        struct timespec ts;
        struct tm tm;
        clock_gettime(CLOCK_REALTIME, &ts);
        gmtime_r(&ts.tv_sec, &tm);
        off = (int)strftime(line, sizeof line, "%Y-%m-%dT%H:%M:%S", &tm);
        off += snprintf(line + off, sizeof line - (size_t)off, ".%03ldZ %s: ", ts.tv_nsec / 1000000,
                        names[level]);
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line + off, sizeof line - (size_t)off, fmt, ap);
    va_end(ap);
    pthread_mutex_lock(&log_lock);
    fprintf(stderr, "%s\n", line);
    fflush(stderr);
    pthread_mutex_unlock(&log_lock);
}

char *
hl_read_file(const char *path, size_t *len_out, struct hl_err *err)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        hl_err_set(err, HL_ERR_CONFIG, "%s: %s", path, strerror(errno));
        return NULL;
    }
    struct hl_buf b;
    hl_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        hl_buf_append(&b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        hl_buf_fini(&b);
        hl_err_set(err, HL_ERR_CONFIG, "%s: read error", path);
        return NULL;
    }
    if (len_out)
        *len_out = b.len;
    return hl_buf_steal(&b);
}

char *
hl_read_secret(const char *path, struct hl_err *err)
{
    size_t len;
    char *s = hl_read_file(path, &len, err);
    if (s == NULL)
        return NULL;
    while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r'))
        s[--len] = '\0';
    return s;
}

void
hl_sha256_hex(const void *data, size_t len, char out[65])
{
    unsigned char md[32];
    unsigned int mdlen = 0;
    EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL);
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[64] = '\0';
}

int64_t
hl_now_mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int64_t clock_offset_s;

int64_t
hl_clock_now(void)
{
    return (int64_t)time(NULL) + clock_offset_s;
}

void
hl_clock_set(int64_t now)
{
    clock_offset_s = now - (int64_t)time(NULL);
}

size_t
hl_utf8_next(const unsigned char *s, size_t left, int32_t *cp)
{
    unsigned char c = s[0];
    size_t n;
    int32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        v = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (left < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

bool
hl_str_has_prefix_ci(const char *s, const char *prefix)
{
    return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

size_t
hl_hmac_key(const unsigned char *secret, size_t len, unsigned char out[64])
{
    memset(out, 0, 64);
    if (len > 64) {
        unsigned int n = 0;
        EVP_Digest(secret, len, out, &n, EVP_sha256(), NULL);
        return n;
    }
    memcpy(out, secret, len);
    return len;
}

void
hl_buf_json_str(struct hl_buf *b, const char *s)
{
    hl_buf_json_strn(b, s, s ? strlen(s) : 0);
}

void
hl_buf_json_strn(struct hl_buf *b, const char *s, size_t len)
{
    if (s == NULL) {
        hl_buf_puts(b, "null");
        return;
    }
    hl_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; p < (const unsigned char *)s + len;
         p++) {
        switch (*p) {
        case '"':
            hl_buf_puts(b, "\\\"");
            break;
        case '\\':
            hl_buf_puts(b, "\\\\");
            break;
        case '\n':
            hl_buf_puts(b, "\\n");
            break;
        case '\r':
            hl_buf_puts(b, "\\r");
            break;
        case '\t':
            hl_buf_puts(b, "\\t");
            break;
        default:
            if (*p < 0x20) {
                hl_buf_printf(b, "\\u%04x", *p);
            } else if (*p < 0x80) {
                hl_buf_putc(b, (char)*p);
            } else {
                /* JSON is UTF-8 and PostgreSQL's jsonb refuses anything else:
                 * a stray byte becomes U+FFFD rather than failing a commit. */
                int32_t cp;
                size_t n = hl_utf8_next(p, (size_t)((const unsigned char *)s + len - p), &cp);
                if (n == 0) {
                    hl_buf_puts(b, "\\ufffd");
                } else {
                    hl_buf_append(b, (const char *)p, n);
                    p += n - 1;
                }
            }
        }
    }
    hl_buf_putc(b, '"');
}

int64_t
hl_backoff_ms(int failures, int max_s)
{
    int64_t ms = 1000;
    for (int i = 1; i < failures && ms < (int64_t)max_s * 1000; i++)
        ms *= 2;
    if (ms > (int64_t)max_s * 1000)
        ms = (int64_t)max_s * 1000;
    return ms / 2 + (int64_t)(rand() % (int)(ms / 2 + 1));
}
