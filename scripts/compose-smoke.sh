#!/usr/bin/env bash
# Smoke test of the container setup: builds the app image (Dockerfile), starts docker-compose.yml (app + PostgreSQL)
# under a throw-away project name on a free port, waits for /actuator/health, signs in as admin over HTTP Basic,
# then restarts the app and finally recreates both containers on the same volume, checking each time that the
# admin row and its password survived. Ends with `down -v`; on failure prints both services' logs, exits non-zero.
#
#   bash scripts/compose-smoke.sh          (as root on these machines; about 5-10 minutes the first time)
#
# Docker: uses the engine that `docker` reaches. When FACTBENCH_JAVA_IMAGE is unset and ../shared/ci/docker-offline.sh
# exists beside the repository, that script is run first (it starts an engine and builds local stand-ins for the
# registry images). FACTBENCH_JAVA_IMAGE, when set, is the base of both build stages; FACTBENCH_BUILD_IMAGE and
# FACTBENCH_RUN_IMAGE override each. FACTBENCH_APP_IMAGE is the tag built (default factbench/app:latest).
# FACTBENCH_SMOKE_TIMEOUT: seconds to wait for the app each time (default 180).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
t0=$(date +%s)
step() { printf '[%s +%4ss] %s\n' "$(date +%H:%M:%S)" "$(($(date +%s) - t0))" "$*"; }
die() { step "FAILED: $*" >&2; exit 1; }
timeout_s=${FACTBENCH_SMOKE_TIMEOUT:-180}
work=$(mktemp -d "${TMPDIR:-/tmp}/factbench-smoke.XXXXXX")

# ---- Docker and tools ------------------------------------------------------------------------------------------
if [ -z "${FACTBENCH_JAVA_IMAGE:-}" ] && [ -f "$repo/../shared/ci/docker-offline.sh" ]; then
  step "preparing Docker with ../shared/ci/docker-offline.sh --java"
  offline_env=$(bash "$repo/../shared/ci/docker-offline.sh" --java)
  eval "$offline_env"
fi
docker info >/dev/null 2>&1 || die "no Docker engine reachable (docker info failed)"
command -v curl >/dev/null || die "curl is needed on the host"

if docker compose version >/dev/null 2>&1; then
  compose_cmd=(docker compose)
elif command -v docker-compose >/dev/null; then
  compose_cmd=(docker-compose)
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  step "installing docker-compose from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >"$work/apt.log" 2>&1 \
    || { apt-get update -qq >>"$work/apt.log" 2>&1 \
         && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >>"$work/apt.log" 2>&1; } \
    || { cat "$work/apt.log" >&2; die "could not install docker-compose"; }
  compose_cmd=(docker-compose)
else
  die "neither 'docker compose' nor 'docker-compose' is available"
fi
step "Docker $(docker version -f '{{.Server.Version}}'), compose: ${compose_cmd[*]} $("${compose_cmd[@]}" version --short 2>/dev/null || true)"

# ---- the project's settings ------------------------------------------------------------------------------------
project="factbench-smoke-$(date +%s)-$$"
free_port() {
  local p
  for _ in $(seq 100); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}
