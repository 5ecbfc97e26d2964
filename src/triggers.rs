//! Closed word lists that trigger entity rules. Written by the kropka
//! developers from Polish grammar and news usage; matched by stem so that
//! every case form counts (`Ministerstwo`, `Ministerstwa`, `Ministerstwem`).

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

#[cfg(test)]
use crate::lexicon::has_upper;
use crate::lexicon::polish_lower;
pub(crate) use crate::lexicon::with_lower;

/// Stems of nouns that open an organisation's name when capitalised.
const ORG_HEAD_STEMS: &[&str] = &[
    "agencj",
    "akademi",
    "ambasad",
    "armi",
    "bank",
    "bibliotek",
    "biur",
    "centrum",
    "departament",
    "dyrekcj",
    "federacj",
    "firm",
    "fundacj",
    "fundusz",
    "galeri",
    "gazet",
    "grup",
    "inspekcj",
    "inspektorat",
    "instytut",
    "izb",
    "kancelari",
    "kolegi",
    "komend",
    "komisj",
    "komitet",
    "koncern",
    "konsulat",
    "konfederacj",
    "kongres",
    "kuri",
    "lig",
    "ministerstw",
    "muze",
    "organizacj",
    "ośrod",
    "parlament",
    "parti",
    "politechnik",
    "prokuratur",
    "przedsiębiorstw",
    "rzecznik praw",
    "sejm",
    "senat",
    "spółdzielni",
    "spółk",
    "stowarzyszeni",
    "straż",
    "szkoł",
    "szpital",
    "sąd",
    "sąd",
    "teatr",
    "telewizj",
    "towarzystw",
    "trybunał",
    "uniwersytet",
    "urząd",
    "urzęd",
    "wydawnictw",
    "wydział",
    "zakład",
    "zarząd",
    "zespoł",
    "zespół",
    "związ",
    "zgromadzeni",
    "policj",
    "prezydium",
    "kapituł",
    "klub",
    "stocz",
    "kopalni",
    "elektrowni",
    "rządow",
    "rząd",
    "lice",
    "gimnazj",
    "przedszkol",
    "techniku",
];

/// Stems of lower-case nouns after which a capitalised word names an
/// organisation: `agencji Tass`, `partii Razem`, `spółki Orlen`.
const ORG_NOUN_STEMS: &[&str] = &[
    "agencj",
    "bank",
    "dziennik",
    "firm",
    "fundacj",
    "gazet",
    "klub",
    "koncern",
    "konsulat",
    "organizacj",
    "parti",
    "portal",
    "serwis",
    "spółk",
    "stacj",
    "stowarzyszeni",
    "telewizj",
    "tygodnik",
    "ugrupowani",
    "wydawnictw",
    "drużyn",
    "stacji",
    "sieci",
    "sieć",
    "radi",
    "miesięcznik",
    "formacj",
    "koalicj",
    "związ",
    "operator",
    "producent",
    "linii lotnicz",
    "przewoźni",
];

/// Stems of titles and roles that precede a person's name (lower case).
const PERSON_TITLE_STEMS: &[&str] = &[
    "adwokat",
    "aktor",
    "ambasador",
    "arcybiskup",
    "biskup",
    "brat",
    "burmistrz",
    "cesarz",
    "doktor",
    "dyrektor",
    "dziennikar",
    "generał",
    "gubernator",
    "hrabi",
    "inżynier",
    "kandydat",
    "kanclerz",
    "kapitan",
    "kardynał",
    "komisarz",
    "kompozytor",
    "książ",
    "ksiądz",
    "księdz",
    "król",
    "lider",
    "major",
    "marszał",
    "mecenas",
    "minist",
    "mistrz",
    "ojc",
    "ojciec",
    "papież",
    "pan",
    "pani",
    "pisar",
    "piłkar",
    "piosenkar",
    "porucznik",
    "poseł",
    "posł",
    "pośle",
    "premier",
    "prezes",
    "prezydent",
    "prof",
    "profesor",
    "prokurator",
    "przewodnicząc",
    "pułkownik",
    "radn",
    "reżyser",
    "rzecznik",
    "rzeczniczk",
    "sekretarz",
    "senator",
    "siostr",
    "starost",
    "szef",
    "sędzi",
    "trener",
    "wiceminist",
    "wicepremier",
    "wiceprezydent",
    "wojewod",
    "wójt",
    "zawodni",
    "dr",
    "ks",
    "gen",
    "płk",
    "mjr",
    "abp",
    "bp",
    "św",
    "mgr",
    "inż",
    "red",
    "kolega",
    "koleżank",
    "szeryf",
    "car",
    "caryc",
    "emir",
    "szejk",
    "ajatollah",
];

