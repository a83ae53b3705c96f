#!/usr/bin/python3
"""Fuzz suite of the inputs (issue 16, docs/reliability.md "Fuzz suite").

A generator with a fixed seed mutates scan configs (the shipped ones and small synthetic ones)
and command lines of `gmsb`, runs each case with a timeout and checks the outcome:

* never a signal, a hang (timeout) or an internal error (exit 1);
* an error exits with its kind's code (2 usage, 3 input, 4 configuration, 5 I/O) and a one-line
  message "gmsb CMD: KIND error: ..." that has a location: FILE:LINE: KEY for a config value or
  structure, the file for an I/O error, the option name (or the stray argument) on the command line;
* a mutation known to be invalid (an "oracle" case: Lambda = 1e-300, count: 2e8, mz: 1e308, ...)
  is never accepted;
* an accepted point (`gmsb point --json`) has only finite masses and, at status ok, a Higgs mass
  in (0, 250) GeV; an accepted config prints its summary, and the small ones are really scanned.

Most config cases use `gmsb scan --check` (parsing and validation only, no file); the command
lines compute single points. Usage:
  fuzz_inputs.py GMSB_BINARY SOURCE_DIR WORK_DIR [--seed S] [--configs N] [--commands N]
"""
import argparse
import concurrent.futures
import json
import math
import os
import random
import re
import shutil
import stat
import subprocess
import sys
import time

# Values that replace a scalar (a number, a word, structure, overflow, the special YAML words).
TOKENS = [
    "0", "-1", "1", "2", "-0", "1e-300", "1e308", "1e400", "-1e400", "nan", ".nan", "inf", ".inf", "-.inf",
    "abc", "''", '""', "~", "null", "true", "no", "[]", "{}", "[1, 2", "{a: 1", "[[[[1]]]]", "0x10", "1e9",
    "2147483647", "2147483648", "-2147483649", "99999999999", "1e18", "1e-5", "3.5", "14/5", "1,1,1",
    "100,100,100", "1e9,1,1", "5+5bar", "2(5+5bar)", "Q+", "*undefined_alias", "&a 1", "!!binary AAAA",
    "|\n  text", ">", "'unterminated", "\"\\x00\"", "1_000", "+5", ".5", "5.", "1e", "e5", "٣", "１",
]
BAD_BYTES = ["\x00", "\t", "\r", "\x1b[2J", "\xff", ": :", "- -", "---", "...", "%YAML 9.9", "? x", "&", "*", "!"]
KEYS = ["models", "lambda", "tanb", "mess", "sign_mu", "method", "settings", "sm_inputs", "output", "description",
        "from", "to", "step", "count", "log", "preset", "loops", "eps6", "mt_higgs", "higgs_eft", "mz", "alpha_s",
        "content", "n", "variant", "extra_sets", "supertrace", "gravity", "dterm", "seed002", "bogus", "threads"]

# Small configs that scan in well under a second (their mutations may be really scanned).
SMALL_CONFIGS = {
    "small_kn99.yaml": "models: [[1, 1, 1], \"14/5,4,1\"]\nlambda: [50000, 100000]\ntanb: [10, 30]\nmess: [1.0e8]\n",
    "small_modern.yaml": "models: [\"5+5bar\"]\nlambda: {from: 40000, to: 80000, count: 2}\ntanb: {from: 5, to: 25, step: 10}\n"
                         "mess: [1.0e6]\nmethod: modern\nsm_inputs: pdg2024\nsettings: {higgs_eft: on}\n",
    "small_variant.yaml": "models:\n  - content: 2(5+5bar)\n    variant:\n      extra_sets: [{content: 5+5bar, lambda_ratio: 1.0, "
                          "mess: 1.0e14}]\n      gravity: {m0sq: [0, 576]}\nlambda: [60000]\ntanb: [10]\nmess: [1.0e8]\n"
                          "sign_mu: -1\nsettings:\n  preset: paper\n  loops: 2\n  eps6: 0.5\nsm_inputs: {base: kn99, mt_pole: 173}\n",
    "small_seed002.yaml": "models:\n  - seed002: {case: [triplets, triplets+doublets]}\nlambda: [60000]\ntanb: [10]\nmess: 1.0e16\n",
}

