#!/usr/bin/env bash
# Two Factbench nodes behind HAProxy (sticky sessions) on one machine, sharing one embedded PostgreSQL.
# Everything listens on loopback only, on free random ports; state, logs and the database are in $OPS_DIR
# (default target/ops-cluster).
#
#   scripts/cluster.sh start            build the jar if missing (--build: always), start the database, node a
#                                       (it seeds the demo into an empty database), node b and the proxy;
#                                       prints the URL
#   scripts/cluster.sh status           what runs, on which port, and what the proxy's health checks say
#   scripts/cluster.sh stop-node b      stops one node cleanly (SIGTERM); `kill-node b` is a crash (SIGKILL)
#   scripts/cluster.sh start-node b     starts a stopped node again on its port
#   scripts/cluster.sh stop             stops proxy, nodes and database (the data stays; `reset` deletes it)
#   scripts/cluster.sh test             builds the jar and runs the two-browser test (TwoNodesTest, -Pcluster)
#
# Needs: bash, curl, a JDK 21+ (found by scripts/lib/ops.sh) and haproxy (Debian: apt-get install haproxy;
# installed automatically when missing and run as root). Environment: OPS_DIR, PROXY_PORT (default: free).
set -euo pipefail

export OPS_DIR=${OPS_DIR:-$(cd "$(dirname "$0")/.." && pwd)/target/ops-cluster}
# shellcheck source=lib/ops.sh
source "$(dirname "$0")/lib/ops.sh"

STATE=$OPS_DIR/cluster.env
DB=cluster-db
# Both nodes get the same configuration: the same application, only the port differs. The demo flag seeds
# the demo workspace and users into an empty database only (node a starts first and does it once).
NODE_ENV=(SERVER_ADDRESS=127.0.0.1 FACTBENCH_DEMO_ENABLED=true FACTBENCH_ADMIN_PASSWORD=factbench-demo
  FACTBENCH_DB_POOL_SIZE=10)

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }

need_haproxy() {
  command -v haproxy >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    ops_log "installing haproxy (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >"$OPS_DIR/apt-haproxy.log" 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy \
        >>"$OPS_DIR/apt-haproxy.log" 2>&1; } || ops_die "could not install haproxy (see $OPS_DIR/apt-haproxy.log)"
    # the package enables a system-wide service on port 80 that we do not use
    command -v systemctl >/dev/null && systemctl disable --now haproxy >/dev/null 2>&1 || true
  else
    ops_die "haproxy is not installed: run 'sudo apt-get install haproxy' (Debian/Ubuntu; version 2.4 or newer)"
  fi
}