/// Particles inside personal names.
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "du", "el", "ibn", "la", "le", "ten",
    "van", "von", "y", "zu",
];

/// Acronyms that name countries.
const PLACE_ACRONYMS: &[&str] = &[
    "ChRL", "CSRS", "KRLD", "NRD", "PRL", "RFN", "RP", "RPA", "UK", "USA", "ZEA", "ZSRR",
];

/// Prepositions after which an unknown capitalised word is usually a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "do", "koło", "na", "nad", "pod", "spod", "w", "we", "z", "ze", "znad", "przez", "obok",
];

/// Whether `word` in lower case may be `max` bytes long or shorter: lower
/// case has at least as many chars, and a char has a byte at least.
fn may_fit(word: &str, max: usize) -> bool {
    word.len() <= max || word.chars().count() <= max
}

/// For each first byte of the words of a list, the bit mask of their
/// lengths in bytes (bit 63: 63 bytes or more).
pub(crate) fn shapes(words: &[&str]) -> [u64; 256] {
    let mut out = [0u64; 256];
    for w in words {
        if let Some(slot) = w
            .as_bytes()
            .first()
            .and_then(|&b| out.get_mut(usize::from(b)))
        {
            *slot |= 1 << w.len().min(63);
        }
    }
    out
}

/// Whether `word` (any case) may be a word of the list of `shapes`, whose
/// entries are ASCII and Polish letters in lower case: its first byte (an
/// ASCII capital lowered) and its length are some entry's. Lower case keeps
/// them in a word that lowers to such an entry (a Polish capital keeps its
/// lead byte and length), unless the word has a char of three bytes or more
/// (the Kelvin sign `K` lowers to `k`): such a word passes.
fn may_have_shape(word: &str, shapes: &[u64; 256]) -> bool {
    let bytes = word.as_bytes();
    let Some(&first) = bytes.first() else {
        return false;
    };
    let lengths = shapes
        .get(usize::from(first.to_ascii_lowercase()))
        .copied()
        .unwrap_or(0);
    lengths & (1 << bytes.len().min(63)) != 0 || bytes.iter().any(|&b| b >= 0xE0)
}

/// The longest entry of a word list, in bytes.
fn longest(words: &[&str]) -> usize {
    words.iter().map(|w| w.len()).max().unwrap_or(0)
}

/// The first `N` chars of `word` in lower case, packed 21 bits a char
/// (`N` ≤ 3), and how many chars there were (fewer when the word is short).
/// ASCII and Polish letters are lowered by their bytes, without the Unicode
/// tables.
fn lower_prefix<const N: usize>(word: &str) -> (u64, usize) {
    let bytes = word.as_bytes();
    // Most words begin with three ASCII letters.
    if N == 3
        && let Some(&[a, b, c]) = bytes.first_chunk::<3>()
        && (a | b | c).is_ascii()
    {
        let lower = |x: u8| u64::from(x.to_ascii_lowercase());
        return (lower(a) << 42 | lower(b) << 21 | lower(c), 3);
    }
    let mut packed = 0u64;
    let mut n = 0;
    let mut i = 0;
    while n < N {
        let Some(&b) = bytes.get(i) else { break };
        if b.is_ascii() {
            packed = packed << 21 | u64::from(b.to_ascii_lowercase());
            n += 1;
            i += 1;
            continue;
        }
        if let Some(&b1) = bytes.get(i + 1)
            && let Some(lower) = polish_lower(b, b1)
        {
            // The code point of the two-byte sequence `b lower`.
            packed = packed << 21 | u64::from(b & 0x1F) << 6 | u64::from(lower & 0x3F);
            n += 1;
            i += 2;
            continue;
        }
        let Some(c) = word.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        for l in c.to_lowercase() {
            if n == N {
                break;
            }
            packed = packed << 21 | u64::from(u32::from(l));
            n += 1;
        }
        i += c.len_utf8();
    }
    (packed, n)
}

