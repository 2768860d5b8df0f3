#!/usr/bin/env bash
# Load on the two-instance cluster (issue 6, part 4; issue 19, point 2), beside a single instance on
# H2 in the same run: USERS (50) signed-in users each asking in turn for the contracts list, the demo
# contract's success report, the dashboard and the vendor list. Each is first warmed up under the
# same load without pause for WARMUP seconds (480), in windows of WINDOW seconds (60) whose figures go
# to target/bench-cluster/warm-up.txt, as in bench/page-cost.sh; then DURATION seconds (120) are
# measured, at most MAX_REQUESTS (2,000,000), each user asking again as soon as answered or after
# reading a page for THINK_MILLIS (0). DRIVER=curl sends the measured load from curl instead of
# bench/LoadDriver.java (without THINK_MILLIS). PROFILE=1 runs each cluster member with a flight
# recorder from its start (execution samples and collections, bench/execution-samples.jfc) and
# writes it to target/bench-cluster/member-a.jfr and member-b.jfr after the measured load, whose
# start (UTC) is in measured-from: keep the samples from then.
#   single: one Payara Micro, H2 file database, --nocluster, -Xmx$HEAP
#   cluster: two Payara Micro instances clustered over loopback (TCP/IP discovery on 127.0.0.1),
#            one PostgreSQL database, nginx in front, -Xmx$HEAP each. BALANCE=affinity (default)
#            keeps each user on the member that first answered them, as the README asks of a
#            load balancer, with the other member as backup; BALANCE=round-robin alternates.
# Every instance runs the collector the run command gives the portal; GC=G1GC (or another) runs
# them with that one instead (bench/instances.sh), the only way to choose one here.
# Needs PostgreSQL and nginx from Debian's packages (apt-get install postgresql nginx-light) and a
# build (mvn -DskipTests package). Talks to 127.0.0.1 only. Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-50}
WARMUP=${WARMUP:-480}
WINDOW=${WINDOW:-60}
SECONDS_EACH=${DURATION:-120}
THINK_MILLIS=${THINK_MILLIS:-0}
DRIVER=${DRIVER:-java}
MAX_REQUESTS=${MAX_REQUESTS:-2000000}
HEAP=${HEAP:-512m}
BALANCE=${BALANCE:-affinity}
PROFILE=${PROFILE:-0}
WORK=$PWD/target/bench-cluster
AUDIT_KEY=${OUTSIGHT_AUDIT_KEY:-$(head -c 32 /dev/urandom | base64)}
WAR=assessment-web/target/outsight.war
MICRO=assessment-web/target/payara-micro.jar
rm -rf "$WORK" && mkdir -p "$WORK"
# shellcheck source=bench/instances.sh
source bench/instances.sh
preboot_files
trap stop_all EXIT
load() {
  if [ "$DRIVER" = curl ]; then
    curl_load "$@" | tee -a "$WORK/results.txt"
  else
    java bench/LoadDriver.java "http://127.0.0.1:$1/" "$USERS" "$SECONDS_EACH" "$MAX_REQUESTS" "$(contract_id "$1")" "$2" "$THINK_MILLIS" \
      | tee -a "$WORK/results.txt"
  fi
}
# The same users and pages from curl instead of the JDK's client, to tell the portal's and nginx's
# failures from the driver's: each user signs in, then asks for 120 pages per connection, without
# pause, until the time is up. Prints answers by status, curl's failures and the latencies.
curl_load() {
  local base=http://127.0.0.1:$1 id answers=$WORK/answers-$1 pids=()
  id=$(contract_id "$1")
  for u in $(seq "$USERS"); do
    (
      jar=$WORK/cookies-$1-$u
      end=$(( $(date +%s) + SECONDS_EACH ))
      curl -s -o /dev/null -c "$jar" -b "$jar" "$base/login.xhtml"
      curl -s -o /dev/null -c "$jar" -b "$jar" -L -d 'j_username=procurement&j_password=outsight-demo' "$base/j_security_check"
      while [ "$(date +%s)" -lt "$end" ]; do
        pages=()
        for _ in $(seq 30); do
          pages+=(-o /dev/null "$base/contracts/index.xhtml" -o /dev/null "$base/contracts/report.xhtml?id=$id" -o /dev/null "$base/" -o /dev/null "$base/vendors/index.xhtml")
        done
        curl -s -b "$jar" -c "$jar" -w '%{http_code} %{time_total}\n' "${pages[@]}" >> "$answers" || echo "curl-failed-$? 0" >> "$answers"
      done
    ) &
    pids+=($!)
  done
  wait "${pids[@]}"
  echo "$2 (curl): $USERS users, $SECONDS_EACH s, $(wc -l < "$answers") answers; by status: $(cut -d' ' -f1 "$answers" | sort | uniq -c | xargs)"
  cut -d' ' -f2 "$answers" | sort -n | awk '{ t[NR] = $1 } END {
    printf "  p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms\n", t[int(NR * .50)] * 1000, t[int(NR * .95)] * 1000, t[int(NR * .99)] * 1000, t[NR] * 1000 }'
}

