#!/usr/bin/env python3
"""bench/watch_latency.py: save -> verdict on screen for `kata watch`, as a learner sees it.

Runs `<kata> watch <id>` on a pseudo-terminal of 80x24, waits for its first screen, then
saves the learner's file (appending a numbered comment) RUNS times and, for each save,
prints the seconds from the save until the screen it triggers is drawn whole: the watch
footer after a newly cleared screen. Used by bench/run; not a runtime dependency.

usage: watch_latency.py KATA ID FILE RUNS
"""
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import fcntl
import time

FOOTER = "q quit"
CLEAR = "\x1b[2J"


def read_until(fd, pattern, timeout):
    """Reads from fd until `pattern` (a compiled regex) matches what arrived; returns the
    time it matched, or raises TimeoutError."""
    seen = ""
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no match for {pattern.pattern!r}; last output: {seen[-400:]!r}")
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            raise TimeoutError(f"the watch ended; last output: {seen[-400:]!r}")
        if not chunk:
            raise TimeoutError(f"the watch ended; last output: {seen[-400:]!r}")
        seen += chunk.decode("utf-8", "replace")
        if pattern.search(seen):
            return time.monotonic()


def main():
    kata, kata_id, path, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ.pop("NO_COLOR", None)
        os.execvp(kata, [kata, "watch", kata_id])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    # A screen is whole when the footer follows a clear; the first may include a first build.
    whole = re.compile(re.escape(CLEAR) + r"(?:(?!" + re.escape(CLEAR) + r").)*" + re.escape(FOOTER), re.S)
    try:
        read_until(fd, whole, 600)
        time.sleep(0.3)
        for run in range(1, runs + 1):
            with open(path, "a") as learner_file:
                learner_file.write(f"// bench/run watch save {run}\n")
            saved = time.monotonic()
            shown = read_until(fd, whole, 120)
            print(f"{shown - saved:.3f}")
            sys.stdout.flush()
            # Let the watcher settle, as a learner reads before saving again.
            time.sleep(0.5)
    finally:
        os.write(fd, b"q")
        time.sleep(0.2)
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
