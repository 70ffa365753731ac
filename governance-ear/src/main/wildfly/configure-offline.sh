#!/usr/bin/env bash
# Configures an unpacked WildFly without starting it (embedded CLI) with configure-h2.cli or
# configure-postgresql.cli, then configure-mail.cli and configure-web.cli.
# Usage: configure-offline.sh JBOSS_HOME h2|postgresql [path/to/postgresql.jar]
set -euo pipefail
jboss_home=$1
db=$2
driver_jar=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
script=$(mktemp --suffix=.cli)
trap 'rm -f "$script"' EXIT
{
    echo "embed-server --std-out=discard --server-config=standalone.xml"
    cat "$here/configure-$db.cli"
    cat "$here/configure-mail.cli"
    cat "$here/configure-web.cli"
    echo "stop-embedded-server"
} > "$script"
"$jboss_home/bin/jboss-cli.sh" --file="$script" -Dpostgresql.jar="$driver_jar"
