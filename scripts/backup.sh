#!/usr/bin/env bash
# Backs up and restores Factbench's PostgreSQL database with pg_dump / pg_restore (custom format).
#
#   scripts/backup.sh dump    JDBC_OR_CONNINFO FILE     # pg_dump -Fc --no-owner --no-privileges
#   scripts/backup.sh restore JDBC_OR_CONNINFO FILE     # into an EMPTY database: pg_restore --no-owner
#                                                       #   --no-privileges --exit-on-error --single-transaction
#   scripts/backup.sh list    FILE                      # what the dump holds (pg_restore --list)
#
# The database is given as a libpq URI or conninfo (postgresql://user@host:port/db, "host=... dbname=...")
# or as the application's JDBC URL (jdbc:postgresql://host:port/db?user=...); the password comes from
# PGPASSWORD or ~/.pgpass. pg_dump must be of the server's major version or newer: PG_BIN picks the
# client directory (default: the newest /usr/lib/postgresql/*/bin, else pg_dump on PATH). The script
# refuses a server newer than its client with a message saying which client to install.
# The application may keep running during a dump (pg_dump reads one consistent snapshot); stop every
# node before a restore and start them after it (Flyway sees the restored schema version).
set -euo pipefail

die() { echo "backup.sh: $*" >&2; exit 1; }

bin_dir() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$d" ]; then echo "$d"; else dirname "$(command -v pg_dump || echo /usr/bin/pg_dump)"; fi
}

# jdbc:postgresql://host:port/db?user=u&password=p  ->  postgresql://host:port/db?user=u&password=p
conninfo() {
  case "$1" in
    jdbc:postgresql:*) echo "${1#jdbc:}" ;;
    *) echo "$1" ;;
  esac
}

major() { "$1" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/'; }

server_major() {
  local n
  n=$("$BIN/psql" -X -A -t -d "$1" -c 'show server_version_num') || die "cannot reach the database"
  echo $((n / 10000))
}

check_versions() {
  local client server
  client=$(major "$BIN/pg_dump")
  server=$(server_major "$1")
  if [ "$server" -gt "$client" ]; then
    die "the server is PostgreSQL $server but pg_dump is $client ($BIN): install postgresql-client-$server" \
      "(PGDG apt repository) or use the client inside the server's container (docker exec ... pg_dump)," \
      "and point PG_BIN at its bin directory"
  fi
}

BIN=$(bin_dir)
[ -x "$BIN/pg_dump" ] || die "no pg_dump in $BIN (install postgresql-client, or set PG_BIN)"

cmd=${1:-}
case "$cmd" in
  dump)
    [ $# -eq 3 ] || die "usage: backup.sh dump DATABASE FILE"
    db=$(conninfo "$2")
    check_versions "$db"
    tmp="$3.partial"
    trap 'rm -f "$tmp"' EXIT
    "$BIN/pg_dump" --format=custom --no-owner --no-privileges --compress=6 --file="$tmp" --dbname="$db"
    mv "$tmp" "$3"
    trap - EXIT
    echo "backup.sh: dumped to $3 ($(du -h "$3" | cut -f1))"
    ;;
  restore)
    [ $# -eq 3 ] || die "usage: backup.sh restore DATABASE FILE"
    db=$(conninfo "$2")
    [ -f "$3" ] || die "no dump file $3"
    check_versions "$db"
    tables=$("$BIN/psql" -X -A -t -d "$db" -c \
      "select count(*) from information_schema.tables where table_schema = 'public'")
    [ "$tables" = 0 ] || die "the target database is not empty ($tables tables in public); restore into a fresh database"
    "$BIN/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$db" "$3"
    echo "backup.sh: restored $3"
    ;;
  list)
    [ $# -eq 2 ] || die "usage: backup.sh list FILE"
    "$BIN/pg_restore" --list "$2"
    ;;
  *)
    die "usage: backup.sh dump|restore DATABASE FILE, or backup.sh list FILE"
    ;;
esac
