#!/usr/bin/env python3
"""Build the data of kropka's compact Polish lemmatiser.

Run from the repository root:

    python scripts/build_lemmatizer.py

Outputs (paths relative to the repository root):

* ``data/pl/forms.tsv``    - the most frequent Polish word forms (chosen by the
  ``wordfreq`` Polish list) with all their SGJP analyses (via Morfeusz 2);
* ``data/pl/suffixes.tsv`` - suffix -> lemma rules learned from all nominal,
  adjectival and participial forms of SGJP, for words ``forms.tsv`` lacks.

It also prints a small evaluation (held-out lemmas, example phrases).

The sources are installed from PyPI, with pinned versions, into a throw-away
virtual environment in a temporary directory; the extraction runs inside it
(this same file, re-invoked with ``--inner``).  Nothing is installed into the
repository or the system.  ``--venv DIR`` reuses an existing environment that
already has the pinned packages (handy while developing).

Sources and licences:
* morfeusz2 1.99.15 (Morfeusz 2 with the SGJP dictionary, BSD-2-Clause):
  analysis (``Morfeusz.analyse``) and generation (``Morfeusz.generate``).
* polish-inflection-data 2026.6.28 (SGJP, BSD-2-Clause): ``podaj.marisa``
  (every noun form -> lemma, case, number, gender) and ``przymiotniki.marisa``
  (every adjective/participle base); read with marisa-trie 1.4.1.
* wordfreq 3.1.1 (code MIT; Polish frequency data CC BY-SA 4.0): only used to
  choose WHICH forms go into forms.tsv; all analyses come from SGJP.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_lexicons import WORDFREQ_PINS  # noqa: E402

PINNED = [
    "morfeusz2==1.99.15",
    "polish-inflection-data==2026.6.28",
    "marisa-trie==1.4.1",
    *WORDFREQ_PINS,
]

OUT_DIR = os.path.join("data", "pl")
FORMS_FILE = os.path.join(OUT_DIR, "forms.tsv")
SUFFIX_FILE = os.path.join(OUT_DIR, "suffixes.tsv")
REGEN = "python scripts/build_lemmatizer.py"

N_FORMS = 100_000  # wordfreq top-n list size to draw forms from
FORMS_BUDGET = 2_900_000  # bytes: forms.tsv takes words by frequency up to this
SUFFIX_BUDGET = 2_300_000  # bytes: suffixes.tsv target size
MAX_SUFFIX = 7  # suffix lengths 1..7 (Unicode characters)
# a suffix seen fewer times than this is not stored; the smallest value whose
# table fits SUFFIX_BUDGET is used
MIN_COUNT_STEPS = (3, 5, 8, 12, 20, 30, 50, 80, 120, 200, 300, 500)
MAX_RULES_PER_SUFFIX = 4  # (rule, key) entries kept per suffix
MIN_RULE_SHARE = 0.10  # ... each with at least this share of the top entry

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
CASE_SET = frozenset(CASES)
NUMBERS = frozenset(("sg", "pl"))
ALL_GENDERS = frozenset(("m1", "m2", "m3", "f", "n"))
GENDER_MAP = {
    "m1": "m1", "m2": "m2", "m3": "m3", "f": "f", "n": "n",
    "n1": "n", "n2": "n", "p1": "m1", "p2": "n", "p3": "n",
}
SUBST = {"subst", "depr"}
ADJ = {"adj", "adja", "adjc", "adjp", "ppas", "pact"}
VERB = {"fin", "praet", "inf", "impt", "imps", "bedzie", "pcon", "pant",
        "ger", "pred", "winien", "aglt", "ppraet"}
NUM = {"num", "numcol"}


# --------------------------------------------------------------------------
# outer driver: throw-away venv + pinned packages, then re-run with --inner
# --------------------------------------------------------------------------

def outer(args: argparse.Namespace) -> int:
    if args.venv:
        venv = args.venv
        tmp = None
    else:
        tmp = tempfile.mkdtemp(prefix="kropka-lemmatizer-")
        venv = os.path.join(tmp, "venv")
        print(f"[outer] creating throw-away venv in {venv}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    py = os.path.join(venv, "bin", "python")
    try:
        if not args.venv:
            print("[outer] pip install " + " ".join(PINNED), flush=True)
            subprocess.run([py, "-m", "pip", "install", "-q",
                            "--disable-pip-version-check", *PINNED], check=True)
        cmd = [py, os.path.abspath(__file__), "--inner", "--n-forms", str(args.n_forms)]
        print("[outer] running extraction inside the venv", flush=True)
        return subprocess.run(cmd, check=False).returncode
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------
# helpers used inside the venv
# --------------------------------------------------------------------------

def bare_lemma(lemma: str) -> str:
    """'dobry:A' -> 'dobry', 'Polska:Sf~i' -> 'Polska'."""
    if lemma.startswith(":") or ":" not in lemma:
        return lemma
    return lemma.split(":", 1)[0]


def map_pos(tagpos: str) -> str:
    if tagpos in SUBST:
        return "subst"
    if tagpos in ADJ:
        return "adj"
    if tagpos in VERB:
        return "verb"
    if tagpos in NUM:
        return "num"
    return "other"


def genders_of(field: str) -> list[str]:
    gs = {GENDER_MAP[g] for g in field.split(".") if g in GENDER_MAP}
    if not gs:
        return ["-"]
    if gs == ALL_GENDERS:
        return ["-"]  # '-' = any gender (the analysis covers all five)
    return sorted(gs)


def redundant_voc(pos: str, case: str, number: str) -> bool:
    """Vocatives that always equal the nominative: adjectival (all numbers) and
    plural nominal ones.  They are not written (documented in the headers)."""
    return case == "voc" and (pos == "adj" or number == "pl")


def expand_tag(tag: str) -> tuple[str, list[tuple[str, str, str]]]:
    """SGJP tag -> (pos, [(case, number, gender), ...]) with single values."""
    parts = tag.split(":")
    tp = parts[0]
    pos = map_pos(tp)
    if pos in ("subst", "num") or tp in ("adj", "ppas", "pact"):
        if len(parts) >= 4 and parts[1] in ("sg", "pl", "sg.pl", "pl.sg"):
            nums = [n for n in parts[1].split(".") if n in NUMBERS]
            cases = [c for c in parts[2].split(".") if c in CASE_SET]
            gens = genders_of(parts[3])
            return pos, [(c, n, g) for c in cases for n in nums for g in gens
                         if not redundant_voc(pos, c, n)]
        return pos, [("-", "-", "-")]
    if pos == "verb":
        num = "-"
        if len(parts) > 1 and parts[1] in NUMBERS:
            num = parts[1]
        return pos, [("-", num, "-")]
    return pos, [("-", "-", "-")]


class Participles:
    """Lemma for participle forms: the nominative singular masculine form of
    the same participle (same verb, ppas/pact, aff/neg), e.g. 'zjednoczonych'
    -> 'zjednoczony' (SGJP itself gives the infinitive 'zjednoczyć')."""

    def __init__(self, morf):
        self.morf = morf
        self.cache: dict[tuple[str, str, str], str | None] = {}

    def lemma(self, verb_lemma: str, tag: str) -> str | None:
        parts = tag.split(":")
        tp = parts[0]
        neg = parts[-1] if parts[-1] in ("aff", "neg") else "aff"
        key = (verb_lemma, tp, neg)
        if key not in self.cache:
            best = None
            try:
                gen = self.morf.generate(verb_lemma)
            except Exception:  # pragma: no cover - defensive
                gen = []
            cands = []
            for form, _lem, t, _q, _s in gen:
                p = t.split(":")
                if p[0] != tp or (p[-1] if p[-1] in ("aff", "neg") else "aff") != neg:
                    continue
                if len(p) < 4 or "sg" not in p[1].split("."):
                    continue
                if "nom" in p[2].split(".") and "m1" in p[3].split("."):
                    cands.append(form)
            if cands:
                best = sorted(cands)[0]
            self.cache[key] = best
        return self.cache[key]


def analyses_of(morf, parts_cache: Participles, word: str):
    """Single-segment analyses of `word`: set of (lemma, pos, case, number, gender)."""
    out = set()
    dag = morf.analyse(word)
    if not dag:
        return out
    last = max(e[1] for e in dag)
    for start, end, (form, lemma, tag, _q, _s) in dag:
        if start != 0 or end != last:
            continue
        tp = tag.split(":")[0]
        if tp == "ign":
            continue
        lem = bare_lemma(lemma)
        if tp in ("ppas", "pact"):
            pl = parts_cache.lemma(lemma, tag)
            if pl:
                lem = pl
        pos, slots = expand_tag(tag)
        for c, n, g in slots:
            out.add((lem, pos, c, n, g))
    return out


def collapse(analyses):
    """Lossless compaction of one form's analyses: for a (lemma, pos), case '-'
    when a (number, gender) has every case (indeclinables; vocatives dropped by
    redundant_voc count as present), number '-' when both numbers share it,
    gender '-' when all five genders share it."""
    by = defaultdict(set)
    for lem, pos, c, n, g in analyses:
        by[(lem, pos)].add((c, n, g))
    out = set()
    for (lem, pos), slots in by.items():
        s2 = set()
        for n, g in {(n, g) for _c, n, g in slots}:
            cs = {c for c, n2, g2 in slots if n2 == n and g2 == g}
            need = {c for c in CASES if not redundant_voc(pos, c, n)}
            if "-" not in cs and cs >= need:
                s2.add(("-", n, g))
            else:
                s2 |= {(c, n, g) for c in cs}
        s3 = set()
        for c, g in {(c, g) for c, _n, g in s2}:
            ns = {n for c2, n, g2 in s2 if c2 == c and g2 == g}
            if ns >= {"sg", "pl"}:
                s3.add((c, "-", g))
            else:
                s3 |= {(c, n, g) for n in ns}
        s4 = set()
        for c, n in {(c, n) for c, n, _g in s3}:
            gs = {g for c2, n2, g in s3 if c2 == c and n2 == n}
            if gs >= ALL_GENDERS:
                s4.add((c, n, "-"))
            else:
                s4 |= {(c, n, g) for g in gs}
        out |= {(lem, pos, c, n, g) for c, n, g in s4}
    return out


def header(kind: str, versions: dict[str, str]) -> list[str]:
    h = [
        f"# kropka Polish lemmatiser data: {kind}",
        f"# Generated by: {REGEN}  (from the repository root; do not edit by hand)",
        "# Sources (PyPI, pinned):",
        f"#   morfeusz2 {versions['morfeusz2']} - Morfeusz 2 + SGJP dictionary "
        f"{versions['sgjp']}, BSD-2-Clause (c) Marcin Wolinski, Zygmunt Saloni et al.",
        f"#   polish-inflection-data {versions['polish-inflection-data']} - SGJP "
        f"{versions['pid_sgjp']} noun and adjective indexes, BSD-2-Clause",
    ]
    if kind == "forms":
        h.append(f"#   wordfreq {versions['wordfreq']} - Polish frequency list, data "
                 "CC BY-SA 4.0 (used only to choose which forms are listed)")
    return h


# --------------------------------------------------------------------------
# forms.tsv
# --------------------------------------------------------------------------

def build_forms(morf, parts_cache, n_forms: int, versions) -> dict[str, set]:
    import wordfreq

    words = wordfreq.top_n_list("pl", n_forms)
    print(f"[forms] wordfreq top {len(words)} Polish words", flush=True)
    table: dict[str, set] = {}
    order_set: set[str] = set()
    t0 = time.time()
    for i, w in enumerate(words):
        if not w.isalpha() or w != w.lower():
            continue
        lower = analyses_of(morf, parts_cache, w)
        if lower:
            table.setdefault(w, set()).update(lower)
        cap = w[:1].upper() + w[1:]
        capped = analyses_of(morf, parts_cache, cap)
        # proper-noun analyses that only the capitalised spelling gets
        extra = {a for a in capped if a not in lower and a[0][:1].isupper()}
        if extra:
            table.setdefault(cap, set()).update(extra)
        if (i + 1) % 20000 == 0:
            print(f"[forms]   {i + 1} words analysed ({time.time() - t0:.0f}s)", flush=True)
    # take forms in frequency order until the size budget is reached
    order = []
    for w in words:
        for f in (w, w[:1].upper() + w[1:]):
            if f in table and f not in order_set:
                order_set.add(f)
                order.append(f)
    chosen = {}
    size = 0
    n_words = 0
    for f in order:
        an = collapse(table[f])
        b = sum(len("\t".join((f, *a))) + 1 for a in an)
        if size + b > FORMS_BUDGET:
            break
        size += b
        chosen[f] = an
    table = chosen
    lines = sorted((f, *a) for f, an in table.items() for a in an)
    with open(FORMS_FILE, "w", encoding="utf-8", newline="\n") as fh:
        for h in header("forms", versions):
            fh.write(h + "\n")
        fh.write((
            "# Columns: form<TAB>lemma<TAB>pos<TAB>case<TAB>number<TAB>gender, one analysis a line,\n"
            "#   sorted by form, then the other columns (Python string order).\n"
            "# form: lower-case word form; a Capitalised form lists only the extra proper-noun\n"
            "#   analyses that the capitalised spelling has (look up both spellings).\n"
            "# lemma: SGJP lemma (homonym marks removed; proper nouns capitalised); for\n"
            "#   participles (ppas/pact) the nominative singular masculine participle\n"
            "#   (zjednoczonych -> zjednoczony), not the verb infinitive.\n"
            "# pos: subst (subst, depr) | adj (adj, adja, adjc, adjp, ppas, pact) |\n"
            "#   verb (fin, praet, inf, impt, imps, ger, ...) | num | other\n"
            "# case: nom gen dat acc inst loc voc, or - (not inflected for case)\n"
            "# number: sg pl, or -\n"
            "# gender: m1 m2 m3 f n; '-' = no gender, or ANY gender when the analysis\n"
            "#   covers all five (e.g. plural adjectives: niszowych adj gen pl -).\n"
            "# For subst/adj/num a '-' case or number likewise means ANY (an indeclinable\n"
            "#   form: every case; a form identical in both numbers); verbs keep only\n"
            "#   number; 'other' has all three as '-'.\n"
            "# Vocatives equal to the nominative are omitted: all adjectival vocatives and\n"
            "#   all plural vocatives (read nom as nom/voc there).\n"
            "# Forms: the most frequent words of the wordfreq Polish list, in frequency\n"
            f"#   order while the file stays under {FORMS_BUDGET} bytes ({{n}} forms).\n"
        ).format(n=len(table)))
        for row in lines:
            fh.write("\t".join(row) + "\n")
    print(f"[forms] {len(table)} forms, {len(lines)} lines -> {FORMS_FILE} "
          f"({os.path.getsize(FORMS_FILE)} bytes)", flush=True)
    return table


# --------------------------------------------------------------------------
# dictionary records for suffix learning
# --------------------------------------------------------------------------

def dictionary_records(morf, parts_cache):
    """Return list of (form_lower, lemma_lower, pos, case, number, gender),
    deduplicated, for all SGJP nouns (polish-inflection-data) and all
    adjectives / participles (przymiotniki.marisa bases, generated by Morfeusz).
    Adjective forms are mapped to the base of the SAME degree (lepszej ->
    lepszy), participles to their nominative singular masculine form."""
    import marisa_trie
    import polish_inflection_data as pid

    recs: set = set()
    podaj = marisa_trie.BytesTrie()
    podaj.mmap(str(pid.KATALOG / "podaj.marisa"))
    t0 = time.time()
    n = 0
    for form, val in podaj.iteritems():
        lemma, case, number, gender = val.decode("utf-8").split("\t")
        if case not in CASE_SET or number not in NUMBERS:
            continue
        if redundant_voc("subst", case, number):
            continue
        g = GENDER_MAP.get(gender, "-")
        recs.add((form.lower(), lemma.lower(), "subst", case, number, g))
        n += 1
        if n % 1_000_000 == 0:
            print(f"[dict]   {n} noun records ({time.time() - t0:.0f}s)", flush=True)
    print(f"[dict] nouns: {n} records read", flush=True)

    bases = marisa_trie.Trie()
    bases.mmap(str(pid.KATALOG / "przymiotniki.marisa"))
    gen_cache: dict[str, list] = {}
    nb = 0
    n_adj = 0
    for base in bases.iterkeys():
        nb += 1
        # which lexemes/paradigms is `base` the masculine nom sg of?
        seen_keys = set()
        for start, end, (form, lemma, tag, _q, _s) in morf.analyse(base):
            p = tag.split(":")
            if p[0] not in ("adj", "ppas", "pact") or len(p) < 4:
                continue
            if "sg" not in p[1].split(".") or "nom" not in p[2].split(".") \
                    or "m1" not in p[3].split("."):
                continue
            # paradigm key: adj -> degree; participle -> aff/neg
            seen_keys.add((lemma, p[0], p[-1] if p[0] != "adj" else p[4]))
        for lemma, tp, marker in sorted(seen_keys):
            if lemma not in gen_cache:
                try:
                    gen_cache[lemma] = morf.generate(lemma)
                except Exception:
                    gen_cache[lemma] = []
                if len(gen_cache) > 20000:
                    gen_cache.clear()
                    gen_cache[lemma] = morf.generate(lemma)
            for form, _l, tag, _q, _s in gen_cache[lemma]:
                p = tag.split(":")
                if p[0] != tp or len(p) < 5:
                    continue
                if (p[-1] if tp != "adj" else p[4]) != marker:
                    continue
                _pos, slots = expand_tag(tag)
                fl = form.lower()
                for c, num, g in slots:
                    recs.add((fl, base, "adj", c, num, g))
                    n_adj += 1
        if nb % 20000 == 0:
            print(f"[dict]   {nb} adjective bases ({time.time() - t0:.0f}s)", flush=True)
    print(f"[dict] adjectives/participles: {nb} bases, {n_adj} slot records", flush=True)
    out = sorted(recs)
    print(f"[dict] {len(out)} distinct (form, lemma, tags) records", flush=True)
    return out


def rule_of(form: str, lemma: str) -> tuple[int, str]:
    cp = 0
    m = min(len(form), len(lemma))
    while cp < m and form[cp] == lemma[cp]:
        cp += 1
    return len(form) - cp, lemma[cp:]


class SuffixModel:
    """Counts of (strip, append, pos, case, number, gender) rules per suffix."""

    def __init__(self, records):
        self.rule_ids: dict[tuple, int] = {}
        self.rules: list[tuple] = []
        self.counts: list[dict[str, Counter]] = [dict() for _ in range(MAX_SUFFIX + 1)]
        t0 = time.time()
        for i, rec in enumerate(records):
            self._add(rec, 1)
            if (i + 1) % 2_000_000 == 0:
                print(f"[suffix]   counted {i + 1} records ({time.time() - t0:.0f}s)", flush=True)
        self.summarise()

    def _add(self, rec, delta: int) -> None:
        form, lemma, pos, case, number, gender = rec
        strip, app = rule_of(form, lemma)
        key = (strip, app, pos, case, number, gender)
        rid = self.rule_ids.get(key)
        if rid is None:
            rid = self.rule_ids[key] = len(self.rules)
            self.rules.append(key)
        for L in range(1, min(MAX_SUFFIX, len(form)) + 1):
            d = self.counts[L]
            suf = form[-L:]
            c = d.get(suf)
            if c is None:
                c = d[suf] = Counter()
            c[rid] += delta

    def remove(self, records) -> None:
        for rec in records:
            self._add(rec, -1)
        self.summarise()

    def summarise(self) -> None:
        """Per suffix: total count, kept rules (best per key, ranked, cut)."""
        rules = self.rules
        self.summary: list[dict[str, tuple]] = [dict() for _ in range(MAX_SUFFIX + 1)]
        for L in range(1, MAX_SUFFIX + 1):
            out = self.summary[L]
            for suf, counter in self.counts[L].items():
                best: dict[tuple, tuple[int, int]] = {}
                total = 0
                for rid, cnt in counter.items():
                    if cnt <= 0:
                        continue
                    total += cnt
                    r = rules[rid]
                    k = r[2:]
                    cur = best.get(k)
                    if cur is None or cnt > cur[0] or (cnt == cur[0] and r < rules[cur[1]]):
                        best[k] = (cnt, rid)
                if not total:
                    continue
                ranked = sorted(best.values(), key=lambda x: (-x[0], rules[x[1]]))
                top = ranked[0][0]
                keep = [(cnt, *rules[rid]) for cnt, rid in ranked
                        if cnt >= MIN_RULE_SHARE * top][:MAX_RULES_PER_SUFFIX]
                sig = frozenset(r[1:] for r in keep)
                out[suf] = (total, keep, sig)

    def table(self, min_count: int) -> dict[str, list]:
        """suffix -> rules (count, strip, append, pos, case, number, gender), best
        first; suffixes rarer than min_count, or whose rules equal those in effect
        for their one-character-shorter parent, are left out."""
        result: dict[str, list] = {}
        parent_sig: dict[str, frozenset] = {}
        for L in range(1, MAX_SUFFIX + 1):
            now: dict[str, frozenset] = {}
            for suf, (total, keep, sig) in self.summary[L].items():
                par = parent_sig.get(suf[1:]) if L > 1 else None
                if L > 1 and total < min_count:
                    if par is not None:
                        now[suf] = par  # behaves like its parent
                    continue
                now[suf] = sig
                if par is not None and sig == par:
                    continue
                result[suf] = keep
            parent_sig = now
        return result


def table_bytes(table) -> int:
    n = 0
    for suf, rl in table.items():
        for r in rl:
            n += len(suf) + sum(len(str(x)) for x in r) + 8
    return n


def choose_table(model: SuffixModel):
    for mc in MIN_COUNT_STEPS:
        t = model.table(mc)
        size = table_bytes(t)
        print(f"[suffix]   min count {mc}: {len(t)} suffixes, ~{size} bytes", flush=True)
        if size <= SUFFIX_BUDGET:
            return mc, t
    return mc, t


def lookup_suffix(table: dict, word: str):
    """Rules of the longest stored suffix of `word` (list, best first)."""
    for L in range(min(MAX_SUFFIX, len(word)), 0, -1):
        r = table.get(word[-L:])
        if r:
            return r
    return []


def apply_rule(word: str, strip: int, app: str) -> str:
    return (word[:-strip] if strip else word) + app


def write_suffixes(table, versions, min_count):
    rows = []
    for suf, rl in table.items():
        for cnt, strip, app, pos, case, number, gender in rl:
            rows.append((suf, strip, app, pos, case, number, gender, cnt))
    rows.sort(key=lambda r: (r[0], -r[7], r[1:7]))
    with open(SUFFIX_FILE, "w", encoding="utf-8", newline="\n") as fh:
        for h in header("suffixes", versions):
            fh.write(h + "\n")
        fh.write(
            "# Learned from ALL SGJP nouns (subst/depr, incl. proper nouns), adjectives and\n"
            "#   participles (ppas/pact), lower-cased; verbs and other parts of speech skipped.\n"
            "# Columns: suffix<TAB>strip<TAB>append<TAB>pos<TAB>case<TAB>number<TAB>gender<TAB>count\n"
            "# A lower-case word ending in `suffix` has lemma word[:len-strip] + append, with\n"
            "#   that pos/case/number/gender; count = dictionary forms supporting the rule.\n"
            "# Use the LONGEST suffix present (lengths 1..7, Unicode characters); rows of a\n"
            f"#   suffix are its rules best first (best rule per (pos, case, number, gender),\n"
            f"#   at most {MAX_RULES_PER_SUFFIX}, each >= {MIN_RULE_SHARE:.0%} of the best count).\n"
            "#   A suffix whose rules equal those of its one-character-shorter parent is\n"
            f"#   omitted (look further), as is one seen fewer than {min_count} times.\n"
            "# Vocatives equal to the nominative (adjectival, plural) are not counted.\n"
            "# Adjectives: lemma = masculine nominative singular of the SAME degree\n"
            "#   (lepszej -> lepszy); participles: their nom. sg. masculine (zjednoczonych ->\n"
            "#   zjednoczony). gender '-' = any gender (the form covers all five).\n"
        )
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    print(f"[suffix] {len(table)} suffixes, {len(rows)} rows -> {SUFFIX_FILE} "
          f"({os.path.getsize(SUFFIX_FILE)} bytes)", flush=True)


# --------------------------------------------------------------------------
# evaluation
# --------------------------------------------------------------------------

PHRASES = [
    ("Komisji Europejskiej", "komisja europejski"),
    ("Arabii Saudyjskiej", "Arabia saudyjski"),
    ("Oceanem Atlantyckim", "ocean atlantycki"),
    ("niszowych artystów", "niszowy artysta"),
    ("posła Pawlaka", "poseł Pawlak"),
    ("Polsce", "Polska"),
    ("Łodzi", "Łódź"),
    ("Budapeszcie", "Budapeszt"),
    ("Iranu", "Iran"),
    ("Pacyfiku", "Pacyfik"),
    ("legitymacji studenckiej", "legitymacja studencki"),
    ("Komendy Powiatowej Policji", "komenda powiatowy policja"),
]


def heldout(lemma: str) -> bool:
    return zlib.crc32(lemma.encode("utf-8")) % 20 == 0


def evaluate_holdout(model: SuffixModel, records, min_count: int) -> None:
    """Remove the held-out lemmas' records from `model` (destructive), rebuild
    the table with the same settings, and score it on the held-out forms."""
    test = [r for r in records if heldout(r[1])]
    print(f"[eval] hold-out: {len(test)} records of "
          f"{len({r[1] for r in test})} lemmas (5% by CRC32 of the lemma); retraining ...",
          flush=True)
    model.remove(test)
    table = model.table(min_count)
    stats = {"all": [0, 0, 0], "subst": [0, 0, 0], "adj": [0, 0, 0]}
    # score per distinct (form, lemma, pos) so syncretic slots count once
    seen = set()
    for form, lemma, pos, *_ in test:
        k = (form, lemma, pos)
        if k in seen:
            continue
        seen.add(k)
        rl = lookup_suffix(table, form)
        ok = bool(rl) and apply_rule(form, rl[0][1], rl[0][2]) == lemma
        ok_any = any(apply_rule(form, r[1], r[2]) == lemma for r in rl)
        for key in ("all", pos):
            st = stats[key]
            st[0] += ok
            st[1] += ok_any
            st[2] += 1
    for key, (good, good_any, tot) in stats.items():
        print(f"[eval] suffix top rule, {key:5s}: {good}/{tot} = {good / max(tot, 1):.1%}"
              f"   (some stored rule right: {good_any / max(tot, 1):.1%})", flush=True)


def evaluate_phrases(forms_table, suffix_table):
    good_any = good_top = total = 0
    for phrase, gold in PHRASES:
        outs = []
        for word, g in zip(phrase.split(), gold.split()):
            total += 1
            cands = []  # (lemma, pos, source)
            for f in (word, word.lower()):
                for a in sorted(forms_table.get(f, ())):
                    cands.append((a[0], a[1], "forms"))
            if not cands:
                for r in lookup_suffix(suffix_table, word.lower()):
                    cands.append((apply_rule(word.lower(), r[1], r[2]), r[3], "suffix"))
            # preference: nominal pos; proper-noun lemma for capitalised input
            def pref(c):
                nominal = c[1] in ("subst", "adj")
                proper = c[0][:1].isupper()
                return (not nominal, proper != word[:1].isupper())
            ranked = sorted(cands, key=pref)
            lemmas = []
            for c in ranked:
                if c[0] not in lemmas:
                    lemmas.append(c[0])
            hit_any = any(l.lower() == g.lower() for l in lemmas)
            hit_top = bool(lemmas) and lemmas[0].lower() == g.lower()
            good_any += hit_any
            good_top += hit_top
            src = ranked[0][2] if ranked else "none"
            outs.append(f"{word}->{'|'.join(lemmas[:4]) or '?'} [{src}]"
                        f"{'' if hit_any else ' MISS'}")
        print(f"[eval] {phrase!r}: " + "; ".join(outs), flush=True)
    print(f"[eval] example words: correct lemma among analyses {good_any}/{total}, "
          f"as first choice {good_top}/{total}", flush=True)


# --------------------------------------------------------------------------

def inner(args: argparse.Namespace) -> int:
    from importlib.metadata import version

    import morfeusz2
    import polish_inflection_data as pid

    os.makedirs(OUT_DIR, exist_ok=True)
    morf = morfeusz2.Morfeusz(praet="composite", aggl="isolated")
    versions = {
        "morfeusz2": version("morfeusz2"),
        "sgjp": morf.dict_id(),
        "polish-inflection-data": version("polish-inflection-data"),
        "pid_sgjp": pid.WERSJA_SGJP,
        "wordfreq": version("wordfreq"),
    }
    print(f"[inner] versions: {versions}", flush=True)
    parts_cache = Participles(morf)

    forms_table = build_forms(morf, parts_cache, args.n_forms, versions)
    records = dictionary_records(morf, parts_cache)
    print("[suffix] counting suffixes of all records ...", flush=True)
    model = SuffixModel(records)
    min_count, table = choose_table(model)
    write_suffixes(table, versions, min_count)
    evaluate_phrases(forms_table, table)
    evaluate_holdout(model, records, min_count)
    total = os.path.getsize(FORMS_FILE) + os.path.getsize(SUFFIX_FILE)
    print(f"[done] forms.tsv + suffixes.tsv = {total} bytes", flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--venv", help="reuse this venv (must have the pinned packages)")
    ap.add_argument("--n-forms", type=int, default=N_FORMS)
    args = ap.parse_args()
    if not os.path.isdir(os.path.join("data", "pl")):
        print("run from the repository root", file=sys.stderr)
        return 2
    return inner(args) if args.inner else outer(args)


if __name__ == "__main__":
    sys.exit(main())
