/* schema: the migrations compiled into the binaries (see cmake/embed_schema.cmake). */
#ifndef HL_SCHEMA_H
#define HL_SCHEMA_H

#include <stddef.h>

struct hl_migration {
    int version;
    const char *name;
    const char *sql;
};

extern const struct hl_migration hl_migrations[];
extern const size_t hl_n_migrations;

#endif
