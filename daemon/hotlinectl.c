/*
 * hotlinectl: the administrators' and clerks' command line.  Every
 * subcommand is a call into lib/; this file only parses arguments.
 *
 *   hotlinectl [-c FILE] db migrate|version
 *   hotlinectl [-c FILE] case list [--unit U] [--status S] [--category C] [--flagged] [--limit N]
 *                                  [--json]
 *   hotlinectl [-c FILE] case show CODE [--json]
 *   hotlinectl [-c FILE] case assign|transfer|resolve|reopen|extend|link|merge CODE ...
 * (ctl_case.c) hotlinectl [-c FILE] case new --channel C --unit U ...   (ctl_register.c) hotlinectl
 * [-c FILE] case refuse|priority CODE ...   (ctl_refuse.c) hotlinectl [-c FILE] report [--from D]
 * [--to D] [--unit U [--rollup]] [--compare]
 *                        [--format F] [--out FILE] [--mail-to ADDR]   (ctl_report.c)
 *   hotlinectl [-c FILE] export pakn [--from D] [--to D] [--format json|csv] [--out FILE]
 *                        (ctl_export.c)
 *   hotlinectl [-c FILE] mailbox status [--json]
 *   hotlinectl [-c FILE] outbox [list|retry ID]
 *   hotlinectl [-c FILE] rules check|test|stats|replay ...
 *
 * Exit status: 0 success, 1 runtime failure, 2 bad usage, 78 bad configuration.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "ctl.h"
#include "ctl_print.h"
#include "jsondoc.h"
#include "store.h"
#include "util.h"

int hl_ctl_rules(int argc, char **argv);
int hl_ctl_places(int argc, char **argv, const char *conf); /* ctl_places.c */
int hl_ctl_outbox(int argc, char **argv, struct hl_store *s);
int hl_ctl_case(int argc, char **argv, const char *conf);
int hl_ctl_unit(int argc, char **argv, const char *conf);
int hl_ctl_directory(int argc, char **argv, const char *conf);
int hl_ctl_report(int argc, char **argv, const char *conf);
int hl_ctl_export(int argc, char **argv, const char *conf);

static void
usage(FILE *f)
{
    fprintf(
        f,
        "usage: hotlinectl [-c FILE] COMMAND ...\n"
        "  db migrate                 apply missing schema migrations\n"
        "  db version                 show the database's schema version\n"
        "  case new --channel phone|box|counter|email --unit U [--name N] [--phone P]\n"
        "           [--email E] [--address A] --subject S --text T|--text-file F\n"
        "           [--attach FILE]... [--received TIME] [--priority urgent|normal|complex]\n"
        "           [--by NAME]        register a call, a feedback-box letter, a visit\n"
        "  case list [--unit U] [--status S] [--category C] [--channel CH] [--flagged]\n"
        "            [--limit N] [--json]\n"
        "  case show CODE [--json]    a case with its messages, events and outgoing mail\n"
        "  case assign CODE WHO [--by NAME]           who in the unit handles it\n"
        "  case transfer CODE UNIT [--reason TEXT] [--by NAME]   re-route to another unit\n"
        "  case resolve CODE [--note TEXT] [--by NAME]\n"
        "  case reopen CODE [--days N] [--reason TEXT] [--by NAME]   N: a new deadline\n"
        "  case link CODE OTHER [--by NAME]            record that two cases are related\n"
        "  case merge CODE --into OTHER [--by NAME]    close CODE as a duplicate of OTHER\n"
        "  case extend CODE [--reason TEXT] [--by NAME]   a complaint's or denunciation's, once\n"
        "  case refuse CODE --reason outside|anonymous|duplicate|not_feedback [--where TEXT]\n"
        "              [--by NAME]     the citizen is told why (and, outside, where to go)\n"
        "  case priority CODE urgent|normal|complex [--by NAME]   urgent: deadlines.urgent_hours\n"
        "  report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--unit U [--rollup]] [--compare]\n"
        "         [--format table|json|csv|html] [--json] [--out FILE] [--now TIME]\n"
        "         [--mail-to ADDR]\n"
        "                             per-unit figures: received, answered on time, overdue ...\n"
        "  export pakn [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format json|csv] [--out FILE]\n"
        "                             cases for the national feedback system (docs/export.md)\n"
        "  unit list|show|add|edit|retire|merge|split|import|export ...\n"
        "                             the units, data in the database (unit --help)\n"
        "  directory --format html|csv|json [--out FILE]\n"
        "                             the public directory of hotlines and feedback addresses\n"
        "  mailbox status [--json]    health of every polled mailbox\n"
        "  outbox [list] [--status S] [--limit N] [--json]   outgoing mail\n"
        "  outbox retry ID            send a failed or pending mail again now\n"
        "  rules check [DIR]          check a rule set\n"
        "  rules test [--json] MSG.eml...   show how messages would be classified\n"
        "  rules stats [--since 30d] [--json]   hits per rule per day, rules that never fire\n"
        "  rules replay --candidate DIR [--since 30d] [--limit N] [--json]\n"
        "                             what a candidate rule set would change\n"
        "  rules suggest [--since 90d] [--out DIR] [--min N]   propose rules from transfers\n"
        "  places list [--unit U] [--json]   the places each unit covers (places_dir)\n"
        "  places check FILE...       check places files (FILE:LINE problems)\n"
        "  places import FILE         check a places file and install it in places_dir\n");
}

