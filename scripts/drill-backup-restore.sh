#!/usr/bin/env bash
# Drill: back up a populated database with scripts/backup.sh, restore it into a FRESH database, compare
# the two (row count and content checksum of every table, a sample of claims with their sources and
# history), then start a node on the restored database and check it is healthy and a user can sign in.
#
# The server is Debian's PostgreSQL 15 (package postgresql-15; the CI's Testcontainers version), whose
# pg_dump/pg_restore match it. The embedded PostgreSQL 17 cannot be dumped with Debian 12's pg_dump 15;
# see the operations notes for that case.
#
#   scripts/drill-backup-restore.sh
#   SKIP_BUILD=1 PG_BIN=/usr/lib/postgresql/15/bin scripts/drill-backup-restore.sh
#
# Needs: a JDK 21+, curl, postgresql-15 (initdb, pg_ctl, postgres) and postgresql-client-15. When run as
# root, the server runs as the user `nobody` (PostgreSQL refuses root).
set -euo pipefail

OPS_DIR=${OPS_DIR:-$(cd "$(dirname "$0")/.." && pwd)/target/ops-drill-backup}
export OPS_DIR
source "$(dirname "$0")/lib/ops.sh"
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
export PG_BIN
[ -x "$PG_BIN/initdb" ] || ops_die "no PostgreSQL server in $PG_BIN (apt-get install postgresql-15)"

DATA=$(mktemp -d /tmp/factbench-backup-drill.XXXXXX)   # /tmp: reachable for `nobody`
DUMP=$OPS_DIR/factbench.dump
as_pg() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; else "$@"; fi; }

cleanup() {
  ops_stop_app backup-node
  as_pg "$PG_BIN/pg_ctl" -D "$DATA/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap cleanup EXIT

ops_java
if [ -z "${SKIP_BUILD:-}" ] || [ -z "$(ops_jar)" ]; then ops_build; fi

PORT=$(ops_free_port)
chmod 755 "$DATA"
[ "$(id -u)" = 0 ] && chown nobody:nogroup "$DATA"
as_pg "$PG_BIN/initdb" -D "$DATA/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$OPS_DIR/backup-initdb.log" 2>&1 \
  || { cat "$OPS_DIR/backup-initdb.log" >&2; ops_die "initdb failed"; }
as_pg "$PG_BIN/pg_ctl" -D "$DATA/pg" -l "$DATA/pg.log" -w \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DATA" start >/dev/null || { cat "$DATA/pg.log" >&2; ops_die "PostgreSQL did not start"; }
psql_() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }
psql_ -d postgres -c 'create database factbench' -c 'create database factbench_restored'
ops_log "PostgreSQL $(psql_ -d postgres -A -t -c 'show server_version') on port $PORT"

# 1. a populated database: the demo workspace plus claims, sources and edits through the API
OPS_JDBC_URL="jdbc:postgresql://127.0.0.1:$PORT/factbench?user=postgres"
export OPS_JDBC_URL
APP_PORT=$(ops_free_port)
ops_start_app backup-node "$APP_PORT" FACTBENCH_DEMO_ENABLED=true FACTBENCH_ADMIN_PASSWORD=factbench-demo \
  FACTBENCH_DATA_DIR="$OPS_DIR/backup-files"
