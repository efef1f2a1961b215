/*
 * smtp_etpan: the mailer seam (mailer.h) over libetpan's SMTP client.
 *
 * Connection: open() only copies the configuration and the password; the
 * first send connects (TCP with our own timeout, then implicit TLS, STARTTLS
 * or plaintext), says EHLO with cfg->helo (or the host name), verifies the
 * peer certificate, says EHLO again after STARTTLS, and authenticates when a
 * user is configured.  Later sends reuse the session after an RSET; an RSET
 * that finds the connection dead (relays close idle sessions) reconnects
 * once, which is safe because nothing of the new message was sent yet.  Any
 * network error drops the session so that the next send starts afresh.
 *
 * Security: libetpan verifies nothing, so after the TLS handshake and before
 * the second EHLO or AUTH the peer chain goes through hl_tls_verify_chain; a
 * refusal closes the socket without another word.  The password is copied,
 * wiped on close, and never written to a reply or a log.  Message bodies are
 * never logged.  Plaintext a server sends after its STARTTLS answer is
 * treated as an injection attempt (CVE-2020-15953: Debian's libetpan refuses
 * it with MAILSMTP_ERROR_SSL, upstream 1.9.4 does not; we check either way).
 *
 * Results: a 5xx to MAIL, RCPT or DATA is HL_SEND_PERM, a 4xx HL_SEND_TEMP.
 * Everything that goes wrong before MAIL FROM (connect, greeting, EHLO,
 * STARTTLS missing, an untrusted certificate, AUTH refused) is about the
 * relay, not the message, so it is HL_SEND_TEMP even when the relay said 5xx:
 * the operator fixes trust or credentials and the outbox retries, instead of
 * every queued message failing for good.  Network errors are HL_SEND_TEMP.
 *
 * Recipients: if some recipients get a 5xx and at least one is accepted, the
 * message goes to the accepted ones and the result is HL_SEND_OK with the
 * refusals appended to the reply; the refused addresses cannot succeed later.
 * If any recipient gets a 4xx, the transaction is abandoned (RSET) and the
 * result is HL_SEND_TEMP: the seam cannot retry a subset, and sending now
 * would either lose the deferred recipient or duplicate mail on the retry.
 *
 * Wire format: libetpan's mailsmtp_data_message (mailstream_send_data)
 * turns bare LF and bare CR into CRLF, doubles a leading "." on every line,
 * and then writes "\r\n.\r\n".  Because of that last step the message's own
 * final line ending is removed first, otherwise the relay would store an
 * extra empty line.  Limits: addresses are at most 254 bytes without
 * controls, spaces or angle brackets, and the ENVID at most 100 bytes after
 * xtext encoding (RFC 3461), which keeps every command inside libetpan's
 * 512-byte command buffer (it truncates silently).  The message is sent from
 * the caller's buffer without a copy; its size with CRLF line endings is
 * announced in MAIL FROM when the relay offers SIZE, so that an oversized
 * message is refused (552, permanent) before its bytes are sent.
 *
 * Ownership: struct smtp owns the libetpan session and copies of every
 * configuration string; every libetpan structure is freed before a call
 * returns, except the session kept for reuse.
 */
#include "mailer.h"
#include "tls_etpan.h"

#include <errno.h>
#include <fcntl.h>
#include <libetpan/libetpan.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

/* Exported by libetpan 1.9.x but missing from its installed headers.  They
 * let us send the configured EHLO name; mailesmtp_ehlo always uses
 * gethostname(), which many relays reject when it is not a FQDN. */
int mailsmtp_send_command(mailsmtp *session, char *command);
int mailsmtp_read_response(mailsmtp *session);
int mailesmtp_parse_ehlo(mailsmtp *session);

#define MAX_ADDR 254  /* RFC 5321 path limit (256) without the brackets */
#define MAX_ENVID 100 /* RFC 3461 */
#define MAX_HELO 255

struct smtp {
    mailsmtp *s; /* NULL while disconnected */
    char *host;
    int port;
    enum hl_tls_mode tls;
    char *user; /* NULL: no AUTH */
    char *password;
    char *helo;
    struct hl_tls_cfg trust;
    int timeout_s;
    char where[300]; /* "smtp HOST:PORT", the prefix of our own replies */
    bool used;       /* the session carried a transaction: RSET first */
};

