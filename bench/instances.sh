# Payara Micro instances of the portal for the benchmarks, sourced by cluster-load.sh and
# page-cost.sh, with the collector the run command gives the portal: instance starts one, await
# waits for its sign-in page, stop_all stops them all, contract_id names a running contract,
# warm_up loads an instance until its compilers have caught up.
# Needs WORK, WAR, MICRO, HEAP and AUDIT_KEY set (warm_up: USERS, WARMUP and WINDOW too); POSTBOOT
# names other post-boot commands for the data source than the project's; GC another collector
# (G1GC, the JVM's default).
PIDS=()
# instance NAME HTTP_PORT PREBOOT DATASOURCE_CLASS URL [JVM_OPTION]... -- [PAYARA_OPTION]...
instance() {
  local name=$1 port=$2 preboot=$3 class=$4 url=$5 jvm=()
  shift 5
  while [ $# -gt 0 ] && [ "$1" != -- ]; do jvm+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  java -Xmx"$HEAP" -XX:+Use"${GC:-ParallelGC}" "${jvm[@]}" -Dhazelcast.phone.home.enabled=false -Dhazelcast.socket.bind.any=false -Doutsight.demo.enabled=true -Doutsight.audit.key="$AUDIT_KEY" -Doutsight.audit.checkpoint-directory="$WORK/audit-checkpoints-$name" \
    -Doutsight.datasource.class="$class" -Doutsight.datasource.url="$url" \
    -Doutsight.datasource.user=outsight -Doutsight.datasource.password=outsight \
    -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$port" --name "$name" --rootdir "$WORK/root-$name" \
    --prebootcommandfile "$WORK/$preboot.asadmin" --postbootcommandfile "${POSTBOOT:-vendor-registry/src/main/payara/datasource.asadmin}" \
    --addlibs assessment-web/target/postgresql.jar --disablephonehome "$@" > "$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}
# await PORT: until the instance on PORT serves its sign-in page; gives up after 4 minutes or when an instance died
await() {
  for _ in $(seq 240); do
    curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/login.xhtml" | grep -q 200 && return 0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "an instance stopped; see $WORK/*.log" >&2; exit 1; }; done
    sleep 1
  done
  echo "no page on port $1 within 4 minutes; see $WORK/*.log" >&2
  exit 1
}
stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
# warm_up PORT LABEL CONTRACT_ID: WARMUP seconds of the benchmarks' load without pause, in windows of
# WINDOW seconds whose figures go to $WORK/warm-up.txt. On two busy cores the just-in-time compilers
# take minutes to compile what a page runs: a load measured before that measures them, not the page.
warm_up() {
  local warmed
  touch "$WORK/warm-up.txt"
  for ((warmed = 0; warmed < WARMUP; warmed += WINDOW)); do
    java bench/LoadDriver.java "http://127.0.0.1:$1/" "$USERS" "$WINDOW" 2000000 "$3" "$2 warm-up" 0 >> "$WORK/warm-up.txt"
  done
}
contract_id() {
  curl -s -u auditor:outsight-demo -H 'Accept: application/json' "http://127.0.0.1:$1/api/v1/contracts?status=ACTIVE" \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2
}
# The portal's pre-boot commands (a single instance keeps sessions in memory only, a cluster's
# instances in the data grid), with HTTP on loopback.
preboot_files() {
  for kind in preboot cluster-preboot; do
    cat "assessment-web/src/main/payara/$kind.asadmin" assessment-web/src/test/payara/http-on-loopback.asadmin > "$WORK/$kind.asadmin"
  done
}
