#!/usr/bin/env python3
"""The device lab: emulated NVMe, SATA and USB drives under a real Linux kernel in QEMU.

  lab.py fetch-kernel [--if-missing]      download and cache Debian's kernel (never installed), for
                                          the lab's guest and for the station image
  lab.py list                             the scenarios
  lab.py run SCENARIO --cli PATH --work DIR [--station PATH]
                                          boot one scenario; exit 0 passed, 1 failed, 77 skipped
"""
import argparse
import pathlib
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))  # noqa: E402

from vmlab import kernel, runner, station  # noqa: E402
from stationimage import initramfs as station_initramfs  # noqa: E402  (vmlab.kernel put it on the path)

HERE = pathlib.Path(__file__).resolve().parent
SCENARIOS = sorted(p.stem for p in (HERE / "scenarios").glob("s[0-9]*_*.py"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    fetch = sub.add_parser("fetch-kernel")
    fetch.add_argument("--if-missing", action="store_true", help="keep a cached kernel instead of asking apt")
    sub.add_parser("list")
    run = sub.add_parser("run")
    run.add_argument("scenario", choices=SCENARIOS)
    run.add_argument("--cli", required=True, help="the sanitize binary to put into the guest")
    run.add_argument("--work", required=True, help="a directory for images, logs and results")
    run.add_argument("--station", help="the sanitize-station binary, for the station scenarios")
    run.add_argument("--skip", metavar="REASON", help="report the scenario as skipped, for this reason")
    args = parser.parse_args()
    if args.command == "fetch-kernel":
        try:
            cached = kernel.cached_kernel() if args.if_missing else None
        except kernel.KernelMissing:
            cached = None
        print(f"guest kernel {(cached or kernel.fetch()).version} in {kernel.cache_root()}")
        try:
            station_kernel = station.cached_station_kernel() if args.if_missing else None
        except RuntimeError:
            station_kernel = None
        print(f"station kernel in {station_kernel or station_initramfs.station_kernel().directory}")
        return 0
    if args.command == "list":
        for name in SCENARIOS:
            print(f"{name}: {runner.load(name).TITLE}")
        return 0
    if args.skip:
        print(f"SKIP: {args.skip}")
        return runner.SKIPPED
    return runner.run(args.scenario, args.cli, args.work, args.station)


if __name__ == "__main__":
    sys.exit(main())
