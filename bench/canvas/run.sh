#!/usr/bin/env bash
# Benchmarks graph rendering in the system's headless Chromium: Cytoscape.js (canvas and WebGL renderers)
# and sigma.js on 5,000 nodes and 20,000 edges, then the explorer's time to first render in the packaged
# application. Prints a table. Options go to bench.mjs (--runs, --seconds, --loads, --out, --shots,
# --angle, --skip-app); --no-package uses frontend/target/troika.jar as it is instead of packaging first.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)

package=yes
skip_app=no
args=()
for arg in "$@"; do
  case "$arg" in
    --no-package) package=no ;;
    --skip-app) skip_app=yes; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done

for tool in /usr/bin/chromium python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (Debian: apt-get install chromium python3)." >&2; exit 1; }
done

# the Node.js that the frontend build uses, installed the same way
node_version=$(sed -n 's:.*<troika.node.version>\(.*\)</troika.node.version>.*:\1:p' "$root/pom.xml")
npm_version=$(sed -n 's:.*<troika.npm.version>\(.*\)</troika.npm.version>.*:\1:p' "$root/pom.xml")
sh "$root/frontend/tools/install-node.sh" "$node_version" "$npm_version" "$root/.tools/node"
export PATH="$root/.tools/node:$PATH"
node "$root/.tools/node/node_modules/npm/bin/npm-cli.js" ci --no-audit --no-fund --loglevel=error
node build.mjs

if [ "$skip_app" = no ]; then
  if [ "$package" = yes ]; then
    echo "packaging the application (./mvnw -B -q -DskipTests package)"
    (cd "$root" && ./mvnw -B -q -DskipTests package)
  fi
  # the JDK 25 that the build uses
  . "$root/.mvn/jdk.sh"
  set +f
  export JAVA_HOME
fi

exec node bench.mjs "${args[@]}"
