#!/usr/bin/env python3
"""Two emulated NVMe disks wiped together against the sum of their single speeds, under QEMU
(TCG) in the device lab's guest (tests/vmlab): each disk wiped alone, then both in one
`sanitize wipe` (the job the station and the CLI share). Three set-ups: 1 vCPU (one host thread
for the whole guest, as the lab's tests run), 2 vCPUs (a host thread each), and 1 vCPU with each
disk limited by QEMU's throttle filter to --disk-mib-s, so that the disks rather than the
emulating CPU are the bottleneck, as real disks are.

  python3 bench/parallel_qemu_bench.py --cli build/tools/sanitize [--size-mib 128] [--method zero]
                                       [--disk-mib-s 40]

A benchmark, not a test: it asserts nothing. It needs what the lab needs (lab.py fetch-kernel).
"""
import argparse
import json
import pathlib
import re
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests" / "vmlab"))  # noqa: E402

from vmlab import initramfs, kernel, machine  # noqa: E402
from vmlab.drives import Disk, NvmeController  # noqa: E402

GUEST = r"""
. /lab/lib.sh
a=/dev/$(disk_with_serial BENCHA); b=/dev/$(disk_with_serial BENCHB)
timed() {  # NAME CONFIRMATIONS -- DEVICES: one wipe, its seconds from /proc/uptime and its exit code
  name=$1; shift
  confirm=; while [ "$1" != -- ]; do confirm="$confirm --confirm $1"; shift; done; shift
  t0=$(cut -d' ' -f1 /proc/uptime)
  sanitize wipe --yes $confirm --method METHOD --verify none --no-ledger --no-pdf "$@" > /dev/null 2> /tmp/err
  rc=$?
  t1=$(cut -d' ' -f1 /proc/uptime)
  echo "TIMED $name $t0 $t1 $rc"
  [ $rc -le 1 ] || cat /tmp/err  # 1: erased_with_exceptions (not_verified), as asked
}
for run in 1 2 3; do
  timed a BENCHA -- $a; timed b BENCHB -- $b; timed both BENCHA BENCHB -- $a $b
done
exit 0
"""


class ThrottledNvme(NvmeController):
    """An NVMe controller whose one namespace reads and writes at most `bps` bytes a second."""

    def __init__(self, name, serial, disk, bps):
        super().__init__(name, serial, [(1, disk)])
        self.bps = bps

    def qemu_args(self):
        disk = self.namespaces[0][1]
        group = f"tg-{self.name}"
        inner = json.loads(disk.blockdev())
        inner.pop("node-name")
        throttled = {"driver": "throttle", "node-name": disk.node, "throttle-group": group,
                     "file": dict(inner, **{"node-name": disk.node + "-raw"})}
        return ["-object", f"throttle-group,id={group},x-bps-write={self.bps},x-bps-read={self.bps}",
                "-blockdev", json.dumps(throttled), "-device", f"nvme,id={self.name},serial={self.serial}",
                "-device", f"nvme-ns,drive={disk.node},bus={self.name},nsid=1"]


def measure(cli, work, size_mib, method, cpus, bps=None):
    kern = kernel.cached_kernel()
    base = initramfs.base_image(cli, work / "image")
    if bps:
        disks = [ThrottledNvme("nvme0", "BENCHA", Disk("a", size_mib), bps),
                 ThrottledNvme("nvme1", "BENCHB", Disk("b", size_mib), bps)]
    else:
        disks = [NvmeController("nvme0", "BENCHA", [(1, Disk("a", size_mib))]),
                 NvmeController("nvme1", "BENCHB", [(1, Disk("b", size_mib))])]
    for drive in disks:
        for disk in drive.disks():
            disk.create(work)
    files = {"lab/lib.sh": (pathlib.Path(initramfs.HERE) / "guest" / "lib.sh").read_bytes(),
             "lab/scenario.sh": GUEST.replace("METHOD", method).encode(),
             "lab/wait": b"/dev/nvme0n1\n/dev/nvme1n1\n"}
    overlay = initramfs.overlay_image(work / "overlay.cpio", files)
    initrd = initramfs.initrd(base, overlay, work / "initrd.cpio")
    result = machine.Machine(work, kern, initrd, disks, memory_mib=1024, timeout=900, cpus=cpus).run()
    times = {}
    for name, start, end, rc in re.findall(r"TIMED (\w+) ([0-9.]+) ([0-9.]+) ([0-9]+)", result.log):
        if int(rc) <= 1:  # a wipe that was refused or failed is no measurement
            times.setdefault(name, []).append(float(end) - float(start))
    return {name: sorted(values)[len(values) // 2] for name, values in times.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--size-mib", type=int, default=128)
    parser.add_argument("--method", default="zero")
    parser.add_argument("--disk-mib-s", type=int, default=40, help="the throttled disks' speed")
    args = parser.parse_args()
    setups = [(1, None, "1 vCPU"), (2, None, "2 vCPUs"), (1, args.disk_mib_s << 20, f"1 vCPU, disks at {args.disk_mib_s} MiB/s")]
    for cpus, bps, label in setups:
        with tempfile.TemporaryDirectory(prefix="sanitize-parallel-qemu.") as scratch:
            t = measure(str(pathlib.Path(args.cli).resolve()), pathlib.Path(scratch), args.size_mib, args.method, cpus, bps)
        if set(t) != {"a", "b", "both"}:
            print(f"{label}: the guest did not report every wipe: {t}")
            continue
        ra, rb, rt = args.size_mib / t["a"], args.size_mib / t["b"], 2 * args.size_mib / t["both"]
        print(f"{label}, {args.method}, {args.size_mib} MiB each (medians of 3): A alone {t['a']:.2f} s "
              f"({ra:.0f} MiB/s), B alone {t['b']:.2f} s ({rb:.0f} MiB/s), sum {ra + rb:.0f} MiB/s; "
              f"together {t['both']:.2f} s ({rt:.0f} MiB/s): {rt / (ra + rb):.2f} of the sum")
    return 0


if __name__ == "__main__":
    sys.exit(main())
