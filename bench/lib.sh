# Shared set-up of the side-by-side benchmark scripts; source it first thing:
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# It moves to the repository root, finds ../shared (or $KGEXPORT_SHARED) and the Jena wrapper, and defines:
#   say MSG...              progress on stderr
#   bench_need FILE HINT    exit 2 naming FILE when it is missing (HINT: how to get it)
#   bench_workdir PREFIX    WORK: $BENCH_DIR or a new temporary folder, removed on exit unless KEEP=1
#   bench_build             Release builds of kgexport and the benchmark tool (skipped with NO_BUILD=1)
#   KGEXPORT, BENCH         commands (arrays) running those two builds
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SHARED="${KGEXPORT_SHARED:-$(cd .. && pwd)/shared}"
JENA="$SHARED/tools/jena"
KGEXPORT=(dotnet src/KgExport.Cli/bin/Release/net10.0/kgexport.dll)
BENCH=(dotnet bench/KgExport.Benchmarks/bin/Release/net10.0/KgExport.Benchmarks.dll)
BENCH_NAME="$(basename "$0")"

say() { printf '==> %s\n' "$*" >&2; }

bench_need() {
  [ -e "$1" ] || { echo "$BENCH_NAME: $1 is missing ($2)" >&2; exit 2; }
}

bench_workdir() {
  WORK="${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")}"
  mkdir -p "$WORK"
  [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
}

bench_build() {
  case "${NO_BUILD:-0}" in 0 | "") ;; *) return ;; esac
  say "building Release (kgexport and the benchmark tool)"
  dotnet build -c Release -v quiet -nologo src/KgExport.Cli >/dev/null
  dotnet build -c Release -v quiet -nologo bench/KgExport.Benchmarks >/dev/null
}