echo "== single instance on H2"
instance single 8301 preboot org.h2.jdbcx.JdbcDataSource "jdbc:h2:file:$WORK/h2/outsight;DB_CLOSE_ON_EXIT=FALSE" -- --nocluster --nohazelcast
await 8301
warm_up 8301 "single instance, H2" "$(contract_id 8301)"
load 8301 "single instance, H2"
stop_all

echo "== two instances on PostgreSQL behind nginx"
PGOPTIONS='-c client_min_messages=warning' .ci/postgresql start bench-cluster >/dev/null
PG="jdbc:postgresql://127.0.0.1:${PGPORT:-55432}/bench-cluster"
MEMBERS="tcpip:127.0.0.1:6950,127.0.0.1:6951"
recorded=()
[ "$PROFILE" = 1 ] && recorded=(-XX:FlightRecorderOptions:stackdepth=256 "-XX:StartFlightRecording=name=cluster-load,settings=$PWD/bench/execution-samples.jfc")
for name in a b; do
  port=$([ "$name" = a ] && echo 8302 || echo 8303)
  # the schema's owner runs the migrations, the portal's role only uses the schema (.ci/postgresql)
  instance "$name" "$port" cluster-preboot org.postgresql.ds.PGSimpleDataSource "$PG" \
    -Doutsight.datasource.owner.user=outsight_owner -Doutsight.datasource.owner.password=outsight "${recorded[@]}" -- --clustername outsight-bench --clustermode "$MEMBERS" \
    --interfaces 127.0.0.1 --startport 6950 --nohostaware
done
await 8302
await 8303
mkdir -p "$WORK/nginx"
if [ "$BALANCE" = affinity ]; then
  # nginx without its commercial sticky module: a cookie of its own names the member that answered
  # (the last address, should the backup have answered); until a user has one, round-robin picks.
  ROUTING='
  upstream member_a { server 127.0.0.1:8302; server 127.0.0.1:8303 backup; keepalive 32; }
  upstream member_b { server 127.0.0.1:8303; server 127.0.0.1:8302 backup; keepalive 32; }
  map $cookie_outsight_member $member { a member_a; b member_b; default portal; }
  map $upstream_addr $member_answering { ~:8302$ a; ~:8303$ b; }'
  PASS='proxy_pass http://$member;
      add_header Set-Cookie "outsight_member=$member_answering; Path=/; HttpOnly";'
elif [ "$BALANCE" = round-robin ]; then
  ROUTING=''
  PASS='proxy_pass http://portal;'
else
  echo "BALANCE is affinity or round-robin, not $BALANCE" >&2
  exit 1
fi
cat > "$WORK/nginx/nginx.conf" <<CONF
daemon off;
master_process off;
pid nginx.pid;
error_log error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path body; proxy_temp_path proxy; fastcgi_temp_path fastcgi; uwsgi_temp_path uwsgi; scgi_temp_path scgi;
  upstream portal { server 127.0.0.1:8302; server 127.0.0.1:8303; keepalive 64; }
  $ROUTING
  server {
    listen 127.0.0.1:8304;
    location / {
      $PASS
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_read_timeout 120s;
    }
  }
}
CONF
/usr/sbin/nginx -p "$WORK/nginx" -c nginx.conf -e error.log &
PIDS+=($!)
sleep 1
for name in a b; do
  grep -q "DG Size: 2" "$WORK/$name.log" || { echo "instance $name did not join the cluster; see $WORK/$name.log" >&2; exit 1; }
done
warm_up 8304 "two-instance cluster" "$(contract_id 8304)"
[ "$PROFILE" = 1 ] && date -u +%H:%M:%S > "$WORK/measured-from"
load 8304 "two-instance cluster, PostgreSQL, nginx ($BALANCE)"
# the members are the first two instances started since the single one stopped
if [ "$PROFILE" = 1 ]; then
  jcmd "${PIDS[0]}" JFR.dump name=cluster-load filename="$WORK/member-a.jfr" > /dev/null
  jcmd "${PIDS[1]}" JFR.dump name=cluster-load filename="$WORK/member-b.jfr" > /dev/null
fi
stop_all
echo "== warm-up"
cat "$WORK/warm-up.txt"
echo "== results"
cat "$WORK/results.txt"
