#!/usr/bin/env bash
# Measures the synthetic city generator: starts the packaged app on an empty data directory with
# a city of the given scale (districts), waits until the city is loaded, and prints the generator's
# report (nodes, relationships, seconds, entities per second) and the graph's final counts.
# Usage: bench/generate.sh [scale] [seed] [path/to/troika.jar]   (defaults: 10, 1, frontend/target/troika.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-10}
seed=${2:-1}
jar=${3:-frontend/target/troika.jar}
. .mvn/jdk.sh
java=$JAVA_HOME/bin/java
port=${SERVER_PORT:-18081}
bolt=${TROIKA_BOLT_PORT:-17688}
if [ ! -f "$jar" ]; then
  ./mvnw -B -q -pl backend,frontend -am package -DskipTests
fi
data=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$data"' EXIT

indicators() {
  curl -sf -H 'content-type: application/json' \
    -d '{"query":"{ indicators(scopeId: \"syn-d01\") { estates ownersAssemblies ownersCommittees committeeMembers partyMemberShare propertyFirms volunteers redCommittees } }"}' \
    "http://127.0.0.1:$port/graphql"
}

echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $("$java" -version 2>&1 | head -1)"
echo "scale $scale, seed $seed"
started=$(date +%s%N)
SERVER_PORT=$port TROIKA_BOLT_PORT=$bolt TROIKA_DATA_DIR=$data/db TROIKA_PAGE_CACHE=${TROIKA_PAGE_CACHE:-1GB} \
  TROIKA_TRANSACTION_TIMEOUT=${TROIKA_TRANSACTION_TIMEOUT:-5m} \
  "$java" ${JAVA_OPTS:-} -jar "$jar" --troika.generate.scale="$scale" --troika.generate.seed="$seed" >"$data/app.log" 2>&1 &
pid=$!
until grep -q 'The graph now holds' "$data/app.log"; do
  kill -0 "$pid" 2>/dev/null || { echo "Troika stopped; see the log:"; tail -30 "$data/app.log"; exit 1; }
  sleep 1
done
grep -o 'Synthetic city loaded.*' "$data/app.log"
grep -o 'The graph now holds.*' "$data/app.log"
until curl -sf -o /dev/null "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -d '{"query":"{ __typename }"}'; do
  kill -0 "$pid" 2>/dev/null || { echo "Troika stopped; see the log:"; tail -30 "$data/app.log"; exit 1; }
  sleep 1
done
printf 'start to serving with the city: %s s\n' "$(awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}')"
echo "indicators of the first synthetic district: $(indicators)"
