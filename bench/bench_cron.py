"""Timings of unattended runs, by hand: ``python3 bench/bench_cron.py``. Prints seconds; asserts nothing.

Measures, on the sample project in a temporary folder, each run as cron starts it (a fresh process):
the first build, the rerun that finds the issue published (what a retrying cron job costs), the
``--force`` rebuild, ``archive verify``, and a send to a local SMTP server (aiosmtpd).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from weekly import EDITIONS, cron_env, weekly_project  # noqa: E402


def timed(label: str, args: list[str], project: Path, env: dict[str, str]) -> None:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "bulletin", *args, "--project", str(project)], env=env,
                            cwd=project.parent, stdin=subprocess.DEVNULL, capture_output=True, check=False)
    print(f"{label:<44} {time.perf_counter() - start:6.2f} s   exit {result.returncode}")


def main() -> None:
    from aiosmtpd.controller import Controller

    class Sink:
        async def handle_DATA(self, server, session, envelope):
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            project = weekly_project(Path(folder) / "p", mail={
                "host": "127.0.0.1", "port": port, "security": "none", "sender": "zhoubao@example.cn",
                "recipients": ["reader@example.cn"], "retry_delay": 0})
            env = cron_env()
            print(f"editions: {', '.join(EDITIONS)}")
            date = ["--date", "2025-07-11"]
            timed("build (first, cron environment)", ["build", *date, "--quiet"], project, env)
            timed("build again (same input: unchanged)", ["build", *date, "--quiet"], project, env)
            timed("build --force (rebuild)", ["build", *date, "--force", "--quiet"], project, env)
            timed("send (local SMTP)", ["send", *date, "--quiet"], project, env)
            timed("build --send again (already sent)", ["build", *date, "--send", "--quiet"], project, env)
            timed("archive verify", ["archive", "verify"], project, env)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
