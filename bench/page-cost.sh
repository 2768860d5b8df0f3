#!/usr/bin/env bash
# What a signed-in page costs (issue 19, points 1 and 2): pages per second at saturation on one
# instance, a baseline build and this one in the same run. USERS (50) users without pause, each
# asking in turn for the contracts list, the demo contract's success report, the dashboard and the
# vendor list, each build on a fresh instance (H2 file, --nocluster, -Xmx$HEAP, the demo data), the
# builds taking turns ROUNDS times (2). Each instance is first warmed up under the same load for
# WARMUP seconds (480), in windows of WINDOW seconds (60) whose figures are kept: on two busy cores
# the just-in-time compilers take minutes to compile what a page runs, and a shorter warm-up
# measures them rather than the page. Then DURATION seconds (120) are measured. The baseline is
# built from the commit BASELINE (a17f5d5, the code before issue 19) in a git worktree, once, and
# runs with the post-boot commands for the data source of that commit; BASELINE_WAR names a WAR to
# take instead. PROFILE=1 runs each instance with a flight recorder from its start (execution samples
# and collections only, bench/execution-samples.jfc) and writes it to target/bench-page-cost/LABEL.jfr
# after the measured window, whose start (UTC) is in LABEL.measured-from: keep the samples from then.
# A recorder started on a warm instance instead (jcmd JFR.start) slowed it several times over.
# OPTIONS: more JVM options for every instance, such as -Doutsight.pages.concurrent=2, but no
# collector: GC names theirs, the run command's (ParallelGC) unless given, such as G1GC.
# Needs a build of this tree (mvn -DskipTests package). Talks to 127.0.0.1 only. Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-50}
WARMUP=${WARMUP:-480}
WINDOW=${WINDOW:-60}
DURATION=${DURATION:-120}
ROUNDS=${ROUNDS:-2}
HEAP=${HEAP:-512m}
BASELINE=${BASELINE:-a17f5d5}
PROFILE=${PROFILE:-0}
WORK=$PWD/target/bench-page-cost
AUDIT_KEY=${OUTSIGHT_AUDIT_KEY:-$(head -c 32 /dev/urandom | base64)}
MICRO=assessment-web/target/payara-micro.jar
mkdir -p "$WORK"
rm -rf "$WORK"/root-* "$WORK"/h2-* "$WORK"/audit-checkpoints-* "$WORK/results.txt" "$WORK/warm-up.txt"
# shellcheck source=bench/instances.sh
source bench/instances.sh
preboot_files
trap stop_all EXIT

baseline_war=${BASELINE_WAR:-$WORK/baseline-$BASELINE.war}
if [ ! -f "$baseline_war" ]; then
  echo "== building the baseline $BASELINE"
  rm -rf "$WORK/baseline-src"
  git worktree prune
  git worktree add --detach "$WORK/baseline-src" "$BASELINE" >/dev/null
  (cd "$WORK/baseline-src" && mvn -B -q package -DskipTests -Dspotless.check.skip=true -pl assessment-web -am)
  cp "$WORK/baseline-src/assessment-web/target/outsight.war" "$baseline_war"
  git worktree remove --force "$WORK/baseline-src"
fi

# The baseline's data source as it was configured then: the pool is part of what a page costs.
baseline_postboot=$WORK/baseline-$BASELINE-datasource.asadmin
git show "$BASELINE:vendor-registry/src/main/payara/datasource.asadmin" > "$baseline_postboot"

# measure LABEL WAR POSTBOOT: a fresh instance of WAR with the data source of POSTBOOT, warmed up,
# then measured
measure() {
  local label=$1 jvm=()
  WAR=$2
  POSTBOOT=$3
  [ "$PROFILE" = 1 ] && jvm=(-XX:FlightRecorderOptions:stackdepth=256 "-XX:StartFlightRecording=name=page-cost,settings=$PWD/bench/execution-samples.jfc")
  # shellcheck disable=SC2206
  jvm+=(${OPTIONS:-})
  instance "$label" 8305 preboot org.h2.jdbcx.JdbcDataSource "jdbc:h2:file:$WORK/h2-$label/outsight;DB_CLOSE_ON_EXIT=FALSE" "${jvm[@]}" -- --nocluster --nohazelcast
  await 8305
  local id
  id=$(contract_id 8305)
  warm_up 8305 "$label" "$id"
  [ "$PROFILE" = 1 ] && date -u +%H:%M:%S > "$WORK/$label.measured-from"
  java bench/LoadDriver.java http://127.0.0.1:8305/ "$USERS" "$DURATION" 2000000 "$id" "$label" 0 | tee -a "$WORK/results.txt"
  [ "$PROFILE" = 1 ] && jcmd "${PIDS[0]}" JFR.dump name=page-cost filename="$WORK/$label.jfr" > /dev/null
  stop_all
  rm -rf "$WORK/root-$label" "$WORK/h2-$label"
}

for round in $(seq "$ROUNDS"); do
  echo "== round $round"
  measure "baseline-$BASELINE-$round" "$baseline_war" "$baseline_postboot"
  measure "this-build-$round" assessment-web/target/outsight.war vendor-registry/src/main/payara/datasource.asadmin
done
echo "== warm-up"
cat "$WORK/warm-up.txt"
echo "== results"
cat "$WORK/results.txt"
