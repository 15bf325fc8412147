#!/usr/bin/env bash
# Closer side by side with nginx serving the very same bytes, on this machine, over loopback.
# Usage: bench/run.sh            (environment: DURATION=15 WARMUP=90 ROUNDS=3 STARTS=5 JAVA=java)
# Builds the jar, starts it as production would (the README's java command, H2 file database with
# durable commits, rate limit off), installs Debian's wrk and nginx when missing, measures, and
# prints one table that it also writes to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15}
WARMUP=${WARMUP:-90}
ROUNDS=${ROUNDS:-3}
STARTS=${STARTS:-5}
CONNECTIONS=16
APP_PORT=18080
NGINX_PORT=18081
# The README's production JVM flags; JAVA picks the runtime (Java 25 and later use the AOT cache).
JAVA=${JAVA:-java}
JAVA_FLAGS=${JAVA_FLAGS:-"-Xmx192m -Xss512k -XX:MaxMetaspaceSize=128m -XX:MetaspaceSize=96m -XX:+UseSerialGC -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000"}
export MALLOC_ARENA_MAX=2
BENCH_HASH='$2a$12$6n9eyAjvZrKch/.Be18VG.XuyFtan/57/AeeyBU/CYOWfzH57HENC'  # BCrypt of "bench", cost 12 as the README advises

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v nginx >/dev/null 2>&1 || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

for port in $APP_PORT $NGINX_PORT; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "Port $port is taken; stop what runs there first." >&2; exit 1; fi
done

echo "Building ..." >&2
./mvnw -B -q package -DskipTests
packaged=$(realpath "$(ls target/closer-*.jar | grep -v original | head -n 1)")
work=$(mktemp -d)
trap '{ [ -f "$work/app.pid" ] && kill "$(cat "$work/app.pid")" 2>/dev/null; } || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; rm -rf "$work"' EXIT
# The README's production recipe: the extracted jar, and a training run (start, a few pages, stop)
# that leaves a class data sharing archive, or on Java 25 and later an AOT cache.
"$JAVA" -Djarmode=tools -jar "$packaged" extract --destination "$work/app" >/dev/null
jar="$work/app/$(basename "$packaged")"
java_major=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "$java_major" -ge 25 ]; then
  archive="$work/app/closer.aot"; record="-XX:AOTCacheOutput=$archive"; use="-XX:AOTCache=$archive"
else
  archive="$work/app/closer.jsa"; record="-XX:ArchiveClassesAtExit=$archive"; use="-XX:SharedArchiveFile=$archive"
fi
echo "Training the $(basename "$archive") with Java $java_major ..." >&2
# Without the metaspace cap: the AOT cache is written from the same space and does not fit under it.
training_flags=$(echo "$JAVA_FLAGS" | sed 's/-XX:MaxMetaspaceSize=[^ ]*//')
(cd "$work" && exec "$JAVA" "$record" $training_flags -jar "$jar" --server.port=$APP_PORT \
  --spring.datasource.url=jdbc:h2:mem:training > "$work/training.log" 2>&1) &
training=$!
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/"; do sleep 0.1; done
# A training run that serves each kind of request a few hundred times leaves profiles of them too.
curl -s -c "$work/training.jar" "http://127.0.0.1:$APP_PORT/fis/questions" -o "$work/training.html"
training_token=$(grep -o 'name="_csrf" value="[^"]*"' "$work/training.html" | sed 's/.*value="//; s/"$//')
training_body="_csrf=$training_token"; for i in $(seq 1 35); do training_body="$training_body&q$i=3"; done
training_result=$(curl -s -b "$work/training.jar" -o /dev/null -w '%{redirect_url}' --data "$training_body" \
  "http://127.0.0.1:$APP_PORT/fis/questions")
for _ in $(seq 1 300); do
  for url in / /intimacy/emotional /fis/questions /insights /fis/results/none "${training_result#http://127.0.0.1:$APP_PORT}"; do
    curl -s -o /dev/null "http://127.0.0.1:$APP_PORT$url"
  done
