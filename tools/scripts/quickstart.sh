#!/usr/bin/env bash
# One command for each thing a newcomer (or CI) wants to do, from any directory, as root on a
# fresh Debian 12 machine.
#
#   bash tools/scripts/quickstart.sh demo       install, build Release; in a temporary directory
#                                               make keys and the embedded ledger, wipe a 256 MiB
#                                               disk image (random pass + full verification),
#                                               then verify its signed certificate and the
#                                               ledger; exits non-zero when any step fails
#   bash tools/scripts/quickstart.sh test       install, build RelWithDebInfo with -Werror into
#                                               build/, run every test with ctest
#   bash tools/scripts/quickstart.sh test-asan  the same with ASan+UBSan, Debug, in build-asan/
#   bash tools/scripts/quickstart.sh build-asan only build build-asan/ (CI builds it while the
#                                               plain tests run)
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
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
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
  local sanitize=$repo_root/$build_dir/tools/sanitize
  cd "$tmp"
  # Everything lives in the temporary directory: the embedded (SQLite) ledger, the keys and the
  # image. Demo passphrases come from files (never argv); real keys are made with the default
  # scrypt cost (1 GiB) and a passphrase typed at the terminal.
  export SANITIZE_LEDGER=$tmp/ledger.db SANITIZE_KEY=$tmp/operator.key
  printf 'Demo-Kq7#mPx2-Root\n' >root.pass
  printf 'Demo-Wz9!vR4t-Op\n' >operator.pass
  local demo_kdf=(--kdf interactive)

  say "keys: an organisation root key and an operator key (minisign format)"
  "$sanitize" key init --out root.key "${demo_kdf[@]}" --passphrase-file root.pass
  "$sanitize" key init "${demo_kdf[@]}" --passphrase-file operator.pass
  say "ledger: the embedded SQLite ledger, its operator and the asset to erase"
  "$sanitize" ledger init --organisation "デモ株式会社" --key root.key --passphrase-file root.pass
  "$sanitize" key register operator.key.pub --name "山田 太郎" --role staff --key root.key --passphrase-file root.pass
  "$sanitize" asset add --id USB-0001 --name "USBメモリ（デモ）" --classification 1 --passphrase-file operator.pass

  local image=$tmp/disk.img
  truncate -s 256M "$image"
  # A disk image needs --yes only; a block device would also need --confirm NAME-OR-SERIAL.
  say "sanitize wipe disk.img --yes --asset USB-0001"
  echo "(default method: one random pass, then a full read-back verification; then the signed certificate)"
  local rc=0
  "$sanitize" wipe "$image" --yes --asset USB-0001 --passphrase-file operator.pass </dev/null || rc=$?
  echo
  echo "sanitize wipe exited with $rc (0 erased, 1 failed or erased with exceptions, 2 usage," \
       "3 refused for safety, 4 integrity, 130 interrupted)"
  [[ $rc == 0 ]] || return "$rc"

  local certificate
  certificate=$(ls certificate-*.json)
  say "sanitize cert verify $certificate"
  "$sanitize" cert verify "$certificate" || rc=$?
  say "the same signature with the stock tool: minisign -Vm $certificate -p operator.key.pub"
  minisign -Vm "$certificate" -p operator.key.pub || rc=$?
  say "sanitize ledger verify"
  "$sanitize" ledger verify || rc=$?
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

cmd_build_asan() {
  install_deps
  configure "$asan_build_dir" -DCMAKE_BUILD_TYPE=Debug -DSANITIZE_SANITIZERS=ON -DSANITIZE_WERROR=ON \
    -DSANITIZE_BUILD_TESTS=ON
  build "$asan_build_dir"
}

cmd_test_asan() {
  cmd_build_asan
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
  run_tests "$asan_build_dir"
}

case "${1:-}" in
  demo) cmd_demo ;;
  test) cmd_test ;;
  test-asan) cmd_test_asan ;;
  build-asan) cmd_build_asan ;;
  -h | --help | help) usage ;;
  *)
    usage >&2
    exit 2
    ;;
esac