/* ---- replies ------------------------------------------------------------ */

/* Copies src into out, dropping control characters (CR, LF, ...) so that a
 * reply is one printable line. */
static void
copy_line(char *out, size_t cap, const char *src)
{
    size_t j = 0;
    for (const char *p = src; *p && j + 1 < cap; p++)
        if ((unsigned char)*p >= 0x20 && *p != 0x7f)
            out[j++] = *p;
    out[j] = '\0';
}

static void our_reply(const struct smtp *m, char *out, size_t cap, const char *fmt, ...)
    HL_PRINTF(4, 5);

/* Our own description of a failure, prefixed with where it happened. */
static void
our_reply(const struct smtp *m, char *out, size_t cap, const char *fmt, ...)
{
    char text[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    char line[1100];
    snprintf(line, sizeof line, "%s: %s", m->where, text);
    copy_line(out, cap, line);
}

/* The server's last reply line as "CODE text"; libetpan keeps the text of
 * every line of a multi-line reply, separated by '\n', without the codes. */
static void
server_reply(const struct smtp *m, char *out, size_t cap)
{
    const char *text = m->s && m->s->response ? m->s->response : "";
    const char *last = text;
    for (const char *p = text; *p; p++)
        if (*p == '\n' && p[1] != '\0')
            last = p + 1;
    char line[1100];
    int code = m->s ? m->s->response_code : 0;
    snprintf(line, sizeof line, "%d %.*s", code, (int)strcspn(last, "\n"), last);
    copy_line(out, cap, line);
}

/* libetpan leaves response_code untouched when a command cannot even be
 * written, so a stale 250 could pass for an answer: every command starts
 * from 0, which then means "no reply: network error". */
static void
forget_reply(struct smtp *m)
{
    m->s->response_code = 0;
}

/* ---- connection --------------------------------------------------------- */

/* Drops the session without QUIT: after a network error or an untrusted
 * certificate there is nothing more to say. */
static void
drop(struct smtp *m)
{
    if (m->s == NULL)
        return;
    if (m->s->stream != NULL) {
        mailstream_close(m->s->stream);
        m->s->stream = NULL;
    }
    mailsmtp_free(m->s);
    m->s = NULL;
    m->used = false;
}

/* Waits for a non-blocking connect; returns 0 or an errno value. */
static int
wait_connected(int fd, int timeout_ms)
{
    struct pollfd pfd = {.fd = fd, .events = POLLOUT};
    int64_t deadline = hl_now_mono_ms() + timeout_ms;
    for (;;) {
        int left = (int)(deadline - hl_now_mono_ms());
        if (left <= 0)
            return ETIMEDOUT;
        int r = poll(&pfd, 1, left);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return errno;
        if (r == 0)
            return ETIMEDOUT;
        int e = 0;
        socklen_t elen = sizeof e;
        if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &elen) < 0)
            return errno;
        return e;
    }
}

/* TCP connect with a timeout to every address of host in turn.  libetpan
 * 1.9.4's mailsmtp_socket_connect ignores the session timeout for reads on a
 * plain stream (the greeting could hang for its global 5 minutes), so the
 * stream is built here.  Returns a blocking socket or -1 with reply set. */
static int
connect_tcp(struct smtp *m, char *reply, size_t cap)
{
    struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_family = AF_UNSPEC};
    struct addrinfo *res = NULL;
    char port[16];
    snprintf(port, sizeof port, "%d", m->port);
    int r = getaddrinfo(m->host, port, &hints, &res);
    if (r != 0) {
        our_reply(m, reply, cap, "cannot resolve host: %s", gai_strerror(r));
        return -1;
    }
    int fd = -1;
    int last_err = 0;
    for (struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
        if (fd < 0) {
            last_err = errno;
            continue;
        }
        int e = 0;
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) < 0)
            e = errno == EINPROGRESS ? wait_connected(fd, m->timeout_s * 1000) : errno;
        if (e == 0) {
            /* libetpan writes a message in 8 KiB pieces: with Nagle the
             * last piece waits for the relay's delayed ACK (~40 ms a mail,
             * measured by bench/latency.sh), which capped the sender at
             * about 20 mails a second. */
            int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            int flags = fcntl(fd, F_GETFL);
            if (flags >= 0 && fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0)
                break;
            e = errno;
        }
        last_err = e;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd < 0)
        our_reply(m, reply, cap, "cannot connect: %s", strerror(last_err));
    return fd;
}

