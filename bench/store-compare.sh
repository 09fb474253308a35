#!/usr/bin/env bash
# The durable store side by side, in one run on one machine: loading TRIPLES triples (N-Triples) into memory
# (`kgexport query --data`, the load `serve FILE` does), into a store (`kgexport load --location`) and into Jena TDB2
# (`tdb2.tdbloader`); reopening the store (`serve --location` until /healthz answers); and the rate of acknowledged
# updates with every acknowledgement after its fsync, against the same server in memory. Wall seconds, peak RSS,
# size on disk; the SPARQL benchmark's queries (bench/sparql-queries) over the store vs over the same file in memory.
# Knobs: TRIPLES (1000000), UPDATES (2000), CLIENTS ("1 8"), QUERY_RUNS (3), PORT (7981), NO_BUILD=1, KEEP=1.
#
#   bench/store-compare.sh
#   TRIPLES=200000 UPDATES=500 bench/store-compare.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
TRIPLES="${TRIPLES:-1000000}"
UPDATES="${UPDATES:-2000}"
CLIENTS="${CLIENTS:-1 8}"
QUERY_RUNS="${QUERY_RUNS:-3}"
PORT="${PORT:-7981}"
TOKEN="bench-token"
bench_workdir kgexport-store-compare
SERVER=""
stop_server() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then kill -TERM "$SERVER"; wait "$SERVER" 2>/dev/null || true; fi
  SERVER=""
}
trap 'stop_server; [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT
bench_build

# Runs a command under /usr/bin/time; prints "wall_s peak_MiB".
measure() {
  /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  awk '{ printf "%.2f %.0f", $1, $2 / 1024 }' "$WORK/time"
}

wait_healthy() {
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "the server did not answer" >&2; exit 1
}

say "generating ~$TRIPLES triples"
"${BENCH[@]}" generate "$TRIPLES" "$WORK/corpus.ttl" >/dev/null 2>&1
"${KGEXPORT[@]}" convert "$WORK/corpus.ttl" --to ntriples -o "$WORK/corpus.nt"
triples="$(wc -l <"$WORK/corpus.nt")"
say "corpus: $triples triples, $(du -m "$WORK/corpus.nt" | cut -f1) MiB of N-Triples"

printf '\n| load %s triples | wall s | peak RSS MiB | on disk MiB |\n| --- | --- | --- | --- |\n' "$triples"
read -r wall rss <<<"$(measure "${KGEXPORT[@]}" query --data "$WORK/corpus.nt" -e 'ASK {}')"
printf '| kgexport in memory (query --data) | %s | %s | - |\n' "$wall" "$rss"
read -r wall rss <<<"$(measure "${KGEXPORT[@]}" load --location "$WORK/store" "$WORK/corpus.nt")"
printf '| kgexport load --location | %s | %s | %s |\n' "$wall" "$rss" "$(du -sm "$WORK/store" | cut -f1)"
if [ -x "$JENA" ] || [ -f "$JENA" ]; then
  read -r wall rss <<<"$(measure bash "$JENA" class tdb2.tdbloader --loc "$WORK/tdb2" "$WORK/corpus.nt")"
  printf '| Jena tdb2.tdbloader | %s | %s | %s |\n' "$wall" "$rss" "$(du -sm "$WORK/tdb2" | cut -f1)"
fi

printf '\n| restart | seconds |\n| --- | --- |\n'
start=$(date +%s.%N)
"${KGEXPORT[@]}" serve --location "$WORK/store" --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
wait_healthy
end=$(date +%s.%N)
opened="$(grep -o 'in [0-9.]* s$' "$WORK/server.log" | head -1 | tr -dc '0-9.')"
printf '| serve --location until /healthz answers | %.2f |\n| of which reading snapshot + log | %s |\n' "$(echo "$end - $start" | bc)" "$opened"
stop_server

# The SPARQL benchmark's queries over the same triples, once loaded from the file into memory and once opened from
# the store, by the same runner in one process each (best of QUERY_RUNS, process CPU ms); the issue's bound is 1.5x.
printf '\n| SPARQL benchmark query | rows | in memory CPU ms | durable store CPU ms | store / memory |\n| --- | --- | --- | --- | --- |\n'
"${BENCH[@]}" sparql "$WORK/corpus.nt" bench/sparql-queries "$WORK/q-memory" "$QUERY_RUNS" 120 >"$WORK/q-memory.tsv"
"${BENCH[@]}" sparql "$WORK/store" bench/sparql-queries "$WORK/q-store" "$QUERY_RUNS" 120 >"$WORK/q-store.tsv"
paste "$WORK/q-memory.tsv" "$WORK/q-store.tsv" | awk -F'\t' '
  $1 == "load" { printf "| (load: %s ms CPU from N-Triples, %s ms CPU from the store; not in the total) | %s | | | |\n", $4, $8, $2; next }
  { m = $4; d = $8; gsub(/>/, "", m); gsub(/>/, "", d); tm += m; td += d
    printf "| %s | %s | %s | %s | %s |\n", $1, $2, $4, $8, (m > 0 ? sprintf("%.2f", d / m) : "-") }
  END { printf "| **total** | | %.1f | %.1f | **%.2f** |\n", tm, td, (tm > 0 ? td / tm : 0) }'
if diff -rq "$WORK/q-memory" "$WORK/q-store" >/dev/null; then echo "results: byte-identical in both"; else echo "results: $(diff -rq "$WORK/q-memory" "$WORK/q-store" | wc -l) files differ"; fi

printf '\n| %s updates (3 triples each) | result |\n| --- | --- |\n' "$UPDATES"
for mode in memory durable; do
  if [ "$mode" = memory ]; then args=("$WORK/corpus.nt"); else args=(--location "$WORK/store"); fi
  KGEXPORT_Server__UpdateToken="$TOKEN" "${KGEXPORT[@]}" serve "${args[@]}" --port "$PORT" --allow-update >"$WORK/server.log" 2>&1 &
  SERVER=$!
  wait_healthy
  for c in $CLIENTS; do
    printf '| %s, %s clients | %s |\n' "$mode" "$c" "$("${BENCH[@]}" update-load "http://127.0.0.1:$PORT/" "$TOKEN" "$UPDATES" "$c")"
  done
  stop_server
done