/// A cheap test in front of [`stem_match`]: the first three letters (lower
/// case) of the stems, and the stems shorter than that with the longest
/// word they can begin. A word that fails it matches no stem, in any case.
struct PrefixFilter {
    three: FxHashSet<u64>,
    short: Vec<(u64, usize, usize)>,
}

impl PrefixFilter {
    fn new<'a>(stems: impl IntoIterator<Item = &'a str>) -> Self {
        let mut three = FxHashSet::default();
        let mut short = Vec::new();
        for s in stems {
            let (p, n) = lower_prefix::<3>(s);
            if n == 3 {
                three.insert(p);
            } else if n > 0 {
                // Short stems take endings of at most two letters.
                short.push((p, n, n + 2));
            }
        }
        Self { three, short }
    }

    /// Whether `word` (any case) may begin with one of the stems.
    fn may_match(&self, word: &str) -> bool {
        let (p, n) = lower_prefix::<3>(word);
        if n == 3 && self.three.contains(&p) {
            return true;
        }
        // The prefix first: counting the chars is dearer, and seldom needed.
        self.short
            .iter()
            .any(|&(sp, sn, max)| sn <= n && p >> (21 * (n - sn)) == sp && may_fit(word, max))
    }
}

/// A set of stems, for [`stem_match`], with a filter in front: for each
/// first byte, the bit mask of stem lengths in bytes (bit 63: 63 or more).
struct StemIndex {
    stems: FxHashSet<&'static str>,
    lengths: [u64; 256],
    /// Bytes of the shortest stem.
    shortest: usize,
    prefixes: PrefixFilter,
}

impl StemIndex {
    fn may_hold(&self, prefix: &str) -> bool {
        let Some(&lead) = prefix.as_bytes().first() else {
            return false;
        };
        let lengths = self.lengths.get(usize::from(lead)).copied().unwrap_or(0);
        lengths & (1 << prefix.len().min(63)) != 0 && self.stems.contains(prefix)
    }
}

fn index(stems: &[&'static str]) -> StemIndex {
    StemIndex {
        stems: stems.iter().copied().filter(|s| !s.is_empty()).collect(),
        lengths: shapes(stems),
        shortest: stems.iter().map(|s| s.len()).min().unwrap_or(0),
        prefixes: PrefixFilter::new(stems.iter().copied()),
    }
}

fn set(words: &[&'static str]) -> FxHashSet<&'static str> {
    words.iter().copied().collect()
}

static ORG_HEADS: LazyLock<StemIndex> = LazyLock::new(|| index(ORG_HEAD_STEMS));
static ORG_NOUNS: LazyLock<StemIndex> = LazyLock::new(|| index(ORG_NOUN_STEMS));
static TITLES: LazyLock<StemIndex> = LazyLock::new(|| index(PERSON_TITLE_STEMS));
static TITLE_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(PERSON_TITLE_STEMS));
static FUNCTION: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(FUNCTION_WORDS));
static ORG_FORMS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(ORG_HEAD_FORMS));
static FUNCTION_SHAPES: LazyLock<[u64; 256]> = LazyLock::new(|| shapes(FUNCTION_WORDS));
static STREET_MAX_LEN: LazyLock<usize> = LazyLock::new(|| longest(STREET_WORDS));
static STREET_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(STREET_WORDS));

/// `word` starts with one of the stems and adds at most a short ending of
/// letters. Tries the word's own prefixes, longest first, so the cost does not
/// grow with the number of stems.
fn stem_match(word: &str, stems: &StemIndex) -> bool {
    if word.len() < stems.shortest || !stems.prefixes.may_match(word) {
        return false;
    }
    let mut cut = word.len();
    let mut ending = 0;
    loop {
        if let Some(stem) = word.get(..cut)
            && stems.may_hold(stem)
        {
            // Short stems take only short endings: `pana`, not `Panama`; `gen`, not `Genewa`.
            let max = if stem.chars().count() <= 3 { 2 } else { 4 };
            if ending <= max {
                return true;
            }
        }
        if ending == 4 {
            return false;
        }
        match word.get(..cut).and_then(|w| w.chars().next_back()) {
            Some(c) if is_letter(c) => {
                cut -= c.len_utf8();
                ending += 1;
            }
            _ => return false,
        }
    }
}

