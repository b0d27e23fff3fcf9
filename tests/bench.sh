#!/usr/bin/env bash
# Speed figures on this machine, as ratios within one run (absolute figures swing +-25% on a shared 2-core VM):
#   P2  redemption race through the real service and database (SQLite, and PostgreSQL when it answers);
#       goal p99 <= 250 ms at 64 clients, and pages that do not redeem stay under 300 ms p95 meanwhile
#   P5  cold start to the first 200, against a `dotnet new web` hello app started by this same script; goal <= 1.5x
#   P6  bytes a phone downloads for the staff home page, as served; goal <= 100 KB in <= 6 requests, <= 35 KB of script
#   P4  live fan-out: an earning reaches 1,000 watching boards at p95 <= 250 ms (100% delivered), 5,000 at max <= 1 s;
#       server CPU per earning roughly flat from 100 to 5,000 watchers; <= 48 KB per idle connection
#   P7  Kuis Live with 300 players in one session: answer latency, and from a question's close to every phone's podium
#   P8  an announcement to 20,000 members: the broadcast pass, messages per second from the outbox to a local SMTP
#       server over one connection, and web request latency while both run (the requests must not be blocked)
#   P1  server CPU per request of real signed-in pages against a bare endpoint in the same process; goal <= 8x
# Prints figures; exits 1 only if a correctness invariant breaks. Installs wrk/hey if missing (Debian).
#   --fuzz [N]  instead: the fuzz suite's long run (N requests, 100,000 by default) against the app; prints its figures
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--fuzz" ]; then
  requests=${2:-100000}
  export FUZZ_SEED=${FUZZ_SEED:-$RANDOM}
  dotnet build tests/LoyaltyArena.IntegrationTests -c Release -nologo -clp:ErrorsOnly >/dev/null
  echo "== Fuzz: $requests requests from every role (seed $FUZZ_SEED)"
  FUZZ_REQUESTS=$requests dotnet test tests/LoyaltyArena.IntegrationTests -c Release --no-build --nologo \
    --filter "FullyQualifiedName~Security.FuzzTests" --logger "console;verbosity=detailed" 2>&1 | grep -E "fuzz seed|FUZZ|^ +[0-9]+x|requests/s|Passed!|Failed!"
  exit "${PIPESTATUS[0]}"
fi
say() { printf '\n== %s\n' "$*"; }
command -v hey >/dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -qq --no-install-recommends hey >/dev/null; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
wait_200() { for _ in $(seq 1 600); do curl -sf -o /dev/null "$1" && return 0; sleep 0.02; done; echo "no 200 from $1"; return 1; }

say "Building (Release)"
dotnet build LoyaltyArena.sln -c Release -nologo -clp:ErrorsOnly >/dev/null

status=0
say "P2 redemption race: 64 clients, stock 1,000, 5,000 attempts by 1,000 members (after a warm-up race)"
dotnet tests/LoyaltyArena.Benchmarks/bin/Release/net10.0/LoyaltyArena.Benchmarks.dll Sqlite || status=1
if pg_isready -q -h 127.0.0.1 2>/dev/null; then
  dotnet tests/LoyaltyArena.Benchmarks/bin/Release/net10.0/LoyaltyArena.Benchmarks.dll Postgres || status=1
else
  echo "redeem.postgres: skipped (no PostgreSQL on 127.0.0.1:5432; tests/run.sh starts one)"
fi

say "P7 Kuis Live: 300 scripted players in one session, 5 questions (answer latency; close to the podium on every phone)"
dotnet tests/LoyaltyArena.Benchmarks/bin/Release/net10.0/LoyaltyArena.Benchmarks.dll Sqlite live-quiz 300 || status=1
if pg_isready -q -h 127.0.0.1 2>/dev/null; then
  dotnet tests/LoyaltyArena.Benchmarks/bin/Release/net10.0/LoyaltyArena.Benchmarks.dll Postgres live-quiz 300 || status=1
fi

say "P8 announcement to ${MAIL_MEMBERS:-20000} members: broadcast pass, outbox -> local SMTP (aiosmtpd) messages/s, /healthz latency meanwhile"
dotnet tests/LoyaltyArena.Benchmarks/bin/Release/net10.0/LoyaltyArena.Benchmarks.dll Sqlite mail-volume "${MAIL_MEMBERS:-20000}" || status=1
if pg_isready -q -h 127.0.0.1 2>/dev/null; then
  dotnet tests/LoyaltyArena.Benchmarks/bin/Release/net10.0/LoyaltyArena.Benchmarks.dll Postgres mail-volume "${MAIL_MEMBERS:-20000}" || status=1
fi

app_dll=src/LoyaltyArena.Web/bin/Release/net10.0/LoyaltyArena.Web.dll
start_app() { # $1 port, $2 db file; sets pid (not in a subshell, so cleanup sees it)
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Arena="Data Source=$2" Seed__Demo=true Jobs__Enabled=false \
    Bench__Reference=true RateLimits__SignInPerMinute=1000 Logging__LogLevel__Default=Warning \
    dotnet "$app_dll" --urls "http://127.0.0.1:$1" --contentRoot "$work" >>"$work/app.log" 2>&1 &
  pid=$!; pids+=("$pid")
}

say "P5 cold start (exec -> first 200 on /healthz)"
dotnet new web -o "$work/hello" --no-restore >/dev/null 2>&1 && dotnet build "$work/hello" -c Release -nologo -clp:ErrorsOnly >/dev/null 2>&1 || true
hello_ms=""
if [ -f "$work/hello/bin/Release/net10.0/hello.dll" ]; then
  port=$(free_port); t0=$(now)
  dotnet "$work/hello/bin/Release/net10.0/hello.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 & hp=$!; pids+=($hp)
  wait_200 "http://127.0.0.1:$port/"; hello_ms=$(echo "($(now) - $t0) * 1000 / 1" | bc); kill $hp
