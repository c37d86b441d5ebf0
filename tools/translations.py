"""Developer tool: refresh the shipped .ts from the sources and fill in translations, safely.

    uv run python tools/translations.py update
        runs pyside6-lupdate over the ui sources into assets/translations/puskesos_id.ts
        (entries the sources no longer have are dropped) and lists the unfinished entries.
    uv run python tools/translations.py set FILE.json
        FILE.json is {"source text": "terjemahan", ...} or [[context, source, translation], ...];
        fills every matching entry (any context when none is given) and marks it finished.
    uv run python tools/translations.py todo
        lists the unfinished entries.

Every command holds an exclusive lock on the .ts file, so several people (or helpers) editing the
sources at once never lose each other's translations.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "assets" / "translations" / "puskesos_id.ts"
SOURCES = [ROOT / "puskesos_desktop" / "ui", ROOT / "puskesos_desktop" / "app.py"]
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


@contextmanager
def locked():
    with open(TS.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def lupdate() -> None:
    code = "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())"
    args = ["-extensions", "py", "-locations", "none", "-no-obsolete", *map(str, SOURCES), "-ts", str(TS)]
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)


def unfinished(root: ET.Element) -> list[tuple[str, str]]:
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
                found.append((context.findtext("name", ""), message.findtext("source", "")))
    return found


def fill(root: ET.Element, wanted: list[tuple[str | None, str, str]]) -> int:
    filled = 0
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            for want_context, want_source, text in wanted:
                if source == want_source and want_context in (None, name):
                    translation = message.find("translation")
                    if translation is None:
                        translation = ET.SubElement(message, "translation")
                    translation.text = text
                    translation.attrib.pop("type", None)
                    filled += 1
    return filled


def write(tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(HEADER + body + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"update", "set", "todo"}:
        print(__doc__)
        return 2
    with locked():
        if argv[0] == "update":
            lupdate()
        tree = ET.parse(TS)
        if argv[0] == "set":
            data = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
            wanted = ([(None, s, t) for s, t in data.items()] if isinstance(data, dict)
                      else [(c or None, s, t) for c, s, t in data])
            print(f"filled {fill(tree.getroot(), wanted)} entries")
            write(tree)
            lupdate()  # back to lupdate's own layout, so diffs stay small
            tree = ET.parse(TS)
        for context, source in unfinished(tree.getroot()):
            print(f"unfinished: {context}: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
