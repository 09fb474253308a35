#!/usr/bin/env bash
# `kgexport diff` against `kgexport canon` of both sides, on a ~1M-quad export (issue 21). Generates a news archive
# (KgExport.Benchmarks generate-corpus), exports it to N-Quads (OLD), edits the facts of some articles (a date
# moved by a day in every EDIT_EVERY-th article, DROP articles removed, one article added) and exports again (NEW),
# then times, best of RUNS: `canon OLD`, `canon NEW` and `diff OLD NEW`, and prints wall s, CPU s, peak RSS and the
# ratio of diff to the two canons together (the cost of reading and canonicalizing both sides).
#
#   ARTICLES=6300 (about 160 quads each)  EDIT_EVERY=100  DROP=5  RUNS=3  NO_BUILD=1  KEEP=1  BENCH_DIR=DIR
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ARTICLES=${ARTICLES:-6300}
EDIT_EVERY=${EDIT_EVERY:-100}
DROP=${DROP:-5}
RUNS=${RUNS:-3}
bench_workdir kgexport-diff-bench
bench_build
GEN=bench/KgExport.Benchmarks/bin/Release/net10.0/KgExport.Benchmarks
KG=src/KgExport.Cli/bin/Release/net10.0/kgexport

if [[ ! -f "$WORK/old/.complete" ]]; then
  say "generating $ARTICLES articles"
  rm -rf "$WORK/old" "$WORK/new"
  "$GEN" generate-corpus "$ARTICLES" "$WORK/old" --facts 2>/dev/null
  touch "$WORK/old/.complete"
fi
say "exporting OLD"
"$KG" export "$WORK/old" -f nquads -o "$WORK/old.nq" --no-cache -q

say "editing: a date in every ${EDIT_EVERY}th article, $DROP articles dropped, one added"
rm -rf "$WORK/new" && cp -r "$WORK/old" "$WORK/new"
mapfile -t facts < <(find "$WORK/new" -name '*.facts.json' | sort)
edited=0
for ((i = 0; i < ${#facts[@]}; i += EDIT_EVERY)); do
  # The first full date of the file one day later (day 01-27 keeps it valid).
  if sed -E -i '0,/"date": "([0-9]{4}-[0-9]{2})-(0[1-9]|1[0-9]|2[0-7])"/s//"date": "\1-\2x"/' "${facts[$i]}" && grep -q '"date": "[0-9-]*x"' "${facts[$i]}"; then
    day=$(grep -o '"date": "[0-9-]*x"' "${facts[$i]}" | head -n1 | sed -E 's/.*-([0-9]{2})x"/\1/')
    next=$(printf '%02d' $((10#$day + 1)))
    sed -E -i "s/(\"date\": \"[0-9]{4}-[0-9]{2}-)${day}x\"/\1${next}\"/" "${facts[$i]}"
    edited=$((edited + 1))
  fi
done
for ((i = 1; i <= DROP; i++)); do
  victim="${facts[$((i * 7))]}"
  rm -f "$victim" "${victim%.facts.json}.txt"
done
first="${facts[0]%.facts.json}"
id=$(basename "$first")
cp "$first.txt" "$WORK/new/zz_added.txt"
sed "s/\"id\": \"$id\"/\"id\": \"zz_added\"/" "$first.facts.json" >"$WORK/new/zz_added.facts.json"
say "exporting NEW ($edited articles with a changed date)"
"$KG" export "$WORK/new" -f nquads -o "$WORK/new.nq" --no-cache -q

quads_old=$(wc -l <"$WORK/old.nq")
quads_new=$(wc -l <"$WORK/new.nq")

# Best wall time of RUNS, with that run's CPU seconds and peak RSS (MB).
measure() {
  local best="" line
  for ((r = 0; r < RUNS; r++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" || [[ $? -eq 1 ]] || { cat "$WORK/err.txt" >&2; exit 1; }
    # time(1) puts "Command exited with non-zero status 1" (diff found differences) before its own line.
    read -r wall user sys rss < <(tail -n 1 "$WORK/time.txt")
    line=$(awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN { printf "%.2f %.2f %.0f", w, u + s, r / 1024 }')
    if [[ -z "$best" ]] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best="$line"; fi
  done
  echo "$best"
}

say "timing (best of $RUNS)"
read -r c1w c1c c1m < <(measure "$KG" canon "$WORK/old.nq")
read -r c2w c2c c2m < <(measure "$KG" canon "$WORK/new.nq")
read -r dw dc dm < <(measure "$KG" diff "$WORK/old.nq" "$WORK/new.nq")
summary=$(sed -n 3p "$WORK/out.txt")

echo "diff vs canon, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); OLD $quads_old quads, NEW $quads_new quads"
echo "diff: $summary"
echo
echo "| command | wall s | CPU s | peak RSS MB |"
echo "|---|---:|---:|---:|"
echo "| canon OLD | $c1w | $c1c | $c1m |"
echo "| canon NEW | $c2w | $c2c | $c2m |"
echo "| diff OLD NEW | $dw | $dc | $dm |"
awk -v d="$dw" -v a="$c1w" -v b="$c2w" -v dc="$dc" -v ac="$c1c" -v bc="$c2c" 'BEGIN {
  printf "\ndiff / (canon OLD + canon NEW): %.2f wall, %.2f CPU\n", d / (a + b), dc / (ac + bc) }'
