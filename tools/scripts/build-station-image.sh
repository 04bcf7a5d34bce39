#!/usr/bin/env bash
# Builds the boot-and-wipe station (docs/station.md): the USB image and the PXE artefacts.
#
#   bash tools/scripts/build-station-image.sh [--data-from DIR] [--out IMAGE] [--pxe DIR]
#                                             [--data-mib N] [--serial-console]
#
# Builds sanitize and sanitize-station (Release, in build-station/) and hands them to
# station/image/build_image.py, which assembles Debian's kernel, an initramfs and both boot
# loaders from Debian 12 packages into IMAGE (default build-station/sanitize-station.img) and,
# with --pxe, vmlinuz, initrd.img and loader configurations into DIR. --data-from copies the
# site's files (station.conf, operator.key, ledger.db, admin.pub, pcs.txt, …) onto the data
# partition; they may as well be copied onto the stick later, from any PC. Root is not needed.
# The packages come with tools/scripts/install-deps.sh.
set -euo pipefail

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
repo_root=$(cd -- "$script_dir/../.." && pwd -P)
build_dir=$repo_root/build-station

case "${1:-}" in
  -h | --help)
    sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
esac
out=$build_dir/sanitize-station.img
forward=()
while (($#)); do
  case $1 in
    --out) out=$2; shift 2 ;;
    --data-from | --pxe | --data-mib) forward+=("$1" "$2"); shift 2 ;;
    --serial-console) forward+=("$1"); shift ;;
    *) echo "build-station-image.sh: error: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

# Release, as the packages are built; -Werror off: Release (-O3) meets GCC 12's false warnings.
cmake -S "$repo_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSANITIZE_WERROR=OFF \
      -DSANITIZE_BUILD_TESTS=OFF -DSANITIZE_BUILD_GUI=OFF -DSANITIZE_BUILD_MAN=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)" --target sanitize_cli sanitize_station
mkdir -p "$(dirname -- "$out")"
python3 "$repo_root/station/image/build_image.py" --cli "$build_dir/tools/sanitize" \
        --station "$build_dir/station/sanitize-station" --out "$out" "${forward[@]}"
