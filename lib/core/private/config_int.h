/*
 * config_int.h: what the files of the config module share (config.c reads the
 * file and the global groups, config_servers.c the SMTP relay and the units,
 * config_secret.c where secrets live).  Not part of the public API.
 */
#ifndef HL_CONFIG_INT_H
#define HL_CONFIG_INT_H

#include <libconfig.h>

#include "conf_check.h"
#include "config.h"

const char *hl_config_get_email(struct hl_conf_check *ck, const config_setting_t *group,
                                const char *name, bool required);
/* A secret's source: "<base>_file" or "<base>_env" in group. */
const config_setting_t *hl_config_parse_secret(struct hl_conf_check *ck,
                                               const config_setting_t *group, const char *base,
                                               bool required, struct hl_secret_ref *out);
char *hl_config_default_path(struct hl_conf_check *ck, const char *rel);
bool hl_config_plausible_phone(const char *s);
void hl_config_parse_smtp(struct hl_conf_check *ck, const config_setting_t *g,
                          struct hl_smtp_cfg *smtp);
void hl_config_parse_units(struct hl_conf_check *ck, const config_setting_t *root,
                           struct hl_config *cfg);

#endif
