/*
 * hotlinectl rules learn: writes a topic model (topics.h) from labelled
 * letters, for a rule directory to carry as topics.model.
 *
 *   rules learn --out FILE [--margin M] SOURCE...
 *
 * A SOURCE is a TSV file of letters (topic, mailbox, responsible unit,
 * subject, body; '#' lines are comments: the format of
 * tests/data/rules/probes.tsv), or a directory of NNN.eml files whose
 * NNN.json sidecar gives "topic" and "responsible_unit" (the corpus and the
 * held-out sets; a sidecar whose "kind" is not "new_case" is skipped).  The letters are decoded as
 * intake decodes them, and the model reads what the rules read: the subject and the letter's text.
 * Nothing is installed: copy the file into a candidate rule directory,
 * `rules replay --candidate DIR`, then into the live set.
 *
 * Exit: 0; 2 (usage); 65 when a source cannot be read or holds no letter.
 */
#include "ctl.h"
#include "letter.h"
#include "mime.h"
#include "topics.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define EX_DATAERR 65
#define MAX_SOURCES 64
#define MAX_EML (16u << 20)

int hl_ctl_rules_learn(int argc, char **argv);

static int
learn_tsv(struct hl_topics_trainer *tr, const char *path)
{
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    int ln = 0, bad = 0;
    while (getline(&line, &cap, fp) >= 0) {
        ln++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char *col[5];
        int n = 0;
        char *p = line;
        for (; n < 5 && p; n++) {
            col[n] = p;
            p = strchr(p, '\t');
            if (p && n < 4)
                *p++ = '\0';
        }
        if (n < 5 || !*col[0]) {
            fprintf(stderr, "%s:%d: expected topic, mailbox, unit, subject, body (TAB-separated)\n",
                    path, ln);
            bad++;
            continue;
        }
        hl_topics_train(tr, col[0], col[2], col[3], col[4]);
    }
    free(line);
    fclose(fp);
    return bad ? -1 : 0;
}

static char *
read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return NULL;
    struct hl_buf b;
    hl_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len < MAX_EML)
        hl_buf_append(&b, chunk, n);
    fclose(fp);
    *len = b.len;
    return hl_buf_steal(&b);
}

static int
cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every NNN.eml of dir with a labelled NNN.json, in name order. */
static int
learn_dir(struct hl_topics_trainer *tr, const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL) {
        fprintf(stderr, "%s: %s\n", dir, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".eml") != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            names = hl_xrealloc(names, cap * sizeof *names);
        }
        names[n++] = hl_xstrndup(e->d_name, l - 4);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_names);
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char *jpath = hl_xasprintf("%s/%s.json", dir, names[i]);
        char *epath = hl_xasprintf("%s/%s.eml", dir, names[i]);
        json_error_t jerr;
        json_t *root = json_load_file(jpath, 0, &jerr);
        const char *topic = root ? json_string_value(json_object_get(root, "topic")) : NULL;
        const char *kind = root ? json_string_value(json_object_get(root, "kind")) : NULL;
        if (kind && strcmp(kind, "new_case") != 0)
            topic = NULL; /* a reply, a bounce, spam: no letter of a topic */
        const char *unit =
            root ? json_string_value(json_object_get(root, "responsible_unit")) : NULL;
        size_t len = 0;
        char *raw = topic ? read_file(epath, &len) : NULL;
        if (topic && raw == NULL) {
            fprintf(stderr, "%s: %s\n", epath, strerror(errno));
            bad++;
        } else if (raw) {
            struct hl_mime_limits lim;
            hl_mime_limits_default(&lim);
            struct hl_message *msg = hl_mime_parse((const unsigned char *)raw, len, &lim);
            if (msg) {
                hl_topics_train(tr, topic, unit, msg->subject, hl_letter_text(msg, &msg->arena));
                hl_message_free(&msg);
            }
        }
        free(raw);
        json_decref(root);
        free(jpath);
        free(epath);
        free(names[i]);
    }
    free(names);
    return bad ? -1 : 0;
}

int
hl_ctl_rules_learn(int argc, char **argv)
{
    const char *out = NULL, *margin_s = "15";
    const char *src[MAX_SOURCES];
    int n_src = 0;
    const struct hl_ctl_opt opts[] = {
        {"--out", &out, NULL, 0, NULL}, {"--margin", &margin_s, NULL, 0, NULL}, {NULL, 0, 0, 0, 0}};
    int rc = hl_ctl_options("rules learn", argc - 2, argv + 2, opts, src, MAX_SOURCES, &n_src);
    if (rc)
        return rc;
    char *end;
    double margin = strtod(margin_s, &end);
    if (out == NULL || n_src == 0)
        return hl_ctl_usage("rules learn", "rules learn --out FILE [--margin M] SOURCE...", "%s",
                            out ? "no SOURCE (a TSV file or a directory of .eml+.json)"
                                : "--out FILE is required");
    if (*end || !(margin >= 0 && margin < 1000))
        return hl_ctl_usage("rules learn", "a log-odds margin such as 15",
                            "--margin \"%s\" is not a number from 0 to 1000", margin_s);
    struct hl_topics_trainer *tr = hl_topics_trainer_new();
    int bad = 0;
    for (int i = 0; i < n_src; i++) {
        struct stat st;
        if (stat(src[i], &st) != 0) {
            fprintf(stderr, "%s: %s\n", src[i], strerror(errno));
            bad++;
        } else if (S_ISDIR(st.st_mode)) {
            bad += learn_dir(tr, src[i]) != 0;
        } else {
            bad += learn_tsv(tr, src[i]) != 0;
        }
    }
    size_t letters = hl_topics_trainer_letters(tr);
    if (bad || letters == 0) {
        if (letters == 0 && !bad)
            fprintf(stderr, "hotlinectl rules learn: no labelled letter in the sources\n");
        hl_topics_trainer_free(&tr);
        return EX_DATAERR;
    }
    char *comment = hl_xasprintf("hotline topic model: `hotlinectl rules learn` from %zu letters "
                                 "(rules/README.md, \"The topic model\")",
                                 letters);
    rc = hl_topics_write(tr, out, margin, comment);
    free(comment);
    hl_topics_trainer_free(&tr);
    if (rc != 0) {
        fprintf(stderr, "hotlinectl rules learn: %s: %s\n", out, strerror(errno));
        return 73; /* EX_CANTCREAT */
    }
    printf("%s: %zu letters, margin %g\n", out, letters, margin);
    return 0;
}
