"""Scenario 6: the NVMe scope of a purge, on a controller with two namespaces whose NSIDs (2 and
3) differ from the kernel's instance numbers (nvme0n1, nvme0n2). With nvme0n1 mounted in the
guest, a Sanitize of nvme0n2 (which would erase the whole subsystem) is refused for the mounted
namespace; unmounted, it gets as far as the drive's own answer (QEMU: not offered). A Format NVM
of nvme0n2 (this controller formats one namespace at a time: FNA 0) goes ahead while nvme0n1 is
mounted, and must reach NSID 3 only: on the host, namespace 3's backing file is zeroed and
namespace 2's still holds its file system and data."""
from vmlab import checks as shared
from vmlab import evidence
from vmlab.drives import Disk, NvmeController

TITLE = "NVMe scope: Sanitize refused while another namespace is mounted; Format reaches its own NSID only"
WAIT = ["/dev/nvme0n1", "/dev/nvme0n2"]
SERIAL = "LABSCOPENVME"


def drives():
    return [NvmeController("nvme0", SERIAL, [(2, Disk("nsid2", 16)), (3, Disk("nsid3", 16))])]


GUEST = r"""
. /lab/lib.sh
echo "nvme0n1: nsid $(cat /sys/block/nvme0n1/nsid); nvme0n2: nsid $(cat /sys/block/nvme0n2/nsid)"
mkfs.vfat -I /dev/nvme0n1 > /dev/null && mkdir -p /mnt/other && mount -t vfat /dev/nvme0n1 /mnt/other || exit 1
echo "data of the other namespace" > /mnt/other/keep.txt && sync
run sanitize_mounted sanitize purge --json --yes --confirm LABSCOPENVME --method nvme-sanitize-crypto $CERTS $PASS /dev/nvme0n2
run format_mounted sanitize purge --json --yes --confirm LABSCOPENVME --method nvme-format-user-data $CERTS $PASS /dev/nvme0n2
umount /mnt/other
run sanitize_unmounted sanitize purge --json --yes --confirm LABSCOPENVME --method nvme-sanitize-crypto $CERTS $PASS /dev/nvme0n2
exit 0
"""


def check(ctx):
    c = ctx.checks
    c.expect("nvme0n1: nsid 2; nvme0n2: nsid 3" in ctx.result.log, "kernel names and NSIDs as the scenario needs them")
    c.equal(ctx.outbox.rc("sanitize_mounted"), 3, "Sanitize while another namespace is mounted: exit code")
    errors = [line["error"] for line in ctx.outbox.json_lines("sanitize_mounted") if "error" in line]
    refused = errors[0] if c.equal(len(errors), 1, "Sanitize while another namespace is mounted: error lines") else {}
    c.equal(refused.get("code"), "refused", "Sanitize while another namespace is mounted: code")
    c.equal(refused.get("reason"), "other_namespace_in_use", "Sanitize while another namespace is mounted: reason")
    c.equal([(o.get("reason"), o.get("device"), o.get("detail")) for o in refused.get("also", [])],
            [("mounted", "/dev/nvme0n1", "/mnt/other")], "the namespace in use")
    c.expect("nvme0n1" in ctx.outbox.text("sanitize_mounted.err"), "the refusal names nvme0n1")

    c.equal(ctx.outbox.rc("format_mounted"), 0, "Format NVM of nvme0n2 (FNA 0): exit code")
    c.equal(shared.single_document(ctx, "format_mounted").get("outcome"), "purged", "Format NVM of nvme0n2: outcome")
    shared.backing_holds(c, ctx.disk("nsid3"), 0x00, "NSID 3 (nvme0n2) backing file")
    other = evidence.SectorScan(ctx.disk("nsid2"))
    c.expect(len(other.fill) > other.sectors * 9 // 10,
             f"NSID 2 (nvme0n1, mounted) was formatted too: {len(other.fill)} of {other.sectors} sectors hold their data")
    c.expect(b"data of the other namespace" in ctx.disk("nsid2").path.read_bytes(), "the mounted namespace's file survived")
    certificate = shared.certificate_for(ctx, "nvme0n2")
    if certificate:
        c.equal(certificate["outcome"], "erased", "Format NVM certificate outcome")

    c.equal(ctx.outbox.rc("sanitize_unmounted"), 3, "Sanitize with nothing mounted: exit code (not offered)")
    unmounted = shared.single_document(ctx, "sanitize_unmounted")
    c.equal((unmounted.get("outcome"), unmounted.get("detail")), ("unavailable", "not_supported"),
            "Sanitize with nothing mounted: the drive's own answer")
