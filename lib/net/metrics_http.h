/*
 * metrics_http: the HTTP endpoint of metrics.h (libmicrohttpd, its own
 * thread).  GET /metrics answers the exposition text, GET /healthz 200
 * "serving" or 503 with the reason; anything else 404 (405 for a method
 * other than GET or HEAD).  It reads the registry only: a scrape never
 * touches the database or a mailbox.
 *
 * Ownership: the server owns its thread and socket until _stop.
 */
#ifndef HL_METRICS_HTTP_H
#define HL_METRICS_HTTP_H

#include "util.h"

struct hl_metrics_server;

/* Listens on listen ("HOST:PORT", see hl_metrics_parse_listen).  Returns
 * NULL with err (HL_ERR_CONFIG: the address is malformed or cannot be bound). */
struct hl_metrics_server *hl_metrics_server_start(const char *listen, struct hl_err *err);
/* Stops serving; accepts NULL and clears *s. */
void hl_metrics_server_stop(struct hl_metrics_server **s);

#endif
