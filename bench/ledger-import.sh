#!/usr/bin/env bash
# Measures the metric ledger's CSV import against the real portal on Payara Micro with H2 in file
# mode and a small heap (-Xmx256m by default):
#  1. a 100,000-line results file (1,000 contracts x 25 months x 4 metrics, semicolons and decimal
#     commas as Finnish spreadsheets write them) posted to POST /api/v1/results, all new values;
#  2. a second file of the same size correcting every value, so that each supersedes one;
#  3. a 10,000-line file before them and a 1,000,000-line file after them (10,000 contracts), for
#     comparison: with the same small heap, the import must not need more memory for a larger file
#     (jstat samples the heap every 100 ms; after each import a full GC shows what stays behind);
#  3a. the 100,000 corrections once more: the same work on a server whose JIT compiler has
#     seen a million lines, where the first files run partly interpreted;
#  3b. last, 25,000 first values of another metric for the same 1,000 contracts, without a reason
#     column, as a monthly file would come: every contract has values, so the values given without a
#     reason are checked for corrections that do not say why;
#  4. the plans H2 chooses for the ledger's queries by contract and period.
# MILLION=no leaves out the 1,000,000-line file (step 3's comparison), for trials of the smaller files;
# WAR, GC and POSTBOOT (bench/portal.sh) measure an earlier build as it was run; DB_OPTIONS are
# appended to H2's URL.
# Talks to 127.0.0.1 only. Run from the project root after `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8182}
HEAP=${HEAP:-256m}
MILLION=${MILLION:-yes}
WORK=target/bench-import
WAR=${WAR:-assessment-web/target/outsight.war}
MICRO=assessment-web/target/payara-micro.jar
URL="jdbc:h2:file:$PWD/$WORK/data/db/outsight;DB_CLOSE_ON_EXIT=FALSE${DB_OPTIONS:-}"
rm -rf "$WORK" && mkdir -p "$WORK"

mvn -B -q dependency:copy -Dartifact=com.h2database:h2:2.2.224 -DoutputDirectory="$WORK" -Dmdep.stripVersion=true

source bench/portal.sh
# a failed import leaves no server behind on the port
trap 'kill "${PID:-}" 2>/dev/null || true' EXIT

# The files' 25 months from 2024-11, in awk: month(0) is 2024-11, month(24) 2026-11.
MONTHS='function month(m) { return sprintf("%d-%02d", 2024 + int((10 + m) / 12), (10 + m) % 12 + 1) }'

# Lines of contract;period;metric;value;reason for contracts 1..$1, each for the 25 months; $2 is added to
# every value; every line gives a reason, as a value that corrects a reported one must.
results_file() {
  awk -v contracts="$1" -v delta="$2" -v reason="benchmark correction" "$MONTHS"' BEGIN {
    print "contract;period;metric;value;reason"
    split("leads-created qualified-leads meetings-booked revenue", metric, " ")
    for (c = 1; c <= contracts; c++) for (m = 0; m < 25; m++) {
      for (k = 1; k <= 4; k++) {
        value = (k == 4) ? sprintf("%d,%02d", 1000 + c + m + delta, (c + k) % 100) : (100 + (c + m + k) % 50 + delta)
        printf "BENCH-%05d;%s;%s;%s;%s\n", c, month(m), metric[k], value, reason
      }
    }
  }'
}

# Deals closed for contracts 1..$1 over the same 25 months, without a reason column.
deals_file() {
  awk -v contracts="$1" "$MONTHS"' BEGIN {
    print "contract;period;metric;value"
    for (c = 1; c <= contracts; c++) for (m = 0; m < 25; m++) {
      printf "BENCH-%05d;%s;deals-closed;%d\n", c, month(m), (c + m) % 7
    }
  }'
}

