#!/usr/bin/env bash
# Plan Tracker benchmark: builds the jar, starts a PostgreSQL 15 server (Debian's postgresql-15, installed if
# missing), loads a dataset, starts the app with `java $JAVA_OPTS -jar`, signs in the demo roles and drives the
# scenarios with wrk. Results go to bench/results/<size>-<UTC time>.md (and .csv).
#
#   bench/run.sh city|large|national
#
# Environment (defaults in brackets): APP_PORT [8100], PG_PORT [55110], WORK [/tmp/plantracker-bench],
# JAVA_OPTS [see below], DURATION [20s], WARMUP [5s], JIT_WARMUP [5s: every page once before the first], CONNECTIONS [16], THREADS [2], EXPORT_RUNS [5],
# SKIP_BUILD [0], JAR [the one just built], KEEP [0: stop the app and PostgreSQL at the end],
# SCENARIOS [all: space-separated names], LABEL [a word for the results file name], CDS [0; 1: class data sharing],
# APP_ARGS [more arguments for the app, e.g. --plantracker.read-cache.enabled=false for the cache-off column],
# MIXED_RATES [1 10 50: saves a second in the mixed scenarios], MIXED_PAGES [summary_today departments
# agency_other dashboard: the pages leaders read meanwhile], START_TIMEOUT [240: seconds (tries) the app may take
# to start, more on a loaded machine].
set -euo pipefail
# The whole script is one block, read before it runs: editing this file during a run cannot change that run.
{

SIZE=${1:-city}
case "$SIZE" in
	city) ASSIGNMENTS=2000 UPDATES=20000 AGENCIES=146 ;;
	large) ASSIGNMENTS=20000 UPDATES=200000 AGENCIES=146 ;;
	national) ASSIGNMENTS=200000 UPDATES=2000000 AGENCIES=146 ;;
	*) echo "usage: $0 city|large|national" >&2; exit 2 ;;
