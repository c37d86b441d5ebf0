"""Every window and dialog fits and is usable on a 1366×768 laptop and on 1280×720 at 125 % scaling.

Each screen is a fresh offscreen process (`screen_fit_check.py`): a running Qt process keeps its screen.
The taskbar takes 40 pixels (30 logical at 125 %, where 1280×720 is 1024×576 logical pixels)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {"1366x768": (1366, 768 - 40), "1280x720 at 125%": (1024, 576 - 30)}  # less the taskbar


def offscreen_platform(tmp_path: Path, width: int, height: int) -> str:
    """QT_QPA_PLATFORM for an offscreen screen of width × height logical pixels."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


@pytest.mark.parametrize("screen", SCREENS)
def test_every_window_fits_the_screen(tmp_path, screen):
    env = {**os.environ, "QT_QPA_PLATFORM": offscreen_platform(tmp_path, *SCREENS[screen])}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run"),
         "tests/ui/screen_fit_check.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
