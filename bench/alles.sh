#!/usr/bin/env bash
# Every benchmark of issue 9 in sequence, each against its own baseline in the same run, on H2 and on PostgreSQL:
# budget ceilings (JMH, no database), server start (demo and national set), exchange IO31 vs echo, and the nightly
# report jobs vs the same SQL + PDF without the batch runtime. Every script appends its dated block (with the
# machine load) to bench/RESULTS.md; this one adds a header and a footer with the total duration. Usage:
#   bench/alles.sh [aantal-clienten] [regios]        default 450000 nationaal (≈ 55 min on 2 quiet cores)
# PostgreSQL: BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/wlz_bench, user/password BENCH_DB_USER and
# BENCH_DB_PASSWORD, default postgres/postgres); its wlz schemas are dropped by every step.
# Messages for the exchange benchmark: BENCH_BERICHTEN (default 10000: 5 rounds of 2,000 per path after the warm-up), 4 client threads.
set -euo pipefail
cd "$(dirname "$0")/.."
aantal="${1:-450000}"
regios="${2:-nationaal}"
pg="${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/wlz_bench}"
berichten="${BENCH_BERICHTEN:-10000}"
begin=$(date +%s)

{
  echo
  echo "# Benchmarkronde \`bench/alles.sh $aantal $regios\` — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; load bij de start: $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL: $pg"
} | tee -a bench/RESULTS.md

mkdir -p bench/out
echo "== bouwen (mvn -DskipTests package)"
mvn -B -q -DskipTests package -pl ear -am >bench/out/alles-bouw.log 2>&1 \
  || { echo "FOUT: bouwen mislukt, zie bench/out/alles-bouw.log" >&2; exit 1; }

echo "== budget (JMH)"
bench/plafond.sh
for db in h2 postgresql; do
  if [[ $db == postgresql ]]; then export BENCH_DB_URL="$pg"; else unset BENCH_DB_URL; fi
  echo "== serverstart $db"
  bench/serverstart.sh 3000 demo
  bench/serverstart.sh "$aantal" "$regios"
  echo "== uitwisseling $db"
  bench/uitwisseling.sh 4 "$berichten" 300
done
# last: toezicht.sh rebuilds the EAR through its Maven run
for db in h2 postgresql; do
  if [[ $db == postgresql ]]; then export BENCH_DB_URL="$pg"; else unset BENCH_DB_URL; fi
  echo "== toezicht $db"
  bench/toezicht.sh "$aantal" "$regios"
done

{
  echo
  echo "- einde benchmarkronde \`bench/alles.sh $aantal $regios\`: $(( $(date +%s) - begin )) s; load aan het eind: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a bench/RESULTS.md
