"""Checks several scenarios share: a report's medium against the drive QEMU was given, a
certificate against its report and the stock minisign, a backing file against what a wipe
must have left."""
from . import evidence


def medium(checks, device, expected, what):
    """The report's `device` (or a certificate's `medium`) names the drive as configured."""
    for field, value in expected.items():
        checks.equal(device.get(field), value, f"{what}: {field}")


def signed_certificate(ctx, found, what):
    """The one certificate of `found` [(path, certificate)], verified with the stock minisign."""
    if not ctx.checks.equal(len(found), 1, what):
        return None
    path, certificate = found[0]
    verified, output = evidence.minisign_verifies(path, ctx.office.operator_pub)
    ctx.checks.expect(verified, f"minisign -Vm {path.name}: {output.strip()}")
    return certificate


def certificate_for(ctx, kernel_name):
    """The one certificate whose medium is kernel_name, verified with the stock minisign."""
    found = [(p, c) for p, c in ctx.outbox.certificates() if c["medium"]["kernel_name"] == kernel_name]
    return signed_certificate(ctx, found, f"certificates for {kernel_name}")


def single_document(ctx, name):
    """The one JSON document with an outcome that command `name` printed ({} when not one)."""
    documents = [d for d in ctx.outbox.json_lines(name) if "outcome" in d]
    return documents[0] if ctx.checks.equal(len(documents), 1, f"{name}: reports") else {}


def certificate_matches_report(checks, certificate, report, what):
    """Identity, outcome and bad ranges in the signed certificate are the report's."""
    for field in ("vendor", "model", "serial", "transport", "removable", "size_bytes"):
        checks.equal(certificate["medium"].get(field), report["device"].get(field), f"{what}: certificate medium.{field}")
    checks.equal(certificate["outcome"], report["outcome"], f"{what}: certificate outcome")
    checks.equal(evidence.ranges_to_sectors(certificate["bad_ranges"]),
                 evidence.ranges_to_sectors(report["bad_ranges"]), f"{what}: certificate bad_ranges")


def backing_holds(checks, disk, value, what, except_sectors=()):
    """Every sector of the backing file holds `value`, read by this harness, not the engine."""
    scan = evidence.SectorScan(disk)
    wrong = scan.all_byte(value, except_sectors)
    checks.expect(not wrong, f"{what}: {len(wrong)} sectors of {disk.path.name} do not hold 0x{value:02x}"
                             f" (first: {wrong[:8]}; still original: {len(scan.fill)})")
    return scan


def backing_untouched(checks, disk, what):
    """Every sector of the backing file still holds what it held before the scenario."""
    scan = evidence.SectorScan(disk)
    checks.equal(len(scan.fill), scan.sectors, f"{what}: sectors of {disk.path.name} still holding their data")
