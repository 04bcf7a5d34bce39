"""Debian's own kernel, downloaded with `apt-get download` and unpacked into a cache, never
installed on the host. A user of this module names the modules it wants (each with its
dependencies), or whole directories of the module tree; only those and vmlinuz are kept."""
import os
import pathlib
import re
import shutil
import subprocess
import tempfile


def cache_root():
    """$SANITIZE_VMLAB_CACHE, else a system cache for root (CI runs there, from a fresh clone
    each time), else the user's cache. The device lab and the station image share it."""
    configured = os.environ.get("SANITIZE_VMLAB_CACHE")
    if configured:
        return pathlib.Path(configured)
    if os.geteuid() == 0:
        return pathlib.Path("/var/cache/sanitize-vmlab")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return pathlib.Path(base) / "sanitize-vmlab"


class Kernel:
    """An unpacked kernel: vmlinuz, the module tree below modules/, and its version string."""

    def __init__(self, directory):
        self.directory = pathlib.Path(directory)
        self.version = (self.directory / "version").read_text().strip()
        self.vmlinuz = self.directory / "vmlinuz"
        self.modules = self.directory / "modules"


def wanted_text(wanted=(), directories=()):
    """What an unpacked kernel records as its module list (modules.wanted)."""
    return "\n".join([*wanted, *directories]) + "\n"


def cached_or_fetched(directory_name, wanted=(), directories=()):
    """Debian's current kernel unpacked in cache_root()/directory_name(version): the copy there
    when it was made for the same module list, else fetched anew."""
    package = kernel_package()
    version = package[len("linux-image-"):]
    target = cache_root() / directory_name(version)
    stamp = target / "modules.wanted"
    if not ((target / "vmlinuz").is_file() and stamp.is_file() and stamp.read_text() == wanted_text(wanted, directories)):
        unpack(package, target, wanted, directories)
    return Kernel(target)


def kernel_package():
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


def module_index(module_root):
    """Module name (dashes as underscores) -> path of its .ko below module_root."""
    return {path.name[:-3].replace("-", "_"): path for path in pathlib.Path(module_root).rglob("*.ko")}


def module_closure(module_root, wanted):
    """The wanted modules and everything they depend on, as paths relative to module_root."""
    index = module_index(module_root)
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


def modules_below(module_root, directories):
    """The names of every module below the given directories of the tree ("kernel/drivers/ata")."""
    names = []
    for directory in directories:
        names += [p.name[:-3] for p in (pathlib.Path(module_root) / directory).rglob("*.ko")]
    return sorted(names)


def unpack(package, target, wanted=(), directories=()):
    """Downloads `package` and keeps vmlinuz and the wanted modules (names, and everything below
    `directories`, with their dependencies) in `target`, made complete or not at all."""
    version = package[len("linux-image-"):]
    with tempfile.TemporaryDirectory(prefix="sanitize-kernel.") as scratch:
        os.chmod(scratch, 0o755)  # apt-get download hands the file to its _apt user
        subprocess.run(["apt-get", "download", package], cwd=scratch, check=True)
        deb = next(pathlib.Path(scratch).glob("*.deb"))
        tree = pathlib.Path(scratch) / "tree"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
        module_root = tree / "lib" / "modules" / version
        staging = pathlib.Path(str(target) + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        (staging / "modules").mkdir(parents=True)
        shutil.copy2(tree / "boot" / f"vmlinuz-{version}", staging / "vmlinuz")
        names = list(wanted) + modules_below(module_root, directories)
        for relative in module_closure(module_root, names):
            (staging / "modules" / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(module_root / relative, staging / "modules" / relative)
        for name in ("modules.builtin", "modules.order", "modules.builtin.modinfo"):
            if (module_root / name).is_file():
                shutil.copy2(module_root / name, staging / "modules" / name)
        (staging / "version").write_text(version + "\n")
        (staging / "modules.wanted").write_text(wanted_text(wanted, directories))
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)  # complete or absent: a killed fetch leaves no half kernel
    return version
