/*
 * fuzz_mime: libFuzzer target for hl_mime_parse() (headers, RFC 2047/2231,
 * multipart splitting, transfer and charset decoding, HTML reduction), with
 * fuzz.h's small limits.  Checks the contract on every input: text and
 * charset_note never NULL, every string valid UTF-8, every attachment's hash
 * matches its bytes, an over-limit message is also malformed.
 *
 *   bash scripts/fuzz.sh fuzz_mime          (builds build-fuzz/ with clang)
 *   build-fuzz/fuzz_mime CRASH-FILE         (replays one input)
 */
#include "charset.h"
#include "fuzz.h"
#include "mime.h"

#include <stdlib.h>
#include <string.h>

static void
check_str(const char *s)
{
    if (s != NULL && !hl_utf8_valid((const unsigned char *)s, strlen(s)))
        abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct hl_message *m = fuzz_parse(data, size);
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
