//! Dates and times, by the shapes Polish writes them in:
//!
//! - a day, a month and a year: `12 marca 2024 r.`, `w styczniu 1945 roku`,
//!   `1.12.2025`; a month alone in lower case: `w sierpniu`;
//! - a year of four digits, with `r.`, `rok` or `roku` around it when they
//!   are there: `w 1998 r.`, `roku 1930`; not a quantity (`ponad 1500 osób`,
//!   `1000 zł`);
//! - centuries in Roman numerals: `XIX w.`, `XX wieku`; decades: `lat 60.`,
//!   `w latach dziewięćdziesiątych`;
//! - times after `godz.` or `o`: `godz. 9`, `o 14.30`, `od 8:00`.
//!
//! A date's base form is its text: dates are named by the form they stand in.

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::output::{Entity, Label};
use crate::token::{Token, TokenKind};

use super::morph;

/// The label of dates.
pub(crate) const DATE: Label = Label::Date;
/// The label of times of day.
pub(crate) const TIME: Label = Label::Time;

/// Adds the dates and times [`find`] found in `text` to `entities` where no
/// other entity stands, keeping them in text order.
pub(crate) fn add(text: &str, found: Vec<(Range<usize>, Label)>, entities: &mut Vec<Entity>) {
    if found.is_empty() {
        return;
    }
    // The entities by start, each with the furthest end up to it: an entity
    // overlaps `range` when one starting before `range.end` ends after
    // `range.start` (a binary search per date, not a scan).
    let mut spans: Vec<(usize, usize)> = entities
        .iter()
        .map(|e| (e.range.start, e.range.end))
        .collect();
    spans.sort_unstable();
    let mut furthest = 0;
    for span in &mut spans {
        furthest = furthest.max(span.1);
        span.1 = furthest;
    }
    for (range, label) in found {
        let before = spans.partition_point(|&(start, _)| start < range.end);
        let taken = before
            .checked_sub(1)
            .and_then(|j| spans.get(j))
            .is_some_and(|&(_, end)| end > range.start);
        if taken {
            continue;
        }
        let lemma = text.get(range.clone()).unwrap_or("").to_owned();
        entities.push(Entity {
            range,
            label,
            lemma,
            cluster: 0,
        });
    }
    entities.sort_by_key(|e| e.range.start);
}

