#!/usr/bin/env bash
# Export speed before/after in one run (issue 15): N real-length articles (2-4 KB, no reviewed facts, so the export
# extracts them), `kgexport export DIR -f nquads --no-cache` with SHACL validation, alternating an earlier build
# (BEFORE) and this checkout's Release build, RUNS times each. Checks that both write the same bytes and prints one
# markdown row per run: wall time, articles/s, user+sys CPU, cores busy (CPU / wall) and peak RSS (/usr/bin/time -v).
#
#   BEFORE=DIR bench/corpus-before-after.sh [N]    N default 2000; DIR holds the earlier build's kgexport
#                                                  (e.g. a copy of main's src/KgExport.Cli/bin/Release/net10.0)
#   RUNS=n (default 3)   BYTES=MIN-MAX (default 2048-4096)   WORK=DIR (default /tmp/kgexport-before-after)
#   JOBS=n (default nproc)   NO_BUILD=1 skips the Release builds
#
# The machine's other load moves wall times; CPU time is the steadier measure, and alternating the two builds
# spreads that load over both.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
N=${1:-2000}
RUNS=${RUNS:-3}
BYTES=${BYTES:-2048-4096}
WORK=${WORK:-/tmp/kgexport-before-after}
JOBS=${JOBS:-$(nproc)}
[[ -n "${BEFORE:-}" ]] || { echo "$BENCH_NAME: set BEFORE to the directory of the earlier kgexport build" >&2; exit 2; }
bench_need "$BEFORE/kgexport" "a copy of an earlier src/KgExport.Cli/bin/Release/net10.0"
mkdir -p "$WORK"

bench_build
AFTER=src/KgExport.Cli/bin/Release/net10.0
corpus="$WORK/extract-$N-$BYTES"
if [[ ! -f "$corpus/.complete" ]]; then
  rm -rf "$corpus"
  "${BENCH[@]}" generate-corpus "$N" "$corpus" --bytes "$BYTES" 2>/dev/null
  touch "$corpus/.complete"
fi

run() { # label, kgexport directory, output
  /usr/bin/time -v "$2/kgexport" export "$corpus" -f nquads -o "$3" --jobs "$JOBS" --no-cache -q 2>"$WORK/time.txt" >/dev/null \
    || { cat "$WORK/time.txt" >&2; exit 1; }
  awk -F': ' -v label="$1" -v n="$N" -v q="$(wc -l <"$3")" '
    /Elapsed \(wall clock\)/ { k = split($2, p, ":"); w = 0; for (i = 1; i <= k; i++) w = w * 60 + p[i] }
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident set size/ { r = $2 }
    END { printf "| %s | %d | %d | %.2f | %.0f | %.2f | %.2f | %.0f |\n", label, n, q, w, n / w, u + s, (u + s) / w, r / 1024 }' "$WORK/time.txt"
}

echo "articles=$N bytes=$BYTES jobs=$JOBS runs=$RUNS cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| build | articles | quads | wall s | articles/s | CPU s (user+sys) | cores busy | peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for ((i = 1; i <= RUNS; i++)); do
  run before "$BEFORE" "$WORK/before.nq"
  run after "$AFTER" "$WORK/after.nq"
  cmp -s "$WORK/before.nq" "$WORK/after.nq" || { echo "$BENCH_NAME: the two builds wrote different exports" >&2; exit 1; }
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); outputs byte-identical ($(sha256sum <"$WORK/after.nq" | cut -c1-16))"
