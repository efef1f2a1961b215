/*
 * fuzz_dsn: libFuzzer target for what reads a parsed message after
 * hl_mime_parse(): the bounce reader hl_dsn_read_keyed() (without and with
 * a bounce key), the acknowledgement
 * checks hl_autoreply_check(), and the clerk's-answer reducer
 * hl_reply_text_extract() over the decoded body.  Seeds: tests/data/dsn and
 * tests/data/corpus.  Our domains are the samples' own, so the outbox id
 * clues (bounce+ID@, ENVID, our Message-IDs) are reachable.
 *
 * Checks the documented contracts on every input (autoreply.h, reply_text.h):
 *   - every hl_dsn string NUL-terminated inside its array, valid UTF-8, with
 *     no control character (C0, DEL, C1), no leading or trailing space;
 *     action one of the RFC 3464 words or ""; an outbox id > 0 exactly when
 *     "how" names a clue; "permanent" only for a failed, non-4.x.x report;
 *     nothing but zeroes when it is no DSN;
 *   - the verdict equals the returned check, its reason is NUL-terminated,
 *     drop only with own_loop;
 *   - the reply text is valid UTF-8 without CR, and when not empty ends in
 *     one "\n", starts with no blank line and holds no two blank lines.
 * A broken contract aborts, which libFuzzer reports like a crash.
 *
 *   bash scripts/fuzz.sh fuzz_dsn           (builds build-fuzz/ with clang)
 *   build-fuzz/fuzz_dsn CRASH-FILE          (replays one input)
 */
#include "autoreply.h"
#include "dsn.h"
#include "bounce.h"
#include "charset.h"
#include "fuzz.h"
#include "mime.h"
#include "reply_text.h"

#include <stdlib.h>
#include <string.h>

static const char *const our_domains[] = {"soxaydung.hanoi.example.vn", "caugiay.hanoi.example.vn"};
static const char *const own_addresses[] = {"gopy@soxaydung.hanoi.example.vn",
                                            "bounce@soxaydung.hanoi.example.vn"};

/* A field of struct hl_dsn: terminated inside its array, one clean line. */
static void
check_field(const char *s, size_t size)
{
    const char *end = memchr(s, '\0', size);
    if (end == NULL)
        abort();
    size_t n = (size_t)(end - s);
    const unsigned char *u = (const unsigned char *)s;
    if (!hl_utf8_valid(u, n))
        abort();
    for (size_t i = 0; i < n; i++) {
        if (u[i] < 0x20 || u[i] == 0x7f)
            abort();
        if (u[i] == 0xC2 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] < 0xA0)
            abort();
    }
    if (n > 0 && (s[0] == ' ' || s[n - 1] == ' '))
        abort();
}

static void
check_dsn(const struct hl_dsn *d)
{
    check_field(d->action, sizeof d->action);
    check_field(d->status, sizeof d->status);
    check_field(d->recipient, sizeof d->recipient);
    check_field(d->diagnostic, sizeof d->diagnostic);
    check_field(d->how, sizeof d->how);
    static const char *const actions[] = {"",          "failed",  "delayed",
                                          "delivered", "relayed", "expanded"};
    bool known = false;
    for (size_t i = 0; i < HL_NELEM(actions); i++)
        known = known || strcmp(d->action, actions[i]) == 0;
    if (!known)
        abort();
    if (d->outbox_id < 0 || (d->outbox_id > 0) != (d->how[0] != '\0'))
        abort();
    if (d->permanent && (strcmp(d->action, "failed") != 0 || d->status[0] == '4'))
        abort();
    if (d->untrusted_id < 0 || (d->untrusted_id > 0 && d->outbox_id > 0))
        abort();
    check_field(d->untrusted_how, sizeof d->untrusted_how);
    if (!d->is_dsn) {
        static const struct hl_dsn zero;
        if (memcmp(d, &zero, sizeof zero) != 0)
            abort();
    }
}

static void
check_reply_text(const char *text)
{
    struct hl_buf out;
    hl_buf_init(&out);
    hl_reply_text_extract(text, &out);
    const char *s = out.data != NULL ? out.data : "";
    if (strlen(s) != out.len || !hl_utf8_valid((const unsigned char *)s, out.len))
        abort();
    if (strchr(s, '\r') != NULL)
        abort();
    if (out.len > 0 && (s[out.len - 1] != '\n' || s[0] == '\n' || strstr(s, "\n\n\n") != NULL))
        abort();
    if (out.len > 1 && s[out.len - 2] == '\n')
        abort(); /* a trailing blank line */
    hl_buf_fini(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct hl_message *m = fuzz_parse(data, size);

    /* memset first: padding and the unused tails of the arrays must be
     * zero too for the "nothing but zeroes" check. */
    struct hl_dsn d;
    memset(&d, 0xA5, sizeof d);
    bool is_dsn = hl_dsn_read(m, our_domains, HL_NELEM(our_domains), &d);
    if (is_dsn != d.is_dsn)
        abort();
    check_dsn(&d);

    /* With a key the same bounce is the same DSN; only which row it may be
     * tied to changes. */
    static struct hl_bounce_key key;
    if (key.len == 0) {
        static const char secret[] = "fuzz-bounce-key-0123456789";
        struct hl_err err = {0};
        if (hl_bounce_key_init(&key, (const unsigned char *)secret, strlen(secret), &err) < 0)
            abort();
    }
    struct hl_dsn k;
    memset(&k, 0xA5, sizeof k);
    if (hl_dsn_read_keyed(m, our_domains, HL_NELEM(our_domains), &key, &k) != is_dsn)
        abort();
    check_dsn(&k);
    if (strcmp(k.action, d.action) != 0 || strcmp(k.status, d.status) != 0 ||
        k.permanent != d.permanent)
        abort();

    struct hl_autoreply_policy pol;
    hl_autoreply_policy_default(&pol);
    pol.loop_domain = our_domains[0];
    pol.own_addresses = own_addresses;
    pol.n_own = HL_NELEM(own_addresses);
    struct hl_autoreply_verdict v;
    memset(&v, 0xA5, sizeof v);
    enum hl_autoreply_check c = hl_autoreply_check(m, &pol, &v);
    if (c != v.check || memchr(v.reason, '\0', sizeof v.reason) == NULL)
        abort();
    if (v.drop && c != HL_AR_OWN_LOOP)
        abort();
    if (strcmp(hl_autoreply_check_name(c), "") == 0)
        abort();

    check_reply_text(m->text);
    hl_message_free(&m);
    return 0;
}