/// The dates and times of a text, as byte ranges with their labels.
pub(crate) fn find(text: &str, tokens: &[Token]) -> Vec<(Range<usize>, Label)> {
    let t = Toks { text, tokens };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !t.may_start(i) {
            i += 1;
            continue;
        }
        let found = t
            .time(i)
            .map(|end| (end, TIME))
            .or_else(|| t.date(i).map(|end| (end, DATE)));
        match found {
            Some((end, label)) => {
                if let (Some(a), Some(b)) = (
                    tokens.get(i),
                    end.checked_sub(1).and_then(|e| tokens.get(e)),
                ) {
                    out.push((a.range.start..b.range.end, label));
                }
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The tokens of a text, read by index.
struct Toks<'t> {
    text: &'t str,
    tokens: &'t [Token],
}

impl Toks<'_> {
    fn str(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.range.clone()))
            .unwrap_or("")
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether a date or a time can start at token `i`: a number, a Roman
    /// numeral, or a word that [`Toks::date`] or [`Toks::time`] reads first
    /// (`dnia`, `r`, `roku`, `lat`, `godz`, an ordinal, a month). Most words
    /// fail this on one table lookup by their first byte and length.
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Word => {
                // By the first byte and the length before the word itself.
                let len = t.range.len();
                match self.text.as_bytes().get(t.range.start) {
                    Some(b'I' | b'V' | b'X') => true,
                    Some(&b) => {
                        let starts = &*START_WORDS;
                        starts
                            .lengths
                            .get(usize::from(b))
                            .is_some_and(|m| m & (1 << len.min(63)) != 0)
                            && starts.words.contains(self.str(i))
                    }
                    None => false,
                }
            }
            _ => false,
        }
    }

    /// Whether token `i + 1` follows token `i` with no space between.
    fn joined(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.range.end == b.range.start,
            _ => false,
        }
    }

    /// One past an abbreviation `word.` starting at `i` (`r.`, `w.`), if there.
    fn abbreviation(&self, i: usize, word: &str) -> Option<usize> {
        (self.str(i) == word && self.str(i + 1) == "." && self.joined(i)).then_some(i + 2)
    }

    /// One past a year (`1998`, `1998 r.`, `1998 roku`) starting at `i`.
    fn year_at(&self, i: usize) -> Option<usize> {
        if self.kind(i) != Some(TokenKind::Number) || !is_year(self.str(i)) {
            return None;
        }
        let after = i + 1;
        Some(
            self.abbreviation(after, "r")
                .or_else(|| matches!(self.str(after), "roku" | "rok").then_some(after + 1))
                .unwrap_or(after),
        )
    }

    /// One past a date that starts at token `i`.
    fn date(&self, i: usize) -> Option<usize> {
        let w = self.str(i);
        // `dnia 12 marca`, `z dniem 1 maja 2004 r.`
        if matches!(w, "dnia" | "dniu" | "dniem" | "Dnia") {
            return self.day_month(i + 1);
        }
        // `r. 1848`, `w latach 1975 - 1998` (each year on its own).
        let before_year = self
            .abbreviation(i, "r")
            .or_else(|| matches!(w, "latach" | "lata" | "lat" | "Lata").then_some(i + 1));
        if let Some(n) = before_year
            && self.kind(n) == Some(TokenKind::Number)
            && is_year(self.str(n))
        {
            return Some(n + 1);
        }
        // `roku 1930`, `Rok 1984`.
        if matches!(w, "rok" | "roku" | "Rok" | "Roku")
            && self.kind(i + 1) == Some(TokenKind::Number)
            && is_year(self.str(i + 1))
        {
            return Some(i + 2);
        }
        // `XIX w.`, `XX wieku`; `XVII i XVIII w.` names two centuries.
        if is_roman_century(w) {
            let century = |j: usize| {
                self.abbreviation(j, "w")
                    .or_else(|| matches!(self.str(j), "wiek" | "wieku").then_some(j + 1))
            };
            if let Some(end) = century(i + 1) {
                return Some(end);
            }
            if matches!(self.str(i + 1), "i" | "-" | "–" | "lub" | "a")
                && is_roman_century(self.str(i + 2))
                && century(i + 3).is_some()
            {
                return Some(i + 1);
            }
            // `X 2001`: a month in Roman numerals before a year.
            if is_roman_month(w) {
                return self.year_at(i + 1);
            }
            return None;
        }
        // `lat 60.`, `latach dziewięćdziesiątych`, `lata trzydzieste`.
        if matches!(
            w,
            "lata" | "lat" | "latach" | "latami" | "latom" | "Lata" | "Lat" | "Latach"
        ) {
            let n = self.str(i + 1);
            if self.kind(i + 1) == Some(TokenKind::Number)
                && n.len() == 2
                && n.ends_with('0')
                && self.str(i + 2) == "."
                && self.joined(i + 1)
            {
                return Some(i + 3);
            }
            if is_decade_word(n) {
                return Some(i + 2);
            }
            return None;
        }
        if self.kind(i) == Some(TokenKind::Number) {
            // `1.12.2025`, `01.12.2025 r.`
            if is_numeric_date(w) {
                return Some(self.abbreviation(i + 1, "r").unwrap_or(i + 1));
            }
            // `12 marca`, `12 marca 2024 r.`, `29 IV 1863`.
            if let Some(end) = self.day_month(i) {
                return Some(end);
            }
            return self.year_at(i).filter(|_| !self.quantity(i));
        }
        // `pierwszego maja`, `dwudziestego trzeciego lutego`.
        if is_ordinal_day(w) {
            let month = if is_ordinal_day(self.str(i + 1)) {
                i + 2
            } else {
                i + 1
            };
            if month_form(self.str(month)).is_some_and(|m| m.genitive) {
                return Some(self.year_at(month + 1).unwrap_or(month + 1));
            }
        }
        // `w styczniu 1945 roku`, `sierpnia`; `luty` and `lutym` are also an
        // adjective, so they count only before a year or after a preposition.
        let m = month_form(w)?;
        if let Some(end) = self.year_at(i + 1) {
            return Some(end);
        }
        let after_preposition = i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.str(p),
                "w" | "we" | "W" | "We" | "od" | "do" | "na" | "z" | "przed" | "po"
            )
        });
        (!m.ambiguous || after_preposition).then_some(i + 1)
    }

    /// One past a day and a month that start at `i` (`12 marca`, `29 IV`),
    /// with the year when one follows.
    fn day_month(&self, i: usize) -> Option<usize> {
        let day = self.str(i);
        if self.kind(i) != Some(TokenKind::Number) || !is_day(day) {
            return None;
        }
        let month = self.str(i + 1);
        if month_form(month).is_some_and(|m| m.genitive) {
            return Some(self.year_at(i + 2).unwrap_or(i + 2));
        }
        if is_roman_month(month) {
            return self.year_at(i + 2);
        }
        None
    }

    /// Whether the number at `i` counts things rather than naming a year:
    /// after `ponad`, `około`, `nr`; before a unit or a noun in the genitive
    /// plural (`1500 osób`, `1000 zł`).
    fn quantity(&self, i: usize) -> bool {
        let before = i.checked_sub(1).map_or("", |p| self.str(p));
        if matches!(
            before.to_lowercase().as_str(),
            "ponad"
                | "około"
                | "ok"
                | "nr"
                | "poz"
                | "art"
                | "str"
                | "s"
                | "tom"
                | "za"
                | "niemal"
                | "prawie"
        ) {
            return true;
        }
        let next = self.str(i + 1);
        if self.joined(i) && next == "-" {
            // `1000-lecie`
            return true;
        }
        if matches!(
            next,
            "zł" | "km"
                | "m"
                | "ml"
                | "kg"
                | "g"
                | "t"
                | "ha"
                | "mln"
                | "mld"
                | "tys"
                | "proc"
                | "%"
                | "złotych"
                | "euro"
                | "dolarów"
                | "osób"
                | "lat"
        ) {
            return true;
        }
        // Masculine nouns in the genitive plural (`współpracowników`).
        if next.ends_with("ów") && next.chars().next().is_some_and(char::is_lowercase) {
            return true;
        }
        next.chars().next().is_some_and(char::is_lowercase) && {
            let analyses = morph::analyse(next);
            !analyses.is_empty()
                && analyses.iter().all(|a| {
                    a.pos == morph::Pos::Noun && a.case == Some("gen") && a.plural == Some(true)
                })
        }
    }

    /// One past a time of day that starts at token `i`.
    fn time(&self, i: usize) -> Option<usize> {
        let w = self.str(i);
        // `godz. 9`, `godzinie 17`, `godz. 16.00`.
        let head = self.abbreviation(i, "godz").or_else(|| {
            matches!(w, "godzinie" | "godzina" | "godziną" | "godziny").then_some(i + 1)
        });
        if let Some(n) = head {
            return (self.kind(n) == Some(TokenKind::Number) && is_clock(self.str(n), true))
                .then_some(n + 1);
        }
        // `o 14.30`, `od 8:00`, `do 17.15`: a time with minutes after a preposition.
        if self.kind(i) == Some(TokenKind::Number)
            && is_clock(w, false)
            && !self.quantity(i)
            && i.checked_sub(1).is_some_and(|p| {
                matches!(
                    self.str(p),
                    "o" | "O" | "od" | "do" | "około" | "przed" | "po"
                )
            })
        {
            return Some(i + 1);
        }
        None
    }
}

