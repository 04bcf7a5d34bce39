"""The guest's initramfs: busybox, the kernel modules, the project's CLI with every shared
library it needs, and the stick tools (mkfs.vfat, mcopy). Written as an uncompressed newc cpio
(the kernel unpacks it without a decompressor, which is slow under TCG); a scenario appends a
second, small cpio with its script and files."""
import hashlib
import os
import pathlib
import re
import shutil
import stat
import subprocess
import tempfile

from . import kernel as kernel_module

HERE = pathlib.Path(__file__).resolve().parent.parent

# Host programs the guest runs besides busybox: the stick tools of `sanitize prepare`.
GUEST_PROGRAMS = ["/usr/sbin/mkfs.fat", "/usr/bin/mtools"]
GUEST_LINKS = {"/usr/sbin/mkfs.vfat": "mkfs.fat", "/usr/bin/mcopy": "mtools", "/usr/bin/mdir": "mtools"}
# The C.UTF-8 locale (the engine runs mtools with LC_ALL=C.UTF-8) and glibc's iconv modules for
# the DOS code pages: mtools and mkfs.fat convert long (Japanese) file names and labels with them.
GCONV = "/usr/lib/x86_64-linux-gnu/gconv"
GUEST_DATA = [f"{GCONV}/gconv-modules", f"{GCONV}/gconv-modules.cache",
              f"{GCONV}/gconv-modules.d/gconv-modules-extra.conf", f"{GCONV}/IBM850.so", f"{GCONV}/IBM437.so",
              f"{GCONV}/UNICODE.so", f"{GCONV}/UTF-16.so",
              *(str(p) for p in sorted(pathlib.Path("/usr/lib/locale/C.utf8").rglob("*")) if p.is_file())]


class CpioWriter:
    """A newc ("070701") archive, the format the kernel unpacks into its root file system."""

    def __init__(self, path):
        self.file = open(path, "wb")
        self.inode = 1
        self.seen = set()

    def _header(self, name, mode, size, nlink=1):
        encoded = name.encode()  # UTF-8: the name size counts bytes
        fields = [self.inode, mode, 0, 0, nlink, 0, size, 0, 0, 0, 0, len(encoded) + 1, 0]
        self.inode += 1
        header = b"070701" + b"".join(b"%08X" % f for f in fields) + encoded + b"\0"
        self.file.write(header + b"\0" * (-len(header) % 4))

    def _pad(self, size):
        self.file.write(b"\0" * (-size % 4))

    def directory(self, name):
        name = name.strip("/")
        parts = name.split("/")
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i])
            if sub and sub not in self.seen:
                self.seen.add(sub)
                self._header(sub, stat.S_IFDIR | 0o755, 0, 2)

    def file_bytes(self, name, data, mode=0o644):
        name = name.strip("/")
        self.directory(os.path.dirname(name))
        self.seen.add(name)
        self._header(name, stat.S_IFREG | mode, len(data))
        self.file.write(data)
        self._pad(len(data))

    def symlink(self, name, target):
        name = name.strip("/")
        self.directory(os.path.dirname(name))
        self.seen.add(name)
        data = target.encode()
        self._header(name, stat.S_IFLNK | 0o777, len(data))
        self.file.write(data)
        self._pad(len(data))

    def close(self):
        self._header("TRAILER!!!", 0, 0)
        self.file.close()


def shared_libraries(program):
    """Every shared object the dynamic loader maps for program (ldd's answer), loader included."""
    out = subprocess.run(["ldd", program], check=True, capture_output=True, text=True).stdout
    libraries = []
    for line in out.splitlines():
        found = re.search(r"(?:=>\s*)?(/\S+)\s+\(0x", line)
        if found:
            libraries.append(found.group(1))
    return libraries


def _add_host_file(cpio, path):
    """A host file at the same path in the guest, its directory resolved as the host resolves it
    (Debian's /lib is /usr/lib); a symlink is kept, with its target added too."""
    path = pathlib.Path(os.path.realpath(os.path.dirname(path))) / os.path.basename(path)
    if path.is_symlink():
        target = os.readlink(path)
        cpio.symlink(str(path), target)
        _add_host_file(cpio, target if os.path.isabs(target) else path.parent / target)
        return
    if str(path).strip("/") in cpio.seen:
        return
    mode = 0o755 if os.access(path, os.X_OK) else 0o644
    cpio.file_bytes(str(path), path.read_bytes(), mode)


