#!/usr/bin/env bash
# Lighthouse 12.2.3 (from npm) against Debian's Chromium, mobile preset, on the clerk's main pages: sign-in, home, board,
# catalog. Prints LCP, TBT, CLS, bytes and requests per page against the budgets of issue 15
# (LCP <= 1.5 s, TBT <= 200 ms, CLS <= 0.1; home <= 60 KB transferred on a cold load).
# Lighthouse 12 has no PWA category any more; installability is checked by the browser journey (Chrome's own check).
# Each page is measured RUNS times (default 3) and the median is printed: on a 2-core box one run can be twice another.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\n== %s\n' "$*"; }
tools=tests/.lighthouse
[ -x "$tools/node_modules/.bin/lighthouse" ] || { say "Installing lighthouse@12.2.3"; npm install --silent --no-audit --no-fund --prefix "$tools" lighthouse@12.2.3 >/dev/null; }
[ -x /usr/bin/chromium ] || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"

say "Building and starting the app (Release, SQLite, demo data)"
dotnet build src/LoyaltyArena.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Arena="Data Source=$work/arena.db" Seed__Demo=true Jobs__Enabled=false \
  RateLimits__SignInPerMinute=1000 Logging__LogLevel__Default=Warning \
  dotnet src/LoyaltyArena.Web/bin/Release/net10.0/LoyaltyArena.Web.dll --urls "$base" >>"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/healthz" && break; sleep 0.05; done

jar="$work/cookies"
token=$(curl -s -c "$jar" "$base/Account/SignIn" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.Login=staff@demo.test" --data-urlencode "Input.Password=Demo!2026" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/Account/SignIn"
cookie=$(awk '!/^#/ && NF>=7 {printf "%s=%s; ", $6, $7}' "$jar"; awk '/^#HttpOnly_/ {printf "%s=%s; ", $6, $7}' "$jar")
curl -s -b "$jar" -o /dev/null "$base/" # the first signed-in page warms the app, as a real server would be

runs=${RUNS:-3}
run() { # $1 name, $2 path, $3 extra headers (json) or empty
  local headers=()
  [ -n "$3" ] && headers=(--extra-headers "$3")
  for n in $(seq 1 "$runs"); do
    CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "$base$2" --quiet --only-categories=performance \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" --output=json --output-path="$work/$1-$n.json" \
      "${headers[@]}" >/dev/null 2>&1 || echo "lighthouse failed on $2 (run $n)"
  done
}
say "Lighthouse (mobile preset: Moto G Power, slow 4G, 4x CPU slowdown)"
run signin /Account/SignIn ""
for page in "home /" "board /Leaderboards" "catalog /Rewards"; do
  set -- $page
  run "$1" "$2" "{\"Cookie\": \"$cookie\"}"
done
[ -n "${LIGHTHOUSE_OUT:-}" ] && mkdir -p "$LIGHTHOUSE_OUT" && cp "$work"/*.json "$LIGHTHOUSE_OUT"/
python3 - "$work" "$runs" <<'PY'
import json, os, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
print(f"median of {runs} runs per page; in brackets the lowest and highest")
print(f"{'page':8} {'LCP':>20} {'TBT':>18} {'CLS':>6} {'KB':>7} {'req':>4}   goals: LCP <= 1500 ms, TBT <= 200 ms, CLS <= 0.1")
for name in ["signin", "home", "board", "catalog"]:
    reports = [json.load(open(p))["audits"] for p in (os.path.join(work, f"{name}-{n}.json") for n in range(1, runs + 1)) if os.path.exists(p)]
    if not reports:
        print(f"{name:8} (no report)"); continue
    def spread(key):
        values = [a[key]["numericValue"] for a in reports]
        return f"{statistics.median(values):5.0f} ({min(values):4.0f}-{max(values):4.0f})"
    cls = statistics.median(a["cumulative-layout-shift"]["numericValue"] for a in reports)
    items = reports[0]["network-requests"]["details"]["items"]
    kb = sum(i.get("transferSize", 0) for i in items) / 1024
    via_worker = [i["url"].split("/")[-1].split("?")[0] for i in items if i.get("transferSize", 0) == 0 and i.get("resourceSize", 0) > 0]
    print(f"{name:8} {spread('largest-contentful-paint'):>20} {spread('total-blocking-time'):>18} {cls:6.3f} {kb:7.1f} {len(items):4d}"
          + (f"   + fetched by the service worker (0 bytes here): {', '.join(via_worker)}" if via_worker else ""))
PY
