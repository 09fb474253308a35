#!/usr/bin/env bash
# Corpus-scale benchmark (issue 10): generate N news articles, export them to N-Quads with all cores, and report
# articles/s, CPU time and peak memory (/usr/bin/time -v): without the cache (no-cache), filling an empty cache
# (cold), and rerun from the warm cache (cached).
#
#   bench/corpus-scale.sh [SIZES...]          default: 1000 10000 100000
#   MODE=facts|extract   facts (default): every article has a reviewed .facts.json (the export path);
#                        extract: articles only, their facts extracted during the export
#   WORK=DIR             where corpora and outputs go (default /tmp/kgexport-corpus-bench); JOBS=n (default nproc)
#   VALIDATE=0           export with --no-validate
#   BYTES=MIN-MAX        article length in bytes (e.g. 2048-4096, the real-length articles of issue 15); default
#                        two to five paragraphs (about 1 KB). bench/corpus-before-after.sh compares two builds on them.
#
# Prints one markdown table row per size; the generator is bench/KgExport.Benchmarks (generate-corpus).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SIZES=("${@:-1000 10000 100000}")
read -r -a SIZES <<<"${SIZES[*]}"
MODE=${MODE:-facts}
WORK=${WORK:-/tmp/kgexport-corpus-bench}
JOBS=${JOBS:-$(nproc)}
VALIDATE=${VALIDATE:-1}
BYTES=${BYTES:-}
[[ -n "$BYTES" ]] && SIZE=(--bytes "$BYTES") || SIZE=()
mkdir -p "$WORK"

bench_build
KG=src/KgExport.Cli/bin/Release/net10.0/kgexport
GEN=bench/KgExport.Benchmarks/bin/Release/net10.0/KgExport.Benchmarks
[[ "$VALIDATE" == 1 ]] && VFLAG=() || VFLAG=(--no-validate)

# time -v fields: wall clock, user, system, max RSS
measure() { # label, then the command
  local label=$1; shift
  /usr/bin/time -v "$@" 2>"$WORK/time.txt" >/dev/null || { cat "$WORK/time.txt" >&2; exit 1; }
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s }' "$WORK/time.txt")
  user=$(awk -F': ' '/User time/ { print $2 }' "$WORK/time.txt")
  sys=$(awk -F': ' '/System time/ { print $2 }' "$WORK/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
  echo "$label $wall $user $sys $rss"
}

echo "mode=$MODE bytes=${BYTES:-default} jobs=$JOBS validate=$VALIDATE cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| articles | quads | run | wall s | articles/s | CPU s (user+sys) | CPU ms/article | peak RSS MB |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|"
for n in "${SIZES[@]}"; do
  corpus="$WORK/$MODE-$n${BYTES:+-$BYTES}"
  if [[ ! -f "$corpus/.complete" ]]; then
    rm -rf "$corpus"
    [[ "$MODE" == facts ]] && "$GEN" generate-corpus "$n" "$corpus" --facts "${SIZE[@]}" 2>/dev/null || "$GEN" generate-corpus "$n" "$corpus" "${SIZE[@]}" 2>/dev/null
    touch "$corpus/.complete"
  fi
  rm -rf "$WORK/cache-$n"
  sync
  for run in no-cache cold cached; do
    [[ "$run" == no-cache ]] && cache=(--no-cache) || cache=(--cache "$WORK/cache-$n")
    read -r _ wall user sys rss < <(measure "$run" "$KG" export "$corpus" -f nquads -o "$WORK/out-$n.nq" --jobs "$JOBS" -q "${VFLAG[@]}" "${cache[@]}")
    quads=$(wc -l <"$WORK/out-$n.nq")
    if [[ "$run" == no-cache ]]; then sha=$(sha256sum <"$WORK/out-$n.nq"); elif [[ "$(sha256sum <"$WORK/out-$n.nq")" != "$sha" ]]; then echo "output differs from the no-cache run" >&2; exit 1; fi
    awk -v n="$n" -v q="$quads" -v run="$run" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
      printf "| %d | %d | %s | %.2f | %.0f | %.2f | %.3f | %.0f |\n", n, q, run, w, n / w, u + s, 1000 * (u + s) / n, r / 1024 }'
  done
done
