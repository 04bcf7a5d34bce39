"""The station's kernel and initramfs: Debian's kernel with the drivers a PC's disks, USB and
keyboard need, and a root file system that holds only what the station runs."""
import pathlib
import shutil
import subprocess
import tempfile

from . import debian_kernel
from .cpio import FAT_TOOL_DATA, CpioWriter, add_host_file, add_program_libraries, merged_usr, stripped

HERE = pathlib.Path(__file__).resolve().parent.parent

# Whole directories of the module tree where PCs vary (SATA and NVMe controllers, USB hosts,
# SD/eMMC readers), and single modules elsewhere: the SCSI directory alone is 22 MB of server
# HBAs. vmd: NVMe disks behind Intel's Volume Management Device on recent laptops. About 13 MB
# with their dependencies (docs/station.md).
MODULE_DIRECTORIES = [
    "kernel/drivers/ata", "kernel/drivers/mmc", "kernel/drivers/usb/host",
    "kernel/drivers/usb/storage", "kernel/drivers/hid/usbhid", "kernel/fs/fat", "kernel/fs/nls",
]
MODULES = ["nvme", "sd_mod", "sg", "virtio_pci", "virtio_blk", "virtio_scsi", "megaraid_sas", "mpt3sas", "vmd",
           "hid_generic", "crct10dif_generic", "crc64_rocksoft_generic"]

# Host programs besides busybox: modprobe and depmod's twin (kmod), the FAT repair, fbterm.
PROGRAMS = ["/usr/bin/kmod", "/usr/sbin/fsck.fat", "/usr/bin/fbterm"]
LINKS = {"/usr/sbin/modprobe": "../bin/kmod", "/usr/sbin/fsck.vfat": "fsck.fat"}
# The PDF's font (cert/pdf_font.cpp looks for it here) and fbterm's: IPA Gothic, fixed width.
FONTS = ["/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf", "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"]
FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts</dir><cachedir>/tmp/fontconfig</cachedir>
<alias><family>monospace</family><prefer><family>IPAGothic</family></prefer></alias></fontconfig>
"""


def wanted_text():
    """What a cached station kernel records as its module list (modules.wanted)."""
    return debian_kernel.wanted_text(MODULES, MODULE_DIRECTORIES)


def station_kernel():
    """The station's kernel in the shared cache (station-<version>), fetched when missing."""
    return debian_kernel.cached_or_fetched(lambda version: f"station-{version}", MODULES, MODULE_DIRECTORIES)


def _add_modules(cpio, kern):
    """The module tree with the modules.dep and modules.alias that depmod writes for it, so that
    modprobe in the station loads a driver by a device's modalias."""
    with tempfile.TemporaryDirectory(prefix="sanitize-station-depmod.") as scratch:
        root = pathlib.Path(scratch) / "lib" / "modules" / kern.version
        shutil.copytree(kern.modules, root)
        subprocess.run(["depmod", "-b", scratch, kern.version], check=True)
        for path in sorted(root.rglob("*")):
            if path.is_file():
                cpio.file_bytes(f"usr/lib/modules/{kern.version}/{path.relative_to(root)}", path.read_bytes())


def build(path, cli, station, kern):
    cpio = CpioWriter(path)
    for directory in ("proc", "sys", "dev", "tmp", "run", "data", "etc", "root", "usr/lib64"):
        cpio.directory(directory)
    merged_usr(cpio)
    cpio.file_bytes("init", (HERE / "init").read_bytes(), 0o755)
    cpio.file_bytes("bin/busybox", pathlib.Path("/bin/busybox").read_bytes(), 0o755)
    cpio.file_bytes("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\n")
    cpio.file_bytes("etc/group", b"root:x:0:\n")
    cpio.file_bytes("etc/fonts/fonts.conf", FONTS_CONF.encode())
    cpio.file_bytes("root/.fbtermrc", b"font-names=IPAGothic\nfont-size=16\ncursor-shape=0\n")
    for name, program in (("usr/bin/sanitize", cli), ("usr/bin/sanitize-station", station)):
        cpio.file_bytes(name, stripped(program), 0o755)
        add_program_libraries(cpio, program)
    for program in PROGRAMS:
        add_host_file(cpio, program)
        add_program_libraries(cpio, program)
    for link, target in LINKS.items():
        cpio.symlink(link, target)
    for data in [*FONTS, *FAT_TOOL_DATA]:
        if pathlib.Path(data).exists():
            add_host_file(cpio, data)
    _add_modules(cpio, kern)
    cpio.close()
    return pathlib.Path(path)
