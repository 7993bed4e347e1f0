#!/usr/bin/env bash
# Budget ceilings for the 450,000 clients of DemoPopulatie.nationaal(): the engine (with explanation lines) and the
# bulk path (Plafondbulk, totals only) against a bare loop over the same tariff arrays, in one JMH run
# (modules/budget, profile bench). Appends the measured block to bench/RESULTS.md.
# Target (issue 5): < 2 s and at most 3x the bare loop.
set -euo pipefail
cd "$(dirname "$0")/.."
commando="mvn -o -q -pl modules/budget -am -Pbench test -DskipUnitTests"
# test classes compiled without -Pbench lack JMH's generated code (META-INF/BenchmarkList): compile them afresh
rm -rf modules/budget/target/test-classes
load_voor=$(cut -d' ' -f1-3 /proc/loadavg)
$commando
resultaat=modules/budget/target/jmh-resultaat.txt
load_na=$(cut -d' ' -f1-3 /proc/loadavg)
engine=$(awk '/PlafondBenchmark.engine/ {print $4}' "$resultaat")
kaal=$(awk '/PlafondBenchmark.kaleLus/ {print $4}' "$resultaat")
bulk=$(awk '/PlafondBenchmark.bulk/ {print $4}' "$resultaat")
verhouding=$(awk -v e="$engine" -v k="$kaal" 'BEGIN {printf "%.2f", e / k}')
verhouding_bulk=$(awk -v e="$bulk" -v k="$kaal" 'BEGIN {printf "%.2f", e / k}')
{
  echo
  echo "## Budgetplafonds voor 450.000 cliënten (PlafondBenchmark) — $(date '+%Y-%m-%d %H:%M %Z')"
  echo
  echo "- machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "- load voor / na: $load_voor / $load_na"
  echo "- commando: \`bench/plafond.sh\` (\`$commando\`); JMH: 1 fork, 5 × 2 s opwarmen, 5 × 2 s meten, -Xmx1g"
  echo "- één operatie = de plafonds van alle 450.000 cliënten van \`DemoPopulatie.nationaal()\` (peildatum 2026-01-01)"
  echo
  echo '```'
  cat "$resultaat"
  echo '```'
  echo
  echo "Bulk (Plafondbulk, alleen totalen) ${bulk} ms per 450.000 plafonds, kale lus ${kaal} ms: verhouding ${verhouding_bulk}× (doel ≤ 3×)."
  echo "Engine met toelichtingsregels ${engine} ms (doel < 2000 ms): verhouding ${verhouding}× de kale lus."
} >> bench/RESULTS.md
tail -20 bench/RESULTS.md