# Posts a file, prints its time in ms and the heap's high-water mark (MB) while it ran.
import_file() {
  local file=$1
  jstat -gc "$PID" 100 > "$WORK/jstat-$(basename "$file").txt" &
  local sampler=$!
  local status
  status=$(curl -s -o "$WORK/answer-$(basename "$file").json" -w '%{http_code} %{time_total}' \
    -u procurement:outsight-demo -H 'Content-Type: text/csv' --data-binary @"$file" \
    "http://127.0.0.1:$PORT/api/v1/results?file=$(basename "$file")")
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  [[ $status == 201* ]] || { echo "import of $file answered $status: $(cat "$WORK/answer-$(basename "$file").json")" >&2; exit 1; }
  # jstat -gc columns (KB): EU is 6, OU is 8. Eden fills with garbage and is emptied by each young
  # collection; the old generation holds what survives, so its high-water mark is what would grow.
  local peaks
  peaks=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { if ($6 + $8 > all) all = $6 + $8; if ($8 > old) old = $8 }
    END { printf "heap in use at most %.0f MB, old generation at most %.0f MB", all / 1024, old / 1024 }' \
    "$WORK/jstat-$(basename "$file").txt")
  jcmd "$PID" GC.run > /dev/null
  local retained
  retained=$(jstat -gc "$PID" | awk 'NR == 2 { printf "%.0f MB", $8 / 1024 }')
  printf '%s: %s lines, %.2f s; %s; old generation after a full GC %s; %s\n' "$(basename "$file")" "$(($(wc -l < "$file") - 1))" \
    "${status#* }" "$peaks" "$retained" \
    "$(grep -o '"submissionId":[0-9]*,"superseded":[0-9]*,"unchanged":[0-9]*,"values":[0-9]*' "$WORK/answer-$(basename "$file").json")"
}

echo "== first start (schema, demo data), then 10,000 active contracts for the benchmark"
start_portal seed
stop_portal
cat > "$WORK/contracts.sql" <<'SQL'
insert into vendor (id, version, name, business_id, country, website, contact_name, contact_email, status, registered_at, registered_by)
values (2000000, 0, 'Benchmark Ledger Vendor Ltd', 'BENCH-LEDGER', 'US', null, 'Contact', 'contact@vendor.example', 'ACTIVE',
        current_timestamp, 'benchmark');
insert into contract (id, version, reference, vendor_id, scope, start_date, end_date, evergreen, renewal_months, notice_months,
                      currency, compensation_model, tiers, dispute_window_days, cadence, due_day, we_own_leads, no_reuse_for_others,
                      return_and_delete_at_exit, dedicated_team, subcontracting_allowed, exit_plan, status, created_by, created_at)
select 3000000 + x, 0, 'BENCH-' || lpad(x, 5, '0'), 2000000, 'LEAD_GENERATION', date '2024-11-01', date '2027-10-31', false, 12, 3,
       'EUR', 'per-lead', '0:40', 30, 'MONTHLY', 10, true, true, true, false, false, true, 'ACTIVE', 'benchmark', current_timestamp
from system_range(1, 10000);
SQL
java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$URL" -user outsight -password outsight -script "$WORK/contracts.sql"

results_file 1000 0 > "$WORK/results-100k.csv"
results_file 1000 1 > "$WORK/corrections-100k.csv"
results_file 100 2 > "$WORK/results-10k.csv"
[[ $MILLION == no ]] || results_file 10000 3 > "$WORK/results-1m.csv"
results_file 1000 4 > "$WORK/corrections-warm-100k.csv"
deals_file 1000 > "$WORK/deals-without-reason-25k.csv"

echo "== imports with -Xmx$HEAP"
start_portal import
jcmd "$PID" GC.run > /dev/null
echo "after start and a full GC: $(jstat -gc "$PID" | awk 'NR == 2 { printf "old generation %.0f MB", $8 / 1024 }')"
import_file "$WORK/results-10k.csv"
import_file "$WORK/results-100k.csv"
import_file "$WORK/corrections-100k.csv"
[[ $MILLION == no ]] || import_file "$WORK/results-1m.csv"
import_file "$WORK/corrections-warm-100k.csv"
import_file "$WORK/deals-without-reason-25k.csv"
stop_portal

echo "== rows in the ledger, and the plans of its queries by contract and period"
cat > "$WORK/plans.sql" <<'SQL'
select count(*) as "values", count(superseded_by) as "superseded" from metric_result;
explain select metric, period_start, result_value from metric_result
  where contract_id = 3000500 and period_start between date '2025-01-01' and date '2025-12-01' and superseded_by is null;
explain select r.contract_id, r.period_start from metric_result r join contract c on c.id = r.contract_id
  where c.status = 'ACTIVE' and r.superseded_by is null group by r.contract_id, r.period_start;
SQL
java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$URL" -user outsight -password outsight -script "$WORK/plans.sql" -showResults \
  | sed -n '/^-->/p'