/// `char::is_alphabetic` without the table lookup for Latin letters.
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{0}'..='\u{7F}' => false,
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        _ => c.is_alphabetic(),
    }
}

/// Short organisation nouns matched as whole forms (a stem would catch `Radom`).
const ORG_HEAD_FORMS: &[&str] = &[
    "hucie", "huta", "huty", "rada", "radzie", "radą", "radę", "rady", "unia", "unii", "unię",
    "unią",
];

pub(crate) fn is_org_head(word: &str) -> bool {
    // Every head begins like an institution noun: most words stop there,
    // before they are lower-cased.
    if !word.chars().next().is_some_and(char::is_uppercase) || !may_be_institution(word) {
        return false;
    }
    with_lower(word, |w| ORG_FORMS.contains(w) || stem_match(w, &ORG_HEADS))
}

pub(crate) fn is_org_noun(word: &str) -> bool {
    stem_match(word, &ORG_NOUNS)
}

pub(crate) fn is_person_title(word: &str) -> bool {
    if !TITLES.prefixes.may_match(word) {
        return false;
    }
    // Short titles only as whole words (`pan`, `dr`), long ones by stem.
    with_lower(word, |w| {
        stem_match(w, &TITLES) && (w.chars().count() > 3 || TITLE_WORDS.contains(w))
    })
}

pub(crate) fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(&word)
}

pub(crate) fn is_place_acronym(word: &str) -> bool {
    PLACE_ACRONYMS.contains(&word)
}

pub(crate) fn is_place_preposition(word: &str) -> bool {
    may_fit(word, 5) && with_lower(word, |w| PLACE_PREPOSITIONS.contains(&w))
}

/// Stems of lower-case nouns of settlements, regions and waters, and of
/// their inhabitants, after which a capitalised word names the place:
/// `w mieście Cúcuta`, `prowincję Hebei`, `mieszkańców Ochli`.
const SETTLEMENT_STEMS: &[&str] = &[
    "dzielnic",
    "hrabstw",
    "miast",
    "miasteczk",
    "miejscowoś",
    "mieszkańc",
    "mieszkańców",
    "okręg",
    "prowincj",
    "region",
    "rejon",
    "uroczysk",
    "wiosk",
];

/// Short forms of such nouns, matched whole: `wsi`, `rzeki`.
const SETTLEMENT_FORMS: &[&str] = &[
    "mieście", "wieś", "wsi", "wsią", "rzeka", "rzeki", "rzece", "rzekę", "rzeką", "wyspa",
    "wyspy", "wyspie", "wyspę", "wyspą", "osada", "osady", "osadzie", "osadę",
];

static SETTLEMENTS: LazyLock<StemIndex> = LazyLock::new(|| index(SETTLEMENT_STEMS));

/// Whether a lower-case `word` is a noun of a settlement, region or water
/// (or of its inhabitants) that a place name follows.
pub(crate) fn is_settlement_noun(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && (stem_match(word, &SETTLEMENTS) || SETTLEMENT_FORMS.contains(&word))
}