/* One line on stderr, exit status 2. */
#define bad_usage(...) hl_ctl_usage(NULL, "see hotlinectl --help", __VA_ARGS__)

static int
cmd_db(struct hl_store *s, int argc, char **argv)
{
    struct hl_err err = {0};
    if (argc != 2)
        return bad_usage("db needs exactly one of: migrate, version");
    if (strcmp(argv[1], "migrate") == 0) {
        if (hl_store_migrate(s, stdout, &err) < 0) {
            fprintf(stderr, "hotlinectl: %s\n", err.msg);
            return 1;
        }
        return 0;
    }
    if (strcmp(argv[1], "version") == 0) {
        int v = 0;
        if (hl_store_schema_version(s, &v, &err) < 0) {
            fprintf(stderr, "hotlinectl: %s\n", err.msg);
            return 1;
        }
        printf("database schema version %d (this build expects %d)\n", v,
               hl_store_expected_version());
        return v == hl_store_expected_version() ? 0 : 1;
    }
    return bad_usage("unknown db command \"%s\"", argv[1]);
}

static int
cmd_mailbox(struct hl_store *s, int argc, char **argv)
{
    struct hl_err err = {0};
    bool json = argc == 3 && strcmp(argv[2], "--json") == 0;
    if ((argc != 2 && !json) || strcmp(argv[1], "status") != 0)
        return bad_usage("mailbox needs: status [--json]");
    if (json) {
        char *doc = NULL;
        int rc = hl_jsondoc_mailboxes(s, &doc, &err);
        if (rc == 0)
            printf("%s\n", doc);
        free(doc);
        if (rc == 0)
            return 0;
        fprintf(stderr, "hotlinectl: %s\n", err.msg);
        return 1;
    }
    struct hl_table *t = NULL;
    if (hl_store_list_mailboxes(s, &t, &err) < 0) {
        fprintf(stderr, "hotlinectl: %s\n", err.msg);
        return 1;
    }
    hl_ctl_print_mailboxes(stdout, t);
    hl_table_free(&t);
    return 0;
}

int
main(int argc, char **argv)
{
    const char *conf = getenv("HOTLINE_CONFIG");
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-c") == 0 || strcmp(argv[i], "--config") == 0) {
            if (i + 1 >= argc)
                return bad_usage("%s needs a file name", argv[i]);
            conf = argv[++i];
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else {
            return bad_usage("unknown option \"%s\"", argv[i]);
        }
    }
    if (i >= argc) {
        usage(stderr);
        return EX_USAGE;
    }
    int sub_argc = argc - i;
    char **sub = argv + i;
    if (strcmp(sub[0], "rules") == 0) {
        /* rules parses its own options; a global -c reaches it as the
         * environment's default */
        if (conf)
            setenv("HOTLINE_CONFIG", conf, 1);
        return hl_ctl_rules(sub_argc, sub);
    }
    if (strcmp(sub[0], "places") == 0)
        return hl_ctl_places(sub_argc, sub, conf ? conf : "hotline.conf");
    if (strcmp(sub[0], "case") == 0)
        /* case checks its arguments before it reads the configuration */
        return hl_ctl_case(sub_argc, sub, conf ? conf : "hotline.conf");
    if (strcmp(sub[0], "unit") == 0)
        return hl_ctl_unit(sub_argc, sub, conf ? conf : "hotline.conf");
    if (strcmp(sub[0], "directory") == 0)
        return hl_ctl_directory(sub_argc, sub, conf ? conf : "hotline.conf");
    if (strcmp(sub[0], "report") == 0)
        return hl_ctl_report(sub_argc, sub, conf ? conf : "hotline.conf");
    if (strcmp(sub[0], "export") == 0)
        return hl_ctl_export(sub_argc, sub, conf ? conf : "hotline.conf");
    bool known = strcmp(sub[0], "db") == 0 || strcmp(sub[0], "mailbox") == 0 ||
                 strcmp(sub[0], "outbox") == 0;
    if (!known)
        return bad_usage("unknown command \"%s\"", sub[0]);
    if (conf == NULL)
        conf = "hotline.conf";
    struct hl_config *cfg;
    struct hl_store *s;
    int rc = hl_ctl_open(conf, NULL, &cfg, &s);
    if (rc != 0)
        return rc;
    if (strcmp(sub[0], "db") == 0)
        rc = cmd_db(s, sub_argc, sub);
    else if (strcmp(sub[0], "outbox") == 0)
        rc = hl_ctl_outbox(sub_argc, sub, s);
    else
        rc = cmd_mailbox(s, sub_argc, sub);
    hl_ctl_close(&cfg, &s);
    return rc;
}