/* Sends EHLO NAME (HELO when the relay does not know EHLO).  Returns the
 * reply code, 0 for a network error. */
static int
ehlo(struct smtp *m)
{
    char cmd[MAX_HELO + 16];
    snprintf(cmd, sizeof cmd, "EHLO %s\r\n", m->helo);
    if (mailsmtp_send_command(m->s, cmd) < 0)
        return 0;
    int code = mailsmtp_read_response(m->s);
    if (code == 250) {
        mailesmtp_parse_ehlo(m->s);
        return code;
    }
    if (code != 500 && code != 502)
        return code;
    snprintf(cmd, sizeof cmd, "HELO %s\r\n", m->helo);
    if (mailsmtp_send_command(m->s, cmd) < 0)
        return 0;
    code = mailsmtp_read_response(m->s);
    m->s->esmtp = 0;
    m->s->auth = MAILSMTP_AUTH_NOT_CHECKED;
    return code;
}

/* A refusal is reported as "TLS certificate of HOST:PORT not trusted: WHY"
 * and, like every failure before MAIL FROM, becomes HL_SEND_TEMP: the fix is
 * the operator's (trust anchors, pin, relay certificate), and mail queued
 * meanwhile must go out once it is made, not bounce. */
static int
verify_peer(struct smtp *m, char *reply, size_t cap)
{
    struct hl_err why = {0};
    if (hl_tls_etpan_verify(m->s->stream, m->host, &m->trust, &why) < 0) {
        char line[1200];
        snprintf(line, sizeof line, "TLS certificate of %s not trusted: %s",
                 m->where + strlen("smtp "), why.msg);
        copy_line(reply, cap, line);
        return -1;
    }
    return 0;
}

static int
authenticate(struct smtp *m, char *reply, size_t cap)
{
    const char *mech;
    if (m->s->auth & MAILSMTP_AUTH_PLAIN)
        mech = "PLAIN";
    else if (m->s->auth & MAILSMTP_AUTH_LOGIN)
        mech = "LOGIN";
    else {
        our_reply(m, reply, cap, "relay does not offer AUTH PLAIN or LOGIN");
        return -1;
    }
    forget_reply(m);
    int r =
        mailesmtp_auth_sasl(m->s, mech, m->host, NULL, NULL, m->user, m->user, m->password, NULL);
    if (r == MAILSMTP_NO_ERROR)
        return 0;
    if (r == MAILSMTP_ERROR_STREAM) {
        our_reply(m, reply, cap, "AUTH %s: connection lost or timed out", mech);
        return -1;
    }
    if (m->s->response_code == 0) {
        our_reply(m, reply, cap, "AUTH %s failed in the SASL library: %s", mech,
                  mailsmtp_strerror(r));
        return -1;
    }
    char line[600];
    server_reply(m, line, sizeof line);
    our_reply(m, reply, cap, "AUTH %s as %s refused: %s", mech, m->user, line);
    return -1;
}

/* Connects, negotiates TLS, verifies the peer and authenticates.  Returns 0,
 * or -1 with reply set and no session (every failure here is TEMP). */
