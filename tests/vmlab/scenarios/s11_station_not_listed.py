"""Scenario 11: an unattended station on a PC whose serial is not on the signed list (nor is a
near match: the list names LABPC-NOT-00040): nothing is wiped, no certificate is issued, and the
PC still powers itself off."""
from vmlab import station_checks as station
from vmlab.drives import Disk, NvmeController, SataDisk
from vmlab.station import Pc

TITLE = "station: a PC not on the signed list is left untouched, and powered off"
STATION = True
FIRMWARE = "bios"
TIMEOUT = 300
PC = Pc("LABPC-NOT-0004")
LISTED = ["LABPC-NOT-00040", "LABPC-UEFI-0001"]
SETTINGS = {"unattended": "yes", "method": "zero"}


def drives():
    return [SataDisk(Disk("sata", 16), "LABSATA0004", "LabDisk SATA", port=0),
            NvmeController("nvme0", "LABNVME0004", [(1, Disk("nvme", 16))])]


def check(ctx):
    station.session(ctx, PC, 3, 0)  # exit status 3: refused
    ctx.checks.expect("is not on the signed list" in ctx.result.console, "the station says why it wiped nothing")
    station.untouched(ctx, ["sata", "nvme"])
    station.ledger_verifies(ctx, 0)
