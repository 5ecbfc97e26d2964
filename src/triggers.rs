//! Closed word lists that trigger entity rules. Written by the kropka
//! developers from Polish grammar and news usage; matched by stem so that
//! every case form counts (`Ministerstwo`, `Ministerstwa`, `Ministerstwem`).

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::stems::{
    StemIndex, index, longest, lower_prefix, may_fit, may_have_shape, set, shapes, stem_match,
};

#[cfg(test)]
use crate::lexicon::has_upper;
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
    "episkopat",
    "stronnictw",
    "porozumieni",
    "rozgłośni",
    "wspólnot",
    "sojusz",
    "konferencj",
    "przychodni",
    "kuratori",
    "seminari",
    "kolegium",
    "uczelni",
    "filharmoni",
    "orkiestr",
    "sekretariat",
    "służb",
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
    "al", "bin", "da", "de", "del", "della", "den", "der", "di", "du", "el", "ibn", "la", "le",
    "ten", "van", "von", "y", "zu",
];

/// Acronyms that name countries.
const PLACE_ACRONYMS: &[&str] = &[
    "ChRL", "CSRS", "KRLD", "NRD", "PRL", "RFN", "RP", "RPA", "UK", "USA", "ZEA", "ZSRR",
];

/// Prepositions after which an unknown capitalised word is usually a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "do", "koło", "na", "nad", "pod", "spod", "w", "we", "z", "ze", "znad", "przez", "obok",
];

static ORG_HEADS: LazyLock<StemIndex> = LazyLock::new(|| index(ORG_HEAD_STEMS));
static ORG_NOUNS: LazyLock<StemIndex> = LazyLock::new(|| index(ORG_NOUN_STEMS));
static TITLES: LazyLock<StemIndex> = LazyLock::new(|| index(PERSON_TITLE_STEMS));
static TITLE_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(PERSON_TITLE_STEMS));
static FUNCTION: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(FUNCTION_WORDS));
static ORG_FORMS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(ORG_HEAD_FORMS));
static FUNCTION_SHAPES: LazyLock<[u64; 256]> = LazyLock::new(|| shapes(FUNCTION_WORDS));
static STREET_MAX_LEN: LazyLock<usize> = LazyLock::new(|| longest(STREET_WORDS));
static STREET_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| set(STREET_WORDS));

/// Short organisation nouns matched as whole forms (a stem would catch `Radom`).
const ORG_HEAD_FORMS: &[&str] = &[
    "hucie", "huta", "huty", "rada", "radzie", "radą", "radę", "rady", "radia", "radiem", "radio",
    "radiu", "unia", "unii", "unię", "unią",
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
    "gmin",
    "powiat",
    "województw",
    "stolic",
    "kurort",
    "uzdrowisk",
    "zatok",
    "wąwoz",
    "przełęcz",
    "półwysp",
    "jezior",
    "zbiornik",
    "dolin",
    "wulkan",
    "cieśnin",
    "archipelag",
    "pustyn",
    "osiedl",
];

/// Short forms of such nouns, matched whole: `wsi`, `rzeki`.
const SETTLEMENT_FORMS: &[&str] = &[
    "mieście", "wieś", "wsi", "wsią", "rzeka", "rzeki", "rzece", "rzekę", "rzeką", "wyspa",
    "wyspy", "wyspie", "wyspę", "wyspą", "osada", "osady", "osadzie", "osadę", "port", "portu",
    "porcie", "portem", "wąwóz", "wiosce", "zatoce", "kurorcie",
];

static SETTLEMENTS: LazyLock<StemIndex> = LazyLock::new(|| index(SETTLEMENT_STEMS));

/// Stems of the roles of sport whose genitive names a club (`trener
/// Warty`, `piłkarze Górnika`, `kibice Pogoni`), lower case. A closed class.
const SPORTS_ROLE_STEMS: &[&str] = &[
    "bramkar",
    "drużyn",
    "hokeist",
    "kibic",
    "kibol",
    "koszykar",
    "napastni",
    "obrońc",
    "piłkar",
    "pomocni",
    "siatkar",
    "szkoleniow",
    "trener",
    "zawodni",
    "żużlowc",
];

