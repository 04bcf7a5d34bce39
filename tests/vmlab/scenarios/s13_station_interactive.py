"""Scenario 13: the station's interactive flow, typed on its serial console as an operator would:
a wrong passphrase first (refused, asked again; never echoed), then the right one, the asset
from the ledger's list, Enter for the proposed disks (the PC's internal ones), the PC's serial to
confirm, Enter to power off. Both disks are certified for that asset and name the PC."""
from vmlab import checks as shared
from vmlab import office
from vmlab import station_checks as station
from vmlab.drives import Disk, NvmeController, SataDisk
from vmlab.station import Pc

TITLE = "station, interactive: passphrase, asset, disks and the PC's serial typed; both disks certified"
STATION = True
FIRMWARE = "bios"
TIMEOUT = 300
PC = Pc("LABPC-INT-0006")
LISTED = []
SETTINGS = {"method": "zero"}
ASSETS = [("PC-0006", "返却ノート PC 6 号機")]
ANSWERS = [("passphrase of the operator key: ", "not the passphrase"),
           ("passphrase of the operator key: ", office.PASSPHRASE),
           ("asset number of this PC", "1"),
           ("disks to wipe (Enter: 1 2;", ""),
           (f"type the PC's identifier '{PC.serial}'", PC.serial),
           ("press Enter to power off", "")]


def drives():
    return [SataDisk(Disk("sata", 16), "LABSATA0006", "LabDisk SATA", port=0),
            NvmeController("nvme0", "LABNVME0006", [(1, Disk("nvme", 16))])]


def check(ctx):
    c = ctx.checks
    found = station.session(ctx, PC, 0, 2)
    c.expect("wrong passphrase" in ctx.result.console, "a wrong passphrase is refused and asked again")
    c.expect(office.PASSPHRASE not in ctx.result.console, "the passphrase is never echoed")
    station.erased_disks(ctx, found, [("sata", "LABSATA0006"), ("nvme", "LABNVME0006")], PC, "zero")
    for path, certificate in found:
        c.equal(certificate["asset_id"], "PC-0006", f"{path.name}: the asset chosen")
    for tag in ("sata", "nvme"):
        shared.backing_holds(c, ctx.disk(tag), 0x00, f"{tag} backing file")
    station.summary(ctx, PC.serial, 2)
