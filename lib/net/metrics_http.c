/* metrics_http: see metrics_http.h.  The only user of libmicrohttpd. */
#include "metrics_http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "metrics.h"

struct hl_metrics_server {
    struct MHD_Daemon *daemon;
};

static enum MHD_Result
reply(struct MHD_Connection *c, unsigned status, const char *type, char *body, size_t len)
{
    /* MUST_FREE: libmicrohttpd frees body with free() once sent. */
    struct MHD_Response *r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
    if (r == NULL) {
        free(body);
        return MHD_NO;
    }
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    enum MHD_Result rc = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return rc;
}

static enum MHD_Result
handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
       const char *version, const char *upload, size_t *upload_size, void **state)
{
    (void)cls;
    (void)version;
    (void)upload;
    (void)upload_size;
    (void)state;
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
        return reply(c, MHD_HTTP_METHOD_NOT_ALLOWED, "text/plain; charset=utf-8",
                     hl_xstrdup("GET or HEAD only\n"), 17);
    if (strcmp(url, "/metrics") == 0) {
        struct hl_buf b;
        hl_buf_init(&b);
        hl_metrics_render(&b);
        size_t len = b.len;
        return reply(c, MHD_HTTP_OK, "text/plain; version=0.0.4; charset=utf-8", hl_buf_steal(&b),
                     len);
    }
    if (strcmp(url, "/healthz") == 0) {
        const char *why;
        bool ok = hl_metrics_healthy(hl_now_mono_ms(), &why);
        char *body = hl_xasprintf("%s\n", why);
        return reply(c, ok ? MHD_HTTP_OK : MHD_HTTP_SERVICE_UNAVAILABLE,
                     "text/plain; charset=utf-8", body, strlen(body));
    }
    return reply(c, MHD_HTTP_NOT_FOUND, "text/plain; charset=utf-8",
                 hl_xstrdup("not found: try /metrics or /healthz\n"), 36);
}

struct hl_metrics_server *
hl_metrics_server_start(const char *listen, struct hl_err *err)
{
    char host[64];
    int port;
    if (hl_metrics_parse_listen(listen, host, sizeof host, &port) < 0) {
        hl_err_set(err, HL_ERR_CONFIG, "metrics.listen \"%s\" is not a numeric HOST:PORT", listen);
        return NULL;
    }
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    if (strchr(host, ':') != NULL) {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
        a->sin6_family = AF_INET6;
        a->sin6_port = htons((uint16_t)port);
        inet_pton(AF_INET6, host, &a->sin6_addr);
        flags |= MHD_USE_IPv6;
    } else {
        struct sockaddr_in *a = (struct sockaddr_in *)&ss;
        a->sin_family = AF_INET;
        a->sin_port = htons((uint16_t)port);
        inet_pton(AF_INET, host, &a->sin_addr);
    }
    /* A scrape is small and local: few connections, short timeouts, so a
     * stuck client cannot hold the endpoint. */
    struct MHD_Daemon *d =
        MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, handle, NULL, MHD_OPTION_SOCK_ADDR,
                         (const struct sockaddr *)&ss, MHD_OPTION_CONNECTION_LIMIT, (unsigned)16,
                         MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)10, MHD_OPTION_END);
    if (d == NULL) {
        hl_err_set(err, HL_ERR_CONFIG, "metrics.listen %s: cannot listen there (%s)", listen,
                   strerror(errno ? errno : EADDRINUSE));
        return NULL;
    }
    struct hl_metrics_server *s = hl_xcalloc(1, sizeof *s);
    s->daemon = d;
    return s;
}

void
hl_metrics_server_stop(struct hl_metrics_server **s)
{
    if (s == NULL || *s == NULL)
        return;
    MHD_stop_daemon((*s)->daemon);
    free(*s);
    *s = NULL;
}
