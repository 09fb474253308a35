#!/usr/bin/env bash
# SPARQL side by side with Apache Jena ARQ 4.5 (and Oxigraph's npm build for the benchmark), in the same run:
#  1. differential: every query of bench/sparql-queries over the seed export and a generated corpus (default 100k
#     triples) must give the same results in kgexport and Jena (blank nodes as wildcards, numbers by value,
#     row order only under ORDER BY, GROUP_CONCAT parts as a multiset; graphs by isomorphism with `jena iso`);
#  2. benchmark: the same queries over a bigger corpus (default 1M triples): load time and best-of-RUNS query
#     time per tool, and the ratios Jena/kgexport and Oxigraph/kgexport (>1 means kgexport is faster).
# Each tool loads a data file ONCE into memory and runs every query in that one process (kgexport:
# `KgExport.Benchmarks sparql`; Jena: bench/jena/SparqlRunner.java on `jena classpath`, default JVM flags;
# Oxigraph: bench/oxigraph/sparql-runner.mjs on node), so all are timed warm, on the same in-memory data, consuming
# every result.
#
#   bench/sparql-compare.sh                          # 100k differential, 1M benchmark, best of 3
#   DIFF_TRIPLES=20000 BENCH_TRIPLES=200000 RUNS=1 bench/sparql-compare.sh
#   QUERIES=DIR bench/sparql-compare.sh                # another query set (SEED_QUERIES: the seed-only set,
#                                                     # in the export's vocabulary, default bench/sparql-queries-seed)
#   SKIP_BENCH=1 bench/sparql-compare.sh             # differential only (SKIP_DIFF=1: benchmark only)
#   JAVA_OPTS=-Xmx4g bench/sparql-compare.sh          # extra JVM flags for Jena
#   TIMEOUT=300                                       # seconds before a query is cancelled, in every engine (reported
#                                                     # as >T; JENA_TIMEOUT is the old name)
#   SKIP_OXIGRAPH=1                                   # no Oxigraph (OXIGRAPH_DIR: where npm installs it)
# Times: best of RUNS, wall clock and process CPU time (on a shared, busy machine the CPU time is the steadier one).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DIFF_TRIPLES="${DIFF_TRIPLES:-100000}"
BENCH_TRIPLES="${BENCH_TRIPLES:-1000000}"
RUNS="${RUNS:-3}"
QUERIES="${QUERIES:-bench/sparql-queries}"
TIMEOUT="${TIMEOUT:-${JENA_TIMEOUT:-300}}"
OXIGRAPH_VERSION=0.5.11
bench_workdir kgexport-sparql
bench_need "$JENA" "bash ../shared/tools/install-oracles jena"
bench_build
JENA_CP="$(bash "$JENA" classpath)"
# shellcheck disable=SC2086
# Oxigraph, the WebAssembly build from npm (bench/oxigraph/sparql-runner.mjs), when node is there: installed once into
# OXIGRAPH_DIR by npm; SKIP_OXIGRAPH=1 leaves it out.
OXIGRAPH_DIR="${OXIGRAPH_DIR:-$HOME/.cache/kgexport-bench/oxigraph}"
OXIGRAPH=""
if [ "${SKIP_OXIGRAPH:-0}" != 1 ] && command -v node >/dev/null; then
  [ -d "$OXIGRAPH_DIR/node_modules/oxigraph" ] || npm install --silent --no-audit --no-fund --prefix "$OXIGRAPH_DIR" "oxigraph@$OXIGRAPH_VERSION" >&2 || true
  [ -d "$OXIGRAPH_DIR/node_modules/oxigraph" ] && OXIGRAPH="$OXIGRAPH_DIR"
