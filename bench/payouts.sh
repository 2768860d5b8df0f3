#!/usr/bin/env bash
# Settling one month for 10,000 contracts and explaining every payout (issue 14, point 9), against
# the real portal on Payara Micro with H2 in file mode, the server at -Xmx256m. Seeds by SQL 2,000
# vendors and 10,000 per-lead monthly contracts with 8 metrics x 36 months (2,880,000 ledger rows,
# leads created among them), then times, in the same run:
#  - the portfolio payouts export (GET /api/v1/exports/portfolio/payouts, every period of every
#    contract explained line by line) beside the ledger export of the same months, its baseline,
#    each with the heap sampled by jstat;
#  - settling January 2023 for all 10,000 contracts through the API, two requests at a time, as the
#    administrator (the values were recorded by someone else: four eyes), and the payouts export
#    again with the settled month in it.
# Talks to 127.0.0.1 only. Run from the project root after `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8184}
HEAP=${HEAP:-256m}
WORK=target/bench-payouts
WAR=assessment-web/target/outsight.war
MICRO=assessment-web/target/payara-micro.jar
URL="jdbc:h2:file:$PWD/$WORK/data/db/outsight;DB_CLOSE_ON_EXIT=FALSE"
rm -rf "$WORK" && mkdir -p "$WORK"

mvn -B -q dependency:copy -Dartifact=com.h2database:h2:2.2.224 -DoutputDirectory="$WORK" -Dmdep.stripVersion=true
h2() { java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$URL" -user outsight -password outsight "$@"; }

source bench/portal.sh

echo "== first start (schema, demo data), then 2,000 vendors, 10,000 contracts and 2,880,000 ledger rows"
start_portal seed
stop_portal
seed_portfolio leads-created '60 + mod(c.x * 7 + m.x * 3, 90)' '0:40;100:35'

# GET an export as the auditor, timed to its last byte, with the heap sampled meanwhile
export_timed() {
  local name=$1 path=$2
  jstat -gc "$PID" 200 > "$WORK/jstat-$name.txt" &
  local sampler=$!
  local result
  result=$(curl -s -o "$WORK/$name.csv" -w '%{http_code} %{time_total}' -u auditor:outsight-demo -H 'Accept: text/csv' \
    "http://127.0.0.1:$PORT/api/v1/exports/$path")
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  local peak
  peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { if ($6 + $8 > all) all = $6 + $8; if ($8 > old) old = $8 }
    END { printf "heap in use at most %.0f MB, old generation at most %.0f MB", all / 1024, old / 1024 }' "$WORK/jstat-$name.txt")
  echo "$name: HTTP ${result% *}, $(printf '%.2f' "${result#* }") s, $(wc -l < "$WORK/$name.csv") lines, $(du -m "$WORK/$name.csv" | cut -f1) MB; $peak"
}

start_portal export
echo "== the ledger export (baseline) and the payouts export of 2023-01 to 2025-12, twice each"
for run in 1 2; do
  export_timed "ledger-$run" "portfolio?from=2023-01&to=2025-12"
  export_timed "payouts-$run" "portfolio/payouts?from=2023-01&to=2025-12"
done
echo "== settling January 2023 for the 10,000 contracts through the API, two at a time"
java bench/SettleMonth.java "http://127.0.0.1:$PORT/" admin outsight-demo 2023-01 6000001 6010000 2
echo "== the payouts export again, January settled"
export_timed "payouts-settled" "portfolio/payouts?from=2023-01&to=2025-12"
echo "settled lines in the export: $(grep -c ',Settled,admin,' "$WORK/payouts-settled.csv" || true)"
stop_portal
