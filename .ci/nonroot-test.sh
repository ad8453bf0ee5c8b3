#!/usr/bin/env bash
# `npm ci`, `npm test` and `npm start` the way a newcomer runs them on a bare machine: as an ordinary user, in
# a fresh copy of this checkout owned by that user, with a clean HOME (no npm `nodedir`, no Node headers) and
# no C/C++ toolchain on PATH: compiler names resolve to shims that log the call and fail. Fails if anything
# tried to compile. Run as root (CI), it creates the user `par-ci` and runs as it; run as anyone else, it runs as you.
set -euo pipefail

if [ "${1:-}" = "--inside" ]; then
  # ---- as the ordinary user, in the copy ----
  cd "$(dirname "$0")/.."
  echo "user $(id -un) (uid $(id -u)) in $(pwd), HOME=$HOME"
  echo "PATH=$PATH"
  for tool in cc gcc g++ c++ clang make; do
    found=$(command -v "$tool" || true)
    if [ -n "$found" ] && [ "$found" != "$PAR_CI_SHIMS/$tool" ]; then
      echo "a compiler is on PATH: $found"
      exit 1
    fi
    echo "  $tool -> ${found:-(none)}"
  done
  nodedir=$(npm config get nodedir)
  if [ -n "$nodedir" ] && [ "$nodedir" != "undefined" ]; then
    echo "npm has a nodedir configured: $nodedir"
    exit 1
  fi
  echo "  npm config get nodedir -> $nodedir"
  if env | grep -i '^npm_config_'; then
    echo "npm settings come from the environment"
    exit 1
  fi
  echo "node $(node -v), npm $(npm -v)"

  no_compiler_called() {
    if [ -s "$PAR_CI_LOG" ]; then
      echo "something tried to compile during $1:"
      cat "$PAR_CI_LOG"
      exit 1
    fi
  }
  started=$(date +%s)
  npm ci --no-audit --no-fund --prefer-offline --cache "$PAR_CI_NPM_CACHE"
  no_compiler_called "npm ci"
  echo "npm ci: $(($(date +%s) - started))s, nothing compiled"
  started=$(date +%s)
  npm test
  no_compiler_called "npm test"
  echo "npm test: $(($(date +%s) - started))s"
  bash .ci/smoke-start.sh # `npm start` (builds from the Nx cache the tests filled) serves the product
  no_compiler_called "npm start"
  exit 0
fi

# ---- the setup, as whoever runs this ----
src=$(cd "$(dirname "$0")/.." && pwd)
user=${PAR_CI_USER:-par-ci}

# A folder every user (and OS user `postgres`) can traverse: not under /root or a checkout.
work=$(mktemp -d /tmp/par-nonroot-XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
mkdir "$work/repo" "$work/home" "$work/shims" "$work/npm-cache"
touch "$work/compiler-calls.log"

# A copy of the caller's npm download cache (registry tarballs only, checked against the lock's integrity), so
# the packages CI's first `npm ci` fetched are not downloaded twice; everything is still unpacked and
# installed from scratch.
cache=$(npm config get cache 2>/dev/null || true)
if [ -d "$cache/_cacache" ]; then cp -R "$cache/_cacache" "$work/npm-cache/"; fi

# The copy: tracked files and new ones not ignored, as edited (a clean clone in CI); no node_modules.
(cd "$src" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf -) |
  tar -xf - -C "$work/repo"

for tool in cc gcc g++ c++ cpp clang clang++ ld make gmake cmake python3-config node-gyp cargo rustc \
  x86_64-linux-gnu-gcc x86_64-linux-gnu-g++ aarch64-linux-gnu-gcc aarch64-linux-gnu-g++; do
  cat >"$work/shims/$tool" <<EOF
#!/bin/sh
echo "\$0 \$*" >>"$work/compiler-calls.log"
echo "nonroot-test: no compiler on this machine (\$0 \$*)" >&2
exit 127
EOF
  chmod 755 "$work/shims/$tool"
done

# Node, npm, git and the system tools the tests use, but nothing from the caller's environment.
node_dir=$(dirname "$(command -v node)")
env_vars=(
  "HOME=$work/home" "PATH=$work/shims:$node_dir:/usr/local/bin:/usr/bin:/bin" "LANG=C.UTF-8"
  "CI=${CI:-true}" "NX_NO_CLOUD=true" "NX_DAEMON=false" "NX_TUI=false" "FORCE_COLOR=0"
  "PAR_CI_SHIMS=$work/shims" "PAR_CI_LOG=$work/compiler-calls.log" "PAR_CI_NPM_CACHE=$work/npm-cache"
)
for proxy in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
  if [ -n "${!proxy:-}" ]; then env_vars+=("$proxy=${!proxy}"); fi
done

if [ "$(id -u)" = 0 ]; then
  if ! id -u "$user" >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
  fi
  chown -R "$user:" "$work/repo" "$work/home" "$work/npm-cache" "$work/compiler-calls.log"
  if ! runuser -u "$user" -- env -i "${env_vars[@]}" node -v >/dev/null 2>&1; then
    echo "user $user cannot run $node_dir/node (is Node installed under /root?)"
    exit 1
  fi
  runuser -u "$user" -- env -i "${env_vars[@]}" bash "$work/repo/.ci/nonroot-test.sh" --inside
else
  env -i "${env_vars[@]}" bash "$work/repo/.ci/nonroot-test.sh" --inside
fi
