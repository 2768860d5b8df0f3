#!/usr/bin/env bash
# What each of the four signed-in pages costs on its own (issue 19, point 1): one fresh instance of
# this build (H2 file, --nocluster, -Xmx$HEAP, the demo data), warmed up under page-cost.sh's mix of
# the four pages for WARMUP seconds (420) in windows of WINDOW seconds (60), then USERS users (50)
# without pause asking for one page only, WINDOW seconds each: the contracts list, the demo
# contract's success report, the dashboard, the vendor list. Pages per second at saturation give
# each page's CPU. PROFILE=1 records execution samples from the start (bench/execution-samples.jfc)
# to target/bench-page-by-page/page-by-page.jfr; each page's window start (UTC) is printed before
# its figures. Needs a build of this tree (mvn -DskipTests package). Talks to 127.0.0.1 only. Run
# from the project root.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-50}
WARMUP=${WARMUP:-420}
WINDOW=${WINDOW:-60}
HEAP=${HEAP:-512m}
PROFILE=${PROFILE:-0}
WORK=$PWD/target/bench-page-by-page
AUDIT_KEY=${OUTSIGHT_AUDIT_KEY:-$(head -c 32 /dev/urandom | base64)}
MICRO=assessment-web/target/payara-micro.jar
mkdir -p "$WORK"
rm -rf "$WORK"/root-* "$WORK"/h2-* "$WORK"/audit-checkpoints-* "$WORK/warm-up.txt"
# shellcheck source=bench/instances.sh
source bench/instances.sh
preboot_files
trap stop_all EXIT

WAR=assessment-web/target/outsight.war
POSTBOOT=vendor-registry/src/main/payara/datasource.asadmin
jvm=()
[ "$PROFILE" = 1 ] && jvm=(-XX:FlightRecorderOptions:stackdepth=256 "-XX:StartFlightRecording=name=page-by-page,settings=$PWD/bench/execution-samples.jfc")
instance page-by-page 8307 preboot org.h2.jdbcx.JdbcDataSource "jdbc:h2:file:$WORK/h2-page-by-page/outsight;DB_CLOSE_ON_EXIT=FALSE" "${jvm[@]}" -- --nocluster --nohazelcast
await 8307
id=$(contract_id 8307)
warm_up 8307 page-by-page "$id"
cat "$WORK/warm-up.txt"
for page in contracts/index.xhtml "contracts/report.xhtml?id=$id" "" vendors/index.xhtml; do
  echo "== ${page:-dashboard} from $(date -u +%H:%M:%S)"
  PAGES="$page" java bench/LoadDriver.java http://127.0.0.1:8307/ "$USERS" "$WINDOW" 2000000 "$id" "only ${page:-dashboard}" 0
done
# an if, not an &&: as the script's last command a false test would be its exit status
if [ "$PROFILE" = 1 ]; then
  jcmd "${PIDS[0]}" JFR.dump name=page-by-page filename="$WORK/page-by-page.jfr" > /dev/null
fi
