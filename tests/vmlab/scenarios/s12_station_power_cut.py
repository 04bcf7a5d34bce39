"""Scenario 12: power lost mid-wipe on an unattended station (the harness kills QEMU once the
disk's wipe is under way, as a pulled plug would). The checkpoint must be on the stick's data
partition after the cut; on the next boot the station resumes it by itself, the disk ends
`erased`, its signed certificate says the wipe was resumed, and the checkpoint is gone."""
import re

from vmlab import evidence
from vmlab import station_checks as station
from vmlab.drives import Disk, NvmeController
from vmlab.station import Pc

TITLE = "station: power cut mid-wipe; the next boot resumes from the checkpoint on the stick"
STATION = True
FIRMWARE = "bios"
TIMEOUT = 300
PC = Pc("LABPC-CUT-0005")
LISTED = ["LABPC-CUT-0005"]
SETTINGS = {"unattended": "yes"}
CUT_AT = re.compile(r"nvme0n1 +pass 1/1 (writing|verifying) +([1-9][0-9]?\.[0-9]) %")


def drives():
    return [NvmeController("nvme0", "LABNVME0005", [(1, Disk("nvme", 256))])]


def POWER_CUT(console):  # noqa: N802 (the runner looks for this name)
    """Cut once the wipe is past its start and before its end."""
    return CUT_AT.search(console) is not None


def check(ctx):
    c = ctx.checks
    first = ctx.result.first_boot
    c.expect(CUT_AT.search(first.console), "the first boot was cut mid-wipe")
    c.expect("sanitize-station exited" not in first.console, "the first boot's station did not finish")
    c.expect(any((first.data / "checkpoints").iterdir()), "a checkpoint on the stick after the power cut")
    found = station.session(ctx, PC, 0, 1)
    c.expect("resumed from the checkpoint of an interrupted wipe" in ctx.result.console, "the station says it resumed")
    certificate = station.certified_disk(ctx, found, "LABNVME0005", PC)
    if certificate:
        c.equal(certificate["outcome"], "erased", "outcome after the resume")
        c.equal(certificate["timings"]["resumed"], True, "the certificate says resumed")
        c.expect(len(certificate["timings"].get("interruptions", [])) == 1, "one interruption recorded")
    c.equal(sorted(p.name for p in (ctx.data / "checkpoints").iterdir()), [], "checkpoints left after the resume")
    scan = evidence.SectorScan(ctx.disk("nvme"))
    c.equal(len(scan.fill), 0, "sectors still holding their original data")
