"""The boot-and-wipe station in the lab: its USB image built by the product's own script
(station/image/build_image.py) with a data partition made here, booted through real firmware
(Debian's OVMF for UEFI, QEMU's SeaBIOS for BIOS) with the PC's SMBIOS identity, and its data
partition read back afterwards with mtools, as an admin's office PC would read the stick."""
import hashlib
import pathlib
import shutil
import subprocess

from . import drives as drive_module
from . import kernel as lab_kernel  # puts station/image on the module path
from . import office as office_module
from stationimage import initramfs as station_initramfs  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[3]
BUILDER = REPO / "station" / "image" / "build_image.py"
OVMF_CODE = pathlib.Path("/usr/share/OVMF/OVMF_CODE_4M.fd")  # Debian's ovmf
OVMF_VARS = pathlib.Path("/usr/share/OVMF/OVMF_VARS_4M.fd")


class Pc:
    """The PC's SMBIOS identity, as QEMU's -smbios gives it to the firmware."""

    def __init__(self, serial, vendor="Lab Computers", product="LabBook 14", uuid="5d1b2c3a-0f4e-4d6a-9b7c-1e2f3a4b5c6d",
                 asset_tag="LAB-ASSET-7"):
        self.serial, self.vendor, self.product, self.uuid, self.asset_tag = serial, vendor, product, uuid, asset_tag

    def qemu_args(self):
        return ["-smbios", f"type=1,manufacturer={self.vendor},product={self.product},serial={self.serial},uuid={self.uuid}",
                "-smbios", f"type=3,asset={self.asset_tag}"]


class Firmware:
    """UEFI (OVMF, with a private copy of its variable store) or BIOS (SeaBIOS, QEMU's default)."""

    def __init__(self, kind):
        self.kind = kind

    def missing(self):
        if self.kind == "uefi" and not OVMF_CODE.is_file():
            return f"{OVMF_CODE} is missing (bash tools/scripts/install-deps.sh installs ovmf)"
        return None

    def qemu_args(self, work):
        if self.kind != "uefi":
            return []
        variables = pathlib.Path(work) / "OVMF_VARS.fd"
        shutil.copyfile(OVMF_VARS, variables)
        return ["-drive", f"if=pflash,format=raw,unit=0,readonly=on,file={OVMF_CODE}",
                "-drive", f"if=pflash,format=raw,unit=1,file={variables}"]


class StationStick(drive_module.UsbStick):
    """The station's USB image as a stick on the PC's xHCI port, the first boot device."""

    def __init__(self, image):
        disk = drive_module.Disk("stick", 0)
        disk.path = pathlib.Path(image)
        super().__init__("stick", disk, "LABSTATION01", vendor="QEMU")
        self.created = True

    def qemu_args(self):
        args = super().qemu_args()
        args[-1] += ",bootindex=0"
        return args


class Operator:
    """The person at the station's keyboard: each answer is typed once its prompt (a text) has
    appeared on the console after the previous answer's."""

    def __init__(self, answers):
        self.answers, self.next, self.seen = list(answers), 0, 0

    def answer(self, machine, console):
        if self.next >= len(self.answers):
            return
        prompt, text = self.answers[self.next]
        found = console.find(prompt, self.seen)
        if found < 0:
            return
        self.seen = found + len(prompt)
        self.next += 1
        machine.type(text + "\r")


class DataPartition:
    """What the admin puts on the stick's data partition before lending it to a bench."""

    def __init__(self, work, cli, listed, settings, assets=()):
        self.dir = pathlib.Path(work) / "data"
        self.office = office_module.Office(cli, work).open(assets, role="staff", admin=True)
        self.dir.mkdir(parents=True, exist_ok=True)
        # A copy of the office's ledger for the station's checks, and its outbox for the events.
        shutil.copy2(self.office.ledger, self.dir / "ledger.db")
        self.office.make_outbox(self.dir / "outbox.db")
        shutil.copy2(self.office.operator_key, self.dir / "operator.key")
        (self.dir / "operator.pass").write_text(office_module.PASSPHRASE + "\n")
        shutil.copy2(self.office.admin_pub, self.dir / "admin.pub")
        (self.dir / "station.conf").write_text("".join(f"{k} = {v}\n" for k, v in settings.items()))
        (self.dir / "pcs.txt").write_text("# PCs of the returned lease batch\n" + "".join(s + "\n" for s in listed))
        signed = subprocess.run(["minisign", "-S", "-s", str(self.office.admin_key), "-m", str(self.dir / "pcs.txt"),
                                 "-t", "station pc list"], input=office_module.PASSPHRASE + "\n",
                                capture_output=True, text=True)
        if signed.returncode != 0:
            raise RuntimeError(f"minisign -S: {signed.stderr}")


def cached_station_kernel():
    """The station's kernel as the lab cached it (lab.py fetch-kernel); RuntimeError when not."""
    wanted = station_initramfs.wanted_text()
    for candidate in sorted(lab_kernel.cache_root().glob("station-*"), reverse=True):
        stamp = candidate / "modules.wanted"
        if (candidate / "vmlinuz").is_file() and stamp.is_file() and stamp.read_text() == wanted:
            return candidate
    raise RuntimeError(f"no station kernel in {lab_kernel.cache_root()} (run: python3 tests/vmlab/lab.py fetch-kernel)")


def build_image(work, cli, station, data):
    image = pathlib.Path(work) / "station.img"
    done = subprocess.run(["python3", str(BUILDER), "--cli", cli, "--station", station, "--out", str(image),
                           "--kernel-dir", str(cached_station_kernel()),
                           "--data-from", str(data.dir), "--serial-console"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"build_image.py exited {done.returncode}: {done.stderr[-3000:]}")
    return image, done.stdout.strip()


def partitions(image):
    """(start, sectors) of each partition, from the GPT as sfdisk reads it."""
    out = subprocess.run(["sfdisk", "--dump", str(image)], check=True, capture_output=True, text=True).stdout
    found = []
    for line in out.splitlines():
        if "start=" in line:
            fields = dict(part.strip().split("=", 1) for part in line.split(":", 1)[1].split(",") if "=" in part)
            found.append((int(fields["start"]), int(fields["size"])))
    return found


def system_digest(image):
    """SHA-256 of the system partition's bytes: the station must never change them."""
    start, sectors = partitions(image)[0]
    digest = hashlib.sha256()
    with open(image, "rb") as raw:
        raw.seek(start * 512)
        remaining = sectors * 512
        while remaining:
            block = raw.read(min(remaining, 1 << 20))
            digest.update(block)
            remaining -= len(block)
    return digest.hexdigest()


def read_data_partition(image, target):
    """The data partition's files copied off the image with mtools (no mount, no root)."""
    start, _ = partitions(image)[1]
    target = pathlib.Path(target)
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    subprocess.run(["mcopy", "-s", "-n", "-i", f"{image}@@{start * 512}", "::/*", str(target)], check=True,
                   env={"PATH": "/usr/bin:/bin", "MTOOLS_SKIP_CHECK": "1"}, capture_output=True)
    return target
