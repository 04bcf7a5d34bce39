"""Scenario 10: the boot-and-wipe station on a legacy BIOS PC (SeaBIOS; syslinux's GPT boot
code on the stick), unattended, with the default method (one random pass, full read-back): the
same three disks wiped unasked and certified, the PC powered off by itself. Random data cannot be
compared on the host, so each backing file must have lost every original sector and hold no run
of zeros; the engine's read-back is what the certificate's `erased` rests on."""
from vmlab import station_checks as station
from vmlab import evidence
from vmlab.drives import Disk, NvmeController, SataDisk
from vmlab.station import Pc

TITLE = "station, BIOS: unattended wipe (random, verified) of a listed PC's three disks; the PC powers off"
STATION = True
FIRMWARE = "bios"
TIMEOUT = 400
PC = Pc("LABPC-BIOS-0003", vendor="Lab Desktops", product="LabTower 5", uuid="0c7e1f24-6a55-4f1e-8d3b-2f6a7b8c9d0e",
        asset_tag="LAB-ASSET-8")
LISTED = ["LABPC-BIOS-0003"]
SETTINGS = {"unattended": "yes"}
BAD = [("r", 4096, 4103)]


def drives():
    return [SataDisk(Disk("sata", 16), "LABSATA0003", "LabDisk SATA", port=0),
            NvmeController("nvme0", "LABNVME0003", [(1, Disk("nvme", 16))]),
            NvmeController("nvme1", "LABBADNVME03", [(1, Disk("bad", 16, BAD))])]


def _random_filled(ctx, tag, except_sectors=()):
    scan = evidence.SectorScan(ctx.disk(tag))
    left = [s for s in scan.fill if s not in except_sectors]
    ctx.checks.expect(not left, f"{tag}: {len(left)} sectors still hold their original data (first {left[:8]})")
    ctx.checks.expect(not scan.uniform.get(0), f"{tag}: {len(scan.uniform.get(0, []))} sectors of zeros after a random pass")


def check(ctx):
    found = station.session(ctx, PC, 1, 3)  # exit status 1: a disk with exceptions
    station.erased_disks(ctx, found, [("sata", "LABSATA0003"), ("nvme", "LABNVME0003")], PC, "random")
    for tag in ("sata", "nvme"):
        _random_filled(ctx, tag)
    certificate = station.certified_disk(ctx, found, "LABBADNVME03", PC)
    if certificate:
        station.bad_sector_disk(ctx, certificate, "bad")
    _random_filled(ctx, "bad")
    station.summary_and_ledger(ctx, PC, 3)
