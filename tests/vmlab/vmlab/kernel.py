"""The guest kernel: Debian's own, downloaded with `apt-get download` and unpacked into a cache,
never installed on the host. Only vmlinuz and the modules the lab loads (with their
dependencies) are kept, about 13 MB; the cache survives build trees and fresh clones."""
import os
import pathlib
import re
import shutil
import subprocess
import tempfile

# The drivers the guest loads, in this order (each module's dependencies are loaded by modprobe).
GUEST_MODULES = [
    "virtio_pci", "virtio_console", "virtio_blk",        # results port, outbox disk
    "crct10dif_generic", "crc64_rocksoft_generic",        # soft dependencies of sd_mod and nvme
    "nvme", "ahci", "sd_mod", "sg",                       # NVMe, SATA (AHCI), SCSI disks, SG_IO
    "xhci_pci", "usb_storage", "uas",                     # USB sticks
    "vfat", "nls_cp437", "nls_ascii", "nls_utf8",         # a mounted namespace (scenario 6)
]


class KernelMissing(Exception):
    """No kernel in the cache: the lab is skipped, with this as the reason."""


def cache_root():
    """Where the kernel is cached: $SANITIZE_VMLAB_CACHE, else a system cache for root (CI runs
    there, from a fresh clone each time), else the user's cache."""
    configured = os.environ.get("SANITIZE_VMLAB_CACHE")
    if configured:
        return pathlib.Path(configured)
    if os.geteuid() == 0:
        return pathlib.Path("/var/cache/sanitize-vmlab")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return pathlib.Path(base) / "sanitize-vmlab"


class Kernel:
    """A cached kernel: vmlinuz, the module tree below modules/, and its version string."""

    def __init__(self, directory):
        self.directory = pathlib.Path(directory)
        self.version = (self.directory / "version").read_text().strip()
        self.vmlinuz = self.directory / "vmlinuz"
        self.modules = self.directory / "modules"


def cached_kernel():
    current = cache_root() / "current"
    if not current.is_file():
        raise KernelMissing(f"no guest kernel in {cache_root()} (run: python3 tests/vmlab/lab.py fetch-kernel)")
    kernel = Kernel(cache_root() / current.read_text().strip())
    if not kernel.vmlinuz.is_file():
        raise KernelMissing(f"the cached kernel in {kernel.directory} has no vmlinuz")
    wanted = kernel.directory / "modules.wanted"
    missing = set(GUEST_MODULES) - set(wanted.read_text().split() if wanted.is_file() else [])
    if missing:  # the lab loads more drivers than when the cache was made
        raise KernelMissing(f"the cached kernel lacks {' '.join(sorted(missing))} (run: python3 tests/vmlab/lab.py fetch-kernel)")
    return kernel


def _kernel_package():
    """The versioned package that Debian's linux-image-amd64 stands for right now."""
    out = subprocess.run(["apt-cache", "depends", "linux-image-amd64"], check=True,
                         capture_output=True, text=True).stdout
    found = re.search(r"Depends:\s*(linux-image-[0-9][^\s]*-amd64)\b", out)
    if not found:
        raise RuntimeError("apt-cache does not name the kernel behind linux-image-amd64 (run apt-get update)")
    return found.group(1)


def module_dependencies(ko_file):
    """The `depends=` list of a module's .modinfo section (NUL-separated key=value strings)."""
    data = pathlib.Path(ko_file).read_bytes()
    for entry in data.split(b"\0"):
        if entry.startswith(b"depends="):
            names = entry[len(b"depends="):].decode()
            return [n for n in names.split(",") if n]
    return []


def _module_index(module_root):
    """Module name (dashes as underscores) -> path of its .ko below module_root."""
    index = {}
    for path in module_root.rglob("*.ko"):
        index[path.name[:-3].replace("-", "_")] = path
    return index


def module_closure(module_root, wanted):
    """The wanted modules and everything they depend on, as paths relative to module_root."""
    index = _module_index(module_root)
    todo, seen = [w.replace("-", "_") for w in wanted], set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        if name not in index:
            raise RuntimeError(f"kernel module {name} not found (built in, or renamed in this kernel?)")
        seen.add(name)
        todo.extend(d.replace("-", "_") for d in module_dependencies(index[name]))
    return sorted(index[name].relative_to(module_root) for name in seen)


def fetch():
    """Downloads and unpacks the current Debian kernel into the cache, unless it is there."""
    package = _kernel_package()
    version = package[len("linux-image-"):]
    target = cache_root() / version
    if (target / "vmlinuz").is_file():
        (cache_root() / "current").write_text(version + "\n")
        try:
            return cached_kernel()
        except KernelMissing:
            pass  # fetched for an older module list: fetch again

    with tempfile.TemporaryDirectory(prefix="sanitize-vmlab-kernel.") as scratch:
        os.chmod(scratch, 0o755)  # apt-get download hands the file to its _apt user
        subprocess.run(["apt-get", "download", package], cwd=scratch, check=True)
        deb = next(pathlib.Path(scratch).glob("*.deb"))
        tree = pathlib.Path(scratch) / "tree"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
        module_root = tree / "lib" / "modules" / version
        staging = cache_root() / (version + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        (staging / "modules").mkdir(parents=True)
        shutil.copy2(tree / "boot" / f"vmlinuz-{version}", staging / "vmlinuz")
        for relative in module_closure(module_root, GUEST_MODULES):
            (staging / "modules" / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(module_root / relative, staging / "modules" / relative)
        for name in ("modules.builtin", "modules.order", "modules.builtin.modinfo"):
            if (module_root / name).is_file():
                shutil.copy2(module_root / name, staging / "modules" / name)
        (staging / "version").write_text(version + "\n")
        (staging / "modules.wanted").write_text("\n".join(GUEST_MODULES) + "\n")
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)  # complete or absent: a killed fetch leaves no half kernel
    (cache_root() / "current").write_text(version + "\n")
    return Kernel(target)
