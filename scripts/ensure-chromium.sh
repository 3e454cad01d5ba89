#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing (tests and `npm start` need it).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing: run 'apt-get install -y chromium' as root." >&2
  exit 1
fi
echo "Installing Debian's Chromium (about 80 s)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
