#!/usr/bin/env bash
# Wipe throughput of `sanitize` against the sink's ceiling and against its peers (dd, shred,
# nwipe), on two loop devices that this script creates itself: one backed by a file in RAM
# (/dev/shm), one backed by a file on disk (/var/tmp, attached with --direct-io=on).
#
# A benchmark, not a test: it asserts nothing about speed, it measures and writes a report.
# Run as root:
#
#   bash bench/wipe_bench.sh                          1 GiB devices, 3 runs each (median)
#   bash bench/wipe_bench.sh --size-mib 64 --runs 1   a quick smoke run
#
# Options:
#   --size-mib N     size of each loop device in MiB, a multiple of 4 (default 1024)
#   --runs N         repetitions of every measurement; the median is reported (default 3)
#   --build-dir DIR  build tree to use or create (default build/ in the repository)
#   --results DIR    where the Markdown report goes (default bench/results/)
#   --sanitize PATH  measure this CLI binary instead of building one
#
# Only the loop devices and files this script creates are ever written to; they are
# detached and removed on exit, also after a failure or Ctrl-C.
set -euo pipefail

size_mib=1024
runs=3
script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
repo_root=$(cd -- "$script_dir/.." && pwd -P)
build_dir=$repo_root/build
results_dir=$repo_root/bench/results
sanitize=""

