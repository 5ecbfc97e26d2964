#!/usr/bin/env python3
"""Regenerate the Polish lexicon data files under data/pl/.

Usage (from the repository root):

    python scripts/build_lexicons.py [--out data/pl] [--venv DIR] [--keep-venv]

The script creates a throwaway virtual environment in a temporary directory,
installs pinned dictionary packages into it with pip, and re-runs itself with
that environment's interpreter to do the extraction. Nothing is installed into
the repository or the system interpreter.

Sources (all read through their Python packages):

* morfeusz2 -- Morfeusz 2 with the SGJP dictionary compiled in. Used to
  classify proper nouns (its "name" qualifiers: imię, nazwisko,
  nazwa_geograficzna, nazwa_organizacji, ...) and to generate every inflected
  form with its tag (``Morfeusz.generate``), and to analyse words.
* polish-inflection-data -- SGJP noun index (marisa BytesTrie, ``podaj.marisa``:
  form -> "lemma\\tcase\\tnumber\\tgender"). Enumerated once to obtain the list
  of all capitalised noun lemmas (Morfeusz itself cannot enumerate its lemmas).
* zxcvbn-pl -- frequency-ranked Polish lists (marisa RecordTrie "<I": word ->
  rank). Used only to decide WHICH lemmas to keep (surnames by PESEL rank,
  places by population/frequency rank) and as the frequency list for
  common-words.txt.

Outputs (UTF-8, LF; data lines sorted with Python's default str ordering,
which for UTF-8 text equals byte order, i.e. ``LC_ALL=C sort``):

* names.tsv         form, lemma, class, case
* speech-verbs.tsv  form, lemma, gender
* common-words.txt  form [, "proper"]

The output is deterministic for the pinned package versions.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

# Pinned versions of everything installed into the throwaway venv.
PINS = [
    "morfeusz2==1.99.15",
    "polish-inflection-data==2026.6.28",
    "zxcvbn-pl==0.3.0",
    "zxcvbn==4.5.0",
    "marisa-trie==1.4.1",
]

# The wordfreq frequency list with its dependencies, pinned for the scripts
# that choose forms by frequency (build_lemmatizer.py, build_ner_classes.py).
WORDFREQ_PINS = [
    "wordfreq==3.1.1",
    "ftfy==6.3.1",
    "langcodes==3.5.1",
    "locate==1.1.1",
    "msgpack==1.2.4",
    "regex==2026.11.19",
    "wcwidth==0.9.4",
]

COMMAND = "python scripts/build_lexicons.py"

# Size budgets (bytes) for names.tsv blocks.
NAMES_BUDGET = 3_950_000
SURNAME_MAX_LEMMAS = 15_000
LOCAL_PLACES_FIRST = 1_200

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")

# Morfeusz "name" qualifiers -> our classes.
SURNAME_LABELS = {"nazwisko", "nazwisko_(odmężowskie)", "nazwisko_(odojcowskie)"}
PLACE_LABELS = {"nazwa_geograficzna"}
ORG_LABELS = {"nazwa_organizacji", "nazwa_instytucji", "nazwa_firmy"}
FIRST_LABELS = {"imię"}

# Surnames frequent in news that are not in the PESEL-ranked list; included
# whenever SGJP has them (missing ones are reported, not invented).
NEWS_SURNAMES = """
Trump Putin Biden Obama Bush Clinton Blair Merkel Scholz Merz Macron Sarkozy
Hollande Orban Orbán Zełenski Ławrow Riabkow Pieskow Szojgu Miedwiediew Rubio
Vance Netanjahu Erdogan Erdoğan Łukaszenka Maduro Chávez Castro Kim Xi Modi
Johnson Starmer Sunak Meloni Berlusconi Draghi Stoltenberg Rutte Guterres
Leyen Michel Juncker Tusk Kaczyński Duda Nawrocki Morawiecki Trzaskowski
Hołownia Czarzasty Kosiniak-Kamysz Sikorski Bosak Mentzen Szydło Ziobro Wałęsa
Kwaśniewski Komorowski Gorbaczow Jelcyn Stalin Lenin Hitler Churchill
Roosevelt Kennedy Lincoln Reagan Nixon Carter Musk Zuckerberg Gates Bezos
Harris Pelosi Sanders Hegseth Witkoff Kellogg Kushner Lula Milei Bolsonaro
Assad Chamenei Rouhani Zarif Abbas Hamas Nasrallah Kadyrow Prigożyn Nawalny
Tichanowska Janukowycz Poroszenko Kliczko Jermak Załużny Syrski Kułeba Sybiha
""".split()

# Multi-word place names, inflected as phrases.  Token syntax:
#   word/N[=lemma]  noun that inflects for case (its own gender)
#   word/A          adjective / participle agreeing with the nearest noun
#   word            fixed (does not inflect)
#   a token starting with "-" is joined to the previous one by a hyphen.
# Organisations whose names have no institution noun for the rules to find
# (parties, broadcasters, clubs), inflected like PHRASES. Facts of Polish
# public life, written by the kropka developers.
ORG_PHRASES = """
Prawo/N=prawo i Sprawiedliwość/N=sprawiedliwość
Platforma/N=platforma Obywatelska/A
Koalicja/N=koalicja Obywatelska/A
Polskie/A Stronnictwo/N=stronnictwo Ludowe/A
Sojusz/N=sojusz Lewicy Demokratycznej
Akcja/N=akcja Wyborcza/A Solidarność
Nowa/A Lewica/N=lewica
Trzecia/A Droga/N=droga
Zjednoczona/A Prawica/N=prawica
Solidarna/A Polska/N
Porozumienie/N=porozumienie Centrum
Ruch/N=ruch Palikota
Ruch/N=ruch Narodowy/A
Radio/N=radio Maryja
Polskie/A Radio/N=radio
Radio/N=radio Zet
Legia/N=legia
Legia/N Warszawa
Wisła/N Kraków
Lech/N Poznań
Widzew/N Łódź
Górnik/N=górnik Zabrze
Śląsk/N Wrocław
Pogoń/N=pogoń Szczecin
Jagiellonia/N Białystok
Ruch/N=ruch Chorzów
Zagłębie/N=zagłębie Lubin
Korona/N=korona Kielce
Raków/N Częstochowa
Cracovia/N
Solidarność/N=solidarność
Samoobrona/N=samoobrona
"""

PHRASES = """
Stany/N Zjednoczone/A
Stany/N Zjednoczone/A Ameryki
Zjednoczone/A Emiraty/N=emirat Arabskie/A
Wielka/A Brytania/N
Zjednoczone/A Królestwo/N=królestwo
Korea/N Południowa/A
Korea/N Północna/A
Nowa/A Zelandia/N
Arabia/N Saudyjska/A
Republika/N=republika Czeska/A
Republika/N=republika Południowej Afryki
Republika/N=republika Środkowoafrykańska/A
Demokratyczna/A Republika/N=republika Konga
Bośnia/N i Hercegowina/N
Trynidad/N i Tobago
Wybrzeże/N=wybrzeże Kości Słoniowej
Sri Lanka/N
Gwinea/N Równikowa/A
Sudan/N Południowy/A
Nowa/A Kaledonia/N
Nowa/A Gwinea/N
Papua-Nowa Gwinea/N
Wyspy/N=wyspa Owcze/A
Wyspy/N=wyspa Kanaryjskie/A
Wyspy/N=wyspa Brytyjskie/A
Wyspy/N=wyspa Salomona
Wyspy/N=wyspa Marshalla
Wyspa/N=wyspa Man
Ziemia/N=ziemia Ognista/A
Półwysep/N=półwysep Iberyjski/A
Półwysep/N=półwysep Arabski/A
Półwysep/N=półwysep Koreański/A
Półwysep/N=półwysep Krymski/A
Półwysep/N=półwysep Bałkański/A
Półwysep/N=półwysep Skandynawski/A
Półwysep/N=półwysep Helski/A
Bliski/A Wschód/N=wschód
Daleki/A Wschód/N=wschód
Środkowy/A Wschód/N=wschód
Zachodni/A Brzeg/N=brzeg
Strefa/N=strefa Gazy
Wzgórza/N=wzgórze Golan
Ameryka/N Północna/A
Ameryka/N Południowa/A
Ameryka/N Łacińska/A
Ameryka/N Środkowa/A
Azja/N Środkowa/A
Azja/N Południowo-Wschodnia/A
Europa/N Środkowa/A
Europa/N Wschodnia/A
Europa/N Zachodnia/A
Europa/N Środkowo-Wschodnia/A
Afryka/N Północna/A
Afryka/N Zachodnia/A
Morze/N=morze Bałtyckie/A
Morze/N=morze Czarne/A
Morze/N=morze Śródziemne/A
Morze/N=morze Północne/A
Morze/N=morze Czerwone/A
Morze/N=morze Karaibskie/A
Morze/N=morze Kaspijskie/A
Morze/N=morze Azowskie/A
Morze/N=morze Japońskie/A
Morze/N=morze Południowochińskie/A
Morze/N=morze Wschodniochińskie/A
Morze/N=morze Egejskie/A
Morze/N=morze Adriatyckie/A
Morze/N=morze Barentsa
Morze/N=morze Martwe/A
Ocean/N=ocean Atlantycki/A
Ocean/N=ocean Spokojny/A
Ocean/N=ocean Indyjski/A
Ocean/N=ocean Arktyczny/A
Ocean/N=ocean Południowy/A
Zatoka/N=zatoka Perska/A
Zatoka/N=zatoka Gdańska/A
Zatoka/N=zatoka Meksykańska/A
Zatoka/N=zatoka Fińska/A
Zatoka/N=zatoka Botnicka/A
Zatoka/N=zatoka Adeńska/A
Zatoka/N=zatoka Gwinejska/A
Zatoka/N=zatoka Pucka/A
Zalew/N=zalew Wiślany/A
Zalew/N=zalew Szczeciński/A
Kanał/N=kanał Sueski/A
Kanał/N=kanał Panamski/A
Kanał/N=kanał La Manche
Cieśnina/N=cieśnina Ormuz
Cieśnina/N=cieśnina Tajwańska/A
Cieśnina/N=cieśnina Kerczeńska/A
Cieśnina/N=cieśnina Beringa
Cieśnina/N=cieśnina Gibraltarska/A
Cieśnina/N=cieśnina Bosfor
Róg/N=róg Afryki
Nowy/A Jork/N
Nowy/A Orlean/N
Nowe/A Delhi/N
Los Angeles
San Francisco
Buenos Aires
Rio de Janeiro
Tel Awiw/N
Hongkong
Addis Abeba/N
Kuala Lumpur
La Paz
Abu Zabi
Rijad
Góry/N=góra Świętokrzyskie/A
Góry/N=góra Stołowe/A
Góry/N=góra Sowie/A
Góry/N=góra Izerskie/A
Góry/N=góra Skaliste/A
Wyżyna/N=wyżyna Lubelska/A
Wyżyna/N=wyżyna Krakowsko-Częstochowska/A
Nizina/N=nizina Mazowiecka/A
Nizina/N=nizina Śląska/A
Puszcza/N=puszcza Białowieska/A
Puszcza/N=puszcza Kampinoska/A
Mierzeja/N=mierzeja Wiślana/A
Pojezierze/N=pojezierze Mazurskie/A
Dolny/A Śląsk/N
Górny/A Śląsk/N
Pomorze/N Zachodnie/A
Pomorze/N Gdańskie/A
Ziemia/N=ziemia Lubuska/A
Ziemia/N=ziemia Święta/A
Zielona/A Góra/N
Jelenia/A Góra/N
Kamienna/A Góra/N
Góra/N Kalwaria
Tarnowskie/A Góry/N=góra
Nowy/A Sącz/N
Nowy/A Targ/N
Nowy/A Tomyśl/N
Nowy/A Dwór/N Mazowiecki/A
Nowy/A Dwór/N Gdański/A
Nowa/A Sól/N
Nowa/A Ruda/N
Nowa/A Dęba/N
Nowe/A Miasto/N=miasto Lubawskie/A
Nowe/A Miasto/N=miasto nad Pilicą
Gorzów/N Wielkopolski/A
Ostrów/N Wielkopolski/A
Ostrów/N Mazowiecka/A
Grodzisk/N Wielkopolski/A
Grodzisk/N Mazowiecki/A
Piotrków/N Trybunalski/A
Tomaszów/N Mazowiecki/A
Tomaszów/N Lubelski/A
Mińsk/N Mazowiecki/A
Rawa/N Mazowiecka/A
Ostrowiec/N Świętokrzyski/A
Dąbrowa/N Górnicza/A
Dąbrowa/N Tarnowska/A
Ruda/N Śląska/A
Wodzisław/N Śląski/A
Siemianowice/N Śląskie/A
Piekary/N Śląskie/A
Strzelce/N Opolskie/A
Stalowa/A Wola/N
Zduńska/A Wola/N
Biała/N Podlaska/A
Biała/N Rawska/A
Sokołów/N Podlaski/A
Międzyrzec/N Podlaski/A
Radzyń/N Podlaski/A
Bielsk/N Podlaski/A
Sucha/N Beskidzka/A
Kalwaria/N Zebrzydowska/A
Środa/N Wielkopolska/A
Środa/N Śląska/A
Brzeg/N Dolny/A
Mszana/N Dolna/A
Kazimierz/N Dolny/A
Szklarska/A Poręba/N
Lądek/N -Zdrój/N
Bielsko/N -Biała/N
Kędzierzyn/N -Koźle/N
Skarżysko/N -Kamienna/N
Czechowice/N -Dziedzice/N
Golub/N -Dobrzyń/N
Jastrzębie/N -Zdrój/N
Busko/N -Zdrój/N
Rabka/N -Zdrój/N
Polanica/N -Zdrój/N
Kudowa/N -Zdrój/N
Konstancin/N -Jeziorna/N
Frankfurt/N nad Menem
Frankfurt/N nad Odrą
Rostów/N nad Donem
Nowy/A Świat/N=świat
Krakowskie/A Przedmieście/N=przedmieście
Plac/N=plac Czerwony/A
Biały/A Dom/N=dom
Wzgórze/N=wzgórze Kapitolińskie/A
"""

NEWS_PLACES_EXTRA = """
Waszyngton Caracas Moskwa Kijów Wenezuela Karaiby Pacyfik Atlantyk Bałtyk
Paryż Berlin Londyn Rzym Madryt Wiedeń Praga Bruksela Genewa Pekin Tokio Seul
Teheran Bagdad Damaszek Kair Jerozolima Gaza Donbas Krym Charków Odessa Lwów
Mińsk Wilno Ryga Tallin Budapeszt Bratysława Bukareszt Sofia Belgrad Ateny
Ankara Stambuł Kreml Europa Azja Afryka Ameryka Australia Antarktyda
Rosja Ukraina Białoruś Niemcy Francja Chiny Japonia Indie Izrael Iran Irak
Syria Liban Kuba Meksyk Kolumbia Brazylia Argentyna Chile Peru Ekwador
Boliwia Panama Grenlandia Dania Norwegia Szwecja Finlandia Estonia Łotwa Litwa
Polska Czechy Słowacja Węgry Rumunia Bułgaria Serbia Chorwacja Słowenia
Austria Szwajcaria Włochy Hiszpania Portugalia Irlandia Holandia Belgia
Luksemburg Grecja Turcja Gruzja Armenia Azerbejdżan Kazachstan Afganistan
Pakistan Tajwan Wietnam Korea Egipt Libia Tunezja Algieria Maroko Nigeria
Etiopia Somalia Sudan Jemen Katar Kuwejt Oman Jordania Kanada Alaska Floryda
Kalifornia Teksas Mazowsze Śląsk Pomorze Mazury Podhale Tatry Karpaty Alpy
Wisła Odra Bug Dniepr Dunaj Ren Warszawa Kraków Gdańsk Wrocław Poznań Łódź
""".split()


# --------------------------------------------------------------------------
# Outer part: throwaway venv + re-exec.
# --------------------------------------------------------------------------


def run_outer(args: argparse.Namespace) -> int:
    out_dir = os.path.abspath(args.out)
    os.makedirs(out_dir, exist_ok=True)
    tmp = None
    if args.venv:
        venv_dir = args.venv
    else:
        tmp = tempfile.mkdtemp(prefix="kropka-lexicons-")
        venv_dir = os.path.join(tmp, "venv")
    py = os.path.join(venv_dir, "bin", "python")
    try:
        if not os.path.exists(py):
            print(f"[build_lexicons] creating venv in {venv_dir}", flush=True)
            subprocess.run([sys.executable, "-m", "venv", venv_dir], check=True)
        print(f"[build_lexicons] installing {' '.join(PINS)}", flush=True)
        subprocess.run(
            [py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *PINS],
            check=True,
        )
        print("[build_lexicons] running extraction inside the venv", flush=True)
        r = subprocess.run(
            [py, os.path.abspath(__file__), "--inside-venv", "--out", out_dir,
             "--names-budget", str(args.names_budget)]
        )
        return r.returncode
    finally:
        if tmp and not args.keep_venv:
            shutil.rmtree(tmp, ignore_errors=True)
        elif tmp:
            print(f"[build_lexicons] venv kept at {venv_dir}", flush=True)


# --------------------------------------------------------------------------
# Inner part: runs inside the venv.
# --------------------------------------------------------------------------


def log(msg: str) -> None:
    print(f"[build_lexicons] {msg}", flush=True)


def parse_tag(tag: str):
    """'subst:sg:gen.acc:m1' -> (pos, [numbers], [cases], [genders], rest)."""
    p = tag.split(":")
    pos = p[0]
    if pos in ("subst", "depr", "adj", "ppas", "pact") and len(p) >= 4:
        return pos, p[1].split("."), p[2].split("."), p[3].split("."), p[4:]
    return pos, [], [], [], p[1:]


def bare(lemma: str) -> str:
    return lemma.split(":", 1)[0]


def fmt_cases(pairs) -> str:
    """{(num, case)} -> 'gen,acc' / 'nom:pl' (singular first, then plural)."""
    out = []
    for num in ("sg", "pl"):
        for c in CASES:
            if (num, c) in pairs:
                out.append(c if num == "sg" else f"{c}:pl")
    return ",".join(out)


def cap_like(form: str, model: str) -> str:
    if model[:1].isupper() and form[:1].islower():
        return form[:1].upper() + form[1:]
    return form


FOLD = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def fold(s: str) -> str:
    return s.translate(FOLD)


class Lex:
    def __init__(self):
        import importlib.metadata as md

        import marisa_trie
        import morfeusz2
        import polish_inflection_data
        import zxcvbn_pl

        self.md = md
        self.m = morfeusz2.Morfeusz(expand_tags=False)
        self.dict_id = self.m.dict_id()
        self.dict_copyright = self.m.dict_copyright()
        self.pid = polish_inflection_data
        self.podaj = marisa_trie.BytesTrie()
        self.podaj.mmap(str(polish_inflection_data.KATALOG / "podaj.marisa"))
        self.zx = {n: d._trie for n, d in zxcvbn_pl.dictionaries().items()}
        self._gen_cache = {}

    def version(self, dist: str) -> str:
        return self.md.version(dist)

    def rank(self, dictname: str, word: str):
        t = self.zx[dictname]
        if word in t:
            return t[word][0][0]
        return None

    def generate(self, lemma: str):
        g = self._gen_cache.get(lemma)
        if g is None:
            try:
                g = self.m.generate(lemma)
            except Exception:  # unknown lemma
                g = []
            self._gen_cache[lemma] = g
        return g

    def is_ordinary(self, word: str) -> bool:
        """True if Morfeusz knows `word` as an ordinary (lower-case lemma) word."""
        for _s, _e, (_f, lem, tag, labels, _q) in self.m.analyse(word):
            if tag == "ign":
                continue
            if lem[:1].islower() or not lem[:1].isalpha():
                return True
        return False


def header(lex: Lex, title: str, columns: str, extra: list[str]) -> list[str]:
    lines = [
        f"# {title}",
        f"# Columns: {columns}",
        "# Data lines sorted by Python str order (= UTF-8 byte order, LC_ALL=C sort).",
        f"# Regenerated by: {COMMAND}",
        f"# Sources: morfeusz2 {lex.version('morfeusz2')} (dictionary {lex.dict_id},"
        " SGJP data, BSD-2-Clause);",
        f"#   polish-inflection-data {lex.version('polish-inflection-data')}"
        f" ({lex.pid.WERSJA_SGJP}, SGJP data, BSD-2-Clause);",
        f"#   zxcvbn-pl {lex.version('zxcvbn-pl')} (MIT code; lists: first names and"
        " surnames from the PESEL register, CC0-1.0; places from the official TERYT"
        " list, CC0-1.0, ordered by GUS population data, CC-BY-4.0; common words from"
        " OpenSubtitles 2024 frequencies, ODC-BY-1.0).",
    ]
    lines += [f"# {x}" for x in extra]
    lines.append("# SGJP (Słownik gramatyczny języka polskiego) licence notice:")
    for ln in lex.dict_copyright.strip().splitlines():
        lines.append(("# " + ln).rstrip())
    return lines


def write_file(path: str, head: list[str], rows: list[str]) -> None:
    rows = sorted(set(rows))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in head:
            f.write(h + "\n")
        for r in rows:
            f.write(r + "\n")
    log(f"wrote {os.path.relpath(path)}: {len(rows)} lines, {os.path.getsize(path)} bytes")


# ---------------------------------------------------------------- names


def classify_homonyms(lex: Lex, lemma: str):
    """generate(lemma) -> {class: {form: {(num, case)}}} for one bare lemma."""
    by_id = {}
    for form, lem, tag, labels, _q in lex.generate(lemma):
        if bare(lem) != lemma:
            continue
        pos, nums, cases, gens, _ = parse_tag(tag)
        if pos != "subst":  # deprecative (depr) plurals are left out to save space
            continue
        ent = by_id.setdefault(lem, {"labels": set(), "gens": set(), "rows": []})
        ent["labels"].update(labels)
        if pos == "subst":
            ent["gens"].update(gens)
        ent["rows"].append((form, nums, cases))
    out = {}
    for lem in sorted(by_id):
        ent = by_id[lem]
        labels, gens = ent["labels"], ent["gens"]
        classes = []
        if labels & FIRST_LABELS:
            if "f" in gens:
                classes.append("first_f")
            elif gens & {"m1", "m2", "m3"}:
                classes.append("first_m")
        if labels & SURNAME_LABELS:
            classes.append("surname")
        if labels & PLACE_LABELS:
            classes.append("place")
        if labels & ORG_LABELS:
            classes.append("org")
        for cls in classes:
            forms = out.setdefault(cls, {})
            for form, nums, cases in ent["rows"]:
                s = forms.setdefault(form, set())
                for n in nums:
                    for c in cases:
                        if c in CASES and n in ("sg", "pl"):
                            s.add((n, c))
    return out


def block_lines(lemma: str, cls: str, forms: dict) -> list[str]:
    return [
        f"{form}\t{lemma}\t{cls}\t{fmt_cases(pairs)}"
        for form, pairs in forms.items()
        if pairs and "\t" not in form
    ]


def inflect_phrase(lex: Lex, spec: str):
    """Inflect a multi-word name; returns (lemma, {form: {(num, case)}})."""
    toks = []  # (word, kind, lemma, joiner)
    for raw in spec.split():
        joiner = " "
        if raw.startswith("-") and toks:
            joiner, raw = "-", raw[1:]
        word, _, kind = raw.partition("/")
        lem = word
        if "=" in kind:
            kind, lem = kind.split("=", 1)
        toks.append([word, kind, lem, joiner])
    lemma = "".join((t[3] if i else "") + t[0] for i, t in enumerate(toks))

    # Noun paradigms.
    nouns = {}
    for i, (word, kind, lem, _) in enumerate(toks):
        if kind != "N":
            continue
        ents = []
        for cand in (lem, lem.lower()):
            ents = [e for e in lex.generate(cand) if e[2].split(":")[0] == "subst"]
            if ents:
                break
        geo = [e for e in ents if set(e[3]) & {"nazwa_geograficzna", "człon_nazwy_geograficznej"}]
        if geo:
            ents = geo
        # lexeme(s) in which `word` is a nominative form
        ids = set()
        for e in ents:
            _, nums, cases, _, _ = parse_tag(e[2])
            if e[0].lower() == word.lower() and "nom" in cases:
                ids.add(e[1])
        ents = [e for e in ents if e[1] in ids]
        if not ents:
            return lemma, None
        nums_nom, gender, table = set(), None, {}
        for e in ents:
            _, nums, cases, gens, _ = parse_tag(e[2])
            if e[0].lower() == word.lower() and "nom" in cases:
                nums_nom.update(nums)
                gender = gender or gens[0]
            for n in nums:
                for c in cases:
                    table.setdefault((n, c), set()).add(cap_like(e[0], word))
        nouns[i] = (sorted(nums_nom), gender, table)
    if not nouns:
        return lemma, None
    first = min(nouns)
    phrase_nums = nouns[first][0]

    def head_of(i):
        before = [j for j in nouns if j < i]
        after = [j for j in nouns if j > i]
        return max(before) if before else min(after)

    # Adjective lexemes.
    adjs = {}
    for i, (word, kind, lem, _) in enumerate(toks):
        if kind != "A":
            continue
        ids = set()
        for _s, _e, (f, alem, tag, _l, _q) in lex.m.analyse(word):
            pos, nums, cases, gens, rest = parse_tag(tag)
            if pos in ("adj", "ppas", "pact") and "nom" in cases:
                ids.add(alem)
        table = {}
        for alem in sorted(ids):
            for e in lex.generate(bare(alem)):
                if e[1] != alem:
                    continue
                pos, nums, cases, gens, rest = parse_tag(e[2])
                if pos not in ("adj", "ppas", "pact"):
                    continue
                if pos == "adj" and "pos" not in rest:
                    continue
                if pos in ("ppas", "pact") and "aff" not in rest:
                    continue
                for n in nums:
                    for c in cases:
                        for g in gens:
                            table.setdefault((n, c, g), set()).add(cap_like(e[0], word))
        if not table:
            return lemma, None
        adjs[i] = table

    forms = {}
    for n in phrase_nums:
        for c in CASES:
            choices = []
            ok = True
            for i, (word, kind, lem, joiner) in enumerate(toks):
                if kind == "N":
                    nn = n if n in nouns[i][0] else nouns[i][0][0]
                    opts = sorted(nouns[i][2].get((nn, c), ()))
                elif kind == "A":
                    h = head_of(i)
                    hn = n if n in nouns[h][0] else nouns[h][0][0]
                    opts = sorted(adjs[i].get((hn, c, nouns[h][1]), ()))
                else:
                    opts = [word]
                if not opts:
                    ok = False
                    break
                choices.append((joiner if i else "", opts))
            if not ok:
                continue
            combos = [""]
            for j, opts in choices:
                combos = [x + j + o for x in combos for o in opts][:16]
            for f in combos:
                forms.setdefault(f, set()).add((n, c))
    return lemma, forms


def build_names(lex: Lex, out_dir: str):
    log("enumerating capitalised noun lemmas from polish-inflection-data ...")
    lemmas = set()
    for _k, v in lex.podaj.iteritems():
        lem = v.decode("utf-8").split("\t", 1)[0]
        if lem[:1].isupper():
            lemmas.add(lem)
    lemmas = sorted(lemmas)
    log(f"  {len(lemmas)} capitalised lemmas; classifying with morfeusz2 ...")
    blocks = {}  # (lemma, cls) -> {form: pairs}
    for i, lem in enumerate(lemmas):
        for cls, forms in classify_homonyms(lex, lem).items():
            blocks[(lem, cls)] = forms
        if i % 20000 == 0:
            log(f"  {i}/{len(lemmas)}")
    per_cls = {}
    for (lem, cls) in blocks:
        per_cls.setdefault(cls, []).append(lem)
    log("  candidates: " + ", ".join(f"{c}={len(v)}" for c, v in sorted(per_cls.items())))

    chosen = []  # (lemma, cls) in priority order
    size = 0
    stats = {}

    def take(lem, cls, forms=None, budget=None):
        nonlocal size
        if forms is None:
            forms = blocks[(lem, cls)]
        lines = block_lines(lem, cls, forms)
        nbytes = sum(len(x.encode("utf-8")) + 1 for x in lines)
        if budget is not None and size + nbytes > budget:
            return False
        chosen.append((lem, cls, lines))
        size += nbytes
        st = stats.setdefault(cls, [0, 0])
        st[0] += 1
        st[1] += len(lines)
        return True

    # 1. all first names, 2. all organisations
    for cls in ("first_m", "first_f", "org"):
        for lem in sorted(per_cls.get(cls, [])):
            take(lem, cls)
    log(f"  first names + orgs: {size} bytes")
    org_fail = []
    for spec in ORG_PHRASES.strip().splitlines():
        lemma, forms = inflect_phrase(lex, spec.strip())
        if not forms:
            org_fail.append(spec)
            continue
        take(lemma, "org", forms)
    log(f"  organisation phrases: {len(ORG_PHRASES.split())}; failed: {org_fail}")

    # 3. surnames from the news list and well-known ones (in the subtitle
    #    frequency list, but not an ordinary word).
    seen = set()
    missing_news = []
    for lem in NEWS_SURNAMES:
        if (lem, "surname") in blocks and lem not in seen:
            seen.add(lem)
            take(lem, "surname")
        elif (lem, "surname") not in blocks:
            missing_news.append(lem)
    famous, ranked = [], []
    sur_all = set(per_cls.get("surname", []))
    folded_of = {fold(x) for x in sur_all if fold(x) != x}
    for lem in sorted(sur_all):
        r = lex.rank("pl_last_names", lem.lower())
        if r is not None:
            if lem in folded_of:
                continue  # ASCII spelling of a surname that has diacritics
            ranked.append((r, lem))
            continue
        cr = lex.rank("pl_common_words", lem.lower())
        if cr is not None and not lex.is_ordinary(lem.lower()):
            famous.append((cr, lem))
    for _r, lem in sorted(famous):
        if lem not in seen:
            seen.add(lem)
            take(lem, "surname")
    log(f"  well-known surnames: {len(seen)}; not in SGJP: {' '.join(missing_news)}")

    # 4. places: multi-word phrases, news list, names that are not Polish
    #    localities, well-known names, then the first LOCAL_PLACES_FIRST Polish
    #    localities by zxcvbn-pl rank (towns by population come first).
    placed = set()
    phrase_fail = []
    for spec in PHRASES.strip().splitlines():
        spec = spec.strip()
        if not spec:
            continue
        if "/" not in spec:  # fixed / single-token name given verbatim
            if (spec, "place") in blocks and spec not in placed:
                placed.add(spec)
                take(spec, "place")
            elif " " in spec and spec not in placed:
                placed.add(spec)
                take(spec, "place", {spec: {("sg", c) for c in CASES}})
            elif spec not in placed:
                phrase_fail.append(spec)
            continue
        lemma, forms = inflect_phrase(lex, spec)
        if not forms:
            phrase_fail.append(spec)
            continue
        if lemma in placed:
            continue
        placed.add(lemma)
        take(lemma, "place", forms)
    log(f"  multi-word places: {stats.get('place', [0])[0]}; failed: {phrase_fail}")
    for lem in NEWS_PLACES_EXTRA:
        if (lem, "place") in blocks and lem not in placed:
            placed.add(lem)
            take(lem, "place")
    foreign, famous_pl, local = [], [], []
    for lem in per_cls.get("place", []):
        pr = lex.rank("pl_places", lem.lower())
        cr = lex.rank("pl_common_words", lem.lower())
        if pr is None:
            foreign.append((cr if cr is not None else 10**9, lem))
        elif cr is not None and not lex.is_ordinary(lem.lower()):
            famous_pl.append((cr, lem))
        else:
            local.append((pr, lem))
    local.sort()
    for group in (sorted(foreign), sorted(famous_pl), local[:LOCAL_PLACES_FIRST]):
        for _r, lem in group:
            if lem not in placed:
                placed.add(lem)
                take(lem, "place")
    log(f"  places (first pass): {stats['place'][0]} lemmas, {size} bytes so far")

    # 5. surnames by PESEL rank until the lemma cap or the size budget.
    n_sur = len(seen)
    for _r, lem in sorted(ranked):
        if lem in seen:
            continue
        if n_sur >= SURNAME_MAX_LEMMAS:
            break
        if not take(lem, "surname", budget=NAMES_BUDGET):
            break
        seen.add(lem)
        n_sur += 1
    log(f"  surnames: {stats['surname'][0]} lemmas, {size} bytes so far")

    # 6. more Polish localities while the budget lasts.
    for _r, lem in local[LOCAL_PLACES_FIRST:]:
        if lem in placed:
            continue
        if not take(lem, "place", budget=NAMES_BUDGET):
            break
        placed.add(lem)
    log(f"  places: {stats['place'][0]} lemmas"
        f" (of {len(per_cls.get('place', []))} SGJP geographic lemmas); total {size} bytes")
    rows = [ln for _l, _c, lines in chosen for ln in lines]
    summary = ", ".join(f"{c}: {stats[c][0]} lemmas / {stats[c][1]} forms"
                        for c in ("first_m", "first_f", "surname", "place", "org") if c in stats)
    head = header(
        lex,
        "kropka Polish proper-noun lexicon (first names, surnames, places, organisations)",
        "form<TAB>lemma<TAB>class<TAB>case",
        [
            "class: first_m | first_f | surname | place | org (from Morfeusz name qualifiers:",
            "  imię (+gender), nazwisko*, nazwa_geograficzna, nazwa_organizacji/instytucji/firmy).",
            "case: comma-separated subset of nom,gen,dat,acc,inst,loc,voc (singular) and the",
            "  same with ':pl' (plural); union over all readings of the form for that lemma+class.",
            "Selection (lemmas from the polish-inflection-data noun index, classified by Morfeusz):",
            "  all first names and organisations; surnames frequent in news/subtitles that SGJP",
            "  has, then surnames by PESEL frequency rank (zxcvbn-pl) until the size budget;",
            "  places: curated multi-word names (inflected by agreement, lemma = nominative",
            "  phrase), SGJP geographic names that are not Polish localities (countries, regions,",
            "  rivers, mountains, foreign cities), well-known ones, then Polish localities by",
            "  zxcvbn-pl rank (towns by population first). Deprecative (depr) forms omitted.",
            f"Counts: {summary}.",
        ],
    )
    write_file(os.path.join(out_dir, "names.tsv"), head, rows)
    return rows, summary


# ---------------------------------------------------------------- verbs

SPEECH_VERBS = """
powiedzieć mówić dodać dodawać napisać pisać stwierdzić stwierdzać ocenić oceniać
podkreślić podkreślać zaznaczyć zaznaczać oświadczyć oświadczać zapewnić zapewniać
przypomnieć przypominać wskazać wskazywać zaapelować apelować przekonywać przekonać
tłumaczyć wytłumaczyć wyjaśnić wyjaśniać zapowiedzieć zapowiadać poinformować
informować ogłosić ogłaszać przyznać przyznawać zauważyć zauważać uważać twierdzić
odpowiedzieć odpowiadać zapytać pytać dopytywać dopytać spytać krzyknąć krzyczeć
wołać zawołać szepnąć szeptać mruknąć mruczeć westchnąć wzdychać żartować zażartować
komentować skomentować relacjonować zrelacjonować opowiadać opowiedzieć wspominać
wspomnieć deklarować zadeklarować zastrzec zastrzegać ostrzec ostrzegać zaprzeczyć
zaprzeczać potwierdzić potwierdzać argumentować przekazać przekazywać podać podawać
oznajmić oznajmiać zdradzić zdradzać kontynuować ciągnąć kwitować skwitować zakończyć
kończyć podsumować podsumowywać zwrócić zwracać wyliczać wyliczyć sugerować
zasugerować proponować zaproponować prosić poprosić żądać zażądać domagać obiecać
obiecywać grozić zagrozić oskarżać oskarżyć bronić przestrzegać przestrzec alarmować
zaalarmować narzekać ponarzekać pochwalić chwalić ripostować zripostować odpierać
odeprzeć dopowiedzieć dopowiadać wtrącić wtrącać przerwać przerywać rzec irytować
zirytować denerwować zdenerwować dziwić zdziwić cieszyć ucieszyć zachwycać zachwycić
objaśniać objaśnić nadmienić nadmieniać uściślić uściślać sprostować prostować
doprecyzować precyzować wyznać wyznawać zwierzyć zwierzać zapytywać dociekać
indagować konkludować szacować oszacować prognozować przewidywać przewidzieć zaręczać
zaręczyć wzywać wezwać nawoływać zachęcać zachęcić akcentować zaakcentować
oświadczać ujawnić ujawniać poinformować zakomunikować komunikować obwieścić
obwieszczać orzec orzekać zeznać zeznawać raportować zaraportować donosić donieść
sądzić
streścić streszczać cytować zacytować replikować zareplikować odparować
odrzec odrzekać odpisać odpisywać dopisać dopisywać zanotować notować tweetować
zatweetować wpisać wpisywać opublikować publikować ogłosić mówić rzucić rzucać
wypalić wykrzyknąć wykrzykiwać wrzasnąć wrzeszczeć jęknąć jęczeć sapnąć syknąć
warknąć burknąć bąknąć chrząknąć zaśmiać śmiać roześmiać uśmiechnąć zachichotać
prychnąć parsknąć zawyrokować wyrokować uznać uznawać podejrzewać przyznać
wytknąć wytykać zarzucić zarzucać skrytykować krytykować zganić ganić protestować
zaprotestować sprzeciwić sprzeciwiać zgodzić zgadzać przytaknąć przytakiwać
potakiwać odmówić odmawiać zadeklarować dementować zdementować polemizować
dyskutować przekonywać upierać uprzeć nalegać zapytać zagadnąć zagadywać zagaić
zaczynać zacząć rozpocząć zakończyć dorzucić dorzucać uzupełnić uzupełniać
poprawić poprawiać doradzić doradzać radzić poradzić pocieszać pocieszyć uspokajać
uspokoić przekonać zachwalać rekomendować zarekomendować postulować zapowiedzieć
przyrzec przyrzekać ślubować przysiąc przysięgać zagwarantować gwarantować
wyrazić wyrażać podziękować dziękować przeprosić przepraszać pogratulować
gratulować pozdrowić pozdrawiać powitać witać pożegnać żegnać zwierzać
powtórzyć powtarzać utrzymywać sprecyzować ironizować zadrwić drwić
grzmieć zagrzmieć kpić zakpić szydzić punktować wypunktować żalić pożalić skarżyć
poskarżyć oburzać oburzyć złościć zżymać wtórować zawtórować uzasadniać uzasadnić
ubolewać meldować zameldować sygnalizować zasygnalizować mamrotać wymamrotać
dowcipkować spekulować oponować zaoponować napomknąć wyjawić wyjawiać pouczać
pouczyć
""".split()

REFLEXIVE = {
    "domagać", "irytować", "zirytować", "denerwować", "zdenerwować", "dziwić",
    "zdziwić", "cieszyć", "ucieszyć", "zachwycać", "zachwycić", "zwierzyć",
    "zwierzać", "śmiać", "zaśmiać", "roześmiać", "uśmiechnąć", "sprzeciwić",
    "sprzeciwiać", "zgodzić", "zgadzać", "upierać", "uprzeć", "żegnać",
    "żalić", "pożalić", "skarżyć", "poskarżyć", "oburzać", "oburzyć", "złościć",
    "zżymać",
}

AGLT = {"m": ("em", "eś"), "f": ("m", "ś"), "pl": ("śmy", "ście")}


def build_verbs(lex: Lex, out_dir: str):
    rows = set()
    missing = []
    nlem = 0
    done = set()
    for verb in SPEECH_VERBS:
        if verb in done:
            continue
        done.add(verb)
        lemma_out = f"{verb} się" if verb in REFLEXIVE else verb
        got = False
        for form, lem, tag, _labels, quals in lex.generate(verb):
            if bare(lem) != verb or "daw." in quals:
                continue
            p = tag.split(":")
            pos = p[0]
            if pos in ("fin", "inf", "impt", "imps", "pcon", "pant"):
                rows.add((form, lemma_out, "-"))
                got = True
            elif pos == "praet":
                num, gen = p[1], p[2].split(".")
                if num == "pl":
                    g = "pl"
                elif "f" in gen:
                    g = "f"
                elif "n" in gen:
                    g = "n"
                else:
                    g = "m"
                extra = p[4:] if len(p) > 4 else []
                got = True
                if "agl" not in extra:  # plain 3rd-person form (nagl or unmarked)
                    rows.add((form, lemma_out, g))
                    rows.add((form + "by", lemma_out, g))  # conditional
                if "nagl" not in extra and g != "n":  # person suffixes glued on
                    for suf in AGLT[g]:
                        rows.add((form + suf, lemma_out, g))
        if got:
            nlem += 1
        else:
            missing.append(verb)
    # Conditional with person endings (powiedziałbym, powiedziałabyś, ...).
    cond = set()
    for form, lem, g in rows:
        if form.endswith("by") and g in ("m", "f", "pl"):
            sfx = {"m": ("m", "ś"), "f": ("m", "ś"), "pl": ("śmy", "ście")}[g]
            for s in sfx:
                cond.add((form + s, lem, g))
    rows |= cond
    # The cue prefilter keys a word by its first four bytes: a form shorter
    # than that (`kpi` of `kpić`) is left out, as too short to tell apart.
    rows = {r for r in rows if len(r[0].encode("utf-8")) >= 4}
    log(f"  speech verbs: {nlem} lemmas, {len(rows)} forms; not in SGJP: {missing}")
    head = header(
        lex,
        "kropka Polish verbs of saying / communicating (news attribution)",
        "form<TAB>lemma<TAB>gender",
        [
            "gender: m | f | n (singular past tense), pl (plural past tense: -li/-ły),",
            "  '-' (present/future, infinitive, imperative, impersonal -no/-to, adverbial",
            "  participles). Past forms also with person endings (-łem, -łam, -liśmy) and",
            "  conditional -by(m/ś/śmy/ście), glued as written. Reflexive verbs have",
            "  lemma 'X się'; their forms are listed without 'się'. Forms from Morfeusz",
            "  generate(); entries marked archaic (daw.) are skipped.",
            f"Counts: {nlem} lemmas, {len(rows)} forms.",
        ],
    )
    write_file(os.path.join(out_dir, "speech-verbs.tsv"), head,
               [f"{f}\t{l}\t{g}" for f, l, g in rows])
    return nlem, len(rows), missing


# ---------------------------------------------------------------- common words


def build_common(lex: Lex, out_dir: str, name_rows: list[str]):
    t = lex.zx["pl_common_words"]
    by_rank = {}
    for w, vals in t.items():
        by_rank.setdefault(vals[0], []).append(w)
    proper = {r.split("\t", 1)[0].lower() for r in name_rows}
    out = []
    for r in sorted(by_rank):
        ws = by_rank[r]
        for w in sorted(ws):
            if w != w.lower():
                continue
            # (A spelling without diacritics is kept only when it is a word
            # of its own: `chce` beside `chcę`, `ma` beside `mą`.)
            if not lex.is_ordinary(w):
                continue
            out.append(w)
    rows = [f"{w}\tproper" if w in proper else w for w in out]
    nprop = sum(1 for w in out if w in proper)
    log(f"  common words: {len(out)} forms ({nprop} also proper nouns)")
    head = header(
        lex,
        "kropka Polish common-word forms (lower case, ordinary words)",
        "form[<TAB>proper]",
        [
            "All forms in the zxcvbn-pl pl_common_words frequency list (OpenSubtitles 2024,",
            "  ODC-BY-1.0: attribution to OPUS/OpenSubtitles required) that Morfeusz/SGJP",
            "  analyses as an ordinary word (lower-case lemma). 'proper' marks forms that,",
            "  capitalised, are also in names.tsv.",
            f"Counts: {len(out)} forms, {nprop} marked proper.",
        ],
    )
    write_file(os.path.join(out_dir, "common-words.txt"), head, rows)
    return len(out), nprop


def run_inner(args: argparse.Namespace) -> int:
    global NAMES_BUDGET
    NAMES_BUDGET = args.names_budget
    out_dir = args.out
    os.makedirs(out_dir, exist_ok=True)
    lex = Lex()
    log(f"morfeusz2 {lex.version('morfeusz2')}, dictionary {lex.dict_id}")
    name_rows, summary = build_names(lex, out_dir)
    build_verbs(lex, out_dir)
    build_common(lex, out_dir, name_rows)
    log(f"names: {summary}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join("data", "pl"))
    ap.add_argument("--venv", help="reuse/create the venv here instead of a temp dir")
    ap.add_argument("--keep-venv", action="store_true")
    ap.add_argument("--names-budget", type=int, default=NAMES_BUDGET,
                    help="maximum size of names.tsv data lines in bytes (default %(default)s)")
    ap.add_argument("--inside-venv", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inside_venv:
        return run_inner(args)
    return run_outer(args)


if __name__ == "__main__":
    sys.exit(main())
