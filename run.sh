#!/usr/bin/env bash
# Builds the application and runs it on a local WildFly 39 with an embedded H2 database and demo data.
# First start: unpacks WildFly into .run/ and creates the demo accounts. Every start configures it. Later starts keep
# the data.
# Stop with Ctrl-C. Environment: GOVERNANCE_DEMO_PASSWORD (the demo accounts' password; generated if unset),
# GOVERNANCE_PORT_OFFSET (shift all ports, e.g. 100 serves on 8180).
set -euo pipefail
cd "$(dirname "$0")"

wildfly_version=39.0.1.Final
run_dir=$PWD/.run
jboss_home=$run_dir/wildfly-$wildfly_version
offset=${GOVERNANCE_PORT_OFFSET:-0}
port=$((8080 + offset))
url="http://localhost:$port/governance/"

if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "Port $port is already in use. Stop what runs there, or set GOVERNANCE_PORT_OFFSET." >&2
    exit 1
fi

echo "Building the application (log: .run/build.log)..."
mkdir -p "$run_dir"
if ! mvn -B install -DskipTests > "$run_dir/build.log" 2>&1; then
    tail -40 "$run_dir/build.log" >&2
    echo "The build failed; see .run/build.log" >&2
    exit 1
fi

if [ ! -x "$jboss_home/bin/standalone.sh" ]; then
    echo "Unpacking WildFly $wildfly_version into .run/ ..."
    # Once, in the root project only (-N), and whatever the plugin's marker of an earlier unpack in target/ says:
    # that marker outlives a deleted .run/, and the plugin would skip the unpack because of it.
    mvn -B -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
        -Dartifact=org.wildfly:wildfly-dist:$wildfly_version:zip -DoutputDirectory="$run_dir" \
        -Dmdep.overWriteReleases=true >> "$run_dir/build.log" 2>&1
    if [ ! -x "$jboss_home/bin/standalone.sh" ]; then
        echo "WildFly was not unpacked into .run/; see .run/build.log" >&2
        exit 1
    fi
fi
# Every start, so that a server set up by an earlier version takes the current settings.
echo "Configuring security and the H2 datasource..."
bash governance-ear/src/main/wildfly/configure-offline.sh "$jboss_home" h2 > "$run_dir/configure.log"

cp governance-ear/target/governance.ear "$jboss_home/standalone/deployments/governance.ear"
console=$run_dir/console.log
: > "$console"
LAUNCH_JBOSS_IN_BACKGROUND=1 "$jboss_home/bin/standalone.sh" -Dgovernance.demo=true -Djboss.socket.binding.port-offset="$offset" \
    -Dgovernance.base-url="${GOVERNANCE_BASE_URL:-$url}" \
    > "$console" 2>&1 &
server=$!
trap 'echo; echo "Stopping WildFly..."; kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; exit 0' INT TERM

echo "Starting WildFly (log: .run/console.log)..."
for _ in $(seq 1 180); do
    if grep -q 'WFLYSRV0010: Deployed "governance.ear"' "$console"; then
        break
    fi
    if grep -q -E 'WFLYSRV0026|WFLYCTL0186|Deployment.*failed' "$console" || ! kill -0 "$server" 2>/dev/null; then
        echo "WildFly or the deployment failed; see .run/console.log" >&2
        tail -20 "$console" >&2
        kill "$server" 2>/dev/null || true
        exit 1
    fi
    sleep 1
done

generated=$(grep -o 'password: [^ ]*$' "$console" | grep -v '(the' | sed 's/password: //' || true)
echo
echo "The application runs at $url"
echo "Log in as admin, secretariat, director or member."
if [ -n "$generated" ]; then
    echo "Their password (generated now, shown only this once): $generated"
elif [ -n "${GOVERNANCE_DEMO_PASSWORD:-}" ] && grep -q 'GOVERNANCE_DEMO_PASSWORD' "$console"; then
    echo "Their password: the value of GOVERNANCE_DEMO_PASSWORD"
else
    echo "Their password: the one shown at the first start (or GOVERNANCE_DEMO_PASSWORD if it was set then)."
fi
echo "Press Ctrl-C to stop. Data is kept in .run/ between starts."
wait "$server"
