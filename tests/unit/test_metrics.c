/* The metrics registry and its exposition text (lib/core/metrics.c): counters,
 * gauges and histograms with labels, rendered in the Prometheus text format
 * 0.0.4; label escaping; updates from several threads add up; the health
 * rule behind /healthz. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "metrics.h"

static char *
render(void)
{
    struct hl_buf b;
    hl_buf_init(&b);
    hl_metrics_render(&b);
    return hl_buf_steal(&b);
}

static bool
has_line(const char *text, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = text; (p = strstr(p, line)) != NULL; p++)
        if ((p == text || p[-1] == '\n') && p[n] == '\n')
            return true;
    return false;
}

static size_t
count(const char *text, const char *needle)
{
    size_t n = 0;
    for (const char *p = text; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

/* Every line is a comment or "name[{labels}] value" with a known value form. */
static bool
well_formed(const char *text)
{
    const char *p = text;
    while (*p) {
        const char *end = strchr(p, '\n');
        if (end == NULL)
            return false; /* the format ends every line, the last one too */
        if (*p != '#') {
            const char *q = p;
            if (!((*q >= 'a' && *q <= 'z') || *q == '_'))
                return false;
            while (q < end && ((*q >= 'a' && *q <= 'z') || *q == '_' || (*q >= '0' && *q <= '9')))
                q++;
            if (*q == '{') {
                while (q < end && *q != '}') {
                    if (*q == '\\')
                        q++;
                    q++;
                }
                q++;
            }
            if (*q != ' ')
                return false;
            char *num_end;
            q++;
            if (strncmp(q, "+Inf", 4) == 0 || strncmp(q, "NaN", 3) == 0)
                num_end = (char *)q + (q[0] == '+' ? 4 : 3);
            else
                strtod(q, &num_end);
            if (num_end != end || num_end == q)
                return false;
        }
        p = end + 1;
    }
    return true;
}

static void *
bump(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10000; i++) {
        hl_metrics_add(HL_M_MESSAGES_INGESTED, "so-xd", NULL, 1);
        hl_metrics_observe(HL_M_INTAKE_BATCH_SECONDS, "so-xd", NULL, 0.02);
    }
    return NULL;
}

