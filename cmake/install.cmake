# install.cmake: where `cmake --install` puts hotline (FHS, GNUInstallDirs)
# and how scripts/package.sh turns that into a Debian package (CPack DEB).
#
#   PREFIX/sbin/hotlined, PREFIX/bin/hotlinectl
#   PREFIX/share/hotline/{rules,templates,data,schema}   the shipped defaults
#   SYSCONFDIR/hotline/hotline.conf.example                (/etc when PREFIX is /usr)
#   MANDIR/man5, MANDIR/man8                              docs/man
#   HL_SYSTEMD_UNITDIR/hotlined.service
#
# The binaries are told HL_DATADIR (lib/core/config.c): a configuration that does
# not name rules_dir, templates_dir or calendar falls back to the shipped ones
# there when the config file's directory has none.
include(GNUInstallDirs)

set(HL_DATADIR "${CMAKE_INSTALL_FULL_DATADIR}/hotline")
set(HL_CONFDIR "${CMAKE_INSTALL_FULL_SYSCONFDIR}/hotline")
set(HL_SYSTEMD_UNITDIR "${CMAKE_INSTALL_PREFIX}/lib/systemd/system"
    CACHE PATH "where hotlined.service is installed")
target_compile_definitions(hl_core PRIVATE HL_DATADIR="${HL_DATADIR}")

install(TARGETS hotlined RUNTIME DESTINATION ${CMAKE_INSTALL_SBINDIR})
install(TARGETS hotlinectl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/hotline/rules
        FILES_MATCHING PATTERN "*.conf" PATTERN "topics.model" PATTERN "README.md")
install(DIRECTORY ${CMAKE_SOURCE_DIR}/templates/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/hotline/templates)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/hotline/data)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/schema/ DESTINATION ${CMAKE_INSTALL_DATADIR}/hotline/schema
        FILES_MATCHING PATTERN "*.sql")
install(FILES ${CMAKE_SOURCE_DIR}/hotline.conf.example DESTINATION ${HL_CONFDIR})
file(GLOB HL_MAN5 CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/docs/man/*.5)
file(GLOB HL_MAN8 CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/docs/man/*.8)
install(FILES ${HL_MAN5} DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)
install(FILES ${HL_MAN8} DESTINATION ${CMAKE_INSTALL_MANDIR}/man8)

configure_file(${CMAKE_SOURCE_DIR}/dist/systemd/hotlined.service.in
               ${CMAKE_BINARY_DIR}/hotlined.service @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/hotlined.service DESTINATION ${HL_SYSTEMD_UNITDIR})

# Debian package (scripts/package.sh: cmake -DCMAKE_INSTALL_PREFIX=/usr, cpack -G DEB).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hotline)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "hotline administrators <root@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "citizen-feedback mailboxes: IMAP intake, PCRE2 routing, PostgreSQL cases, SMTP replies")
set(CPACK_PACKAGE_DESCRIPTION
    "hotlined polls each unit's feedback mailbox over IMAP, decodes and classifies the mail, \
stores cases in PostgreSQL and answers citizens and clerks over SMTP; hotlinectl is the \
administrators' command line.  Configuration is left to the administrator: start from \
/etc/hotline/hotline.conf.example.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql, dovecot-imapd")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_SOURCE_DIR}/dist/debian/postinst
    ${CMAKE_SOURCE_DIR}/dist/debian/prerm ${CMAKE_SOURCE_DIR}/dist/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
