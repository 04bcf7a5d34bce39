"""What the station scenarios check on the host after the PC powered itself off: the stick's
system partition unchanged, the stick's outbox synced into the office's ledger as an admin does
(`sanitize ledger sync`), every certificate on its data partition verified with the stock
minisign and with `sanitize cert verify` against that ledger, each naming the PC and its disk,
the PC's summary signed, and every disk's backing file read back by this harness."""
import hashlib
import json
import subprocess

from . import checks as shared
from . import evidence, station


def powered_off(ctx):
    """The PC switched itself off (QEMU exited on its own) after the station ran."""
    c = ctx.checks
    c.equal(ctx.result.qemu_rc, 0, "QEMU's exit status (the station powers the PC off)")
    c.expect("station: powering off" in ctx.result.console, "the station's init powered off (console.log)")
    c.equal(station.system_digest(ctx.stick), ctx.stick_before, "SHA-256 of the stick's system partition (never written)")


def session(ctx, pc, exit_status, certificate_count):
    """The PC powered off by itself, sanitize-station exited with `exit_status`, the stick's
    outbox is synced into the office's ledger, and the PC's evidence folder holds
    `certificate_count` certificates, which are returned."""
    powered_off(ctx)
    ctx.checks.equal(station_exit(ctx), exit_status, "sanitize-station's exit status")
    synced(ctx)
    found = certificates(ctx, pc.serial)
    ctx.checks.equal(len(found), certificate_count, "certificates in the PC's evidence folder")
    return found


def synced(ctx):
    """The outbox brought back on the stick, synced into the office's ledger; the stick's ledger
    copy as the admin put it there (the station checks against it and never writes it)."""
    c = ctx.checks
    try:
        ctx.office.sync(ctx.data / "outbox.db")
        c.expect(True, "sanitize ledger sync --from outbox.db (the stick's)")
    except RuntimeError as failed:
        c.expect(False, str(failed))
    put_there = hashlib.sha256((ctx.work / "data" / "ledger.db").read_bytes()).hexdigest()
    c.equal(hashlib.sha256((ctx.data / "ledger.db").read_bytes()).hexdigest(), put_there,
            "SHA-256 of the stick's ledger copy (never written)")


def station_exit(ctx):
    """The exit status sanitize-station printed through its init, or None."""
    for line in ctx.result.console.splitlines():
        if "sanitize-station exited with" in line:
            return int(line.rsplit(" ", 1)[1])
    return None


def certificates(ctx, pc_serial):
    """(path, certificate) of every certificate in the PC's evidence folder."""
    folder = ctx.data / "evidence" / pc_serial
    return [(p, json.loads(p.read_bytes())) for p in sorted(folder.glob("certificate-*.json"))]


def cert_verify(ctx, path):
    """`sanitize cert verify` on the host, against the office's ledger the outbox was synced into."""
    done = subprocess.run([ctx.office.cli, "cert", "verify", str(path), "--ledger", str(ctx.office.ledger)],
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
    return done.returncode == 0, done.stdout + done.stderr


def certified_disk(ctx, found, serial, pc):
    """The one certificate of the disk `serial`, verified both ways and naming the PC."""
    c = ctx.checks
    mine = [(p, cert) for p, cert in found if cert["medium"]["serial"] == serial]
    if not c.equal(len(mine), 1, f"certificates of disk {serial}"):
        return None
    path, certificate = mine[0]
    verified, output = evidence.minisign_verifies(path, ctx.office.operator_pub)
    c.expect(verified, f"minisign -Vm {path.name}: {output.strip()}")
    verified, output = cert_verify(ctx, path)
    c.expect(verified, f"sanitize cert verify {path.name}: {output.strip()[-600:]}")
    expected = {"vendor": pc.vendor, "product": pc.product, "serial": pc.serial, "uuid": pc.uuid, "asset_tag": pc.asset_tag}
    c.equal(certificate.get("computer"), expected, f"{serial}: the certificate's computer")
    return certificate


def erased_disks(ctx, found, disks, pc, method=None):
    """Each (tag, serial) of `disks` has its one verified certificate naming the PC, `erased`
    (with `method`, when given)."""
    for tag, serial in disks:
        certificate = certified_disk(ctx, found, serial, pc)
        if certificate:
            ctx.checks.equal(certificate["outcome"], "erased", f"{tag}: outcome")
            if method:
                ctx.checks.equal(certificate["method"]["name"], method, f"{tag}: method")


def summary(ctx, pc_serial, disk_count):
    """The PC's summary: one, signed by the operator (stock minisign), listing every disk."""
    c = ctx.checks
    found = sorted((ctx.data / "evidence" / pc_serial).glob("summary-*.json"))
    if not c.equal(len(found), 1, "summaries of the PC"):
        return
    verified, output = evidence.minisign_verifies(found[0], ctx.office.operator_pub)
    c.expect(verified, f"minisign -Vm {found[0].name}: {output.strip()}")
    document = json.loads(found[0].read_bytes())
    c.equal(document["computer"]["serial"], pc_serial, "summary: the PC's serial")
    c.equal(len(document["disks"]), disk_count, "summary: disks")
    c.expect(found[0].with_suffix(".pdf").is_file(), "summary: the PDF beside the JSON")


def summary_and_ledger(ctx, pc, disk_count):
    summary(ctx, pc.serial, disk_count)
    ledger_verifies(ctx, disk_count)


def ledger_verifies(ctx, events):
    """The office's ledger verifies after the sync, with one wipe.certificate event per disk, each
    synced from the stick's outbox."""
    c = ctx.checks
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    done = subprocess.run([ctx.office.cli, "ledger", "verify", "--ledger", str(ctx.office.ledger)],
                          capture_output=True, text=True, env=env)
    c.equal(done.returncode, 0, f"sanitize ledger verify: {done.stdout.strip()} {done.stderr.strip()}")
    exported = subprocess.run([ctx.office.cli, "ledger", "export", "--ledger", str(ctx.office.ledger)],
                              capture_output=True, text=True, env=env).stdout
    wipes = [e for e in (json.loads(line) for line in exported.splitlines() if line.startswith("{"))
             if e.get("type") == "wipe.certificate"]
    c.equal(len(wipes), events, "wipe.certificate events in the office's ledger")
    c.expect(all(e.get("origin") for e in wipes), "each synced from the outbox (origin)")


def bad_sector_disk(ctx, certificate, tag):
    """erased_with_exceptions with exactly the injected ranges."""
    c, disk = ctx.checks, ctx.disk(tag)
    injected = set(disk.bad_sectors("r")) | set(disk.bad_sectors("w"))
    c.equal(certificate["outcome"], "erased_with_exceptions", f"{tag}: outcome")
    c.equal(sorted(evidence.ranges_to_sectors(certificate["bad_ranges"])), sorted(injected), f"{tag}: bad ranges")
    return disk.bad_sectors("w")


def untouched(ctx, tags):
    for tag in tags:
        shared.backing_untouched(ctx.checks, ctx.disk(tag), tag)
