#!/usr/bin/env bash
# Start-up against a trivial PrimeFaces WAR (issue 19, point 5): on the same Payara Micro, in the
# same run, the builds taking turns ROUNDS times (3), the time from launching java to the first 200:
#   trivial: a WAR this script builds itself, one Facelets page with a PrimeFaces component and
#            PrimeFaces in WEB-INF/lib, nothing else;
#   portal:  the portal's WAR as `mvn -Prun package` starts it (H2 file database, demo data), its
#            sign-in page: first on an empty data directory (the migrations and the demo data
#            included), then restarted on the data that start left, as every later start of the
#            run command is (a fresh runtime directory, the database kept).
# Both with the run command's collector, the portal's pre- and post-boot commands and --nocluster
# --nohazelcast; the portal's audit checkpoints and extensions in its data directory, as the run
# command keeps them. Needs a build (mvn -DskipTests package). OPTIONS: more JVM options for both,
# such as -XX:TieredStopAtLevel=1. Talks to 127.0.0.1 only. Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8183}
ROUNDS=${ROUNDS:-3}
WORK=target/bench-start-up
AUDIT_KEY=${OUTSIGHT_AUDIT_KEY:-$(head -c 32 /dev/urandom | base64)}
MICRO=assessment-web/target/payara-micro.jar
rm -rf "$WORK" && mkdir -p "$WORK/trivial/WEB-INF/lib"

primefaces=$(sed -n "s:.*<primefaces.version>\(.*\)</primefaces.version>.*:\1:p" pom.xml)
mvn -B -q dependency:copy -Dartifact="org.primefaces:primefaces:$primefaces:jar:jakarta" \
  -DoutputDirectory="$WORK/trivial/WEB-INF/lib"
cat > "$WORK/trivial/index.xhtml" <<'PAGE'
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:p="primefaces">
<h:head><title>Trivial</title></h:head>
<h:body><p:panel header="Trivial"><p:outputLabel value="A PrimeFaces page"/></p:panel></h:body>
</html>
PAGE
cat > "$WORK/trivial/WEB-INF/web.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
  <context-param><param-name>jakarta.faces.PROJECT_STAGE</param-name><param-value>Production</param-value></context-param>
  <servlet><servlet-name>Faces</servlet-name><servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class></servlet>
  <servlet-mapping><servlet-name>Faces</servlet-name><url-pattern>*.xhtml</url-pattern></servlet-mapping>
</web-app>
XML
# Faces 4 runs on CDI: a bean archive, though it has no beans
cat > "$WORK/trivial/WEB-INF/beans.xml" <<'XML'
<beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="all"/>
XML
(cd "$WORK/trivial" && jar cf ../trivial.war .)

# first_page NAME WAR PATH [DATA]: milliseconds from launching java to PATH's first 200, the server
# set up alike for both (the portal's data source too, which the trivial WAR leaves unused); the
# data directory is emptied first unless DATA is "kept"
first_page() {
  local name=$1 war=$2 path=$3 t0 pid
  rm -rf "$WORK/runtime"
  [ "${4:-}" = kept ] || rm -rf "$WORK/data"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java -XX:+UseParallelGC ${OPTIONS:-} -Doutsight.demo.enabled=true -Doutsight.audit.key="$AUDIT_KEY" \
    -Doutsight.datasource.url="jdbc:h2:file:$PWD/$WORK/data/db/outsight;DB_CLOSE_ON_EXIT=FALSE" \
    -Doutsight.datasource.user=outsight -Doutsight.datasource.password=outsight \
    -Doutsight.audit.checkpoint-directory="$PWD/$WORK/data/audit-checkpoints" \
    -Doutsight.extensions.directory="$PWD/$WORK/data/extensions" \
    -Dhazelcast.phone.home.enabled=false -jar "$MICRO" --deploy "$war" --contextroot / --port "$PORT" \
    --rootdir "$WORK/runtime" --prebootcommandfile assessment-web/src/main/payara/preboot.asadmin \
    --postbootcommandfile vendor-registry/src/main/payara/datasource.asadmin \
    --nocluster --nohazelcast --disablephonehome > "$WORK/$name.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/$path" | grep -q 200; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "$name stopped; see $WORK/$name.log" >&2; exit 1; }
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 240 ]; then
      kill "$pid"
      echo "$name served no page within 4 minutes; see $WORK/$name.log" >&2
      exit 1
    fi
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
  kill "$pid" && wait "$pid" 2>/dev/null || true
}

for round in $(seq "$ROUNDS"); do
  trivial=$(first_page trivial "$WORK/trivial.war" index.xhtml)
  portal=$(first_page portal assessment-web/target/outsight.war login.xhtml)
  restart=$(first_page portal-restart assessment-web/target/outsight.war login.xhtml kept)
  awk -v r="$round" -v t="$trivial" -v p="$portal" -v a="$restart" \
    'BEGIN { printf "round %d: trivial PrimeFaces WAR %.1f s, portal first start %.1f s (ratio %.2f), restarted %.1f s (ratio %.2f)\n",
             r, t / 1000, p / 1000, p / t, a / 1000, a / t }' \
    | tee -a "$WORK/results.txt"
done
