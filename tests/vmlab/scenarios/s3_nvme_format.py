"""Scenario 3: a firmware purge end to end. Format NVM with Secure Erase Settings 1 on an NVMe
namespace: accepted, completion observed, read back, and a signed purge certificate carrying the
firmware evidence; the host finds the namespace's backing file zeroed. Purges the emulated drives
do not offer (QEMU 7.2: no Sanitize, SANICAP 0; no ATA security feature set) must be reported as
not done, exit 3, without a certificate, and their drives' backing files must be untouched."""
from vmlab import checks as shared
from vmlab.drives import Disk, NvmeController, SataDisk

TITLE = "NVMe Format NVM purge end to end; Sanitize and ATA security erase not offered: not done"
WAIT = ["/dev/nvme0n1", "/dev/nvme1n1", "/dev/sda"]


def drives():
    return [NvmeController("nvme0", "LABFMTNVME01", [(1, Disk("format", 16))]),
            NvmeController("nvme1", "LABSANNVME01", [(1, Disk("sanitize", 16))]),
            SataDisk(Disk("sata", 16), "LABSECSATA01", "LabSecureDisk")]


GUEST = r"""
. /lab/lib.sh
fmt=$(disk_with_serial LABFMTNVME01); san=$(disk_with_serial LABSANNVME01); sata=$(disk_on ata)
echo "format=$fmt sanitize=$san sata=$sata"
run format sanitize purge --json --yes --confirm LABFMTNVME01 --method nvme-format-user-data $CERTS $PASS /dev/$fmt
run sanitize sanitize purge --json --yes --confirm LABSANNVME01 --method nvme-sanitize-crypto $CERTS $PASS /dev/$san
run security sanitize purge --json --yes --confirm LABSECSATA01 --method ata-security-erase $CERTS $PASS /dev/$sata
exit 0
"""


def _check_format(ctx):
    c = ctx.checks
    c.equal(ctx.outbox.rc("format"), 0, "format: exit code")
    report = shared.single_document(ctx, "format")
    if not report:
        return
    c.equal(report["outcome"], "purged", "format: outcome")
    c.expect(report["accepted"] and report["completion_observed"], "format: accepted and completion observed")
    c.expect("nvme-format-user-data" in report["commands_sent"], f"format: commands sent {report['commands_sent']}")
    verification = report["verification"] or {}
    c.expect(verification.get("bytes_verified", 0) > 0 and not verification.get("unchanged"),
             f"format: read back after the purge {verification}")
    certificate = shared.certificate_for(ctx, report["device"]["kernel_name"])
    if certificate:
        c.equal(certificate["outcome"], "erased", "format: certificate outcome")
        c.equal(certificate["method"]["technique"], "firmware", "format: certificate technique")
        c.equal(certificate["method"]["nist_category"], "purge", "format: certificate NIST category")
        firmware = certificate.get("firmware") or {}
        for field in ("accepted", "completion_observed"):
            c.equal(firmware.get(field), True, f"format: certificate firmware.{field}")
        c.equal(certificate["medium"]["serial"], "LABFMTNVME01", "format: certificate serial")
    shared.backing_holds(c, ctx.disk("format"), 0x00, "format: backing file")


def _check_not_done(ctx, name, tag):
    c = ctx.checks
    c.equal(ctx.outbox.rc(name), 3, f"{name}: exit code (refused: not offered)")
    report = shared.single_document(ctx, name)
    c.expect(report.get("outcome") in ("unavailable", "failed", "refused"), f"{name}: outcome {report.get('outcome')}")
    kernel_name = report["device"]["kernel_name"] if report else None
    claims = [p.name for p, cert in ctx.outbox.certificates() if cert["medium"]["kernel_name"] == kernel_name
              and cert["outcome"] == "erased"]
    c.equal(claims, [], f"{name}: certificates claiming erased")
    shared.backing_untouched(c, ctx.disk(tag), name)


def check(ctx):
    _check_format(ctx)
    _check_not_done(ctx, "sanitize", "sanitize")
    _check_not_done(ctx, "security", "sata")
