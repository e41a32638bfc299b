#!/usr/bin/env bash
# Quiver beside Neo4j Community 5.26: builds the distribution and the bench module, then runs the
# side-by-side runner. Usage (from anywhere): bench/run-side-by-side.sh [tiny|small|medium] [extra runner options]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
profile="${1:-small}"
shift || true
cd "$root"
mvn -B -q package -DskipTests -pl dist,bench -am
out="bench/target/side-by-side-$profile"
exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.quiverdb.bench.side.SideBySide --profile "$profile" --dist dist/target/quiver \
  --neo4j-pom bench/neo4j/pom.xml --out "$out" "$@"
