#!/usr/bin/env bash
# Times the HTTP download of the Excel follow-up of a 300-activity plan from a running server (./run.sh).
# First run: creates the plan (year 2099, on SUP 2040) with 300 activities through the REST API.
# Usage: GOVERNANCE_DEMO_PASSWORD=... governance-benchmarks/http-download.sh [base-url] [downloads]
set -euo pipefail
base=${1:-http://localhost:8080/governance}
downloads=${2:-20}
year=${BENCHMARK_YEAR:-2099}
password=${GOVERNANCE_DEMO_PASSWORD:?set GOVERNANCE_DEMO_PASSWORD to the demo accounts password}
auth=(-u "secretariat:$password")
areas=("Infrastruktur och transporter" "Näringsliv och kompetensförsörjning" "Klimat och hållbarhet" "Olikhet och mångfald")

created=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"year\":$year,\"name\":\"Prestandaplan $year\",\"programme\":\"SUP 2040\"}" "$base/api/plans")
if [ "$created" = "201" ]; then
    echo "Creating 300 activities in the plan for $year..."
    for i in $(seq 1 300); do
        area=${areas[$((i % 4))]}
        curl -s -o /dev/null -f "${auth[@]}" -H 'Content-Type: application/json' \
            -d "{\"focusArea\":\"$area\",\"title\":\"Aktivitet $i: samverkan kring $area\",\"budget\":$((i * 1000))}" \
            "$base/api/plans/$year/activities"
    done
fi

echo "Downloading $base/api/plans/$year/follow-up.xlsx $downloads times as director..."
times=()
for _ in $(seq 1 "$downloads"); do
    times+=("$(curl -s -o /tmp/follow-up-benchmark.xlsx -w '%{time_total}' -u "director:$password" \
        "$base/api/plans/$year/follow-up.xlsx")")
done
size=$(stat -c %s /tmp/follow-up-benchmark.xlsx)
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$downloads" -v size="$size" '
    { t[NR] = $1 }
    END {
        printf "downloads: %d, file: %.1f kB\n", n, size / 1024
        printf "min %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms\n",
            t[1] * 1000, t[int((n + 1) / 2)] * 1000, t[int(n * 0.95 + 0.5)] * 1000, t[n] * 1000
    }'
