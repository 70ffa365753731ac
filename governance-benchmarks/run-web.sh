#!/usr/bin/env bash
# Benchmarks the plan page and the plans API at scale on a real WildFly 39 with PostgreSQL, against a bare
# PrimeFaces table (governance-benchmarks/bare-table) deployed on the same server. Measures boot times first.
# Usage: governance-benchmarks/run-web.sh [sizes, e.g. 10000,100000]
# Environment (defaults): BENCH_PORT_OFFSET (300: HTTP 8380, management 10290), BENCH_DB (bench: emptied!),
# BENCH_CLIENTS (8), BENCH_WARMUP_S (2), BENCH_DURATION_S (6), BENCH_ROUNDS (3), BENCH_TYPING_REPEATS (5),
# BENCH_CASES (all; e.g. a,b3: only those of a, b1, b2, b3, c, d), BENCH_SERVER_HEAP (-Xms256m -Xmx1g),
# GOVERNANCE_BENCH_TOKEN (an API token to send as Bearer, else the harness tries to create one), BENCH_SKIP_BUILD (1: use what target/ holds), BENCH_KEEP_SERVER (1: leave
# WildFly running at the end, e.g. to profile it; stop it with kill on the printed process id).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

sizes=${1:-10000,100000}
offset=${BENCH_PORT_OFFSET:-300}
port=$((8080 + offset))
management_port=$((9990 + offset))
db=${BENCH_DB:-bench}
pg_host=127.0.0.1
wildfly_version=39.0.1.Final
work=$root/governance-benchmarks/target/web
jboss_home=$work/wildfly-$wildfly_version
password=${GOVERNANCE_DEMO_PASSWORD:-Bench-Demo-Password-1}
export JBOSS_JAVA_SIZING=${BENCH_SERVER_HEAP:--Xms256m -Xmx1g}
export GOVERNANCE_DB_URL="jdbc:postgresql://$pg_host:5432/$db"
export GOVERNANCE_DB_USER=postgres
export GOVERNANCE_DB_PASSWORD=unused-with-trust-auth
export GOVERNANCE_DEMO_PASSWORD=$password

for p in "$port" "$management_port"; do
    if curl -s -o /dev/null "http://127.0.0.1:$p/"; then
        echo "Port $p is already in use; set BENCH_PORT_OFFSET." >&2
        exit 1
    fi
done
mkdir -p "$work"

server=
console=
stop_server() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill "$server" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$server" 2>/dev/null || break
            sleep 0.5
        done
        # standalone.sh did not pass the signal on in time: end its Java process (our child) too
        for child in $(pgrep -P "$server"); do
            kill -KILL "$child" 2>/dev/null || true
        done
        kill -KILL "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    server=
}
trap stop_server EXIT
trap 'echo "Failed (line $LINENO); logs are in $work" >&2' ERR
trap 'echo "Interrupted; stopping WildFly." >&2; exit 130' INT TERM

# boot NAME [server arguments...]: starts WildFly, waits for its "started" line (WFLYSRV0025) and sets
# boot_ms (process start until that line was seen, polled every 0.1 s) and wildfly_ms (WildFly's own figure).
boot() {
    local name=$1
    shift
    console=$work/console-$name.log
    local start
    start=$(date +%s%N)
    LAUNCH_JBOSS_IN_BACKGROUND=1 "$jboss_home/bin/standalone.sh" -b 127.0.0.1 \
        -Djboss.socket.binding.port-offset="$offset" "$@" > "$console" 2>&1 &
    server=$!
    for _ in $(seq 1 3000); do
        # the whole figure, not a line still being written
        if grep -q 'WFLYSRV0025.* started in [0-9]*ms' "$console"; then
            boot_ms=$((($(date +%s%N) - start) / 1000000))
            wildfly_ms=$(grep -o 'WFLYSRV0025.* started in [0-9]*ms' "$console" | grep -o '[0-9]*ms$' | tr -d ms || true)
            if grep -q -E 'WFLYSRV0026|WFLYCTL0186|WFLYSRV0021' "$console"; then
                break
            fi
            return 0
        fi
        if grep -q -E 'WFLYSRV0026|WFLYCTL0186' "$console" || ! kill -0 "$server" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    echo "WildFly ($name) failed or did not start; see $console" >&2
    tail -30 "$console" >&2
    exit 1
}

echo "== Build (log: governance-benchmarks/target/web/build.log)"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    if ! { mvn -B package -DskipTests -pl governance-ear,governance-benchmarks -am \
            && mvn -B -f governance-benchmarks/bare-table/pom.xml package; } > "$work/build.log" 2>&1; then
        tail -40 "$work/build.log" >&2
        echo "The build failed; see $work/build.log" >&2
        exit 1
    fi
fi
ear=$root/governance-ear/target/governance.ear
bare=$root/governance-benchmarks/bare-table/target/bare.war
postgresql_jar=$(tr ':' '\n' < governance-benchmarks/target/classpath.txt | grep '/postgresql-[0-9.]*\.jar$')
classpath="$root/governance-benchmarks/target/classes:$(cat governance-benchmarks/target/classpath.txt)"

echo "== A fresh WildFly $wildfly_version in $jboss_home, configured for PostgreSQL (database $db)"
rm -rf "$jboss_home"
# as run.sh does: in the root project only (-N), whatever the plugin's marker of an earlier unpack says
mvn -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact=org.wildfly:wildfly-dist:$wildfly_version:zip -DoutputDirectory="$work" \
    -Dmdep.overWriteReleases=true > "$work/unpack.log" 2>&1