alive() { local f=$OPS_DIR/$1.pid; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

load_state() {
  [ -f "$STATE" ] || ops_die "no cluster state in $STATE (run: $0 start)"
  # shellcheck disable=SC1090
  source "$STATE"
}

start_proxy() {
  sed -e "s|@OPS_DIR@|$OPS_DIR|g" -e "s|@PROXY_PORT@|$PROXY_PORT|g" -e "s|@PORT_A@|$PORT_A|g" \
    -e "s|@PORT_B@|$PORT_B|g" -e "s|@STATS_PORT@|$STATS_PORT|g" \
    "$OPS_REPO/ops/haproxy.cfg.template" >"$OPS_DIR/haproxy.cfg"
  haproxy -c -q -f "$OPS_DIR/haproxy.cfg" || ops_die "haproxy refused $OPS_DIR/haproxy.cfg"
  haproxy -db -f "$OPS_DIR/haproxy.cfg" >"$OPS_DIR/haproxy.log" 2>&1 &
  echo $! >"$OPS_DIR/proxy.pid"
  local i
  for i in $(seq 40); do
    curl -fs -o /dev/null "http://127.0.0.1:$PROXY_PORT/actuator/health" && return 0
    alive proxy || { cat "$OPS_DIR/haproxy.log" >&2; ops_die "haproxy exited"; }
    sleep 0.5
  done
  ops_die "the proxy did not answer within 20 s (log: $OPS_DIR/haproxy.log)"
}

start_node() {
  local name=$1 port
  port=$([ "$name" = a ] && echo "$PORT_A" || echo "$PORT_B")
  alive "node-$name" && { ops_log "node $name already runs"; return 0; }
  ops_log "starting node $name on 127.0.0.1:$port"
  OPS_JDBC_URL=$JDBC_URL ops_start_app "node-$name" "$port" "${NODE_ENV[@]}"
}

cmd_start() {
  if [ -f "$STATE" ]; then
    alive proxy && { ops_log "already running"; cmd_status; return 0; }
    ops_log "cleaning up what a previous start left"
    cmd_stop
  fi
  need_haproxy
  if [ "${1:-}" = --build ] || [ -z "$(ops_jar)" ]; then
    ops_log "building the application jar"
    ops_build
  fi
  ops_java
  CLUSTER_STARTING=1
  trap '[ "$CLUSTER_STARTING" = 1 ] && { ops_log "start failed; stopping what started"; cmd_stop; }' EXIT
  PORT_A=$(ops_free_port); PORT_B=$(ops_free_port); DB_PORT=$(ops_free_port)
  PROXY_PORT=${PROXY_PORT:-$(ops_free_port)}; STATS_PORT=$(ops_free_port)
  ops_log "starting PostgreSQL on 127.0.0.1:$DB_PORT"
  ops_start_db "$DB" "$DB_PORT"
  JDBC_URL=$OPS_JDBC_URL
  printf 'PORT_A=%s\nPORT_B=%s\nDB_PORT=%s\nPROXY_PORT=%s\nSTATS_PORT=%s\nJDBC_URL=%q\n' \
    "$PORT_A" "$PORT_B" "$DB_PORT" "$PROXY_PORT" "$STATS_PORT" "$JDBC_URL" >"$STATE"
  start_node a
  start_node b
  start_proxy
  CLUSTER_STARTING=0
  trap - EXIT
  ops_log "cluster up"
  echo "URL=http://127.0.0.1:$PROXY_PORT/"
  echo "STATS=http://127.0.0.1:$STATS_PORT/"
}

cmd_stop() {
  if [ -f "$OPS_DIR/proxy.pid" ]; then kill "$(cat "$OPS_DIR/proxy.pid")" 2>/dev/null || true; fi
  ops_stop_app node-b
  ops_stop_app node-a
  ops_stop_db "$DB"
  rm -f "$OPS_DIR"/proxy.pid "$OPS_DIR"/node-a.pid "$OPS_DIR"/node-b.pid "$OPS_DIR/$DB-db.pid" "$STATE"
  ops_log "stopped (data kept in $OPS_DIR/$DB)"
}

proxy_view() {
  # the proxy's view of a node (UP, DOWN, ...): column 18 of its statistics as CSV
  curl -fs "http://127.0.0.1:$STATS_PORT/;csv" 2>/dev/null | awk -F, -v s="$1" '$1=="nodes" && $2==s {print $18}'
}

cmd_status() {
  load_state
  local n p h
  printf 'database  127.0.0.1:%s  %s\n' "$DB_PORT" "$(alive "$DB-db" && echo running || echo stopped)"
  for n in a b; do
    p=$([ "$n" = a ] && echo "$PORT_A" || echo "$PORT_B")
    h=$(curl -fs "http://127.0.0.1:$p/actuator/health" 2>/dev/null || echo down)
    printf 'node %s    127.0.0.1:%s  %s  health=%s  proxy=%s\n' "$n" "$p" \
      "$(alive "node-$n" && echo running || echo stopped)" "$h" "$(proxy_view "$n")"
  done
  printf 'proxy     http://127.0.0.1:%s/  %s  (stats http://127.0.0.1:%s/)\n' "$PROXY_PORT" \
    "$(alive proxy && echo running || echo stopped)" "$STATS_PORT"
}

node_arg() { case "${1:-}" in a|b) ;; *) ops_die "which node? a or b";; esac; }

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  start) cmd_start "$@" ;;
  stop) cmd_stop ;;
  reset) cmd_stop; rm -rf "${OPS_DIR:?}/$DB"; ops_log "database deleted" ;;
  status) cmd_status ;;
  url) load_state; echo "http://127.0.0.1:$PROXY_PORT/" ;;
  env) load_state; cat "$STATE" ;;
  stop-node) node_arg "${1:-}"; load_state; ops_stop_app "node-$1"; ops_log "node $1 stopped (SIGTERM)" ;;
  kill-node) node_arg "${1:-}"; load_state; ops_stop_app "node-$1" KILL; ops_log "node $1 killed (SIGKILL)" ;;
  start-node) node_arg "${1:-}"; load_state; ops_java; start_node "$1" ;;
  test)
    need_haproxy
    ops_java
    ops_log "building the jar and running TwoNodesTest"
    (cd "$OPS_REPO" && VAADIN_USAGE_STATS_ENABLED=false ./mvnw -B -q -ntp -Pcluster verify "$@") ;;
  *) usage ;;
esac
