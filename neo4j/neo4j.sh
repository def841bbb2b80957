#!/usr/bin/env bash
# neo4j.sh up|down|status: the local Neo4j 5.26 for development, the demo and CI.
#
# Settings, all optional, from the environment:
#   DIPLOGRAPH_NEO4J_HOME      where the data and the log live   (default: .local/neo4j in the repository)
#   DIPLOGRAPH_NEO4J_LISTEN    Bolt address                       (default: 127.0.0.1:7687)
#   DIPLOGRAPH_NEO4J_PASSWORD  password of the neo4j user         (default: the development default
#                              of diplograph's configuration; never a production secret)
#   DIPLOGRAPH_NEO4J_HEAP      JVM heap                           (default: 1g)
#   DIPLOGRAPH_NEO4J_PAGECACHE page cache                         (default: 512m)
#   DIPLOGRAPH_JAVA_HOME       a Java 17 or 21 runtime            (default: Debian's OpenJDK 17)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
home=${DIPLOGRAPH_NEO4J_HOME:-$repo/.local/neo4j}
listen=${DIPLOGRAPH_NEO4J_LISTEN:-127.0.0.1:7687}
password=${DIPLOGRAPH_NEO4J_PASSWORD:-diplograph-dev}
heap=${DIPLOGRAPH_NEO4J_HEAP:-1g}
pagecache=${DIPLOGRAPH_NEO4J_PAGECACHE:-512m}
java_home=${DIPLOGRAPH_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
pidfile=$home/neo4j.pid
logfile=$home/neo4j.log
uri="bolt://$listen"

say() { printf 'neo4j: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

running() {
  [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

port_open() {
  local host=${listen%:*} port=${listen##*:}
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}

check_java() {
  local java=$java_home/bin/java
  [[ -x $java ]] || die "no Java at $java; install OpenJDK 17 (apt-get install openjdk-17-jdk-headless) or set DIPLOGRAPH_JAVA_HOME"
  local v
  v=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  case $v in
    17|21) ;;
    *) die "Neo4j 5.26 runs on Java 17 or 21 only, but $java is Java $v; set DIPLOGRAPH_JAVA_HOME" ;;
  esac
}

build() {
  # Rebuild when the jar is missing or older than its sources.
  local jar=$here/target/diplograph-neo4j-1.0.0.jar
  if [[ -f $jar && -d $here/target/lib ]] && [[ -z $(find "$here/pom.xml" "$here/src" -newer "$jar" -type f | head -1) ]]; then
    return
  fi
  say "building the launcher and fetching Neo4j's jars with Maven (the first time takes about a minute)"
  (cd "$here" && JAVA_HOME=$java_home mvn -q -B package) || die "Maven build failed in $here"
}

up() {
  if running; then
    if grep -q 'diplograph-neo4j: ready' "$logfile" 2>/dev/null; then
      say "already running (pid $(cat "$pidfile")), data in $home"
      echo "$uri"
      return
    fi
  elif port_open; then
    die "something else already listens on $listen; stop it or set DIPLOGRAPH_NEO4J_LISTEN"
  fi
  check_java
  build
  mkdir -p "$home"
  if ! running; then
    : >"$logfile"
    NEO4J_PASSWORD=$password setsid nohup "$java_home/bin/java" \
      "-Xms$heap" "-Xmx$heap" -XX:+UseG1GC \
      --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
      --enable-native-access=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true \
      -cp "$here/target/diplograph-neo4j-1.0.0.jar:$here/target/lib/*" \
      dev.diplograph.neo4j.Launcher --home "$home" --listen "$listen" --pagecache "$pagecache" \
      >>"$logfile" 2>&1 </dev/null &
    echo $! >"$pidfile"
    say "starting (pid $(cat "$pidfile")), log in $logfile"
  fi
  local deadline=$((SECONDS + ${DIPLOGRAPH_NEO4J_START_TIMEOUT:-180}))
  until grep -q 'diplograph-neo4j: ready' "$logfile" 2>/dev/null; do
    if ! running; then
      tail -n 30 "$logfile" >&2 || true
      die "the server exited during start-up; the log above is from $logfile"
    fi
    ((SECONDS < deadline)) || die "not ready after ${DIPLOGRAPH_NEO4J_START_TIMEOUT:-180}s; see $logfile"
    sleep 1
  done
  say "$(grep 'diplograph-neo4j: ready' "$logfile" | tail -1)"
  echo "$uri"
}

down() {
  if ! running; then
    say "not running"
    rm -f "$pidfile"
    return
  fi
  local pid
  pid=$(cat "$pidfile")
  kill -TERM "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; say "stopped"; return; }
    sleep 1
  done
  say "still running after 60s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

status() {
  if running; then
    say "running (pid $(cat "$pidfile")), data in $home"
    echo "$uri"
  else
    say "not running"
    return 3
  fi
}

case ${1:-} in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