/// `1000`–`2099`, four digits.
fn is_year(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && s.parse::<u16>().is_ok_and(|y| (1000..=2099).contains(&y))
}

/// `1`–`31`.
fn is_day(s: &str) -> bool {
    s.len() <= 2 && s.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// `d.m.yyyy` with a valid day and month.
fn is_numeric_date(s: &str) -> bool {
    let mut parts = s.split('.');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(d), Some(m), Some(y), None) => {
            is_day(d)
                && m.len() <= 2
                && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
                && y.len() == 4
                && is_year(y)
        }
        _ => false,
    }
}

/// A time of day: `9`, `17` (only when `bare_hour`), `9.30`, `16:00`.
fn is_clock(s: &str, bare_hour: bool) -> bool {
    let hour = |h: &str| h.len() <= 2 && h.parse::<u8>().is_ok_and(|h| h <= 24);
    match s.split_once(['.', ':']) {
        Some((h, m)) => hour(h) && m.len() == 2 && m.parse::<u8>().is_ok_and(|m| m < 60),
        None => bare_hour && hour(s),
    }
}

/// `I`–`XXI`: the centuries of a Roman numeral in text.
fn is_roman_century(s: &str) -> bool {
    if s.is_empty() || s.len() > 5 || !s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')) {
        return false;
    }
    const CENTURIES: [&str; 21] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI",
    ];
    CENTURIES.contains(&s)
}