static int
connect_relay(struct smtp *m, char *reply, size_t cap)
{
    char *sni = hl_tls_etpan_sni(m->host);
    int fd = connect_tcp(m, reply, cap);
    if (fd < 0)
        return -1;
    mailstream *stream;
    if (m->tls == HL_TLS_IMPLICIT)
        stream =
            mailstream_ssl_open_with_callback_timeout(fd, m->timeout_s, hl_tls_etpan_set_sni, sni);
    else
        stream = mailstream_socket_open_timeout(fd, m->timeout_s);
    if (stream == NULL) {
        close(fd);
        our_reply(m, reply, cap, "%s",
                  m->tls == HL_TLS_IMPLICIT ? "TLS handshake failed" : "cannot set up the stream");
        return -1;
    }
    m->s = mailsmtp_new(0, NULL);
    if (m->s == NULL)
        abort();
    mailsmtp_set_timeout(m->s, m->timeout_s);
    /* mailsmtp_connect closes the stream itself when the greeting is bad. */
    int r = mailsmtp_connect(m->s, stream);
    if (r != MAILSMTP_NO_ERROR) {
        if (m->s->response_code == 0)
            our_reply(m, reply, cap, "no greeting: connection lost or timed out");
        else {
            char line[600];
            server_reply(m, line, sizeof line);
            our_reply(m, reply, cap, "greeting refused: %s", line);
        }
        goto fail;
    }
    if (m->tls == HL_TLS_IMPLICIT && verify_peer(m, reply, cap) < 0)
        goto fail;

    int code = ehlo(m);
    if (code != 250)
        goto ehlo_failed;

    if (m->tls == HL_TLS_STARTTLS) {
        if (!(m->s->esmtp & MAILSMTP_ESMTP_STARTTLS)) {
            our_reply(m, reply, cap, "relay does not offer STARTTLS");
            goto fail;
        }
        forget_reply(m);
        r = mailsmtp_socket_starttls_with_callback(m->s, hl_tls_etpan_set_sni, sni);
        if (r != MAILSMTP_NO_ERROR) {
            if (m->s->stream != NULL && m->s->stream->read_buffer_len > 0)
                our_reply(m, reply, cap, "relay sent plaintext after STARTTLS");
            else if (r == MAILSMTP_ERROR_SSL)
                our_reply(m, reply, cap, "STARTTLS: TLS handshake failed");
            else if (m->s->response_code == 0 || r == MAILSMTP_ERROR_STREAM)
                our_reply(m, reply, cap, "STARTTLS: connection lost or timed out");
            else {
                char line[600];
                server_reply(m, line, sizeof line);
                our_reply(m, reply, cap, "STARTTLS refused: %s", line);
            }
            goto fail;
        }
        if (m->s->stream->read_buffer_len > 0) {
            our_reply(m, reply, cap, "relay sent plaintext after STARTTLS");
            goto fail;
        }
        if (verify_peer(m, reply, cap) < 0)
            goto fail;
        /* Extensions (AUTH above all) may change once the channel is safe. */
        code = ehlo(m);
        if (code != 250)
            goto ehlo_failed;
    }

    if (m->user != NULL && authenticate(m, reply, cap) < 0)
        goto fail;
    return 0;

ehlo_failed:
    if (code == 0)
        our_reply(m, reply, cap, "EHLO: connection lost or timed out");
    else {
        char line[600];
        server_reply(m, line, sizeof line);
        our_reply(m, reply, cap, "EHLO %s refused: %s", m->helo, line);
    }
fail:
    drop(m);
    return -1;
}

/* ---- envelope checks ---------------------------------------------------- */

static bool
address_ok(const char *a, bool empty_ok)
{
    size_t n = strlen(a);
    if (n > MAX_ADDR || (n == 0 && !empty_ok))
        return false;
    for (const unsigned char *p = (const unsigned char *)a; *p; p++)
        if (*p <= 0x20 || *p == 0x7f || *p == '<' || *p == '>')
            return false;
    return true;
}

/* xtext (RFC 3461 4): "+" "=" and anything outside "!".."~" as "+HH".
 * Returns false when the result would exceed MAX_ENVID. */
static bool
xtext(const char *s, char out[MAX_ENVID + 1])
{
    size_t j = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p >= '!' && *p <= '~' && *p != '+' && *p != '=') {
            if (j + 1 > MAX_ENVID)
                return false;
            out[j++] = (char)*p;
        } else {
            if (j + 3 > MAX_ENVID)
                return false;
            snprintf(out + j, 4, "+%02X", *p);
            j += 3;
        }
    }
    out[j] = '\0';
    return true;
}

/* ---- the seam ----------------------------------------------------------- */

static void
smtp_close(void *mp)
{
    struct smtp *m = mp;
    if (m == NULL)
        return;
    if (m->s != NULL)
        mailsmtp_free(m->s); /* sends QUIT when the stream is still open */
    if (m->password != NULL) {
        explicit_bzero(m->password, strlen(m->password));
        free(m->password);
    }
    free(m->host);
    free(m->user);
    free(m->helo);
    free(m->trust.ca_file);
    free(m->trust.pin_sha256);
    free(m);
}

