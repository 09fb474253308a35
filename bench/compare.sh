#!/usr/bin/env bash
# Side-by-side conversion benchmark: kgexport convert vs Apache Jena riot vs serdi, in the same run, on a generated
# Turtle corpus (default 1M triples; nothing big is committed). Prints seconds, throughput (triples/s), peak memory
# (max RSS) per tool and case, and kgexport's throughput ratios against Jena and serdi, by wall time and by CPU time
# (user + system; steadier than wall time on a busy machine, and it charges Jena's JIT and GC threads too).
#
#   bench/compare.sh                  # 1M triples, best of 3 runs per measurement
#   TRIPLES=200000 RUNS=1 bench/compare.sh
#   KEEP=1 BENCH_DIR=/tmp/kgbench bench/compare.sh   # keep the corpus and outputs
#
# Needs: dotnet, /usr/bin/time, ../shared/tools/jena (Apache Jena 4.5) and serdi
# (bash ../shared/tools/install-oracles jena rdf-utils). Missing Jena or serdi are skipped with a note.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
TRIPLES="${TRIPLES:-1000000}"
RUNS="${RUNS:-3}"
bench_workdir kgexport-bench
bench_need /usr/bin/time "apt-get install time"
bench_build
GENERATE=("${BENCH[@]}" generate)

say "generating $TRIPLES triples of Turtle into $WORK"
"${GENERATE[@]}" "$TRIPLES" "$WORK/corpus.ttl" 2>"$WORK/generate.log"
count="$(grep -o '^[0-9]*' "$WORK/generate.log")"
"${KGEXPORT[@]}" convert "$WORK/corpus.ttl" --to ntriples -o "$WORK/corpus.nt"
lines="$(wc -l <"$WORK/corpus.nt")"
[ "$lines" = "$count" ] || { echo "compare.sh: corpus.nt has $lines lines, expected $count" >&2; exit 1; }
say "corpus: $count triples, $(du -h "$WORK/corpus.ttl" | cut -f1) Turtle, $(du -h "$WORK/corpus.nt" | cut -f1) N-Triples"

tools=(kgexport)
if [ -f "$JENA" ] && bash "$JENA" version >/dev/null 2>&1; then tools+=(jena); bash "$JENA" warm >/dev/null 2>&1 || true; else say "Jena not available: skipped"; fi
if command -v serdi >/dev/null; then tools+=(serdi); else say "serdi not available: skipped"; fi

# run_case TOOL CASE INPUT OUTPUT: converts INPUT with one tool for one case (ttl2nt, nt2ttl, nt2ttls, nt2nt;
# nt2ttls is Turtle written as read: kgexport --stream, riot --stream; serdi always streams).
run_case() {
  local tool="$1" case="$2" input="$3" output="$4"
  local from to stream=()
  case "$case" in
    ttl2nt) from=turtle to=ntriples ;;
    nt2ttl) from=ntriples to=turtle ;;
    nt2ttls) from=ntriples to=turtle stream=(--stream) ;;
    nt2nt) from=ntriples to=ntriples ;;
  esac
  case "$tool" in
    kgexport) "${KGEXPORT[@]}" convert "$input" --from "$from" --to "$to" "${stream[@]}" >"$output" ;;
    jena) if [ ${#stream[@]} -gt 0 ]; then bash "$JENA" riot --syntax="$from" --stream="$to" "$input" >"$output"; else bash "$JENA" riot --syntax="$from" --output="$to" "$input" >"$output"; fi ;;
    serdi) serdi -i "$from" -o "$to" "$input" >"$output" ;;
  esac
}

# measure TOOL CASE INPUT: the run with the best wall time of $RUNS, as "wall-seconds cpu-seconds max-rss-kilobytes".
measure() {
  local tool="$1" case="$2" input="$3" best="" best_cpu="" best_rss="" t user sys rss
  for _ in $(seq "$RUNS"); do
    if ! /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" bash -c "$(declare -f run_case); $(declare -p KGEXPORT JENA); run_case $tool $case '$input' '$WORK/out.$tool.$case'" 2>"$WORK/err.$tool.$case"; then
      say "$tool $case failed: $(head -c 300 "$WORK/err.$tool.$case")"
      echo "fail fail fail"; return
    fi
    read -r t user sys rss < <(tail -n 1 "$WORK/time")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$t"; best_cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"; best_rss="$rss"
    fi
  done
  echo "$best $best_cpu $best_rss"
}

declare -A seconds cpu rss
printf '\n%-8s %-9s %9s %9s %14s %10s\n' case tool "wall s" "cpu s" "triples/s" "max RSS"
for case in ttl2nt nt2ttl nt2ttls nt2nt; do
  input="$WORK/corpus.nt"; [ "$case" = ttl2nt ] && input="$WORK/corpus.ttl"
  for tool in "${tools[@]}"; do
    read -r s c m < <(measure "$tool" "$case" "$input")
    if [ "$s" = fail ]; then printf '%-8s %-9s %9s\n' "$case" "$tool" failed; continue; fi
    seconds[$tool.$case]="$s"; cpu[$tool.$case]="$c"; rss[$tool.$case]="$m"
    printf '%-8s %-9s %9.2f %9.2f %14.0f %7.0f MB\n' "$case" "$tool" "$s" "$c" "$(awk -v n="$count" -v s="$s" 'BEGIN { print (s > 0 ? n / s : 0) }')" "$(awk -v k="$m" 'BEGIN { print k / 1024 }')"
  done
  # Sanity: the line-based outputs must hold every triple.
  if [ "${case#nt2ttl}" = "$case" ]; then
    for tool in "${tools[@]}"; do
      [ -n "${seconds[$tool.$case]:-}" ] || continue
      n="$(wc -l <"$WORK/out.$tool.$case")"
      [ "$n" = "$count" ] || say "warning: $tool $case wrote $n lines, expected $count"
    done
  fi
done

echo
echo "kgexport throughput ratios (higher is better; target: >= 1.5 vs Jena, >= 0.8 vs serdi on ttl2nt and nt2nt; streaming peak < 200 MB):"
for case in ttl2nt nt2ttl nt2ttls nt2nt; do
  line="  $case:"
  [ -n "${seconds[kgexport.$case]:-}" ] || { echo "  $case: kgexport failed"; continue; }
  for other in jena serdi; do
    [ -n "${seconds[$other.$case]:-}" ] || continue
    line+="$(awk -v o="${seconds[$other.$case]}" -v k="${seconds[kgexport.$case]}" -v oc="${cpu[$other.$case]}" -v kc="${cpu[kgexport.$case]}" -v name="$other" \
      'BEGIN { printf "  vs %s %.2fx wall, %.2fx cpu", name, (k > 0 ? o / k : 0), (kc > 0 ? oc / kc : 0) }')"
  done
  echo "$line   (kgexport peak $(awk -v k="${rss[kgexport.$case]}" 'BEGIN { printf "%.0f", k / 1024 }') MB)"
done
