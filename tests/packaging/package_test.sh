#!/usr/bin/env bash
# The Debian packages as an administrator meets them: built by the documented command, lintian
# without errors (and every warning explained in docs/packaging.md), AppStream data that
# appstreamcli accepts, installed with dpkg -i, the programs and man pages there, a wipe whose
# ledger, key and certificate folder only /etc/sanitize/sanitize.conf names (its certificate,
# its ledger event and its journal line checked), and dpkg --purge leaving no file behind.
#
#   package_test.sh SOURCE_DIR OUTPUT_DIR SANITIZERS(0|1)
#
# Exit 77 (ctest: skipped) with the reason where it must not or cannot run.
set -euo pipefail

source_dir=$1
output_dir=$2
sanitizers=$3
skip() { echo "skipped: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
step() { printf '\n--- %s\n' "$*"; }
seconds_since() { echo $(($(date +%s) - $1)); }

[[ $sanitizers == 0 ]] ||
  skip "an ASan+UBSan build: the packages are built and tested once, in the plain build (CI phase 1)"
((EUID == 0)) || skip "needs root: it installs the packages with dpkg -i and purges them"
for package in sanitize sanitize-gui sanitize-postgresql; do
  if [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true) == i* ]]; then
    skip "the $package package is installed on this machine: the test would replace and purge it"
  fi
done
if [[ -e /etc/sanitize ]]; then
  skip "/etc/sanitize exists without the package (a hand-made configuration): the test would replace it"
fi
for tool in dpkg-buildpackage dh lintian appstreamcli man; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run bash tools/scripts/install-deps.sh"
done

