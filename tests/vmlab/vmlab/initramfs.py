"""The guest's initramfs: busybox, the kernel modules, the project's CLI with every shared
library it needs, and the stick tools (mkfs.vfat, mcopy). Written as an uncompressed newc cpio
(the kernel unpacks it without a decompressor, which is slow under TCG); a scenario appends a
second, small cpio with its script and files."""
import hashlib
import os
import pathlib
import shutil

from . import kernel as kernel_module  # puts station/image on the module path
import stationimage.cpio as stationimage_cpio  # noqa: E402
from stationimage.cpio import (FAT_TOOL_DATA, CpioWriter, add_host_file, merged_usr,  # noqa: E402
                               shared_libraries, stripped)

HERE = pathlib.Path(__file__).resolve().parent.parent

# Host programs the guest runs besides busybox: the stick tools of `sanitize prepare`.
GUEST_PROGRAMS = ["/usr/sbin/mkfs.fat", "/usr/bin/mtools"]
GUEST_LINKS = {"/usr/sbin/mkfs.vfat": "mkfs.fat", "/usr/bin/mcopy": "mtools", "/usr/bin/mdir": "mtools"}
# The C.UTF-8 locale (the engine runs mtools with LC_ALL=C.UTF-8) and glibc's iconv modules for
# the DOS code pages: mtools and mkfs.fat convert long (Japanese) file names and labels with them.
GUEST_DATA = FAT_TOOL_DATA


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
             "/bin/busybox", *GUEST_PROGRAMS, __file__, stationimage_cpio.__file__]
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
    merged_usr(cpio)
    cpio.file_bytes("usr/bin/sanitize", stripped(cli), 0o755)
    for program in [cli, *GUEST_PROGRAMS]:
        for library in shared_libraries(program):
            add_host_file(cpio, library)
    for program in GUEST_PROGRAMS:
        add_host_file(cpio, program)
    for link, target in GUEST_LINKS.items():
        cpio.symlink(link, target)
    for data in GUEST_DATA:
        if os.path.exists(data):
            add_host_file(cpio, data)
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
