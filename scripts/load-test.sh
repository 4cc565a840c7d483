#!/usr/bin/env bash
# Load test of the real UI: builds the app, starts an embedded PostgreSQL and one node (heap set with
# --xmx, printed), seeds a workspace (load users, many claims), runs the driver (a separate JVM that
# speaks Vaadin's UIDL protocol like browsers do) in steps of increasing analyst counts, prints the
# round-trip table and the write verification, and stops everything.
#
#   scripts/load-test.sh [--steps|--analysts 50,100,200,300,400] [--duration 120] [--think 2000-5000]
#                        [--claims 20000] [--xmx 2g] [--no-build] [--ramp 20] [--profile]
#   scripts/load-test.sh --heap-per-tab 300       # live heap per signed-in tab on the claims view
#
# --ramp S: each step's analysts sign in spread over S seconds (20: the burst; 120: a shift start; the
# duration must be at least S + 30). --profile: records the node with Java Flight Recorder for the whole
# run and prints its hot methods and allocations by class (jfr view) at the end.
# The driver prints a CPU calibration first (SHA-256 digests per second on one thread) and each p95 also
# in work units of it, so that runs on machines of different speeds can be compared.
#
# Exit code 0 only when no step had errors and every acknowledged write is in the database once.
set -euo pipefail

STEPS=50,100,200,300,400
DURATION=120
THINK=2000-5000
CLAIMS=20000
XMX=2g
RAMP=20
PROFILE=0
HEAP_TABS=
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --steps) STEPS=$2; shift 2 ;;
    --analysts) STEPS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --think) THINK=$2; shift 2 ;;
    --claims) CLAIMS=$2; shift 2 ;;
    --xmx) XMX=$2; shift 2 ;;
    --heap-per-tab) HEAP_TABS=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --ramp) RAMP=$2; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

export OPS_DIR=${OPS_DIR:-$(cd "$(dirname "$0")/.." && pwd)/target/ops-load-test}
source "$(dirname "$0")/lib/ops.sh"
ops_java

JFR_FILE=$OPS_DIR/load-node.jfr
cleanup() {
  ops_stop_app load-node || true
  ops_stop_db load-db || true
  if [ "$PROFILE" = 1 ] && [ -s "$JFR_FILE" ]; then
    echo "== Profile of the node ($JFR_FILE), top methods by CPU samples =="
    "$JAVA_HOME/bin/jfr" view --width 200 hot-methods "$JFR_FILE" || true
    echo "== Allocations by class =="
    "$JAVA_HOME/bin/jfr" view --width 200 allocation-by-class "$JFR_FILE" || true
    echo "== Garbage collection =="
    "$JAVA_HOME/bin/jfr" view --width 200 gc-pauses "$JFR_FILE" || true
  fi
}
trap cleanup EXIT

if [ "$BUILD" = 1 ] || [ ! -f "$OPS_DIR/test-classpath.txt" ]; then
  ops_log "building"
  ops_build --tests
fi
# a fresh database each run, so the write verification counts this run only
rm -rf "$OPS_DIR/load-db"
ops_start_db load-db "$(ops_free_port)"
PORT=$(ops_free_port)
export OPS_JAVA_OPTS="-Xmx$XMX -XX:+ExitOnOutOfMemoryError"
if [ "$PROFILE" = 1 ]; then
  rm -f "$JFR_FILE"
  OPS_JAVA_OPTS="$OPS_JAVA_OPTS -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$JFR_FILE"
fi
ops_log "starting one node on port $PORT with $OPS_JAVA_OPTS"
ops_start_app load-node "$PORT" FACTBENCH_DEMO_ENABLED=true FACTBENCH_ADMIN_PASSWORD=factbench-demo
NODE_PID=$(cat "$OPS_DIR/load-node.pid")
echo "Node: pid $NODE_PID, heap -Xmx$XMX, $(nproc) CPUs; database $OPS_JDBC_URL"

DRIVER_OPTS="-Xmx1g -Djdk.httpclient.connectionPoolSize=0"
if [ -n "$HEAP_TABS" ]; then
  java $DRIVER_OPTS -cp "$OPS_REPO/target/test-classes:$OPS_REPO/target/classes:$(cat "$OPS_DIR/test-classpath.txt")" \
    org.factbench.load.LoadDriver --base "http://127.0.0.1:$PORT" --jdbc "$OPS_JDBC_URL" \
    --claims "$CLAIMS" --heap-per-tab "$HEAP_TABS" --node-pid "$NODE_PID" \
    || ops_die "the heap-per-tab measurement had errors"
else
  java $DRIVER_OPTS -cp "$OPS_REPO/target/test-classes:$OPS_REPO/target/classes:$(cat "$OPS_DIR/test-classpath.txt")" \
    org.factbench.load.LoadDriver --base "http://127.0.0.1:$PORT" --jdbc "$OPS_JDBC_URL" \
    --steps "$STEPS" --duration "$DURATION" --think "$THINK" --claims "$CLAIMS" --ramp "$RAMP" \
    || ops_die "the load test had errors or lost/duplicated writes (see above)"
fi