/// Stems of the words that make a sentence one about a game: the match,
/// the goal, the league, the result (lower case). A closed class.
const SPORTS_STEMS: &[&str] = &[
    "bramk",
    "derb",
    "ekstraklas",
    "gol",
    "lig",
    "mecz",
    "piłkar",
    "pokonal",
    "pokonał",
    "przegral",
    "przegrał",
    "remis",
    "szkoleniow",
    "trener",
    "turniej",
    "wygral",
    "wygrał",
    "zremisow",
];

/// Words that name a broadcaster's channel after its name (`TVP Info`,
/// `Polsat News`, `RMF FM`). A closed class.
const CHANNEL_WORDS: &[&str] = &[
    "Biznes", "Dokument", "Extra", "FM", "Film", "HD", "Historia", "Info", "Kultura", "Max",
    "Music", "News", "Plus", "Polonia", "Premium", "Rozrywka", "Seriale", "Sport",
];

/// Verb forms whose subject right after them is, when a single name, most
/// often a medium (`jak podaje Onet`, `podała Rzeczpospolita`). A closed
/// class.
const MEDIA_VERBS: &[&str] = &[
    "donosi",
    "donosił",
    "donosiła",
    "informowała",
    "informował",
    "informuje",
    "napisał",
    "napisała",
    "opublikował",
    "opublikowała",
    "pisze",
    "podaje",
    "podał",
    "podała",
    "poinformował",
    "poinformowała",
    "ujawnił",
    "ujawniła",
    "ustalił",
    "ustaliła",
];

/// Whether `word` is a verb whose subject is often a medium.
pub(crate) fn is_media_verb(word: &str) -> bool {
    MEDIA_VERBS.contains(&word)
}

/// Whether `word` names a channel after a broadcaster's name.
pub(crate) fn is_channel_word(word: &str) -> bool {
    CHANNEL_WORDS.contains(&word)
}

static SPORTS_ROLES: LazyLock<StemIndex> = LazyLock::new(|| index(SPORTS_ROLE_STEMS));
static SPORTS: LazyLock<StemIndex> = LazyLock::new(|| index(SPORTS_STEMS));

/// Whether a lower-case `word` is a role in sport (`trener`, `piłkarze`).
pub(crate) fn is_sports_role(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase) && stem_match(word, &SPORTS_ROLES)
}

/// Whether a lower-case `word` speaks of a game (`mecz`, `pokonali`, `gola`).
pub(crate) fn is_sports_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase) && stem_match(word, &SPORTS)
}

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
    "hej", "ok", "nikt", "nic", "coś", "ktoś", "wszyscy", "wszystko",
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

    /// Every hand list is a set: no entry twice, none empty, none with
    /// surrounding spaces.
    #[test]
    fn hand_lists_are_sets() {
        for (name, list) in [
            ("ORG_HEAD_STEMS", ORG_HEAD_STEMS),
            ("ORG_NOUN_STEMS", ORG_NOUN_STEMS),
            ("PERSON_TITLE_STEMS", PERSON_TITLE_STEMS),
            ("NAME_PARTICLES", NAME_PARTICLES),
            ("PLACE_ACRONYMS", PLACE_ACRONYMS),
            ("PLACE_PREPOSITIONS", PLACE_PREPOSITIONS),
            ("ORG_HEAD_FORMS", ORG_HEAD_FORMS),
            ("SETTLEMENT_STEMS", SETTLEMENT_STEMS),
            ("SETTLEMENT_FORMS", SETTLEMENT_FORMS),
            ("FUNCTION_WORDS", FUNCTION_WORDS),
            ("COMMON_ACRONYMS", COMMON_ACRONYMS),
            ("ETHNONYMS", ETHNONYMS),
            ("PLACE_HEAD_STEMS", PLACE_HEAD_STEMS),
            ("INSTITUTIONS", INSTITUTIONS),
            ("NATIONAL_INSTITUTIONS", NATIONAL_INSTITUTIONS),
            ("STREET_ABBREVIATIONS", STREET_ABBREVIATIONS),
            ("STREET_WORDS", STREET_WORDS),
            ("STREET_LEMMAS", STREET_LEMMAS),
            ("GOD_FORMS", GOD_FORMS),
        ] {
            let mut seen = FxHashSet::default();
            for w in list {
                assert!(!w.is_empty() && w.trim() == *w, "{name}: {w:?}");
                assert!(seen.insert(*w), "{name} holds {w:?} twice");
            }
        }
    }

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
