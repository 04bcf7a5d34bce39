"""Scenario 9: the boot-and-wipe station on a UEFI PC (Debian's OVMF). The stick's image, built
by station/image/build_image.py, boots through the firmware with the PC's SMBIOS serial on the
admin's signed list, in unattended mode with the zero method: a SATA disk, an NVMe namespace and
a SATA disk with bad sectors are wiped unasked, and the PC powers itself off. On the host: every
certificate verifies with the stock minisign and with `sanitize cert verify`, names the PC's
serial and its disk; the disks hold zeros (the write-bad sectors their old data); the bad-sector
disk is erased_with_exceptions with exactly its ranges; the stick's system partition unchanged."""
from vmlab import station_checks as station
from vmlab import checks as shared
from vmlab.drives import Disk, NvmeController, SataDisk
from vmlab.station import Pc

TITLE = "station, UEFI: unattended wipe of a listed PC's SATA, NVMe and bad-sector disks; certificates name the PC"
STATION = True
FIRMWARE = "uefi"
TIMEOUT = 400
PC = Pc("LABPC-UEFI-0001")
LISTED = ["LABPC-OTHER-0002", "LABPC-UEFI-0001"]
SETTINGS = {"unattended": "yes", "method": "zero", "department": "情報システム課"}
BAD = [("rw", 2048, 2055), ("w", 6144, 6151)]


def drives():
    return [SataDisk(Disk("sata", 16), "LABSATA0001", "LabDisk SATA", port=0),
            NvmeController("nvme0", "LABNVME0001", [(1, Disk("nvme", 16))]),
            SataDisk(Disk("bad", 16, BAD), "LABBADSATA02", "LabBadDisk", port=1)]


def check(ctx):
    c = ctx.checks
    found = station.session(ctx, PC, 1, 3)  # exit status 1: a disk with exceptions
    station.erased_disks(ctx, found, [("sata", "LABSATA0001"), ("nvme", "LABNVME0001")], PC, "zero")
    for tag in ("sata", "nvme"):
        shared.backing_holds(c, ctx.disk(tag), 0x00, f"{tag} backing file")
    certificate = station.certified_disk(ctx, found, "LABBADSATA02", PC)
    if certificate:
        write_bad = station.bad_sector_disk(ctx, certificate, "bad")
        scan = shared.backing_holds(c, ctx.disk("bad"), 0x00, "bad-sector backing file", except_sectors=write_bad)
        c.expect(all(s in scan.fill for s in write_bad), "the write-bad sectors keep their old data")
    station.summary_and_ledger(ctx, PC, 3)