/// Closed-class words (prepositions, conjunctions, particles, pronouns and
/// the pronouns of address) that are never a name, capitalised or not.
const FUNCTION_WORDS: &[&str] = &[
    "a", "aby", "ach", "ale", "ani", "bez", "bo", "by", "byle", "choć", "chociaż", "ci", "cię",
    "co", "czy", "dla", "do", "dopóki", "gdy", "gdyby", "gdyż", "gdzie", "go", "i", "ich", "im",
    "iż", "ja", "jak", "jako", "je", "jeśli", "jeżeli", "jego", "jej", "już", "ku", "lecz", "mi",
    "mnie", "my", "na", "nad", "nam", "nas", "nie", "niech", "nim", "nią", "no", "o", "od", "oraz",
    "pan", "pana", "panem", "panie", "pani", "panowie", "panu", "państwo", "po", "pod", "przed",
    "przez", "przy", "się", "sam", "sama", "tak", "tam", "to", "tu", "tutaj", "ty", "tylko", "u",
    "w", "we", "wam", "was", "wy", "z", "za", "ze", "że", "żeby", "on", "ona", "ono", "oni", "one",
    "ten", "ta", "te", "tego", "tej", "temu", "tym", "tych", "tę", "też", "także", "więc", "wtedy",
    "dziś", "dzisiaj", "jutro", "wczoraj", "teraz", "potem", "wiele", "wielu", "każdy", "kto",
    "który", "która", "które", "którzy", "mój", "twój", "nasz", "wasz", "swój", "oto", "och", "oj",
    "hej", "ok", "tak", "nikt", "nic", "coś", "ktoś", "wszyscy", "wszystko",
];

/// Whether `word` (any case) is a closed-class word.
pub(crate) fn is_function_word(word: &str) -> bool {
    may_have_shape(word, &FUNCTION_SHAPES) && with_lower(word, |w| FUNCTION.contains(w))
}

/// Acronyms of common nouns and units, not of organisations.
const COMMON_ACRONYMS: &[&str] = &[
    "AIDS", "CD", "CEST", "CET", "DNA", "DVD", "GMT", "HIV", "IT", "OK", "PC", "PDF", "PIN", "PKB",
    "PS", "SA", "SMS", "TV", "USB", "VAT", "WC", "WWW",
];

pub(crate) fn is_common_acronym(word: &str) -> bool {
    COMMON_ACRONYMS.contains(&word)
}

/// Nouns of nationality and ethnicity (lemmas). NKJP, and so the evaluation,
/// labels them as places: `Polaków`, `Rosjanie`, `Żydzi`.
const ETHNONYMS: &[&str] = &[
    "Amerykanin",
    "Anglik",
    "Arab",
    "Austriak",
    "Belg",
    "Białorusin",
    "Brytyjczyk",
    "Bułgar",
    "Chińczyk",
    "Chorwat",
    "Czech",
    "Duńczyk",
    "Europejczyk",
    "Fin",
    "Francuz",
    "Grek",
    "Gruzin",
    "Hindus",
    "Hiszpan",
    "Holender",
    "Irańczyk",
    "Irlandczyk",
    "Izraelczyk",
    "Japończyk",
    "Kanadyjczyk",
    "Kaszub",
    "Litwin",
    "Łotysz",
    "Meksykanin",
    "Mongoł",
    "Niemiec",
    "Norweg",
    "Palestyńczyk",
    "Polak",
    "Portugalczyk",
    "Rosjanin",
    "Rumun",
    "Serb",
    "Słowak",
    "Słoweniec",
    "Szkot",
    "Szwajcar",
    "Szwed",
    "Turek",
    "Ukrainiec",
    "Węgier",
    "Wietnamczyk",
    "Włoch",
    "Żyd",
    "Polka",
    "Niemka",
    "Rosjanka",
    "Francuzka",
    "Amerykanka",
    "Ukrainka",
    "Żydówka",
];

static ETHNONYM_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(ETHNONYMS));

/// Whether `lemma` names a nationality (`Polak`, `Rosjanin`).
pub(crate) fn is_ethnonym(lemma: &str) -> bool {
    ETHNONYM_SET.contains(lemma)
}

/// Stems of nouns that open the name of a place or a building when
/// capitalised: `Pałac Prezydencki`, `Góra Kalwaria`, `Jezioro Wigry`.
const PLACE_HEAD_STEMS: &[&str] = &[
    "bazylik",
    "bram",
    "cmentarz",
    "dolin",
    "dom",
    "dwor",
    "dworc",
    "dworzec",
    "dwór",
    "dzielnic",
    "gmin",
    "gór",
    "hal",
    "hotel",
    "jezior",
    "kaplic",
    "katedr",
    "kości",
    "las",
    "lotnisk",
    "morz",
    "most",
    "ocean",
    "ogrod",
    "ogród",
    "osiedl",
    "pałac",
    "park",
    "plac",
    "pol",
    "powiat",
    "puszcz",
    "półwysep",
    "półwysp",
    "ratusz",
    "rynek",
    "rynk",
    "rzeczpospolit",
    "rzeczypospolit",
    "rzek",
    "stadion",
    "województw",
    "wysp",
    "wzgórz",
    "zamek",
    "zamk",
    "zatok",
    "ziemi",
];