static char *
dup_or_null(const char *s)
{
    return s ? hl_xstrdup(s) : NULL;
}

static bool
helo_ok(const char *h)
{
    if (*h == '\0' || strlen(h) > MAX_HELO)
        return false;
    for (const unsigned char *p = (const unsigned char *)h; *p; p++)
        if (*p <= 0x20 || *p >= 0x7f)
            return false;
    return true;
}

static void *
smtp_open(const struct hl_smtp_cfg *cfg, const char *password, int timeout_s, struct hl_err *err)
{
    if (cfg->host == NULL || *cfg->host == '\0' || cfg->port <= 0 || cfg->port > 65535) {
        hl_err_set(err, HL_ERR_CONFIG, "smtp: host and port are required");
        return NULL;
    }
    struct smtp *m = hl_xcalloc(1, sizeof *m);
    m->host = hl_xstrdup(cfg->host);
    m->port = cfg->port;
    m->tls = cfg->tls;
    m->timeout_s = timeout_s > 0 ? timeout_s : 30;
    snprintf(m->where, sizeof m->where, strchr(m->host, ':') ? "smtp [%s]:%d" : "smtp %s:%d",
             m->host, m->port);

    if (cfg->tls == HL_TLS_PLAIN && !cfg->allow_plain) {
        hl_err_set(err, HL_ERR_CONFIG, "%s: plaintext SMTP needs allow_plain", m->where);
        goto fail;
    }
    if (cfg->user != NULL && password == NULL) {
        hl_err_set(err, HL_ERR_CONFIG, "%s: user %s has no password", m->where, cfg->user);
        goto fail;
    }
    if (cfg->user != NULL && (strlen(cfg->user) > 255 || strpbrk(cfg->user, "\r\n") != NULL)) {
        hl_err_set(err, HL_ERR_CONFIG, "%s: the user name is invalid", m->where);
        goto fail;
    }
    if (cfg->helo != NULL) {
        if (!helo_ok(cfg->helo)) {
            hl_err_set(err, HL_ERR_CONFIG, "%s: helo \"%s\" is not a host name", m->where,
                       cfg->helo);
            goto fail;
        }
        m->helo = hl_xstrdup(cfg->helo);
    } else {
        char name[MAX_HELO + 1] = "";
        if (gethostname(name, sizeof name) != 0 || !helo_ok(name))
            snprintf(name, sizeof name, "localhost");
        m->helo = hl_xstrdup(name);
    }
    if (cfg->user != NULL) {
        m->user = hl_xstrdup(cfg->user);
        m->password = hl_xstrdup(password);
    }
    m->trust.ca_file = dup_or_null(cfg->trust.ca_file);
    m->trust.pin_sha256 = dup_or_null(cfg->trust.pin_sha256);
    return m;

fail:
    smtp_close(m);
    return NULL;
}

/* Maps the code of a MAIL/RCPT/DATA reply; a network error (code 0) or an
 * answer outside SMTP's classes drops the session. */
static enum hl_send_result
classify(struct smtp *m, const char *what, char *reply, size_t cap)
{
    int code = m->s->response_code;
    if (code >= 500 && code <= 599) {
        server_reply(m, reply, cap);
        return HL_SEND_PERM;
    }
    if (code >= 400 && code <= 499) {
        server_reply(m, reply, cap);
        return HL_SEND_TEMP;
    }
    if (code == 0)
        our_reply(m, reply, cap, "%s: connection lost or timed out", what);
    else {
        char line[600];
        server_reply(m, line, sizeof line);
        our_reply(m, reply, cap, "%s: unexpected reply: %s", what, line);
    }
    drop(m);
    return HL_SEND_TEMP;
}

/* Makes sure a session is ready for MAIL FROM.  Returns 0 or -1 with reply. */
static int
ready(struct smtp *m, char *reply, size_t cap)
{
    if (m->s != NULL && m->used) {
        forget_reply(m);
        int r = mailsmtp_reset(m->s);
        if (r == MAILSMTP_NO_ERROR && m->s->response_code == 250) {
            m->used = false;
            return 0;
        }
        /* A relay that timed the idle session out: start again. */
        drop(m);
    }
    if (m->s != NULL)
        return 0;
    return connect_relay(m, reply, cap);
}

