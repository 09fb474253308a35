#!/usr/bin/env bash
# Load test of `kgexport serve`: serves a generated recognition corpus (default ~120k triples, Turtle from the
# benchmark generator), then runs wrk against /sparql with a lookup query and a join query, CONNECTIONS connections
# for DURATION each. Prints requests/s, p50/p99 latency, errors (socket errors + non-2xx) and the server's peak RSS.
# Targets: >= 5,000 lookups/s, p99 < 20 ms, 0 errors. Before each measured run, wrk warms the server with the same
# query for WARMUP (default 5s; WARMUP=0 measures from a cold start, whose first seconds carry the JIT's cost).
#
#   bench/serve-load.sh                                  # 64 connections x 30 s per query
#   TRIPLES=500000 DURATION=10s CONNECTIONS=32 bench/serve-load.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
TRIPLES="${TRIPLES:-120000}"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-5s}"
PORT="${PORT:-7979}"
command -v wrk >/dev/null || { echo "serve-load.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "serve-load.sh: python3 is missing (used to URL-encode the queries)" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/kgexport-serve-load.XXXXXX")"
SERVER=""
cleanup() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then kill -TERM "$SERVER"; wait "$SERVER" 2>/dev/null || true; fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT

bench_build

say "generating ~$TRIPLES triples"
"${BENCH[@]}" generate "$TRIPLES" "$WORK/corpus.ttl" >/dev/null 2>&1
triples="$("${KGEXPORT[@]}" convert "$WORK/corpus.ttl" --to ntriples | wc -l)"
say "corpus: $triples triples"

say "starting kgexport serve on 127.0.0.1:$PORT"
"${KGEXPORT[@]}" serve "$WORK/corpus.ttl" --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/healthz" >&2

encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read(), safe=""))'; }
PREFIXES='PREFIX kg: <https://w3id.org/kgexport/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX state: <https://w3id.org/kgexport/resource/state/>'
LOOKUP="$PREFIXES SELECT ?label WHERE { state:Kosovo rdfs:label ?label }"
JOIN="$PREFIXES SELECT ?act ?name ?date WHERE { ?act kg:recognised state:Kosovo ; kg:recogniser ?r ; kg:date ?date . ?r rdfs:label ?name FILTER(LANG(?name) = \"en\") } ORDER BY DESC(?date) ?act LIMIT 25"

run() { # run NAME QUERY
  local name="$1" url rows
  url="http://127.0.0.1:$PORT/sparql?query=$(printf '%s' "$2" | encode)"
  rows="$(curl -fs -H 'Accept: text/csv' "$url" | tail -n +2 | wc -l)"
  if [ "$WARMUP" != 0 ]; then
    say "$name: warm-up, wrk -t$THREADS -c$CONNECTIONS -d$WARMUP (not measured)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H 'Accept: application/sparql-results+json' "$url" >/dev/null
  fi
  say "$name: $rows rows per answer; wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H 'Accept: application/sparql-results+json' "$url" >"$WORK/$name.wrk"
  local rps p50 p99 socket non2xx
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$name.wrk")"
  p50="$(awk '$1 == "50%" {print $2}' "$WORK/$name.wrk")"
  p99="$(awk '$1 == "99%" {print $2}' "$WORK/$name.wrk")"
  socket="$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$WORK/$name.wrk")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$WORK/$name.wrk")"
  printf '%-7s %10s req/s   p50 %8s   p99 %8s   errors %s\n' "$name" "$rps" "$p50" "$p99" "$(( ${socket:-0} + ${non2xx:-0} ))"
}

echo "kgexport serve: $triples triples, $CONNECTIONS connections x $DURATION after a $WARMUP warm-up, $(nproc) cores"
run lookup "$LOOKUP"
run join "$JOIN"
echo "server peak RSS: $(awk '/VmHWM/ {printf "%.0f MiB", $2 / 1024}' "/proc/$SERVER/status")"
echo "queries logged: $(grep -c 'KgExport.Server.Queries' "$WORK/server.log")"
