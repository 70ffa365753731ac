#!/usr/bin/env bash
# Runs every test: unit tests, Arquillian tests of the real EAR on a managed WildFly, and browser tests in
# headless Chromium (installed here first if missing). With the argument "postgresql" the same suite runs
# against PostgreSQL (127.0.0.1:5432, database test, user postgres; its public schema is emptied first).
set -euo pipefail
cd "$(dirname "$0")"
db=${1:-h2}

bash scripts/install-test-tools.sh

case "$db" in
    h2)
        mvn -B clean verify
        ;;
    postgresql)
        host=${GOVERNANCE_TEST_PG_HOST:-127.0.0.1}
        psql -h "$host" -U postgres -d test -v ON_ERROR_STOP=1 -q \
            -c "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"
        mvn -B clean verify -Ppostgresql -Dgovernance.db.url="jdbc:postgresql://$host:5432/test"
        ;;
    *)
        echo "usage: $0 [h2|postgresql]" >&2
        exit 2
        ;;
esac
