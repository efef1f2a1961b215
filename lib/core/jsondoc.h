/*
 * jsondoc: the JSON documents `hotlinectl ... --json` prints (docs/hotlinectl.md,
 * "JSON output"): the case list, one case with its messages, attachments,
 * events and outgoing mail, the mailboxes' health, and the outbox.
 *
 * PostgreSQL writes each document (json_build_object, json_agg) in one
 * read-only statement, so the values are the database's own, escaped by its
 * JSON encoder, and one snapshot.  Times are UTC, RFC 3339
 * ("2026-12-05T13:45:00Z"); absent values are null, never "".  Keys are only
 * ever added, never renamed or removed.
 *
 * Ownership: each function returns a heap string the caller frees.
 */
#ifndef HL_JSONDOC_H
#define HL_JSONDOC_H

#include "store.h"
#include "util.h"

/* {"count": N, "cases": [...]}, filtered like `case list`.  Returns 0, or -1
 * with err. */
int hl_jsondoc_cases(struct hl_store *s, const struct hl_case_filter *f, char **json_out,
                     struct hl_err *err);
/* {"case": {...}, "messages": [...], "events": [...], "outbox": [...]}.
 * Returns 0, 1 when there is no such case (*json_out NULL), -1 with err. */
int hl_jsondoc_case(struct hl_store *s, const char *code, char **json_out, struct hl_err *err);
/* {"mailboxes": [...]}: the columns of `mailbox status`. */
int hl_jsondoc_mailboxes(struct hl_store *s, char **json_out, struct hl_err *err);
/* {"outbox": [...]}, newest first, status NULL for any, at most limit rows. */
int hl_jsondoc_outbox(struct hl_store *s, const char *status, int limit, char **json_out,
                      struct hl_err *err);

#endif
