"""An initramfs as the kernel unpacks it: an uncompressed newc cpio (no decompressor runs, which
matters under QEMU's TCG), with host programs copied in together with every shared library the
dynamic loader maps for them. Used by the station image and by the device lab's guest."""
import os
import pathlib
import re
import stat
import subprocess
import tempfile


# glibc's iconv modules for the DOS code pages, and the C.UTF-8 locale: the FAT tools (mtools,
# mkfs.fat, fsck.fat) convert file names and labels with them.
GCONV = "/usr/lib/x86_64-linux-gnu/gconv"
FAT_TOOL_DATA = [f"{GCONV}/gconv-modules", f"{GCONV}/gconv-modules.cache",
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


def add_host_file(cpio, path):
    """A host file at the same path in the guest, its directory resolved as the host resolves it
    (Debian's /lib is /usr/lib); a symlink is kept, with its target added too."""
    path = pathlib.Path(os.path.realpath(os.path.dirname(path))) / os.path.basename(path)
    if path.is_symlink():
        target = os.readlink(path)
        cpio.symlink(str(path), target)
        add_host_file(cpio, target if os.path.isabs(target) else path.parent / target)
        return
    if str(path).strip("/") in cpio.seen:
        return
    mode = 0o755 if os.access(path, os.X_OK) else 0o644
    cpio.file_bytes(str(path), path.read_bytes(), mode)


def add_program_libraries(cpio, program):
    """The shared libraries of a host program (the program itself is added by the caller)."""
    for library in shared_libraries(program):
        add_host_file(cpio, library)


def stripped(program):
    """The program without its debug sections (a RelWithDebInfo build is ten times its code)."""
    with tempfile.TemporaryDirectory(prefix="sanitize-strip.") as scratch:
        copy = os.path.join(scratch, "program")
        subprocess.run(["strip", "--strip-debug", "-o", copy, program], check=True)
        return pathlib.Path(copy).read_bytes()


def merged_usr(cpio):
    """Debian's merged /usr, so that library paths resolve in the guest as on the host (/bin
    stays a directory: busybox installs its applets there)."""
    for link, target in (("lib", "usr/lib"), ("lib64", "usr/lib64"), ("sbin", "usr/sbin")):
        cpio.symlink(link, target)
