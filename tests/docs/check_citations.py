#!/usr/bin/python3
"""Keeps the documentation self-contained.

Fails (exit 1) if
 1. a file under libgmsb/, scanner/, tests/, scripts/, docs/, configs/ or README.md or the top
    CMakeLists.txt cites the old external physics specification (its name, "spe" "c <digit>",
    "spe" "c section ..." and the like) or names a path outside the repository ("../shared",
    a "../" path leaving the repository, /work/..., /home/...). Files listed in
    tests/docs/citation_allowlist.txt are exempt from this check;
 2. a cited section "docs/physics.md §X" (or "physics.md §X"; in docs/physics.md itself any
    "§X") is not a heading "#... §X ..." of docs/physics.md. Lists such as "§4.2, 4.3" or
    "§2.2-2.3" are checked element by element.

Usage: check_citations.py [repository root]   (default: two levels above this file)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2]).resolve()
TREES = ["libgmsb", "scanner", "tests", "scripts", "docs", "configs"]
FILES = ["README.md", "CMakeLists.txt"]
ALLOWLIST = ROOT / "tests" / "docs" / "citation_allowlist.txt"
PHYSICS = ROOT / "docs" / "physics.md"
SKIP_SUFFIXES = {".png", ".jpg", ".pdf", ".svg", ".h5", ".hdf5", ".gz"}

# Written so that this file does not match itself ("spe[c]").
FORBIDDEN = [
    (re.compile(r"physics-spe[c]", re.I), "names the external physics specification"),
    (re.compile(r"\bspe[c]s?\s+(?:section\s+|table\s+|item\s+)?\d", re.I), "cites an external-spec section"),
    (re.compile(r"\bspe[c]\s+section\b", re.I), "cites an external-spec section"),
    (re.compile(r"(?<!\w)\(spe[c]\)", re.I), "cites the external specification"),
    (re.compile(r"\bthe spe[c]'s\b", re.I), "cites the external specification"),
    (re.compile(r"\.\./shared\b"), "names a path outside the repository"),
    (re.compile(r"(?<![\w.])/(?:work|home|Users)/[\w.+-]"), "names an absolute path outside the repository"),
]
RELATIVE = re.compile(r"(?:\.\./)+[\w.+-]+(?:/[\w.+-]+)*")

SEC = r"\d+(?:\.\d+)*(?:\([a-z]\)|[a-z](?![\w]))?"
CITE = re.compile(r"physics\.md\s*§\s*(" + SEC + r")((?:\s*(?:,|/|-|–|and)\s*§?\s*" + SEC + r"(?![\w.]))*)")
BARE = re.compile(r"§\s*(" + SEC + r")((?:\s*(?:,|/|-|–|and)\s*§?\s*" + SEC + r"(?![\w.]))*)")
ITEM = re.compile(SEC)
HEADING = re.compile(r"^#{1,6}\s+§\s*(" + SEC + r"|R)(?=[\s:.]|$)")


def files():
    for name in FILES:
        p = ROOT / name
        if p.is_file():
            yield p
    for tree in TREES:
        for p in sorted((ROOT / tree).rglob("*")):
            if p.is_file() and p.suffix.lower() not in SKIP_SUFFIXES:
                yield p


def read(p):
    try:
        return p.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return None


def main():
    errors = []
    allow = set()
    if ALLOWLIST.is_file():
        for line in ALLOWLIST.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                allow.add(line)
    headings = set()
    physics = read(PHYSICS) or ""
    for line in physics.splitlines():
        m = HEADING.match(line)
        if m:
            headings.add(m.group(1))
    if not headings:
        errors.append(f"{PHYSICS.relative_to(ROOT)}: no numbered headings '## §N ...' found")
    still_needed = set()
    for p in files():
        rel = p.relative_to(ROOT).as_posix()
        if rel == "tests/docs/check_citations.py":  # holds the patterns themselves
            continue
        text = read(p)
        if text is None:
            continue
        for n, line in enumerate(text.splitlines(), 1):
            where = f"{rel}:{n}"
            if p != ALLOWLIST:
                hits = [why for rx, why in FORBIDDEN if rx.search(line)]
                for m in RELATIVE.finditer(line):
                    target = (p.parent / m.group(0)).resolve()
                    if ROOT != target and ROOT not in target.parents:
                        hits.append(f"names a path outside the repository ({m.group(0)})")
                if hits:
                    if rel in allow:
                        still_needed.add(rel)
                    else:
                        errors.append(f"{where}: {hits[0]}: {line.strip()}")
            rx = BARE if p == PHYSICS else CITE
            for m in rx.finditer(line):
                secs = [m.group(1)] + ITEM.findall(m.group(2) or "")
                for s in secs:
                    if s not in headings:
                        errors.append(f"{where}: cites docs/physics.md §{s}, which is not a heading of docs/physics.md")
    for rel in sorted(allow - still_needed):
        print(f"note: {rel} no longer needs its entry in {ALLOWLIST.relative_to(ROOT)}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} citation problem(s); docs/physics.md headings: {', '.join(sorted(headings))}")
        return 1
    print(f"citations ok ({len(headings)} sections in docs/physics.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
