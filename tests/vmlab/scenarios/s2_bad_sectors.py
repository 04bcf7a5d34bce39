"""Scenario 2: real bad sectors (QEMU blkdebug) on a SATA disk and an NVMe namespace, failing
reads, writes or both. The wipe must never say `erased`; its bad ranges, in the report and the
signed certificate, must be exactly the injected sectors; the write-bad sectors must still hold
their old data on the host (nothing claimed written that was not), every other sector zeros. A
third drive with more bad sectors than the engine's budget (1 % of the medium, at least 64
sectors) must end `failed`: an NVMe namespace, where a medium error costs no link reset."""
from vmlab import checks as shared
from vmlab import evidence
from vmlab.drives import Disk, NvmeController, SataDisk

TITLE = "bad sectors on SATA and NVMe: exact bad ranges, never erased; over budget: failed"
WAIT = ["/dev/nvme0n1", "/dev/nvme1n1", "/dev/sda"]
BAD = [("rw", 2048, 2055), ("r", 4096, 4103), ("w", 6144, 6151)]
OVER_BUDGET = [("w", 1024, 1123)]  # 100 sectors of a 4 MiB disk, whose budget is 81


def drives():
    return [NvmeController("nvme0", "LABBADNVME01", [(1, Disk("nvme", 16, BAD))]),
            SataDisk(Disk("sata", 16, BAD), "LABBADSATA01", "LabBadDisk"),
            NvmeController("nvme1", "LABDYING01", [(1, Disk("dying", 4, OVER_BUDGET))])]


GUEST = r"""
. /lab/lib.sh
nvme=$(disk_with_serial LABBADNVME01); dying=$(disk_with_serial LABDYING01); sata=$(disk_on ata)
echo "nvme=$nvme sata=$sata dying=$dying"
run wipe sanitize wipe --json --yes --method zero $CERTS $PASS \
    --confirm LABBADNVME01 --confirm LABBADSATA01 /dev/$nvme /dev/$sata
run dying sanitize wipe --json --yes --method zero $CERTS $PASS --confirm LABDYING01 /dev/$dying
exit 0
"""


def _check_marked(ctx, tag, report):
    c, disk = ctx.checks, ctx.disk(tag)
    injected = set(disk.bad_sectors("r")) | set(disk.bad_sectors("w"))
    c.expect(report["outcome"] != "erased", f"{tag}: a medium with bad sectors reported erased")
    c.equal(report["outcome"], "erased_with_exceptions", f"{tag} outcome")
    c.equal(sorted(evidence.ranges_to_sectors(report["bad_ranges"])), sorted(injected), f"{tag} bad sectors in the report")
    for code in ("unwritten_sectors", "unreadable_sectors"):
        c.expect(code in report["exceptions"], f"{tag}: exception {code} missing from {report['exceptions']}")
    certificate = shared.certificate_for(ctx, report["device"]["kernel_name"])
    if certificate:
        shared.certificate_matches_report(c, certificate, report, tag)
        c.equal(sorted(evidence.ranges_to_sectors(certificate["bad_ranges"])), sorted(injected),
                f"{tag} bad sectors in the certificate")
    write_bad = disk.bad_sectors("w")
    scan = shared.backing_holds(c, disk, 0x00, f"{tag} backing file", except_sectors=write_bad)
    still = [s for s in write_bad if s not in scan.fill]
    c.expect(not still, f"{tag}: write-bad sectors {still} changed on the host, yet the drive refused them")


def check(ctx):
    c = ctx.checks
    c.equal(ctx.outbox.rc("wipe"), 1, "exit code of the wipe with bad sectors")
    by_serial = {r["device"]["serial"]: r for r in ctx.outbox.reports("wipe")}
    for tag, serial in (("nvme", "LABBADNVME01"), ("sata", "LABBADSATA01")):
        if c.expect(serial in by_serial, f"{tag}: no report (got {sorted(by_serial)})"):
            _check_marked(ctx, tag, by_serial[serial])
    c.equal(ctx.outbox.rc("dying"), 1, "exit code of the wipe over the bad-sector budget")
    dying = ctx.outbox.reports("dying")
    if c.equal(len(dying), 1, "reports of the over-budget wipe"):
        c.equal(dying[0]["outcome"], "failed", "over-budget outcome")
        certificate = shared.certificate_for(ctx, dying[0]["device"]["kernel_name"])
        if certificate:
            c.equal(certificate["outcome"], "failed", "over-budget certificate outcome")
