#!/usr/bin/env bash
# Exchange benchmark (issue 4): IO31 with full processing against the bare CXF EchoService on the same server, both
# with the same messages from several client threads (Lastmeting), with p50/p99 and the server's RSS after the load.
# Usage:
#   bench/uitwisseling.sh [threads] [berichten] [aantal-clienten]        default 4 1000 300
# Database: embedded H2, or PostgreSQL with BENCH_DB_URL. BENCH_JFR=1 also records the server with JFR during the
# load and lists the hottest top frames. The IO31 calls log in as the demo CIZ account: HTTP Basic, or with
# BENCH_TLS=1 over https with its client certificate (mutual TLS, both paths over https; README "Ketenpartners").
# Before measuring, Lastmeting warms both paths up until the JIT compiler is done (its CPU share of a warm-up block
# below 3 %): on 2 cores it was still compiling the IO31 path minutes into the load. The heap is fixed (-Xms = -Xmx,
# as on a production server): with 512 MB committed G1 ran a concurrent cycle every 2.5 s under the IO31 load.
# Appends to bench/RESULTS.md.
# Needs a build first: mvn -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
threads="${1:-4}"
berichten="${2:-1000}"
aantal="${3:-300}"
# Lastmeting needs the kernel for the demo partner account (DemoKetenpartners)
klassen=modules/uitwisseling/target/classes:modules/kernel/target/classes
[[ -f modules/uitwisseling/target/classes/nl/zorgkantoor/wlz/uitwisseling/simulator/Lastmeting.class ]] \
  || { echo "FOUT: eerst bouwen: mvn -DskipTests package" >&2; exit 1; }

BENCH_JVM_EXTRA="-Xms${BENCH_XMX:-2g} ${BENCH_JVM_EXTRA:-}" bench_server_start "uitwisseling" "$aantal" demo
tls_label=""
if [[ "${BENCH_TLS:-0}" == "1" ]]; then
  url="https://localhost:$((8443 + bench_offset))"
  tls_label=", mutual TLS"
else
  url="http://localhost:$((8080 + bench_offset))"
fi
load_voor=$(cut -d' ' -f1-3 /proc/loadavg)
[[ "${BENCH_JFR:-0}" == "1" ]] && jcmd "$bench_java_pid" JFR.start name=io31 settings=profile >/dev/null
java -Dlastmeting.serverpid="$bench_java_pid" \
  -cp "$klassen" nl.zorgkantoor.wlz.uitwisseling.simulator.Lastmeting "$url" "$threads" "$berichten" \
  > "$bench_base/lastmeting.txt"
rss_mb=$(bench_rss_mb)
profiel=""
if [[ "${BENCH_JFR:-0}" == "1" ]]; then
  jcmd "$bench_java_pid" JFR.dump name=io31 filename="$bench_base/io31.jfr" >/dev/null
  # the top frame of every execution sample, counted: where the server spent its CPU under the load
  profiel=$(set +o pipefail; jfr print --events jdk.ExecutionSample "$bench_base/io31.jfr" | grep -A1 'stackTrace = \[' \
    | grep -vE 'stackTrace|^--' | sed -E 's/^[[:space:]]+//; s/[[:space:]]+line:.*//' | sort | uniq -c | sort -rn | head -15)
fi
bench_server_stop

{
  echo
  echo "## iWlz IO31-doorvoer tegen de kale CXF-echo — $bench_db, $threads threads, $berichten berichten$tls_label"
  echo "- datum: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(bench_machine) (voor de meting: $load_voor)"
  echo "- commando: \`bench/uitwisseling.sh $threads $berichten $aantal\`${BENCH_DB_URL:+ met BENCH_DB_URL=$BENCH_DB_URL}${tls_label:+ met BENCH_TLS=1}${BENCH_EAR:+ met BENCH_EAR=$BENCH_EAR}; server -Xms/-Xmx${BENCH_XMX:-2g}, $aantal democliënten; $url"
  echo '```'
  cat "$bench_base/lastmeting.txt"
  echo '```'
  echo "- RSS van de server direct na de meting: ${rss_mb} MB"
  if [[ -n "$profiel" ]]; then
    echo "- JFR (BENCH_JFR=1), bovenste frame van de samples, aantal:"
    echo '```'
    echo "$profiel"
    echo '```'
  fi
} | tee -a bench/RESULTS.md
