#!/usr/bin/env bash
# Measures, against the real portal on Payara Micro with H2 in file mode:
#  1. cold start: from launching the JVM to the first page served (sign-in page), on an empty data
#     directory (migrations and demo data included), and the resident memory then;
#  2. the vendor list's first page (lazy table, 25 rows sorted by name, count in SQL) with 10,000
#     vendors in the registry, warm, signed in as procurement.
# Talks to 127.0.0.1 only. Run from the project root after `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8181}
WORK=target/bench
AUDIT_KEY=${OUTSIGHT_AUDIT_KEY:-$(head -c 32 /dev/urandom | base64)}
WAR=assessment-web/target/outsight.war
MICRO=assessment-web/target/payara-micro.jar
URL="jdbc:h2:file:$PWD/$WORK/data/db/outsight;DB_CLOSE_ON_EXIT=FALSE"
ROUNDS=${ROUNDS:-200}
rm -rf "$WORK" && mkdir -p "$WORK"

mvn -B -q dependency:copy -Dartifact=com.h2database:h2:2.2.224 -DoutputDirectory="$WORK" -Dmdep.stripVersion=true

start_portal() {
  java -Dhazelcast.phone.home.enabled=false -Dhazelcast.socket.bind.any=false -Doutsight.demo.enabled=true -Doutsight.audit.key="$AUDIT_KEY" -Doutsight.datasource.url="$URL" \
    -Doutsight.datasource.user=outsight -Doutsight.datasource.password=outsight \
    -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$PORT" --rootdir "$WORK/payara-runtime" \
    --prebootcommandfile assessment-web/src/main/payara/preboot.asadmin \
    --postbootcommandfile vendor-registry/src/main/payara/datasource.asadmin --addlibs assessment-web/target/postgresql.jar \
    --nocluster --nohazelcast --disablephonehome > "$WORK/portal-$1.log" 2>&1 &
  PID=$!
}

stop_portal() {
  kill "$PID" && wait "$PID" 2>/dev/null || true
  rm -rf "$WORK/payara-runtime"
}

wait_for_first_page() {
  local t0=$1
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login.xhtml" | grep -q 200; do
    sleep 0.05
    if ! kill -0 "$PID" 2>/dev/null; then echo "portal died, see $WORK/portal-*.log" >&2; exit 1; fi
  done
  echo $(( $(date +%s%N) / 1000000 - t0 ))
}

rss_mb() { echo $(( $(ps -o rss= -p "$PID") / 1024 )); }

echo "== cold start on an empty data directory"
t0=$(( $(date +%s%N) / 1000000 ))
start_portal cold
cold_ms=$(wait_for_first_page "$t0")
echo "first page after ${cold_ms} ms; RSS $(rss_mb) MB"
stop_portal

echo "== adding 10,000 vendors to the registry"
cat > "$WORK/vendors.sql" <<'SQL'
insert into vendor (id, version, name, business_id, country, website, contact_name, contact_email,
                    status, registered_at, registered_by)
select 1000000 + x, 0, 'Benchmark Vendor ' || lpad(x, 5, '0') || ' Ltd', 'BENCH-' || x, 'US', null,
       'Contact ' || x, 'contact' || x || '@vendor.example', 'PROSPECT', current_timestamp, 'benchmark'
from system_range(1, 10000);
insert into vendor_service (vendor_id, service)
select 1000000 + x, case mod(x, 3) when 0 then 'LEAD_GENERATION' when 1 then 'COLD_CALLING' else 'FULL_SALES' end
from system_range(1, 10000);
SQL
java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$URL" -user outsight -password outsight -script "$WORK/vendors.sql"

echo "== warm start with 10,012 vendors"
t0=$(( $(date +%s%N) / 1000000 ))
start_portal warm
warm_ms=$(wait_for_first_page "$t0")
echo "first page after ${warm_ms} ms"

jar="$WORK/cookies"
curl -s -o /dev/null -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/vendors/index.xhtml"
curl -s -o /dev/null -c "$jar" -b "$jar" -d j_username=procurement -d j_password=outsight-demo \
  "http://127.0.0.1:$PORT/j_security_check"
curl -s -L -o "$WORK/list.html" -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/vendors/index.xhtml"
grep -Eq '1–25 of 10,?012' "$WORK/list.html" || { echo "the list did not show 10,012 vendors" >&2; exit 1; }

for _ in $(seq 1 50); do curl -s -o /dev/null -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/vendors/index.xhtml"; done
for _ in $(seq 1 "$ROUNDS"); do
  curl -s -o /dev/null -w '%{time_total}\n' -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/vendors/index.xhtml"
done | sort -n > "$WORK/list-times.txt"
pick() { awk -v q="$1" '{ a[NR] = $1 } END { i = int(NR * q); if (i < 1) i = 1; printf "%.1f", a[i] * 1000 }' "$WORK/list-times.txt"; }
echo "vendor list first page, ${ROUNDS} warm requests: p50 $(pick 0.5) ms, p95 $(pick 0.95) ms, max $(pick 1.0) ms; RSS $(rss_mb) MB"
stop_portal
