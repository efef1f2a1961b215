#include "clerkcmd.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"

static const struct {
    const char *word; /* folded, without spaces */
    enum hl_clerkcmd cmd;
} commands[] = {
    {"noibo", HL_CLERKCMD_INTERNAL},    {"internal", HL_CLERKCMD_INTERNAL},
    {"ghichu", HL_CLERKCMD_INTERNAL},   {"xong", HL_CLERKCMD_RESOLVE},
    {"giaiquyet", HL_CLERKCMD_RESOLVE}, {"dagiaiquyet", HL_CLERKCMD_RESOLVE},
    {"resolve", HL_CLERKCMD_RESOLVE},   {"resolved", HL_CLERKCMD_RESOLVE},
};

/* The longest command line worth folding; anything longer is text. */
#define LINE_MAX_BYTES 64

enum hl_clerkcmd
hl_clerkcmd_parse(const char *body, const char **rest_out)
{
    if (rest_out)
        *rest_out = body;
    if (body == NULL)
        return HL_CLERKCMD_NONE;
    const char *p = body;
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
    if (*p != '#')
        return HL_CLERKCMD_NONE;
    const char *eol = strchr(p, '\n');
    size_t n = eol ? (size_t)(eol - p) : strlen(p);
    if (n > LINE_MAX_BYTES)
        return HL_CLERKCMD_NONE;
    char line[LINE_MAX_BYTES + 1];
    memcpy(line, p + 1, n - 1);
    line[n - 1] = '\0';
    char *folded = hl_fold_str(line);
    /* "#nội bộ", "#Noi-bo", "# xong." all name the same command. */
    char word[LINE_MAX_BYTES * 3 + 1];
    size_t w = 0;
    bool plain = true;
    for (const char *q = folded; *q && plain && w + 1 < sizeof word; q++) {
        if ((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9'))
            word[w++] = *q;
        else
            plain = strchr(" \t\r-_.:!", *q) != NULL; /* else: not a command line */
    }
    free(folded);
    if (!plain)
        return HL_CLERKCMD_NONE;
    word[w] = '\0';
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(word, commands[i].word) == 0) {
            if (rest_out)
                *rest_out = eol ? eol + 1 : p + n;
            return commands[i].cmd;
        }
    return HL_CLERKCMD_NONE;
}

const char *
hl_clerkcmd_name(enum hl_clerkcmd cmd)
{
    switch (cmd) {
    case HL_CLERKCMD_INTERNAL:
        return "internal";
    case HL_CLERKCMD_RESOLVE:
        return "resolve";
    default:
        return NULL;
    }
}
