#!/usr/bin/env bash
# The test command: unit tests, view tests without a browser, and the full-stack integration
# tests (real Keycloak, real WildFly with the portal and the example plugin, PostgreSQL, headless
# Chromium). Without PostgreSQL or Chromium those are skipped, unless CI=true.
# 'install', not just 'verify': the plugin-platform test builds a vendor's plugin from the
# archetype outside this build, which finds the platform's artifacts in the local repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source deployment/bin/jdk.sh
exec ./mvnw -B install "$@"