static PLACE_HEADS: LazyLock<StemIndex> = LazyLock::new(|| index(PLACE_HEAD_STEMS));

/// Whether a capitalised `word` is a noun that opens a place name (`Pałacu`, `Jeziora`).
pub(crate) fn is_place_head(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && PLACE_HEADS.prefixes.may_match(word)
        && with_lower(word, |w| stem_match(w, &PLACE_HEADS))
}

/// Institution nouns (lemmas) besides the organisation heads: capitalised
/// and alone, they name one institution (`Kościół`, `Sejm`, `Rząd`).
const INSTITUTIONS: &[&str] = &[
    "cerkiew",
    "cesarstwo",
    "episkopat",
    "huta",
    "kongres",
    "kościół",
    "kuria",
    "papiestwo",
    "rada",
    "redakcja",
    "rząd",
    "sojusz",
    "synod",
    "unia",
    "wojsko",
];

/// Stems of the one-of-a-kind institutions of a state, which are the
/// institution even opening a sentence: `Sejm uchwalił`, `Senat odrzucił`.
const NATIONAL_INSTITUTIONS: &[&str] = &[
    "episkopat",
    "kongres",
    "parlament",
    "sejm",
    "senat",
    "trybunał",
];

static NATIONAL: LazyLock<StemIndex> = LazyLock::new(|| index(NATIONAL_INSTITUTIONS));

/// Whether a capitalised `word` is a form of a national institution (`Sejm`, `Senatu`).
pub(crate) fn is_national_institution(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && NATIONAL.prefixes.may_match(word)
        && with_lower(word, |w| stem_match(w, &NATIONAL))
        && !is_person_title(word)
}

/// The first three letters (lower case) of every organisation head and
/// institution noun: a cheap test before a word is lemmatised.
static INSTITUTION_PREFIXES: LazyLock<FxHashSet<u64>> = LazyLock::new(|| {
    ORG_HEAD_STEMS
        .iter()
        .chain(ORG_HEAD_FORMS)
        .chain(INSTITUTIONS)
        .map(|s| lower_prefix::<3>(s).0)
        .collect()
});

/// Whether `word` begins like an organisation head or institution noun, so
/// that its lemma may be one (`Senacie` → `senat`).
pub(crate) fn may_be_institution(word: &str) -> bool {
    let (p, n) = lower_prefix::<3>(word);
    // Every head and institution noun has three letters at least.
    n == 3 && INSTITUTION_PREFIXES.contains(&p)
}

/// Whether a noun lemma names an institution (`senat`, `kościół`, `rada`).
pub(crate) fn is_institution(lemma: &str) -> bool {
    with_lower(lemma, |l| INSTITUTIONS.contains(&l)) || is_org_head_lemma(lemma)
}

/// Whether a noun lemma is one of the organisation heads (`uniwersytet`, `rada`).
pub(crate) fn is_org_head_lemma(lemma: &str) -> bool {
    // `senator` is a person, not the senate.
    with_lower(lemma, |l| {
        ORG_FORMS.contains(l) || stem_match(l, &ORG_HEADS)
    }) && !is_person_title(lemma)
}

/// Abbreviations (before a full stop) that open the name of a street or an
/// administrative unit: `ul. Chopina`, `gm. Kwidzyn`.
const STREET_ABBREVIATIONS: &[&str] = &["al", "gm", "jez", "os", "pl", "ul"];

