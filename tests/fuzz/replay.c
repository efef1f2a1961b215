/*
 * replay: a main() for the fuzz targets in builds without libFuzzer.  Runs
 * LLVMFuzzerTestOneInput once on every file named on the command line, and
 * on every regular file (not hidden) of every directory named, in name order,
 * so that ctest replays the sample mail and every saved crash input under
 * whatever sanitizers the build has.  A target reports a broken contract by
 * aborting, so a finding ends the run; the last "replay:" line names it.
 *
 *   build-asan/fuzz_mime tests/data/corpus tests/fuzz/regress
 *
 * Exits 0 when every input ran, 2 when an argument cannot be read.
 */
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
run_file(const char *path)
{
    size_t len = 0;
    struct hl_err err = {0};
    char *text = hl_read_file(path, &len, &err);
    if (text == NULL) {
        fprintf(stderr, "replay: %s\n", err.msg);
        return -1;
    }
    /* An exact-size copy, as libFuzzer gives: the NUL hl_read_file adds
     * would hide a one-byte overread from ASan. */
    unsigned char *data = hl_xmalloc(len ? len : 1);
    memcpy(data, text, len);
    free(text);
    printf("replay: %s (%zu bytes)\n", path, len);
    fflush(stdout); /* the name must be out before a crash */
    LLVMFuzzerTestOneInput(data, len);
    free(data);
    return 0;
}

static int
skip_hidden(const struct dirent *d)
{
    return d->d_name[0] != '.';
}

/* Runs every regular file of dir; returns the count, or -1. */
static long
run_dir(const char *dir)
{
    struct dirent **names = NULL;
    int n = scandir(dir, &names, skip_hidden, alphasort);
    if (n < 0) {
        fprintf(stderr, "replay: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    long count = 0;
    for (int i = 0; i < n; i++) {
        char path[4096];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            if (run_file(path) < 0)
                count = -1;
            else if (count >= 0)
                count++;
        }
        free(names[i]);
    }
    free(names);
    return count;
}

int
main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
        return 2;
    }
    long total = 0;
    int rc = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        long n;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
            n = run_dir(argv[i]);
        else
            n = run_file(argv[i]) < 0 ? -1 : 1;
        if (n < 0)
            rc = 2;
        else
            total += n;
    }
    printf("replay: %ld inputs run\n", total);
    return rc;
}
