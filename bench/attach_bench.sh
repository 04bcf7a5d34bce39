#!/usr/bin/env bash
# Password-protected attachments (issue 5): time and peak memory of sanitize::attach's
# create_archive() (key derivation, writing, the libzip read-back check, SHA-256, rename) against
# `7z a -tzip -mem=AES256` at comparable deflate effort, on two sets made here:
#
#   mail   25 MiB in 50 files: 25 text files (deflates ~3:1) and 25 of random bytes, 512 KiB each
#   large  a few hundred MiB: 10 text files and 10 random ones (--large-mib, default 300)
#
# A benchmark, not a test: it asserts nothing about speed. Every case runs --runs times,
# interleaved, and the median is printed as a Markdown table. Everything happens in a temporary
# directory that is removed on exit.
#
#   bash bench/attach_bench.sh [--build-dir DIR] [--runs N] [--large-mib N]
#
# Our driver reads the password on stdin. 7z only takes one in argv (-p): acceptable for a
# throw-away password in a benchmark, never in the product.
set -euo pipefail

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
repo_root=$(cd -- "$script_dir/.." && pwd -P)
build_dir=$repo_root/build
runs=3
large_mib=300

while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --large-mib) large_mib=$2; shift 2 ;;
    *) echo "attach_bench: unknown option $1" >&2; exit 2 ;;
  esac
done

for tool in 7z python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "attach_bench: $tool is needed" >&2; exit 1; }
done
driver=$build_dir/bench/attach_bench_driver
if [[ ! -x $driver ]]; then
  cmake --build "$build_dir" --target attach_bench_driver >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/attach-bench.XXXXXX")
trap 'rm -rf -- "$work"' EXIT

# Text that deflates about as office documents do (a few hundred words, numbers), and noise.
make_set() {  # dir text_files random_files bytes_per_file
  python3 - "$@" <<'EOF'
import os, random, sys
folder, n_text, n_random, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
os.makedirs(folder)
rng = random.Random(5)
words = [''.join(rng.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(rng.randint(2, 9))) for _ in range(400)]
for i in range(n_text):
    parts, length = [], 0
    while length < size:
        line = ' '.join(rng.choice(words) for _ in range(rng.randint(6, 14))) + f' {rng.randint(0, 10**6)}\n'
        parts.append(line)
        length += len(line)
    with open(os.path.join(folder, f'text_{i:03d}.txt'), 'w') as f:
        f.write(''.join(parts)[:size])
for i in range(n_random):
    with open(os.path.join(folder, f'data_{i:03d}.bin'), 'wb') as f:
        left = size
        while left:
            n = min(left, 1 << 20)
            f.write(os.urandom(n))
            left -= n
EOF
}

echo "attach_bench: making the input sets in $work" >&2
make_set "$work/mail" 25 25 $((512 * 1024))
make_set "$work/large" 10 10 $((large_mib * 1024 * 1024 / 20))
password='Xq7#-vZ9!-kM4=-pT8&'
printf '%s\n' "$password" >"$work/password"

# One timed run: prints "seconds peak_kib archive_bytes cpu_seconds".
measure() {  # output command...
  local out=$1; shift
  rm -f -- "$out"
  /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" <"$work/password" >/dev/null 2>"$work/err.txt" || {
    echo "attach_bench: failed: $*" >&2; cat "$work/err.txt" >&2; exit 1; }
  read -r seconds peak user sys <"$work/time.txt"
  echo "$seconds $peak $(stat -c %s "$out") $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
}

declare -A results
cases=(ours-l6 ours-l1 7z-mx1 7z-mx5)
run_case() {  # case set
  local name=$1 set=$2 out=$work/out.zip
  local inputs=("$work/$set"/*)
  case $name in
    ours-l6) measure "$out" "$driver" "$out" "${inputs[@]}" --level 6 ;;
    ours-l1) measure "$out" "$driver" "$out" "${inputs[@]}" --level 1 ;;
    # -mx=1 is 7-Zip's fastest deflate, -mx=5 its default; both multi-threaded where it can.
    7z-mx1) measure "$out" 7z a -tzip -mem=AES256 -mx=1 "-p$password" "$out" "${inputs[@]}" ;;
    7z-mx5) measure "$out" 7z a -tzip -mem=AES256 -mx=5 "-p$password" "$out" "${inputs[@]}" ;;
  esac
}

for set in mail large; do
  for ((run = 1; run <= runs; run++)); do
    for name in "${cases[@]}"; do
      one=$(run_case "$name" "$set")
      results[$set/$name]+="$one;"
      echo "attach_bench: $set $name run $run: $one (seconds peak_kib bytes cpu_seconds)" >&2
    done
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
field() { tr ';' '\n' | grep -v '^$' | awk -v f="$1" '{ print $f }'; }

echo
echo "attach_bench: $(nproc) CPUs, $runs runs each, median; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| set | tool | wall s | CPU s (user+sys) | MB/s (wall) | peak RSS (MiB) | archive (MiB) |"
echo "|---|---|---|---|---|---|---|"
for set in mail large; do
  bytes=$(du -sb "$work/$set" | cut -f1)
  for name in "${cases[@]}"; do
    r=${results[$set/$name]}
    s=$(field 1 <<<"$r" | median)
    k=$(field 2 <<<"$r" | median)
    a=$(field 3 <<<"$r" | median)
    c=$(field 4 <<<"$r" | median)
    awk -v set="$set" -v name="$name" -v s="$s" -v c="$c" -v k="$k" -v a="$a" -v b="$bytes" 'BEGIN {
      printf "| %s (%.0f MiB) | %s | %.2f | %.2f | %.0f | %.1f | %.1f |\n", set, b / 1048576, name, s, c, (s > 0 ? b / s / 1e6 : 0), k / 1024, a / 1048576 }'
  done
done