fi
port=$(free_port); t0=$(now); start_app "$port" "$work/arena.db"
wait_200 "http://127.0.0.1:$port/healthz"; first_ms=$(echo "($(now) - $t0) * 1000 / 1" | bc); kill "$pid"; wait "$pid" 2>/dev/null || true
port=$(free_port); t0=$(now); start_app "$port" "$work/arena.db"
wait_200 "http://127.0.0.1:$port/healthz"; warm_ms=$(echo "($(now) - $t0) * 1000 / 1" | bc)
base="http://127.0.0.1:$port"
echo "first start (migrate + demo seed): ${first_ms} ms; restart: ${warm_ms} ms; dotnet new web: ${hello_ms:-n/a} ms"
[ -n "$hello_ms" ] && echo "restart / hello = $(echo "scale=2; $warm_ms / $hello_ms" | bc)x (goal <= 1.5x)"

say "Signing in as the demo clerk"
jar="$work/cookies"
token=$(curl -s -c "$jar" "$base/Account/SignIn" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -w "sign-in: %{http_code}\n" --data-urlencode "Input.Login=staff@demo.test" \
  --data-urlencode "Input.Password=Demo!2026" --data-urlencode "__RequestVerificationToken=$token" "$base/Account/SignIn"
t0=$(now); curl -s -b "$jar" -o /dev/null "$base/"; echo "first signed-in page after restart: $(echo "($(now) - $t0) * 1000 / 1" | bc) ms"
cookie=$(awk '!/^#/ && NF>=7 {printf "%s=%s; ", $6, $7}' "$jar"; awk '/^#HttpOnly_/ {printf "%s=%s; ", $6, $7}' "$jar")

say "P6 page weight of the staff home (as served to a browser sending Accept-Encoding: br, gzip)"
curl -s -b "$jar" -H "Accept-Encoding: br, gzip" -o "$work/home.html" "$base/"
python3 - "$base" "$work/home.html" "$jar" <<'PY'
import re, subprocess, sys
base, page, jar = sys.argv[1:4]
html = open(page, encoding="utf-8").read()
assets = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(/[^"]+\.(?:js|css)[^"]*)"', html) + re.findall(r'<link[^>]+href="(/tiers[^"]*)"', html)
def served(url):
    out = subprocess.run(["curl", "-s", "-b", jar, "-H", "Accept-Encoding: br, gzip", "-o", "/dev/null", "-w", "%{size_download}", base + url], capture_output=True, text=True).stdout
    return int(out or 0)
rows = [("html /", len(html.encode()))] + [(u.split("?")[0], served(u)) for u in dict.fromkeys(assets)]
for name, size in rows: print(f"  {size/1024:7.1f} KB  {name}")
js = sum(s for n, s in rows if n.endswith(".js"))
total = sum(s for _, s in rows)
print(f"total {total/1024:.1f} KB in {len(rows)} requests (goal <= 100 KB, <= 6 requests); JS {js/1024:.1f} KB (goal <= 35 KB)")
PY

say "P1 server CPU per request and throughput against /bench/plaintext (hey -c 32, 3 interleaved rounds, medians)"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
declare -A cpu rps
for round in 1 2 3; do
  for target in /bench/plaintext / /Leaderboards; do
    hey -n 300 -c 8 -H "Cookie: $cookie" "$base$target" >/dev/null
    n=6400; [ "$target" = /bench/plaintext ] && n=32000
    c0=$(cpu_ticks)
    out=$(hey -n $n -c 32 -H "Cookie: $cookie" "$base$target")
    c1=$(cpu_ticks)
    ok=$(grep -E '^\s+\[200\]' <<<"$out" | awk '{print $2}')
    [ "${ok:-0}" -eq "$n" ] || { echo "  $target: only ${ok:-0} of $n answered 200"; status=1; }
    cpu[$target]+="$(echo "scale=1; ($c1 - $c0) * 1000000 / $hz / $n" | bc) "
    rps[$target]+="$(grep 'Requests/sec' <<<"$out" | awk '{print $2}') "
  done
done
python3 - "${cpu[/bench/plaintext]}" "${cpu[/]}" "${cpu[/Leaderboards]}" "${rps[/bench/plaintext]}" "${rps[/]}" "${rps[/Leaderboards]}" <<'PY'
import statistics, sys
med = lambda s: statistics.median(float(x) for x in s.split())
cp, ch, cl, rp, rh, rl = (med(a) for a in sys.argv[1:7])
print(f"  /bench/plaintext   {cp:7.1f} us CPU/request  {rp:8.0f} req/s")
for name, c, r in (("/ (staff home)", ch, rh), ("/Leaderboards", cl, rl)):
    print(f"  {name:18} {c:7.1f} us CPU/request  {r:8.0f} req/s   = {c/cp:4.1f}x plaintext CPU (goal <= 8x), {100*r/rp:4.1f}% of its throughput (goal >= 12%)")
PY
echo "(absolute figures swing +-25% between runs on this shared 2-core VM; read the ratios)"

say "P4 live fan-out: watchers of this week's board, one API sale per round, pushed board per watcher"
live_port=$(free_port)
start_app "$live_port" "$work/live.db"; live_pid=$pid
wait_200 "http://127.0.0.1:$live_port/healthz"
dotnet tests/LoyaltyArena.LiveBench/bin/Release/net10.0/LoyaltyArena.LiveBench.dll "http://127.0.0.1:$live_port" "$live_pid" "${LIVE_WATCHERS:-100,1000,5000}" 10 || status=1
exit $status
