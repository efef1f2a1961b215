/*
 * fuzz: what the libFuzzer targets in tests/fuzz share.  Each target is one
 * fuzz_*.c defining LLVMFuzzerTestOneInput; CMake links it with libFuzzer
 * (HL_FUZZ) or with replay.c (every other build).  The loaders' targets
 * (fuzz_rules, fuzz_config) write each input to a file in a private
 * temporary directory (fuzz_dir, fuzz_write), since the loaders read files.
 */
#ifndef HL_FUZZ_H
#define HL_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "mime.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* hl_mime_parse with small limits, so that a few KiB of input reach the
 * depth, part and header limits.  The caller frees the message. */
static inline struct hl_message *
fuzz_parse(const uint8_t *data, size_t size)
{
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    lim.max_depth = 8;
    lim.max_parts = 50;
    lim.max_header_bytes = 4096;
    lim.max_message_bytes = 1 << 20;
    return hl_mime_parse(data, size, &lim);
}

/* A private directory for this process, made on first use and removed with
 * the files named to fuzz_write at exit; a target that aborts (a finding)
 * leaves it behind with the input that did it. */
static char fuzz_dir_path[64];
static char fuzz_files[8][128];
static size_t fuzz_n_files;

static inline void
fuzz_cleanup(void)
{
    for (size_t i = 0; i < fuzz_n_files; i++)
        unlink(fuzz_files[i]);
    rmdir(fuzz_dir_path);
}

static inline const char *
fuzz_dir(void)
{
    if (fuzz_dir_path[0] == '\0') {
        snprintf(fuzz_dir_path, sizeof fuzz_dir_path, "/tmp/hl-fuzz-XXXXXX");
        if (mkdtemp(fuzz_dir_path) == NULL)
            abort();
        atexit(fuzz_cleanup);
    }
    return fuzz_dir_path;
}

/* Writes size bytes to fuzz_dir()/name, replacing what was there; returns
 * the path (static storage, one per name). */
static inline const char *
fuzz_write(const char *name, const void *data, size_t size)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", fuzz_dir(), name);
    size_t i = 0;
    while (i < fuzz_n_files && strcmp(fuzz_files[i], path) != 0)
        i++;
    if (i == fuzz_n_files) {
        if (fuzz_n_files == sizeof fuzz_files / sizeof fuzz_files[0])
            abort();
        snprintf(fuzz_files[fuzz_n_files++], sizeof fuzz_files[0], "%s", path);
    }
    FILE *f = fopen(path, "wb");
    if (f == NULL || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
        abort();
    return fuzz_files[i];
}

/* libconfig follows @include to any file, FIFOs and devices included, which
 * would make a fuzzer read /dev/zero or wait on a pipe: inputs are tried only
 * when every @include names a relative path made of [A-Za-z0-9_./-] with no
 * "..", that is a file of the fuzzing directory (or none). */
static inline bool
fuzz_includes_safe(const uint8_t *data, size_t size)
{
    for (size_t i = 0; i + 8 <= size; i++) {
        if (data[i] != '@' || strncasecmp((const char *)data + i + 1, "include", 7) != 0)
            continue;
        size_t j = i + 8;
        while (j < size && (data[j] == ' ' || data[j] == '\t'))
            j++;
        if (j >= size || data[j] != '"')
            continue; /* not an include libconfig would follow */
        size_t start = ++j;
        for (; j < size && data[j] != '"'; j++) {
            uint8_t c = data[j];
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '.' || c == '/' || c == '-';
            if (!ok)
                return false;
        }
        if (j == start || data[start] == '/')
            return false;
        for (size_t k = start; k + 1 < j; k++)
            if (data[k] == '.' && data[k + 1] == '.')
                return false;
    }
    return true;
}

#endif
