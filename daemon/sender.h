/*
 * sender: hotlined's outbox thread.  One per daemon (several daemons share
 * the outbox through FOR UPDATE SKIP LOCKED): it runs the ladder and digest
 * passes every minute, answers status questions, and sends due outbox rows
 * until none is due, then naps a second or until a worker committed mail
 * (hl_sender_kick).  Failures back off up to intake.backoff_max.
 */
#ifndef HL_SENDER_H
#define HL_SENDER_H

#include <stdbool.h>

#include "config.h"

struct hl_bounce_key;
struct hl_sla_calendar;
struct hl_templates;
struct hl_trust_key;

struct hl_sender_params {
    const struct hl_config *cfg;
    const char *owner; /* claims outbox rows under this name */
    const struct hl_sla_calendar *calendar;
    const struct hl_templates *templates;
    const struct hl_bounce_key *bounce_key; /* NULL: outgoing mail is not signed */
    const struct hl_trust_key *reply_key;   /* NULL: reply tags are not signed */
};

/* Starts the thread (p is copied).  Returns 0, or -1 when it cannot. */
int hl_sender_start(const struct hl_sender_params *p);
/* Runs one pass in the calling thread (hotlined --once: what the pass
 * queued is sent before exiting). */
void hl_sender_run_once(const struct hl_sender_params *p);
/* New mail was committed: the sender looks at the outbox at once instead
 * of at its next tick (the acknowledgement's latency).  Any thread. */
void hl_sender_kick(void);
/* Asks the thread to stop after its current pass and wakes it. */
void hl_sender_stop(void);
/* Waits for the thread started by hl_sender_start. */
void hl_sender_join(void);

#endif
