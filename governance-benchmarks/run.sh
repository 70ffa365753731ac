#!/usr/bin/env bash
# Benchmarks the follow-up workbook writer against plain XSSF and fastexcel, each case in its own JVM.
# Builds what it needs first. Usage: governance-benchmarks/run.sh [sizes, e.g. 10000,100000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl governance-reports -am install -DskipTests
mvn -q -f governance-benchmarks/pom.xml package
exec java -Xmx256m -cp "governance-benchmarks/target/classes:$(cat governance-benchmarks/target/classpath.txt)" \
    se.sodertorn.governance.benchmarks.BenchmarkMain "$@"
