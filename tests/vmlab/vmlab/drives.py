"""The emulated drives of a scenario: raw backing files filled with a recognisable pattern, and
the QEMU arguments that attach them as NVMe namespaces, SATA disks on AHCI or USB sticks.
Bad sectors come from QEMU's blkdebug driver: one inject-error rule per 512-byte sector
(blkdebug matches a rule only when its offset lies inside a request), for reads and/or writes,
errno EIO, every time."""
import json
import pathlib

SECTOR = 512


def fill_sector(tag, sector):
    """What sector `sector` of drive `tag` holds before a scenario: unique per drive and sector,
    so that any left-over sector is recognised, and no byte pattern a wipe writes."""
    stamp = b"LABFILL %-12s sector %012d |" % (tag.encode(), sector)
    return (stamp * (SECTOR // len(stamp) + 1))[:SECTOR]


class Disk:
    """A backing file and how QEMU reaches it (node name, bad sectors)."""

    def __init__(self, tag, size_mib, bad=()):
        self.tag = tag
        self.size = size_mib * 1024 * 1024
        self.bad = list(bad)  # (kind, first, last): kind "r", "w" or "rw", 512-byte sectors
        self.path = None

    @property
    def node(self):
        return "node-" + self.tag

    def create(self, directory):
        self.path = pathlib.Path(directory) / f"{self.tag}.img"
        with open(self.path, "wb") as out:
            chunk = 2048
            for first in range(0, self.size // SECTOR, chunk):
                out.write(b"".join(fill_sector(self.tag, s) for s in range(first, first + chunk)))
        return self

    def bad_sectors(self, kind):
        """The sectors that fail for reads ("r") or writes ("w")."""
        return sorted({s for k, a, b in self.bad if kind in k for s in range(a, b + 1)})

    def blockdev(self):
        """The -blockdev JSON: raw over blkdebug over the file, or raw over the file."""
        image = {"driver": "file", "filename": str(self.path), "cache": {"direct": False}}
        if self.bad:
            rules = []
            for kind in ("r", "w"):
                iotype = "read" if kind == "r" else "write"
                for sector in self.bad_sectors(kind):
                    for event in ("read_aio", "write_aio"):
                        rules.append({"event": event, "iotype": iotype, "errno": 5, "sector": sector,
                                      "once": False, "immediately": False})
            image = {"driver": "blkdebug", "inject-error": rules, "image": image}
        return json.dumps({"driver": "raw", "node-name": self.node, "file": image}, separators=(",", ":"))


class NvmeController:
    """One NVMe controller; namespaces as (nsid, Disk), in the order given."""

    def __init__(self, name, serial, namespaces):
        self.name, self.serial, self.namespaces = name, serial, namespaces

    def disks(self):
        return [disk for _, disk in self.namespaces]

    def qemu_args(self):
        args = ["-device", f"nvme,id={self.name},serial={self.serial}"]
        for nsid, disk in self.namespaces:
            args += ["-blockdev", disk.blockdev(), "-device", f"nvme-ns,drive={disk.node},bus={self.name},nsid={nsid}"]
        return args


class SataDisk:
    """A disk on an AHCI port; errors are reported to the guest, never retried or stopped on."""

    def __init__(self, disk, serial, model, port=0):
        self.disk, self.serial, self.model, self.port = disk, serial, model, port

    def disks(self):
        return [self.disk]

    def qemu_args(self):
        return ["-blockdev", self.disk.blockdev(), "-device",
                f"ide-hd,drive={self.disk.node},bus=ahci.{self.port},serial={self.serial},model={self.model},"
                "rerror=report,werror=report"]


class UsbStick:
    """A USB mass-storage stick (bulk-only transport) with the SCSI identity of a real one
    (usb-bot + scsi-hd), or QEMU's one-piece usb-storage (SCSI identity "QEMU QEMU HARDDISK"),
    which is the one that can be plugged in while the guest runs: a hot-plugged usb-bot is
    attached before its disk and never shows a LUN."""

    def __init__(self, name, disk, serial, vendor="QEMU", product="QEMU HARDDISK", removable=True):
        self.name, self.disk, self.serial = name, disk, serial
        self.vendor, self.product, self.removable = vendor, product, removable

    @property
    def pluggable(self):
        return self.vendor == "QEMU"

    def disks(self):
        return [self.disk]

    def device_args(self):
        """The devices as device_add strings: plugged at boot or later."""
        removable = "on" if self.removable else "off"
        if self.pluggable:
            return [f"usb-storage,id={self.name},bus=xhci.0,drive={self.disk.node},serial={self.serial},"
                    f"removable={removable},rerror=report,werror=report"]
        return [f"usb-bot,id={self.name},bus=xhci.0,serial={self.serial}",
                f"scsi-hd,id={self.name}-disk,bus={self.name}.0,drive={self.disk.node},vendor={self.vendor},"
                f"product={self.product},serial={self.serial},removable={removable},rerror=report,werror=report"]

    def qemu_args(self):
        args = ["-blockdev", self.disk.blockdev()]
        for device in self.device_args():
            args += ["-device", device]
        return args


def controllers_args(drives):
    """The host controllers the drives need: AHCI for SATA disks, xHCI for sticks."""
    args = []
    if any(isinstance(d, SataDisk) for d in drives):
        args += ["-device", "ahci,id=ahci"]
    if any(isinstance(d, UsbStick) for d in drives):
        args += ["-device", "qemu-xhci,id=xhci"]
    return args
