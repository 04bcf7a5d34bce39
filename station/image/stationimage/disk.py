"""The USB image: a GPT disk with two partitions, written into a file without mounting anything
or needing root. Partition 1, "STATION" (FAT32, the EFI system partition, flagged bootable for
legacy BIOS): the boot loaders, the kernel and the initramfs; the running station never mounts
it and marks it read-only. Partition 2, "STATIONDATA" (FAT32, readable on any office PC): the
site settings, keys, the ledger outbox and the evidence."""
import os
import pathlib
import subprocess
import tempfile

SECTOR = 512
MIB = 1024 * 1024
ESP_TYPE = "C12A7328-F81F-11D2-BA4B-00A0C93EC93B"
DATA_TYPE = "EBD0A0A2-B9E5-4433-87C0-68B6B72699C7"  # Microsoft basic data: Windows shows it too
SYSTEM_LABEL, DATA_LABEL = "STATION", "STATIONDATA"
GPTMBR = "/usr/lib/syslinux/mbr/gptmbr.bin"          # syslinux-common
SYSTEMD_BOOT = "/usr/lib/systemd/boot/efi/systemd-bootx64.efi"  # systemd-boot-efi


class Layout:
    """Where each partition starts and how long it is, in sectors."""

    def __init__(self, system_mib, data_mib):
        self.system_start = MIB // SECTOR
        self.system_sectors = system_mib * MIB // SECTOR
        self.data_start = self.system_start + self.system_sectors
        self.data_sectors = data_mib * MIB // SECTOR
        self.total_bytes = (self.data_start + self.data_sectors) * SECTOR + MIB  # the backup GPT


def _run(*args, **kwargs):
    subprocess.run([str(a) for a in args], check=True, **kwargs)


def partition(image, layout):
    with open(image, "wb") as out:
        out.truncate(layout.total_bytes)
    script = (f"label: gpt\n"
              f"start={layout.system_start}, size={layout.system_sectors}, type={ESP_TYPE}, "
              f"name={SYSTEM_LABEL}, attrs=LegacyBIOSBootable\n"
              f"start={layout.data_start}, size={layout.data_sectors}, type={DATA_TYPE}, name={DATA_LABEL}\n")
    _run("sfdisk", "--quiet", "--no-reread", "--no-tell-kernel", image, input=script.encode())
    # The BIOS path: syslinux's GPT-aware MBR code boots the partition flagged LegacyBIOSBootable.
    with open(GPTMBR, "rb") as mbr, open(image, "r+b") as out:
        out.write(mbr.read(440))


# FAT32 needs at least 65525 clusters, 32 MiB of 512-byte ones; the partitions are at least
# 64 MiB (the system partition's smallest size too).
MIN_FAT32_MIB = 64


def sectors_per_cluster(sectors):
    """FAT32's usual cluster size for a partition of this many sectors (512 B up to 260 MiB, then
    4, 8 and 16 KiB), given to mkfs.fat explicitly: left to itself it sizes clusters by the whole
    image file rather than by the partition, and a 137 MiB partition in a 267 MiB image got 4 KiB
    clusters, too few for FAT32 (mtools then fails with "No directory slots")."""
    size = sectors * SECTOR
    for limit_mib, cluster in ((260, 1), (8 * 1024, 8), (16 * 1024, 16)):
        if size <= limit_mib * MIB:
            return cluster
    return 32


def make_fat(image, start, sectors, label):
    if sectors * SECTOR < MIN_FAT32_MIB * MIB:
        raise RuntimeError(f"partition {label} of {sectors * SECTOR // MIB} MiB: FAT32 here needs at least {MIN_FAT32_MIB} MiB")
    # Captured: mkfs.fat warns that the image file is larger than the file system it is asked
    # for, which is the point of --offset; its output is shown when it fails.
    done = subprocess.run(["mkfs.fat", "-F", "32", "-s", str(sectors_per_cluster(sectors)), "-n", label,
                           f"--offset={start}", str(image), str(sectors * SECTOR // 1024)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"mkfs.fat: {done.stdout}{done.stderr}")


def copy_in(image, start, files):
    """files: {path on the FAT: host path}; directories are made as needed (mtools, no mount)."""
    target = f"{image}@@{start * SECTOR}"
    made = set()
    env = dict(os.environ, MTOOLS_SKIP_CHECK="1")
    for name in sorted(files):
        parts = pathlib.PurePosixPath(name).parts[:-1]
        for i in range(1, len(parts) + 1):
            directory = "/".join(parts[:i])
            if directory not in made:
                _run("mmd", "-i", target, "::" + directory, env=env)
                made.add(directory)
        _run("mcopy", "-i", target, "-o", files[name], "::" + name, env=env)


def install_syslinux(image, start):
    _run("syslinux", "--install", "--offset", start * SECTOR, "--directory", "/syslinux", image)


def boot_files(kernel, initrd, append):
    """The loaders' configuration and the files of the system partition, as {FAT path: host path}."""
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="sanitize-station-boot."))
    (scratch / "loader.conf").write_text("default station.conf\ntimeout 0\n")
    (scratch / "station.conf").write_text(
        f"title sanitize station\nlinux /station/vmlinuz\ninitrd /station/initrd.img\noptions {append}\n")
    (scratch / "syslinux.cfg").write_text(
        f"DEFAULT station\nPROMPT 0\nTIMEOUT 0\nLABEL station\n  KERNEL /station/vmlinuz\n"
        f"  INITRD /station/initrd.img\n  APPEND {append}\n")
    return scratch, {"EFI/BOOT/BOOTX64.EFI": SYSTEMD_BOOT, "loader/loader.conf": scratch / "loader.conf",
                     "loader/entries/station.conf": scratch / "station.conf",
                     "syslinux/syslinux.cfg": scratch / "syslinux.cfg",
                     "station/vmlinuz": kernel, "station/initrd.img": initrd}
