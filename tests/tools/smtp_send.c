/*
 * smtp_send: drives the real mailer seam (hl_smtp_ops) against a relay so
 * that people and integration tests can exercise it end to end.
 *
 *   smtp_send HOST PORT implicit|starttls|plain CAFILE|- FROM RCPT[,RCPT...] FILE
 *             [--user U --passfile F] [--pin HEX] [--helo NAME] [--envid ID]
 *             [--timeout S] [--repeat N] [--step]
 *
 * FROM may be "" for the null sender.  FILE is sent as is (the seam does the
 * dot-stuffing and line endings).  --repeat N sends it N times through one
 * mailer (one connection unless it breaks); with --step the tool reads a line
 * from stdin before every send after the first, so a test can change the
 * server in between.  Each send prints one line to stdout:
 *
 *   send N: OK|TEMP|PERM: REPLY
 *
 * Exit status: 0 when every send was OK, 2 when the last one was PERM, 3 when
 * it was TEMP (or an earlier one failed), 4 when the mailer did not open,
 * 64 usage.
 */
#include "mailer.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
usage(void)
{
    fprintf(stderr,
            "usage: smtp_send HOST PORT implicit|starttls|plain CAFILE|- FROM RCPT[,RCPT...] FILE\n"
            "                 [--user U --passfile F] [--pin HEX] [--helo NAME] [--envid ID]\n"
            "                 [--timeout S] [--repeat N] [--step]\n");
    exit(64);
}

static const char *
result_name(enum hl_send_result r)
{
    switch (r) {
    case HL_SEND_OK:
        return "OK";
    case HL_SEND_TEMP:
        return "TEMP";
    case HL_SEND_PERM:
        return "PERM";
    }
    return "?";
}

int
main(int argc, char **argv)
{
    if (argc < 8)
        usage();
    signal(SIGPIPE, SIG_IGN);

    struct hl_smtp_cfg cfg = {0};
    cfg.host = argv[1];
    cfg.port = (int)strtol(argv[2], NULL, 10);
    if (strcmp(argv[3], "implicit") == 0)
        cfg.tls = HL_TLS_IMPLICIT;
    else if (strcmp(argv[3], "starttls") == 0)
        cfg.tls = HL_TLS_STARTTLS;
    else if (strcmp(argv[3], "plain") == 0) {
        cfg.tls = HL_TLS_PLAIN;
        cfg.allow_plain = true;
    } else
        usage();
    cfg.trust.ca_file = strcmp(argv[4], "-") == 0 ? NULL : argv[4];

    struct hl_envelope env = {0};
    env.mail_from = argv[5];
    char *rcpt_list = hl_xstrdup(argv[6]);
    const char **rcpt = hl_xcalloc(strlen(rcpt_list) + 1, sizeof *rcpt);
    for (char *r = rcpt_list; r != NULL;) {
        char *comma = strchr(r, ',');
        if (comma != NULL)
            *comma++ = '\0';
        if (*r != '\0')
            rcpt[env.n_rcpt++] = r;
        r = comma;
    }
    env.rcpt = rcpt;
    const char *file = argv[7];

    const char *passfile = NULL;
    int timeout_s = 10;
    long repeat = 1;
    bool step = false;
    for (int i = 8; i < argc; i++) {
        if (strcmp(argv[i], "--user") == 0 && i + 1 < argc)
            cfg.user = argv[++i];
        else if (strcmp(argv[i], "--passfile") == 0 && i + 1 < argc)
            passfile = argv[++i];
        else if (strcmp(argv[i], "--pin") == 0 && i + 1 < argc)
            cfg.trust.pin_sha256 = argv[++i];
        else if (strcmp(argv[i], "--helo") == 0 && i + 1 < argc)
            cfg.helo = argv[++i];
        else if (strcmp(argv[i], "--envid") == 0 && i + 1 < argc)
            env.envid = argv[++i];
        else if (strcmp(argv[i], "--timeout") == 0 && i + 1 < argc)
            timeout_s = (int)strtol(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            repeat = strtol(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--step") == 0)
            step = true;
        else
            usage();
    }
    if ((cfg.user == NULL) != (passfile == NULL) || repeat < 1)
        usage();

    int status = 4;
    struct hl_err err = {0};
    char *password = NULL;
    size_t len = 0;
    unsigned char *data = (unsigned char *)hl_read_file(file, &len, &err);
    void *mailer = NULL;
    if (data == NULL)
        goto out;
    if (passfile != NULL && (password = hl_read_secret(passfile, &err)) == NULL)
        goto out;
    mailer = hl_smtp_ops.open(&cfg, password, timeout_s, &err);
    if (mailer == NULL)
        goto out;

    status = 0;
    for (long n = 1; n <= repeat; n++) {
        if (step && n > 1) {
            char line[64];
            if (fgets(line, sizeof line, stdin) == NULL)
                break;
        }
        char reply[512];
        enum hl_send_result r = hl_smtp_ops.send(mailer, &env, data, len, reply, sizeof reply);
        printf("send %ld: %s: %s\n", n, result_name(r), reply);
        fflush(stdout);
        if (r == HL_SEND_PERM)
            status = 2;
        else if (r == HL_SEND_TEMP)
            status = 3;
        else if (n == repeat && status != 0)
            status = 3;
    }
out:
    if (status == 4)
        printf("error %s: %s\n", hl_err_kind_name(err.kind), err.msg);
    hl_smtp_ops.close(mailer);
    if (password != NULL) {
        explicit_bzero(password, strlen(password));
        free(password);
    }
    free(data);
    free(rcpt);
    free(rcpt_list);
    return status;
}
