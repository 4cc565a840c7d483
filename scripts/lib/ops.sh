# Shared functions for the operations scripts (several nodes, load test, failure drills). Source it:
#
#   source "$(dirname "$0")/lib/ops.sh"
#
# Everything runs on loopback and writes under $OPS_DIR (default target/ops): logs, pid files, the database.
#   ops_java                          exports JAVA_HOME/PATH for a JDK 21 or newer
#   ops_build [--tests]               packages the application jar (and the test classpath with --tests)
#   ops_start_db NAME PORT            an embedded PostgreSQL of its own (data in $OPS_DIR/NAME), prints nothing;
#                                     $OPS_JDBC_URL is its URL afterwards
#   ops_stop_db NAME                  stops it cleanly (the data stays)
#   ops_start_app NAME PORT [VAR=VALUE...]   a node on that port against $OPS_JDBC_URL; waits until healthy
#   ops_stop_app NAME [SIGNAL]        TERM by default (a clean stop); KILL for a crash
#   ops_test_java CLASS [ARGS...]     runs a main class from the test sources (after ops_build --tests)
# Needs: bash, curl.

OPS_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OPS_DIR=${OPS_DIR:-$OPS_REPO/target/ops}
mkdir -p "$OPS_DIR"

ops_log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
ops_die() { ops_log "FAILED: $*"; exit 1; }

ops_java() {
  local c v
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk /usr/lib/jvm/*; do
    [ -n "$c" ] && [ -x "$c/bin/javac" ] || continue
    v=$("$c/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME=$c PATH="$c/bin:$PATH"
      return 0
    fi
  done
  ops_die "no JDK 21 or newer (looked at JAVA_HOME and /usr/lib/jvm)"
}

ops_jar() { ls "$OPS_REPO"/target/factbench-*.jar 2>/dev/null | grep -v -- '-plain' | head -1; }

ops_build() {
  ops_java
  export VAADIN_USAGE_STATS_ENABLED=false
  (cd "$OPS_REPO" && ./mvnw -B -q -ntp package -DskipTests -Dspotless.check.skip=true) \
    || ops_die "the build failed"
  if [ "${1:-}" = --tests ]; then
    (cd "$OPS_REPO" && ./mvnw -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$OPS_DIR/test-classpath.txt") || ops_die "could not resolve the test classpath"
  fi
  [ -n "$(ops_jar)" ] || ops_die "no application jar in target/"
}

ops_start_db() {
  local name=$1 port=$2 jar
  jar=$(ops_jar)
  [ -n "$jar" ] || ops_die "build first (ops_build)"
  java -Dloader.main=org.factbench.base.db.EmbeddedDatabaseServer -cp "$jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher \
    --data-dir "$OPS_DIR/$name" --port "$port" >"$OPS_DIR/$name-db.log" 2>&1 &
  echo $! >"$OPS_DIR/$name-db.pid"
  local i
  for i in $(seq 120); do
    if grep -q '^READY ' "$OPS_DIR/$name-db.log"; then
      OPS_JDBC_URL=$(sed -n 's/^READY //p' "$OPS_DIR/$name-db.log" | head -1)
      export OPS_JDBC_URL
      return 0
    fi
    kill -0 "$(cat "$OPS_DIR/$name-db.pid")" 2>/dev/null || { cat "$OPS_DIR/$name-db.log" >&2; ops_die "database $name did not start"; }
    sleep 0.5
  done
  ops_die "database $name did not start within 60 s"
}

ops_stop_db() {
  local name=$1 pid
  pid=$(cat "$OPS_DIR/$name-db.pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || true
  local i
  for i in $(seq 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

ops_start_app() {
  local name=$1 port=$2 jar
  shift 2
  jar=$(ops_jar)
  [ -n "$jar" ] || ops_die "build first (ops_build)"
  env PORT="$port" SPRING_DATASOURCE_URL="$OPS_JDBC_URL" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= VAADIN_USAGE_STATS_ENABLED=false "$@" \
    java ${OPS_JAVA_OPTS:--Xmx1g -XX:+ExitOnOutOfMemoryError} -jar "$jar" >"$OPS_DIR/$name.log" 2>&1 &
  echo $! >"$OPS_DIR/$name.pid"
  local i
  for i in $(seq 240); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    kill -0 "$(cat "$OPS_DIR/$name.pid")" 2>/dev/null || { tail -50 "$OPS_DIR/$name.log" >&2; ops_die "node $name exited"; }
    sleep 0.5
  done
  ops_die "node $name was not healthy within 120 s (log: $OPS_DIR/$name.log)"
}

ops_stop_app() {
  local name=$1 signal=${2:-TERM} pid
  pid=$(cat "$OPS_DIR/$name.pid" 2>/dev/null) || return 0
  kill -"$signal" "$pid" 2>/dev/null || true
  local i
  for i in $(seq 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

ops_test_java() {
  local cls=$1
  shift
  java -cp "$OPS_REPO/target/test-classes:$OPS_REPO/target/classes:$(cat "$OPS_DIR/test-classpath.txt")" "$cls" "$@"
}

ops_free_port() {
  local p
  for _ in $(seq 100); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}