die() {
  echo "wipe_bench: error: $*" >&2
  exit 2
}
usage() { sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while (($# > 0)); do
  case "$1" in
    --size-mib) size_mib=${2:-}; shift 2 || die "--size-mib needs a value" ;;
    --size-mib=*) size_mib=${1#*=}; shift ;;
    --runs) runs=${2:-}; shift 2 || die "--runs needs a value" ;;
    --runs=*) runs=${1#*=}; shift ;;
    --build-dir) build_dir=${2:-}; shift 2 || die "--build-dir needs a value" ;;
    --build-dir=*) build_dir=${1#*=}; shift ;;
    --results) results_dir=${2:-}; shift 2 || die "--results needs a value" ;;
    --results=*) results_dir=${1#*=}; shift ;;
    --sanitize) sanitize=${2:-}; shift 2 || die "--sanitize needs a value" ;;
    --sanitize=*) sanitize=${1#*=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown argument '$1' (try --help)" ;;
  esac
done
if ! [[ $size_mib =~ ^[0-9]+$ ]] || ((size_mib < 4 || size_mib % 4 != 0)); then
  die "--size-mib must be a multiple of 4, at least 4 (got '$size_mib')"
fi
if ! [[ $runs =~ ^[0-9]+$ ]] || ((runs < 1)); then
  die "--runs must be at least 1 (got '$runs')"
fi
((EUID == 0)) || die "run as root: it creates loop devices"
[[ $build_dir = /* ]] || build_dir=$PWD/$build_dir
[[ $results_dir = /* ]] || results_dir=$PWD/$results_dir
[[ -z $sanitize || $sanitize = /* ]] || sanitize=$PWD/$sanitize

size_bytes=$((size_mib * 1024 * 1024))
dd_count=$((size_mib / 4))
# Generous limit per command: a stuck peer must not hang the benchmark.
cmd_timeout=$((600 + size_mib * 2))

log() { printf '[wipe_bench] %s\n' "$*" >&2; }

# ---------------------------------------------------------------- build and tools

bash "$repo_root/tools/scripts/install-deps.sh" >&2

cache=$build_dir/CMakeCache.txt
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$cache" 2>/dev/null; }
if [[ -z $sanitize ]]; then
  if [[ ! -f $cache ]]; then
    log "configuring a Release build in $build_dir"
    cmake -S "$repo_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
  elif [[ $(cache_value CMAKE_BUILD_TYPE) != Release || $(cache_value SANITIZE_SANITIZERS) == ON ||
          $(cache_value SANITIZE_WERROR) == ON ]]; then
    # -Werror off too: GCC 12 at -O3 warns falsely (-Wrestrict) in libstdc++'s std::string.
    log "reconfiguring $build_dir as Release without sanitizers and -Werror"
    cmake -S "$repo_root" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSANITIZE_SANITIZERS=OFF \
      -DSANITIZE_WERROR=OFF >&2
  fi
  cmake --build "$build_dir" --target sanitize_cli --parallel "$(nproc)" >&2
  sanitize=$build_dir/tools/sanitize
fi
[[ -x $sanitize ]] || die "no CLI at $sanitize after the build"

# ---------------------------------------------------------------- devices and cleanup

ram_dir="" disk_dir="" log_dir=""
loops=()
cleanup() {
  local loop
  for loop in "${loops[@]}"; do
    losetup -d "$loop" 2>/dev/null || log "could not detach $loop"
  done
  [[ -n $ram_dir ]] && rm -rf -- "$ram_dir"
  [[ -n $disk_dir ]] && rm -rf -- "$disk_dir"
  [[ -n $log_dir ]] && rm -rf -- "$log_dir"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_bytes() { df --output=avail -B1 "$1" | tail -n 1 | tr -d ' '; }
for dir in /dev/shm /var/tmp; do
  (($(free_bytes "$dir") > size_bytes + (64 << 20))) || die "not enough free space in $dir for $size_mib MiB"
done

ram_dir=$(mktemp -d /dev/shm/sanitize-bench.XXXXXX)
disk_dir=$(mktemp -d /var/tmp/sanitize-bench.XXXXXX)
log_dir=$(mktemp -d "${TMPDIR:-/tmp}/sanitize-bench-logs.XXXXXX")

# attach FILE [losetup options...]: creates FILE and sets `attached` to its new loop device.
# Not run in $(...): the device must be recorded in `loops` of this shell for the cleanup.
attached=""
attach() {
  local file=$1
  shift
  truncate -s "$size_bytes" "$file"
  fallocate -l "$size_bytes" "$file"
  attached=$(losetup --find --show "$@" "$file")
  loops+=("$attached")
}

# Before every destructive command: the device must still be ours, backed by our file.
assert_ours() {
  local loop=$1 file=$2 backing
  backing=$(cat "/sys/block/${loop#/dev/}/loop/backing_file" 2>/dev/null || true)
  [[ $backing == "$file" ]] || die "$loop is no longer backed by $file (found '$backing'); stopping"
}

ram_file=$ram_dir/ram.img
disk_file=$disk_dir/disk.img
attach "$ram_file"
ram_loop=$attached
attach "$disk_file" --direct-io=on
disk_loop=$attached
disk_dio=$(cat "/sys/block/${disk_loop#/dev/}/loop/dio" 2>/dev/null || echo "?")
[[ $disk_dio == 1 ]] || log "warning: $disk_loop did not get direct I/O (dio=$disk_dio)"
log "RAM-backed:  $ram_loop -> $ram_file"
log "disk-backed: $disk_loop -> $disk_file (dio=$disk_dio)"

devices=(ram disk)
declare -A dev_loop=([ram]=$ram_loop [disk]=$disk_loop)
declare -A dev_file=([ram]=$ram_file [disk]=$disk_file)
declare -A dev_title=(
  [ram]="RAM-backed loop device (file in /dev/shm, tmpfs)"
  [disk]="disk-backed loop device (file in /var/tmp on $(findmnt -no SOURCE,FSTYPE -T /var/tmp | tr -s ' ' ' '), losetup --direct-io=on, dio=$disk_dio)"
)

# Allocate every block of both backing files first, so no measured run pays for allocation.
for dev in "${devices[@]}"; do
  assert_ours "${dev_loop[$dev]}" "${dev_file[$dev]}"
  dd if=/dev/zero of="${dev_loop[$dev]}" oflag=direct bs=4M count="$dd_count" status=none
done

# ---------------------------------------------------------------- measuring

declare -A wall=()      # "dev|case" -> wall seconds of each successful run
declare -A eng_write=() # "dev|case" -> engine write bytes/s (from the JSON report)
declare -A eng_verify=()
declare -A generator=()
declare -A failure=()   # "dev|case" -> what went wrong (first failure)
declare -A outcome=()   # "dev|case" -> outcome(s) sanitize reported

elapsed=0 rc=0
# timed OUT ERR CMD...: runs CMD with stdin closed; sets elapsed (s) and rc.
timed() {
  local out=$1 err=$2 t0 t1
  shift 2
  rc=0
  t0=$(date +%s.%N)
  timeout --foreground "$cmd_timeout" "$@" </dev/null >"$out" 2>"$err" || rc=$?
  t1=$(date +%s.%N)
  elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
}

fail() { # key message
  [[ -n ${failure[$1]:-} ]] || failure[$1]=$2
  log "FAILED $1: $2"
}

last_line() { grep -v '^[[:space:]]*$' "$1" | tail -n 1 | cut -c1-160; }

# The fields the benchmark reads from `sanitize wipe --json`, tab-separated.
report_fields() {
  python3 - "$1" <<'PY'
import json, sys
# One JSON document per line (JSON Lines for several targets); the benchmark wipes one.
lines = [line for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
doc = json.loads(lines[0])
p = (doc.get("passes") or [{}])[0]
v = p.get("verification") or {}
print(doc.get("outcome", ""), doc.get("bytes_written", -1), p.get("write_bytes_per_second", 0),
      v.get("bytes_per_second", 0), p.get("generator") or "none", sep="\t")
PY
}

# sanitize_case DEV CASE METHOD VERIFY [GENERATOR]
sanitize_case() {
  local dev=$1 c=$2 method=$3 verify=$4 gen=${5:-} key="$1|$2"
  local loop=${dev_loop[$dev]} json=$log_dir/$dev-$c.json err=$log_dir/$dev-$c.err
  local cmd=("$sanitize" wipe "$loop" --method "$method" --verify "$verify")
  [[ -z $gen ]] || cmd+=(--generator "$gen")
  # --no-ledger: the engine is measured, not the certificate (nor a ledger of the machine's user).
  cmd+=(--yes --confirm "${loop#/dev/}" --json --no-ledger)
  timed "$json" "$err" "${cmd[@]}"
  # With --verify none the outcome cannot be `erased` (not verified): exit 1 is expected.
  local ok_rcs=" 0 "
  [[ $verify != none ]] || ok_rcs=" 0 1 "
  if [[ $ok_rcs != *" $rc "* ]]; then
    fail "$key" "exit $rc: $(last_line "$err")"
    return
  fi
  local fields out bw wbps vbps g
  if ! fields=$(report_fields "$json" 2>"$err.py"); then
    fail "$key" "exit $rc, no readable JSON report: $(last_line "$err.py")"
    return
  fi
  IFS=$'\t' read -r out bw wbps vbps g <<<"$fields"
  outcome[$key]="${outcome[$key]:-} $out"
  outcome[$key]=$(tr ' ' '\n' <<<"${outcome[$key]}" | sort -u | xargs)
  if [[ $bw != "$size_bytes" ]]; then
    fail "$key" "bytes_written $bw != device size $size_bytes (exit $rc, outcome $out)"
    return
  fi
  if [[ $verify != none && $out != erased ]]; then
    fail "$key" "outcome $out with --verify $verify (exit $rc)"
    return
  fi
  wall[$key]+=" $elapsed"
  eng_write[$key]+=" $wbps"
  eng_verify[$key]+=" $vbps"
  generator[$key]=$g
}

# plain_case DEV CASE CMD...: a peer tool; success is exit 0.
plain_case() {
  local dev=$1 c=$2 key="$1|$2"
  shift 2
  timed "$log_dir/$dev-$c.out" "$log_dir/$dev-$c.err" "$@"
  if ((rc != 0)); then
    local why
    why=$(last_line "$log_dir/$dev-$c.err")
    [[ -n $why ]] || why=$(last_line "$log_dir/$dev-$c.out")
    ((rc != 124)) || why="timed out after ${cmd_timeout}s; $why"
    fail "$key" "exit $rc: $why"
    return
  fi
  wall[$key]+=" $elapsed"
}

nwipe_notes=""
run_case() { # DEV CASE
  local dev=$1 c=$2 loop=${dev_loop[$1]}
  assert_ours "$loop" "${dev_file[$dev]}"
  case $c in
    a) plain_case "$dev" a dd if=/dev/zero of="$loop" oflag=direct bs=4M count="$dd_count" ;;
    b) sanitize_case "$dev" b zero none ;;
    c) sanitize_case "$dev" c random none ;;
    g) sanitize_case "$dev" g random none chacha20 ;;
    d) sanitize_case "$dev" d random last ;;
    r) plain_case "$dev" r dd if="$loop" of=/dev/null iflag=direct bs=4M ;;
    e) plain_case "$dev" e shred -n 1 "$loop" ;;
    f)
      plain_case "$dev" f nwipe --autonuke --nogui --nowait --method=prng --verify=off --noblank "$loop"
      # nwipe logs to stdout; keep what it said about the device and the result.
      if [[ -z $nwipe_notes ]]; then
        nwipe_notes=$(grep -aE 'banner|prng  |serial|bytes written|Status|Erased|FAILED|Throughput|successfully|error|fatal' \
          "$log_dir/$dev-f.out" | LC_ALL=C tr -c '[:print:]\n' '?' | cut -c1-140 | sed 's/^/    /' || true)
      fi
      ;;
  esac
  log "$dev ($c): ${elapsed}s, exit $rc"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cases=(a b c g d r e f)
for ((run = 1; run <= runs; run++)); do
  for dev in "${devices[@]}"; do
    log "run $run/$runs on $dev (${dev_loop[$dev]})"
    for c in "${cases[@]}"; do
      run_case "$dev" "$c"
    done
  done
done

# ---------------------------------------------------------------- report

median() { # values... -> median, empty if none
  printf '%s\n' "$@" | awk 'NF' | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# shellcheck disable=SC2086  # the lists are space-separated numbers
med() { median ${1:-}; }
fmt() { awk -v f="$1" -v x="$2" 'BEGIN { if (x == "") print "–"; else printf f, x }'; }
mbps_of_time() { [[ -z $1 ]] || awk -v b="$size_bytes" -v t="$1" 'BEGIN { printf "%.6f", b / t / 1e6 }'; }
ratio() { [[ -z $1 || -z $2 ]] || awk -v x="$1" -v y="$2" 'BEGIN { if (y > 0) printf "%.4f", x / y }'; }

wall_mbps() { mbps_of_time "$(med "${wall[$1]:-}")"; }    # key
eng_mbps() {                                                 # list of B/s -> median MB/s
  local m
  m=$(med "${1:-}")
  [[ -z $m ]] || awk -v x="$m" 'BEGIN { printf "%.6f", x / 1e6 }'
}
ratio_cell() { # value reference reference_name
  local x
  x=$(ratio "$1" "$2")
  if [[ -z $x ]]; then echo "–"; else printf '%.2f× %s' "$x" "$3"; fi
}
failed_mark() { [[ -z ${failure[$1]:-} ]] || printf ' **(failed: %s)**' "${failure[$1]%%:*}"; }

# row DEV CASE LABEL ENGINE_CELL REF_MBPS REF_NAME: one line of a device's table.
row() {
  local key="$1|$2" t m ratio_text="–"
  t=$(med "${wall[$key]:-}")
  m=$(mbps_of_time "$t")
  [[ -z $5 ]] || ratio_text=$(ratio_cell "$m" "$5" "$6")
  printf '| (%s) | %s%s | %s | %s | %s | %s |\n' "$2" "$3" "$(failed_mark "$key")" \
    "$(fmt '%.2f' "$t")" "$(fmt '%.0f' "$m")" "$4" "$ratio_text"
}

engine_cell() { # DEV CASE -> "N write, generator"
  local key="$1|$2" g=${generator[$1|$2]:-} w
  [[ $g != none ]] || g=""
  w=$(eng_mbps "${eng_write[$key]:-}")
  if [[ -z $w ]]; then echo "–"; else printf '%.0f write%s' "$w" "${g:+, $g}"; fi
}

table() { # DEV
  local dev=$1 a r v
  a=$(wall_mbps "$dev|a")
  r=$(wall_mbps "$dev|r")
  v=$(eng_mbps "${eng_verify[$dev|d]:-}")
  echo "| | command on \`${dev_loop[$dev]}\` | median s | MB/s (wall) | engine MB/s (JSON) | ratio |"
  echo "|---|---|---:|---:|---:|---:|"
  row "$dev" a "\`dd if=/dev/zero oflag=direct bs=4M\` (ceiling)" – "$a" "(a)"
  row "$dev" b "\`sanitize wipe --method zero --verify none\`" "$(engine_cell "$dev" b)" "$a" "(a)"
  row "$dev" c "\`sanitize wipe --method random --verify none\`" "$(engine_cell "$dev" c)" "$a" "(a)"
  row "$dev" g "\`sanitize wipe --method random --generator chacha20 --verify none\`" \
    "$(engine_cell "$dev" g)" "$a" "(a)"
  row "$dev" d "\`sanitize wipe --method random --verify last\` (write + read-back, MB/s = size / time)" \
    "$(engine_cell "$dev" d), $(fmt '%.0f' "$v") verify" "" ""
  row "$dev" r "\`dd of=/dev/null iflag=direct bs=4M\` (raw read)" – "" ""
  printf '| (d) | verification pass of (d), engine rate from JSON | – | – | %s verify | %s |\n' \
    "$(fmt '%.0f' "$v")" "$(ratio_cell "$v" "$r" "(r)")"
  row "$dev" e "\`shred -n 1\` (one random pass)" – "$a" "(a)"
  row "$dev" f "\`nwipe --autonuke --nogui --nowait --method=prng --verify=off --noblank\`" – "$a" "(a)"
}

verdict() { # value target -> "met"/"not met"
  [[ -n $1 ]] || { echo "not measured"; return; }
  awk -v x="$1" -v t="$2" 'BEGIN { print (x >= t ? "met" : "NOT met") }'
}

targets() { # dev min_random_vs_zero
  local dev=$1 want=$2
  local b c e f v r rz rs rn vr
  b=$(wall_mbps "$dev|b"); c=$(wall_mbps "$dev|c"); e=$(wall_mbps "$dev|e"); f=$(wall_mbps "$dev|f")
  r=$(wall_mbps "$dev|r"); v=$(eng_mbps "${eng_verify[$dev|d]:-}")
  rz=$(ratio "$c" "$b"); rs=$(ratio "$c" "$e"); rn=$(ratio "$c" "$f"); vr=$(ratio "$v" "$r")
  echo "- random pass vs zero pass, wall (c)/(b): $(fmt '%.2f×' "$rz") — target ≥ ${want}×: $(verdict "$rz" "$want")"
  echo "- random pass vs \`shred -n 1\`, wall (c)/(e): $(fmt '%.2f×' "$rs") — target ≥ 4×: $(verdict "$rs" 4)"
  echo "- random pass vs \`nwipe\` prng, wall (c)/(f): $(fmt '%.2f×' "$rn") — target: far ahead"
  echo "- verification vs raw read, engine (d) / wall (r): $(fmt '%.2f×' "$vr") — target ≥ 0.9×: $(verdict "$vr" 0.9)"
}

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
aes=no
grep -qw aes /proc/cpuinfo && aes=yes
git_rev=$(git -C "$repo_root" rev-parse --short HEAD 2>/dev/null || echo "no commit")
git_dirty=""
[[ -z $(git -C "$repo_root" status --porcelain 2>/dev/null | head -n 1) ]] || git_dirty=" (work tree has uncommitted changes)"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$results_dir"
results=$results_dir/wipe-$stamp.md

{
  echo "# Wipe benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $cpu_model, $(nproc) cores, AES instructions: $aes," \
       "$(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, kernel $(uname -r)"
  echo "- load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)" \
       "— other work on the machine shows up as spread in the raw times below"
  if [[ $sanitize == "$build_dir/tools/sanitize" ]]; then
    echo "- source: $git_rev$git_dirty, build type $(cache_value CMAKE_BUILD_TYPE)"
  else
    echo "- source: $git_rev$git_dirty, CLI given with --sanitize: $sanitize"
  fi
  echo "- peers: $(dd --version | head -n 1), $(shred --version | head -n 1), $(nwipe --version 2>&1 | head -n 1)"
  echo "- devices: $size_mib MiB each ($size_bytes bytes), $runs run(s) per measurement, median reported;" \
       "MB/s = bytes / wall seconds / 10^6, wall time from \`date +%s.%N\` around the whole command"
  echo "- engine MB/s: \`write_bytes_per_second\` / \`verification.bytes_per_second\` of the first pass" \
       "in the \`--json\` report (the engine's own timing, without process start and device inspection)"
  for dev in "${devices[@]}"; do
    echo
    echo "## ${dev_title[$dev]}"
    echo
    table "$dev"
    echo
    if [[ $dev == ram ]]; then targets "$dev" 0.9; else targets "$dev" 0.95; fi
  done
  echo
  echo "## Notes"
  echo
  any=""
  for dev in "${devices[@]}"; do
    for c in "${cases[@]}"; do
      key="$dev|$c"
      if [[ -n ${failure[$key]:-} ]]; then
        echo "- $dev ($c) failed at least once: ${failure[$key]}"
        any=1
      fi
      if [[ -n ${outcome[$key]:-} ]]; then
        echo "- $dev ($c): sanitize reported outcome: ${outcome[$key]}"
      fi
    done
  done
  [[ -n $any ]] || echo "- every command succeeded in every run"
  if [[ -n $nwipe_notes ]]; then
    echo "- what nwipe logged (first run):"
    echo
    echo '  ```'
    printf '%s\n' "$nwipe_notes"
    echo '  ```'
  fi
  echo
  echo "## Raw wall times (s)"
  echo
  for dev in "${devices[@]}"; do
    for c in "${cases[@]}"; do
      echo "- $dev ($c):${wall[$dev|$c]:- none}"
    done
  done
} | tee "$results"

log "report written to $results"

# A failed sanitize measurement makes the run fail (after the report); a peer that failed is
# only recorded, since its behaviour is what is being measured.
for dev in "${devices[@]}"; do
  for c in b c g d; do
    if [[ -n ${failure[$dev|$c]:-} ]]; then
      log "sanitize failed in at least one measurement: see the notes in $results"
      exit 1
    fi
  done
done