done
kill "$training"; wait "$training" || true
for _ in $(seq 1 600); do [ -f "$archive" ] && [ ! -f "$archive.config" ] && break; sleep 0.2; done
[ -f "$archive" ] || { tail -n 20 "$work/training.log" >&2; echo "No $(basename "$archive") was written." >&2; exit 1; }
while curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/"; do sleep 0.2; done
JAVA_FLAGS="$use $JAVA_FLAGS"

app_args=(--server.port=$APP_PORT --closer.rate-limit.per-minute=0
  --closer.research.username=bench "--closer.research.password-hash=$BENCH_HASH")

start_app() {  # prints milliseconds from start to the first 200 of /; the pid goes to $work/app.pid
  local started=$(date +%s%N)
  (cd "$work" && exec "$JAVA" $JAVA_FLAGS -jar "$jar" "${app_args[@]}" > "$work/app.log" 2>&1) &
  echo $! > "$work/app.pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/"; do
    kill -0 "$(cat "$work/app.pid")" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}

stop_app() {
  local pid=$(cat "$work/app.pid")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

echo "Start-up, $STARTS times ..." >&2
startups=()
for _ in $(seq 1 "$STARTS"); do startups+=("$(start_app)"); stop_app; done
startup_median=$(printf '%s\n' "${startups[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

start_app >/dev/null
pid=$(cat "$work/app.pid")
base="http://127.0.0.1:$APP_PORT"

# nginx serves the exact bytes Closer serves, from another loopback port, without an access log.
mkdir -p "$work/www/intimacy"
curl -s "$base/" -o "$work/www/index.html"
curl -s "$base/intimacy/emotional" -o "$work/www/intimacy/emotional"
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
  }
}
NGINX
nginx -c "$work/nginx.conf"

open_form() {  # a form's CSRF cookie and token, for bench/submit.lua
  curl -s -c "$work/jar" "$base/fis/questions" -o "$work/form.html"
  export CLOSER_COOKIE="closer-csrf=$(awk '$6 == "closer-csrf" {print $7}' "$work/jar")"
  export CLOSER_TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' "$work/form.html" | sed 's/.*value="//; s/"$//')
}

submissions() {  # 15 s of valid submissions -> "rps p50_ms p99_ms answered_303 answered_otherwise sent"
  wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -s bench/submit.lua "$base/fis/questions" > "$work/post.out"
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    /^SEE_OTHER/ { ok = $2; bad = $4; sent = $6 }
    END { printf "%.0f %.2f %.2f %d %d %d\n", rps, p50, p99, ok, bad, sent }' "$work/post.out"
}