/// `I`–`XII`: a month in Roman numerals.
fn is_roman_month(s: &str) -> bool {
    matches!(
        s,
        "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X" | "XI" | "XII"
    )
}

/// The ordinal numerals of the days of a month in the genitive
/// (`pierwszego`, `czternastego`; `dwudziestego` and `trzydziestego` begin
/// two-word ordinals).
fn is_ordinal_day(s: &str) -> bool {
    s.ends_with("ego") && ORDINAL_DAYS.contains(&s)
}

/// The words [`is_ordinal_day`] accepts.
const ORDINAL_DAYS: [&str; 21] = [
    "pierwszego",
    "drugiego",
    "trzeciego",
    "czwartego",
    "piątego",
    "szóstego",
    "siódmego",
    "ósmego",
    "dziewiątego",
    "dziesiątego",
    "jedenastego",
    "dwunastego",
    "trzynastego",
    "czternastego",
    "piętnastego",
    "szesnastego",
    "siedemnastego",
    "osiemnastego",
    "dziewiętnastego",
    "dwudziestego",
    "trzydziestego",
];

/// The adjectives of the decades, in any case (`sześćdziesiątych`).
fn is_decade_word(s: &str) -> bool {
    const STEMS: [&str; 8] = [
        "dwudziest",
        "trzydziest",
        "czterdziest",
        "pięćdziesiąt",
        "sześćdziesiąt",
        "siedemdziesiąt",
        "osiemdziesiąt",
        "dziewięćdziesiąt",
    ];
    let l = s.to_lowercase();
    STEMS.iter().any(|stem| {
        l.strip_prefix(stem)
            .is_some_and(|end| matches!(end, "e" | "ych" | "ymi" | "ym"))
    })
}

/// The words that open a date or a time, other than numbers and Roman
/// numerals: every word [`Toks::date`] and [`Toks::time`] test at the token
/// they start from.
struct StartWords {
    words: FxHashSet<String>,
    /// Per first byte, a bit per length (in bytes) of the words above.
    lengths: [u64; 256],
}

static START_WORDS: LazyLock<StartWords> = LazyLock::new(|| {
    const FIXED: [&str; 22] = [
        "dnia", "dniu", "dniem", "Dnia", "r", "lata", "lat", "latach", "latami", "latom", "Lata",
        "Lat", "Latach", "rok", "roku", "Rok", "Roku", "godz", "godzinie", "godzina", "godziną",
        "godziny",
    ];
    // Every form `month_form` accepts: the nominative, the genitive and the
    // other cases, made from the stems as `month_form` reads them.
    let mut words: FxHashSet<String> = FxHashSet::default();
    for (stem, nom, genitive) in MONTHS {
        let genitive_stem = genitive.strip_suffix('a').unwrap_or(genitive);
        for base in [stem, genitive_stem] {
            for end in ["owi", "em", "u", "iem", "emu", "ym", "ie", "zie"] {
                words.insert(format!("{base}{end}"));
            }
        }
        words.insert(nom.to_owned());
        words.insert(genitive.to_owned());
    }
    words.retain(|w| month_form(w).is_some());
    words.extend(
        FIXED
            .iter()
            .chain(ORDINAL_DAYS.iter())
            .map(|w| (*w).to_owned()),
    );
    let lengths = crate::stems::shapes(&words.iter().map(String::as_str).collect::<Vec<_>>());
    StartWords { words, lengths }
});

