#!/usr/bin/env bash
# The run command: builds what is missing, then starts Keycloak and WildFly with the portal on
# their embedded defaults (H2, demo tenants and users) and stops both on Ctrl-C; with --cluster, a
# local cluster instead (see below).
# PostgreSQL and an external Keycloak: see README.md, "Configuration".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source deployment/bin/jdk.sh

stamp=deployment/target/.built
if [ ! -f "$stamp" ] || [ -n "$(find pom.xml .mvn platform ui plugins deployment/pom.xml deployment/src \
      -newer "$stamp" -type f -not -path '*/target/*' -not -path '*/node_modules/*' -print -quit)" ]; then
  echo "Building the portal (JDK: $JAVA_HOME) ..."
  ./mvnw -B -q install -DskipTests -Dspotless.check.skip=true
  touch "$stamp"
fi

# --cluster: HAProxy, two portal and two Keycloak nodes on the local PostgreSQL (deployment/README.md,
# "Scale-out"); the driver is on the class path for creating the cluster's databases.
exec "$JAVA_HOME/bin/java" \
  -cp platform/testkit/target/classes:deployment/target/classes:deployment/target/drivers/postgresql.jar \
  cn.zugong.deployment.Launcher deployment "$@"