def _stripped(program):
    """The program without its debug sections (a RelWithDebInfo CLI is ten times its code)."""
    with tempfile.TemporaryDirectory(prefix="sanitize-vmlab-strip.") as scratch:
        copy = os.path.join(scratch, "program")
        subprocess.run(["strip", "--strip-debug", "-o", copy, program], check=True)
        return pathlib.Path(copy).read_bytes()


def module_load_order(module_root, wanted):
    """The modules to insmod, each after its dependencies (no modprobe, no modules.dep needed)."""
    index = {p.name[:-3].replace("-", "_"): p for p in module_root.rglob("*.ko")}
    order, done = [], set()

    def visit(name):
        if name in done:
            return
        done.add(name)
        for dependency in kernel_module.module_dependencies(index[name]):
            visit(dependency.replace("-", "_"))
        order.append(index[name].relative_to(module_root))

    for name in wanted:
        visit(name.replace("-", "_"))
    return order


def _inputs_digest(cli, kern):
    """What the base image is made of; it is rebuilt when any of these changed."""
    digest = hashlib.sha256()
    files = [cli, str(kern.vmlinuz), str(kern.directory / "modules.wanted"), str(HERE / "guest" / "init"),
             "/bin/busybox", *GUEST_PROGRAMS, __file__]
    for name in files:
        st = os.stat(name)
        digest.update(f"{name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def base_image(cli, work_dir):
    """The shared part of every guest's initramfs, built once per CLI binary and kernel."""
    kern = kernel_module.cached_kernel()
    work_dir = pathlib.Path(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    image, stamp = work_dir / "base.cpio", work_dir / "base.cpio.inputs"
    digest = _inputs_digest(cli, kern)
    if image.is_file() and stamp.is_file() and stamp.read_text() == digest:
        return image
    partial = work_dir / "base.cpio.partial"
    cpio = CpioWriter(partial)
    for directory in ("proc", "sys", "dev", "tmp", "run", "mnt", "etc", "root", "lab/out", "var/tmp", "usr/lib64"):
        cpio.directory(directory)
    cpio.file_bytes("init", (HERE / "guest" / "init").read_bytes(), 0o755)
    cpio.file_bytes("bin/busybox", pathlib.Path("/bin/busybox").read_bytes(), 0o755)
    cpio.file_bytes("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\n")
    cpio.file_bytes("etc/group", b"root:x:0:\n")
    for link, target in (("lib", "usr/lib"), ("lib64", "usr/lib64"), ("sbin", "usr/sbin")):
        cpio.symlink(link, target)  # merged /usr, as on the host: library paths resolve alike
    cpio.file_bytes("usr/bin/sanitize", _stripped(cli), 0o755)
    for program in [cli, *GUEST_PROGRAMS]:
        for library in shared_libraries(program):
            _add_host_file(cpio, library)
    for program in GUEST_PROGRAMS:
        _add_host_file(cpio, program)
    for link, target in GUEST_LINKS.items():
        cpio.symlink(link, target)
    for data in GUEST_DATA:
        if os.path.exists(data):
            _add_host_file(cpio, data)
    order = module_load_order(kern.modules, kernel_module.GUEST_MODULES)
    for relative in order:
        cpio.file_bytes(f"usr/lib/modules/{relative}", (kern.modules / relative).read_bytes())
    cpio.file_bytes("lab/modules.load", "".join(f"/usr/lib/modules/{r}\n" for r in order).encode())
    cpio.close()
    partial.rename(image)
    stamp.write_text(digest)
    return image


def overlay_image(path, files):
    """The scenario's own files: {guest path: bytes or (bytes, mode)}, appended to the base."""
    cpio = CpioWriter(path)
    for name, content in files.items():
        data, mode = content if isinstance(content, tuple) else (content, 0o644)
        cpio.file_bytes(name, data if isinstance(data, bytes) else data.encode(), mode)
    cpio.close()
    return path


def initrd(base, overlay, path):
    """The kernel unpacks concatenated archives in order: the overlay's files go on top."""
    with open(path, "wb") as out:
        for part in (base, overlay):
            with open(part, "rb") as source:
                shutil.copyfileobj(source, out)
    return path
