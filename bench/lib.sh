# Shared by the bench scripts (source it): a WildFly with the EAR in its own base directory under bench/out, on
# embedded H2 (fresh directory) or on PostgreSQL when BENCH_DB_URL is set (its wlz schemas and the batch tables are
# dropped first, so every run loads the same demo data). Port offset BENCH_OFFSET (default 900), heap BENCH_XMX, another EAR BENCH_EAR.
# Needs a build first: mvn -DskipTests package

bench_jboss_home="$(ls -d ear/target/server/wildfly-*/ 2>/dev/null | head -n1)"
bench_ear="${BENCH_EAR:-ear/target/wlz-platform.ear}"
bench_offset="${BENCH_OFFSET:-900}"

# The database label for the results, and the JVM arguments that select it.
if [[ -n "${BENCH_DB_URL:-}" ]]; then
  bench_db="postgresql"
  bench_dbargs="-Dwlz.db.driver=postgresql -Dwlz.db.url=$BENCH_DB_URL -Dwlz.db.user=${BENCH_DB_USER:-postgres} -Dwlz.db.password=${BENCH_DB_PASSWORD:-postgres}"
else
  bench_db="h2"
  bench_dbargs=""
fi

# Empties the PostgreSQL benchmark database (no-op on H2, which gets a fresh directory).
bench_db_leeg() {
  [[ -n "${BENCH_DB_URL:-}" ]] || return 0
  # a new machine has only the database "test": create the benchmark database on first use
  local url="${BENCH_DB_URL#jdbc:}" naam="${BENCH_DB_URL##*/}"
  PGPASSWORD="${BENCH_DB_PASSWORD:-postgres}" psql "${url%/*}/postgres" -U "${BENCH_DB_USER:-postgres}" -q -c \
    "CREATE DATABASE \"${naam%%\?*}\"" >/dev/null 2>&1 || true
  PGPASSWORD="${BENCH_DB_PASSWORD:-postgres}" psql "${BENCH_DB_URL#jdbc:}" -U "${BENCH_DB_USER:-postgres}" -q -c \
    "DROP SCHEMA IF EXISTS indicatie, budget, regelingen, toezicht, toegang, uitwisseling CASCADE; DROP TABLE IF EXISTS job_instance, job_execution, step_execution, partition_execution CASCADE" \
    >/dev/null 2>&1 || true
}

bench_machine() {
  echo "$(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# bench_server_start <naam> <aantal-clienten> <regios> [extra JVM args...]: starts and waits for "started".
# Sets bench_base, bench_log, bench_pid, bench_java_pid, bench_start_s, bench_klaar_s.
bench_server_start() {
  local naam="$1" aantal="$2" regios="$3"
  shift 3
  [[ -f "$bench_ear" && -d "$bench_jboss_home" ]] || { echo "FOUT: eerst bouwen: mvn -DskipTests package" >&2; return 1; }
  bench_base="$(pwd)/bench/out/$naam"
  rm -rf "$bench_base" && mkdir -p "$bench_base/configuration" "$bench_base/deployments"
  cp "$bench_jboss_home"/standalone/configuration/*.xml "$bench_jboss_home"/standalone/configuration/*.properties \
    "$bench_base/configuration/"
  cp "$bench_ear" "$bench_base/deployments/"
  bench_db_leeg
  bench_log="$bench_base/log/server.log"
  bench_start_s=$(date +%s.%N)
  # shellcheck disable=SC2086
  JAVA_OPTS="-Xms512m -Xmx${BENCH_XMX:-2g} -Djava.net.preferIPv4Stack=true ${BENCH_JVM_EXTRA:-}" \
    "$bench_jboss_home/bin/standalone.sh" -Djboss.server.base.dir="$bench_base" \
    -Djboss.socket.binding.port-offset="$bench_offset" -Dwlz.demo.aantal="$aantal" -Dwlz.demo.regios="$regios" \
    -Dwlz.rapport.planning=false $bench_dbargs "$@" >"$bench_base/console.log" 2>&1 &
  bench_pid=$!
  trap bench_server_stop EXIT
  until grep -qE 'WFLYSRV0025|WFLYSRV0026' "$bench_log" 2>/dev/null; do
    sleep 1
    kill -0 "$bench_pid" 2>/dev/null || { echo "FOUT: server gestopt, zie $bench_log" >&2; return 1; }
  done
  bench_klaar_s=$(date +%s.%N)
  bench_java_pid=$(pgrep -f "jboss.server.base.dir=$bench_base" | tail -n1)
}

bench_rss_mb() {
  echo $(( $(ps -o rss= -p "$bench_java_pid") / 1024 ))
}

# standalone.sh starts java as a child: stop both, also when the calling script fails halfway.
bench_server_stop() {
  [[ -n "${bench_base:-}" ]] || return 0
  pkill -f "jboss.server.base.dir=$bench_base" 2>/dev/null || true
  wait "$bench_pid" 2>/dev/null || true
}
