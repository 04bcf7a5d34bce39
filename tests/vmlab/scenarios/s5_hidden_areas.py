"""Scenario 5: hidden areas (HPA, DCO, AMA) as the drives themselves state them. QEMU's AHCI disk
answers IDENTIFY without the HPA, DCO and AMA feature sets (word 82 bit 10, word 83 bit 11, word
119 bit 8 clear), so the probe must say not_applicable with those reasons and the IDENTIFY
capacity, send nothing else (no READ NATIVE MAX, no SET MAX), and `--reset-hidden-areas` must
find nothing to reset and claim no reset in the certificate. A USB stick whose bridge refuses ATA
pass-through cannot be asked: unknown, never "none"; a reset there is refused and nothing is
wiped. (QEMU 7.2 cannot present an HPA, so the SET MAX path is covered by the simulated drive of
tests/purge only.)"""
from vmlab import checks as shared
from vmlab.drives import Disk, SataDisk, UsbStick

TITLE = "hidden areas as the drive states them; unknown through a bridge; no reset claimed"
WAIT = ["/dev/sda", "/dev/sdb"]
SATA_SECTORS = 16 * 1024 * 1024 // 512


def drives():
    return [SataDisk(Disk("sata", 16), "LABHPASATA01", "LabHiddenDisk"),
            UsbStick("usb1", Disk("usb", 8), "LABHPAUSB01", "Buffalo", "RUF3-K")]


GUEST = r"""
. /lab/lib.sh
sata=$(disk_on ata); usb=$(disk_on usb)
run probe sanitize devices --probe --json
run both sanitize wipe --json --yes --reset-hidden-areas --method zero $CERTS $PASS \
    --confirm LABHPASATA01 --confirm LABHPAUSB01 /dev/$sata /dev/$usb
run sata sanitize wipe --json --yes --reset-hidden-areas --method zero $CERTS $PASS --confirm LABHPASATA01 /dev/$sata
exit 0
"""


def _states(areas):
    return {name: (areas[name]["state"], areas[name]["reason"]) for name in ("hpa", "dco", "ama")}


def _check_probe(ctx):
    c = ctx.checks
    c.equal(ctx.outbox.rc("probe"), 0, "devices --probe exit code")
    listed = {d["serial"]: d for d in ctx.outbox.json_document("probe") or []}
    sata, usb = listed.get("LABHPASATA01"), listed.get("LABHPAUSB01")
    if c.expect(sata is not None, "SATA disk listed"):
        areas = sata["hidden_areas"]
        c.equal(_states(areas), {"hpa": ("not_applicable", "hpa_not_supported"),
                                 "dco": ("not_applicable", "dco_not_supported"),
                                 "ama": ("not_applicable", "ama_not_supported")}, "SATA hidden areas")
        c.equal(areas["accessible_sectors"], SATA_SECTORS, "SATA accessible sectors (IDENTIFY) against the backing file")
        c.equal(areas["commands_sent"], ["IDENTIFY DEVICE"], "SATA commands sent by the probe")
    if c.expect(usb is not None, "USB stick listed"):
        areas = usb["hidden_areas"]
        for name in ("hpa", "dco", "ama"):
            c.equal(areas[name]["state"], "unknown", f"USB {name} through a bridge without SAT")
        c.equal(areas["accessible_sectors"], None, "USB accessible sectors")


def check(ctx):
    c = ctx.checks
    _check_probe(ctx)
    c.equal(ctx.outbox.rc("both"), 3, "reset with a stick that cannot be asked: refused")
    c.equal(ctx.outbox.reports("both"), [], "reports of the refused wipe")
    shared.backing_untouched(c, ctx.disk("usb"), "USB stick after the refusal")
    c.equal(ctx.outbox.rc("sata"), 0, "SATA wipe with --reset-hidden-areas")
    reports = ctx.outbox.reports("sata")
    if not c.equal(len(reports), 1, "SATA reports"):
        return
    report = reports[0]
    c.equal(report["outcome"], "erased", "SATA outcome")
    c.equal(report["hidden_areas"]["reset"], False, "SATA report claims a reset")
    c.equal(_states(report["hidden_areas"])["hpa"], ("not_applicable", "hpa_not_supported"), "SATA report HPA")
    certificate = shared.certificate_for(ctx, report["device"]["kernel_name"])
    if certificate:
        hidden = certificate["hidden_areas"]
        c.equal({k: hidden[k] for k in ("hpa", "dco", "ama")},
                {"hpa": "not_applicable", "dco": "not_applicable", "ama": "not_applicable"}, "SATA certificate hidden areas")
        c.expect(not hidden.get("reset"), f"SATA certificate claims hidden areas reset: {hidden}")
    shared.backing_holds(c, ctx.disk("sata"), 0x00, "SATA backing file")
