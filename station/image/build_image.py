#!/usr/bin/env python3
"""Builds the boot-and-wipe station (docs/station.md) from Debian 12 packages and this build:

  build_image.py --cli build/tools/sanitize --station build/station/sanitize-station \
                 --out station.img [--pxe DIR] [--data-from DIR] [--data-mib 128] [--serial-console]

The system is Debian's kernel and an initramfs (busybox, kmod, the drivers a PC's disks and
keyboard need, fsck.fat, fbterm with a Japanese font, sanitize and sanitize-station with their
shared libraries); the station runs from RAM. The USB image (GPT): partition 1, the system (EFI
system partition, systemd-boot for UEFI, syslinux for legacy BIOS), partition 2 the data
partition (FAT32), filled from --data-from. --pxe writes vmlinuz, initrd.img and loader
configurations for a PXE server.
"""
import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))  # noqa: E402

from stationimage import debian_kernel, disk, initramfs  # noqa: E402


def parse():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the sanitize binary")
    parser.add_argument("--station", required=True, help="the sanitize-station binary")
    parser.add_argument("--out", required=True, help="the USB image to write")
    parser.add_argument("--pxe", help="a directory for the PXE artefacts")
    parser.add_argument("--data-from", help="files for the data partition (station.conf, keys, ledger.db, …)")
    parser.add_argument("--data-mib", type=int, default=128, help="size of the data partition (default 128)")
    parser.add_argument("--kernel-dir", help="a station kernel unpacked before (default: Debian's current one, cached)")
    parser.add_argument("--serial-console", action="store_true",
                        help="the station on the first serial port (PCs without a screen, and the tests)")
    return parser.parse_args()


def kernel_command_line(serial):
    # quiet: the station's screen is not scrolled away by kernel messages; the last console=
    # is where the station runs.
    consoles = "console=tty0 console=ttyS0,115200" if serial else "console=ttyS0,115200 console=tty0"
    return f"{consoles} quiet loglevel=3 panic=10"


def system_mib(files):
    """The system partition: its files with room to spare, at least FAT32's smallest size."""
    total = sum(pathlib.Path(p).stat().st_size for p in files.values())
    return max(disk.MIN_FAT32_MIB, int(total * 1.25) // disk.MIB + 8)


def data_files(source):
    if not source:
        return {}
    root = pathlib.Path(source)
    return {str(p.relative_to(root)): p for p in sorted(root.rglob("*")) if p.is_file()}


def write_pxe(directory, kern, initrd, append):
    target = pathlib.Path(directory)
    (target / "pxelinux.cfg").mkdir(parents=True, exist_ok=True)
    shutil.copy2(kern.vmlinuz, target / "vmlinuz")
    shutil.copy2(initrd, target / "initrd.img")
    (target / "pxelinux.cfg" / "default").write_text(
        f"DEFAULT station\nLABEL station\n  KERNEL vmlinuz\n  INITRD initrd.img\n  APPEND {append}\n")
    (target / "station.ipxe").write_text(f"#!ipxe\nkernel vmlinuz {append}\ninitrd initrd.img\nboot\n")


def main():
    args = parse()
    kern = debian_kernel.Kernel(args.kernel_dir) if args.kernel_dir else initramfs.station_kernel()
    with tempfile.TemporaryDirectory(prefix="sanitize-station-image.") as scratch:
        initrd = initramfs.build(pathlib.Path(scratch) / "initrd.img", args.cli, args.station, kern)
        append = kernel_command_line(args.serial_console)
        boot_dir, boot = disk.boot_files(kern.vmlinuz, initrd, append)
        layout = disk.Layout(system_mib(boot), args.data_mib)
        out = pathlib.Path(args.out)
        partial = out.with_name(out.name + ".partial")
        disk.partition(partial, layout)
        disk.make_fat(partial, layout.system_start, layout.system_sectors, disk.SYSTEM_LABEL)
        disk.copy_in(partial, layout.system_start, boot)
        disk.install_syslinux(partial, layout.system_start)
        disk.make_fat(partial, layout.data_start, layout.data_sectors, disk.DATA_LABEL)
        disk.copy_in(partial, layout.data_start, data_files(args.data_from))
        shutil.rmtree(boot_dir)
        if args.pxe:
            write_pxe(args.pxe, kern, initrd, kernel_command_line(args.serial_console))
        partial.rename(out)
        print(f"{out}: {layout.total_bytes // disk.MIB} MiB (system {layout.system_sectors * disk.SECTOR // disk.MIB} MiB,"
              f" data {args.data_mib} MiB); kernel {kern.version}; initramfs {initrd.stat().st_size // disk.MIB} MiB")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (subprocess.CalledProcessError, RuntimeError, FileNotFoundError) as failure:
        print(f"build_image.py: error: {failure}", file=sys.stderr)
        sys.exit(1)