/// Stem before the case ending, nominative, genitive; the other cases add
/// `-owi`, `-em` and `-u` (or `-ie`) to the genitive's stem.
const MONTHS: [(&str, &str, &str); 12] = [
    ("stycz", "styczeń", "stycznia"),
    ("lut", "luty", "lutego"),
    ("marc", "marzec", "marca"),
    ("kwietni", "kwiecień", "kwietnia"),
    ("maj", "maj", "maja"),
    ("czerwc", "czerwiec", "czerwca"),
    ("lipc", "lipiec", "lipca"),
    ("sierpni", "sierpień", "sierpnia"),
    ("wrześni", "wrzesień", "września"),
    ("październik", "październik", "października"),
    ("listopad", "listopad", "listopada"),
    ("grudni", "grudzień", "grudnia"),
];

/// What a month form tells.
#[derive(Debug, Clone, Copy)]
struct MonthForm {
    /// The genitive, which follows a day (`12 marca`).
    genitive: bool,
    /// Also an ordinary word (`luty` is an adjective too).
    ambiguous: bool,
}

/// The month a lower-case word names, in any singular case.
fn month_form(w: &str) -> Option<MonthForm> {
    // Every form is 3 to 13 bytes long and starts with one of these letters;
    // most words of a text fail this before any comparison.
    if !(3..=13).contains(&w.len())
        || !matches!(
            w.as_bytes().first(),
            Some(b's' | b'l' | b'm' | b'k' | b'c' | b'w' | b'p' | b'g')
        )
    {
        return None;
    }
    let first = w.as_bytes().first();
    for (stem, nom, genitive) in MONTHS {
        if stem.as_bytes().first() != first {
            continue;
        }
        if w == genitive {
            return Some(MonthForm {
                genitive: true,
                ambiguous: false,
            });
        }
        if w == nom {
            return Some(MonthForm {
                genitive: false,
                ambiguous: stem == "lut",
            });
        }
        let oblique = match stem {
            "stycz" => matches!(w, "styczniowi" | "styczniem" | "styczniu"),
            "lut" => matches!(w, "lutemu" | "lutym"),
            "listopad" => matches!(w, "listopadowi" | "listopadem" | "listopadzie"),
            "maj" => matches!(w, "majowi" | "majem" | "maju"),
            _ => w
                .strip_prefix(stem)
                .is_some_and(|end| matches!(end, "owi" | "em" | "u" | "iem")),
        };
        if oblique {
            return Some(MonthForm {
                genitive: false,
                ambiguous: stem == "lut",
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<(&str, Label)> {
        let tokens: Vec<Token> = crate::token::tokens(text).collect();
        find(text, &tokens)
            .into_iter()
            .map(|(r, l)| (&text[r], l))
            .collect()
    }

    #[test]
    fn days_months_and_years() {
        assert_eq!(
            dates("Umowę podpisano 12 marca 2024 r. w Gdańsku."),
            [("12 marca 2024 r.", DATE)]
        );
        assert_eq!(
            dates("Wrócił w styczniu 1945 roku, a wyjechał w sierpniu."),
            [("styczniu 1945 roku", DATE), ("sierpniu", DATE)]
        );
        assert_eq!(dates("Termin mija 1.12.2025 r."), [("1.12.2025 r.", DATE)]);
        assert_eq!(dates("Było to w roku 1930."), [("roku 1930", DATE)]);
    }

    #[test]
    fn quantities_are_no_years() {
        assert!(dates("Na miejscu było ponad 1500 osób.").is_empty());
        assert!(dates("Bilet kosztował 1200 zł.").is_empty());
        assert!(dates("Obchodzono 1000-lecie miasta.").is_empty());
        assert_eq!(dates("W 1998 zdobył medal."), [("1998", DATE)]);
    }

    #[test]
    fn centuries_and_decades() {
        assert_eq!(dates("Kościół z XVIII w. odnowiono."), [("XVIII w.", DATE)]);
        assert_eq!(dates("Pod koniec XIX wieku"), [("XIX wieku", DATE)]);
        assert_eq!(dates("W latach 60. grano jazz."), [("latach 60.", DATE)]);
        assert_eq!(
            dates("w latach dziewięćdziesiątych"),
            [("latach dziewięćdziesiątych", DATE)]
        );
    }

    #[test]
    fn words_around_dates() {
        assert_eq!(
            dates("z dniem 1 maja 2004 r."),
            [("dniem 1 maja 2004 r.", DATE)]
        );
        assert_eq!(dates("w r. 1848 wybuchła"), [("r. 1848", DATE)]);
        assert_eq!(
            dates("W latach 1975 - 1998 wieś należała"),
            [("latach 1975", DATE), ("1998", DATE)]
        );
        assert_eq!(
            dates("świętujemy pierwszego maja"),
            [("pierwszego maja", DATE)]
        );
        assert_eq!(dates("29 IV 1863 wojska"), [("29 IV 1863", DATE)]);
        assert_eq!(
            dates("Ołtarze z XVII i XVIII w. zachowano."),
            [("XVII", DATE), ("XVIII w.", DATE)]
        );
        assert!(dates("Zatrudnia 2000 współpracowników.").is_empty());
    }

    #[test]
    fn ambiguous_month_words() {
        // `luty` is also an adjective ("fierce").
        assert!(dates("To był luty mróz.").is_empty());
        assert_eq!(dates("Zaczęło się w lutym."), [("lutym", DATE)]);
    }

    /// Every word a date or time starts from passes the filter in front
    /// of the rules: the month forms, made up here from each month's stems
    /// with every ending of up to three letters.
    #[test]
    fn start_filter_keeps_every_month_form() {
        let letters: Vec<char> = "aeiouyąęćmnwzcł".chars().collect();
        let mut ends = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = ends
                .iter()
                .flat_map(|e| letters.iter().map(move |c| format!("{e}{c}")))
                .collect();
            ends.extend(longer);
        }
        ends.sort();
        ends.dedup();
        let mut found = 0;
        for (stem, _, genitive) in MONTHS {
            for base in [stem, &genitive[..genitive.len() - 1]] {
                for end in &ends {
                    let w = format!("{base}{end}");
                    if month_form(&w).is_some() {
                        found += 1;
                        assert!(START_WORDS.words.contains(&w), "{w}");
                    }
                }
            }
        }
        assert!(found > 60, "{found}");
        for text in [
            "W piątek, 3 maja 2024 r., o godz. 12 i o 14.30, w XIX w., w latach 60.",
            "Dnia pierwszego stycznia roku 1930 r. 1848 lata dziewięćdziesiąte.",
            include_str!("../../examples/artykul.txt"),
        ] {
            let tokens: Vec<Token> = crate::token::tokens(text).collect();
            let t = Toks {
                text,
                tokens: &tokens,
            };
            for i in 0..tokens.len() {
                if t.date(i).is_some() || t.time(i).is_some() {
                    assert!(t.may_start(i), "{}", t.str(i));
                }
            }
        }
    }

    #[test]
    fn times_of_day() {
        assert_eq!(dates("Spotkanie o godz. 9 w ratuszu."), [("godz. 9", TIME)]);
        assert_eq!(dates("Pociąg odjeżdża o 14.30."), [("14.30", TIME)]);
        assert_eq!(
            dates("Czynne od 8:00 do 16:00."),
            [("8:00", TIME), ("16:00", TIME)]
        );
        // A decimal after `o` is no time.
        assert!(dates("Ceny wzrosły o 3,5 proc.").is_empty());
    }
}