# One line per key: a template whose every value is known to be invalid when substituted (oracle).
ORACLE_TEMPLATE = ("models: [[1, 1, 1]]\nlambda: [100000]\ntanb: [10]\nmess: [1.0e8]\nsign_mu: 1\nmethod: kn99\n"
                   "settings: {loops: 1, eps6: 0}\nsm_inputs: {base: kn99, mz: 91.187, alpha_s: 0.118}\n")
ORACLE_SUBSTITUTIONS = [
    ("lambda: [100000]", ["lambda: [1e-300]", "lambda: [0]", "lambda: [-5]", "lambda: [1e9]", "lambda: [500]",
                          "lambda: {from: 1, to: 2, count: 2e8}", "lambda: {from: 1e4, to: 2e4, step: 1e-300}",
                          "lambda: {from: 1e4, to: 1e5, count: 0}", "lambda: [2e4, 1e4]", "lambda: []",
                          "lambda: {from: 1e20, to: 1.0000001e20, step: 1}", "lambda: nan", "lambda: 1e400"]),
    ("tanb: [10]", ["tanb: [0.5]", "tanb: [1]", "tanb: [-10]", "tanb: [.inf]", "tanb: {from: 2, to: 3}"]),
    ("mess: [1.0e8]", ["mess: [1e17]", "mess: [1e4]", "mess: [1e300]", "mess: {from: 1e6, to: 1e8, count: 2e9, log: true}"]),
    ("models: [[1, 1, 1]]", ["models: [[1e9, 1, 1]]", "models: [[101, 1, 1]]", "models: [[0, 0, 0]]", "models: [[1, -1, 1]]",
                             "models: [\"2147483647,1,1\"]", "models: [[1, 1]]", "models: []", "models: [\"1000(5+5bar)\"]",
                             "models: [\"5+5bar+Z\"]", "models: [[1, 1, 1], [1, 1, 1]]", "models: nothing"]),
    ("sign_mu: 1", ["sign_mu: 2", "sign_mu: 0", "sign_mu: -1e9"]),
    ("method: kn99", ["method: nnlo", "method: [kn99]"]),
    ("settings: {loops: 1, eps6: 0}", ["settings: {loops: 3, eps6: 0}", "settings: {loops: 1, eps6: 1e6}",
                                       "settings: {loops: 1, eps6: -1}", "settings: {mt_higgs: 1e6}", "settings: {bogus: 1}"]),
    ("sm_inputs: {base: kn99, mz: 91.187, alpha_s: 0.118}",
     ["sm_inputs: {base: kn99, mz: 1e308, alpha_s: 0.118}", "sm_inputs: {base: kn99, mz: 91.187, alpha_s: 10}",
      "sm_inputs: {base: kn99, mt_pole: 1000}", "sm_inputs: {base: kn99, gf: 1}", "sm_inputs: {sin2w: 0.9}",
      "sm_inputs: {mb_mb: 0.001}", "sm_inputs: {base: pdg1999}"]),
]

POINT_BASES = [
    "point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 10 --json",
    "point --content 5+5bar --lambda 5e4 --mess 1e6 --tanb 30 --sign-mu -1 --json",
    "point --n 14/5,4,1 --lambda 8e4 --mess 1e12 --tanb 15 --method modern --json",
    "point --n 1,3,4 --lambda 1e5 --mess 1e8 --tanb 29 --loops 2 --mt-higgs pole --eps6 0.5 --json",
    "point --content 5+5bar --lambda 6e4 --mess 1e8 --tanb 10 --heavy 5+5bar --heavy-lambda 6e4 --heavy-mess 1e14 --json",
    "point --seed002 triplets --m 3e4 --tanb 10 --json",
]
OTHER_BASES = [
    "scan --check {cfg} --threads 2",
    "scan {cfg} -o {out} --force --quiet --threads 1",
    "bench --config {cfg} --threads 1 --repeat 1",
    "models --criterion running --mess 1e8",
    "table {missing}", "fit {missing} --lambda 1e5",
]
OPTION_VALUES = ["1e5", "1e8", "0", "-1", "1e-300", "1e300", "nan", "inf", "abc", "", "1,1,1", "100,100,100",
                 "2147483647,1,1", "1e9,1,1", "-5,1,1", "14/5,4,1", "5+5bar", "kn99", "modern", "on", "off", "2",
                 "3", "100000", "-100000", "1e6", "0.5", "=", "--json", "-j", "1e9", "99999999999999999999"]
