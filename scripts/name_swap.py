"""Metamorphic test: swap every person's name in the dev articles for an
invented one of the same gender and declension, and check that quotes and
their speakers change only by the swap.

    python scripts/name_swap.py            # from the repository root, kropka installed
    python scripts/name_swap.py --floor 0.95 --show 10

How a name is swapped, consistently through an article and in every case form:
- a first name for another first name of the lexicon (`data/pl/names.tsv`) of the same
  gender whose last two letters are the same (`Marek` → `Darek`, `Anna` → `Hanna`);
- any other word of a name (a surname, a foreign name) for an invented word that keeps its
  last four letters, where Polish declension lives, and changes the rest (`Sawicki` →
  `Dorawicki`, `Religa` → `Bereliga`).
A case form is rebuilt from its lemma by the same ending (`Sawickiego` = `Sawicki` + `ego`
→ `Dorawicki` + `ego`). The people are the PER entities kropka finds before the swap.

A quote survives when, after the swap, a quote with the swapped text is found and its
speaker is the swapped speaker of before. The score is the share of quotes found before
whose speaker survives. It also reports the share of PER mentions found before that are
found after with the swapped text and the swapped base form (entities and base forms
change only by the swap).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

import kropka

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "quotes"
FILES = ["dev.jsonl", "dev-extra.jsonl", "news-dev.jsonl"]

# Openings of invented words: consonant-vowel syllables no Polish surname needs.
SYLLABLES = ["Dora", "Bere", "Zelu", "Tami", "Kowo", "Pani", "Lude", "Mary", "Sobe", "Wira", "Gali", "Hoda"]


def load_first_names() -> dict[str, str]:
    """First-name lemma → gender (`m`/`f`), from the lexicon."""
    out: dict[str, str] = {}
    for line in (ROOT / "data" / "pl" / "names.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        _form, lemma, cls, _cases = line.split("\t")
        if cls in ("first_m", "first_f"):
            out[lemma] = cls[-1]
    return out


def pick(seq: list[str], key: str) -> str:
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    return seq[h % len(seq)]


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower()):
        if x != y:
            break
        n += 1
    return n


class Swap:
    """The replacement of each lemma word, and of each surface form."""

    def __init__(self, first_names: dict[str, str]) -> None:
        self.first = first_names
        self.by_ending: dict[tuple[str, str], list[str]] = {}
        for name, g in first_names.items():
            self.by_ending.setdefault((g, name[-2:]), []).append(name)
        self.lemma: dict[str, str] = {}
        self.surface: dict[str, str] = {}

    def new_lemma(self, word: str) -> str:
        if word in self.lemma:
            return self.lemma[word]
        g = self.first.get(word)
        if g is not None:
            options = [n for n in self.by_ending.get((g, word[-2:]), []) if n != word]
            new = pick(options, word) if options else word
        elif len(word) >= 5 and word[0].isupper() and word[1:].islower():
            new = pick(SYLLABLES, word) + word[-4:]
        elif len(word) >= 3 and word[0].isupper() and word[1:].islower():
            new = pick(SYLLABLES, word) + word[-2:]
        else:
            new = word  # initials, acronyms, particles stay
        self.lemma[word] = new
        return new

    def add(self, surface: str, lemma: str) -> None:
        """Maps a surface word of a person's name to the swapped word."""
        new_lemma = self.new_lemma(lemma)
        if new_lemma == lemma or surface in self.surface:
            return
        cp = common_prefix(surface, lemma)
        deep = len(lemma) - cp
        self.surface[surface] = new_lemma[: len(new_lemma) - deep] + surface[cp:]

    def text(self, s: str) -> str:
        if not self.surface:
            return s
        words = sorted(self.surface, key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")
        return pattern.sub(lambda m: self.surface[m.group(1)], s)

    def name(self, s: str | None) -> str | None:
        if s is None:
            return None
        # Each part of a double-barrelled name is swapped on its own.
        return " ".join(
            "-".join(self.lemma.get(p, self.surface.get(p, p)) for p in w.split("-"))
            for w in s.split(" ")
        )


def person_words(doc: kropka.Document) -> list[tuple[str, str]]:
    """(surface word, lemma word) of every PER entity whose words line up.

    One name may get different lemmas in different mentions (`Wulff`, and
    `Wulffa` where the base form was missed); each surface word takes the
    shortest lemma word of the document that it extends, so that every form
    of a name is swapped from one lemma."""
    pairs = []
    for e in doc.entities:
        if e.label != "PER":
            continue
        surface, lemma = e.text.split(), e.lemma.split()
        if len(surface) == len(lemma):
            pairs.extend(zip(surface, lemma))
    lemmas = sorted({lem for _, lem in pairs}, key=lambda lem: (len(lem), lem))
    out = []
    for surface, lemma in pairs:
        stem = next(
            (
                lem
                for lem in lemmas
                if len(lem) >= 3 and common_prefix(lem, lemma) >= max(3, len(lem) - 2)
                and lem[0] == lemma[0]
            ),
            lemma,
        )
        out.append((surface, stem))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--floor", type=float, default=None, help="fail below this share of surviving speakers")
    ap.add_argument("--show", type=int, default=0, help="print this many quotes whose speaker changed")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print("no ../shared/data/quotes here: name-swap test skipped")
        return 0
    first = load_first_names()
    total = survived = found_again = 0
    people_total = people_kept = 0
    clusters_compared = clusters_kept = 0
    gold_before = gold_after = 0
    shown = 0
    for fname in FILES:
        f_total = f_survived = 0
        for line in (SHARED / fname).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = rec["text"]
            before = kropka.analyze(text)
            swap = Swap(first)
            for surface, lemma in person_words(before):
                swap.add(surface, lemma)
            swapped = swap.text(text)
            after = kropka.analyze(swapped)
            after_by_text = {q.text: q for q in after.quotes}
            # Persons: each found before is found after, swapped, with the
            # swapped base form (counted as multisets: order-free).
            want_people = Counter(
                (swap.text(e.text), swap.name(e.lemma)) for e in before.entities if e.label == "PER"
            )
            got_people = Counter((e.text, e.lemma) for e in after.entities if e.label == "PER")
            people_total += sum(want_people.values())
            people_kept += sum((want_people & got_people).values())
            # Clusters: where the same person mentions come out in the same
            # order, the mentions that shared a cluster still share one.
            per_before = [e for e in before.entities if e.label == "PER"]
            per_after = [e for e in after.entities if e.label == "PER"]
            if [swap.text(e.text) for e in per_before] == [e.text for e in per_after]:
                clusters_compared += 1
                same = all(
                    (a.cluster == b.cluster) == (c.cluster == d.cluster)
                    for (a, c), (b, d) in itertools.combinations(zip(per_before, per_after), 2)
                )
                clusters_kept += int(same)
            gold = {text[q["start"] : q["end"]]: q.get("speaker") for q in rec["quotes"]}
            for q in before.quotes:
                total += 1
                f_total += 1
                want = swap.name(q.speaker)
                got_q = after_by_text.get(swap.text(q.text))
                if got_q is not None:
                    found_again += 1
                if got_q is not None and got_q.speaker == want:
                    survived += 1
                    f_survived += 1
                elif shown < args.show:
                    shown += 1
                    print(f"  {rec['id']}: {q.text[:60]!r}: {q.speaker!r} → {got_q.speaker if got_q else None!r}"
                          f" (want {want!r})")
                g = gold.get(q.text)
                if g is not None and q.speaker == g:
                    gold_before += 1
                    if got_q is not None and got_q.speaker == swap.name(g):
                        gold_after += 1
        print(f"{fname:18} {f_survived}/{f_total} speakers survive the swap ({f_survived / max(1, f_total):.3f})")
    share = survived / max(1, total)
    print(f"{'all':18} {survived}/{total} speakers survive the swap ({share:.3f}); "
          f"{found_again}/{total} quotes found again; "
          f"right speakers: {gold_before} before, {gold_after} of them still right after")
    print(f"{'persons':18} {people_kept}/{people_total} PER mentions survive with their swapped "
          f"base form ({people_kept / max(1, people_total):.3f})")
    print(f"{'clusters':18} {clusters_kept}/{clusters_compared} articles keep their person clusters "
          f"(of those whose person mentions are all found again)")
    if args.floor is not None and share < args.floor:
        print(f"FAIL: below the floor {args.floor}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