/// Singular forms of the nouns that open the name of a street, square or
/// administrative unit: `ulicy Długiej`, `placu Zbawiciela`, `gminie
/// Glinojeck`. (Plurals do not: `na ulicach Tucholi`.)
const STREET_WORDS: &[&str] = &[
    "aleja",
    "alei",
    "aleją",
    "aleję",
    "bulwar",
    "bulwarem",
    "bulwaru",
    "bulwarze",
    "gmina",
    "gminie",
    "gminy",
    "gminą",
    "gminę",
    "osiedla",
    "osiedle",
    "osiedlem",
    "osiedlu",
    "plac",
    "placem",
    "placu",
    "rondem",
    "rondo",
    "ronda",
    "rondzie",
    "skwer",
    "skwerem",
    "skweru",
    "skwerze",
    "sołectwa",
    "sołectwem",
    "sołectwie",
    "sołectwo",
    "ulica",
    "ulicy",
    "ulicą",
    "ulicę",
];

/// The lemmas of [`STREET_WORDS`]; no two share their first three letters.
const STREET_LEMMAS: &[&str] = &[
    "aleja",
    "bulwar",
    "gmina",
    "osiedle",
    "plac",
    "rondo",
    "skwer",
    "sołectwo",
    "ulica",
];

/// The lemma of a street or unit noun (any case): `gminie` → `gmina`.
pub(crate) fn street_lemma(word: &str) -> Option<&'static str> {
    if !is_street_word(word) {
        return None;
    }
    with_lower(word, |w| {
        STREET_LEMMAS
            .iter()
            .copied()
            .find(|l| l.chars().take(3).eq(w.chars().take(3)))
    })
}

/// Whether `word` (any case) abbreviates a street or unit noun (`ul`, `al`).
pub(crate) fn is_street_abbreviation(word: &str) -> bool {
    may_fit(word, 3) && with_lower(word, |w| STREET_ABBREVIATIONS.contains(&w))
}

/// Whether `word` (any case) is a street or unit noun (`ulicy`, `Placu`, `gminie`).
pub(crate) fn is_street_word(word: &str) -> bool {
    may_fit(word, *STREET_MAX_LEN) && with_lower(word, |w| STREET_SET.contains(w))
}

/// Whether `word` is a form of `święty`/`błogosławiony` before a saint's name.
pub(crate) fn is_saint_word(word: &str) -> bool {
    with_lower(word, |w| {
        ["święt", "błogosławion"].iter().any(|s| w.starts_with(s)) && w.chars().count() <= 14
    })
}

/// The label of a saint's name after a church noun: `kościół św. Jakuba` is a
/// building (LOC), `parafii św. Jakuba` an organisation (ORG).
pub(crate) fn church_noun(word: &str) -> Option<crate::output::Label> {
    const PLACES: &[&str] = &[
        "bazylic",
        "bazylik",
        "cerkiew",
        "cerkw",
        "kaplic",
        "katedr",
        "klasztor",
        "kości",
        "sanktuari",
    ];
    const ORGS: &[&str] = &["akademi", "parafi", "zakon", "zgromadzeni"];
    with_lower(word, |w| {
        let starts = |stems: &[&str]| stems.iter().any(|s| w.starts_with(s));
        if starts(PLACES) {
            Some(crate::output::Label::Loc)
        } else if starts(ORGS) {
            Some(crate::output::Label::Org)
        } else {
            None
        }
    })
}

/// Forms of the names of God, which NKJP annotates as persons.
const GOD_FORMS: &[&str] = &[
    "Bogiem",
    "Boga",
    "Bogu",
    "Boże",
    "Bóg",
    "Chryste",
    "Chrystus",
    "Chrystusa",
    "Chrystusem",
    "Chrystusie",
    "Chrystusowi",
    "Jezu",
    "Jezus",
    "Jezusa",
    "Jezusem",
    "Jezusie",
    "Jezusowi",
];

