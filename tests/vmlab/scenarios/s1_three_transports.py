"""Scenario 1: one `sanitize wipe` of an NVMe namespace, a SATA disk and a USB stick together.
Each report and signed certificate must name the drive as QEMU was told to present it (model,
serial, transport, removable), and every sector of every backing file must hold the last pass's
pattern (nist-clear: 0x55, then 0xAA), read back on the host."""
from vmlab import checks as shared
from vmlab.drives import Disk, NvmeController, SataDisk, UsbStick

TITLE = "wipe NVMe, SATA and USB in one command: identity in reports and certificates, backing files"
WAIT = ["/dev/nvme0n1", "/dev/sda", "/dev/sdb"]

EXPECTED = {
    "nvme": {"model": "QEMU NVMe Ctrl", "serial": "LABNVME0001", "transport": "nvme", "removable": False},
    "sata": {"model": "LabDisk", "serial": "LABSATA0001", "transport": "sata", "removable": False},
    "usb": {"vendor": "SanDisk", "model": "Cruzer_Blade", "serial": "LABUSB0001", "transport": "usb", "removable": True},
}


def drives():
    return [NvmeController("nvme0", "LABNVME0001", [(1, Disk("nvme", 16))]),
            SataDisk(Disk("sata", 16), "LABSATA0001", "LabDisk"),
            UsbStick("usb1", Disk("usb", 16), "LABUSB0001", "SanDisk", "Cruzer_Blade")]


GUEST = r"""
. /lab/lib.sh
nvme=$(disk_on nvme); sata=$(disk_on ata); usb=$(disk_on usb)
echo "nvme=$nvme sata=$sata usb=$usb"
run wipe sanitize wipe --json --yes --method nist-clear $CERTS $PASS \
    --confirm LABNVME0001 --confirm LABSATA0001 --confirm LABUSB0001 /dev/$nvme /dev/$sata /dev/$usb
exit 0
"""


def check(ctx):
    c = ctx.checks
    c.equal(ctx.outbox.rc("wipe"), 0, "sanitize wipe exit code")
    reports = {r["device"]["transport"]: r for r in ctx.outbox.reports("wipe")}
    by_serial = {r["device"]["serial"]: r for r in ctx.outbox.reports("wipe")}
    c.equal(len(ctx.outbox.reports("wipe")), 3, "reports")
    for tag, expected in EXPECTED.items():
        report = by_serial.get(expected["serial"])
        if not c.expect(report is not None, f"{tag}: no report names serial {expected['serial']} (got {sorted(by_serial)})"):
            continue
        shared.medium(c, report["device"], expected, f"{tag} report")
        c.equal(report["outcome"], "erased", f"{tag} outcome")
        c.equal(report["bad_ranges"], [], f"{tag} bad ranges")
        certificate = shared.certificate_for(ctx, report["device"]["kernel_name"])
        if certificate:
            shared.medium(c, certificate["medium"], expected, f"{tag} certificate")
            shared.certificate_matches_report(c, certificate, report, tag)
        shared.backing_holds(c, ctx.disk(tag), 0xAA, f"{tag} backing file")
    del reports
