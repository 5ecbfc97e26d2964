"""``python -m kropka`` (also installed as ``kropka-py``): the command line of
the Rust ``kropka`` program through the Python bindings, with the same
subcommands, flags, output and exit codes.

    python -m kropka sentences [FILE] [--json] [--newline break|join] [--explain] [--abbrev A]... [--lossy]
    python -m kropka analyze   [INPUT]... [--pretty] [--jsonl] [--lines] [--lossy]

Offsets: ``start``/``end`` count code points; ``start_byte``/``end_byte``
count bytes of the input. Exit codes: 0 ok (also when the reader of the
output goes away, as ``| head`` does), 2 bad arguments, 65 input that is not
UTF-8 (without ``--lossy``), 66 an input file that cannot be opened, 74
another read or write error.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
from typing import Callable, NoReturn

import kropka

EXIT_USAGE = 2
EXIT_NOT_UTF8 = 65
EXIT_NO_INPUT = 66
EXIT_IO = 74


class _Failure(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m kropka",
        description="Polish sentence segmentation, named entities and quotes",
        epilog="Offsets: start/end count code points; start_byte/end_byte count bytes of the input. "
        "Exit codes: 0 ok (also on a closed pipe), 2 bad arguments, 65 input not UTF-8, "
        "66 input not found, 74 other I/O error.",
    )
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sentences", help="split text into sentences: one a line, or JSON lines with offsets")
    s.add_argument("file", nargs="?", default="-", help="input file; '-' or nothing reads standard input")
    s.add_argument("--json", action="store_true", help='JSON lines: {"text", "start", "end", "start_byte", "end_byte"}')
    s.add_argument("--newline", default="break", help="what a single newline means: break (news) or join")
    s.add_argument("--explain", action="store_true", help="print every candidate boundary with its rule")
    s.add_argument("--abbrev", action="append", default=[], metavar="ABBR", help="an extra abbreviation (repeatable)")
    s.add_argument("--lossy", action="store_true", help="replace bytes that are not UTF-8 with U+FFFD")
    a = sub.add_parser(
        "analyze",
        help="sentences, entities and quotes as JSON: one object for one file, else JSON lines with a source",
    )
    a.add_argument(
        "inputs",
        nargs="*",
        default=["-"],
        help="input files or folders (every *.txt inside, recursively, in path order); '-' or nothing reads standard input",
    )
    a.add_argument("--pretty", action="store_true", help="indent the JSON (one document only)")
    a.add_argument("--jsonl", action="store_true", help="JSON lines even for one input")
    a.add_argument("--lines", action="store_true", help="every non-empty line is one document; implies --jsonl")
    a.add_argument("--lossy", action="store_true", help="replace bytes that are not UTF-8 with U+FFFD")
    return ap


def _read(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        with open(path, "rb") as f:
            return f.read(), path
    except OSError as e:
        raise _Failure(f"{path}: {e.strerror} (os error {e.errno})", EXIT_NO_INPUT) from None


def _decode(raw: bytes, source: str, lossy: bool) -> tuple[str, list[int] | None]:
    """The text; with ``--lossy``, also the input byte where each of its
    code points starts (and its end), as each U+FFFD may stand for 1 to 3
    bad bytes."""
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as e:
        if not lossy:
            raise _Failure(
                f"{source}: invalid UTF-8 at byte {e.start} (--lossy replaces bad bytes with U+FFFD)",
                EXIT_NOT_UTF8,
            ) from None
    bad: list[tuple[int, int]] = []

    def record(exc: UnicodeError) -> tuple[str, int]:
        assert isinstance(exc, UnicodeDecodeError)
        bad.append((exc.start, exc.end))
        return "\ufffd", exc.end

    codecs.register_error("kropka-lossy", record)
    text = raw.decode("utf-8", errors="kropka-lossy")
    bounds = []
    pos = 0
    k = 0
    for ch in text:
        bounds.append(pos)
        if k < len(bad) and bad[k][0] == pos:
            pos = bad[k][1]
            k += 1
        else:
            pos += len(ch.encode("utf-8", "surrogatepass"))
    bounds.append(pos)
    return text, bounds


def _byte_map(text: str) -> Callable[[int], int]:
    """Code-point offset → byte offset for increasing offsets, in one pass."""
    state = [0, 0]

    def to_byte(char: int) -> int:
        done_chars, done_bytes = state
        if char < done_chars:
            done_chars, done_bytes = 0, 0
        done_bytes += len(text[done_chars:char].encode("utf-8", "surrogatepass"))
        state[0], state[1] = char, done_bytes
        return done_bytes

    return to_byte


def _sentences(args: argparse.Namespace, out: "_Out") -> None:
    try:
        seg = kropka.Segmenter(newline=args.newline, abbreviations=args.abbrev)
    except ValueError as e:
        raise _Failure(str(e), EXIT_USAGE) from None
    raw, source = _read(args.file)
    text, bounds = _decode(raw, source, args.lossy)
    to_byte = bounds.__getitem__ if bounds is not None else _byte_map(text)
    if args.explain:
        for d in seg.explain(text):
            at, boundary = d["at"], d["boundary"]
            context = text[max(0, at - 20) : boundary + 20].replace("\n", "⏎").replace("\r", "⏎")
            split = "split" if d["split"] else "keep"
            out.write(f"{to_byte(at)}\t{split}\t{d['rule']}\t{d['reason']}\t{context}\n")
        return
    for s in seg.sentences(text):
        if args.json:
            line = {
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "start_byte": to_byte(s.start),
                "end_byte": to_byte(s.end),
            }
            out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            out.write(" ".join(s.text.split()) + "\n")


def _expand(inputs: list[str]) -> list[str]:
    """Folders replaced by their ``*.txt`` files, recursively, in path order
    (links to folders are not followed)."""
    out: list[str] = []
    for p in inputs:
        if p != "-" and os.path.isdir(p):
            found = [
                os.path.join(root, name)
                for root, _, names in os.walk(p)
                for name in names
                if name.endswith(".txt") and os.path.isfile(os.path.join(root, name))
            ]
            out.extend(sorted(found, key=lambda f: _parts(f)))
        else:
            out.append(p)
    return out


def _parts(path: str) -> list[str]:
    # Compared component by component, as Rust's Path orders.
    return [c for c in path.split(os.sep) if c not in ("", ".")]


def _json_line(source: str, doc: dict[str, object]) -> str:
    return json.dumps({"source": source, **doc}, ensure_ascii=False, separators=(",", ":")) + "\n"


def _analyze(args: argparse.Namespace, out: "_Out") -> None:
    inputs: list[str] = args.inputs or ["-"]
    files = _expand(inputs)
    jsonl = args.jsonl or args.lines or len(files) > 1 or any(p != "-" and os.path.isdir(p) for p in inputs)
    if jsonl and args.pretty:
        raise _Failure(
            "--pretty prints one document; JSON lines (several inputs, a folder, --jsonl, --lines) "
            "are never indented",
            EXIT_USAGE,
        )
    for file in files:
        raw, source = _read(file)
        text, _ = _decode(raw, source, args.lossy)
        if args.lines:
            # Rust's str::lines: split at \n, dropping one \r before it.
            for n, line in enumerate(text.split("\n"), start=1):
                line = line[:-1] if line.endswith("\r") else line
                # Rust's char::is_whitespace: str.isspace without \x1c-\x1f.
                if any(not c.isspace() or c in "\x1c\x1d\x1e\x1f" for c in line):
                    out.write(_json_line(f"{source}:{n}", kropka.analyze(line).to_dict()))
            continue
        d = kropka.analyze(text).to_dict()
        if jsonl:
            out.write(_json_line(source, d))
        elif args.pretty:
            out.write(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n")


class _Out:
    """Standard output as UTF-8 bytes, whatever the locale."""

    def __init__(self) -> None:
        self._buf = sys.stdout.buffer

    def write(self, s: str) -> None:
        self._buf.write(s.encode("utf-8", "surrogatepass"))

    def flush(self) -> None:
        self._buf.flush()


def _quiet_exit_on_closed_pipe() -> NoReturn:
    # The reader went away: point stdout at /dev/null so that the
    # interpreter's final flush does not complain, and end quietly.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    out = _Out()
    try:
        if args.command == "sentences":
            _sentences(args, out)
        else:
            _analyze(args, out)
        out.flush()
    except BrokenPipeError:
        _quiet_exit_on_closed_pipe()
    except _Failure as f:
        print(f"kropka: {f}", file=sys.stderr)
        return f.code
    except OSError as e:
        print(f"kropka: {e}", file=sys.stderr)
        return EXIT_IO
    return 0


if __name__ == "__main__":
    sys.exit(main())
