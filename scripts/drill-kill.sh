#!/usr/bin/env bash
# Failure drill: the application is killed (SIGKILL) during a burst of saves.
#
# Starts an embedded PostgreSQL of its own and one node with the demo data, then runs
# org.factbench.drill.KillDrill: CLIENTS concurrent API clients (default 16) create claims, add sources
# and edit with versions; after KILL_AFTER_ACKS acknowledged saves (default 150) the node gets `kill -9`, is restarted on the
# same database, and the drill checks that every acknowledged save is there with its history row, every
# save in flight at the kill is fully there or fully absent, and nothing else exists. Prints the counts.
#
#   scripts/drill-kill.sh
#   CLIENTS=32 KILL_AFTER_ACKS=400 SKIP_BUILD=1 scripts/drill-kill.sh
#
# Needs: a JDK 21+, curl. Exit code 0 when the drill passes.
set -euo pipefail

OPS_DIR=${OPS_DIR:-$(cd "$(dirname "$0")/.." && pwd)/target/ops-drill-kill}
export OPS_DIR
source "$(dirname "$0")/lib/ops.sh"

cleanup() {
  ops_stop_app kill-node
  ops_stop_db kill-db
}
trap cleanup EXIT

ops_java
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$OPS_DIR/test-classpath.txt" ]; then
  ops_build --tests
  (cd "$OPS_REPO" && ./mvnw -B -q -ntp test-compile -Dspotless.check.skip=true) || ops_die "test-compile failed"
fi
rm -rf "$OPS_DIR/kill-db"

DB_PORT=$(ops_free_port)
APP_PORT=$(ops_free_port)
ops_start_db kill-db "$DB_PORT"
node_env=(FACTBENCH_DEMO_ENABLED=true FACTBENCH_ADMIN_PASSWORD=factbench-demo FACTBENCH_DATA_DIR="$OPS_DIR/kill-files")
ops_start_app kill-node "$APP_PORT" "${node_env[@]}"
ops_log "node on http://127.0.0.1:$APP_PORT, PostgreSQL on $DB_PORT"

lib="$OPS_REPO/scripts/lib/ops.sh"
env_words=$(printf "'%s' " "${node_env[@]}")
started=$(date +%s)
ops_test_java \
  -Ddrill.url="http://127.0.0.1:$APP_PORT" \
  -Ddrill.jdbc="$OPS_JDBC_URL" \
  -Ddrill.clients="${CLIENTS:-16}" \
  -Ddrill.killAfterAcks="${KILL_AFTER_ACKS:-150}" \
  -Ddrill.kill="OPS_DIR='$OPS_DIR' && source '$lib' && ops_stop_app kill-node KILL" \
  -Ddrill.restart="OPS_DIR='$OPS_DIR' OPS_JDBC_URL='$OPS_JDBC_URL' && source '$lib' && ops_java && ops_start_app kill-node $APP_PORT $env_words" \
  org.factbench.drill.KillDrill || {
    tail -40 "$OPS_DIR/kill-node.log" >&2
    ops_die "the kill drill failed (node log: $OPS_DIR/kill-node.log)"
  }
ops_log "kill drill passed in $(($(date +%s) - started)) s"
