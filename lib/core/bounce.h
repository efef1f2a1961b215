/*
 * bounce: the signed return path of outgoing mail.  Every mail names its
 * outbox row twice, in the envelope sender and in the DSN ENVID, so that a
 * bounce can be tied to the row:
 *
 *   with a key      bounce+ID-TAG@<unit domain>   ENVID hl-ID-TAG
 *   without a key   bounce+ID@<unit domain>       ENVID hl-ID
 *
 * TAG is the first HL_BOUNCE_TAG_LEN hex digits (lower case) of
 * HMAC-SHA256(key, ID written in decimal).  Row ids are sequential, so without
 * the tag anyone could forge a bounce that marks any citizen undeliverable;
 * with it, only whoever saw our mail for that very row knows its tag (64 bits:
 * guessing is out of reach).
 *
 * What this module does not do: read the key (config: hl_config_bounce_key),
 * find the clues in a bounce (autoreply), decide what a bounce changes
 * (the store).
 *
 * Ownership: struct hl_bounce_key is the caller's storage; hl_bounce_key_fini
 * wipes it.  Nothing else is kept.
 */
#ifndef HL_BOUNCE_H
#define HL_BOUNCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define HL_BOUNCE_KEY_MIN_BYTES 16
#define HL_BOUNCE_TAG_LEN 16
/* "hl-" + 19 digits + "-" + tag + NUL, rounded up. */
#define HL_BOUNCE_ENVID_SIZE 48

/* The HMAC key.  A secret longer than SHA-256's block is stored as its
 * digest, which is what HMAC does with it anyway. */
struct hl_bounce_key {
    unsigned char bytes[64];
    size_t len;
};

/* Makes key from secret.  Returns 0, or -1 with err (HL_ERR_CONFIG) when the
 * secret is shorter than HL_BOUNCE_KEY_MIN_BYTES; the secret never appears in
 * err. */
int hl_bounce_key_init(struct hl_bounce_key *key, const unsigned char *secret, size_t len,
                       struct hl_err *err);
/* Wipes key. */
void hl_bounce_key_fini(struct hl_bounce_key *key);

/* The tag of outbox row id (id > 0), NUL-terminated. */
void hl_bounce_tag(const struct hl_bounce_key *key, int64_t id, char out[HL_BOUNCE_TAG_LEN + 1]);

/* Appends the envelope sender for row id to out; key NULL: untagged. */
void hl_bounce_address(const struct hl_bounce_key *key, int64_t id, const char *domain,
                       struct hl_buf *out);

/* Writes the DSN ENVID for row id; key NULL: untagged. */
void hl_bounce_envid(const struct hl_bounce_key *key, int64_t id, char out[HL_BOUNCE_ENVID_SIZE]);

enum hl_bounce_ref {
    HL_BOUNCE_NOT_OURS,   /* not "ID" or "ID-TAG" */
    HL_BOUNCE_TRUSTED,    /* a verified tag, or no key configured */
    HL_BOUNCE_UNVERIFIED, /* names a row, but the tag is missing or wrong */
};

/* Reads the row reference s[0..n): what follows "bounce+" up to the '@', or
 * what follows "hl-" in an ENVID.  It is "ID" (1 to 18 digits, not 0) or
 * "ID-TAG".  With a key only a tag that verifies is trusted (compared in
 * constant time, hex digits in either case); without one, "ID" and
 * "ID-<HL_BOUNCE_TAG_LEN hex digits>" (mail signed before the key was
 * removed) are trusted as they always were.  *id_out is set unless the result
 * is HL_BOUNCE_NOT_OURS. */
enum hl_bounce_ref hl_bounce_parse(const struct hl_bounce_key *key, const char *s, size_t n,
                                   int64_t *id_out);

#endif
