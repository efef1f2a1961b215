/*
 * mime_dump: parses one message with hl_mime_parse() and prints the decoded
 * result as one JSON object (for tests/unit/test_corpus_decode.py and for a
 * human looking at a problem message).
 *
 *   mime_dump [--max-bytes N] [--max-depth N] [--max-parts N] [--max-header N]
 *             [--repeat N] FILE|-
 *   mime_dump --batch FILE|-
 *
 * --batch reads records "LENGTH\n" + LENGTH bytes until the end of input
 * and prints each message's JSON followed by a line holding only "\x1e"
 * (RS): the truncation tests parse thousands of small inputs, and a process
 * each costs more than the parse, under ASan most of all.
 * --repeat parses the message N times first and reports the rate on stderr
 * (a rough throughput check; the JSON is still printed once).
 * Exit: 0 on success (whatever the message), 2 on usage or read error.
 */
#include "mime.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void
json_str(FILE *f, const char *s)
{
    if (s == NULL) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"':
            fputs("\\\"", f);
            break;
        case '\\':
            fputs("\\\\", f);
            break;
        case '\n':
            fputs("\\n", f);
            break;
        case '\r':
            fputs("\\r", f);
            break;
        case '\t':
            fputs("\\t", f);
            break;
        default:
            if (*p < 0x20 || *p == 0x7F)
                fprintf(f, "\\u%04x", *p);
            else
                fputc(*p, f);
        }
    }
    fputc('"', f);
}

static void
json_addr(FILE *f, const struct hl_addr *a)
{
    fputs("{\"name\": ", f);
    json_str(f, a->name);
    fputs(", \"address\": ", f);
    json_str(f, a->address);
    fputc('}', f);
}

static void
json_addrs(FILE *f, const struct hl_addr *v, size_t n)
{
    fputc('[', f);
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputs(", ", f);
        json_addr(f, &v[i]);
    }
    fputc(']', f);
}

static unsigned char *
read_all(const char *path, size_t *len_out)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 65536, len = 0;
    unsigned char *buf = malloc(cap);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        if (buf == NULL)
            abort();
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0)
            break;
    }
    if (f != stdin)
        fclose(f);
    *len_out = len;
    return buf;
}

static void
dump(FILE *f, const struct hl_message *m)
{
    fputs("{\n  \"from\": ", f);
    json_addr(f, &m->from);
    fputs(",\n  \"to\": ", f);
    json_addrs(f, m->to, m->n_to);
    fputs(",\n  \"cc\": ", f);
    json_addrs(f, m->cc, m->n_cc);
    fputs(",\n  \"subject\": ", f);
    json_str(f, m->subject);
    fputs(",\n  \"message_id\": ", f);
    json_str(f, m->message_id);
    fputs(",\n  \"in_reply_to\": ", f);
    json_str(f, m->in_reply_to);
    fputs(",\n  \"references\": ", f);
    json_str(f, m->references);
    fputs(",\n  \"date\": ", f);
    json_str(f, m->date);
    fputs(",\n  \"delivered_to\": ", f);
    json_str(f, m->delivered_to);
    fputs(",\n  \"flags\": [", f);
    const char *sep = "";
    if (m->flags & HL_MSG_MALFORMED) {
        fprintf(f, "%s\"malformed\"", sep);
        sep = ", ";
    }
    if (m->flags & HL_MSG_OVER_LIMIT) {
        fprintf(f, "%s\"over_limit\"", sep);
        sep = ", ";
    }
    if (m->flags & HL_MSG_CHARSET_FALLBACK)
        fprintf(f, "%s\"charset_fallback\"", sep);
    fputs("],\n  \"charset_note\": ", f);
    json_str(f, m->charset_note);
    fputs(",\n  \"problems\": [", f);
    if (m->problems) {
        const char *p = m->problems;
        bool first = true;
        while (*p) {
            const char *nl = strchr(p, '\n');
            size_t l = nl ? (size_t)(nl - p) : strlen(p);
            char *line = strndup(p, l);
            fputs(first ? "" : ", ", f);
            json_str(f, line);
            free(line);
            first = false;
            p += l;
            if (*p == '\n')
                p++;
        }
    }
    fputs("],\n  \"attachments\": [", f);
    for (size_t i = 0; i < m->n_atts; i++) {
        const struct hl_attachment *a = &m->atts[i];
        fputs(i ? ",\n    {" : "\n    {", f);
        fputs("\"filename\": ", f);
        json_str(f, a->filename);
        fputs(", \"content_type\": ", f);
        json_str(f, a->content_type);
        fprintf(f, ", \"size\": %zu, \"sha256\": ", a->size);
        json_str(f, a->sha256);
        fputc('}', f);
    }
    fputs(m->n_atts ? "\n  ],\n  \"headers\": [" : "],\n  \"headers\": [", f);
    for (size_t i = 0; i < m->n_headers; i++) {
        fputs(i ? ",\n    [" : "\n    [", f);
        json_str(f, m->headers[i].name);
        fputs(", ", f);
        json_str(f, m->headers[i].value);
        fputc(']', f);
    }
    fputs(m->n_headers ? "\n  ],\n  \"text\": " : "],\n  \"text\": ", f);
    json_str(f, m->text);
    fputs("\n}\n", f);
}

