#!/usr/bin/env bash
# Failure drill: PostgreSQL stops while people work, then comes back.
#
# Starts an embedded PostgreSQL of its own and one node with the demo data, then runs
# org.factbench.drill.DbOutageDrill: a signed-in editor in a real Chromium (Playwright) and API clients
# work while the database is stopped (SIGTERM) for OUTAGE_SECONDS (default 30) and started again on the
# same port and data directory. The drill checks the storage message in the browser (screenshots in
# target/drills/), no stack trace, the typed input kept, health DOWN then UP, the same save succeeding
# after recovery without a restart, sign-in, live updates, 503 from the API, and the database's
# consistency afterwards.
#
#   scripts/drill-db-outage.sh                 # builds the jar and the test classes first
#   OUTAGE_SECONDS=10 SKIP_BUILD=1 scripts/drill-db-outage.sh
#
# Needs: a JDK 21+, curl, Chromium (/usr/bin/chromium or CHROMIUM_PATH). Exit code 0 when every check passes.
set -euo pipefail

OPS_DIR=${OPS_DIR:-$(cd "$(dirname "$0")/.." && pwd)/target/ops-drill-outage}
export OPS_DIR
source "$(dirname "$0")/lib/ops.sh"
OUTAGE_SECONDS=${OUTAGE_SECONDS:-30}
OUT=$OPS_REPO/target/drills

cleanup() {
  ops_stop_app outage-node
  ops_stop_db outage-db
}
trap cleanup EXIT

ops_java
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$OPS_DIR/test-classpath.txt" ]; then
  ops_build --tests
  (cd "$OPS_REPO" && ./mvnw -B -q -ntp test-compile -Dspotless.check.skip=true) || ops_die "test-compile failed"
fi
rm -rf "$OPS_DIR/outage-db" "$OUT"/outage-*.png
mkdir -p "$OUT"

DB_PORT=$(ops_free_port)
APP_PORT=$(ops_free_port)
ops_start_db outage-db "$DB_PORT"
ops_log "PostgreSQL on port $DB_PORT ($OPS_JDBC_URL)"
ops_start_app outage-node "$APP_PORT" FACTBENCH_DEMO_ENABLED=true FACTBENCH_ADMIN_PASSWORD=factbench-demo \
  FACTBENCH_DATA_DIR="$OPS_DIR/outage-files"
ops_log "node on http://127.0.0.1:$APP_PORT"

lib="$OPS_REPO/scripts/lib/ops.sh"
started=$(date +%s)
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 ops_test_java \
  -Ddrill.url="http://127.0.0.1:$APP_PORT" \
  -Ddrill.jdbc="$OPS_JDBC_URL" \
  -Ddrill.outageSeconds="$OUTAGE_SECONDS" \
  -Ddrill.out="$OUT" \
  -Ddrill.stopDb="OPS_DIR='$OPS_DIR' && source '$lib' && ops_stop_db outage-db" \
  -Ddrill.startDb="OPS_DIR='$OPS_DIR' && source '$lib' && ops_java && ops_start_db outage-db $DB_PORT" \
  org.factbench.drill.DbOutageDrill || {
    tail -40 "$OPS_DIR/outage-node.log" >&2
    ops_die "the database-outage drill failed (node log: $OPS_DIR/outage-node.log)"
  }
ops_log "database-outage drill passed in $(($(date +%s) - started)) s (outage $OUTAGE_SECONDS s)"
