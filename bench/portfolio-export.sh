#!/usr/bin/env bash
# The portfolio export (issue 4, part b) against the real portal on Payara Micro with H2 in file
# mode, the server at -Xmx256m: every ledger row of 10,000 contracts x 8 metrics x 36 months
# (2,880,000 rows, 2,000 vendors) as CSV through GET /api/v1/exports/portfolio, beside H2's own
# CSVWRITE of the same joined, ordered query on the same database (the baseline), each twice.
# Talks to 127.0.0.1 only. Run from the project root after `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8183}
HEAP=${HEAP:-256m}
WORK=target/bench-portfolio
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
seed_portfolio metric-1 '100 + mod(c.x * 7 + m.x * 3 + k.x, 900) + 0.25' '0:40'

# the portal's own query (PortfolioExport.ROWS) with the months written in
QUERY="select c.reference, v.name, r.metric, r.period_start, r.period_months, r.result_value, r.source, r.recorded_by, r.recorded_at, r.submission_id, r.source_line, r.superseded_by, r.id from metric_result r left join contract c on c.id = r.contract_id left join vendor v on v.id = c.vendor_id where r.period_start between date '2023-01-01' and date '2025-12-31' order by r.contract_id, r.period_start, r.metric, r.id"
echo "== baseline: H2 CSVWRITE of the same query, in one JVM with the database, twice"
cat > "$WORK/Baseline.java" <<'JAVA'
import java.sql.*;
public class Baseline {
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(args[0], "outsight", "outsight"); Statement s = c.createStatement()) {
      for (int run = 1; run <= 2; run++) {
        long t0 = System.nanoTime();
        s.execute("call csvwrite('" + args[1] + "-" + run + ".csv', '" + args[2].replace("'", "''") + "')");
        System.out.printf("CSVWRITE run %d: %.2f s%n", run, (System.nanoTime() - t0) / 1e9);
      }
    }
  }
}
JAVA
java -cp "$WORK/h2.jar" "$WORK/Baseline.java" "$URL" "$PWD/$WORK/baseline" "$QUERY"
echo "baseline rows (with heading): $(wc -l < "$WORK/baseline-1.csv"), $(du -m "$WORK/baseline-1.csv" | cut -f1) MB"

echo "== the portal's portfolio export with -Xmx$HEAP, twice"
start_portal export
for run in 1 2; do
  jstat -gc "$PID" 200 > "$WORK/jstat-$run.txt" &
  sampler=$!
  result=$(curl -s -o "$WORK/portfolio-$run.csv" -w '%{http_code} %{time_total}' -u auditor:outsight-demo -H 'Accept: text/csv' \
    "http://127.0.0.1:$PORT/api/v1/exports/portfolio?from=2023-01&to=2025-12")
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { if ($6 + $8 > all) all = $6 + $8; if ($8 > old) old = $8 }
    END { printf "heap in use at most %.0f MB, old generation at most %.0f MB", all / 1024, old / 1024 }' "$WORK/jstat-$run.txt")
  echo "portfolio export run $run: HTTP ${result% *}, $(printf '%.2f' "${result#* }") s, $(wc -l < "$WORK/portfolio-$run.csv") lines, $(du -m "$WORK/portfolio-$run.csv" | cut -f1) MB; $peak"
done
echo "== the same export as XLSX (SXSSF), once, for its time and heap; not part of the target"
jstat -gc "$PID" 200 > "$WORK/jstat-xlsx.txt" &
sampler=$!
result=$(curl -s -o "$WORK/portfolio.xlsx" -w '%{http_code} %{time_total}' -u auditor:outsight-demo \
  -H 'Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
  "http://127.0.0.1:$PORT/api/v1/exports/portfolio?from=2023-01&to=2025-12")
kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { if ($6 + $8 > all) all = $6 + $8; if ($8 > old) old = $8 }
  END { printf "heap in use at most %.0f MB, old generation at most %.0f MB", all / 1024, old / 1024 }' "$WORK/jstat-xlsx.txt")
echo "portfolio export as XLSX: HTTP ${result% *}, $(printf '%.2f' "${result#* }") s, $(du -m "$WORK/portfolio.xlsx" | cut -f1) MB; $peak"
stop_portal