/// Whether `word` is a capitalised name of God (`Bóg`, `Bogu`, `Chrystusa`).
pub(crate) fn is_god(word: &str) -> bool {
    GOD_FORMS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_street_word_has_its_lemma() {
        for w in STREET_WORDS {
            let lemma = street_lemma(w).unwrap_or_default();
            assert!(STREET_WORDS.contains(&lemma), "{w} → {lemma}");
            assert_eq!(street_lemma(&w.to_uppercase()), Some(lemma));
        }
        assert_eq!(street_lemma("gminie"), Some("gmina"));
        assert_eq!(street_lemma("gmin"), None);
    }

    /// The definition [`stem_match`] implements: some stem, then a short ending of letters.
    fn naive(word: &str, stems: &[&str]) -> bool {
        stems.iter().any(|s| {
            let max = if s.chars().count() <= 3 { 2 } else { 4 };
            word.strip_prefix(s).is_some_and(|rest| {
                rest.chars().count() <= max && rest.chars().all(char::is_alphabetic)
            })
        })
    }

    #[test]
    fn stem_match_agrees_with_its_definition() {
        let stems = ["pan", "ministerstw", "agencj", "gen", "rad"];
        let index = index(&stems);
        for word in [
            "pan",
            "pana",
            "panami",
            "Panama",
            "panama",
            "ministerstwo",
            "ministerstwami",
            "ministerstwem",
            "agencja",
            "agencji",
            "agencjami",
            "gen",
            "genewa",
            "rada",
            "radą",
            "radzie",
            "radio",
            "ra",
            "",
            "pan-",
            "agencji-x",
            "ministerstwo1",
        ] {
            assert_eq!(stem_match(word, &index), naive(word, &stems), "{word}");
        }
    }

    #[test]
    fn is_letter_agrees_with_is_alphabetic() {
        for c in ('\u{0}'..='\u{2FF}').chain(['ą', 'Ż', '日', '٣', '×']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn prefix_filter_lets_every_match_through() {
        let stems = ["pan", "ministerstw", "dr", "św", "agencj"];
        let index = index(&stems);
        for word in [
            "Pana",
            "PANA",
            "dr",
            "Dra",
            "drem",
            "Świętego",
            "św",
            "Agencji",
            "MINISTERSTWO",
            "x",
            "",
            "İpan",
        ] {
            let lowered = with_lower(word, str::to_owned);
            if stem_match(&lowered, &index) {
                assert!(index.prefixes.may_match(word), "{word}");
            }
        }
        assert!(!index.prefixes.may_match("Kowalski"));
        assert!(!index.prefixes.may_match("drugiego"));
    }

    proptest::proptest! {
        /// The byte paths of [`lower_prefix`] pack what the Unicode rules give.
        #[test]
        fn lower_prefix_as_unicode(s in "[a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻäÄßİẞΑαЖж0-9 -]{0,6}") {
            let (packed, n) = lower_prefix::<3>(&s);
            let want: Vec<char> = s.chars().flat_map(char::to_lowercase).take(3).collect();
            let want_packed = want.iter().fold(0u64, |p, &c| p << 21 | u64::from(u32::from(c)));
            proptest::prop_assert_eq!((packed, n), (want_packed, want.len()));
        }
    }

    /// `w` with its first letter in upper case.
    fn capitalised(w: &str) -> String {
        let mut chars = w.chars();
        chars
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .chain(chars)
            .collect()
    }

    /// The shape filter in front of [`is_function_word`] lets every entry
    /// through, in any case, and stops other words.
    #[test]
    fn function_word_shapes() {
        for w in FUNCTION_WORDS {
            for form in [w.to_string(), capitalised(w), w.to_uppercase()] {
                assert!(may_have_shape(&form, &FUNCTION_SHAPES), "{form}");
                assert!(is_function_word(&form), "{form}");
            }
        }
        assert!(is_function_word("o\u{212A}"));
        assert!(!may_have_shape("Kowalski", &FUNCTION_SHAPES));
        assert!(!is_function_word("Kowalski"));
    }

    /// [`is_org_head`] asks [`may_be_institution`] first: every head lets it through.
    #[test]
    fn org_heads_pass_the_institution_filter() {
        for head in ORG_HEAD_STEMS.iter().chain(ORG_HEAD_FORMS) {
            assert!(may_be_institution(&capitalised(head)), "{head}");
        }
    }

    #[test]
    fn lower_keeps_long_words() {
        let long = "Ż".repeat(40);
        assert_eq!(with_lower(&long, str::to_owned), "ż".repeat(40));
        assert_eq!(with_lower("MSZ", str::to_owned), "msz");
        assert_eq!(with_lower("agencja", str::to_owned), "agencja");
        assert!(has_upper("żółW") && !has_upper("żółw") && has_upper("Ż"));
    }
}
