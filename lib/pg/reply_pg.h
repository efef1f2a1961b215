/*
 * reply_pg: the store's half of reply.h.  Reads the cases a batch's replies
 * name (hl_store_ops.case_views) and turns a reply plan into ins_sql's
 * parameters; ins_sql only writes them down, after checking that the case is
 * still what the plan was made on (HL_REPLY_PG_VIEW = the view's JSON, else
 * hl_case_changed aborts the batch, schema/014).
 */
#ifndef HL_REPLY_PG_H
#define HL_REPLY_PG_H

#include <stdbool.h>
#include <stddef.h>

#include "intake.h"

/* The case K (the successor of K0, the case a mail names) as a jsonb
 * object, the same one hl_reply_pg_view_json writes from a struct
 * hl_case_view: what the commit compares. */
/* clang-format off */
#define HL_REPLY_PG_VIEW(K0, K)                                                                    \
    "jsonb_build_object('code', " K ".code, 'unit', " K ".unit_code, 'status', " K ".status,"      \
    " 'citizen', " K ".citizen_address, 'named_citizen', " K0 ".citizen_address,"                  \
    " 'undeliverable', " K ".citizen_undeliverable, 'answered', " K ".first_response_at"           \
    " IS NOT NULL, 'kind', " K ".kind, 'accused', " K ".accused_unit, 'clerks', coalesce((SELECT"  \
    " to_jsonb(u.clerks) FROM units u WHERE u.code = " K ".unit_code), '[]'),"                     \
    " 'unverified_recent', " HL_REPLY_PG_UNVERIFIED_RECENT(K) ")"
/* An "unverified" notice about K went out within the hour. */
#define HL_REPLY_PG_UNVERIFIED_RECENT(K)                                                           \
    "EXISTS (SELECT 1 FROM outbox o WHERE o.case_id = " K ".id AND o.kind = 'unverified'"          \
    " AND o.created_at > now() - interval '1 hour')"
/* clang-format on */

/* hl_store_ops.case_views over a struct hl_store. */
int hl_reply_pg_case_views(void *store, const char *const *codes, size_t n, struct hl_arena *a,
                           struct hl_case_view *views, struct hl_err *err);

/* ins_sql's parameters of the reply ($49 on), in order: role, the view's
 * JSON, flag reason, unverified notice recipients (text[]), answer?,
 * relay recipient, status to, resolve?, first response?, why not relayed,
 * internal note?, notice recipients (text[]), the event's kind. */
#define HL_REPLY_PG_N_PARAMS 13
/* Fills v[0..HL_REPLY_PG_N_PARAMS) for it (strings in a). */
void hl_reply_pg_params(const struct hl_intake_item *it, struct hl_arena *a, const char **v);

#endif
