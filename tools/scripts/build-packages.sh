#!/usr/bin/env bash
# Builds the Debian packages sanitize and sanitize-gui from this repository (docs/packaging.md).
#
#   bash tools/scripts/build-packages.sh [OUTPUT_DIR]
#
# The working tree (tracked files and new ones git does not ignore, uncommitted changes
# included) is copied to build-deb/sanitize-VERSION/ and built there with
# `dpkg-buildpackage -b` (no tests: ctest runs them on the same sources), so that the clone
# stays clean and nothing is written beside it. The packages, .buildinfo and .changes go to
# OUTPUT_DIR (default build-deb/). The copy has no .git, so the commit is handed to the build.
# The build dependencies come with tools/scripts/install-deps.sh; root is not needed.
# SANITIZE_PACKAGE_JOBS sets the parallel jobs (default: the number of cores);
# SANITIZE_PACKAGE_DBGSYM=no leaves out the -dbgsym packages (the packaging test: it saves the
# compression of some 60 MB of debug information).
set -euo pipefail

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
repo_root=$(cd -- "$script_dir/../.." && pwd -P)
work_dir=$repo_root/build-deb

fail() {
  printf 'build-packages.sh: error: %s\n' "$1" >&2
  [[ -z ${2:-} ]] || printf 'build-packages.sh: hint: %s\n' "$2" >&2
  exit 1
}

case "${1:-}" in
  -h | --help)
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
esac
mkdir -p "${1:-$work_dir}"
output_dir=$(cd -- "${1:-$work_dir}" && pwd -P)

# One version everywhere: CMakeLists.txt, debian/changelog, the AppStream release.
version=$(sed -n 's/^project(sanitize VERSION \([0-9.]*\).*/\1/p' "$repo_root/CMakeLists.txt")
changelog_version=$(cd "$repo_root" && dpkg-parsechangelog -S Version)
metainfo=$repo_root/gui/data/jp.sanitize.gui.metainfo.xml
[[ $changelog_version == "$version" ]] ||
  fail "debian/changelog says $changelog_version, CMakeLists.txt says $version" "add a debian/changelog entry (dch -v $version)"
grep -q "<release version=\"$version\"" "$metainfo" ||
  fail "gui/data/jp.sanitize.gui.metainfo.xml has no <release version=\"$version\">" "add the release to its <releases>"
command -v dpkg-buildpackage >/dev/null && command -v dh >/dev/null ||
  fail "dpkg-buildpackage or debhelper is missing" "bash tools/scripts/install-deps.sh"

# The commit, as cmake/build_commit.cmake would find it in the clone.
commit=
if git -C "$repo_root" rev-parse --git-dir >/dev/null 2>&1; then
  commit=$(git -C "$repo_root" rev-parse --short=12 HEAD)
  [[ -z $(git -C "$repo_root" status --porcelain --untracked-files=no) ]] || commit+=-dirty
fi

source_dir=$work_dir/sanitize-$version
rm -rf -- "$source_dir"
mkdir -p "$source_dir"
echo "build-packages: copying the working tree to $source_dir"
if [[ -n $commit ]]; then
  # --ignore-failed-read: a tracked file deleted in the working tree is left out.
  git -C "$repo_root" ls-files -z --cached --others --exclude-standard |
    tar -C "$repo_root" --null -T - --ignore-failed-read -cf - | tar -C "$source_dir" -xf -
else
  tar -C "$repo_root" --exclude='./build*' --exclude=./.git --exclude=./obj-* -cf - . | tar -C "$source_dir" -xf -
fi

jobs=${SANITIZE_PACKAGE_JOBS:-$(nproc 2>/dev/null || echo 2)}
echo "build-packages: dpkg-buildpackage -b ($jobs jobs, commit ${commit:-unknown})"
(
  cd "$source_dir"
  options="nocheck parallel=$jobs"
  [[ ${SANITIZE_PACKAGE_DBGSYM:-yes} != no ]] || options+=" noautodbgsym"
  export SANITIZE_BUILD_COMMIT=$commit DEB_BUILD_OPTIONS=$options
  dpkg-buildpackage -b -us -uc
)

arch=$(dpkg-architecture -qDEB_HOST_ARCH)
# Both packages, their -dbgsym companions, .buildinfo and .changes.
built=("$work_dir"/sanitize*_"${version}_$arch".*)
if [[ $output_dir != "$work_dir" ]]; then
  mv -f -- "${built[@]}" "$output_dir/"
fi
rm -rf -- "$source_dir"  # the object tree is large; the compiler cache keeps what is worth keeping
echo "build-packages: done:"
ls -l "$output_dir"/sanitize_"$version"_"$arch".deb "$output_dir"/sanitize-gui_"$version"_"$arch".deb
