#!/usr/bin/env python3
"""Keeps docs/architecture.md true (run by ctest):

1. no include cycle among the headers of libgmsb and scanner;
2. the scanner includes only public libgmsb headers (gmsb/...), never libgmsb/src/...;
3. the public headers include only public headers;
4. no function in libgmsb is longer than MAX_LINES lines (a definition that starts at the
   start of a line and ends at the matching closing brace at the start of a line).

usage: check_architecture.py [REPO_ROOT]
"""
import os
import re
import sys

MAX_LINES = 80
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
PRIVATE_FOLDERS = ("messengers/", "rge/", "matching/", "ewsb/", "sparticles/", "higgs/", "point/", "gravitino/",
                   "exclusion/")


def files_under(root, sub, exts):
    for d, _, names in os.walk(os.path.join(root, sub)):
        for n in names:
            if n.endswith(exts):
                yield os.path.join(d, n)


def resolve(root, inc, including_file):
    for base in (os.path.join(root, "libgmsb/include"), os.path.join(root, "libgmsb/src"),
                 os.path.join(root, "scanner/src"), os.path.dirname(including_file)):
        p = os.path.join(base, inc)
        if os.path.exists(p):
            return os.path.normpath(p)
    return None


def strip_code(text):
    """Comments and string/char literals replaced by spaces (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (j + 1 - i)); i = j + 1
        else:
            out.append(c); i += 1
    return "".join(out)


SIGNATURE = re.compile(r"\)\s*(const)?\s*(noexcept)?\s*(override)?\s*(->\s*[\w:<>, ]+)?\s*$")
CONTROL = re.compile(r"\b(if|for|while|switch|catch)\s*\([^;{}]*\)\s*$")


def function_lengths(text):
    """(first line, number of lines) of every function body that is not inside another function."""
    code = strip_code(text)
    stack, out = [], []  # stack of (offset, is_function)
    for k, c in enumerate(code):
        if c == "{":
            before = code[max(0, k - 300):k]
            is_fn = bool(SIGNATURE.search(before)) and not CONTROL.search(before) and \
                not any(fn for _, fn in stack) and not re.search(r"\[[^\]]*\]\s*\([^()]*\)\s*(mutable)?\s*$", before)
            stack.append((k, is_fn))
        elif c == "}" and stack:
            start, is_fn = stack.pop()
            if is_fn:
                first = code.count("\n", 0, start) + 1
                out.append((first, code.count("\n", start, k) + 1))
    return out


def main(root):
    problems = []
    headers = list(files_under(root, "libgmsb", (".hpp",))) + list(files_under(root, "scanner", (".hpp",)))
    graph = {}
    for h in headers:
        text = open(h, encoding="utf-8").read()
        graph[os.path.normpath(h)] = [r for r in (resolve(root, i, h) for i in INCLUDE.findall(text)) if r]
        rel = os.path.relpath(h, root)
        if rel.startswith("libgmsb/include/"):
            for i in INCLUDE.findall(text):
                if not i.startswith("gmsb/"):
                    problems.append(f"{rel}: public header includes private '{i}'")
    # 1. cycles (depth-first search)
    state = {}
    def visit(n, stack):
        state[n] = 1
        for m in graph.get(n, []):
            if state.get(m) == 1:
                cyc = stack[stack.index(m):] + [m] if m in stack else [n, m]
                problems.append("include cycle: " + " -> ".join(os.path.relpath(c, root) for c in cyc))
            elif m not in state:
                visit(m, stack + [m])
        state[n] = 2
    for n in graph:
        if n not in state:
            visit(n, [n])
    # 2. scanner sees only public headers
    for f in list(files_under(root, "scanner", (".hpp", ".cpp"))):
        for i in INCLUDE.findall(open(f, encoding="utf-8").read()):
            if i.startswith(PRIVATE_FOLDERS) and resolve(root, i, f) and "libgmsb/src" in resolve(root, i, f):
                problems.append(f"{os.path.relpath(f, root)}: includes private libgmsb header '{i}'")
    # 4. function length in libgmsb (brace matching on the text without comments and strings)
    for f in files_under(root, "libgmsb", (".cpp", ".hpp")):
        for line, n in function_lengths(open(f, encoding="utf-8").read()):
            if n > MAX_LINES:
                problems.append(f"{os.path.relpath(f, root)}:{line}: function of {n} lines (> {MAX_LINES})")
    for p in problems:
        print(p)
    print(f"architecture: {len(graph)} headers, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../..")))