version=$(sed -n 's/^project(sanitize VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
cli_deb=$output_dir/sanitize_${version}_$arch.deb
gui_deb=$output_dir/sanitize-gui_${version}_$arch.deb
pg_deb=$output_dir/sanitize-postgresql_${version}_$arch.deb

step "build: bash tools/scripts/build-packages.sh"
started=$(date +%s)
rm -rf -- "$output_dir"
SANITIZE_PACKAGE_DBGSYM=no bash "$source_dir/tools/scripts/build-packages.sh" "$output_dir"
echo "packaging: built in $(seconds_since "$started") s"
[[ -f $cli_deb && -f $gui_deb && -f $pg_deb ]] || fail "the packages are not in $output_dir"

step "lintian"
started=$(date +%s)
lintian_out=$output_dir/lintian.txt
lintian --fail-on error "$cli_deb" "$gui_deb" "$pg_deb" | tee "$lintian_out" || fail "lintian reports errors (E: above)"
# Every warning stays only with its reason in docs/packaging.md.
while read -r tag; do
  grep -q -- "\`$tag\`" "$source_dir/docs/packaging.md" ||
    fail "lintian warns '$tag', which docs/packaging.md does not explain"
done < <(sed -n 's/^W: [^:]*: \([^ ]*\).*/\1/p' "$lintian_out" | sort -u)
echo "packaging: lintian took $(seconds_since "$started") s"

# What the packages hold, and which of those paths (and the data directories) exist before.
package_paths() {
  dpkg-deb -c "$cli_deb" | awk '{print $6}'
  dpkg-deb -c "$gui_deb" | awk '{print $6}'
  dpkg-deb -c "$pg_deb" | awk '{print $6}'
  printf '%s\n' ./etc/sanitize ./var/lib/sanitize ./var/lib/sanitize/checkpoints ./usr/share/man/man1/sanitize.1.gz \
    ./usr/share/man/man1/sanitize-gui.1.gz ./usr/share/man/man5/sanitize.conf.5.gz
}
mapfile -t paths < <(package_paths | sed -e 's|^\.||' -e 's|/$||' | grep -v '^$' | sort -u)
declare -A existed=()
for path in "${paths[@]}"; do [[ ! -e $path ]] || existed[$path]=1; done

# /var/lib/sanitize may hold what root's wipes left (checkpoints of earlier tests, in CI): purging
# the package removes the checkpoints, so the directory is put back as it was at the end.
saved=$(mktemp -d "${TMPDIR:-/tmp}/sanitize-packaging.XXXXXX")
[[ ! -e /var/lib/sanitize ]] || cp -a /var/lib/sanitize "$saved/"
restore() {
  if [[ -e $saved/sanitize ]]; then
    rm -rf /var/lib/sanitize
    cp -a "$saved/sanitize" /var/lib/
  fi
  rm -rf -- "$saved"
}
purge() { dpkg --purge sanitize-postgresql sanitize-gui sanitize >/dev/null 2>&1 || true; }
trap 'purge; restore' EXIT  # a failed check leaves the machine as it was too

step "dpkg -i"
started=$(date +%s)
dpkg -i "$cli_deb" "$gui_deb"
# The server module needs PostgreSQL 15's server (the ledger tests install it); a machine without
# it cannot install the package, and then only its contents are checked.
if dpkg-query -W -f='${db:Status-Abbrev}' postgresql-15 2>/dev/null | grep -q '^i'; then
  dpkg -i "$pg_deb"
  [[ -f $(pg_config --pkglibdir)/sanitize_pg.so ]] || fail "sanitize_pg.so is not in the server's library directory"
else
  echo "packaging: postgresql-15 is not installed: sanitize-postgresql is checked by its contents only"
  dpkg-deb -c "$pg_deb" | grep -q '/usr/lib/postgresql/15/lib/sanitize_pg.so$' || fail "sanitize-postgresql lacks sanitize_pg.so"
fi

step "what was installed"
expected_commit=
if git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
  expected_commit=$(git -C "$source_dir" rev-parse --short=12 HEAD)
fi
cli_version=$(sanitize --version)
echo "$cli_version"
[[ $cli_version == "sanitize $version (commit ${expected_commit:-unknown: built without git}"* ]] ||
  fail "sanitize --version prints '$cli_version'"
gui_version=$(QT_QPA_PLATFORM=offscreen sanitize-gui --version)
echo "$gui_version"
[[ $gui_version == "sanitize-gui $version (commit ${expected_commit:-unknown: built without git}"* ]] ||
  fail "sanitize-gui --version prints '$gui_version'"
for page in sanitize sanitize.conf sanitize-gui; do
  man -w "$page" || fail "man -w $page finds no page"
done
[[ $(man -w sanitize.conf) == */man5/sanitize.conf.5.gz ]] || fail "sanitize.conf is not the section-5 page"
dpkg-query -W -f='${Conffiles}\n' sanitize | grep -q ' /etc/sanitize/sanitize.conf ' ||
  fail "/etc/sanitize/sanitize.conf is not a conffile"
[[ $(stat -c '%a %U' /var/lib/sanitize/checkpoints) == "700 root" ]] ||
  fail "/var/lib/sanitize/checkpoints is $(stat -c '%a %U' /var/lib/sanitize/checkpoints), not 700 root"
[[ -f /usr/share/polkit-1/actions/jp.sanitize.wipe.policy ]] || fail "the polkit action is not installed"
[[ -x /usr/libexec/sanitize/sanitize-helper ]] || fail "the privileged helper is not installed"
# The action names the helper and nothing else: never the CLI, which as root reads and writes anything.
grep -q '"org.freedesktop.policykit.exec.path">/usr/libexec/sanitize/sanitize-helper<' \
  /usr/share/polkit-1/actions/jp.sanitize.wipe.policy || fail "the polkit action does not name the helper"
# The site file as shipped sets nothing and has no problem.
env -u SANITIZE_SITE_CONFIG sanitize --lang en config show >"$output_dir/config-show.txt" ||
  fail "sanitize config show refuses the installed site file"
grep -q "site file: /etc/sanitize/sanitize.conf" "$output_dir/config-show.txt" ||
  fail "sanitize config show does not read /etc/sanitize/sanitize.conf"
appstreamcli validate --no-net /usr/share/metainfo/jp.sanitize.gui.metainfo.xml ||
  fail "appstreamcli does not accept the AppStream metadata"

step "an installed wipe, configured only by /etc/sanitize/sanitize.conf"
started=$(date +%s)
# The ledger, the operator key and the certificate folder are named in the site file alone (no
# option, no variable); the file is a conffile, edited here and put back before the purge.
run=$saved/run
mkdir -p "$run/home" "$run/certificates"
printf 'Pk7#vR2!mZ9@qL4x\n' >"$run/pass"
cp -a /etc/sanitize/sanitize.conf "$saved/sanitize.conf.shipped"
installed() {
  env -u SANITIZE_SITE_CONFIG -u SANITIZE_LEDGER -u SANITIZE_KEY -u SANITIZE_CERTIFICATE_DIR -u SANITIZE_ORGANISATION \
    -u XDG_CONFIG_HOME -u XDG_DATA_HOME HOME="$run/home" sanitize --lang en "$@"
}
installed key init --out "$run/root.key" --kdf interactive --passphrase-file "$run/pass" >/dev/null
installed key init --out "$run/operator.key" --kdf interactive --passphrase-file "$run/pass" >/dev/null
cat >>/etc/sanitize/sanitize.conf <<CONF
organisation = パッケージ試験株式会社
ledger = $run/ledger.db
key = $run/operator.key
certificate_dir = $run/certificates
CONF
installed ledger init --key "$run/root.key" --passphrase-file "$run/pass" >/dev/null ||
  fail "ledger init with the organisation and ledger of the site file"
installed key register "$run/operator.key.pub" --name "試験 太郎" --role staff --valid-from 2020-01-01 \
  --key "$run/root.key" --passphrase-file "$run/pass" >/dev/null || fail "key register in the configured ledger"
truncate -s 1M "$run/disk.img"
wiped_at=$(date +%s)
installed wipe "$run/disk.img" --yes --method zero --passphrase-file "$run/pass" || fail "the configured wipe"
compgen -G "$run/certificates/certificate-*.json" >/dev/null ||
  fail "no certificate in the configured folder $run/certificates"
installed ledger log | grep -q 'wipe.certificate' || fail "no wipe.certificate event in the configured ledger"
# journald takes syslog(3) lines (tools/system_log.hpp); a machine without it (a container) says so.
if systemctl is-active --quiet systemd-journald 2>/dev/null; then
  journalctl --sync 2>/dev/null || true
  journalctl -q -o cat -t sanitize --since "@$wiped_at" | tee "$output_dir/journal.txt" | grep -q "^wipe.ended uid=0 target=$run/disk.img .*outcome=erased certificate=[0-9a-f-]\{36\}" ||
    fail "no wipe.ended line with its certificate in the journal"
  grep -q "^ledger.written uid=0 event=wipe.certificate " "$output_dir/journal.txt" || fail "no ledger.written line in the journal"
else
  echo "packaging: journald does not run here: the journal line is not checked (CI's VM runs it)"
fi
cp -a "$saved/sanitize.conf.shipped" /etc/sanitize/sanitize.conf
echo "packaging: the configured wipe took $(seconds_since "$started") s"

step "dpkg --purge"
dpkg --purge sanitize-postgresql sanitize-gui sanitize
left=()
for path in "${paths[@]}"; do
  [[ ! -e $path || -n ${existed[$path]:-} ]] || left+=("$path")
done
((${#left[@]} == 0)) || fail "dpkg --purge left behind: ${left[*]}"
[[ -n ${existed[/var/lib/sanitize]:-} || ! -e /var/lib/sanitize ]] || fail "dpkg --purge left /var/lib/sanitize"
trap - EXIT
restore
echo "packaging: installed, checked and purged in $(seconds_since "$started") s"
echo "packaging: passed"
