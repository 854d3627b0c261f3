"""Write the .deb's machine-readable copyright file: ``deb-copyright.py BUNDLE OUT``.

BUNDLE is PyInstaller's ``_internal`` folder. Every Python distribution whose
packages are in it gets a ``Files:`` paragraph with the licence its metadata
declares and, once per distribution, that licence's text from its own
licence files; Python itself and Qt (inside PySide6) are named too.
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
"""

from __future__ import annotations

import importlib.metadata as metadata
import sys
from pathlib import Path

INSTALLED = "usr/lib/presspad/_internal"
COMMON = {"LGPL-3.0-only": "/usr/share/common-licenses/LGPL-3",
          "GPL-2.0-only": "/usr/share/common-licenses/GPL-2",
          "GPL-3.0-only": "/usr/share/common-licenses/GPL-3",
          "Apache-2.0": "/usr/share/common-licenses/Apache-2.0"}


# Trove classifier names to SPDX short names (DEP-5 uses SPDX-like names).
CLASSIFIER_NAMES = {"Apache Software": "Apache-2.0",
                    "GNU General Public v2 (GPLv2)": "GPL-2.0-only", "ISC (ISCL)": "ISC",
                    "Python Software Foundation": "PSF-2.0",
                    "GNU Lesser General Public v3 (LGPLv3)": "LGPL-3.0-only",
                    "GNU Lesser General Public v2 or later (LGPLv2+)": "LGPL-2.0-or-later"}


FAMILIES = (("LGPL-3", "/usr/share/common-licenses/LGPL-3"),
            ("LGPL-2.1", "/usr/share/common-licenses/LGPL-2.1"),
            ("LGPL-2.0", "/usr/share/common-licenses/LGPL-2"),
            ("GPL-3", "/usr/share/common-licenses/GPL-3"),
            ("GPL-2", "/usr/share/common-licenses/GPL-2"),
            ("GNU-General-Public", "/usr/share/common-licenses/GPL-2"),
            ("MPL-2.0", "/usr/share/common-licenses/MPL-2.0"))


# Full licence texts lintian wants referenced, not copied (also inside a dual licence).
FULL_TEXTS = (("TERMS AND CONDITIONS FOR USE, REPRODUCTION",
               "/usr/share/common-licenses/Apache-2.0"),
              ("GNU LESSER GENERAL PUBLIC LICENSE", "/usr/share/common-licenses/LGPL-3"),
              ("GNU GENERAL PUBLIC LICENSE", "/usr/share/common-licenses/GPL-3"),
              ("Mozilla Public License Version 2.0", "/usr/share/common-licenses/MPL-2.0"))


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License :: OSI Approved :: "):
            name = classifier.rsplit(" :: ", 1)[1].replace(" License", "").strip()
            return CLASSIFIER_NAMES.get(name, name)
    text = (meta.get("License") or "").strip()
    return text.splitlines()[0][:60] if text else "see-the-licence-text"


def _short_name(licence: str) -> str:
    """An SPDX expression keeps its "or"/"and" (DEP-5 writes them lowercase); a free-text
    name becomes one word."""
    if " OR " in licence or " AND " in licence:
        return licence.replace(" OR ", " or ").replace(" AND ", " and ")
    return "-".join(licence.replace("(", "").replace(")", "").replace("+", "-or-later")
                    .replace(",", "").split())


def _licence_text(dist: metadata.Distribution) -> str:
    texts = []
    for file in dist.files or []:
        name = file.name.upper()
        if name.startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE")) and \
                not name.endswith((".PY", ".PYC")):
            try:
                texts.append(file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
    return "\n\n".join(texts)


def _indented(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return "\n".join(f" {line}" if line else " ." for line in lines)


def _bundled(bundle: Path) -> list[tuple[metadata.Distribution, list[str]]]:
    """The distributions in the bundle: the list presspad.spec writes (modules in the
    archive count too), else the package folders present."""
    listing = Path("build/bundled-distributions.txt")   # run from the repository's top
    wanted = set(listing.read_text(encoding="utf-8").split()) if listing.exists() else None
    found = []
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        tops = (dist.read_text("top_level.txt") or "").split()
        if not tops:
            tops = sorted({str(f).split("/")[0] for f in dist.files or []
                           if not str(f).split("/")[0].endswith((".dist-info", ".egg-info"))
                           and "/" in str(f)})
        # A RECORD's "../../bin/x" is no package folder: only real names count.
        tops = [t for t in tops if t and not t.startswith(("_", "."))]
        if name.lower() == "presspad":
            continue
        if wanted is not None:
            if name in wanted:
                found.append((dist, tops or [name]))
        elif any((bundle / t).exists() for t in tops):
            found.append((dist, [t for t in tops if (bundle / t).exists()]))
    return sorted(found, key=lambda item: item[0].metadata["Name"].lower())


def main() -> int:
    bundle, out = Path(sys.argv[1]), Path(sys.argv[2])
    parts = ["Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
             "Upstream-Name: presspad\nSource: https://github.com/presspad/presspad\n",
             "Files: *\nCopyright: 2026 presspad developers\nLicense: MIT\n",
             f"Files: {INSTALLED}/libpython* {INSTALLED}/python3* {INSTALLED}/base_library.zip\n"
             "Copyright: Python Software Foundation\nLicense: PSF-2.0\n"]
    texts: dict[str, str] = {}
    archived: list[tuple[str, str]] = []   # (component, licence) inside the executable
    for dist, tops in _bundled(bundle):
        name = dist.metadata["Name"]
        licence = _short_name(_licence(dist))
        if name.lower().startswith(("pyside6", "shiboken6")):
            licence = "LGPL-3.0-only"
        texts.setdefault(licence, _licence_text(dist))
        paths = [f"{INSTALLED}/{top}/*" for top in tops if (bundle / top).exists()]
        if paths:
            parts.append(f"Files: {' '.join(paths)}\nCopyright: the {name} authors (version "
                         f"{dist.version})\nLicense: {licence}\n")
        else:
            archived.append((f"{name} {dist.version}", licence))
    if archived:
        # Pure-Python modules live in the executable's archive, not in folders.
        names = sorted({licence for _, licence in archived})
        ordered = ["MIT", *(n for n in names if n != "MIT")]   # presspad's own first
        expression = " and ".join(f"({n})" if " or " in n else n for n in ordered)
        comment = "\n".join(f" {component}: {licence}" for component, licence in archived)
        parts.append("Files: usr/lib/presspad/presspad\n"
                     "Copyright: presspad developers and the authors of the modules below\n"
                     f"License: {expression}\n"
                     f"Comment: the executable holds these Python packages:\n{comment}\n")
    texts.setdefault("MIT", "")
    texts["PSF-2.0"] = texts.get("PSF-2.0") or (
        "The Python Software Foundation License Version 2, as distributed with Python "
        "(/usr/share/doc/python3*/copyright on Debian).")
    for licence, text in sorted(texts.items()):
        common = sorted({path for name, path in COMMON.items() if name in licence} |
                        {path for family, path in FAMILIES if family in licence} |
                        {path for marker, path in FULL_TEXTS if marker in text})
        if common:
            # Debian keeps the GNU, Apache and MPL texts once, in common-licenses.
            text = "On Debian systems the full text is in " + " and ".join(common) + "."
        elif not text:
            text = "The licence text ships with the component (see its package metadata)."
        parts.append(f"License: {licence}\n{_indented(text)}\n")
    out.write_text("\n".join(parts), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
