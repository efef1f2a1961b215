/*
 * fuzz: what the libFuzzer targets in tests/fuzz share.  Each target is one
 * fuzz_*.c defining LLVMFuzzerTestOneInput; CMake links it with libFuzzer
 * (HL_FUZZ) or with replay.c (every other build).
 */
#ifndef HL_FUZZ_H
#define HL_FUZZ_H

#include <stddef.h>
#include <stdint.h>

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

#endif