int
main(void)
{
    /* An empty registry: every metric has HELP and TYPE; those without
     * labels show 0. */
    char *t = render();
    CHECK(count(t, "# TYPE ") == HL_M_COUNT);
    CHECK(has_line(t, "# TYPE hotline_messages_ingested_total counter"));
    CHECK(has_line(t, "# TYPE hotline_intake_batch_duration_seconds histogram"));
    CHECK(has_line(t, "# TYPE hotline_outbox_queue_depth gauge"));
    CHECK(has_line(t, "hotline_rules_reload_failures_total 0"));
    CHECK(has_line(t, "hotline_workers_busy 0"));
    CHECK(has_line(t, "hotline_healthy 0"));
    CHECK(strstr(t, "hotline_messages_ingested_total{") == NULL);
    CHECK(well_formed(t));
    free(t);

    hl_metrics_declare_mailbox("so-xd");
    hl_metrics_add(HL_M_MESSAGES_INGESTED, "so-xd", NULL, 3);
    hl_metrics_add(HL_M_MESSAGES_FLAGGED, "so-xd", NULL, 1);
    hl_metrics_add(HL_M_ERRORS, "so-xd", "temporary", 2);
    hl_metrics_set(HL_M_MAILBOX_LAST_SUCCESS, "so-xd", NULL, 1764930000);
    hl_metrics_set(HL_M_OUTBOX_QUEUE, "ack", "pending", 7);
    hl_metrics_set(HL_M_OUTBOX_QUEUE, "ack", "sent", 12);
    hl_metrics_set(HL_M_OUTBOX_OLDEST, NULL, NULL, 1.5);
    hl_metrics_add(HL_M_OUTBOX_SENT, "forward", "temporary", 1);
    hl_metrics_add(HL_M_LADDER_STEPS, "head", NULL, 1);
    /* A label value with the three characters the format escapes. */
    hl_metrics_add(HL_M_LADDER_STEPS, "a\"b\\c\nd", NULL, 2);
    hl_metrics_observe(HL_M_INTAKE_BATCH_SECONDS, "so-xd", NULL, 0.01); /* le is inclusive */
    hl_metrics_observe(HL_M_INTAKE_BATCH_SECONDS, "so-xd", NULL, 0.3);
    hl_metrics_observe(HL_M_INTAKE_BATCH_SECONDS, "so-xd", NULL, 100);
    hl_metrics_set_workers(4, 1);
    hl_metrics_rules_loaded();
    hl_metrics_rules_loaded();
    hl_metrics_rules_reload_failed();

    t = render();
    CHECK(has_line(t, "hotline_messages_ingested_total{mailbox=\"so-xd\"} 3"));
    CHECK(has_line(t, "hotline_messages_flagged_total{mailbox=\"so-xd\"} 1"));
    CHECK(has_line(t, "hotline_messages_duplicate_total{mailbox=\"so-xd\"} 0"));
    CHECK(has_line(t, "hotline_intake_errors_total{mailbox=\"so-xd\",kind=\"temporary\"} 2"));
    CHECK(has_line(t, "hotline_intake_errors_total{mailbox=\"so-xd\",kind=\"config\"} 0"));
    CHECK(has_line(t, "hotline_mailbox_last_success_timestamp_seconds{mailbox=\"so-xd\"} "
                      "1764930000"));
    CHECK(has_line(t, "hotline_outbox_queue_depth{kind=\"ack\",status=\"pending\"} 7"));
    CHECK(has_line(t, "hotline_outbox_queue_depth{kind=\"ack\",status=\"sent\"} 12"));
    CHECK(has_line(t, "hotline_outbox_oldest_pending_age_seconds 1.5"));
    CHECK(
        has_line(t, "hotline_outbox_send_results_total{kind=\"forward\",result=\"temporary\"} 1"));
    CHECK(has_line(t, "hotline_ladder_steps_total{step=\"head\"} 1"));
    CHECK(has_line(t, "hotline_ladder_steps_total{step=\"a\\\"b\\\\c\\nd\"} 2"));
    CHECK(has_line(t, "hotline_intake_batch_duration_seconds_bucket{mailbox=\"so-xd\",le=\"0.01\"} "
                      "1"));
    CHECK(has_line(t, "hotline_intake_batch_duration_seconds_bucket{mailbox=\"so-xd\",le=\"0.25\"} "
                      "1"));
    CHECK(has_line(t, "hotline_intake_batch_duration_seconds_bucket{mailbox=\"so-xd\",le=\"0.5\"} "
                      "2"));
    CHECK(has_line(t, "hotline_intake_batch_duration_seconds_bucket{mailbox=\"so-xd\",le=\"30\"} "
                      "2"));
    CHECK(has_line(t, "hotline_intake_batch_duration_seconds_bucket{mailbox=\"so-xd\",le=\"+Inf\"} "
                      "3"));
    CHECK(has_line(t, "hotline_intake_batch_duration_seconds_sum{mailbox=\"so-xd\"} 100.31"));
    CHECK(has_line(t, "hotline_intake_batch_duration_seconds_count{mailbox=\"so-xd\"} 3"));
    /* Declared but never observed: all buckets at 0. */
    CHECK(has_line(t, "hotline_intake_commit_latency_seconds_count{mailbox=\"so-xd\"} 0"));
    CHECK(has_line(t, "hotline_workers 4"));
    CHECK(has_line(t, "hotline_workers_busy 1"));
    CHECK(has_line(t, "hotline_rules_generation 2"));
    CHECK(has_line(t, "hotline_rules_reload_failures_total 1"));
    CHECK(well_formed(t));
    /* HELP and TYPE come once per metric, before its samples. */
    CHECK(count(t, "# HELP hotline_intake_errors_total ") == 1);
    const char *type = strstr(t, "# TYPE hotline_intake_errors_total counter\n");
    const char *sample = strstr(t, "hotline_intake_errors_total{");
    CHECK(type != NULL && sample != NULL && type < sample);
    free(t);

    /* Four threads, 10,000 updates each: nothing lost. */
    hl_metrics_reset();
    pthread_t th[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&th[i], NULL, bump, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(th[i], NULL);
    CHECK(hl_metrics_value(HL_M_MESSAGES_INGESTED, "so-xd", NULL) == 40000);
    t = render();
    CHECK(has_line(t, "hotline_intake_batch_duration_seconds_count{mailbox=\"so-xd\"} 40000"));
    CHECK(has_line(t, "hotline_intake_batch_duration_seconds_bucket{mailbox=\"so-xd\",le=\"0.01\"} "
                      "0"));
    CHECK(has_line(t,
                   "hotline_intake_batch_duration_seconds_bucket{mailbox=\"so-xd\",le=\"0.025\"} "
                   "40000"));
    free(t);

    /* Health: not before ready; ready and a fresh heartbeat; stale after
     * stale_after; not once stopping. */
    hl_metrics_reset();
    const char *why = NULL;
    CHECK(!hl_metrics_healthy(hl_now_mono_ms(), &why));
    CHECK(why != NULL && strstr(why, "starting") != NULL);
    hl_metrics_set_ready(true, 60);
    int64_t now = hl_now_mono_ms();
    CHECK(hl_metrics_healthy(now, &why));
    CHECK(hl_metrics_healthy(now + 59000, NULL));
    CHECK(!hl_metrics_healthy(now + 61000, &why));
    CHECK(why != NULL && strstr(why, "stale_after") != NULL);
    t = render();
    CHECK(has_line(t, "hotline_healthy 1"));
    free(t);
    hl_metrics_set_ready(false, 0);
    CHECK(!hl_metrics_healthy(now, NULL));

    /* metrics.listen: numeric addresses and a port, nothing else. */
    char host[64];
    int port = 0;
    CHECK(hl_metrics_parse_listen("127.0.0.1:9154", host, sizeof host, &port) == 0);
    CHECK_STR(host, "127.0.0.1");
    CHECK(port == 9154);
    CHECK(hl_metrics_parse_listen("[::1]:80", host, sizeof host, &port) == 0);
    CHECK_STR(host, "::1");
    CHECK(port == 80);
    CHECK(hl_metrics_parse_listen("0.0.0.0:65535", host, sizeof host, &port) == 0);
    static const char *const bad[] = {"localhost:9154", "127.0.0.1",       "127.0.0.1:", ":9154",
                                      "127.0.0.1:0",    "127.0.0.1:65536", "::1:9154",   "[::1]",
                                      "[127.0.0.1]:1",  "1.2.3.4:12a",     "1.2.3.4:-1", "[]:1"};
    for (size_t i = 0; i < HL_NELEM(bad); i++)
        CHECK(hl_metrics_parse_listen(bad[i], host, sizeof host, &port) < 0);

    hl_metrics_reset();
    return check_report();
}