API="http://127.0.0.1:$APP_PORT/api/v1"
auth=(-u editor:factbench-demo -H 'Content-Type: application/json')
ws=$(curl -fsS "${auth[@]}" "$API/workspaces" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
for i in $(seq 20); do
  body=$(curl -fsS "${auth[@]}" -X POST "$API/workspaces/$ws/claims" -d "{\"wording\":\"Backup drill claim $i\",\"tags\":[\"drill\"]}")
  id=$(echo "$body" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  curl -fsS "${auth[@]}" -X POST "$API/workspaces/$ws/claims/$id/sources" \
    -d "{\"url\":\"https://drill.example/backup/$i\",\"stance\":\"SUPPORTS\",\"passage\":\"Passage $i\"}" >/dev/null
  curl -fsS "${auth[@]}" -X PUT "$API/workspaces/$ws/claims/$id" \
    -d "{\"wording\":\"Backup drill claim $i, edited\",\"rationale\":\"Rationale $i\",\"tags\":[\"drill\"],\"version\":0}" >/dev/null
  curl -fsS "${auth[@]}" -X POST "$API/workspaces/$ws/claims/$id/notes" -d "{\"body\":\"Note $i\"}" >/dev/null
done
ops_log "populated: 20 claims with a source, an edit and a note each, besides the demo data"

# 2. back up while the node runs, then stop it
started=$(date +%s)
"$(dirname "$0")/backup.sh" dump "postgresql://postgres@127.0.0.1:$PORT/factbench" "$DUMP"
dump_s=$(($(date +%s) - started))
ops_stop_app backup-node

# 3. restore into the fresh database
started=$(date +%s)
"$(dirname "$0")/backup.sh" restore "postgresql://postgres@127.0.0.1:$PORT/factbench_restored" "$DUMP"
restore_s=$(($(date +%s) - started))

# 4. compare: every table's row count and content checksum, and a sample of claims
tables=$(psql_ -d factbench -A -t -c "select tablename from pg_tables where schemaname = 'public' order by 1")
fingerprint() {
  local db=$1 t
  for t in $tables; do
    psql_ -d "$db" -A -t -F ' ' -c \
      "select '$t', count(*), coalesce(md5(string_agg(x::text, '|' order by x::text)), '-') from public.\"$t\" x"
  done
}
fingerprint factbench >"$OPS_DIR/backup-original.txt"
fingerprint factbench_restored >"$OPS_DIR/backup-restored.txt"
sample="select c.id, c.wording, c.status, c.version, c.rationale,
  (select string_agg(s.url || ' ' || s.stance, ', ' order by s.id) from source s where s.claim_id = c.id) as sources,
  (select string_agg(h.action || '=' || coalesce(h.after_value, ''), ', ' order by h.id) from history h where h.claim_id = c.id) as history
  from claim c order by c.id desc limit 10"
psql_ -d factbench -A -t -c "$sample" >"$OPS_DIR/backup-sample-original.txt"
psql_ -d factbench_restored -A -t -c "$sample" >"$OPS_DIR/backup-sample-restored.txt"
echo "table rows checksum (original)"; column -t "$OPS_DIR/backup-original.txt"
diff "$OPS_DIR/backup-original.txt" "$OPS_DIR/backup-restored.txt" >&2 || ops_die "the restored tables differ from the original"
diff "$OPS_DIR/backup-sample-original.txt" "$OPS_DIR/backup-sample-restored.txt" >&2 || ops_die "the sample of claims differs"
ops_log "all $(echo "$tables" | wc -w) tables have the same rows and content; the 10 newest claims match with sources and history"

# 5. a node on the restored database: healthy, and a user signs in
OPS_JDBC_URL="jdbc:postgresql://127.0.0.1:$PORT/factbench_restored?user=postgres"
ops_start_app backup-node "$APP_PORT" FACTBENCH_DATA_DIR="$OPS_DIR/backup-files"
me=$(curl -fsS -u reviewer:factbench-demo "$API/me") || ops_die "reviewer cannot sign in on the restored database"
grep -q '"reviewer"' <<<"$me" || ops_die "unexpected /me answer: $me"
listed=$(curl -fsS "${auth[@]}" "$API/workspaces/$ws/claims?tag=drill&size=50") \
  || ops_die "the restored node did not list the claims"
n=$( (grep -o 'Backup drill claim [0-9]*, edited' <<<"$listed" || true) | sort -u | wc -l)
[ "$n" = 20 ] || ops_die "the restored node lists $n of the 20 drill claims: ${listed:0:400}"
ops_log "backup/restore drill passed: dump $DUMP ($(du -h "$DUMP" | cut -f1)) in ${dump_s} s, restore in ${restore_s} s; node healthy, reviewer signed in, 20/20 drill claims listed"
