# Shared by the benchmark scripts: start the built WAR on Payara Micro against $URL with -Xmx$HEAP,
# wait for its first page, and stop it again. Needs PORT, HEAP, WORK, WAR, MICRO and URL set.

# The audit trail's key (README: "Security"): the environment's, or one made for this run.
AUDIT_KEY=${OUTSIGHT_AUDIT_KEY:-$(head -c 32 /dev/urandom | base64)}

start_portal() {
  java -Xmx"$HEAP" -Dhazelcast.phone.home.enabled=false -Dhazelcast.socket.bind.any=false -Doutsight.demo.enabled=true -Doutsight.audit.key="$AUDIT_KEY" -Doutsight.datasource.url="$URL" \
    -Doutsight.datasource.user=outsight -Doutsight.datasource.password=outsight \
    -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$PORT" --rootdir "$WORK/payara-runtime" \
    --prebootcommandfile assessment-web/src/main/payara/preboot.asadmin \
    --postbootcommandfile vendor-registry/src/main/payara/datasource.asadmin --addlibs assessment-web/target/postgresql.jar \
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
