#!/usr/bin/env bash
# Side-by-side SHACL benchmark: `kgexport validate` vs Apache Jena's shacl (shacl-check), in the same run, on copies of
# the seed export (default at least 1M triples, generated; nothing big is committed) against shapes/kg.shapes.ttl.
# Both runs are end to end (read N-Triples, load shapes, validate, report). Prints seconds (wall and CPU = user +
# system, the steadier one on a busy machine), peak memory, both verdicts, and kgexport's speed ratio against Jena.
#
#   bench/shacl-compare.sh                    # 1M triples, best of 3
#   TRIPLES=200000 RUNS=1 bench/shacl-compare.sh
#
# Needs dotnet, /usr/bin/time and ../shared/tools/jena (bash ../shared/tools/install-oracles jena).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
TRIPLES="${TRIPLES:-1000000}"
RUNS="${RUNS:-3}"
SHAPES="shapes/kg.shapes.ttl"
bench_workdir kgexport-shacl-bench
bench_need /usr/bin/time "apt-get install time"
bench_need "$JENA" "see ../shared/tools/README.md"
bench_build

say "generating at least $TRIPLES triples (copies of the seed export) into $WORK"
"${BENCH[@]}" generate-shacl "$TRIPLES" "$WORK/data.nt" 2>"$WORK/generate.log"
count="$(grep -o '^[0-9]*' "$WORK/generate.log")"
say "data: $count triples, $(du -h "$WORK/data.nt" | cut -f1) N-Triples"

# best-of-RUNS: prints "wall cpu maxrss_kb exit"
measure() {
  local best=""
  for _ in $(seq "$RUNS"); do
    set +e
    /usr/bin/time -f '%e %U %S %M %x' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err"
    set -e
    read -r wall user sys rss code <"$WORK/time"
    local cpu; cpu="$(echo "$user + $sys" | bc)"
    if [ -z "$best" ] || [ "$(echo "$wall < ${best%% *}" | bc)" = 1 ]; then best="$wall $cpu $rss $code"; fi
  done
  echo "$best"
}

say "kgexport validate"
read -r k_wall k_cpu k_rss k_code < <(measure "${KGEXPORT[@]}" validate "$WORK/data.nt" --shapes "$SHAPES")
say "jena shacl-check"
read -r j_wall j_cpu j_rss j_code < <(measure bash "$JENA" shacl-check --shapes "$SHAPES" --data "$WORK/data.nt")

printf '%-18s %10s %10s %12s %6s\n' tool wall_s cpu_s max_rss_mb exit
printf '%-18s %10s %10s %12s %6s\n' kgexport "$k_wall" "$k_cpu" "$((k_rss / 1024))" "$k_code"
printf '%-18s %10s %10s %12s %6s\n' jena-shacl "$j_wall" "$j_cpu" "$((j_rss / 1024))" "$j_code"
[ "$k_code" = "$j_code" ] || echo "WARNING: verdicts differ (kgexport exit $k_code, jena exit $j_code)"
printf 'kgexport vs jena (%s triples): %.2fx by wall time, %.2fx by CPU time\n' "$count" \
  "$(echo "$j_wall / $k_wall" | bc -l)" "$(echo "$j_cpu / $k_cpu" | bc -l)"
