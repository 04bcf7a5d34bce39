"""Scenario 7: a USB stick pulled out mid-wipe (QEMU monitor: device_del) and plugged in again.
The interrupted wipe must end `failed` and leave its checkpoint; after re-plugging (the stick
may come back under another kernel name), `sanitize wipe --resume` must end `erased`, with a
signed certificate saying it was resumed, and every sector of the backing file zero."""
from vmlab import checks as shared
from vmlab.drives import Disk, UsbStick

TITLE = "USB stick removed mid-wipe: failed with a checkpoint; re-plugged, --resume ends erased"
WAIT = ["/dev/sda"]
TIMEOUT = 180
STICK = UsbStick("usb1", Disk("stick", 32), "LABRESUME01")  # usb-storage: it can be plugged in again


def drives():
    return [STICK]


def on_event(machine, event):
    """The guest asks for the stick to be pulled out or plugged in again."""
    if event == "unplug usb1":
        machine.monitor(f"device_del {STICK.name}")
    elif event == "plug usb1":
        for device in STICK.device_args():
            machine.monitor(f"device_add {device}")


GUEST = r"""
. /lab/lib.sh
# Slowed down (4 MiB chunks, a second each) so that the stick is pulled out while the pass runs.
sanitize wipe --json --yes --method zero $CERTS $PASS --confirm LABRESUME01 \
    --checkpoint-interval-ms 100 --test-throttle-us 1000000 /dev/sda > /lab/out/first.out 2> /lab/out/first.err &
wiping=$!
# Pulled out once the checkpoint has recorded progress (a low-water mark above 0).
while ! grep -qE '"low_water": ?[1-9]' /lab/out/checkpoints/* 2>/dev/null; do usleep 100000; done
event unplug usb1
wait $wiping
echo $? > /lab/out/first.rc
echo "first wipe: exit $(cat /lab/out/first.rc)"; sed 's/^/  stderr: /' /lab/out/first.err
ls /lab/out/checkpoints > /lab/out/checkpoints-after-unplug.txt
while [ -e /sys/block/sda ]; do usleep 100000; done
event plug usb1
while [ -z "$(disk_on usb)" ]; do usleep 100000; done
run resume sanitize wipe --resume --json --yes $CERTS $PASS --confirm LABRESUME01 /dev/$(disk_on usb)
ls /lab/out/checkpoints > /lab/out/checkpoints-after-resume.txt
exit 0
"""


def check(ctx):
    c = ctx.checks
    c.equal(ctx.outbox.rc("first"), 1, "interrupted wipe: exit code")
    first = ctx.outbox.reports("first")
    if c.equal(len(first), 1, "interrupted wipe: reports"):
        c.equal(first[0]["outcome"], "failed", "interrupted wipe: outcome")
    c.expect(ctx.outbox.text("checkpoints-after-unplug.txt").strip() != "", "a checkpoint is left after the unplug")
    c.equal(ctx.outbox.rc("resume"), 0, "resumed wipe: exit code")
    resumed = ctx.outbox.reports("resume")
    if not c.equal(len(resumed), 1, "resumed wipe: reports"):
        return
    report = resumed[0]
    c.equal(report["outcome"], "erased", "resumed wipe: outcome")
    c.equal(report["device"]["serial"], "LABRESUME01", "resumed wipe: the same stick")
    c.equal(ctx.outbox.text("checkpoints-after-resume.txt").strip(), "", "checkpoint removed after the resumed wipe")
    erased = [(p, cert) for p, cert in ctx.outbox.certificates() if cert["outcome"] == "erased"]
    certificate = shared.signed_certificate(ctx, erased, "certificates saying erased")
    if certificate:
        c.equal(certificate["timings"]["resumed"], True, "certificate says resumed")
        c.equal(certificate["medium"]["serial"], "LABRESUME01", "certificate serial")
    shared.backing_holds(c, ctx.disk("stick"), 0x00, "stick backing file")
