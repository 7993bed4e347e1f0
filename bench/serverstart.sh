#!/usr/bin/env bash
# Measures server start with the EAR: time until WildFly reports "started", RSS after start, and how long the
# demo data of every context took to load. Usage:
#   bench/serverstart.sh [aantal-clienten] [regios]        e.g. bench/serverstart.sh 450000 nationaal
# Database: embedded H2 in a fresh directory, or PostgreSQL with BENCH_DB_URL (schemas are dropped first).
# Appends its figures to bench/RESULTS.md. Needs a build first: mvn -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
aantal="${1:-3000}"
regios="${2:-demo}"
jboss_home="$(ls -d ear/target/server/wildfly-*/ | head -n1)"
ear="ear/target/wlz-platform.ear"
[[ -f "$ear" && -d "$jboss_home" ]] || { echo "FOUT: eerst bouwen: mvn -DskipTests package" >&2; exit 1; }

base="$(pwd)/bench/out/server-$aantal"
rm -rf "$base" && mkdir -p "$base/configuration" "$base/deployments"
cp "$jboss_home"/standalone/configuration/*.xml "$jboss_home"/standalone/configuration/*.properties "$base/configuration/"
cp "$ear" "$base/deployments/"

if [[ -n "${BENCH_DB_URL:-}" ]]; then
  db="postgresql"
  psql "${BENCH_DB_URL#jdbc:}" -q -c "DROP SCHEMA IF EXISTS indicatie, budget, regelingen, toezicht, toegang, uitwisseling CASCADE; DROP TABLE IF EXISTS job_instance, job_execution, step_execution, partition_execution CASCADE" >/dev/null 2>&1 || true
  dbargs="-Dwlz.db.driver=postgresql -Dwlz.db.url=$BENCH_DB_URL -Dwlz.db.user=${BENCH_DB_USER:-postgres} -Dwlz.db.password=${BENCH_DB_PASSWORD:-postgres}"
else
  db="h2"
  dbargs=""
fi

offset="${BENCH_OFFSET:-900}"
log="$base/log/server.log"
start=$(date +%s.%N)
JAVA_OPTS="-Xms512m -Xmx${BENCH_XMX:-2g} -Djava.net.preferIPv4Stack=true" \
  "$jboss_home/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset=$offset \
  -Dwlz.demo.aantal="$aantal" -Dwlz.demo.regios="$regios" $dbargs >"$base/console.log" 2>&1 &
pid=$!
# standalone.sh starts java as a child: stop both, also when this script fails halfway.
stop() { pkill -f "jboss.server.base.dir=$base" 2>/dev/null || true; wait $pid 2>/dev/null || true; }
trap stop EXIT
until grep -qE 'WFLYSRV0025|WFLYSRV0026' "$log" 2>/dev/null; do
  sleep 1
  kill -0 $pid 2>/dev/null || { echo "FOUT: server gestopt, zie $log" >&2; exit 1; }
done
eind=$(date +%s.%N)
java_pid=$(pgrep -f "jboss.server.base.dir=$base" | tail -n1)
rss_mb=$(( $(ps -o rss= -p "$java_pid") / 1024 ))
wildfly_ms=$(grep -oE 'started( \(with errors\))? in [0-9]+ms' "$log" | grep -oE '[0-9]+')
fouten=$(grep -c ' ERROR ' "$log" || true)
health=$(curl -s "http://localhost:$((8080 + offset))/wlz/api/health" | head -c 20)
laden=$(grep -oE 'Demodata [a-z]+: .* in [0-9]+ ms' "$log" | sed 's/^/  - /' || true)
stop

{
  echo
  echo "## Serverstart met EAR — $aantal cliënten ($regios), $db"
  echo "- datum: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; load bij start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- commando: \`bench/serverstart.sh $aantal $regios\`${BENCH_DB_URL:+ met BENCH_DB_URL=$BENCH_DB_URL}"
  echo "- start tot 'started' (WildFly): ${wildfly_ms} ms; wandklok incl. JVM-start: $(printf '%.1f' "$(echo "$eind - $start" | bc)") s"
  echo "- RSS na start: ${rss_mb} MB; ERROR-regels in de log: ${fouten}; health: ${health}"
  echo "- demodata:"
  echo "${laden:-  - (geen demodata geladen)}"
} | tee -a bench/RESULTS.md
