#!/usr/bin/env bash
# SPARQL side by side with Apache Jena ARQ 4.5, in the same run:
#  1. differential: every query of bench/sparql-queries over the seed export and a generated corpus (default 100k
#     triples) must give the same results in kgexport and Jena (blank nodes as wildcards, numbers by value,
#     row order only under ORDER BY, GROUP_CONCAT parts as a multiset; graphs by isomorphism with `jena iso`);
#  2. benchmark: the same queries over a bigger corpus (default 1M triples): load time and best-of-RUNS query
#     time per tool, and the ratio Jena/kgexport (>1 means kgexport is faster).
# Each tool loads a data file ONCE into memory and runs every query in that one process (kgexport:
# `KgExport.Benchmarks sparql`; Jena: bench/jena/SparqlRunner.java on `jena classpath`, default JVM flags), so
# both are timed warm, on the same in-memory data, consuming every result.
#
#   bench/sparql-compare.sh                          # 100k differential, 1M benchmark, best of 3
#   DIFF_TRIPLES=20000 BENCH_TRIPLES=200000 RUNS=1 bench/sparql-compare.sh
#   QUERIES=DIR bench/sparql-compare.sh                # another query set
#   SKIP_BENCH=1 bench/sparql-compare.sh             # differential only (SKIP_DIFF=1: benchmark only)
#   JAVA_OPTS=-Xmx4g bench/sparql-compare.sh          # extra JVM flags for Jena
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DIFF_TRIPLES="${DIFF_TRIPLES:-100000}"
BENCH_TRIPLES="${BENCH_TRIPLES:-1000000}"
RUNS="${RUNS:-3}"
SHARED="${KGEXPORT_SHARED:-$(cd .. && pwd)/shared}"
JENA="$SHARED/tools/jena"
QUERIES="${QUERIES:-bench/sparql-queries}"
WORK="${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/kgexport-sparql.XXXXXX")}"
mkdir -p "$WORK"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
say() { printf '==> %s\n' "$*" >&2; }
[ -f "$JENA" ] || { echo "sparql-compare.sh: $JENA is missing (bash ../shared/tools/install-oracles jena)" >&2; exit 2; }