static enum hl_send_result
smtp_send(void *mp, const struct hl_envelope *env, const unsigned char *data, size_t len,
          char *reply, size_t cap)
{
    struct smtp *m = mp;
    char refused[1024] = "";
    size_t n_refused = 0;
    char envid[MAX_ENVID + 1];
    const char *envid_p = NULL;

    if (env->n_rcpt == 0) {
        our_reply(m, reply, cap, "no recipients");
        return HL_SEND_PERM;
    }
    if (env->mail_from == NULL || !address_ok(env->mail_from, true)) {
        our_reply(m, reply, cap, "invalid sender address");
        return HL_SEND_PERM;
    }
    for (size_t i = 0; i < env->n_rcpt; i++)
        if (env->rcpt[i] == NULL || !address_ok(env->rcpt[i], false)) {
            our_reply(m, reply, cap, "invalid recipient address %zu", i + 1);
            return HL_SEND_PERM;
        }
    /* An over-long ENVID only costs the DSN its identifier: omit it. */
    if (env->envid != NULL && *env->envid != '\0' && xtext(env->envid, envid))
        envid_p = envid;

    if (ready(m, reply, cap) < 0)
        return HL_SEND_TEMP;
    m->used = true;

    bool dsn = (m->s->esmtp & MAILSMTP_ESMTP_DSN) != 0;
    /* return_full = 0: RET=HDRS; libetpan adds RET/ENVID only with DSN and
     * SIZE only when offered. */
    forget_reply(m);
    mailesmtp_mail_size(m->s, env->mail_from, 0, envid_p,
                        mailstream_get_data_crlf_size((const char *)data, len));
    if (m->s->response_code != 250)
        return classify(m, "MAIL FROM", reply, cap);

    size_t accepted = 0;
    char deferral[600] = "";  /* the last 4xx */
    char rejection[600] = ""; /* the last 5xx */
    for (size_t i = 0; i < env->n_rcpt; i++) {
        forget_reply(m);
        mailesmtp_rcpt(m->s, env->rcpt[i], dsn ? MAILSMTP_DSN_NOTIFY_FAILURE : 0, NULL);
        int code = m->s->response_code;
        if (code == 250 || code == 251) {
            accepted++;
            continue;
        }
        if (code < 400 || code > 599)
            return classify(m, "RCPT TO", reply, cap);
        if (code < 500) {
            server_reply(m, deferral, sizeof deferral);
            continue;
        }
        server_reply(m, rejection, sizeof rejection);
        if (n_refused++ == 0)
            snprintf(refused, sizeof refused, "<%s>: %s", env->rcpt[i], rejection);
    }
    if (*deferral != '\0') {
        copy_line(reply, cap, deferral);
        return HL_SEND_TEMP;
    }
    if (accepted == 0) {
        copy_line(reply, cap, rejection);
        return HL_SEND_PERM;
    }

    forget_reply(m);
    mailsmtp_data(m->s);
    if (m->s->response_code != 354)
        return classify(m, "DATA", reply, cap);

    /* libetpan terminates the last line itself (see the top of the file). */
    size_t send_len = len;
    if (send_len > 0 && data[send_len - 1] == '\n')
        send_len--;
    if (send_len > 0 && data[send_len - 1] == '\r')
        send_len--;
    forget_reply(m);
    mailsmtp_data_message(m->s, (const char *)data, send_len);
    if (m->s->response_code != 250)
        return classify(m, "end of DATA", reply, cap);

    server_reply(m, reply, cap);
    if (n_refused > 0) {
        char line[1400];
        snprintf(line, sizeof line, "%s; %zu of %zu recipients refused, first %s", reply, n_refused,
                 env->n_rcpt, refused);
        copy_line(reply, cap, line);
    }
    return HL_SEND_OK;
}

const struct hl_mailer_ops hl_smtp_ops = {
    .open = smtp_open,
    .close = smtp_close,
    .send = smtp_send,
};
