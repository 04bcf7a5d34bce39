#!/usr/bin/env bash
# One command for each thing a newcomer (or CI) wants to do, from any directory, as root on a
# fresh Debian 12 machine.
#
#   bash tools/scripts/quickstart.sh demo       install, build Release, wipe a 256 MiB disk
#                                               image (random pass + full verification) and
#                                               print the report; exits with sanitize's code
#   bash tools/scripts/quickstart.sh test       install, build RelWithDebInfo with -Werror into
#                                               build/, run every test with ctest
#   bash tools/scripts/quickstart.sh test-asan  the same with ASan+UBSan, Debug, in build-asan/
#
# SANITIZE_BUILD_DIR and SANITIZE_ASAN_BUILD_DIR (relative to the repository) choose other build
# trees, e.g. to test beside a build/ that someone else is using.
set -euo pipefail

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
repo_root=$(cd -- "$script_dir/../.." && pwd -P)
cd "$repo_root"

build_dir=${SANITIZE_BUILD_DIR:-build}
asan_build_dir=${SANITIZE_ASAN_BUILD_DIR:-build-asan}

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

say() { printf '\n==> %s\n' "$*"; }

jobs_count() { nproc 2>/dev/null || echo 2; }

# configure BUILD_DIR CMAKE_ARGS...: Ninja for a new build tree; an existing tree keeps the
# generator it was made with (CMake refuses to switch generators in place).
configure() {
  local dir=$1
  shift
  local generator=(-G Ninja)
  if [[ -f $dir/CMakeCache.txt ]] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$dir/CMakeCache.txt"; then
    generator=()
  fi
  say "configure $dir: cmake ${generator[*]} $*"
  cmake -S "$repo_root" -B "$dir" "${generator[@]}" "$@"
}

build() { # BUILD_DIR [cmake --build options...]
  local dir=$1
  shift
  say "build $dir ($(jobs_count) jobs) $*"
  cmake --build "$dir" --parallel "$(jobs_count)" "$@"
}

install_deps() {
  say "dependencies"
  bash "$repo_root/tools/scripts/install-deps.sh"
}

run_tests() {
  say "ctest --test-dir $1"
  # --no-tests=error: a build that registered no test fails instead of passing silently.
  ctest --test-dir "$1" --output-on-failure --no-tests=error
}

cmd_demo() {
  install_deps
  # -Werror off: a tree left by `test` has it on, and Release (-O3) meets GCC 12's false
  # -Wrestrict warnings (see cmd_test).
  configure "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSANITIZE_SANITIZERS=OFF -DSANITIZE_WERROR=OFF
  build "$build_dir" --target sanitize_cli  # the demo runs the CLI only

  local tmp
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/sanitize-demo.XXXXXX")
  # shellcheck disable=SC2064  # expand now: tmp is local
  trap "rm -rf -- '$tmp'" EXIT
  local image=$tmp/disk.img
  truncate -s 256M "$image"

  # A disk image needs --yes only; a block device would also need --confirm NAME-OR-SERIAL.
  say "sanitize wipe $image --yes"
  echo "(default method: one random pass, then a full read-back verification)"
  local rc=0
  "$build_dir/tools/sanitize" wipe "$image" --yes </dev/null || rc=$?
  echo
  echo "sanitize exited with $rc (0 erased, 1 failed or erased with exceptions, 2 usage," \
       "3 refused for safety, 130 interrupted)"
  return "$rc"
}

cmd_test() {
  install_deps
  # RelWithDebInfo (-O2 -g), the project's default: what developers build, with usable stack
  # traces. Not Release: at -O3 GCC 12 warns falsely (-Wrestrict, inside libstdc++'s inlined
  # memcpy) on `"text" + std::string&&`, which -Werror turns into a failed build.
  configure "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSANITIZE_WERROR=ON -DSANITIZE_SANITIZERS=OFF \
    -DSANITIZE_BUILD_TESTS=ON
  build "$build_dir"
  run_tests "$build_dir"
}

cmd_test_asan() {
  install_deps
  configure "$asan_build_dir" -DCMAKE_BUILD_TYPE=Debug -DSANITIZE_SANITIZERS=ON -DSANITIZE_WERROR=ON \
    -DSANITIZE_BUILD_TESTS=ON
  build "$asan_build_dir"
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
  run_tests "$asan_build_dir"
}

case "${1:-}" in
  demo) cmd_demo ;;
  test) cmd_test ;;
  test-asan) cmd_test_asan ;;
  -h | --help | help) usage ;;
  *)
    usage >&2
    exit 2
    ;;
esac
