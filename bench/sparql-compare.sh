#!/usr/bin/env bash
# SPARQL side by side with Apache Jena ARQ, in the same run:
#  1. differential: every query of bench/sparql-queries over the seed export and a generated corpus (default 100k
#     triples) must give the same results in kgexport and Jena (blank nodes as wildcards, numbers by value,
#     row order only under ORDER BY; graphs by isomorphism with `jena iso`);
#  2. benchmark: the same queries over a bigger corpus (default 1M triples): load time and best-of-RUNS query
#     time per tool, and the ratio Jena/kgexport (>1 means kgexport is faster).
# Jena's times come from `arq --time` (query execution after loading); its load time from `riot --time`.
#
#   bench/sparql-compare.sh                          # 100k differential, 1M benchmark, best of 3
#   DIFF_TRIPLES=20000 BENCH_TRIPLES=200000 RUNS=1 bench/sparql-compare.sh
#   QUERIES=DIR bench/sparql-compare.sh                # another query set
#   SKIP_BENCH=1 bench/sparql-compare.sh             # differential only (SKIP_DIFF=1: benchmark only)
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
bash "$JENA" warm >/dev/null 2>&1 || true

corpus() { # corpus TRIPLES NAME -> $WORK/NAME.nt
  "${BENCH[@]}" generate "$1" "$WORK/$2.ttl" 2>/dev/null
  "${KGEXPORT[@]}" convert "$WORK/$2.ttl" --to ntriples -o "$WORK/$2.nt"
}

is_graph_query() { grep -qiE '^\s*(CONSTRUCT|DESCRIBE)' <(grep -v '^PREFIX' "$1"); }

differential() { # differential DATA.nt LABEL
  local data="$1" label="$2" same=0 differ=0
  "${BENCH[@]}" sparql "$data" "$QUERIES" "$WORK/ours-$label" 0 >/dev/null
  for q in "$QUERIES"/*.rq; do
    local name; name="$(basename "$q" .rq)"
    if is_graph_query "$q"; then
      bash "$JENA" sparql --data "$data" --query "$q" --results=nt >"$WORK/jena-$label-$name.nt" 2>/dev/null
      if bash "$JENA" iso "$WORK/jena-$label-$name.nt" "$WORK/ours-$label/$name.nt" >/dev/null 2>&1; then same=$((same+1)); else differ=$((differ+1)); echo "DIFFERENT $label $name (graph)"; fi
    else
      bash "$JENA" sparql --data "$data" --query "$q" --results=json >"$WORK/jena-$label-$name.srj" 2>/dev/null
      local ordered=""; grep -qi 'ORDER BY' "$q" && ordered=ordered
      if "${BENCH[@]}" sparql-diff "$WORK/jena-$label-$name.srj" "$WORK/ours-$label/$name.srj" $ordered >"$WORK/diff-$label-$name.txt"; then
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
say "benchmark over $BENCH_TRIPLES generated triples (best of $RUNS)"
corpus "$BENCH_TRIPLES" bench
"${BENCH[@]}" sparql "$WORK/bench.nt" "$QUERIES" "$WORK/ours-bench" "$RUNS" >"$WORK/ours-times.tsv"
jena_load="$( { bash "$JENA" riot --time --sink "$WORK/bench.nt" 2>&1 >/dev/null || true; } | grep -oE '[0-9.]+ sec' | head -1 | grep -oE '[0-9.]+')"
printf '%-32s %10s %10s %8s\n' query kgexport_ms jena_ms ratio
ours_load="$(awk -F'\t' '$1=="load"{print $3}' "$WORK/ours-times.tsv")"
printf '%-32s %10s %10s %8s\n' "(load)" "$ours_load" "$(awk -v s="$jena_load" 'BEGIN{printf "%.0f", s*1000}')" "$(awk -v s="$jena_load" -v o="$ours_load" 'BEGIN{printf "%.2f", s*1000/o}')"
total_ours=0; total_jena=0
for q in "$QUERIES"/*.rq; do
  name="$(basename "$q" .rq)"
  ours="$(awk -F'\t' -v n="$name" '$1==n{print $3}' "$WORK/ours-times.tsv")"
  best=""
  for _ in $(seq "$RUNS"); do
    fmt=json; is_graph_query "$q" && fmt=nt
    t="$(bash "$JENA" sparql --time --data "$WORK/bench.nt" --query "$q" --results=$fmt 2>&1 >/dev/null | grep -oE 'Time: [0-9.]+' | grep -oE '[0-9.]+' || echo "")"
    [ -n "$t" ] || continue
    ms="$(awk -v s="$t" 'BEGIN{printf "%.1f", s*1000}')"
    if [ -z "$best" ] || awk -v a="$ms" -v b="$best" 'BEGIN{exit !(a<b)}'; then best="$ms"; fi
  done
  ratio="$(awk -v j="$best" -v o="$ours" 'BEGIN{ if (o>0 && j!="") printf "%.2f", j/o; else print "-" }')"
  printf '%-32s %10s %10s %8s\n' "$name" "$ours" "${best:--}" "$ratio"
  total_ours="$(awk -v a="$total_ours" -v b="$ours" 'BEGIN{print a+b}')"
  total_jena="$(awk -v a="$total_jena" -v b="${best:-0}" 'BEGIN{print a+b}')"
done
printf '%-32s %10.1f %10.1f %8s\n' "(total queries)" "$total_ours" "$total_jena" "$(awk -v j="$total_jena" -v o="$total_ours" 'BEGIN{printf "%.2f", j/o}')"
