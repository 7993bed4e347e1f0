#!/usr/bin/env bash
# Starts the demo server in the foreground (Ctrl+C stops it). It has its own base directory, so its H2 data
# survive restarts and it never shares deployments with the servers the tests start.
set -euo pipefail
jboss_home="$1"
base_dir="$2"
ear="$3"
shift 3

mkdir -p "$base_dir/configuration" "$base_dir/deployments"
cp -f "$jboss_home"/standalone/configuration/*.xml "$jboss_home"/standalone/configuration/*.properties \
  "$base_dir/configuration/"
cp -f "$ear" "$base_dir/deployments/"
echo "Demoserver: $base_dir (H2-database in $base_dir/data/wlz, log in $base_dir/log/server.log)"
export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g} -Djava.net.preferIPv4Stack=true"
exec "$jboss_home/bin/standalone.sh" -Djboss.server.base.dir="$base_dir" "$@"