esac
SEED=${SEED:-133}
APP_PORT=${APP_PORT:-8100}
PG_PORT=${PG_PORT:-55110}
WORK=${WORK:-/tmp/plantracker-bench}
# ExitOnOutOfMemoryError: a node out of heap ends at once (a supervisor restarts it in production) instead of
# limping on and answering nothing; here the run then reports the app gone (see README, "Out of memory")
# the heap: the live set is 61-77 MiB after a full collection, and a 96 MiB heap spent much of the time in full
# collections while officers saved (stop 23 at large and national, stop 24 at city); 192 MiB at every size
HEAP=${HEAP:-192m}
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx$HEAP -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=32m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError}
# fewer glibc malloc arenas: less resident memory for the same work
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
JIT_WARMUP=${JIT_WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
EXPORT_RUNS=${EXPORT_RUNS:-5}
PASSWORD=demo-plan-133

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
PGBIN=/usr/lib/postgresql/15/bin
PGDATA=$WORK/pg15
BASE=http://localhost:$APP_PORT
TEMPLATE_DB=bench_$SIZE
RUN_DB=bench_run
CLK_TCK=$(getconf CLK_TCK)
APP_PID=
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# --- prerequisites ---------------------------------------------------------------------------------------------
need_packages=()
[ -x "$PGBIN/postgres" ] || need_packages+=(postgresql-15)
[ -d /usr/share/postgresql/15/extension ] && ls /usr/share/postgresql/15/extension/pg_stat_statements.control >/dev/null 2>&1 \
	|| need_packages+=(postgresql-contrib)
command -v wrk >/dev/null || need_packages+=(wrk)
command -v curl >/dev/null || need_packages+=(curl)
if [ ${#need_packages[@]} -gt 0 ]; then
	log "installing ${need_packages[*]}"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}"
fi
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_db() { local db=$1; shift; psql -X -q -h localhost -p "$PG_PORT" -U postgres -d "$db" "$@"; }

# --- build ---------------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
	log "building the jar"
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
JAR=${JAR:-$(ls "$ROOT"/target/plan-tracker-*.jar | grep -v original | head -1)}
APP_JAR=$JAR   # what the app runs from (the extracted jar with CDS=1)

# --- PostgreSQL ----------------------------------------------------------------------------------------------
mkdir -p "$WORK"
if [ ! -f "$PGDATA/PG_VERSION" ]; then
	log "initdb in $PGDATA"
	mkdir -p "$PGDATA"
	[ "$(id -u)" = 0 ] && chown postgres "$WORK" "$PGDATA"
	as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
	# stock settings, plus statement statistics for "statements per request"
	cat >>"$PGDATA/postgresql.conf" <<-EOF
		port = $PG_PORT
		listen_addresses = 'localhost'
		unix_socket_directories = '$PGDATA'
		shared_preload_libraries = 'pg_stat_statements'
		pg_stat_statements.track = top
		pg_stat_statements.track_utility = off
		timezone = 'UTC'
	EOF
fi
if ! as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
	log "starting PostgreSQL 15 on port $PG_PORT"
	as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/postgres.log" -w start >/dev/null
fi
PG_PID=$(head -1 "$PGDATA/postmaster.pid")

start_app() { # database, log file
	log "starting the app on $1 ($JAVA_OPTS)"
	SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/$1" SPRING_DATASOURCE_USERNAME=postgres \
		SPRING_DATASOURCE_PASSWORD=postgres SPRING_PROFILES_ACTIVE=demo \
		java $JAVA_OPTS -jar "$APP_JAR" --server.port="$APP_PORT" \
		--management.endpoint.health.probes.enabled=true --plantracker.api.requests-per-minute="${API_RATE:-1000000}" \
		${APP_ARGS:-} >"$2" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 "${START_TIMEOUT:-240}"); do
		# ready (readiness probe) only once the demo accounts and history runners are done
		if curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness" 2>/dev/null | grep -q 200; then
			return 0
		fi
		if ! kill -0 "$APP_PID" 2>/dev/null; then log "the app did not start, see $2"; tail -40 "$2" >&2; exit 1; fi
		sleep 1
	done
	log "the app did not answer in ${START_TIMEOUT:-240} s"; exit 1
}
stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
}
cleanup() {
	stop_app
	if [ "${KEEP:-0}" != 1 ]; then as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# --- dataset: a template database per size, rebuilt when the generator or the migrations change ---------------
KEY=$(cat "$BENCH"/sql/generate.sql "$BENCH"/sql/derived/*.sql "$ROOT"/src/main/resources/db/migration/*.sql 2>/dev/null \
	| sha1sum | cut -c1-12)-$(unzip -l "$JAR" | grep db/migration | sha1sum | cut -c1-8)-$ASSIGNMENTS-$UPDATES-$AGENCIES-$SEED-$(date -u +%F)
if [ "$(cat "$WORK/$TEMPLATE_DB.key" 2>/dev/null)" != "$KEY" ]; then
	log "loading $SIZE: $ASSIGNMENTS assignments, $UPDATES progress updates, $AGENCIES agencies"
	psql_db postgres -c "drop database if exists $TEMPLATE_DB" -c "create database $TEMPLATE_DB"
	start_app "$TEMPLATE_DB" "$WORK/app-bootstrap.log"   # Flyway schema, reference plan, demo accounts and history
	stop_app
	started=$(date +%s)
	psql_db "$TEMPLATE_DB" -v ON_ERROR_STOP=1 -v assignments="$ASSIGNMENTS" -v updates="$UPDATES" \
		-v agencies="$AGENCIES" -v seed="$SEED" -f "$BENCH/sql/generate.sql"
	for derived in "$BENCH"/sql/derived/*.sql; do
		[ -e "$derived" ] || continue
		log "derived: $(basename "$derived")"
		psql_db "$TEMPLATE_DB" -v ON_ERROR_STOP=1 -f "$derived"
	done
	psql_db "$TEMPLATE_DB" -c "vacuum (analyze)"
	log "loaded in $(($(date +%s) - started)) s"
	# every invariant of the dataset (history, projection, temporal read model) must count 0
	psql_db "$TEMPLATE_DB" -At -F ': ' -f "$BENCH/sql/check.sql" >"$WORK/check-$SIZE.txt"
	if awk -F ': ' '$2 != 0 {bad = 1} END {exit !bad}' "$WORK/check-$SIZE.txt"; then
		log "invariants broken:"; cat "$WORK/check-$SIZE.txt" >&2; exit 1
	fi
	log "invariants: all $(wc -l <"$WORK/check-$SIZE.txt") are 0"
	echo "$KEY" >"$WORK/$TEMPLATE_DB.key"
fi
psql_db postgres -c "drop database if exists $RUN_DB" -c "create database $RUN_DB template $TEMPLATE_DB"
psql_db postgres -c "create extension if not exists pg_stat_statements" >/dev/null

# --- class data sharing (CDS=1) ------------------------------------------------------------------------------
# Spring Boot's extracted layout (java -Djarmode=tools extract: the libraries as plain jars, CDS-friendly) and a
# dynamic archive of the classes loaded up to the context refresh, from a training run on the run database that
# exits once the context is refreshed (spring.context.exit=onRefresh); kept per jar under $WORK.
if [ "${CDS:-0}" = 1 ]; then
	APP_DIR=$WORK/app-$(sha1sum <"$JAR" | cut -c1-12)
	if [ ! -f "$APP_DIR/application.jsa" ]; then
		log "class data sharing: extracting the jar, training run"
		rm -rf "$APP_DIR"
		java -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
		(cd "$APP_DIR" && SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/$RUN_DB" \
			SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres SPRING_PROFILES_ACTIVE=demo \
			java $JAVA_OPTS -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
			-jar "$(basename "$JAR")" >"$WORK/app-cds-training.log" 2>&1) || true
		[ -f "$APP_DIR/application.jsa" ] || { log "no CDS archive, see $WORK/app-cds-training.log"; exit 1; }
	fi
	APP_JAR=$APP_DIR/$(basename "$JAR")
	JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$APP_DIR/application.jsa"
fi

# --- the app -------------------------------------------------------------------------------------------------
start_app "$RUN_DB" "$WORK/app-run.log"
RSS_START=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$APP_PID/status)

csrf_of() { grep -o '<input[^>]*name="_csrf"[^>]*>' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
login() { # username -> "SESSION=..." (or "JSESSIONID=...") on stdout
	local jar="$WORK/cookies-$1.txt" token code
	rm -f "$jar"
	token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | csrf_of)
	code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
		--data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
	[ "$code" = 302 ] || { log "sign-in of $1 answered $code"; exit 1; }
	# a refused sign-in also answers 302 (to /login?error): a signed-in page must answer 200
	code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" "$BASE/notifications")
	[ "$code" = "200 " ] || { log "$1 is not signed in: /notifications answered $code"; exit 1; }
	# the container's JSESSIONID, or Spring Session's SESSION cookie
	awk '$6 == "JSESSIONID" || $6 == "SESSION" {print $6 "=" $7}' "$jar" | tail -1
}
COORDINATOR=$(login coordinator)
LEADER=$(login leader)
# the page scenarios' 16 connections as 16 users (generate.sql's bench.leader.NN and bench.coordinator.NN)
COORDINATORS=; LEADERS=
for n in $(seq -f %02g 1 "$CONNECTIONS"); do
	COORDINATORS+="$(login "bench.coordinator.$n")|"
	LEADERS+="$(login "bench.leader.$n")|"
done
log "signed in coordinator and leader, and $CONNECTIONS of each role for the page scenarios"

TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
PAST=$(TZ=Asia/Ho_Chi_Minh date -d "$TODAY -60 days" +%F)
SYT=$(psql_db "$RUN_DB" -Atc "select id from agency where code = 'SYT'")
# Writes: one officer for each connection (CONNECTIONS of them), of the agencies with the most open
# assignments (officers of agencies that require a second factor left out: the script signs in with a password),
# each connection walking its own agency's open assignments (see wrk/progress.lua): no two requests ever race
# for one assignment's version. Fewer such agencies than connections: the officers' lists are shared out.
writable() { psql_db "$RUN_DB" -Atc "select string_agg(a.id || ':' || a.version || ':' || o.n, ',' order by a.id)
	from assignment a join ($OFFICER_AGENCIES) o on o.agency_id = a.agency_id
	where a.closed_at is null and a.status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED')"; }
OFFICER_AGENCIES=$(psql_db "$RUN_DB" -Atc "
	with w as (select a.agency_id, count(*) as n from assignment a
	           where a.closed_at is null and a.status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED')
	             and exists (select 1 from app_user u where u.agency_id = a.agency_id and u.role = 'OFFICER')
	             and not exists (select 1 from agency_second_factor s where s.agency_id = a.agency_id)
	           group by a.agency_id),
	     r as (select agency_id, row_number() over (order by n desc, agency_id) as k from w)
	select string_agg(format('select %s as agency_id, %s as n', agency_id, k - 1), ' union all ')
	from r where k <= $CONNECTIONS")
OFFICER_COOKIES=
OFFICER_CSRFS=
for agency in $(psql_db "$RUN_DB" -Atc "select agency_id from ($OFFICER_AGENCIES) o order by n"); do
	username=$(psql_db "$RUN_DB" -Atc "select min(username) from app_user where agency_id = $agency and role = 'OFFICER'")
	cookie=$(login "$username")
	first=$(psql_db "$RUN_DB" -Atc "select min(id) from assignment where agency_id = $agency")
	OFFICER_COOKIES+="${cookie}|"
	OFFICER_CSRFS+="$(curl -s -H "Cookie: $cookie" "$BASE/assignments/$first" | csrf_of)|"
done
WRITABLE=$(writable)
# an agency with work of its own whose officers do not save in the write scenarios: its page stays cached
# while they save (invalidation as narrow as the change)
OTHER_AGENCY=$(psql_db "$RUN_DB" -Atc "select a.agency_id from assignment a
	where a.agency_id not in (select agency_id from ($OFFICER_AGENCIES) o)
	group by a.agency_id order by count(*) desc, a.agency_id limit 1")
log "signed in $(echo "$OFFICER_COOKIES" | tr -cd '|' | wc -c) officers for $(echo "$WRITABLE" | tr ',' '\n' | wc -l) open assignments"

# name | cookie variable | path (GET) ; exports are timed one at a time
PAGES=(
	"login_page||/login"
	"dashboard|COORDINATOR|/coordinator/overdue"
	"dashboard_filtered|COORDINATOR|/coordinator/overdue?view=overdue&kind=LOCAL_AUTHORITY&ageing=UP_TO_30&sort=count&dir=desc"
	"due_soon|COORDINATOR|/coordinator/overdue?view=dueSoon"
	"review_queue|COORDINATOR|/coordinator/review"
	"departments|LEADER|/reports/departments"
	"summary_today|LEADER|/reports/summary"
	"summary_past|LEADER|/reports/summary?asOf=$PAST"
	"agency_page|LEADER|/reports/departments/$SYT"
	"agency_other|LEADER|/reports/departments/$OTHER_AGENCY"
)
# The API (issue 23): 16 read tokens of the 16 bench leaders, made here as /account/tokens makes them (the
# SHA-256 of the secret is stored); the per-token rate limit is lifted for the run (API_RATE).
API_TOKENS=$(psql_db "$RUN_DB" -Atc "
	with t as (select u.id, 'pt_bench_' || u.username || '_' || md5(random()::text) as secret from app_user u
	           where u.username like 'bench.leader.%' order by u.username limit $CONNECTIONS),
	     i as (insert into api_token (user_id, name, scope, token_hash, hint, created_at, expires_at)
	           select id, 'bench', 'READ', encode(sha256(convert_to(secret, 'UTF8')), 'hex'), right(secret, 4), now(),
	                  now() + interval '1 day' from t)
	select string_agg(secret, '|') from t")
BENCH_PLAN=$(psql_db "$RUN_DB" -Atc "select id from plan where number = 'BENCH/KH-UBND' order by id limit 1")
[ -n "$BENCH_PLAN" ] || BENCH_PLAN=$(psql_db "$RUN_DB" -Atc "select min(id) from plan")
# name | path (GET), as the leaders' tokens
APIS=(
	"api_assignments|/api/v1/assignments?plan=$BENCH_PLAN&limit=100"
	"api_assignments_overdue|/api/v1/assignments?overdue=true&limit=100"
	"api_figures_today|/api/v1/plans/$BENCH_PLAN/figures"
	"api_figures_past|/api/v1/plans/$BENCH_PLAN/figures?asOf=$PAST"
	"api_changes|/api/v1/changes?limit=100"
	"api_rounds|/api/v1/rounds"
)
EXPORTS=(
	"export_departments_xlsx|LEADER|/reports/departments.xlsx"
	"export_summary_xlsx|LEADER|/reports/summary.xlsx"
	"export_summary_pdf|LEADER|/reports/summary.pdf"
	"export_annex_docx|LEADER|/reports/plan-annex.docx"
)
wanted() { [ -z "${SCENARIOS:-}" ] || [[ " $SCENARIOS " == *" $1 "* ]]; }

# --- measurement helpers ---------------------------------------------------------------------------------------
jvm_ticks() { awk '{print $14 + $15}' /proc/$APP_PID/stat; }
# the JIT compilers' and the code cache sweeper's share of the JVM's ticks (a run that still compiles costs more
# per request than the same code compiled: the log line of each scenario says how much of its JVM CPU was that)
jit_ticks() { local t=0 n; for task in /proc/$APP_PID/task/*; do
	case "$(cat "$task/comm" 2>/dev/null)" in "C1 Compiler"*|"C2 Compiler"*|Sweeper*) n=$(awk '{print $14 + $15}' "$task/stat" 2>/dev/null || echo 0); t=$((t + n)) ;; esac
done; echo "$t"; }
pg_ticks() { # postmaster (with its reaped children, e.g. parallel workers) + live backends
	local total kids
	total=$(awk '{print $14 + $15 + $16 + $17}' /proc/$PG_PID/stat)
	for kid in $(pgrep -P "$PG_PID"); do
		kids=$(awk '{print $14 + $15}' /proc/$kid/stat 2>/dev/null || echo 0)
		total=$((total + kids))
	done
	echo "$total"
}
statements() { psql_db postgres -Atc "select coalesce(sum(calls), 0) from pg_stat_statements
	where dbid = (select oid from pg_database where datname = '$RUN_DB')"; }
rss_mib() { awk '/VmRSS/ {print int($2/1024)}' /proc/$APP_PID/status; }
to_ms() { # wrk latency (e.g. 12.34ms, 1.20s, 800.00us) -> ms
	awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
ms_per() { awk -v t="$1" -v r="$2" -v hz="$CLK_TCK" 'BEGIN { if (r > 0) printf "%.1f", t * 1000 / hz / r; else print "-" }'; }

STAMP=$(date -u +%Y%m%d-%H%M)
RESULT_MD=$BENCH/results/$SIZE-$STAMP${LABEL:+-$LABEL}.md
RESULT_CSV=$BENCH/results/$SIZE-$STAMP${LABEL:+-$LABEL}.csv
COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
COUNTS=$(psql_db "$RUN_DB" -Atc "select (select count(*) from agency) || ' agencies, ' || (select count(*) from assignment)
	|| ' assignments, ' || (select count(*) from progress_update) || ' progress updates'")
{
	echo "# $SIZE — $(date -u '+%F %H:%M') UTC, commit $COMMIT"
	echo
	echo "Data: $COUNTS. Machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) MiB,"
	echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'). PostgreSQL 15 (stock settings +"
	echo "pg_stat_statements). \`java $JAVA_OPTS -jar\`. wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up;"
	echo "exports: $EXPORT_RUNS sequential requests after one warm-up. Jar: $(basename "$JAR"). JVM RSS after start: $RSS_START MiB."
	echo
	echo "| scenario | req/s | p50 ms | p99 ms | errors | JVM CPU ms/req | PG CPU ms/req | statements/req | body bytes | RSS MiB | load (1 min) |"
	echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} >"$RESULT_MD"
echo "scenario,req_per_s,p50_ms,p99_ms,errors,jvm_cpu_ms_per_req,pg_cpu_ms_per_req,statements_per_req,body_bytes,rss_mib,load1" >"$RESULT_CSV"

record() { # name rps p50 p99 errors jvm pg stmts bytes
	local rss load
	rss=$(rss_mib)
	load=$(cut -d' ' -f1 /proc/loadavg)
	echo "| $1 | $2 | $3 | $4 | $5 | $6 | $7 | $8 | $9 | $rss | $load |" >>"$RESULT_MD"
	echo "$1,$2,$3,$4,$5,$6,$7,$8,$9,$rss,$load" >>"$RESULT_CSV"
	log "$1: $2 req/s, p50 $3 ms, p99 $4 ms, errors $5, CPU $6 + $7 ms/req, $8 statements/req, $9 bytes, RSS $rss MiB, load $load"
}

run_wrk() { # name cookie script url
	local name=$1 cookie=$2 script=$3 url=$4 out j0 p0 s0 j1 p1 s1 c0 c1 requests rps p50 p99 errors bytes
	# writes: one wrk thread per connection, so that each connection has its own list (wrk's Lua state is per
	# thread, and a connection sends its next request only after the answer to its last)
	local threads=$THREADS
	[ "$name" != progress_update ] || threads=$CONNECTIONS
	BENCH_COOKIE=$cookie wrk -t"$threads" -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s -s "$script" "$url" >/dev/null
	# the warm-up saved updates: the measured run starts from the versions now stored
	if [ "$name" = progress_update ]; then
		# requests still in flight when wrk stopped are still being saved: wait until the versions settle
		local settled=
		BENCH_ASSIGNMENTS=$(writable)
		until [ "$settled" = "$BENCH_ASSIGNMENTS" ]; do
			settled=$BENCH_ASSIGNMENTS; sleep 2; BENCH_ASSIGNMENTS=$(writable)
		done
		export BENCH_ASSIGNMENTS
	fi
	j0=$(jvm_ticks); p0=$(pg_ticks); s0=$(statements); c0=$(jit_ticks)
	out=$(BENCH_COOKIE=$cookie wrk -t"$threads" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -s "$script" "$url")
	j1=$(jvm_ticks); p1=$(pg_ticks); s1=$(statements); c1=$(jit_ticks)
	echo "$out" >"$WORK/wrk-$name.txt"
	log "$name: of the JVM's CPU, $(( (c1 - c0) * 1000 / CLK_TCK )) of $(( (j1 - j0) * 1000 / CLK_TCK )) ms compiling (JIT)"
	echo "$out" | grep -i "status" >&2 || true
	requests=$(echo "$out" | awk '/requests in/ {print $1}')
	rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.1f", $2}')
	p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
	p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
	errors=$(echo "$out" | awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10}
		/^status [0-9]+-elsewhere:/ {n += $NF} END {print n + 0}')
	if [ "$script" = "$BENCH/wrk/progress.lua" ]; then
		bytes=-
	else
		bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "${AUTH_HEADER:-Cookie: $cookie}" "$url")
	fi
	if [ "${requests:-0}" -lt 3 ] && [ -n "$cookie$bytes" ] && [ "$bytes" != - ]; then
		# nothing (or almost nothing) finished under 16 connections: the CPU a request costs, from 3 alone
		log "$name: $requests requests in $DURATION; CPU per request from 3 sequential requests"
		j0=$(jvm_ticks); p0=$(pg_ticks); s0=$(statements)
		for _ in 1 2 3; do curl -s -o /dev/null -H "${AUTH_HEADER:-Cookie: $cookie}" "$url"; done
		j1=$(jvm_ticks); p1=$(pg_ticks); s1=$(statements)
		rps="$rps (${requests:-0} in $DURATION)"; p50=-; p99=-; requests=3
	fi
	record "$name" "$rps" "$p50" "$p99" "$errors" "$(ms_per $((j1 - j0)) "$requests")" \
		"$(ms_per $((p1 - p0)) "$requests")" "$(awk -v s=$((s1 - s0)) -v r="$requests" 'BEGIN {if (r > 0) printf "%.1f", s / r; else print "-"}')" "$bytes"
}

run_export() { # name cookie url: EXPORT_RUNS sequential requests; "req/s" is 1 / mean time
	local name=$1 cookie=$2 url=$3 j0 p0 s0 j1 p1 s1 times errors=0 code t bytes
	curl -s -o /dev/null -H "Cookie: $cookie" "$url"
	j0=$(jvm_ticks); p0=$(pg_ticks); s0=$(statements)
	times=()
	for _ in $(seq 1 "$EXPORT_RUNS"); do
		read -r code t bytes < <(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' -H "Cookie: $cookie" "$url")
		[ "$code" = 200 ] || errors=$((errors + 1))
		times+=("$t")
	done
	j1=$(jvm_ticks); p1=$(pg_ticks); s1=$(statements)
	local sorted mean p50 max
	sorted=$(printf '%s\n' "${times[@]}" | sort -n)
	mean=$(printf '%s\n' "${times[@]}" | awk '{s += $1} END {printf "%.2f", NR / s}')
	p50=$(echo "$sorted" | awk -v n="$EXPORT_RUNS" 'NR == int((n + 1) / 2) {printf "%.1f", $1 * 1000}')
	max=$(echo "$sorted" | tail -1 | awk '{printf "%.1f", $1 * 1000}')
	record "$name" "$mean" "$p50" "$max (max)" "$errors" "$(ms_per $((j1 - j0)) "$EXPORT_RUNS")" \
		"$(ms_per $((p1 - p0)) "$EXPORT_RUNS")" "$(awk -v s=$((s1 - s0)) -v r="$EXPORT_RUNS" 'BEGIN {printf "%.1f", s / r}')" "$bytes"
}

# --- scenarios -----------------------------------------------------------------------------------------------
# one round over every page first (JIT_WARMUP each): the first scenario measured must not pay for compiling the
# code every page shares (filters, session, layout), which the scenario's own 5 s warm-up does not cover
for page in "${PAGES[@]}"; do
	IFS='|' read -r name var path <<<"$page"
	# (the mixed scenarios' pages too)
	wanted "$name" || { wanted mixed && [[ " ${MIXED_PAGES:-summary_today departments agency_other dashboard} " == *" $name "* ]]; } \
		|| continue
	cookie=; cookies=
	[ -z "$var" ] || { cookie=${!var}; cookies=${var}S; cookies=${!cookies}; }
	BENCH_COOKIES=$cookies BENCH_COOKIE=$cookie wrk -t"$THREADS" -c"$CONNECTIONS" -d"$JIT_WARMUP" --timeout 30s -s "$BENCH/wrk/get.lua" "$BASE$path" >/dev/null
done
for page in "${PAGES[@]}"; do
	IFS='|' read -r name var path <<<"$page"
	wanted "$name" || continue
	cookie=; cookies=
	[ -z "$var" ] || { cookie=${!var}; cookies=${var}S; cookies=${!cookies}; }
	BENCH_COOKIES=$cookies run_wrk "$name" "$cookie" "$BENCH/wrk/get.lua" "$BASE$path"
done
for api in "${APIS[@]}"; do
	IFS='|' read -r name path <<<"$api"
	wanted "$name" || continue
	BENCH_TOKENS=$API_TOKENS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$JIT_WARMUP" --timeout 30s -s "$BENCH/wrk/api.lua" \
		"$BASE$path" >/dev/null
	BENCH_TOKENS=$API_TOKENS AUTH_HEADER="Authorization: Bearer ${API_TOKENS%%|*}" \
		run_wrk "$name" "" "$BENCH/wrk/api.lua" "$BASE$path"
done
for export in "${EXPORTS[@]}"; do
	IFS='|' read -r name var path <<<"$export"
	wanted "$name" || continue
	run_export "$name" "${!var}" "$BASE$path"
done
if wanted progress_update; then
	BENCH_COOKIES=$OFFICER_COOKIES BENCH_CSRFS=$OFFICER_CSRFS BENCH_ASSIGNMENTS=$WRITABLE BENCH_THREADS=$CONNECTIONS \
		run_wrk progress_update "" "$BENCH/wrk/progress.lua" "$BASE/assignments"
fi
# Mixed: leaders read a page (16 connections, as above) while officers save at MIXED_RATES saves a second (one
# connection per 2 saves a second, each sending a save every 1000 * connections / rate ms of wall-clock time). The row is the
# readers'; CPU per request is the JVM's and PostgreSQL's over the readers' requests (the saves' included:
# what the reads cost while the city works), "saves/s" the pace reached; heap after a full GC at the end.
heap_mib() { jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '!/Metaspace|class space/ && / used / {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K", "", v); s += v}} END {if (s) printf "%d", s / 1024; else print "-"}'; }
rm -f "$WORK/mixed-notes.txt"
for rate in ${MIXED_RATES:-1 10 50}; do
	for page in ${MIXED_PAGES:-summary_today departments agency_other dashboard}; do
		wanted "mixed" || wanted "mixed_${page}_$rate" || continue
		entry=$(printf '%s\n' "${PAGES[@]}" | grep "^$page|" || true)
		[ -n "$entry" ] || { log "mixed: no page $page"; continue; }
		IFS='|' read -r _ var path <<<"$entry"
		cookie=${!var}; cookies=${var}S; cookies=${!cookies}
		# one writer per 2 saves a second: a save waits behind 16 readers, so one connection per 10 saves a
		# second reached only 0.7-1.0 of the 10 asked for (stop 20)
		writers=$(( (rate + 1) / 2 ))
		pace=$(( 1000 * writers / rate ))
		saved0=$(psql_db "$RUN_DB" -Atc "select count(*) from progress_update")
		BENCH_COOKIES=$OFFICER_COOKIES BENCH_CSRFS=$OFFICER_CSRFS BENCH_ASSIGNMENTS=$(writable) BENCH_THREADS=$writers \
			BENCH_DELAY_MS=$pace wrk -t"$writers" -c"$writers" -d"$(( ${WARMUP%s} + ${DURATION%s} + 2 ))s" --timeout 30s \
			-s "$BENCH/wrk/progress.lua" "$BASE/assignments" >"$WORK/wrk-mixed-writes-$page-$rate.txt" 2>&1 &
		writer=$!
		BENCH_COOKIES=$cookies run_wrk "mixed_${page}_${rate}" "$cookie" "$BENCH/wrk/get.lua" "$BASE$path"
		wait "$writer" || true
		saved=$(( $(psql_db "$RUN_DB" -Atc "select count(*) from progress_update") - saved0 ))
		write_errors=$(awk '/Non-2xx/ {n += $NF} /^status [0-9]+/ {n += $NF} END {print n + 0}' "$WORK/wrk-mixed-writes-$page-$rate.txt")
		jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
		echo "mixed_${page}_${rate}: $(awk -v n="$saved" -v d="$(( ${WARMUP%s} + ${DURATION%s} + 2 ))" 'BEGIN {printf "%.1f", n / d}') saves/s reached ($saved saves, $write_errors errors), heap after $(heap_mib) MiB" \
			>>"$WORK/mixed-notes.txt"
		tail -1 "$WORK/mixed-notes.txt" >&2
	done
done
{
	if [ -s "$WORK/mixed-notes.txt" ]; then
		echo
		echo "Mixed scenarios (leaders reading while officers save):"
		sed 's/^/- /' "$WORK/mixed-notes.txt"
		rm -f "$WORK/mixed-notes.txt"
	fi
	echo
	echo "JVM RSS after the run: $(rss_mib) MiB. Writes: $(echo "$OFFICER_COOKIES" | tr -cd '|' | wc -c) officers, $(echo "$WRITABLE" | tr ',' '\n' | wc -l) open assignments."
	echo "uptime: $(uptime)"
} >>"$RESULT_MD"
log "results in $RESULT_MD"
cat "$RESULT_MD"
exit
}
