"""One boot of the lab guest under QEMU (TCG: the host's KVM cannot boot a stock kernel): the
scenario's drives, a virtio-serial port for its output, a virtio disk as the outbox for its
files, a monitor socket for hot-unplug and re-plug, and a time limit for a hang or a panic."""
import pathlib
import re
import shutil
import socket
import subprocess
import time

from . import drives as drive_module

OUTBOX_BYTES = 64 * 1024 * 1024


class GuestResult:
    def __init__(self, rc, log, console, outbox, seconds, qemu_rc=None):
        self.rc, self.log, self.console, self.outbox, self.seconds = rc, log, console, outbox, seconds
        self.qemu_rc = qemu_rc  # None when the time limit killed it


def qemu_binary():
    return shutil.which("qemu-system-x86_64")


class Machine:
    """A guest with `drives`, booted from `initrd`; `on_event(machine, text)` is called for each
    `LAB_EVENT text` line the guest prints, while it runs. With `firmware` (vmlab/station.py) it
    boots like a PC instead: through the firmware from its drives, as the SMBIOS `pc` says."""

    def __init__(self, work_dir, kern, initrd, drives, memory_mib=768, timeout=240, firmware=None, pc=None,
                 keyboard=False, cpus=1):
        self.work = pathlib.Path(work_dir)
        self.kernel, self.initrd, self.drives = kern, initrd, drives
        self.firmware, self.pc = firmware, pc
        # keyboard: the serial port is a socket as well, so that type() answers the guest's prompts.
        self.keyboard, self.serial_path, self._serial = keyboard, self.work / "serial.sock", None
        self.memory, self.timeout, self.cpus = memory_mib, timeout, cpus
        self.monitor_path = self.work / "monitor.sock"
        self.log_path, self.console_path = self.work / "guest.log", self.work / "console.log"
        self.outbox = self.work / "outbox.img"

    def command(self):
        # One vCPU on one host thread; more (benchmarks only) on a host thread each (MTTCG).
        threads = "single" if self.cpus == 1 else "multi"
        args = [qemu_binary(), "-accel", f"tcg,thread={threads}", "-cpu", "max", "-machine", "q35",
                "-m", str(self.memory), "-smp", str(self.cpus), "-nodefaults", "-no-user-config", "-nographic",
                "-no-reboot", "-monitor", f"unix:{self.monitor_path},server=on,wait=off"]
        if self.keyboard:
            args += ["-chardev", f"socket,id=serial0,path={self.serial_path},server=on,wait=off,logfile={self.console_path}",
                     "-serial", "chardev:serial0"]
        else:
            args += ["-serial", f"file:{self.console_path}"]
        if self.firmware:
            args += self.firmware.qemu_args(self.work) + self.pc.qemu_args()
        else:
            args += self._lab_guest_args()
        args += drive_module.controllers_args(self.drives)
        for drive in self.drives:
            args += drive.qemu_args()
        return args

    def _lab_guest_args(self):
        """The lab's own guest: its kernel and initramfs, the results port and the outbox disk."""
        with open(self.outbox, "wb") as out:
            out.truncate(OUTBOX_BYTES)
        return ["-kernel", str(self.kernel.vmlinuz), "-initrd", str(self.initrd),
                "-append", "console=ttyS0 panic=-1 quiet loglevel=4",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                "-device", "virtio-serial-pci",
                "-chardev", f"file,id=lablog,path={self.log_path}",
                "-device", "virtserialport,chardev=lablog,name=lab.log",
                "-drive", f"file={self.outbox},if=none,id=outbox,format=raw",
                "-device", "virtio-blk-pci,drive=outbox,serial=LABOUTBOX"]

    def monitor(self, command):
        """One HMP command (device_del, device_add, ...); returns what the monitor answered."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.connect(str(self.monitor_path))
            s.settimeout(10)
            s.sendall(command.encode() + b"\n")
            time.sleep(0.5)
            answer = b""
            try:
                while True:
                    data = s.recv(65536)
                    if not data:
                        break
                    answer += data
                    if answer.rstrip().endswith(b"(qemu)") and command.encode() in answer:
                        break
            except socket.timeout:
                pass
        # HMP echoes the command with terminal redraws; what follows the last echo is the answer.
        text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]|\r", "", answer.decode(errors="replace"))
        reply = text.rsplit(command, 1)[-1].replace("(qemu)", "").strip()
        with open(self.work / "monitor.log", "a") as log:
            log.write(f"> {command}\n{reply}\n")
        return reply

    def type(self, text):
        """Keys typed on the serial console (a line ends with a carriage return, as a terminal sends)."""
        if self._serial is None:
            self._serial = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self._serial.connect(str(self.serial_path))
            self._serial.setblocking(False)
        self._serial.sendall(text.encode())

    def _drain_serial(self):
        """What the guest writes to a connected socket is read and dropped (the log file has it):
        unread, it would fill the socket and stop the guest's console."""
        while self._serial is not None:
            try:
                if not self._serial.recv(65536):
                    return
            except (BlockingIOError, InterruptedError):
                return

    def _console_text(self):
        return self.console_path.read_text(errors="replace") if self.console_path.exists() else ""

    def _new_events(self, seen):
        """The LAB_EVENT lines after the first `seen`; a line still being written waits."""
        try:
            data = self.log_path.read_bytes()
        except FileNotFoundError:
            return []
        complete = data[:data.rfind(b"\n") + 1].decode(errors="replace").splitlines()
        events = [line[len("LAB_EVENT "):].strip() for line in complete if line.startswith("LAB_EVENT ")]
        return events[seen:]

    def run(self, on_event=None, pull_plug_when=None, on_console=None):
        """Boots and waits until the guest powers off. `pull_plug_when(console_text)` is asked
        while it runs: True cuts the power there (the process is killed, as at a power cut).
        `on_console(machine, console_text)` is called as well, to answer prompts with type()."""
        started = time.monotonic()
        handled = 0
        killed = False
        with open(self.work / "qemu.log", "wb") as qemu_log:
            process = subprocess.Popen(self.command(), stdin=subprocess.DEVNULL, stdout=qemu_log,
                                       stderr=subprocess.STDOUT)
            try:
                while process.poll() is None:
                    if time.monotonic() - started > self.timeout:
                        process.kill()
                        killed = True
                        break
                    for event in self._new_events(handled):
                        handled += 1
                        if on_event:
                            on_event(self, event)
                    self._drain_serial()
                    if on_console:
                        on_console(self, self._console_text())
                    if pull_plug_when and pull_plug_when(self._console_text()):
                        process.kill()
                        killed = True
                        break
                    time.sleep(0.2)
            finally:
                if process.poll() is None:
                    process.kill()
                process.wait()
                if self._serial is not None:
                    self._serial.close()
        seconds = time.monotonic() - started
        log = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        console = self.console_path.read_text(errors="replace") if self.console_path.exists() else ""
        rc = None
        for line in log.splitlines():
            if line.startswith("LAB_EXIT="):
                rc = int(line.split("=", 1)[1])
        return GuestResult(rc, log, console, self.outbox, seconds, None if killed else process.returncode)
