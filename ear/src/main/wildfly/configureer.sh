#!/usr/bin/env bash
# Configures the unpacked WildFly with the CLI scripts next to this file, offline (embed-server).
# Re-runnable: it starts from the pristine standalone.xml every time and skips all work when neither the
# scripts nor the driver changed since the last run.
set -euo pipefail
jboss_home="$1"
pg_driver="$2"
script_dir="$(cd "$(dirname "$0")" && pwd)"
config="$jboss_home/standalone/configuration"
marker="$jboss_home/.wlz-geconfigureerd"

# Test certificates for mutual TLS (quick when they exist; the CLI below refers to the server's stores).
bash "$script_dir/certificaten.sh" "$jboss_home" "$(dirname "$jboss_home")/certificaten"

checksum="$(cat "$script_dir"/*.cli "$pg_driver" "$0" | sha256sum | cut -d' ' -f1)"
if [[ -f "$marker" && "$(cat "$marker")" == "$checksum" ]]; then
  echo "WildFly is al geconfigureerd ($jboss_home)"
  exit 0
fi

[[ -f "$config/standalone.xml.origineel" ]] || cp "$config/standalone.xml" "$config/standalone.xml.origineel"
cp "$config/standalone.xml.origineel" "$config/standalone.xml"
rm -rf "$jboss_home/modules/org/postgresql" "$config/standalone_xml_history"

echo "WildFly configureren met $script_dir/configure.cli …"
start=$(date +%s)
JAVA_OPTS="-Xmx512m" "$jboss_home/bin/jboss-cli.sh" --file="$script_dir/configure.cli" \
  --properties=<(echo "pg.driver=$pg_driver") >"$jboss_home/configure-cli.log" 2>&1 || {
  echo "FOUT: de CLI-configuratie van WildFly is mislukt; zie $jboss_home/configure-cli.log" >&2
  tail -n 30 "$jboss_home/configure-cli.log" >&2
  exit 1
}
echo "$checksum" > "$marker"
echo "WildFly geconfigureerd in $(( $(date +%s) - start )) s"
