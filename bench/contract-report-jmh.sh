#!/usr/bin/env bash
# JMH: one contract success report over 36 months with 10 targeted metrics (issue 4, at most 20 ms
# warm), beside a baseline that only reads and sums the same results. No server, no database: the
# report is computed in the domain. Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl assessment-core -am install -DskipTests
mvn -B -q -pl assessment-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
java -cp "assessment-core/target/test-classes:assessment-core/target/classes:$(cat assessment-core/target/jmh.classpath)" \
  org.openjdk.jmh.Main 'io.outsight.core.report.ContractReportBenchmark' "$@"
