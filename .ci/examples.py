#!/usr/bin/env python3
"""Runs the shell examples of Markdown files as written and checks the HTTP status of each request.

Usage: python3 .ci/examples.py [--first N] FILE...

Every block fenced ```sh is an example; ```sh not-run marks one that is only shown (starting Lede,
building, deploying). Each `curl` command ends with a comment giving the status it answers, e.g.
`curl -s localhost:8080/api/v1/articles   # 200`. The blocks of one file run in order in one bash, as a
reader pastes them into one shell (a variable set in one block is there in the next), from the
repository's root, with `set -e`, against a Lede already serving localhost:8080; `KEY` comes from the
environment. With --first N, only a file's first N examples run. Exits 1 at the first failure.
"""
import os
import re
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^[ \t]*```sh(?:[ \t]+(?P<info>[^\n]*))?\n(?P<body>.*?)^[ \t]*```[ \t]*$", re.M | re.S)
CURL = re.compile(r"(?<![\w-])curl(?![\w-])")
STATUS = re.compile(r"#\s*(\d{3})\b[^\n]*$")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Records the status of every curl the examples make: the last HTTP status line of its headers.
PRELUDE = r"""
set -e
curl() {
    local headers rc=0
    headers=$(mktemp)
    command curl -D "$headers" "$@" || rc=$?
    echo >&2   # the log shows each answer on its own line
    awk '/^HTTP\//{s=$2} END{print (s ? s : "000")}' "$headers" >> "$STATUS_LOG"
    rm -f "$headers"
    return $rc
}
check() {
    local got
    got=$(tr '\n' ' ' < "$STATUS_LOG" | sed 's/ $//'); : > "$STATUS_LOG"
    if [ "$got" != "$2" ]; then
        echo "FAILED: $1 answered [$got], the example says [$2]"; exit 1
    fi
    echo "ok: $1 [$got]"
}
trap 'echo "FAILED: $BLOCK stopped at a failing command (exit $?)"' ERR
"""


def examples(path):
    """(line, body) of each runnable sh block of a Markdown file."""
    text = open(path, encoding="utf-8").read()
    for m in FENCE.finditer(text):
        if "not-run" not in (m.group("info") or "").split():
            yield text.count("\n", 0, m.start()) + 1, m.group("body")


def expected_statuses(where, body):
    """The statuses the block's curl commands should answer, in order; each curl needs its own."""
    statuses, pending = [], 0
    for line in body.splitlines():
        if line.lstrip().startswith("#"):
            continue
        code = line.split("#", 1)[0] if "#" in line else line
        pending += len(CURL.findall(code))
        status = STATUS.search(line)
        if status:
            if pending != 1:
                sys.exit(f"{where}: a `# {status.group(1)}` comment must end exactly one curl command")
            statuses.append(status.group(1))
            pending = 0
    if pending:
        sys.exit(f"{where}: a curl command does not say its status (end it with a comment like `# 200`)")
    return statuses


def script(path, first):
    parts = [PRELUDE, f"cd {ROOT!r}"]
    for n, (line, body) in enumerate(examples(path), 1):
        if first and n > first:
            break
        where = f"{os.path.relpath(path, ROOT)}:{line}"
        parts += [f"BLOCK={where!r}", f"echo '--- {where}'", body.rstrip("\n"),
                  f"check {where!r} {' '.join(expected_statuses(where, body))!r}"]
    return "\n".join(parts) + "\n"


def run(path, first):
    with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as f, \
            tempfile.NamedTemporaryFile(delete=False) as log:
        f.write(script(path, first))
    env = dict(os.environ, STATUS_LOG=log.name)
    proc = subprocess.Popen(["bash", f.name], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    for out in proc.stdout:
        print(out.rstrip("\n")[:240], flush=True)
    code = proc.wait()
    os.unlink(f.name)
    os.unlink(log.name)
    return code


def main(args):
    first = 0
    if args[:1] == ["--first"]:
        first, args = int(args[1]), args[2:]
    for path in args:
        if run(os.path.abspath(path), first) != 0:
            sys.exit(f"{path}: an example does not work as written")
    print(f"examples: {len(args)} file(s) ran as written")


if __name__ == "__main__":
    main(sys.argv[1:])