fi
JENA_RUN=(java ${JAVA_OPTS:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$JENA_CP" bench/jena/SparqlRunner.java)
jena_run() { "${JENA_RUN[@]}" "$@" 2> >(grep -v '^Note: ' >&2); }

corpus() { # corpus TRIPLES NAME -> $WORK/NAME.nt
  [ -s "$WORK/$2.nt" ] && return 0
  "${BENCH[@]}" generate "$1" "$WORK/$2.ttl" 2>/dev/null
  "${KGEXPORT[@]}" convert "$WORK/$2.ttl" --to ntriples -o "$WORK/$2.nt"
}

is_graph_query() { grep -qiE '^\s*(CONSTRUCT|DESCRIBE)' <(grep -v '^PREFIX' "$1"); }
concat_separator() { grep -oiE 'SEPARATOR\s*=\s*"[^"]*"' "$1" | head -1 | sed -E 's/^[^"]*"(.*)"$/\1/' || true; }

differential() { # differential DATA.nt LABEL [QUERYDIR]
  local data="$1" label="$2" queries="${3:-$QUERIES}" same=0 differ=0
  "${BENCH[@]}" sparql "$data" "$queries" "$WORK/ours-$label" 0 >/dev/null
  jena_run "$data" "$queries" "$WORK/jena-$label" 0 >/dev/null
  for q in "$queries"/*.rq; do
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
differential "$WORK/seed.nt" seed-vocabulary "${SEED_QUERIES:-bench/sparql-queries-seed}"
say "differential over $DIFF_TRIPLES generated triples"
corpus "$DIFF_TRIPLES" diff
differential "$WORK/diff.nt" generated
fi

[ "${SKIP_BENCH:-0}" = 1 ] && exit 0
say "benchmark over $BENCH_TRIPLES generated triples (best of $RUNS; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
corpus "$BENCH_TRIPLES" bench
"${BENCH[@]}" sparql "$WORK/bench.nt" "$QUERIES" "$WORK/ours-bench" "$RUNS" "$TIMEOUT" >"$WORK/ours-times.tsv"
jena_run "$WORK/bench.nt" "$QUERIES" "$WORK/jena-bench" "$RUNS" "$TIMEOUT" >"$WORK/jena-times.tsv"
[ -n "$OXIGRAPH" ] && node bench/oxigraph/sparql-runner.mjs "$OXIGRAPH_DIR" "$WORK/bench.nt" "$QUERIES" "$WORK/oxigraph-bench" "$RUNS" "$TIMEOUT" >"$WORK/oxigraph-times.tsv"
col() { awk -F'\t' -v n="$2" -v c="$3" '$1==n{print $c}' "$1"; }
# ratio THEIRS OURS: their time / ours (>1: kgexport faster). ">T" (cancelled at the timeout) on their side gives
# ">ratio", on ours "<ratio". Sub-millisecond times are timer noise: each side counts as at least 0.1 ms.
ratio() { awk -v j="$1" -v o="$2" 'BEGIN{ p=""; if (substr(j,1,1)==">") { p=">"; j=substr(j,2) } if (substr(o,1,1)==">") { p=(p==">") ? "~" : "<"; o=substr(o,2) } if (j<0.1) j=0.1; if (o<0.1) o=0.1; printf "%s%.2f", p, j/o }'; }
table() { # table THEIRS.tsv NAME: kgexport against one other engine, query by query
  local O="$WORK/ours-times.tsv" J="$1" who="$2" tow=0 tjw=0 toc=0 tjc=0 worst="" worst_cpu="" name ow jw oc jc rw rc
  echo; echo "kgexport against $who"
  printf '| %-30s | %9s | %9s | %7s | %9s | %9s | %7s | %s |\n' query "ours ms" "$who ms" ratio "ours CPU" "$who CPU" "CPU ratio" "rows ours/$who"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  printf '| %-30s | %9s | %9s | %7s | %9s | %9s | %7s | %s |\n' "(load, not in totals)" "$(col "$O" load 3)" "$(col "$J" load 3)" "$(ratio "$(col "$J" load 3)" "$(col "$O" load 3)")" \
    "$(col "$O" load 4)" "$(col "$J" load 4)" "$(ratio "$(col "$J" load 4)" "$(col "$O" load 4)")" "$(col "$O" load 2)/$(col "$J" load 2)"
  for q in "$QUERIES"/*.rq; do
    name="$(basename "$q" .rq)"
    ow="$(col "$O" "$name" 3)"; jw="$(col "$J" "$name" 3)"; oc="$(col "$O" "$name" 4)"; jc="$(col "$J" "$name" 4)"
    rw="$(ratio "$jw" "$ow")"; rc="$(ratio "$jc" "$oc")"
    printf '| %-30s | %9s | %9s | %7s | %9s | %9s | %7s | %s |\n' "$name" "$ow" "$jw" "$rw" "$oc" "$jc" "$rc" "$(col "$O" "$name" 2)/$(col "$J" "$name" 2)"
    tow="$(awk -v a="$tow" -v b="${ow#>}" 'BEGIN{print a+b}')"; tjw="$(awk -v a="$tjw" -v b="${jw#>}" 'BEGIN{print a+b}')"
    toc="$(awk -v a="$toc" -v b="${oc#>}" 'BEGIN{print a+b}')"; tjc="$(awk -v a="$tjc" -v b="${jc#>}" 'BEGIN{print a+b}')"
    rw="${rw#[<>~]}"; rc="${rc#[<>~]}"
    if [ -z "$worst" ] || awk -v a="$rw" -v b="${worst%% *}" 'BEGIN{exit !(a<b)}'; then worst="$rw $name"; fi
    if [ -z "$worst_cpu" ] || awk -v a="$rc" -v b="${worst_cpu%% *}" 'BEGIN{exit !(a<b)}'; then worst_cpu="$rc $name"; fi
  done
  printf '| %-30s | %9.1f | %9.1f | %7s | %9.1f | %9.1f | %7s | |\n' "(total of queries)" "$tow" "$tjw" "$(ratio "$tjw" "$tow")" "$toc" "$tjc" "$(ratio "$tjc" "$toc")"
  echo "lowest ratio (wall): $worst; lowest ratio (CPU): $worst_cpu   (ratio = $who / kgexport; target: total >= 1, every query >= 0.5)"
  echo "timeouts (counted at the timeout in totals): kgexport $(grep -c $'\t>' "$O" || true), $who $(grep -c $'\t>' "$J" || true)"
}
table "$WORK/jena-times.tsv" Jena
[ -n "$OXIGRAPH" ] && table "$WORK/oxigraph-times.tsv" Oxigraph
exit 0
