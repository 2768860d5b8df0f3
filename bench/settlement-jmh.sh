#!/usr/bin/env bash
# JMH: settling one month for 10,000 contracts (issue 14, point 9), each payout explained line by
# line with its returns and the adjustment for the month before, frozen as JSON with its SHA-256;
# beside a baseline that computes the payouts' amounts alone. No server, no database: the
# settlement is computed in the domain. Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl assessment-core -am install -DskipTests 
mvn -B -q -pl assessment-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
java -cp "assessment-core/target/test-classes:assessment-core/target/classes:$(cat assessment-core/target/jmh.classpath)" \
  org.openjdk.jmh.Main 'io.outsight.core.settlement.SettlementBenchmark' "$@"
