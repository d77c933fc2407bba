"""Update and build GradientDesk's translations with the Qt tools that ship with PySide6.

    python tools/translations.py            # lupdate: the .ts files take every marked string of the app's sources;
                                            # lrelease: the .qm files are built next to them
    python tools/translations.py --check    # exit 1 if a .ts file has an unfinished or empty translation

`pyside6-lupdate` reads the Python sources of gradientdesk/ (QCoreApplication.translate, self.tr, QT_TRANSLATE_NOOP)
into resources/translations/gradientdesk_<lang>.ts, keeping the translations already made and marking new strings
"unfinished" (translate them there, e.g. with Qt Linguist, `pyside6-linguist`); strings gone from the source are
dropped (-no-obsolete). `pyside6-lrelease` compiles each .ts into the .qm that ui/i18n.py loads. Both are committed,
so neither the app nor CI needs this script; run it after changing or adding a translatable string and commit the
results. The languages are ui/i18n.py's LANGUAGES.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "gradientdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es", "fr")  # ui/i18n.py's TRANSLATED (not imported: this script needs no Qt to run --check)


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"gradientdesk_{language}.ts"


def python_sources() -> list[Path]:
    """Every Python file of the app (not the engine's benchmarks' caches); the engine has no UI strings but costs
    nothing to scan."""
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    """A PySide6 tool: on PATH, else beside this Python (a venv's bin/Scripts folder)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"translations: {name} not found (it comes with PySide6; install the project's requirements)")
    return found


def update() -> None:
    """lupdate every .ts file from the sources (file names relative to the checkout, so the .ts is the same on
    every machine)."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in python_sources()]
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language,
                        *sources, "-ts", str(ts_file(language).relative_to(ROOT))], cwd=ROOT, check=True)


def release() -> None:
    """lrelease each .ts into its .qm."""
    for language in LANGUAGES:
        ts = ts_file(language)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def unfinished(ts: Path) -> list[str]:
    """The source texts of `ts` whose translation is unfinished, empty or missing (what a release must not ship)."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            if translation is None:
                problems.append(f"{name}: {source!r} (no translation)")
            elif translation.get("type") in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{name}: {source!r} ({translation.get('type')})")
            elif not (translation.text or "").strip() and not translation.findall("numerusform"):
                problems.append(f"{name}: {source!r} (empty)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report unfinished translations (exit 1 if any)")
    args = parser.parse_args(argv)
    if not args.check:
        update()
        release()
    problems = {language: unfinished(ts_file(language)) for language in LANGUAGES if ts_file(language).is_file()}
    for language, missing in problems.items():
        for line in missing:
            print(f"{ts_file(language).name}: {line}")
        print(f"{ts_file(language).name}: {len(missing)} unfinished")
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
