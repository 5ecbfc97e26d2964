"""``python -m kropka``: the command line through the Python bindings.

    python -m kropka sentences [FILE]          one sentence a line
    python -m kropka sentences --json [FILE]   JSON lines with offsets
    python -m kropka analyze [FILE]            the document as JSON
"""

from __future__ import annotations

import argparse
import json
import sys

import kropka


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kropka", description=__doc__.split("\n")[1])
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sentences", help="split text into sentences")
    s.add_argument("file", nargs="?", default="-", help="input file, '-' for stdin")
    s.add_argument("--json", action="store_true", help="JSON lines with offsets")
    s.add_argument("--newline", choices=["break", "join"], default="break")
    a = sub.add_parser("analyze", help="sentences, entities and quotes as JSON")
    a.add_argument("file", nargs="?", default="-", help="input file, '-' for stdin")
    args = ap.parse_args(argv)

    if args.file == "-":
        text = sys.stdin.read()
    else:
        with open(args.file, encoding="utf-8") as f:
            text = f.read()

    if args.command == "sentences":
        seg = kropka.Segmenter(newline=args.newline)
        for sent in seg.sentences(text):
            if args.json:
                print(json.dumps({"text": sent.text, "start": sent.start, "end": sent.end}, ensure_ascii=False))
            else:
                print(" ".join(sent.text.split()))
    else:
        print(json.dumps(kropka.analyze(text).to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
