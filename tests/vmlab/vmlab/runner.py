"""Runs one scenario: backing files, the office, an initramfs overlay with the scenario's guest
script, one boot, then the scenario's checks on what came back. Exit codes for ctest: 0 passed,
1 failed, 77 skipped (no QEMU, no cached kernel)."""
import importlib
import pathlib
import shutil
import time

from . import evidence, initramfs, kernel, machine, office, station

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
    """What a scenario's checks look at (a station scenario: `data`, the data partition's files
    as read off the stick afterwards, and `stick`, its image, instead of the outbox)."""

    def __init__(self, scenario, work, drives, result, outbox, the_office, checks):
        self.scenario, self.work, self.drives, self.result = scenario, work, drives, result
        self.outbox, self.office, self.checks = outbox, the_office, checks
        self.data = self.stick = self.stick_before = None

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
    the_office = office.Office(cli, work).open(getattr(scenario, "ASSETS", ()),
                                               approve=getattr(scenario, "APPROVE", False))
    base = initramfs.base_image(cli, pathlib.Path(work_root) / "image")
    overlay = initramfs.overlay_image(work / "overlay.cpio", _guest_files(scenario, work, the_office))
    initrd = initramfs.initrd(base, overlay, work / "initrd.cpio")
    vm = machine.Machine(work, kern, initrd, drives, timeout=getattr(scenario, "TIMEOUT", 240))
    return drives, the_office, vm.run(getattr(scenario, "on_event", None))


def _boot_station(scenario, cli, station_cli, work):
    """The station's image built by the product's script, booted through the scenario's firmware
    as the scenario's PC; the data partition read back afterwards. A scenario with POWER_CUT
    (console text -> bool) has the power cut there on a first boot, and boots again."""
    data = station.DataPartition(work, cli, scenario.LISTED, scenario.SETTINGS, getattr(scenario, "ASSETS", ()))
    image, built = station.build_image(work, cli, station_cli, data)
    print(built)
    before = station.system_digest(image)
    drives = [station.StationStick(image), *scenario.drives()]
    for drive in drives[1:]:
        for disk in drive.disks():
            disk.create(work)
    first = None
    if hasattr(scenario, "POWER_CUT"):
        first = _station_machine(scenario, work / "first-boot", drives).run(pull_plug_when=scenario.POWER_CUT)
        first.data = station.read_data_partition(image, work / "data-after-power-cut")
    operator = station.Operator(getattr(scenario, "ANSWERS", []))
    result = _station_machine(scenario, work, drives).run(on_console=operator.answer if operator.answers else None)
    result.first_boot = first
    return drives, data.office, result, image, before


def _station_machine(scenario, work, drives):
    work.mkdir(parents=True, exist_ok=True)
    return machine.Machine(work, None, None, drives, timeout=getattr(scenario, "TIMEOUT", 300),
                           firmware=station.Firmware(scenario.FIRMWARE), pc=scenario.PC,
                           keyboard=bool(getattr(scenario, "ANSWERS", None)))


def _skip_reason(scenario, station_cli):
    if not machine.qemu_binary():
        return "qemu-system-x86_64 is not installed (bash tools/scripts/install-deps.sh installs it)"
    if getattr(scenario, "STATION", False):
        if not station_cli:
            return "no --station binary given (the station scenarios boot sanitize-station)"
        if station.Firmware(scenario.FIRMWARE).missing():
            return station.Firmware(scenario.FIRMWARE).missing()
        try:
            station.cached_station_kernel()
        except RuntimeError as missing:
            return str(missing)
        return None
    try:
        kernel.cached_kernel()
    except kernel.KernelMissing as missing:
        return str(missing)
    return None


def run(name, cli, work_root, station_cli=None):
    """Runs scenario `name` with the CLI binary `cli` (and the station's, for station scenarios);
    returns the process exit code."""
    scenario = load(name)
    reason = _skip_reason(scenario, station_cli)
    if reason:
        print(f"SKIP: {reason}")
        return SKIPPED
    work = pathlib.Path(work_root).resolve() / name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.monotonic()
    cli = str(pathlib.Path(cli).resolve())
    if getattr(scenario, "STATION", False):
        drives, the_office, result, image, before = _boot_station(scenario, cli, str(pathlib.Path(station_cli).resolve()), work)
    else:
        drives, the_office, result = _boot(scenario, cli, kernel.cached_kernel(), work, work_root)
    print(f"== {name}: {scenario.TITLE}")
    print(f"guest exit {result.rc}, boot and run {result.seconds:.1f} s, total {time.monotonic() - started:.1f} s")
    finished = result.qemu_rc is not None if getattr(scenario, "STATION", False) else result.rc is not None
    if not finished:
        print(result.console[-4000:])
        print(result.log[-4000:])
        print(f"FAIL: the guest did not finish (panic or timeout); logs in {work}")
        return 1
    checks = Checks(name)
    if getattr(scenario, "STATION", False):
        ctx = Context(scenario, work, drives, result, None, the_office, checks)
        ctx.stick, ctx.stick_before = image, before
        ctx.data = station.read_data_partition(image, work / "data-after")
    else:
        ctx = Context(scenario, work, drives, result, evidence.Outbox(result.outbox, work), the_office, checks)
    scenario.check(ctx)
    for failure in checks.failures:
        print(f"FAIL: {failure}")
    print(f"{checks.count - len(checks.failures)} passed, {len(checks.failures)} failed")
    if checks.failures:
        print(f"guest log ({work / 'guest.log'}):")
        print(result.log[-6000:])
    return 1 if checks.failures else 0