random_text() { head -c 64 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9'; }
port=$(free_port) || die "no free port found"
admin_password="Smoke-$(random_text | cut -c1-24)"
export FACTBENCH_PORT=$port
export FACTBENCH_ADMIN_PASSWORD=$admin_password
export FACTBENCH_DB_PASSWORD="db-$(random_text | cut -c1-20)"
export FACTBENCH_DEMO_ENABLED=false
export FACTBENCH_APP_IMAGE=${FACTBENCH_APP_IMAGE:-factbench/app:latest}
export FACTBENCH_PG_IMAGE=${FACTBENCH_PG_IMAGE:-postgres:17}
base="http://127.0.0.1:$port"
compose() { "${compose_cmd[@]}" -p "$project" -f "$repo/docker-compose.yml" "$@"; }

started=false
finish() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  if [ "$rc" != 0 ] && [ "$started" = true ]; then
    step "FAILED (exit $rc): state and logs of project $project" >&2
    compose ps >&2
    compose logs --no-color --tail=500 db app >&2
  fi
  if [ "$started" = true ]; then
    step "cleaning up: down -v"
    compose down -v --remove-orphans >/dev/null 2>&1 || step "down -v failed for project $project" >&2
  fi
  rm -rf "$work"
  [ "$rc" = 0 ] || step "compose smoke FAILED after $(($(date +%s) - t0)) s" >&2
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM

# ---- images ----------------------------------------------------------------------------------------------------
# A JDK image must trust Maven Central's certificate. The stand-in from docker-offline.sh carries a JDK whose
# lib/security/cacerts is a symlink into the host's /etc/ssl, dangling in the image: give the build stage a copy of
# the host's Java trust store on top (the run stage makes no TLS calls and uses the image as it is).
with_truststore() {
  local img=$1 derived
  if docker run --rm --network none --entrypoint sh "$img" -c 'test -s "${JAVA_HOME:-/opt/java}/lib/security/cacerts"'; then
    echo "$img"; return 0
  fi
  local src
  for src in "${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}/lib/security/cacerts" \
             "${JAVA_HOME:-/nonexistent}/lib/security/cacerts" /etc/ssl/certs/java/cacerts; do
    [ -s "$src" ] && break
  done
  [ -s "$src" ] || { echo "no Java trust store (cacerts) on the host to give $img" >&2; return 1; }
  case "$img" in *:*) derived="$img-truststore" ;; *) derived="$img:truststore" ;; esac
  mkdir -p "$work/truststore"
  cp -L "$src" "$work/truststore/cacerts"
  printf '%s\n' "FROM $img" "COPY cacerts /tmp/cacerts" \
    'RUN f="${JAVA_HOME:-/opt/java}/lib/security/cacerts" && rm -f "$f" && cp /tmp/cacerts "$f" && rm /tmp/cacerts' \
    >"$work/truststore/Dockerfile"
  docker build -q -t "$derived" "$work/truststore" >/dev/null
  echo "$derived"
}

run_image=${FACTBENCH_RUN_IMAGE:-${FACTBENCH_JAVA_IMAGE:-eclipse-temurin:25-jre}}
build_image=${FACTBENCH_BUILD_IMAGE:-${FACTBENCH_JAVA_IMAGE:-eclipse-temurin:25-jdk}}
if [ -n "${FACTBENCH_JAVA_IMAGE:-}" ] && [ -z "${FACTBENCH_BUILD_IMAGE:-}" ]; then
  build_image=$(with_truststore "$build_image") || die "could not prepare the build image"
fi
step "building $FACTBENCH_APP_IMAGE (BUILD_IMAGE=$build_image RUN_IMAGE=$run_image; its output is shown on failure)"
tb=$(date +%s)
if ! docker build --force-rm --network host --build-arg "BUILD_IMAGE=$build_image" --build-arg "RUN_IMAGE=$run_image" \
    -t "$FACTBENCH_APP_IMAGE" "$repo" >"$work/build.log" 2>&1; then
  tail -n 120 "$work/build.log" >&2
  die "docker build failed"
fi
build_s=$(($(date +%s) - tb))
step "built $FACTBENCH_APP_IMAGE in ${build_s} s ($(docker image inspect -f '{{.Size}}' "$FACTBENCH_APP_IMAGE" | awk '{printf "%d MB", $1/1000000}'))"

