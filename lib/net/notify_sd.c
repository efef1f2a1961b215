/* notify: see notify.h.  The only user of libsystemd. */
#include "notify.h"

#include <systemd/sd-daemon.h>
#include <time.h>

void
hl_notify_ready(const char *status)
{
    sd_notifyf(0, "READY=1\nSTATUS=%s", status ? status : "serving");
}

void
hl_notify_stopping(void)
{
    sd_notify(0, "STOPPING=1\nSTATUS=stopping after the current batch");
}

void
hl_notify_reloading(void)
{
    /* MONOTONIC_USEC lets systemd match this reload to its request. */
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    sd_notifyf(0, "RELOADING=1\nMONOTONIC_USEC=%lld",
               (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000);
}

int64_t
hl_notify_watchdog_interval_ms(void)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
        return 0;
    int64_t ms = (int64_t)(usec / 2000);
    return ms > 0 ? ms : 1;
}

void
hl_notify_watchdog(void)
{
    sd_notify(0, "WATCHDOG=1");
}