bash governance-ear/src/main/wildfly/configure-offline.sh "$jboss_home" postgresql "$postgresql_jar" \
    > "$work/configure.log" 2>&1
if ! psql -h "$pg_host" -U postgres -d "$db" -Atqc 'select 1' > /dev/null 2>&1; then
    psql -h "$pg_host" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $db"
fi
PGOPTIONS="-c client_min_messages=warning" psql -h "$pg_host" -U postgres -d "$db" -v ON_ERROR_STOP=1 -q \
    -c "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"

echo "== Machine"
echo "nproc: $(nproc); memory: $(free -g | awk '/^Mem:/ {print $2 " GiB total, " $7 " GiB available"}')"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
java -version 2>&1 | head -2 | sed 's/^/java: /'
app_modules=(governance-domain governance-reports governance-ejb governance-web governance-ear)
echo "application measured: commit $(git log -1 --format='%h %cs' -- "${app_modules[@]}")$(git diff --quiet HEAD -- "${app_modules[@]}" || echo ' with uncommitted changes'); harness: $(git rev-parse --short HEAD)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== Boot times (process start until WFLYSRV0025 'started in' is logged)"
stock=()
for i in 1 2; do
    boot "stock-$i"
    stock+=("$boot_ms")
    echo "stock WildFly, no deployment, boot $i: ${boot_ms} ms (WildFly says ${wildfly_ms} ms)"
    stop_server
done
cp "$ear" "$jboss_home/standalone/deployments/governance.ear"
boot first-deploy
first=$boot_ms
grep -q 'WFLYSRV0010: Deployed "governance.ear"' "$console" || { echo "governance.ear not deployed" >&2; exit 1; }
echo "governance.ear, empty database (first deploy, Flyway migrations): ${boot_ms} ms (WildFly says ${wildfly_ms} ms)"
stop_server
# not measured: creates the demo register and the demo accounts (the load generator logs in as director)
boot demo -Dgovernance.demo=true
stop_server
restarts=()
for i in 1 2; do
    boot "restart-$i"
    restarts+=("$boot_ms")
    echo "governance.ear, migrated database (restart $i): ${boot_ms} ms (WildFly says ${wildfly_ms} ms)"
    [ "$i" = 2 ] || stop_server
done
best_stock=$(printf '%s\n' "${stock[@]}" | sort -n | head -1)
best_restart=$(printf '%s\n' "${restarts[@]}" | sort -n | head -1)
echo "difference to stock (fastest of each): first deploy +$((first - best_stock)) ms, restart +$((best_restart - best_stock)) ms"

echo "== Data: one plan a size, loaded with SQL (governance-benchmarks/web/load-plan.sql)"
plans=
year=2090
for n in ${sizes//,/ }; do
    year=$((year + 1))
    t0=$(date +%s%N)
    psql -h "$pg_host" -U postgres -d "$db" -q -v year="$year" -v n="$n" -f governance-benchmarks/web/load-plan.sql
    echo "plan $year: $n activities loaded in $((($(date +%s%N) - t0) / 1000000)) ms"
    plans="$plans${plans:+,}$n:$year"
done

if [ -z "${GOVERNANCE_BENCH_TOKEN:-}" ] \
        && [ "$(psql -h "$pg_host" -U postgres -d "$db" -Atqc "select to_regclass('api_token') is not null")" = t ]; then
    # A personal API token of the load generator's account, stored as the application stores one (the SHA-256 of
    # the whole token); made here because the application makes tokens on its "Mitt konto" page only.
    token="sgt_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
    psql -h "$pg_host" -U postgres -d "$db" -v ON_ERROR_STOP=1 -q -c "insert into api_token (version, account_id,
        name, token_hash, created_at, expires_on) select 0, id, 'benchmark', '$hash', localtimestamp, current_date + 30
        from app_user where username = 'director'"
    export GOVERNANCE_BENCH_TOKEN=$token
    echo "API token stored for director"
fi

echo "== Deploying the bare table next to the application"
cp "$bare" "$jboss_home/standalone/deployments/bare.war"
for _ in $(seq 1 600); do
    [ -e "$jboss_home/standalone/deployments/bare.war.deployed" ] && break
    if [ -e "$jboss_home/standalone/deployments/bare.war.failed" ]; then
        echo "bare.war failed to deploy; see $console" >&2
        exit 1
    fi
    sleep 0.2
done
[ -e "$jboss_home/standalone/deployments/bare.war.deployed" ] || { echo "bare.war not deployed" >&2; exit 1; }

echo "== Load (Java HttpClient; see BENCHMARKS.md)"
java -Xmx512m -cp "$classpath" \
    -Dbench.base=http://127.0.0.1:$port \
    -Dbench.plans="$plans" \
    -Dbench.user=director -Dbench.password="$password" \
    -Dbench.jdbc="$GOVERNANCE_DB_URL" \
    -Dbench.clients="${BENCH_CLIENTS:-8}" \
    -Dbench.warmup="${BENCH_WARMUP_S:-2}" \
    -Dbench.duration="${BENCH_DURATION_S:-6}" \
    -Dbench.rounds="${BENCH_ROUNDS:-3}" \
    -Dbench.typingRepeats="${BENCH_TYPING_REPEATS:-5}" \
    -Dbench.cases="${BENCH_CASES:-}" \
    se.sodertorn.governance.benchmarks.web.WebBenchmarkMain

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${BENCH_KEEP_SERVER:-0}" = 1 ]; then
    trap - EXIT
    echo "== WildFly left running (process $server), http://127.0.0.1:$port/governance/, database $db"
else
    echo "== Stopping WildFly"
    stop_server
fi
