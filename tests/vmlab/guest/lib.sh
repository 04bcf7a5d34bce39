# Shell helpers for scenario scripts (sourced by /lab/scenario.sh in the guest).
# run NAME CMD...: runs CMD with stdout in /lab/out/NAME.out, stderr in NAME.err, exit code in
# NAME.rc, and says so on the log port. event TEXT: asks the host to act (LAB_EVENT TEXT).
export SANITIZE_LEDGER=/lab/office/ledger.db SANITIZE_KEY=/lab/office/operator.key
export SANITIZE_CHECKPOINT_DIR=/lab/out/checkpoints
mkdir -p /lab/out/certs /lab/out/checkpoints
PASS="--passphrase-file /lab/office/pass"
CERTS="--cert-dir /lab/out/certs --no-pdf"

run() {
  name=$1
  shift
  "$@" > "/lab/out/$name.out" 2> "/lab/out/$name.err"
  rc=$?
  echo "$rc" > "/lab/out/$name.rc"
  echo "ran $name: exit $rc: $*"
  sed 's/^/  stderr: /' "/lab/out/$name.err" | head -20
  return $rc
}

event() { echo "LAB_EVENT $*"; }

# The kernel name of the block device whose serial is $1 (sysfs serial, or in SCSI VPD page 80h).
disk_with_serial() {
  for d in /sys/block/*; do
    s=$(cat "$d/device/serial" 2>/dev/null || cat "$d/serial" 2>/dev/null)
    [ "$(echo $s)" = "$1" ] && { echo "${d##*/}"; return 0; }  # echo: without the padding
    [ -e "$d/device/vpd_pg80" ] || continue
    # busybox grep stops a line at a NUL byte, and the page starts with one
    tr '\0' ' ' < "$d/device/vpd_pg80" | grep -qF "$1" && { echo "${d##*/}"; return 0; }
  done
  return 1
}

# The kernel name of the first whole disk on a bus: $1 is "usb", "ata" or "nvme".
disk_on() {
  for d in /sys/block/sd* /sys/block/nvme*; do
    [ -e "$d" ] || continue
    case "$(readlink -f "$d")" in */"$1"*) echo "${d##*/}"; return 0 ;; esac
  done
  return 1
}
