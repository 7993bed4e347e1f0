#!/usr/bin/env bash
# The efficiency checks as the partitioned batch job over the national set (31 regions, 450,000 clients), and the
# scenario simulator (RULES B-07) over the country and one region, on a server started with that set. Measures the
# job's wall time, the time per region (from the job's progress rows) and the simulator's time. Usage:
#   bench/budgetrun.sh [aantal-clienten] [regios]          e.g. bench/budgetrun.sh 450000 nationaal
# Database: embedded H2 in a fresh directory, or PostgreSQL with BENCH_DB_URL (schemas are dropped first).
# Port offset BENCH_OFFSET (default 900). Appends its figures to bench/RESULTS.md. Needs: mvn -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
aantal="${1:-450000}"
regios="${2:-nationaal}"
peildatum="${BENCH_PEILDATUM:-2026-06-01}"
jboss_home="$(ls -d ear/target/server/wildfly-*/ | head -n1)"
ear="ear/target/wlz-platform.ear"
[[ -f "$ear" && -d "$jboss_home" ]] || { echo "FOUT: eerst bouwen: mvn -DskipTests package" >&2; exit 1; }

base="$(pwd)/bench/out/budget-$aantal"
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
url="http://localhost:$((8080 + offset))/wlz/api"
inlog="beheerder:WlzDemo2026!"
log="$base/log/server.log"
JAVA_OPTS="-Xms512m -Xmx${BENCH_XMX:-2g} -Djava.net.preferIPv4Stack=true" \
  "$jboss_home/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset=$offset \
  -Dwlz.demo.aantal="$aantal" -Dwlz.demo.regios="$regios" $dbargs >"$base/console.log" 2>&1 &
pid=$!
stop() { pkill -f "jboss.server.base.dir=$base" 2>/dev/null || true; wait $pid 2>/dev/null || true; }
trap stop EXIT
until grep -qE 'WFLYSRV0025|WFLYSRV0026' "$log" 2>/dev/null; do
  sleep 1
  kill -0 $pid 2>/dev/null || { echo "FOUT: server gestopt, zie $log" >&2; exit 1; }
done
load=$(cut -d' ' -f1-3 /proc/loadavg)

# the signal job over every active region, followed until it ends
start=$(date +%s.%N)
run=$(curl -sf -u "$inlog" -X POST "$url/budget/signaalruns?peildatum=$peildatum" | sed -E 's/.*"run":([0-9]+).*/\1/')
while :; do
  voortgang=$(curl -sf -u "$inlog" "$url/budget/signaalruns/$run")
  grep -qE '"status":"(COMPLETED|FAILED|STOPPED|ABANDONED)"' <<<"$voortgang" && break
  sleep 0.5
done
eind=$(date +%s.%N)
status=$(sed -E 's/.*"status":"([A-Z]+)","klaar".*/\1/' <<<"$voortgang")
nieuw=$(sed -E 's/.*"nieuw":([0-9]+),"regios".*/\1/' <<<"$voortgang")
tijden=$(grep -oE '"duurMs":[0-9]+' <<<"$voortgang" | cut -d: -f2 | sort -n)
n=$(wc -l <<<"$tijden")
perregio="min $(head -1 <<<"$tijden") ms, mediaan $(sed -n "$(( (n + 1) / 2 ))p" <<<"$tijden") ms, max $(tail -1 <<<"$tijden") ms, som $(paste -sd+ <<<"$tijden" | bc) ms over $n regio's"
# the same checks once more: nothing new may be stored (deduplication at national scale)
run2=$(curl -sf -u "$inlog" -X POST "$url/budget/signaalruns?peildatum=$peildatum" | sed -E 's/.*"run":([0-9]+).*/\1/')
start2=$(date +%s.%N)
while :; do
  voortgang2=$(curl -sf -u "$inlog" "$url/budget/signaalruns/$run2")
  grep -qE '"status":"(COMPLETED|FAILED|STOPPED|ABANDONED)"' <<<"$voortgang2" && break
  sleep 0.5
done
eind2=$(date +%s.%N)
nieuw2=$(sed -E 's/.*"nieuw":([0-9]+),"regios".*/\1/' <<<"$voortgang2")

# the scenario simulator over the country and over one region (headers carry the server-side time)
land=$(curl -sf -u "$inlog" -D - -o "$base/scenario-landelijk.csv" "$url/budget/scenario?peildatum=$peildatum")
regio=$(curl -sf -u "$inlog" -D - -o "$base/scenario-5509.csv" "$url/budget/scenario?regio=5509&peildatum=$peildatum")
kop() { grep -i "^$1:" <<<"$2" | tr -d '\r' | cut -d' ' -f2; }
heap=$(grep -oE 'Scenariosimulatie landelijk.*' "$log" | head -1 || true)
stop

{
  echo
  echo "## Doelmatigheidscontroles als batchjob en scenariosimulatie — $aantal cliënten ($regios), $db"
  echo "- datum: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores; load na de serverstart: $load; server -Xmx${BENCH_XMX:-2g}"
  echo "- commando: \`${BENCH_DB_URL:+BENCH_DB_URL=$BENCH_DB_URL }bench/budgetrun.sh $aantal $regios\` (peildatum $peildatum)"
  echo "- batchjob Doelmatigheidscontroles (partitie per regio, 2 tegelijk), run $run: $status, $nieuw nieuwe signalen in $(printf '%.1f' "$(echo "$eind - $start" | bc)") s wandklok"
  echo "- per regio (11 set-based controles): $perregio"
  echo "- tweede run direct erna: $nieuw2 nieuwe signalen (ontdubbeld) in $(printf '%.1f' "$(echo "$eind2 - $start2" | bc)") s"
  echo "- scenariosimulatie landelijk: $(kop X-Aantal-Clienten "$land") cliënten thuis in $(kop X-Duur-Ms "$land") ms; regio 5509: $(kop X-Aantal-Clienten "$regio") cliënten in $(kop X-Duur-Ms "$regio") ms"
} | tee -a bench/RESULTS.md
