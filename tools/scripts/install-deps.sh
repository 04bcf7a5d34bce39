#!/usr/bin/env bash
# Installs every Debian 12 package needed to build, test and benchmark sanitize.
#
# Idempotent: when every package is already installed it does not touch apt at all (checked
# with dpkg-query), so running it again costs a fraction of a second. Otherwise it runs
# `apt-get update` once and installs only what is missing. Works as root, or through sudo.
#
#   bash tools/scripts/install-deps.sh           install what is missing
#   bash tools/scripts/install-deps.sh --list    print the package list and exit
#   bash tools/scripts/install-deps.sh --check   exit 0 when all are installed, 1 otherwise
set -euo pipefail

# Build: compiler, build tools and the -dev libraries that CMakeLists.txt finds.
build_packages=(
  build-essential cmake ninja-build pkg-config
  libsodium-dev libssl-dev nlohmann-json3-dev libcli11-dev libspdlog-dev libfmt-dev
  libudev-dev catch2
  libsqlite3-dev libpq-dev  # the ledger's two stores
  # The shared ledger's server-side checks: the small PostgreSQL extension sanitize_pg
  # (libsanitize/pg/) that hashes and verifies Ed25519 signatures inside the append function.
  postgresql-server-dev-15
  libhpdf-dev libqrencode-dev fonts-ipafont-gothic  # PDF certificates: libharu, QR codes, a Japanese TrueType font
  # PDF/A: the sRGB ICC profile compiled into the library (libsanitize/CMakeLists.txt), and the
  # embedded monospaced font for hashes and ids (DejaVu Sans Mono).
  icc-profiles-free fonts-dejavu-core
  libarchive-dev  # carry-out folders: the pax tar stream inside age files
  libzip-dev libzxcvbn-dev zlib1g-dev  # attachments: ZIP reading, password strength, deflate
  # The GUI (gui/): Qt 6 Widgets and Test, lupdate/lrelease for the ja/en translations, and a
  # CJK font so that Japanese renders; the offscreen platform plugin of the GUI tests comes with
  # libqt6gui6, a dependency of qt6-base-dev.
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev fonts-noto-cjk
  qt6-translations-l10n  # Qt's own words in Japanese: the standard buttons, the file dialog
  pandoc  # the man pages, rendered from docs/*.md at build time (docs/CMakeLists.txt)
)
# Tests and benchmark: loop devices (losetup), file systems and partition tables for the
# safety tests (mkfs.ext4, sfdisk, mkswap), dd and shred, the nwipe peer, python3 to read the
# JSON reports in bench/wipe_bench.sh; postgresql for the throw-away server of the ledger tests
# (tests/ledger/pg_test_server.sh), minisign for the key and signature interop tests,
# poppler-utils (pdftotext, pdftoppm, pdfinfo, pdffonts, pdfdetach), qpdf (--check) and zbar-tools
# (zbarimg) for the PDF certificate tests;
# age, p7zip-full and libarchive-tools (bsdtar) as the stock peers of the interop tests;
# dosfstools, exfatprogs and mtools to write and check a stick's file system without mounting.
tool_packages=(
  util-linux mount e2fsprogs fdisk coreutils nwipe python3
  postgresql minisign poppler-utils qpdf zbar-tools
  age p7zip-full libarchive-tools dosfstools exfatprogs mtools
  time  # /usr/bin/time -v: peak memory in bench/age_bench.sh and bench/attach_bench.sh
  # The device lab (tests/vmlab): QEMU with TCG for emulated NVMe/SATA/USB drives, busybox as the
  # guest's userland; the guest kernel is Debian's, downloaded and cached below, not installed.
  qemu-system-x86 qemu-utils busybox-static
  # The boot-and-wipe station (station/image/build_image.py, docs/station.md): syslinux's BIOS
  # boot code and installer, systemd-boot for UEFI, kmod (depmod for the image, modprobe inside
  # it), fbterm (the Japanese console); ovmf is the UEFI firmware its tests boot through.
  syslinux syslinux-common systemd-boot-efi kmod fbterm ovmf
  # The Debian packages (tools/scripts/build-packages.sh: debhelper) and their test
  # (tests/packaging: lintian, appstreamcli validate, man -w after installing them).
  debhelper lintian appstream man-db
  zsh  # tests/cli/completion_test.sh: zsh parses the generated completion
)
packages=("${build_packages[@]}" "${tool_packages[@]}")

missing_packages() {
  local pkg status
  for pkg in "${packages[@]}"; do
    # "ii " = wanted install, installed; anything else (or unknown to dpkg) is missing.
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    if [[ $status != "ii "* ]]; then
      printf '%s\n' "$pkg"
    fi
  done
}

case "${1:-}" in
  --list)
    printf '%s\n' "${packages[@]}"
    exit 0
    ;;
  --check)
    [[ -z $(missing_packages) ]]
    exit $?
    ;;
  "") ;;
  -h | --help)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "install-deps.sh: error: unknown argument '$1' (try --help)" >&2
    exit 2
    ;;
esac

# The device lab's guest kernel and the station's: apt-get download + dpkg-deb -x into a cache
# outside the checkout (a second run, or a fresh clone, finds it there); only vmlinuz and the
# modules each needs are kept.
fetch_lab_kernel() {
  local lab
  lab=$(dirname -- "${BASH_SOURCE[0]}")/../../tests/vmlab/lab.py
  if ! python3 "$lab" fetch-kernel --if-missing; then
    echo "install-deps.sh: warning: no guest kernel for the device lab; its tests will be skipped" >&2
  fi
}

mapfile -t missing < <(missing_packages)
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages already installed"
  fetch_lab_kernel
  exit 0
fi

if ((EUID == 0)); then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps.sh: error: not root and sudo is not available" >&2
  echo "install-deps.sh: hint: run as root: apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
# DPkg::Lock::Timeout waits for another apt (e.g. unattended-upgrades) instead of failing.
apt_get=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y
         -o DPkg::Lock::Timeout=600)
"${apt_get[@]}" update
"${apt_get[@]}" install --no-install-recommends "${missing[@]}" </dev/null

mapfile -t still_missing < <(missing_packages)
if ((${#still_missing[@]} > 0)); then
  echo "install-deps.sh: error: still missing after apt-get install: ${still_missing[*]}" >&2
  exit 1
fi
fetch_lab_kernel
echo "install-deps: done"
