#!/usr/bin/env bash
# Carry-out folders in age (issue 4): time and peak memory of the library's encrypt_folder() and
# decrypt_to_folder() against the stock tools, `tar -c | age -r` and `age -d | tar -x`, on a
# folder of about 1 GiB made here: many small files (--small-mib in 4 KiB files, default 96)
# and one large file of random bytes (--large-mib, default 928).
#
# A benchmark, not a test: it asserts nothing about speed. Every case runs --runs times,
# interleaved, and the median is printed as a table. Peak RSS is /usr/bin/time's "Maximum
# resident set size": for the shell pipelines that is the largest single process of the
# pipeline (tar or age), not their sum; CPU is user + system seconds of all processes.
# Our encryption ends with an fsync of the archive, which the pipeline does not do: the
# "without fsync" row (the library's sink overload) shows what that costs. When the CLI is
# built, `sanitize encrypt` and `sanitize decrypt` are measured too (progress off with --json).
# The load average is printed before and after, since other work on the machine skews wall
# times. Everything happens in a temporary directory that is removed on exit.
#
#   bash bench/age_bench.sh [--build-dir DIR] [--runs N] [--small-mib N] [--large-mib N]
set -euo pipefail

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
repo_root=$(cd -- "$script_dir/.." && pwd -P)
build_dir=$repo_root/build
runs=3
small_mib=96
large_mib=928

while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --small-mib) small_mib=$2; shift 2 ;;
    --large-mib) large_mib=$2; shift 2 ;;
    *) echo "age_bench: unknown option $1" >&2; exit 2 ;;
  esac
done

for tool in age age-keygen tar split python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "age_bench: $tool is needed" >&2; exit 1; }
done
driver=$build_dir/bench/age_bench_driver
cmake --build "$build_dir" --target age_bench_driver >&2
cli=$build_dir/tools/sanitize
[[ -x $cli ]] || cli=

work=$(mktemp -d "${TMPDIR:-/tmp}/age-bench-XXXXXX")
trap 'rm -rf -- "$work"' EXIT

echo "age_bench: making the folder (${small_mib} MiB in 4 KiB files, one ${large_mib} MiB file)" >&2
mkdir -p "$work/data/small"
head -c "$((small_mib * 1024 * 1024))" /dev/urandom | split -b 4096 -a 6 - "$work/data/small/f_"
head -c "$((large_mib * 1024 * 1024))" /dev/urandom > "$work/data/large.bin"
total_bytes=$(du -sb "$work/data" | cut -f1)
file_count=$(find "$work/data" -type f | wc -l)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
age-keygen -o "$work/key.txt" 2>/dev/null
recipient=$(age-keygen -y "$work/key.txt")

# Runs a command under /usr/bin/time -v; appends "seconds kib cpu_seconds" to the named results file.
measure() {
  local results=$1; shift
  sync
  /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null
  python3 - "$work/time.txt" >>"$work/$results" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
seconds = 0.0
for part in wall.split(":"):
    seconds = seconds * 60 + float(part)
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)
cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", text).group(1)) for kind in ("User", "System"))
print(seconds, rss, cpu)
PY
}

# Every case starts from the same state: the folder (and, for decryption, its one input file)
# in the page cache, no output of an earlier case lying around. Left-over gigabytes of earlier
# outputs were measured to slow whichever case came later by up to 2x, which would turn the
# order of the cases into the result.
clean() {
  rm -f "$work"/*.age
  rm -rf "$work"/out_*
  sync
}
age_encrypt_to() { tar -c -C "$work" data | age -r "$recipient" -o "$1"; }

for ((run = 1; run <= runs; run++)); do
  echo "age_bench: run $run of $runs" >&2
  clean
  measure ours_encrypt "$driver" encrypt "$work/data" "$work/ours.age" "$recipient"
  clean
  measure ours_encrypt_nosync "$driver" encrypt-nosync "$work/data" "$work/nosync.age" "$recipient"
  clean
  measure age_encrypt sh -c 'tar -c -C "$1" data | age -r "$2" -o "$3"' sh "$work" "$recipient" "$work/theirs.age"
  if [[ -n $cli ]]; then
    clean
    measure cli_encrypt "$cli" encrypt "$work/data" -o "$work/cli.age" -r "$recipient" --no-ledger --json
  fi
  # Each decryption reads a file made just before (untimed) by the same side's encryption.
  clean
  "$driver" encrypt "$work/data" "$work/ours.age" "$recipient"
  measure ours_decrypt "$driver" decrypt "$work/ours.age" "$work/out_ours" "$work/key.txt"
  # Both sides must have produced the same folder, or the timing means nothing.
  diff -r "$work/data" "$work/out_ours/data" >/dev/null
  clean
  age_encrypt_to "$work/theirs.age"
  mkdir -p "$work/out_theirs"
  measure age_decrypt sh -c 'age -d -i "$1" "$2" | tar -x -C "$3"' sh "$work/key.txt" "$work/theirs.age" "$work/out_theirs"
  diff -r "$work/data" "$work/out_theirs/data" >/dev/null
  if [[ -n $cli ]]; then
    clean
    "$cli" encrypt "$work/data" -o "$work/cli.age" -r "$recipient" --no-ledger --json >/dev/null
    measure cli_decrypt "$cli" decrypt "$work/cli.age" -o "$work/out_cli" -i "$work/key.txt" --json
    diff -r "$work/data" "$work/out_cli/data" >/dev/null
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average (1, 5, 15 min): before $load_before, after $load_after; $(nproc) cores"

python3 - "$work" "$total_bytes" "$file_count" "$runs" <<'PY'
import statistics, sys
work, total, files, runs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
print(f"folder: {total / 2**20:.0f} MiB in {files} files, median of {runs} runs")
print(f"| {'case':<34} | {'seconds':>8} | {'MB/s':>8} | {'CPU s':>6} | {'peak RSS MiB':>12} | {'vs stock':>8} | runs (s)")
print(f"|{'-' * 36}|{'-' * 10}|{'-' * 10}|{'-' * 8}|{'-' * 14}|{'-' * 10}|---")
cases = [("ours_encrypt", "encrypt_folder (library)", "age_encrypt"),
         ("ours_encrypt_nosync", "encrypt_folder without fsync", "age_encrypt"),
         ("cli_encrypt", "sanitize encrypt (CLI)", "age_encrypt"),
         ("age_encrypt", "tar -c | age -r", None),
         ("ours_decrypt", "decrypt_to_folder (library)", "age_decrypt"),
         ("cli_decrypt", "sanitize decrypt (CLI)", "age_decrypt"),
         ("age_decrypt", "age -d | tar -x", None)]
medians = {}
for key, _, _ in cases:
    try:
        rows = [line.split() for line in open(f"{work}/{key}")]
    except FileNotFoundError:
        continue
    medians[key] = (rows, statistics.median(float(r[0]) for r in rows))
for key, label, stock in cases:
    if key not in medians:
        continue
    rows, seconds = medians[key]
    rss = statistics.median(int(r[1]) for r in rows) / 1024
    cpu = statistics.median(float(r[2]) for r in rows)
    # > 1 means faster than the stock pipeline.
    ratio = f"{medians[stock][1] / seconds:.2f}x" if stock in medians else ""
    raw = ", ".join(r[0] for r in rows)
    print(f"| {label:<34} | {seconds:>8.2f} | {total / 1e6 / seconds:>8.1f} | {cpu:>6.2f} | {rss:>12.1f} | {ratio:>8} | {raw}")
PY
