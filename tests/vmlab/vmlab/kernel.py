"""The guest kernel: Debian's own, downloaded with `apt-get download` and unpacked into a cache,
never installed on the host. Only vmlinuz and the modules the lab loads (with their
dependencies) are kept, about 13 MB; the cache survives build trees and fresh clones."""
import pathlib
import sys

# The kernel download and module tree code is shared with the station image (station/image).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3] / "station" / "image"))
from stationimage.debian_kernel import (Kernel, cache_root, cached_or_fetched,  # noqa: E402,F401
                                        module_dependencies)

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


def fetch():
    """Downloads and unpacks the current Debian kernel into the cache, unless it is there."""
    kern = cached_or_fetched(lambda version: version, GUEST_MODULES)
    (cache_root() / "current").write_text(kern.version + "\n")
    return kern
