/*
 * util: allocation that never returns NULL, the runtime error record, growable
 * buffers, per-message arenas, diagnostics lists for config/rule checks, and
 * logging.  Everything here is free of I/O except the logger (stderr).
 *
 * Ownership: hl_buf and hl_arena own their memory; hl_arena_* pointers live
 * until hl_arena_fini.  hl_diag owns its lines.
 */
#ifndef HL_UTIL_H
#define HL_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HL_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define HL_NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* A broken invariant is a bug, never "handled": hl_panic logs where and why
 * and aborts, for a core dump (Postfix's panic()).  HL_ASSERT stays on in
 * release builds; it guards what the code relies on, cheaply. */
_Noreturn void hl_panic_at(const char *file, int line, const char *fmt, ...) HL_PRINTF(3, 4);
#define hl_panic(...) hl_panic_at(__FILE__, __LINE__, __VA_ARGS__)
#define HL_ASSERT(cond)                                                                            \
    ((cond) ? (void)0 : hl_panic_at(__FILE__, __LINE__, "assertion failed: %s", #cond))

/* Allocation failure aborts: hostile input is stopped by limits before we allocate. */
void *hl_xmalloc(size_t n);
void *hl_xcalloc(size_t n, size_t size);
void *hl_xrealloc(void *p, size_t n);
char *hl_xstrdup(const char *s);
char *hl_xstrndup(const char *s, size_t n);
char *hl_xasprintf(const char *fmt, ...) HL_PRINTF(1, 2);

/* What the caller should do about a runtime failure. */
enum hl_err_kind {
    HL_ERR_NONE = 0,
    HL_ERR_TEMP,   /* timeout, 4xx, lost connection: retry with backoff */
    HL_ERR_PERM,   /* 5xx, login refused, TLS verification failed */
    HL_ERR_INPUT,  /* hostile or malformed input: store raw, flag, never retry */
    HL_ERR_CONFIG, /* the operator must act */
};

struct hl_err {
    enum hl_err_kind kind;
    char msg[1024];
};

/* Sets err (if not NULL) and returns -1, so callers can `return hl_err_set(...)`. */
int hl_err_set(struct hl_err *err, enum hl_err_kind kind, const char *fmt, ...) HL_PRINTF(3, 4);
/* Prepends "context: " to err->msg; returns -1. */
int hl_err_prefix(struct hl_err *err, const char *fmt, ...) HL_PRINTF(2, 3);
const char *hl_err_kind_name(enum hl_err_kind kind);

/* Growable byte buffer; data is always NUL-terminated for convenience. */
struct hl_buf {
    char *data;
    size_t len;
    size_t cap;
};

void hl_buf_init(struct hl_buf *b);
void hl_buf_fini(struct hl_buf *b);
void hl_buf_reset(struct hl_buf *b);
void hl_buf_reserve(struct hl_buf *b, size_t extra);
void hl_buf_append(struct hl_buf *b, const void *p, size_t n);
void hl_buf_puts(struct hl_buf *b, const char *s);
void hl_buf_putc(struct hl_buf *b, char c);
void hl_buf_printf(struct hl_buf *b, const char *fmt, ...) HL_PRINTF(2, 3);
/* Returns the buffer's memory (caller frees) and leaves b empty. */
char *hl_buf_steal(struct hl_buf *b);

/* Bump allocator for everything derived from one message; freed at once. */
struct hl_arena_block;
struct hl_arena {
    struct hl_arena_block *head;
    size_t total;
};

void hl_arena_init(struct hl_arena *a);
void hl_arena_fini(struct hl_arena *a);
void *hl_arena_alloc(struct hl_arena *a, size_t n);
char *hl_arena_strdup(struct hl_arena *a, const char *s);
char *hl_arena_strndup(struct hl_arena *a, const char *s, size_t n);
void *hl_arena_memdup(struct hl_arena *a, const void *p, size_t n);
char *hl_arena_printf(struct hl_arena *a, const char *fmt, ...) HL_PRINTF(2, 3);

/* Diagnostics in compiler format ("FILE:LINE: message"), collected so that a
 * check reports every problem, not just the first. */
struct hl_diag {
    char **lines;
    size_t n;
    size_t cap;
};

void hl_diag_init(struct hl_diag *d);
void hl_diag_fini(struct hl_diag *d);
void hl_diag_add(struct hl_diag *d, const char *file, int line, const char *fmt, ...)
    HL_PRINTF(4, 5);
/* Writes every line to stderr; returns the number of lines. */
size_t hl_diag_print(const struct hl_diag *d);

enum hl_log_level { HL_LOG_DEBUG, HL_LOG_INFO, HL_LOG_WARN, HL_LOG_ERROR };
void hl_log_set_level(enum hl_log_level level);
void hl_log(enum hl_log_level level, const char *fmt, ...) HL_PRINTF(2, 3);
#define hl_debug(...) hl_log(HL_LOG_DEBUG, __VA_ARGS__)
#define hl_info(...) hl_log(HL_LOG_INFO, __VA_ARGS__)
#define hl_warn(...) hl_log(HL_LOG_WARN, __VA_ARGS__)
#define hl_error(...) hl_log(HL_LOG_ERROR, __VA_ARGS__)

/* Reads a whole file (for secrets: trailing newline stripped).  Returns NULL and
 * sets err on failure; the caller frees. */
char *hl_read_file(const char *path, size_t *len_out, struct hl_err *err);
char *hl_read_secret(const char *path, struct hl_err *err);

/* Lower-case hex of a SHA-256 digest: out must hold 65 bytes. */
void hl_sha256_hex(const void *data, size_t len, char out[65]);

/* How long to wait after `failures` failures in a row (>= 1): 1 s, 2 s,
 * 4 s ... capped at max_s, less up to half at random so that many clients
 * failing together do not retry together. */
int64_t hl_backoff_ms(int failures, int max_s);

/* Monotonic and wall clocks in milliseconds. */
int64_t hl_now_mono_ms(void);

/* The wall clock every deadline decision reads, in Unix seconds.  Tests and
 * replays move it (hotlined --now): hl_clock_set(t) makes the clock read t
 * now and run on from there at the real pace.  Set once, before threads start. */
int64_t hl_clock_now(void);
void hl_clock_set(int64_t now);

/* Decodes the UTF-8 sequence at s (left > 0 bytes); returns its length, or 0
 * when invalid (overlong forms, surrogates and code points above U+10FFFF
 * included). */
size_t hl_utf8_next(const unsigned char *s, size_t left, int32_t *cp);

bool hl_str_has_prefix_ci(const char *s, const char *prefix);

/* An HMAC key from a secret into out[64] (SHA-256's block), as HMAC itself
 * would use it: a secret longer than the block is replaced by its digest.
 * Returns the key's length. */
size_t hl_hmac_key(const unsigned char *secret, size_t len, unsigned char out[64]);

/* Appends s as a JSON string literal (with quotes); NULL appends null.  The
 * one JSON escaper of the tree (reading JSON is jansson's job). */
void hl_buf_json_str(struct hl_buf *b, const char *s);
/* The same for the len bytes at s (a NUL among them is escaped). */
void hl_buf_json_strn(struct hl_buf *b, const char *s, size_t len);
#endif
