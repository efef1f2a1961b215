/*
 * notify: tells the service manager how hotlined is doing (systemd's
 * sd_notify protocol, Type=notify in hotlined.service).  Without
 * $NOTIFY_SOCKET (not started by systemd) every call does nothing, so the
 * daemon calls them unconditionally.
 *
 * Does not: decide when the daemon is ready or healthy; the caller does.
 */
#ifndef HL_NOTIFY_H
#define HL_NOTIFY_H

#include <stdint.h>

/* READY=1 with a STATUS= line: the daemon serves. */
void hl_notify_ready(const char *status);
/* STOPPING=1: the daemon has begun to stop. */
void hl_notify_stopping(void);
/* RELOADING=1 / READY=1 around a reload (systemd 253 and later show it). */
void hl_notify_reloading(void);
/* How often to ping the watchdog, in milliseconds (half of WatchdogSec=), or
 * 0 when the unit has no watchdog. */
int64_t hl_notify_watchdog_interval_ms(void);
/* WATCHDOG=1: the main loop is alive. */
void hl_notify_watchdog(void);

#endif