# ---- checks ----------------------------------------------------------------------------------------------------
wait_up() {  # $1: what for; waits for /actuator/health UP through the published port
  local deadline=$(($(date +%s) + timeout_s)) ts body
  ts=$(date +%s)
  while :; do
    body=$(curl -fsS --max-time 5 "$base/actuator/health" 2>/dev/null || true)
    if [[ $body == *'"status":"UP"'* ]]; then
      step "app UP ($1) after $(($(date +%s) - ts)) s: $body"
      return 0
    fi
    [ "$(date +%s)" -lt "$deadline" ] || die "app not UP within ${timeout_s} s ($1); last answer: ${body:-none}"
    sleep 2
  done
}
wait_container_healthy() {  # the image's own HEALTHCHECK (java HealthCheck) must report healthy too
  local deadline=$(($(date +%s) + timeout_s)) id status
  id=$(compose ps -q app)
  while :; do
    status=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$id")
    if [ "$status" = healthy ]; then step "container health check: healthy"; return 0; fi
    [ "$status" != none ] || die "the app container has no HEALTHCHECK"
    [ "$(date +%s)" -lt "$deadline" ] || die "container health is '$status' after ${timeout_s} s"
    sleep 2
  done
}
http() {  # $1 expected status, $2 path, $3 user:password or '' (anonymous); body in $work/body
  local code auth=()
  [ -z "$3" ] || auth=(-u "$3")
  code=$(curl -sS -o "$work/body" -w '%{http_code}' --max-time 15 "${auth[@]}" "$base$2") || code=000
  [ "$code" = "$1" ] || die "GET $2 as ${3%%:*}: HTTP $code, expected $1; body: $(head -c 500 "$work/body")"
}
sign_in() {  # $1: the password that must work
  http 200 /api/v1/me "admin:$1"
  grep -q '"username":"admin"' "$work/body" || die "/api/v1/me did not return admin: $(cat "$work/body")"
  step "signed in as admin: /api/v1/me 200 $(head -c 200 "$work/body")"
  http 200 /api/v1/workspaces "admin:$1"
  [ "$(head -c 1 "$work/body")" = "[" ] || die "/api/v1/workspaces is not a JSON array: $(head -c 300 "$work/body")"
  step "/api/v1/workspaces 200 (JSON array)"
}
sql() {  # one query in the db container, unaligned output
  compose exec -T db sh -c 'PGPASSWORD="$POSTGRES_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -At -U "$POSTGRES_USER" -d "$POSTGRES_DB" -c "$1"' sh "$1" \
    | tr -d '\r'
}
snapshot() {  # the admin row as stored; the hash only as a digest
  printf 'users=%s admin=%s' "$(sql 'select count(*) from app_user')" \
    "$(sql "select id || '|' || username || '|' || md5(password_hash) from app_user where username = 'admin'")"
}
show_snapshot() { local s=$1; printf '%s admin=%s' "${s%% admin=*}" "$(printf '%s' "${s#* admin=}" | cut -d'|' -f1-2)"; }

# ---- 1. first start ----------------------------------------------------------------------------------------------
step "up -d --no-build (project $project, port $port)"
started=true
compose up -d --no-build 2>&1 | sed 's/^/    /'
t1=$(date +%s)
wait_up "first start"
first_s=$(($(date +%s) - t1))
wait_container_healthy
http 401 /api/v1/me ""
step "anonymous /api/v1/me: 401"
http 401 /api/v1/me "admin:not-the-password-$RANDOM"
step "wrong password: 401"
sign_in "$admin_password"
before=$(snapshot)
[[ $before == *"admin="[0-9]*"|admin|"* ]] || die "no admin row in app_user: $before"
step "stored: $(show_snapshot "$before")"

# ---- 2. restart the app ------------------------------------------------------------------------------------------
step "restart app"
t2=$(date +%s)
compose restart app 2>&1 | sed 's/^/    /'
wait_up "after restart"
restart_s=$(($(date +%s) - t2))
sign_in "$admin_password"
after=$(snapshot)
[ "$after" = "$before" ] || die "data changed across the restart: before '$(show_snapshot "$before")', after '$(show_snapshot "$after")'"
step "same row after restart: $(show_snapshot "$after")"

# ---- 3. new containers, same volume; the configured admin password no longer matters --------------------------
step "recreate: stop app, remove the db container (the volume stays), up again with another FACTBENCH_ADMIN_PASSWORD"
old_db=$(compose ps -q db)
t3=$(date +%s)
compose stop app 2>&1 | sed 's/^/    /'
compose rm -f -s db 2>&1 | sed 's/^/    /'
other_password="Other-$(random_text | cut -c1-24)"
FACTBENCH_ADMIN_PASSWORD=$other_password compose up -d --no-build 2>&1 | sed 's/^/    /'
new_db=$(compose ps -q db)
[ -n "$new_db" ] && [ "$new_db" != "$old_db" ] || die "the db container was not recreated"
wait_up "new containers"
recreate_s=$(($(date +%s) - t3))
sign_in "$admin_password"
http 401 /api/v1/me "admin:$other_password"
step "the new FACTBENCH_ADMIN_PASSWORD is refused (401): the stored hash came from the volume"
after=$(snapshot)
[ "$after" = "$before" ] || die "data changed across new containers: before '$(show_snapshot "$before")', after '$(show_snapshot "$after")'"
step "same row in new containers: $(show_snapshot "$after")"

# ---- done --------------------------------------------------------------------------------------------------------
step "down -v"
compose down -v --remove-orphans 2>&1 | sed 's/^/    /'
started=false
[ -z "$(docker volume ls -q --filter "name=${project}_")" ] || die "volumes of $project left behind"
step "compose smoke passed: build ${build_s} s, first start ${first_s} s, restart ${restart_s} s, recreate ${recreate_s} s, total $(($(date +%s) - t0)) s"
