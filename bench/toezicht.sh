#!/usr/bin/env bash
# Toezicht benchmark (issue 7): both nightly report jobs against the same SQL + PDF rendering without the batch
# runtime, in one server run on the national synthetic set, with peak heap. Usage:
#   bench/toezicht.sh [aantal-clienten] [regios]        default 450000 nationaal
# Runs the Arquillian class ToezichtBenchmark on a fresh H2 database (ports offset BENCH_OFFSET + 30, default 930), or on PostgreSQL with
# BENCH_DB_URL (emptied first), and appends to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
aantal="${1:-450000}"
regios="${2:-nationaal}"
mkdir -p bench/out
rm -f ear/target/server/wildfly-*/standalone/log/toezicht-bench.txt
start=$(date +%s)
bench_db_leeg
pg=()
if [[ -n "${BENCH_DB_URL:-}" ]]; then
  pg=(-Ppostgresql "-Dwlz.it.db.url=$BENCH_DB_URL" "-Dwlz.it.db.user=${BENCH_DB_USER:-postgres}"
      "-Dwlz.it.db.password=${BENCH_DB_PASSWORD:-postgres}")
fi
mvn -B -q verify "${pg[@]}" -pl ear -am -DskipUnitTests -Dit.test=ToezichtBenchmark -Dwlz.it.demo.aantal="$aantal" \
  -Dwlz.it.demo.regios="$regios" -Dwlz.it.port.offset=$((bench_offset + 30)) -Dwlz.it.management.port=$((9990 + bench_offset + 30)) -Dwlz.it.smtp.port=$((3025 + bench_offset + 30)) \
  -Dwlz.it.xmx=2g >bench/out/toezicht-bench.log 2>&1 \
  || { echo "FOUT: zie bench/out/toezicht-bench.log" >&2; exit 1; }
uit="$(ls ear/target/server/wildfly-*/standalone/log/toezicht-bench.txt)"
{
  echo
  echo "## Toezicht: nachtelijke rapportjobs tegen dezelfde SQL + PDF zonder batch runtime — $aantal cliënten ($regios), $bench_db"
  echo "- datum: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- commando: \`bench/toezicht.sh $aantal $regios\`${BENCH_DB_URL:+ met BENCH_DB_URL=$BENCH_DB_URL} (server -Xmx2g; totale duur incl. bouwen, serverstart en demodata: $(( $(date +%s) - start )) s)"
  cat "$uit"
} | tee -a bench/RESULTS.md