static int
dump_records(const unsigned char *buf, size_t len, const struct hl_mime_limits *lim)
{
    size_t i = 0;
    while (i < len) {
        size_t n = 0, j = i;
        while (j < len && buf[j] >= '0' && buf[j] <= '9' && n < ((size_t)1 << 40))
            n = n * 10 + (size_t)(buf[j++] - '0');
        if (j == i || j >= len || buf[j] != '\n' || n > len - j - 1) {
            fprintf(stderr, "mime_dump: --batch: bad record header at byte %zu\n", i);
            return 2;
        }
        struct hl_message *m = hl_mime_parse(buf + j + 1, n, lim);
        dump(stdout, m);
        hl_message_free(&m);
        fputs("\x1e\n", stdout);
        i = j + 1 + n;
    }
    return 0;
}

int
main(int argc, char **argv)
{
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    long repeat = 0;
    bool batch = false;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_val = i + 1 < argc;
        if (strcmp(a, "--max-bytes") == 0 && has_val)
            lim.max_message_bytes = strtoul(argv[++i], NULL, 10);
        else if (strcmp(a, "--max-depth") == 0 && has_val)
            lim.max_depth = (int)strtol(argv[++i], NULL, 10);
        else if (strcmp(a, "--max-parts") == 0 && has_val)
            lim.max_parts = (int)strtol(argv[++i], NULL, 10);
        else if (strcmp(a, "--max-header") == 0 && has_val)
            lim.max_header_bytes = strtoul(argv[++i], NULL, 10);
        else if (strcmp(a, "--batch") == 0)
            batch = true;
        else if (strcmp(a, "--repeat") == 0 && has_val)
            repeat = strtol(argv[++i], NULL, 10);
        else if (path == NULL && (a[0] != '-' || a[1] == '\0'))
            path = a;
        else {
            fprintf(stderr, "usage: mime_dump [--max-bytes N] [--max-depth N] [--max-parts N] "
                            "[--max-header N] [--repeat N] FILE|-\n");
            return 2;
        }
    }
    if (path == NULL) {
        fprintf(stderr, "mime_dump: no file given\n");
        return 2;
    }
    size_t len;
    unsigned char *raw = read_all(path, &len);
    if (raw == NULL) {
        perror(path);
        return 2;
    }
    if (batch) {
        int rc = dump_records(raw, len, &lim);
        free(raw);
        return rc;
    }
    if (repeat > 0) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (long i = 0; i < repeat; i++) {
            struct hl_message *m = hl_mime_parse(raw, len, &lim);
            hl_message_free(&m);
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        fprintf(stderr, "%ld parses in %.3f s: %.0f messages/s, %.1f MB/s\n", repeat, s,
                (double)repeat / s, (double)repeat * (double)len / s / 1e6);
    }
    struct hl_message *m = hl_mime_parse(raw, len, &lim);
    dump(stdout, m);
    hl_message_free(&m);
    free(raw);
    return 0;
}
