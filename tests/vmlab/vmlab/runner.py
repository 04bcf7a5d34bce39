"""Runs one scenario: backing files, the office, an initramfs overlay with the scenario's guest
script, one boot, then the scenario's checks on what came back. Exit codes for ctest: 0 passed,
1 failed, 77 skipped (no QEMU, no cached kernel)."""
import importlib
import pathlib
import shutil
import time

from . import drives as drive_module
from . import evidence, initramfs, kernel, machine, office

HERE = pathlib.Path(__file__).resolve().parent.parent
SKIPPED = 77


class Checks:
    """Collects failed expectations, so that one run reports all of them."""

    def __init__(self, name):
        self.name, self.failures, self.count = name, [], 0

    def expect(self, condition, message):
        self.count += 1
        if not condition:
            self.failures.append(message)
        return bool(condition)

    def equal(self, actual, expected, what):
        return self.expect(actual == expected, f"{what}: expected {expected!r}, got {actual!r}")


class Context:
    """What a scenario's checks look at."""

    def __init__(self, scenario, work, drives, result, outbox, the_office, checks):
        self.scenario, self.work, self.drives, self.result = scenario, work, drives, result
        self.outbox, self.office, self.checks = outbox, the_office, checks

    def disk(self, tag):
        for drive in self.drives:
            for disk in drive.disks():
                if disk.tag == tag:
                    return disk
        raise KeyError(tag)


def load(name):
    return importlib.import_module(f"scenarios.{name}")


def _guest_files(scenario, work, the_office):
    files = {"lab/lib.sh": (HERE / "guest" / "lib.sh").read_bytes(),
             "lab/scenario.sh": scenario.GUEST.encode(),
             "lab/wait": "\n".join(scenario.WAIT).encode() + b"\n"}
    if the_office:
        files.update(the_office.guest_files())
    if hasattr(scenario, "guest_files"):
        files.update(scenario.guest_files(work))
    return files


def _boot(scenario, cli, kern, work, work_root):
    """Backing files, the office, the initramfs; one boot. Returns the drives, office and result."""
    drives = scenario.drives()
    for drive in drives:
        for disk in drive.disks():
            disk.create(work)
    the_office = office.Office(cli, work).open(getattr(scenario, "ASSETS", ()))
    base = initramfs.base_image(cli, pathlib.Path(work_root) / "image")
    overlay = initramfs.overlay_image(work / "overlay.cpio", _guest_files(scenario, work, the_office))
    initrd = initramfs.initrd(base, overlay, work / "initrd.cpio")
    vm = machine.Machine(work, kern, initrd, drives, timeout=getattr(scenario, "TIMEOUT", 240))
    return drives, the_office, vm.run(getattr(scenario, "on_event", None))


def run(name, cli, work_root):
    """Runs scenario `name` with the CLI binary `cli`; returns the process exit code."""
    if not machine.qemu_binary():
        print("SKIP: qemu-system-x86_64 is not installed (bash tools/scripts/install-deps.sh installs it)")
        return SKIPPED
    try:
        kern = kernel.cached_kernel()
    except kernel.KernelMissing as missing:
        print(f"SKIP: {missing}")
        return SKIPPED
    scenario = load(name)
    work = pathlib.Path(work_root).resolve() / name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.monotonic()
    drives, the_office, result = _boot(scenario, str(pathlib.Path(cli).resolve()), kern, work, work_root)
    print(f"== {name}: {scenario.TITLE}")
    print(f"guest exit {result.rc}, boot and run {result.seconds:.1f} s, total {time.monotonic() - started:.1f} s")
    if result.rc is None:
        print(result.console[-4000:])
        print(result.log[-4000:])
        print(f"FAIL: the guest did not finish (panic or timeout); logs in {work}")
        return 1
    checks = Checks(name)
    scenario.check(Context(scenario, work, drives, result, evidence.Outbox(result.outbox, work), the_office, checks))
    for failure in checks.failures:
        print(f"FAIL: {failure}")
    print(f"{checks.count - len(checks.failures)} passed, {len(checks.failures)} failed")
    if checks.failures:
        print(f"guest log ({work / 'guest.log'}):")
        print(result.log[-6000:])
    return 1 if checks.failures else 0
