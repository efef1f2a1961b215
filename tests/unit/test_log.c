/* The logger (lib/base/util.c): a time stamp on a terminal or file, and under
 * systemd, when stderr is the journal (JOURNAL_STREAM names its device and
 * inode), a "<N>" syslog priority and no time stamp.  Each case runs in a
 * child, since the logger decides once per process. */
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "util.h"

/* Runs the logger in a child whose stderr is a fresh file; journal: 1 sets
 * JOURNAL_STREAM to that file, 2 to some other stream.  Returns what it wrote. */
static char *
log_in_child(int journal)
{
    char path[] = "/tmp/hl-test-log-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return NULL;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fd, STDERR_FILENO);
        struct stat st;
        fstat(fd, &st);
        char js[64];
        snprintf(js, sizeof js, "%llu:%llu", (unsigned long long)st.st_dev,
                 (unsigned long long)st.st_ino + (journal == 2 ? 1 : 0));
        if (journal)
            setenv("JOURNAL_STREAM", js, 1);
        else
            unsetenv("JOURNAL_STREAM");
        hl_log_set_level(HL_LOG_INFO);
        hl_info("mbox=%s uid=%d: stored", "so-xd", 4711);
        hl_warn("outbox: slow");
        hl_debug("not shown");
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    close(fd);
    size_t len;
    struct hl_err err;
    char *text = hl_read_file(path, &len, &err);
    unlink(path);
    return text;
}

int
main(void)
{
    char *j = log_in_child(1);
    CHECK_STR(j, "<6>info: mbox=so-xd uid=4711: stored\n<4>warning: outbox: slow\n");
    free(j);

    /* Not the journal: a stamp like 2026-12-05T20:35:29.123Z, then the level. */
    for (int journal = 0; journal <= 2; journal += 2) {
        char *p = log_in_child(journal);
        CHECK(p != NULL && strlen(p) > 25 && p[4] == '-' && p[10] == 'T' && p[23] == 'Z');
        CHECK(p != NULL && strstr(p, "Z info: mbox=so-xd uid=4711: stored\n") != NULL);
        CHECK(p != NULL && strstr(p, "Z warning: outbox: slow\n") != NULL);
        CHECK(p != NULL && strchr(p, '<') == NULL && strstr(p, "not shown") == NULL);
        free(p);
    }
    return check_report();
}
