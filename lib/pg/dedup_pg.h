/*
 * dedup_pg: one case for one letter in PostgreSQL (dedup.h has the rule and
 * the clerks' link and merge).  What only the other *_pg.c files need.
 */
#ifndef HL_DEDUP_PG_H
#define HL_DEDUP_PG_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>

#include "intake.h"

/* Queues, on c's pipeline, the statement that takes the letters' locks
 * (hl_letter_lock) of the items that would open a case with a key (not
 * those stored raw only, minimal[i]; minimal may be NULL).  It must be the
 * first statement of the batch's transaction, so that the statements after
 * it see what another transaction committed under those keys.  Returns 1
 * when queued (one result of one row follows), 0 when there is nothing to
 * lock (dedup_days 0, or no keys), -1 when it could not be sent. */
int hl_dedup_pg_queue_lock(PGconn *c, const struct hl_intake_item *items, size_t n,
                           const bool *minimal, int dedup_days);

/* The ids whose messages and events a case shows: itself and the cases
 * merged into it.  ID is an SQL expression of the case's id. */
#define HL_DEDUP_FAMILY(ID)                                                                        \
    "(SELECT " ID " UNION ALL SELECT id FROM cases WHERE merged_into = " ID ")"

#endif
