#!/usr/bin/env bash
# Benchmarks Troika at city scale on this machine, one step after another, and prints every figure:
#   1. online import: the app generates a synthetic city of SCALE districts into an empty database
#      through the write path of imports (skipped when the data directory already holds that city);
#   2. cold start to ready on that city (embedded, seeded), and resident memory once ready;
#   3. GraphQL against the same statements as raw Cypher over Bolt (p50/p95/p99 and the p95 ratio);
#   4. a sustained load of mixed reads at RATE requests/s for SECONDS, with errors and memory.
# Usage: bench/city.sh [scale] [rate] [seconds]   (defaults: 120 districts ≈ 1M nodes, 200/s, 120 s)
# The city's data directory is kept under target/bench-city-<scale> for later runs; JAVA_OPTS and
# TROIKA_PAGE_CACHE set the app's memory (defaults below).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-120}
rate=${2:-200}
seconds=${3:-120}
. .mvn/jdk.sh
java=$JAVA_HOME/bin/java
jar=frontend/target/troika.jar
bench=bench/target/troika-bench.jar
port=${SERVER_PORT:-18082}
bolt=${TROIKA_BOLT_PORT:-17689}
data=${TROIKA_BENCH_DATA:-target/bench-city-$scale}
export JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx1g -XX:+UseParallelGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -XX:MaxDirectMemorySize=128m}
export TROIKA_PAGE_CACHE=${TROIKA_PAGE_CACHE:-256MB}
if [ ! -f "$jar" ] || [ ! -f "$bench" ]; then
  ./mvnw -B -q -pl backend,frontend,bench -am package -DskipTests
fi
mkdir -p "$data"
log=$data/app.log
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT

seconds_since() { awk -v a="$1" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}'; }
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status"; }
ready() {
  curl -sf -H 'content-type: application/json' -d '{"query":"{ factCheck { holds } }"}' \
    "http://127.0.0.1:$port/graphql" | grep -q '"holds":true'
}
start() {
  SERVER_PORT=$port TROIKA_BOLT_PORT=$bolt TROIKA_DATA_DIR=$PWD/$data/db TROIKA_TRANSACTION_TIMEOUT=10m \
    "$java" $JAVA_OPTS -jar "$jar" "$@" >"$log" 2>&1 &
  pid=$!
}
wait_ready() {
  until ready; do
    kill -0 "$pid" 2>/dev/null || { echo "Troika stopped; see $log:"; tail -20 "$log"; exit 1; }
    sleep 0.2
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $("$java" -version 2>&1 | head -1)"
echo "app: JAVA_OPTS=$JAVA_OPTS TROIKA_PAGE_CACHE=$TROIKA_PAGE_CACHE"

if [ ! -f "$data/city-$scale" ]; then
  echo "== 1. online import of a city of scale $scale"
  start --troika.generate.scale="$scale"
  until grep -q 'The graph now holds' "$log"; do
    kill -0 "$pid" 2>/dev/null || { echo "Troika stopped; see $log:"; tail -20 "$log"; exit 1; }
    sleep 1
  done
  grep -o 'Synthetic city loaded.*' "$log"
  grep -o 'The graph now holds.*' "$log"
  wait_ready
  stop
  touch "$data/city-$scale"
fi

echo "== 2. cold start to ready on the city"
started=$(date +%s%N)
start
wait_ready
echo "ready in $(seconds_since "$started") s, resident memory $(rss) MiB"

echo "== 3. GraphQL against raw Cypher over Bolt (ms)"
"$java" -jar "$bench" queries --graphql "http://127.0.0.1:$port/graphql" --bolt "bolt://127.0.0.1:$bolt" \
  --warmup "${WARMUP:-100}" --runs "${RUNS:-500}"
echo "resident memory after the queries: $(rss) MiB"

echo "== 4. sustained load: $rate requests/s of mixed reads for $seconds s"
"$java" -jar "$bench" load --graphql "http://127.0.0.1:$port/graphql" --bolt "bolt://127.0.0.1:$bolt" \
  --rate "$rate" --seconds "$seconds" --interval "${INTERVAL:-10}" --pid "$pid"
stop
