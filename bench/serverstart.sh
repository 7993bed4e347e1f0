#!/usr/bin/env bash
# Measures server start with the EAR: time until WildFly reports "started", RSS after start, and how long the
# demo data of every context took to load. Usage:
#   bench/serverstart.sh [aantal-clienten] [regios]        e.g. bench/serverstart.sh 450000 nationaal
# Database: embedded H2 in a fresh directory, or PostgreSQL with BENCH_DB_URL (schemas are dropped first).
# Appends its figures to bench/RESULTS.md. Needs a build first: mvn -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
aantal="${1:-3000}"
regios="${2:-demo}"

bench_server_start "server-$aantal" "$aantal" "$regios"
rss_mb=$(bench_rss_mb)
wildfly_ms=$(grep -oE 'started( \(with errors\))? in [0-9]+ms' "$bench_log" | grep -oE '[0-9]+')
fouten=$(grep -c ' ERROR ' "$bench_log" || true)
health=$(curl -s "http://localhost:$((8080 + bench_offset))/wlz/api/health" | head -c 20)
laden=$(grep -oE 'Demodata [a-z]+: .* in [0-9]+ ms' "$bench_log" | sed 's/^/  - /' || true)
bench_server_stop

{
  echo
  echo "## Serverstart met EAR — $aantal cliënten ($regios), $bench_db"
  echo "- datum: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(bench_machine)"
  echo "- commando: \`bench/serverstart.sh $aantal $regios\`${BENCH_DB_URL:+ met BENCH_DB_URL=$BENCH_DB_URL}${BENCH_EAR:+ met BENCH_EAR=$BENCH_EAR}"
  echo "- start tot 'started' (WildFly): ${wildfly_ms} ms; wandklok incl. JVM-start: $(printf '%.1f' "$(echo "$bench_klaar_s - $bench_start_s" | bc)") s"
  echo "- RSS na start: ${rss_mb} MB; ERROR-regels in de log: ${fouten}; health: ${health}"
  echo "- demodata:"
  echo "${laden:-  - (geen demodata geladen)}"
} | tee -a bench/RESULTS.md
