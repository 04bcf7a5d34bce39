"""Scenario 4: the drives' own health, read before a wipe, in the report and the signed
certificate: the NVMe SMART / Health Information log and ATA SMART (RETURN STATUS and READ
DATA). The values must be those QEMU's device models give (a healthy drive: no critical warning,
no media errors, no reallocated sectors; QEMU's IDE model counts one power-on hour), and the USB
stick, which cannot be asked, must say unavailable rather than healthy."""
from vmlab import checks as shared
from vmlab.drives import Disk, NvmeController, SataDisk, UsbStick

TITLE = "SMART / NVMe health read into reports and certificates"
WAIT = ["/dev/nvme0n1", "/dev/sda", "/dev/sdb"]

EXPECTED = {
    "LABSMARTNVME": {"state": "read", "passed": True,
                     "attributes": {"critical_warning": 0, "media_errors": 0, "percentage_used": 0}},
    "LABSMARTSATA": {"state": "read", "passed": True, "attributes": {"reallocated_sectors": 0, "power_on_hours": 1}},
    "LABSMARTUSB": {"state": "unavailable", "passed": None, "attributes": {}},
}


def drives():
    return [NvmeController("nvme0", "LABSMARTNVME", [(1, Disk("nvme", 8))]),
            SataDisk(Disk("sata", 8), "LABSMARTSATA", "LabSmartDisk"),
            UsbStick("usb1", Disk("usb", 8), "LABSMARTUSB", "Kingston", "DataTraveler")]


GUEST = r"""
. /lab/lib.sh
run wipe sanitize wipe --json --yes --method zero $CERTS $PASS \
    --confirm LABSMARTNVME --confirm LABSMARTSATA --confirm LABSMARTUSB /dev/$(disk_on nvme) /dev/$(disk_on ata) /dev/$(disk_on usb)
exit 0
"""


def _subset(checks, actual, expected, what):
    for name, value in expected.items():
        checks.equal(actual.get(name), value, f"{what}: {name}")


def check(ctx):
    c = ctx.checks
    c.equal(ctx.outbox.rc("wipe"), 0, "wipe exit code")
    reports = {r["device"]["serial"]: r for r in ctx.outbox.reports("wipe")}
    for serial, expected in EXPECTED.items():
        report = reports.get(serial)
        if not c.expect(report is not None, f"no report for {serial}"):
            continue
        smart = report["smart"] or {}
        c.equal(smart.get("state"), expected["state"], f"{serial}: report smart.state")
        c.equal(smart.get("passed"), expected["passed"], f"{serial}: report smart.passed")
        _subset(c, smart.get("attributes", {}), expected["attributes"], f"{serial}: report smart attribute")
        certificate = shared.certificate_for(ctx, report["device"]["kernel_name"])
        if certificate:
            health = certificate.get("health") or {}
            c.equal(health.get("state"), expected["state"], f"{serial}: certificate health.state")
            c.equal(health.get("passed"), expected["passed"], f"{serial}: certificate health.passed")
            attributes = {a["name"]: a["value"] for a in health.get("attributes") or []}
            _subset(c, attributes, expected["attributes"], f"{serial}: certificate health attribute")
