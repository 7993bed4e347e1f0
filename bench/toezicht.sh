#!/usr/bin/env bash
# Toezicht benchmark (issue 7): both nightly report jobs against the same SQL + PDF rendering without the batch
# runtime, in one server run on the national synthetic set, with peak heap. Usage:
#   bench/toezicht.sh [aantal-clienten] [regios]        default 450000 nationaal
# Runs the Arquillian class ToezichtBenchmark on a fresh H2 database (ports offset 930) and appends to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
aantal="${1:-450000}"
regios="${2:-nationaal}"
mkdir -p bench/out
rm -f ear/target/server/wildfly-*/standalone/log/toezicht-bench.txt
start=$(date +%s)
mvn -B -q verify -pl ear -am -DskipUnitTests -Dit.test=ToezichtBenchmark -Dwlz.it.demo.aantal="$aantal" \
  -Dwlz.it.demo.regios="$regios" -Dwlz.it.port.offset=930 -Dwlz.it.management.port=10920 -Dwlz.it.smtp.port=3955 \
  -Dwlz.it.xmx=2g >bench/out/toezicht-bench.log 2>&1 \
  || { echo "FOUT: zie bench/out/toezicht-bench.log" >&2; exit 1; }
uit="$(ls ear/target/server/wildfly-*/standalone/log/toezicht-bench.txt)"
{
  echo
  echo "## Toezicht: nachtelijke rapportjobs tegen dezelfde SQL + PDF zonder batch runtime — $aantal cliënten ($regios), h2"
  echo "- datum: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- commando: \`bench/toezicht.sh $aantal $regios\` (server -Xmx2g; totale duur incl. bouwen, serverstart en demodata: $(( $(date +%s) - start )) s)"
  cat "$uit"
} | tee -a bench/RESULTS.md
