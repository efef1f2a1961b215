-- save_mailbox_sql of units_pg.c (embedded as hl_sql_units_save_mailbox)
INSERT INTO unit_mailboxes (unit_code, host, port, tls, allow_plain, username,
password_file, password_env, inbox, processed, ca_file, pin_sha256)
VALUES ($1, $2, $3::integer, $4, $5::boolean, $6, $7, $8, $9, $10, $11, $12)
ON CONFLICT (unit_code) DO UPDATE SET host = EXCLUDED.host, port = EXCLUDED.port,
tls = EXCLUDED.tls, allow_plain = EXCLUDED.allow_plain, username = EXCLUDED.username,
password_file = EXCLUDED.password_file, password_env = EXCLUDED.password_env,
inbox = EXCLUDED.inbox, processed = EXCLUDED.processed, ca_file = EXCLUDED.ca_file,
pin_sha256 = EXCLUDED.pin_sha256
WHERE (unit_mailboxes.host, unit_mailboxes.port, unit_mailboxes.tls,
unit_mailboxes.allow_plain, unit_mailboxes.username, unit_mailboxes.password_file,
unit_mailboxes.password_env, unit_mailboxes.inbox, unit_mailboxes.processed,
unit_mailboxes.ca_file, unit_mailboxes.pin_sha256) IS DISTINCT FROM (EXCLUDED.host,
EXCLUDED.port, EXCLUDED.tls, EXCLUDED.allow_plain, EXCLUDED.username,
EXCLUDED.password_file, EXCLUDED.password_env, EXCLUDED.inbox, EXCLUDED.processed,
EXCLUDED.ca_file, EXCLUDED.pin_sha256) RETURNING 1
