/*
 * fuzz_mime: libFuzzer target for hl_mime_parse() (headers, RFC 2047/2231,
 * multipart splitting, transfer and charset decoding, HTML reduction).
 * Small limits so that the depth, part and header limits are exercised.
 * Checks the contract on every input: text and charset_note never NULL,
 * every string valid UTF-8, every attachment's hash matches its bytes.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE -Ilib \
 *       tests/fuzz/fuzz_mime.c lib/mime.c lib/charset.c lib/html.c lib/util.c \
 *       -lcrypto -lutf8proc -o fuzz_mime
 *   ./fuzz_mime -max_total_time=60 tests/data/corpus
 */
#include "charset.h"
#include "mime.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_str(const char *s)
{
    if (s != NULL && !hl_utf8_valid((const unsigned char *)s, strlen(s)))
        abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct hl_mime_limits lim;
    hl_mime_limits_default(&lim);
    lim.max_depth = 8;
    lim.max_parts = 50;
    lim.max_header_bytes = 4096;
    lim.max_message_bytes = 1 << 20;
    struct hl_message *m = hl_mime_parse(data, size, &lim);
    if (m->text == NULL || m->charset_note == NULL)
        abort();
    check_str(m->text);
    check_str(m->subject);
    check_str(m->from.name);
    check_str(m->from.address);
    check_str(m->problems);
    for (size_t i = 0; i < m->n_headers; i++)
        check_str(m->headers[i].value);
    for (size_t i = 0; i < m->n_atts; i++) {
        char hex[65];
        hl_sha256_hex(m->atts[i].data, m->atts[i].size, hex);
        if (strcmp(hex, m->atts[i].sha256) != 0)
            abort();
        check_str(m->atts[i].filename);
    }
    if ((m->flags & HL_MSG_OVER_LIMIT) && !(m->flags & HL_MSG_MALFORMED))
        abort();
    hl_message_free(&m);
    return 0;
}
