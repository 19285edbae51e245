#!/usr/bin/env bash
# Measures Troika's start: time until GraphQL answers the fact check (embedded database, seeded),
# on an empty data directory (first start: migrations and seed) and again on the same directory
# (restart), and the resident memory once ready. Usage: bench/startup.sh [path/to/troika.jar]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-frontend/target/troika.jar}
. .mvn/jdk.sh
java=$JAVA_HOME/bin/java
port=${SERVER_PORT:-18080}
bolt=${TROIKA_BOLT_PORT:-17687}
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

ready() {
  curl -sf -H 'content-type: application/json' \
    -d '{"query":"{ factCheck { holds } }"}' "http://127.0.0.1:$port/graphql" | grep -q '"holds":true'
}

start() {
  local started=$(date +%s%N)
  SERVER_PORT=$port TROIKA_BOLT_PORT=$bolt TROIKA_DATA_DIR=$data/db "$java" -jar "$jar" >"$data/$1.log" 2>&1 &
  pid=$!
  until ready; do
    kill -0 "$pid" 2>/dev/null || { echo "Troika stopped; see the log:"; tail -20 "$data/$1.log"; exit 1; }
    sleep 0.2
  done
  local seconds=$(awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
  local rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status")
  printf '%-12s ready in %5s s, resident memory %s MiB\n' "$1" "$seconds" "$rss"
}

stop() {
  local stopping=$(date +%s%N)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  printf '%-12s stopped in %5s s\n' "$1" "$(awk -v a="$stopping" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}')"
}

echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$java" -version 2>&1 | head -1)"
start first-start
stop first-start
start restart
stop restart
