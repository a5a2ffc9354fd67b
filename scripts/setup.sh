#!/usr/bin/env bash
# One-command install: system packages when missing (Debian Chromium + a CJK font for the browser tests, nginx and
# PostgreSQL for the multi-replica and PostgreSQL store tests), then the npm dependencies exactly as locked, which also fetches and verifies the model.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[setup] installing ${missing[*]} (browser, multi-replica and PostgreSQL tests)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "[setup] warning: ${missing[*]} missing; the browser, multi-replica and PostgreSQL tests need them: sudo apt-get install ${missing[*]}" >&2
  fi
fi

echo "[setup] npm ci (dependencies + embedding model)"
npm ci
echo "[setup] done. Next: npm start   (then open http://127.0.0.1:3000/)"