# (option, value) that must be refused wherever they are put on a point command line (oracle).
ORACLE_OPTIONS = [("--lambda", "1e-300"), ("--lambda", "1e9"), ("--lambda", "500"), ("--mess", "1e17"),
                  ("--tanb", "0.5"), ("--tanb", "nan"), ("--eps6", "1e6"), ("--eps6", "-0.1"), ("--loops", "3"),
                  ("--sign-mu", "2"), ("--method", "nnlo"), ("--mt-higgs", "1e6"), ("--sm-inputs", "pdg1999"),
                  ("--n", "1e9,1,1"), ("--n", "2147483647,1,1"), ("--n", "101,1,1"), ("--n", "0,0,0"),
                  ("--bogus", "1")]
ORACLE_OTHER = ["bench --threads 100000", "bench --threads -3", "scan --check {cfg} --threads 100000",
                "scan --check {cfg} --threads 1025", "bench --repeat 0", "scan --check {fifo}",
                "scan --check /dev/urandom", "table {fifo}", "scan --resume -o {fifo}", "scan --check /dev/zero", "scan --check {big}", "scan --check {dir}",
                "models --criterion running --mess 1e8 --gut 1e300", "models --criterion running --mess 1e8 --msusy 1e-300"]

LOCATION = re.compile(r"(\S+):(\d+): (\S.*?): ")


class Failure(Exception):
    pass


