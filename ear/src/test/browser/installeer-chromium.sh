#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the browser tests (ear/src/test/java/.../it/admin), only when
# they are missing. Idempotent: a second run does nothing. Called by .ci/run before the integration tests.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "chromium en chromedriver zijn aanwezig: $(chromium --version 2>/dev/null | head -n1)"
  exit 0
fi
sudo=""
if [[ "$(id -u)" != "0" ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver
echo "geïnstalleerd: $(chromium --version 2>/dev/null | head -n1), $(chromedriver --version | head -n1)"
