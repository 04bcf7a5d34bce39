"""Scenario 8: `sanitize prepare` onto an emulated USB stick: a verified wipe with its
certificate, a FAT32 file system, the folder encrypted for a receiver's age key, and the ledger
record. On the host, the archive is taken off the stick's backing file with mtools and opened
with the stock `age` and `tar`: every file (Japanese names included) must come back as it was,
and the receiver's note must be there."""
import pathlib
import subprocess
import tempfile

from vmlab import checks as shared
from vmlab.drives import Disk, UsbStick

TITLE = "sanitize prepare onto a USB stick; the archive opens on the host with stock age and tar"
WAIT = ["/dev/sda"]
ASSETS = [("LAB-STICK-1", "持ち出し用USBメモリ（検証）")]
APPROVE = True  # level 1: the carry-out needs a department head's granted approval
FOLDER = "報告書"
FILES = {"見積書.txt": "お見積り: 一式 120,000 円\n".encode(),
         "data/readme.txt": b"carry-out test data\n",
         "data/空白 を含む名前.bin": bytes(range(256)) * 64}


def drives():
    return [UsbStick("usb1", Disk("stick", 64), "LABPREPARE01", "SanDisk", "Cruzer_Blade")]


def guest_files(work):
    """The folder to carry out and the receiver's public key; the receiver's key stays on the host."""
    key = work / "receiver.key"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    public = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True).stdout
    files = {f"lab/folder/{FOLDER}/{name}": data for name, data in FILES.items()}
    files["lab/receiver.pub"] = public.encode()
    return files


GUEST = r"""
. /lab/lib.sh
run prepare sanitize prepare /dev/$(disk_on usb) --folder /lab/folder/報告書 -r $(cat /lab/receiver.pub) \
    --asset LAB-STICK-1 --approval $(cat /lab/office/approval) --method zero \
    --yes --confirm LABPREPARE01 $CERTS --key-passphrase-file /lab/office/pass
exit 0
"""


def _take_off(stick, name, out):
    """mcopy the file off the FAT image (nothing of the engine involved)."""
    env = {"PATH": "/usr/bin:/bin", "MTOOLS_SKIP_CHECK": "1", "LC_ALL": "C.UTF-8"}
    listing = subprocess.run(["mdir", "-b", "-i", str(stick), "::"], capture_output=True, text=True, env=env)
    done = subprocess.run(["mcopy", "-n", "-i", str(stick), f"::{name}", str(out)], capture_output=True, text=True, env=env)
    return done.returncode == 0, listing.stdout + done.stderr


def _open_with_age(key, archive, into):
    age = subprocess.run(["age", "-d", "-i", str(key), str(archive)], capture_output=True)
    if age.returncode != 0:
        return False, age.stderr.decode(errors="replace")
    tar = subprocess.run(["tar", "-x", "-C", str(into)], input=age.stdout, capture_output=True)
    return tar.returncode == 0, tar.stderr.decode(errors="replace")


def check(ctx):
    c = ctx.checks
    c.equal(ctx.outbox.rc("prepare"), 0, "sanitize prepare exit code")
    certificate = shared.signed_certificate(ctx, ctx.outbox.certificates(), "certificates")
    if certificate:
        c.equal(certificate["outcome"], "erased", "certificate outcome")
        c.equal(certificate["medium"]["serial"], "LABPREPARE01", "certificate serial")
    with tempfile.TemporaryDirectory(prefix="sanitize-vmlab-takeoff.") as scratch:
        scratch = pathlib.Path(scratch)
        stick = ctx.disk("stick").path
        taken, output = _take_off(stick, f"{FOLDER}.tar.age", scratch / "archive.tar.age")
        if not c.expect(taken, f"mcopy of {FOLDER}.tar.age off the stick: {output}"):
            return
        c.expect(_take_off(stick, "README-DECRYPT.txt", scratch / "README.txt")[0], "README-DECRYPT.txt on the stick")
        (scratch / "out").mkdir()
        opened, output = _open_with_age(ctx.work / "receiver.key", scratch / "archive.tar.age", scratch / "out")
        if not c.expect(opened, f"age -d | tar -x: {output}"):
            return
        for name, data in FILES.items():
            got = scratch / "out" / FOLDER / name
            c.expect(got.is_file() and got.read_bytes() == data, f"{FOLDER}/{name} came back as it was")