def run(binary, args, timeout):
    t0 = time.monotonic()
    try:
        p = subprocess.run([binary] + args, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failure("timeout after %g s" % timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), time.monotonic() - t0


def check_error(rc, err, where=None):
    """A clean error: its code, one message line of the right form, a location."""
    kinds = {2: "usage", 3: "input", 4: "configuration", 5: "i/o"}
    if rc < 0:
        raise Failure("killed by signal %d" % -rc)
    if rc == 1:
        raise Failure("internal error (exit 1): " + err.strip())
    if rc not in kinds:
        raise Failure("unexpected exit code %d: %s" % (rc, err.strip()))
    first = err.strip().splitlines()[0] if err.strip() else ""
    if not re.match(r"^gmsb( [a-z]+)?: %s error: \S" % re.escape(kinds[rc]), first):
        raise Failure("exit %d without a '%s error' message: %r" % (rc, kinds[rc], err))
    if where == "config" and rc in (3, 4):
        m = LOCATION.search(first)
        if not m or int(m.group(2)) < 1:
            raise Failure("config error without FILE:LINE: KEY (line >= 1): " + first)
    if where == "options" and rc in (2, 3):
        if not re.search(r"--[a-z]|-o\b|-j\b|unknown option \S|unexpected argument|unknown command|give a command|"
                         r"give one of|give a config|is required|:\d+: ", first):
            raise Failure("command-line error without the option name: " + first)
    return first


# ---------------------------------------------------------------- config mutations

def mutate_config(rng, text):
    """One to three random mutations of a config text."""
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        lines = text.split("\n")
        op = rng.randrange(11)
        i = rng.randrange(len(lines))
        if op == 0:  # replace a number
            nums = list(re.finditer(r"-?\d+(\.\d*)?([eE][-+]?\d+)?", text))
            if nums:
                m = rng.choice(nums)
                text = text[:m.start()] + rng.choice(TOKENS + ["%g" % (float(m.group()) * rng.choice([1e-9, -1, 0, 1e9, 0.5]))]) + text[m.end():]
        elif op == 1:  # replace a value after "key:"
            m = re.match(r"^(\s*-?\s*[A-Za-z_0-9]+:)\s*(.*)$", lines[i])
            if m:
                lines[i] = m.group(1) + " " + rng.choice(TOKENS)
            text = "\n".join(lines)
        elif op == 2:
            del lines[i]
            text = "\n".join(lines)
        elif op == 3:
            lines.insert(i, lines[rng.randrange(len(lines))])
            text = "\n".join(lines)
        elif op == 4:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        elif op == 5:
            text = text[:rng.randrange(len(text) + 1)]
        elif op == 6:
            k = rng.randrange(len(text) + 1)
            text = text[:k] + rng.choice(BAD_BYTES + TOKENS) + text[k:]
        elif op == 7:
            lines[i] = rng.choice(["", " ", "  ", "\t", "    "]) + lines[i].lstrip()
            text = "\n".join(lines)
        elif op == 8:  # rename a key or add one
            if rng.random() < 0.5:
                lines[i] = re.sub(r"[A-Za-z_]+:", rng.choice(KEYS) + ":", lines[i], count=1)
            else:
                lines.insert(i, rng.choice(KEYS) + ": " + rng.choice(TOKENS))
            text = "\n".join(lines)
        elif op == 9:  # deep nesting or a big flow list
            depth = rng.choice([50, 500, 5000])
            k = rng.randrange(len(text) + 1)
            text = text[:k] + rng.choice(["[" * depth + "1" + "]" * depth, "{a: " * depth + "1" + "}" * depth,
                                          "[" + ", ".join(["1e5"] * depth) + "]"]) + text[k:]
        else:  # an anchor and aliases
            text = text.replace(":", ": &x", 1) if rng.random() < 0.5 else text + "\nextra: *x\n"
    return text


def config_cases(rng, source, count):
    bases = {}
    cfgdir = os.path.join(source, "configs")
    for name in sorted(os.listdir(cfgdir)):
        if name.endswith(".yaml"):
            with open(os.path.join(cfgdir, name), encoding="utf-8") as f:
                bases[name] = f.read()
    bases.update(SMALL_CONFIGS)
    cases = []
    for template_key, bad_values in ORACLE_SUBSTITUTIONS:  # every known-invalid substitution once
        for bad in bad_values:
            cases.append(("oracle", ORACLE_TEMPLATE.replace(template_key, bad), True))
    names = sorted(bases)
    while len(cases) < count:
        name = rng.choice(names)
        cases.append((name, mutate_config(rng, bases[name]), False))
    return cases


def run_config_cases(binary, work, cases, timeout, log, jobs):
    counts = {}
    real_scans = 0
    paths = []
    for idx, (origin, text, must_fail) in enumerate(cases):
        paths.append(os.path.join(work, "case%04d.yaml" % idx))
        with open(paths[-1], "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)

    def check(path):  # `gmsb scan --check` of every case, `jobs` at a time (they touch no file)
        try:
            return run(binary, ["scan", "--check", path], timeout)
        except Failure as e:
            return e
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        checked = list(pool.map(check, paths))
    for idx, (origin, text, must_fail) in enumerate(cases):  # judged in order: deterministic
        path = paths[idx]
        try:
            if isinstance(checked[idx], Failure):
                raise checked[idx]
            rc, out, err, _ = checked[idx]
            if rc == 0:
                if must_fail:
                    raise Failure("a known-invalid config was accepted: " + out.strip())
                m = re.search(r": ok: (\d+) points", out)
                if not m:
                    raise Failure("accepted without the summary line: " + out)
                points = int(m.group(1))
                if points > 1e9:
                    raise Failure("a grid above the documented maximum was accepted: %d points" % points)
                if points <= 64 and real_scans < 40:  # small enough: scan it for real
                    real_scans += 1
                    out_h5 = os.path.join(work, "case%04d.h5" % idx)
                    rc2, out2, err2, _ = run(binary, ["scan", path, "-o", out_h5, "--force", "--quiet", "--threads", "1"], timeout)
                    if rc2 != 0:
                        check_error(rc2, err2, "config")
                        raise Failure("--check accepted it but the scan failed: " + err2.strip())
                    if not os.path.isfile(out_h5):
                        raise Failure("the scan exited 0 without writing " + out_h5)
                    os.remove(out_h5)
                    counts["scanned"] = counts.get("scanned", 0) + 1
            else:
                check_error(rc, err, "config")
            counts[rc] = counts.get(rc, 0) + 1
        except Failure as e:
            log.append("config case %d (from %s): %s\n--- config ---\n%s\n--------------" % (idx, origin, e, text))
        else:
            os.remove(path)
    return counts


# ---------------------------------------------------------------- command-line mutations

def mutate_args(rng, args):
    args = list(args)
    for _ in range(rng.choice([1, 1, 2, 3])):
        op = rng.randrange(7)
        opts = [i for i, a in enumerate(args) if a.startswith("-")]
        if op == 0 and opts:  # replace an option's value
            i = rng.choice(opts)
            if i + 1 < len(args) and not args[i + 1].startswith("--"):
                args[i + 1] = rng.choice(OPTION_VALUES)
        elif op == 1 and opts:  # drop an option (and its value)
            i = rng.choice(opts)
            del args[i:i + (2 if i + 1 < len(args) and not args[i + 1].startswith("--") else 1)]
        elif op == 2 and opts:  # give an option twice
            i = rng.choice(opts)
            args += [args[i], rng.choice(OPTION_VALUES)]
        elif op == 3:
            args.insert(rng.randrange(1, len(args) + 1), rng.choice(["--bogus", "-json", "stray", "--", "-x", "--n="]))
        elif op == 4 and opts:  # --name=value form
            i = rng.choice(opts)
            if i + 1 < len(args):
                args[i:i + 2] = [args[i] + "=" + args[i + 1]]
        elif op == 5:
            args.insert(rng.randrange(1, len(args) + 1), rng.choice(["--threads", "--sign-mu", "--eps6", "--loops",
                                                                     "--lambda", "--n", "--method"]))
            args.insert(rng.randrange(1, len(args) + 1), rng.choice(OPTION_VALUES))
        else:  # swap two words
            if len(args) > 2:
                i, j = rng.randrange(1, len(args)), rng.randrange(1, len(args))
                args[i], args[j] = args[j], args[i]
    return args


def check_point_output(out):
    try:
        j = json.loads(out)
    except ValueError:
        raise Failure("point --json printed no JSON: " + out[:200])
    for k, v in j.items():
        if isinstance(v, float) and not math.isfinite(v):
            raise Failure("non-finite %s in the JSON" % k)
    if j.get("status") == []:
        mh = j.get("mh")
        # 0 < M_h < 250 GeV: M_h ~ M_Z |cos 2 beta| (30 GeV at tan(beta) = 1.4) is physics, an
        # experimentally excluded point; above 250 GeV the MSSM has no Higgs.
        if not isinstance(mh, (int, float)) or not (0 < mh < 250):
            raise Failure("status ok with M_h = %r GeV" % (mh,))
        for k in ("mA", "mstau1", "mstop1", "mgluino", "msusy"):
            if not isinstance(j.get(k), (int, float)) or not j[k] > 0:
                raise Failure("status ok with %s = %r" % (k, j.get(k)))


def command_cases(rng, files, count):
    fill = lambda s: s.format(**files).split()
    cases = []
    for base in POINT_BASES:  # every oracle option on every point base, at a random place
        for opt, val in ORACLE_OPTIONS:
            args = base.split()
            if opt in args:  # an option given twice takes the last value: replace it
                i = args.index(opt)
                del args[i:i + 2]
            k = rng.randrange(1, len(args) + 1)
            cases.append((args[:k] + [opt, val] + args[k:], "invalid"))
    for s in ORACLE_OTHER:
        cases.append((fill(s), "invalid"))
    others = [fill(s) for s in OTHER_BASES]
    while len(cases) < count:
        r = rng.random()
        if r < 0.15:  # a random point inside every documented range: must compute, with sane masses
            cases.append((random_valid_point(rng), "valid"))
            continue
        base = rng.choice(POINT_BASES).split() if r < 0.75 else rng.choice(others)
        cases.append((mutate_args(rng, base), "any"))
    return cases


def random_valid_point(rng):
    """`gmsb point` at random inputs inside the documented ranges (docs/errors.md "Input ranges")."""
    n = [rng.choice([0, 1, 2, 3, 4, rng.randint(0, 100)]) for _ in range(3)]
    fifths = rng.randint(0, 5 * n[0])
    if fifths == 0 and n[1] == 0 and n[2] == 0:
        n[2] = 1
    n1 = "%d/5" % fifths
    lam = 10 ** rng.uniform(3, 8)
    mess = min(lam * 10 ** rng.uniform(0.001, 13), 1e16)
    args = ["point", "--n", "%s,%d,%d" % (n1, n[1], n[2]), "--lambda", "%.6g" % lam, "--mess", "%.6g" % mess,
            "--tanb", "%.4g" % rng.uniform(1.01, 70), "--sign-mu", rng.choice(["1", "-1"]), "--json"]
    if rng.random() < 0.5:
        args += ["--method", "modern"]
    return args


def run_command_cases(binary, cases, timeout, log):
    counts = {}
    slowest = (0.0, None)
    for idx, (args, expect) in enumerate(cases):
        try:
            rc, out, err, dt = run(binary, args, timeout)
            if args[0] == "point" and dt > slowest[0]:
                slowest = (dt, args)
            if expect == "valid" and rc != 0:
                raise Failure("a point inside the documented ranges was refused: " + err.strip())
            if rc == 0:
                if expect == "invalid":
                    raise Failure("a known-invalid command line was accepted")
                if args[0] == "point" and "--json" in args and "--slha" not in args:
                    check_point_output(out)
            elif not (rc == 130 and args[0] == "scan"):
                check_error(rc, err, "options")
            counts[rc] = counts.get(rc, 0) + 1
        except Failure as e:
            log.append("command case %d: gmsb %s\n  %s" % (idx, " ".join(repr(a) if " " in a or not a else a for a in args), e))
    return counts, slowest


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("source")
    ap.add_argument("work")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--configs", type=int, default=520)
    ap.add_argument("--commands", type=int, default=320)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--jobs", type=int, default=2, help="config checks run at the same time")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    files = {"cfg": os.path.join(a.work, "small.yaml"), "out": os.path.join(a.work, "out.h5"),
             "missing": os.path.join(a.work, "missing.h5"), "fifo": os.path.join(a.work, "fifo.yaml"),
             "big": os.path.join(a.work, "big.yaml"), "dir": a.work}
    with open(files["cfg"], "w") as f:
        f.write(SMALL_CONFIGS["small_kn99.yaml"])
    os.mkfifo(files["fifo"])
    with open(files["big"], "w") as f:
        f.write(SMALL_CONFIGS["small_kn99.yaml"] + "# " + "x" * (2 << 20) + "\n")

    t0 = time.monotonic()
    log = []
    ccases = config_cases(rng, a.source, a.configs)
    ccounts = run_config_cases(a.binary, a.work, ccases, a.timeout, log, a.jobs)
    t1 = time.monotonic()
    kcases = command_cases(rng, files, a.commands)
    kcounts, slowest = run_command_cases(a.binary, kcases, a.timeout, log)
    t2 = time.monotonic()
    print("fuzz seed %d: %d configs (%d known-invalid) in %.1f s, outcomes %s" %
          (a.seed, len(ccases), sum(1 for c in ccases if c[2]), t1 - t0, dict(sorted(ccounts.items(), key=str))))
    print("fuzz seed %d: %d command lines (%d known-invalid, %d random valid points) in %.1f s, outcomes %s; "
          "slowest point %.2f s: %s" %
          (a.seed, len(kcases), sum(1 for c in kcases if c[1] == "invalid"), sum(1 for c in kcases if c[1] == "valid"), t2 - t1, dict(sorted(kcounts.items(), key=str)),
           slowest[0], " ".join(slowest[1] or [])))
    if log:
        print("\n%d FAILURES:" % len(log))
        for entry in log[:40]:
            print(entry)
        return 1
    shutil.rmtree(a.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
