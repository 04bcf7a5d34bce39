#!/usr/bin/env bash
# N disks wiped together against the sum of their single speeds (DESIGN §5; the station's and
# `sanitize wipe A B`'s shared job, jobs::wipe_in_parallel). Two loop devices this script
# creates, backed by files in RAM (/dev/shm) or on disk (/var/tmp, --direct-io=on): each wiped
# alone, then both in one `sanitize wipe`; the combined rate (both sizes over the wall time of
# the joint wipe) is compared with the sum of the single rates. Medians of --runs.
#
# --disk-mib-s N limits each device to N MiB/s for reads and for writes (cgroup v1 blkio
# throttling, in a cgroup made for the wipe and removed after): the devices, not the CPU, are then
# the bottleneck, as real disks are.
#
# A benchmark, not a test: it asserts nothing. Run as root:
#
#   bash bench/parallel_bench.sh --sanitize build/tools/sanitize [--size-mib 512] [--runs 3]
#                                [--backing ram|disk] [--method random|zero] [--disk-mib-s N]
#
# Only the loop devices and files it creates are written to; they are removed on exit.
set -euo pipefail

size_mib=512
runs=3
backing=ram
method=random
sanitize=""
disk_mib_s=""
die() { echo "parallel_bench: error: $*" >&2; exit 2; }
while (($# > 0)); do
  case "$1" in
    --size-mib) size_mib=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --backing) backing=$2; shift 2 ;;
    --method) method=$2; shift 2 ;;
    --sanitize) sanitize=$2; shift 2 ;;
    --disk-mib-s) disk_mib_s=$2; shift 2 ;;
    -h | --help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (try --help)" ;;
  esac
done
((EUID == 0)) || die "run as root: it creates loop devices"
[[ -x $sanitize ]] || die "--sanitize PATH: the CLI to measure"
case $backing in ram) dir=/dev/shm; direct=off ;; disk) dir=/var/tmp; direct=on ;; *) die "--backing ram|disk" ;; esac

work=$(mktemp -d "$dir/sanitize-parallel.XXXXXX")
devices=()
cgroup=""
cleanup() {
  [[ -z $cgroup ]] || rmdir "$cgroup" 2>/dev/null || true
  for d in "${devices[@]}"; do losetup -d "$d" 2>/dev/null || true; done
  rm -rf -- "$work"
}
trap cleanup EXIT
for name in a b; do
  truncate -s "${size_mib}M" "$work/$name.img"
  devices+=("$(losetup --find --show --direct-io=$direct "$work/$name.img")")
done
launcher=()  # how the wipe is started: in the throttled cgroup, or as it is
if [[ -n $disk_mib_s ]]; then
  cgroup=/sys/fs/cgroup/blkio/sanitize-parallel-bench-$$
  mkdir "$cgroup" || die "no cgroup v1 blkio hierarchy to throttle in"
  for d in "${devices[@]}"; do
    numbers=$(printf '%d:%d' "0x$(stat -c %t "$d")" "0x$(stat -c %T "$d")")
    echo "$numbers $((disk_mib_s << 20))" >"$cgroup/blkio.throttle.write_bps_device"
    echo "$numbers $((disk_mib_s << 20))" >"$cgroup/blkio.throttle.read_bps_device"
  done
  launcher=(sh -c 'echo $$ >"$0/cgroup.procs" && exec "$@"' "$cgroup")
fi

# Seconds of one `sanitize wipe` of the given devices (each confirmed by its kernel name).
wipe_seconds() {
  local confirm=() started ended
  for d in "$@"; do confirm+=(--confirm "${d#/dev/}"); done
  started=$(date +%s.%N)
  "${launcher[@]}" "$sanitize" wipe --yes "${confirm[@]}" --method "$method" --verify none --no-ledger --no-pdf \
      --checkpoint-dir "$work/checkpoints" "$@" >/dev/null 2>&1 || [[ $? == 1 ]]  # 1: not verified
  ended=$(date +%s.%N)
  echo "$ended - $started" | bc -l
}
median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
rate() { echo "$1 / $2" | bc -l; }  # MiB/s from MiB and seconds

declare -a single_a single_b both
for ((run = 0; run < runs; ++run)); do
  single_a+=("$(wipe_seconds "${devices[0]}")")
  single_b+=("$(wipe_seconds "${devices[1]}")")
  both+=("$(wipe_seconds "${devices[0]}" "${devices[1]}")")
done
ta=$(printf '%s\n' "${single_a[@]}" | median)
tb=$(printf '%s\n' "${single_b[@]}" | median)
tt=$(printf '%s\n' "${both[@]}" | median)
ra=$(rate "$size_mib" "$ta")
rb=$(rate "$size_mib" "$tb")
rt=$(rate "$((2 * size_mib))" "$tt")
printf 'backing %s%s, method %s, %s MiB each, %s runs (medians), %s cores, load %s\n' "$backing" \
       "${disk_mib_s:+, throttled to $disk_mib_s MiB/s}" "$method" "$size_mib" "$runs" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'A alone: %.2f s (%.0f MiB/s); B alone: %.2f s (%.0f MiB/s); sum %.0f MiB/s\n' "$ta" "$ra" "$tb" "$rb" "$(echo "$ra + $rb" | bc -l)"
printf 'A and B together: %.2f s (%.0f MiB/s): %.2f of the sum\n' "$tt" "$rt" "$(echo "$rt / ($ra + $rb)" | bc -l)"