say "building Release"
dotnet build -c Release -v quiet -nologo src/KgExport.Cli >/dev/null
dotnet build -c Release -v quiet -nologo bench/KgExport.Benchmarks >/dev/null
KGEXPORT=(dotnet src/KgExport.Cli/bin/Release/net10.0/kgexport.dll)
BENCH=(dotnet bench/KgExport.Benchmarks/bin/Release/net10.0/KgExport.Benchmarks.dll)
JENA_CP="$(bash "$JENA" classpath)"
# shellcheck disable=SC2086
JENA_RUN=(java ${JAVA_OPTS:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$JENA_CP" bench/jena/SparqlRunner.java)

corpus() { # corpus TRIPLES NAME -> $WORK/NAME.nt
  [ -s "$WORK/$2.nt" ] && return 0
  "${BENCH[@]}" generate "$1" "$WORK/$2.ttl" 2>/dev/null
  "${KGEXPORT[@]}" convert "$WORK/$2.ttl" --to ntriples -o "$WORK/$2.nt"
}

is_graph_query() { grep -qiE '^\s*(CONSTRUCT|DESCRIBE)' <(grep -v '^PREFIX' "$1"); }
concat_separator() { grep -oiE 'SEPARATOR\s*=\s*"[^"]*"' "$1" | head -1 | sed -E 's/^[^"]*"(.*)"$/\1/' || true; }

differential() { # differential DATA.nt LABEL
  local data="$1" label="$2" same=0 differ=0
  "${BENCH[@]}" sparql "$data" "$QUERIES" "$WORK/ours-$label" 0 >/dev/null
  "${JENA_RUN[@]}" "$data" "$QUERIES" "$WORK/jena-$label" 0 >/dev/null
  for q in "$QUERIES"/*.rq; do
    local name; name="$(basename "$q" .rq)"
    if is_graph_query "$q"; then
      if bash "$JENA" iso "$WORK/jena-$label/$name.nt" "$WORK/ours-$label/$name.nt" >/dev/null 2>&1; then same=$((same+1)); else differ=$((differ+1)); echo "DIFFERENT $label $name (graph)"; fi
    else
      local options=(); grep -qi 'ORDER BY' "$q" && options+=(ordered)
      grep -qi 'GROUP_CONCAT' "$q" && options+=("concat=$(concat_separator "$q")")
      if "${BENCH[@]}" sparql-diff "$WORK/jena-$label/$name.srj" "$WORK/ours-$label/$name.srj" "${options[@]}" >"$WORK/diff-$label-$name.txt"; then
        same=$((same+1))
      else
        differ=$((differ+1)); echo "DIFFERENT $label $name"; sed 's/^/    /' "$WORK/diff-$label-$name.txt" | head -8
      fi
    fi
  done
  echo "differential $label: $same same, $differ different"
}

if [ "${SKIP_DIFF:-0}" != 1 ]; then
say "differential over the seed export"
"${KGEXPORT[@]}" export seeds --format ntriples -o "$WORK/seed.nt"
differential "$WORK/seed.nt" seed
say "differential over $DIFF_TRIPLES generated triples"
corpus "$DIFF_TRIPLES" diff
differential "$WORK/diff.nt" generated
fi

[ "${SKIP_BENCH:-0}" = 1 ] && exit 0
say "benchmark over $BENCH_TRIPLES generated triples (best of $RUNS; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
corpus "$BENCH_TRIPLES" bench
"${BENCH[@]}" sparql "$WORK/bench.nt" "$QUERIES" "$WORK/ours-bench" "$RUNS" >"$WORK/ours-times.tsv"
"${JENA_RUN[@]}" "$WORK/bench.nt" "$QUERIES" "$WORK/jena-bench" "$RUNS" >"$WORK/jena-times.tsv"
ms() { awk -F'\t' -v n="$2" '$1==n{print $3}' "$1"; }
rows() { awk -F'\t' -v n="$2" '$1==n{print $2}' "$1"; }
printf '| %-30s | %11s | %9s | %7s | %s |\n' query kgexport_ms jena_ms ratio rows
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..32})" "-------------" "-----------" "---------" "------"
printf '| %-30s | %11s | %9s | %7s | %s |\n' "(load, not in total)" "$(ms "$WORK/ours-times.tsv" load)" "$(ms "$WORK/jena-times.tsv" load)" \
  "$(awk -v j="$(ms "$WORK/jena-times.tsv" load)" -v o="$(ms "$WORK/ours-times.tsv" load)" 'BEGIN{printf "%.2f", j/o}')" "$(rows "$WORK/ours-times.tsv" load)"
total_ours=0; total_jena=0; worst=""
for q in "$QUERIES"/*.rq; do
  name="$(basename "$q" .rq)"
  ours="$(ms "$WORK/ours-times.tsv" "$name")"; jena="$(ms "$WORK/jena-times.tsv" "$name")"
  # Sub-millisecond times are dominated by timer noise: ratios use at least 0.1 ms on each side.
  ratio="$(awk -v j="$jena" -v o="$ours" 'BEGIN{ if (j<0.1) j=0.1; if (o<0.1) o=0.1; printf "%.2f", j/o }')"
  printf '| %-30s | %11s | %9s | %7s | %s |\n' "$name" "$ours" "$jena" "$ratio" "$(rows "$WORK/ours-times.tsv" "$name")/$(rows "$WORK/jena-times.tsv" "$name")"
  total_ours="$(awk -v a="$total_ours" -v b="$ours" 'BEGIN{print a+b}')"
  total_jena="$(awk -v a="$total_jena" -v b="$jena" 'BEGIN{print a+b}')"
  if [ -z "$worst" ] || awk -v a="$ratio" -v b="${worst%% *}" 'BEGIN{exit !(a<b)}'; then worst="$ratio $name"; fi
done
printf '| %-30s | %11.1f | %9.1f | %7s | |\n' "(total queries)" "$total_ours" "$total_jena" "$(awk -v j="$total_jena" -v o="$total_ours" 'BEGIN{printf "%.2f", j/o}')"
echo "slowest relative to Jena: $worst (ratio = Jena ms / kgexport ms; target: total >= 1, every query >= 0.5)"
