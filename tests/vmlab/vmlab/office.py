"""The office the guest works for: an organisation root key, an operator key registered in an
embedded (SQLite) ledger, and assets, made on the host with the same CLI before the guest boots
(light scrypt costs: the guest unlocks the key under TCG). The guest finds it under /lab/office."""
import json
import pathlib
import subprocess

PASSPHRASE = "Vmlab-Kq7#mPx2"  # meets the password policy for key passphrases


class Office:
    def __init__(self, cli, directory):
        self.cli = cli
        self.dir = pathlib.Path(directory) / "office"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.ledger = self.dir / "ledger.db"
        self.operator_key = self.dir / "operator.key"
        self.operator_pub = self.dir / "operator.key.pub"
        self.pass_file = self.dir / "pass"
        self.admin_key = self.dir / "admin.key"
        self.admin_pub = self.dir / "admin.key.pub"

    def _run(self, *args):
        env = {"PATH": "/usr/bin:/bin", "HOME": str(self.dir), "LC_ALL": "C.UTF-8",
               "SANITIZE_LEDGER": str(self.ledger), "SANITIZE_KEY": str(self.operator_key)}
        done = subprocess.run([self.cli, *args], cwd=self.dir, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"office setup: sanitize {' '.join(args)} exited {done.returncode}: {done.stderr}")
        return done.stdout

    def open(self, assets=(), role="admin", admin=False, approve=False):
        """The office; the operator's key has `role`; with `admin`, a second key of an admin
        (admin.key), as the station's signed list of PCs needs; with `approve`, the operator is
        also a department head and has granted a carry-out approval of the first asset, whose id
        the guest reads from /lab/office/approval."""
        self.pass_file.write_text(PASSPHRASE + "\n")
        root_key = self.dir / "root.key"
        self._run("key", "init", "--out", str(root_key), "--kdf", "interactive", "--passphrase-file", str(self.pass_file))
        self._run("key", "init", "--out", str(self.operator_key), "--kdf", "interactive",
                  "--passphrase-file", str(self.pass_file))
        self._run("ledger", "init", "--organisation", "検証ラボ株式会社", "--key", str(root_key),
                  "--passphrase-file", str(self.pass_file))
        self._run("key", "register", str(self.operator_pub), "--name", "検証 太郎", "--role", role,
                  "--valid-from", "2020-01-01", "--key", str(root_key), "--passphrase-file", str(self.pass_file))
        if admin:
            self._run("key", "init", "--out", str(self.admin_key), "--kdf", "interactive",
                      "--passphrase-file", str(self.pass_file))
            self._run("key", "register", str(self.admin_pub), "--name", "管理 花子", "--role", "admin",
                      "--valid-from", "2020-01-01", "--key", str(root_key), "--passphrase-file", str(self.pass_file))
        for asset_id, name in assets:
            self._run("asset", "add", "--id", asset_id, "--name", name, "--classification", "1",
                      "--passphrase-file", str(self.pass_file))
        if approve:
            self._run("key", "title", str(self.operator_pub), "--set", "department_head", "--key", str(root_key),
                      "--passphrase-file", str(self.pass_file))
            asked = self._run("approval", "request", "--asset", assets[0][0], "--purpose", "検証", "--until", "2099-12-31",
                              "--json", "--passphrase-file", str(self.pass_file))
            approval = json.loads(asked)["approval"]
            self._run("approval", "grant", str(approval), "--passphrase-file", str(self.pass_file))
            (self.dir / "approval").write_text(f"{approval}\n")
        root_key.unlink()  # the guest signs as the operator only
        return self

    def make_outbox(self, path):
        """An outbox bound to the office's ledger (`sanitize ledger outbox`), as an admin makes one for a station."""
        self._run("ledger", "outbox", "-o", str(path))

    def sync(self, outbox):
        """`sanitize ledger sync`: the outbox's events appended to the office's ledger; the CLI's output."""
        return self._run("ledger", "sync", "--from", str(outbox))

    def guest_files(self):
        """The office as overlay files below /lab/office (the ledger is written by the guest)."""
        names = ("ledger.db", "operator.key", "operator.key.pub", "pass", "approval")
        return {f"lab/office/{name}": (self.dir / name).read_bytes() for name in names if (self.dir / name).exists()}
