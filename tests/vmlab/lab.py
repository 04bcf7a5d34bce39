#!/usr/bin/env python3
"""The device lab: emulated NVMe, SATA and USB drives under a real Linux kernel in QEMU.

  lab.py fetch-kernel [--if-missing]      download and cache Debian's kernel (never installed)
  lab.py list                             the scenarios
  lab.py run SCENARIO --cli PATH --work DIR
                                          boot one scenario; exit 0 passed, 1 failed, 77 skipped
"""
import argparse
import pathlib
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))  # noqa: E402

from vmlab import kernel, runner  # noqa: E402

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
    run.add_argument("--skip", metavar="REASON", help="report the scenario as skipped, for this reason")
    args = parser.parse_args()
    if args.command == "fetch-kernel":
        try:
            cached = kernel.cached_kernel() if args.if_missing else None
        except kernel.KernelMissing:
            cached = None
        print(f"guest kernel {(cached or kernel.fetch()).version} in {kernel.cache_root()}")
        return 0
    if args.command == "list":
        for name in SCENARIOS:
            print(f"{name}: {runner.load(name).TITLE}")
        return 0
    if args.skip:
        print(f"SKIP: {args.skip}")
        return runner.SKIPPED
    return runner.run(args.scenario, args.cli, args.work)


if __name__ == "__main__":
    sys.exit(main())
