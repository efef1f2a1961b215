/*
 * thread: the tags that thread mail back to its case, written into the mail we
 * send and read from incoming mail.
 *
 * Case tags: "PREFIX-YYYY-NNNNNN" (PREFIX from the configuration, default "HL",
 * letters and digits).  Found case-insensitively anywhere in a subject (so
 * behind any chain of Re:/RE:/TL:/Fwd:/FW:/VS:/AW:, with or without brackets),
 * in a body reference marker "[Mã phản ánh: HL-2026-000123]" that survives
 * clients which drop headers, or in one of our Message-IDs
 * "<hl.HL-2026-000123.KIND.OUTBOXID@domain>" named by In-Reply-To/References.
 *
 * We write a tag three ways: the subject "[CODE] ..." (hl_thread_tag_subject),
 * the body marker (hl_thread_marker) and our Message-ID
 * (hl_thread_message_id); the readers below find each of them again.
 *
 * Pure: no I/O.  Ownership: output goes to the caller's buffers; inputs are
 * borrowed.
 */
#ifndef HL_THREAD_H
#define HL_THREAD_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/* Longest case code: a 16-character prefix, "-YYYY-NNNNNN" and the NUL. */
#define HL_CASE_CODE_MAX 32

/* "<hl.CASE.KIND.ID@domain>" into out.  case_code must be a case code, kind
 * lower-case letters, outbox_id letters/digits, domain a valid domain.
 * Returns 0, or -1 with err. */
int hl_thread_message_id(const char *case_code, const char *kind, const char *outbox_id,
                         const char *domain, struct hl_buf *out, struct hl_err *err);

/* Finds the first case code with this prefix in text (a subject or a body):
 * case-insensitive, not glued to surrounding letters or digits.  Writes the
 * canonical upper-case code to out (HL_CASE_CODE_MAX bytes) and returns true. */
bool hl_thread_find_case(const char *text, const char *prefix, char *out, size_t out_size);

/* Finds the body reference marker "[Mã phản ánh: CODE]" (also without
 * diacritics, "[Ma phan anh: CODE]", or "[Case: CODE]").  Stricter than
 * hl_thread_find_case: a code merely mentioned in a body does not count. */
bool hl_thread_find_marker(const char *body, const char *prefix, char *out, size_t out_size);

/* Finds a case code in one of our Message-IDs among a msg-id list
 * (In-Reply-To or References), only for ids whose domain is ours. */
bool hl_thread_find_case_in_ids(const char *ids, const char *prefix, const char *domain, char *out,
                                size_t out_size);

/* Length of the marker "[Label: CODE]" starting at p (p[0] == '['), 0 when
 * there is none; *code and *code_len locate the code.  prefix NULL: any
 * case code prefix. */
size_t hl_thread_marker_at(const char *p, const char *prefix, const char **code, size_t *code_len);

/* The marker put at the end of every body we send. */
void hl_thread_marker(const char *case_code, struct hl_buf *out);

/* Subject for mail about a case: "[CODE] subject", with reply prefixes
 * (Re:, TL:, Fwd: ...) and any old copy of the tag removed from subject. */
void hl_thread_tag_subject(const char *case_code, const char *subject, const char *prefix,
                           struct hl_buf *out);

/* Pointer past any chain of reply/forward prefixes ("Re: TL: Fwd: ..."). */
const char *hl_thread_strip_prefixes(const char *subject);

#endif
