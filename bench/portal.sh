# Shared by the benchmark scripts: start the built WAR on Payara Micro against $URL with -Xmx$HEAP
# and the collector the run command gives it, wait for its first page, and stop it again. Needs
# PORT, HEAP, WORK, WAR, MICRO and URL set. To measure an earlier build as it was run: GC (another
# collector, such as G1GC, the JVM's default; JAVA_OPTS must name none), POSTBOOT (that build's
# data source commands).

# The audit trail's key (README: "Security"): the environment's, or one made for this run.
AUDIT_KEY=${OUTSIGHT_AUDIT_KEY:-$(head -c 32 /dev/urandom | base64)}

start_portal() {
  # JAVA_OPTS: more options for the JVM, such as a flight recording
  # shellcheck disable=SC2086
  java -Xmx"$HEAP" -XX:+Use"${GC:-ParallelGC}" ${JAVA_OPTS:-} -Dhazelcast.phone.home.enabled=false -Dhazelcast.socket.bind.any=false -Doutsight.demo.enabled=true -Doutsight.audit.key="$AUDIT_KEY" -Doutsight.datasource.url="$URL" \
    -Doutsight.datasource.user=outsight -Doutsight.datasource.password=outsight \
    -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$PORT" --rootdir "$WORK/payara-runtime" \
    --prebootcommandfile assessment-web/src/main/payara/preboot.asadmin \
    --postbootcommandfile "${POSTBOOT:-vendor-registry/src/main/payara/datasource.asadmin}" --addlibs assessment-web/target/postgresql.jar \
    --nocluster --nohazelcast --disablephonehome > "$WORK/portal-$1.log" 2>&1 &
  PID=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login.xhtml" | grep -q 200; do
    sleep 0.2
    if ! kill -0 "$PID" 2>/dev/null; then echo "portal died, see $WORK/portal-$1.log" >&2; exit 1; fi
  done
}

stop_portal() {
  kill "$PID" && wait "$PID" 2>/dev/null || true
  rm -rf "$WORK/payara-runtime"
}

# Seed, by SQL into the stopped portal's database, 2,000 vendors and 10,000 monthly per-lead
# contracts running 2023 to 2025 with 8 metrics a month (2,880,000 ledger rows). The first metric is
# named $1 (the others metric-2 to metric-8) and its values are given by the SQL expression $2 of
# c.x (the contract) and m.x (the month); the contracts' tiers are $3. Needs h2() and WORK.
seed_portfolio() {
  cat > "$WORK/ledger.sql" <<SQL
insert into vendor (id, version, name, business_id, country, website, contact_name, contact_email, status, registered_at, registered_by)
select 5000000 + x, 0, 'Portfolio Vendor ' || lpad(x, 4, '0') || ' Ltd', 'PORT-' || x, 'US', null, 'Contact', 'contact@vendor.example',
       'ACTIVE', current_timestamp, 'benchmark'
from system_range(1, 2000);
insert into contract (id, version, reference, vendor_id, scope, start_date, end_date, evergreen, renewal_months, notice_months,
                      currency, compensation_model, tiers, dispute_window_days, cadence, due_day, we_own_leads, no_reuse_for_others,
                      return_and_delete_at_exit, dedicated_team, subcontracting_allowed, exit_plan, status, created_by, created_at)
select 6000000 + x, 0, 'PORT-' || lpad(x, 5, '0'), 5000000 + mod(x, 2000) + 1, 'LEAD_GENERATION', date '2023-01-01', date '2025-12-31',
       false, 12, 3, 'EUR', 'per-lead', '$3', 30, 'MONTHLY', 10, true, true, true, false, false, true, 'ACTIVE', 'benchmark',
       current_timestamp
from system_range(1, 10000);
insert into result_submission (id, file_name, content_sha256, source, value_count, submitted_by, submitted_at)
values (7000000, 'portfolio-benchmark.csv', null, 'CSV_IMPORT', 2880000, 'benchmark', current_timestamp);
insert into metric_result (contract_id, metric, period_start, period_months, result_value, source, recorded_by, recorded_at,
                           submission_id, source_line)
select 6000000 + c.x, case k.x when 1 then '$1' else 'metric-' || k.x end, dateadd('MONTH', m.x, date '2023-01-01'), 1,
       case k.x when 1 then $2 else 100 + mod(c.x * 7 + m.x * 3 + k.x, 900) + 0.25 end,
       'CSV_IMPORT', 'benchmark', timestamp with time zone '2026-01-01 00:00:00+00', 7000000, c.x * 288 + m.x * 8 + k.x
from system_range(1, 10000) c, system_range(0, 35) m, system_range(1, 8) k;
SQL
  local t0
  t0=$(date +%s); h2 -script "$WORK/ledger.sql"; echo "seeded in $(( $(date +%s) - t0 )) s"
}