# A stored result, and a form's CSRF cookie and token for the POST benchmark.
open_form
body="_csrf=$CLOSER_TOKEN"; for i in $(seq 1 35); do body="$body&q$i=3"; done
result=$(curl -s -b "$work/jar" -o /dev/null -w '%{redirect_url}' --data "$body" "$base/fis/questions")
result_path=${result#http://127.0.0.1:$APP_PORT}
# A second link taken ten times, for the cost of a page with a history.
history=$(curl -s -b "$work/jar" -o /dev/null -w '%{redirect_url}' --data "$body" "$base/fis/questions")
history_path=${history#http://127.0.0.1:$APP_PORT}
for i in $(seq 2 10); do
  curl -s -b "$work/jar" -o /dev/null --data "${body/q1=3/q1=$(( i % 5 + 1 ))}" "$base$history_path/again"
done
# The first link starts the path with two sessions done and their check-ins, for the path's pages.
curl -s -b "$work/jar" -o /dev/null --data "_csrf=$CLOSER_TOKEN" "$base$result_path/path"
for session in 1 2; do
  curl -s -b "$work/jar" -o /dev/null --data "_csrf=$CLOSER_TOKEN&closeness=$(( session + 2 ))" "$base$result_path/path/$session/done"
done

shared_rows() { curl -s -u 'bench:bench' "$base/research/responses.csv" | tail -n +2 | wc -l; }

wrk_run() {  # url [extra wrk args...] -> "rps p50_ms p99_ms"
  local url=$1; shift
  wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency "$@" "$url" > "$work/wrk.out"
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }' "$work/wrk.out"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "Warming up for ${WARMUP}s ..." >&2
for path in / /intimacy/emotional "$result_path" "$result_path/path/1"; do
  wrk -t2 -c$CONNECTIONS -d$((WARMUP / 3))s "$base$path" > /dev/null
done
wrk -t2 -c$CONNECTIONS -d$((WARMUP / 3))s -s bench/submit.lua "$base/fis/questions" > /dev/null
wrk -t2 -c$CONNECTIONS -d10s "http://127.0.0.1:$NGINX_PORT/" > /dev/null

declare -A results
for round in $(seq 1 "$ROUNDS"); do
  echo "Round $round of $ROUNDS ..." >&2
  for page in / /intimacy/emotional; do
    results["closer $page"]+="$(wrk_run "$base$page")"$'\n'
    results["nginx $page"]+="$(wrk_run "http://127.0.0.1:$NGINX_PORT$page")"$'\n'
  done
  results["closer result"]+="$(wrk_run "$base$result_path")"$'\n'
  results["closer history"]+="$(wrk_run "$base$history_path")"$'\n'
  results["closer path"]+="$(wrk_run "$base$result_path/path")"$'\n'
  results["closer session"]+="$(wrk_run "$base$result_path/path/1")"$'\n'
done

echo "Submissions ..." >&2
rows_before=$(shared_rows)
post=$(submissions)
rows_after=$(shared_rows)
read -r post_rps post_p50 post_p99 post_ok post_bad post_sent <<< "$post"
stored=$((rows_after - rows_before))

rss_mb=$(( $(ps -o rss= -p "$pid") / 1024 ))

# Slow and unfinished requests held open (bench/slow.py) while GET / is measured, and one complete
# submission sent in the middle of them.
echo "GET / alone, then while slow and unfinished requests are held open ..." >&2
held_alone=$(wrk_run "$base/")
python3 bench/slow.py 127.0.0.1 "$APP_PORT" $((DURATION + 20)) > "$work/slow.out" &
slow=$!
sleep 10
held=$(wrk_run "$base/")
during=$(curl -s -b "$work/jar" -o /dev/null -w '%{http_code} in %{time_total} s' --data "$body" "$base/fis/questions")
wait "$slow"

# Last on this instance: the guesses lock this address out of the research export for ten minutes.
echo "GET / alone, then while 16 connections guess the researcher's password ..." >&2
alone=$(wrk_run "$base/")
wrk -t1 -c$CONNECTIONS -d$((DURATION + 4))s -s bench/flood.lua "$base/research/responses.csv" > "$work/flood.out" &
flood=$!
sleep 2
flooded=$(wrk_run "$base/")
wait "$flood"
flood_answers=$(awk '/^UNAUTHORIZED/ {printf "%d answered 401 and %d answered 429 (%d otherwise)", $2, $4, $6}' "$work/flood.out")
stop_app

# The same submissions against PostgreSQL, the production engine: a fresh database on the local
# server, synchronous_commit as the server has it (on by default), rows counted by psql.
PG="psql -h 127.0.0.1 -U postgres -tA"
pg_db="closer_bench_$(date +%s)"
$PG -d postgres -c "create database $pg_db" >/dev/null
pg_sync=$($PG -d "$pg_db" -c 'show synchronous_commit')
app_args+=("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$pg_db" --spring.datasource.username=postgres)
start_app >/dev/null
pid=$(cat "$work/app.pid")
open_form
echo "PostgreSQL submissions (synchronous_commit=$pg_sync) ..." >&2
wrk -t2 -c$CONNECTIONS -d$((WARMUP / 3))s -s bench/submit.lua "$base/fis/questions" > /dev/null
pg_before=$($PG -d "$pg_db" -c 'select count(*) from fis_response')
pg_post=$(submissions)
pg_after=$($PG -d "$pg_db" -c 'select count(*) from fis_response')
stop_app
$PG -d postgres -c "drop database $pg_db" >/dev/null
read -r pg_rps pg_p50 pg_p99 pg_ok pg_bad pg_sent <<< "$pg_post"
pg_stored=$((pg_after - pg_before))

col() { echo "${results[$1]}" | awk -v c="$2" 'NF {print $c}' | median; }
row() {  # label key nginx-key
  local rps=$(col "$2" 1) p50=$(col "$2" 2) p99=$(col "$2" 3)
  local ratio="" 
  if [ -n "${3:-}" ]; then ratio=$(awk -v a="$rps" -v b="$(col "$3" 1)" 'BEGIN {printf "%.2f", a / b}'); fi
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$rps" "$p50" "$p99" "$ratio"
}

out="bench/results/$(date +%F)-$(hostname).md"
{
  echo "# Closer benchmark, $(date -u '+%F %H:%M UTC'), $(hostname), $(nproc) cores"
  echo
  echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s, ${WARMUP}s warm-up, median of $ROUNDS alternating rounds; Java $java_major; JVM flags: \`$JAVA_FLAGS\`"
  echo
  echo "| what | requests/s | p50 ms | p99 ms | ratio to nginx |"
  echo "|---|---|---|---|---|"
  row "GET / (Closer)" "closer /" "nginx /"
  row "GET / (nginx, same bytes)" "nginx /"
  row "GET /intimacy/emotional (Closer)" "closer /intimacy/emotional" "nginx /intimacy/emotional"
  row "GET /intimacy/emotional (nginx, same bytes)" "nginx /intimacy/emotional"
  row "GET a result page (Closer)" "closer result"
  row "GET a result page with ten attempts (Closer)" "closer history"
  row "GET a path page, two sessions done (Closer)" "closer path"
  row "GET a session page, the first (Closer)" "closer session"
  read -r alone_rps alone_p50 alone_p99 <<< "$alone"
  read -r flooded_rps flooded_p50 flooded_p99 <<< "$flooded"
  printf '| GET / alone (Closer) | %s | %s | %s | |\n' "$alone_rps" "$alone_p50" "$alone_p99"
  printf '| GET / while 16 connections guess the password (Closer) | %s | %s | %s | %s of alone |\n' \
    "$flooded_rps" "$flooded_p50" "$flooded_p99" "$(awk -v a="$flooded_rps" -v b="$alone_rps" 'BEGIN {printf "%.2f", a / b}')"
  read -r held_alone_rps held_alone_p50 held_alone_p99 <<< "$held_alone"
  read -r held_rps held_p50 held_p99 <<< "$held"
  printf '| GET / alone, before the slow requests (Closer) | %s | %s | %s | |\n' "$held_alone_rps" "$held_alone_p50" "$held_alone_p99"
  printf '| GET / while 64 slow bodies, 16 missing bodies and 1,000 slow headers are held (Closer) | %s | %s | %s | %s of alone |\n' \
    "$held_rps" "$held_p50" "$held_p99" "$(awk -v a="$held_rps" -v b="$held_alone_rps" 'BEGIN {printf "%.2f", a / b}')"
  printf '| POST a complete questionnaire, durable, H2 (Closer) | %s | %s | %s | |\n' "$post_rps" "$post_p50" "$post_p99"
  printf '| POST a complete questionnaire, durable, PostgreSQL (Closer) | %s | %s | %s | |\n' "$pg_rps" "$pg_p50" "$pg_p99"
  echo
  echo "- Submissions: $post_sent sent, $post_ok answered 303 before wrk stopped, $post_bad otherwise; $stored new rows ($( [ "$stored" -ge "$post_ok" ] && [ "$stored" -le "$post_sent" ] && echo 'every 303 stored; the rest were in flight when wrk stopped' || echo 'MISMATCH: a 303 was not stored'))."
  echo "- PostgreSQL submissions (synchronous_commit=$pg_sync): $pg_sent sent, $pg_ok answered 303, $pg_bad otherwise; $pg_stored new rows ($( [ "$pg_stored" -ge "$pg_ok" ] && [ "$pg_stored" -le "$pg_sent" ] && echo 'every 303 stored' || echo 'MISMATCH: a 303 was not stored'))."
  echo "- Password guesses during that row: $flood_answers."
  echo "- A complete submission sent while the slow requests were held: answered $during."
  sed 's/^/- Slow requests, /' "$work/slow.out"
  echo "- Start-up of the production command to the first 200 of /: median ${startup_median} ms of ${startups[*]} ms."
  echo "- Resident memory after the load: ${rss_mb} MB."
} | tee "$out"
echo "Written to $out" >&2
