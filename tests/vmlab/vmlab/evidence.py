"""What a scenario left: the guest's files taken off the outbox disk (command outputs, exit
codes, certificates), and the backing files read back sector by sector — independently of the
engine, by this module alone."""
import json
import pathlib
import subprocess
import tarfile

from .drives import SECTOR, fill_sector


class Outbox:
    """/lab/out of the guest, from the tar the guest's init wrote onto the outbox disk."""

    def __init__(self, image, directory):
        self.dir = pathlib.Path(directory) / "out"
        self.dir.mkdir(parents=True, exist_ok=True)
        # The tar ends where its end blocks are; the rest of the disk is zeros.
        with tarfile.open(image, "r:") as archive:
            if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later: refuse links out of the folder
                archive.extractall(self.dir, filter="data")
            else:
                archive.extractall(self.dir)

    def text(self, name):
        path = self.dir / name
        return path.read_text(errors="replace") if path.exists() else ""

    def rc(self, name):
        """The exit code the guest recorded for command `name`, or None when it never ran."""
        text = self.text(name + ".rc").strip()
        return int(text) if text else None

    def json_lines(self, name):
        """Every JSON document of command `name`'s standard output, one per line."""
        return [json.loads(line) for line in self.text(name + ".out").splitlines() if line.startswith("{")]

    def json_document(self, name):
        """Command `name`'s whole standard output as one JSON document (None when empty)."""
        text = self.text(name + ".out")
        return json.loads(text) if text.strip() else None

    def reports(self, name, schema_prefix="sanitize.wipe-report"):
        return [d for d in self.json_lines(name) if str(d.get("schema", "")).startswith(schema_prefix)]

    def certificates(self):
        """(path, parsed JSON) of every certificate the guest wrote."""
        found = []
        for path in sorted((self.dir / "certs").glob("certificate-*.json")):
            found.append((path, json.loads(path.read_bytes())))
        return found


def minisign_verifies(certificate, public_key):
    """The stock minisign's verdict on a certificate and its signature file."""
    done = subprocess.run(["minisign", "-Vm", str(certificate), "-p", str(public_key)],
                          capture_output=True, text=True)
    return done.returncode == 0, done.stdout + done.stderr


class SectorScan:
    """Each 512-byte sector of a backing file classified: still its original fill, one byte value
    throughout, or anything else."""

    def __init__(self, disk):
        self.fill, self.uniform, self.other = [], {}, []
        with open(disk.path, "rb") as raw:
            sector = 0
            while True:
                block = raw.read(SECTOR * 2048)
                if not block:
                    break
                for at in range(0, len(block), SECTOR):
                    self._classify(disk.tag, sector, block[at:at + SECTOR])
                    sector += 1
        self.sectors = sector

    def _classify(self, tag, sector, data):
        first = data[:1]
        if data == first * SECTOR:
            self.uniform.setdefault(first[0], []).append(sector)
        elif data == fill_sector(tag, sector):
            self.fill.append(sector)
        else:
            self.other.append(sector)

    def all_byte(self, value, except_sectors=()):
        """Sectors that do not hold `value` throughout, leaving out except_sectors."""
        good = set(self.uniform.get(value, []))
        skip = set(except_sectors)
        return [s for s in range(self.sectors) if s not in good and s not in skip]


def ranges_to_sectors(ranges):
    """Byte ranges [{offset, length}] as the set of 512-byte sectors they cover."""
    sectors = set()
    for r in ranges:
        first, end = r["offset"] // SECTOR, (r["offset"] + r["length"] + SECTOR - 1) // SECTOR
        sectors.update(range(first, end))
    return sectors
