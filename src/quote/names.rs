//! Canonical names of the people in a document, for speakers.
//!
//! Each PER cluster is named by its longest base form. On top of the
//! clustering done by NER, two repairs that news text needs:
//! - spelling variants of one surname (a typo: `Wullf` for `Wulff`,
//!   `Kwaśniewki` for `Kwaśniewski`) are one person when the surnames differ
//!   by one edit and the first names do not clash; the spelling used most
//!   often wins;
//! - a first name and a surname found as two entities side by side
//!   (`Franco` + `Frattini`) name one person.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::output::{Entity, Label};

/// Surnames shorter than this must match exactly to be merged.
const MIN_FUZZY_CHARS: usize = 5;

/// Whether `a` and `b` differ by at most one insertion, deletion,
/// substitution or swap of adjacent letters.
fn edit1(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let i = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    fn rest(s: &[char], from: usize) -> &[char] {
        s.get(from..).unwrap_or(&[])
    }
    match long.len() - short.len() {
        0 if i == short.len() => true,
        0 => {
            let substituted = rest(short, i + 1) == rest(long, i + 1);
            let swapped = short.get(i) == long.get(i + 1)
                && short.get(i + 1) == long.get(i)
                && rest(short, i + 2) == rest(long, i + 2);
            substituted || swapped
        }
        1 => rest(short, i) == rest(long, i + 1),
        _ => false,
    }
}

/// The base of the polynomial key hash (odd).
const KEY_BASE: u64 = 0x9E37_79B9_7F4A_7C15;

/// Mixes a polynomial hash with the length of its sequence.
fn key_finish(h: u64, len: usize) -> u64 {
    const M: u64 = 0xD6E8_FEB8_6659_FD93;
    let z = (h ^ (len as u64).wrapping_mul(M)).wrapping_mul(M);
    let z = (z ^ (z >> 32)).wrapping_mul(M);
    z ^ (z >> 32)
}

/// Key hashes of `chars` (first) and, with `deletions`, of `chars` without
/// each char in turn, into `out`: equal sequences, equal hashes. A
/// sequence hashes as the polynomial `Σ c_i·B^(m-1-i)` of its `m` chars,
/// so a deletion's hash comes from the prefix before it and the suffix
/// after it in constant time. `prefix` is scratch space.
fn key_hashes(chars: &[char], deletions: bool, prefix: &mut Vec<u64>, out: &mut Vec<u64>) {
    let digit = |c: char| u64::from(u32::from(c));
    out.clear();
    prefix.clear();
    let mut f = 0u64;
    prefix.push(f);
    for &c in chars {
        f = f.wrapping_mul(KEY_BASE).wrapping_add(digit(c));
        prefix.push(f);
    }
    let n = chars.len();
    out.push(key_finish(f, n));
    if !deletions {
        return;
    }
    out.resize(1 + n, 0);
    // From the end: `suffix` is the sum of the terms after char `k` as they
    // stand in the whole sequence, `power` is `B^(n-1-k)`.
    let mut suffix = 0u64;
    let mut power = 1u64;
    for (k, &c) in chars.iter().enumerate().rev() {
        let before = prefix.get(k).copied().unwrap_or(0);
        if let Some(slot) = out.get_mut(1 + k) {
            *slot = key_finish(before.wrapping_mul(power).wrapping_add(suffix), n - 1);
        }
        suffix = suffix.wrapping_add(digit(c).wrapping_mul(power));
        power = power.wrapping_mul(KEY_BASE);
    }
}

fn find(parent: &mut [usize], mut a: usize) -> usize {
    while let Some(&p) = parent.get(a) {
        if p == a {
            break;
        }
        // Path halving.
        let gp = parent.get(p).copied().unwrap_or(p);
        if let Some(slot) = parent.get_mut(a) {
            *slot = gp;
        }
        a = gp;
    }
    a
}

/// Key hash → value, for hashes that are already mixed: open addressing
/// with linear probing, indexed by a hash's top bits.
struct KeyTable {
    slots: Vec<Option<(u64, usize)>>,
    /// Bits of a slot index.
    bits: u32,
}

impl KeyTable {
    /// A table for up to `n` keys, at most half full.
    fn with_capacity(n: usize) -> Self {
        let size = (2 * n).next_power_of_two().max(2);
        Self {
            slots: vec![None; size],
            bits: size.trailing_zeros(),
        }
    }

    /// Sets the value of `key`; returns the value it had.
    fn insert(&mut self, key: u64, value: usize) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut at = (key >> (64 - self.bits)) as usize;
        loop {
            match self.slots.get_mut(at) {
                Some(Some((k, v))) if *k == key => return Some(std::mem::replace(v, value)),
                Some(Some(_)) => at = (at + 1) & mask,
                Some(slot) => {
                    *slot = Some((key, value));
                    return None;
                }
                None => return None,
            }
        }
    }

    /// The values, in no particular order.
    fn values(&self) -> impl Iterator<Item = usize> + '_ {
        self.slots.iter().flatten().map(|&(_, v)| v)
    }
}

/// One PER cluster's name, split for matching.
struct Name<'e> {
    cluster: usize,
    full: &'e str,
    /// The surname as written: the last word of `full`.
    last: &'e str,
    /// Words in `full`.
    words: usize,
    first: Option<&'e str>,
    /// The surname's chars: a range of the shared char buffer.
    surname: std::ops::Range<usize>,
}

/// The last word of a base form.
fn last_word(s: &str) -> &str {
    // Names are short: a plain loop beats a vectorised search.
    match s.bytes().rposition(|b| b == b' ') {
        Some(i) => s.get(i + 1..).unwrap_or(""),
        None => s,
    }
}

/// Cluster id → the name a speaker from that cluster gets (a base form when
/// it is one).
// Long (about 240 lines) on purpose: its passes share the cluster tables it
// builds as it goes; each pass is marked by a comment. Split it when a pass
// is needed alone.
pub(super) fn canonical<'e>(text: &str, entities: &'e [Entity]) -> FxHashMap<usize, Cow<'e, str>> {
    let per = || entities.iter().filter(|e| e.label == Label::Per);
    let n_per = per().count();
    // The longest base form of each cluster, in order of first mention.
    let mut index: FxHashMap<usize, usize> =
        FxHashMap::with_capacity_and_hasher(n_per, Default::default());
    let mut names: Vec<Name<'_>> = Vec::with_capacity(n_per);
    // How often each surname spelling is used.
    let mut freq: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(n_per, Default::default());
    for e in per() {
        let lemma = e.lemma.as_str();
        let last = last_word(lemma);
        *freq.entry(last).or_default() += 1;
        let words = lemma.bytes().filter(|&b| b == b' ').count() + 1;
        match index.get(&e.cluster).and_then(|&i| names.get_mut(i)) {
            Some(n) if words > n.words => {
                n.full = lemma;
                n.last = last;
                n.words = words;
            }
            Some(_) => {}
            None => {
                index.insert(e.cluster, names.len());
                names.push(Name {
                    cluster: e.cluster,
                    full: lemma,
                    last,
                    words,
                    first: None,
                    surname: 0..0,
                });
            }
        }
    }
    let mut chars: Vec<char> = Vec::with_capacity(names.iter().map(|n| n.full.len()).sum());
    for n in &mut names {
        let from = chars.len();
        chars.extend(n.last.chars());
        n.surname = from..chars.len();
        n.first = n.full.split_once(' ').map(|(first, _)| first);
    }
    let surname = |n: &Name<'_>| chars.get(n.surname.clone()).unwrap_or(&[]);

    // Candidate pairs share the surname or one of its one-letter deletions
    // (which every one-edit pair does), so this is linear in the names.
    // Keys are hashed, not built: each key heads a chain of the names that
    // have it (newest first); a bucket lists its names in order, once each.
    let deletions = |n: &Name<'_>| {
        if n.surname.len() >= MIN_FUZZY_CHARS {
            n.surname.len()
        } else {
            0
        }
    };
    // A double-barrelled surname is also keyed by each part, so that
    // `Bieszki` finds `Langa-Bieszki`.
    let n_keys: usize = names
        .iter()
        .map(|n| 1 + deletions(n) + surname_parts(surname(n)).count())
        .sum();
    let mut head = KeyTable::with_capacity(n_keys);
    // Entry `k`: its name and the entry after it in its key's chain.
    let mut entries: Vec<(usize, Option<usize>)> = Vec::with_capacity(n_keys);
    let (mut prefix, mut hashes) = (Vec::new(), Vec::new());
    for (i, n) in names.iter().enumerate() {
        // The surname's key first, then its deletions in order.
        key_hashes(surname(n), deletions(n) > 0, &mut prefix, &mut hashes);
        let mut part_keys = Vec::new();
        for part in surname_parts(surname(n)) {
            key_hashes(part, false, &mut prefix, &mut part_keys);
            hashes.extend_from_slice(&part_keys);
        }
        for &h in &hashes {
            let k = entries.len();
            let next = head.insert(h, k);
            entries.push((i, next));
        }
    }
    let mut members_of: Vec<usize> = Vec::new();
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for first in head.values() {
        let start = members_of.len();
        let mut at = Some(first);
        while let Some((i, next)) = at.and_then(|k| entries.get(k)) {
            if members_of.last() != Some(i) || members_of.len() == start {
                members_of.push(*i);
            }
            at = *next;
        }
        if members_of.len() - start > 1 {
            if let Some(m) = members_of.get_mut(start..) {
                m.reverse();
            }
            spans.push(start..members_of.len());
        } else {
            members_of.truncate(start);
        }
    }
    let mut keys: Vec<&[usize]> = spans
        .into_iter()
        .filter_map(|r| members_of.get(r))
        .collect();
    // Buckets in order of their names (the first name first).
    keys.sort_unstable();
    let mut parent: Vec<usize> = (0..names.len()).collect();
    let mut first_of: Vec<Option<&str>> = names.iter().map(|n| n.first).collect();
    for members in keys {
        for (x, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(x + 1) {
                let (Some(na), Some(nb)) = (names.get(a), names.get(b)) else {
                    continue;
                };
                let (sa, sb) = (surname(na), surname(nb));
                let same = sa == sb;
                let part_of = |x: &[char], y: &[char]| y.split(|&c| c == '-').any(|p| p == x);
                let part = !same && (part_of(sa, sb) || part_of(sb, sa));
                let close = same
                    || part
                    || sa.len() >= MIN_FUZZY_CHARS
                        && sb.len() >= MIN_FUZZY_CHARS
                        && sa.first() == sb.first()
                        && edit1(sa, sb);
                // `Kowalski` / `Kowalska`: a man and a woman of one family.
                let gendered = !same
                    && !part
                    && sa.len() == sb.len()
                    && matches!(
                        (sa.last(), sb.last()),
                        (Some('a'), Some('i' | 'y')) | (Some('i' | 'y'), Some('a'))
                    );
                if !close || gendered {
                    continue;
                }
                let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                if ra == rb {
                    continue;
                }
                let fa = first_of.get(ra).copied().flatten();
                let fb = first_of.get(rb).copied().flatten();
                if fa.is_some() && fb.is_some() && fa != fb {
                    continue; // `Lech` and `Jarosław Kaczyński` stay apart
                }
                if let Some(p) = parent.get_mut(rb) {
                    *p = ra;
                }
                if let Some(f) = first_of.get_mut(ra) {
                    *f = fa.or(fb);
                }
            }
        }
    }

    // Each group: the longest name, with the most used surname spelling.
    // Groups by root, in order of their names (a counting sort).
    let roots: Vec<usize> = (0..names.len()).map(|i| find(&mut parent, i)).collect();
    let mut starts: Vec<usize> = vec![0; names.len() + 1];
    for &r in &roots {
        if let Some(c) = starts.get_mut(r + 1) {
            *c += 1;
        }
    }
    for k in 1..starts.len() {
        let prev = starts.get(k - 1).copied().unwrap_or(0);
        if let Some(c) = starts.get_mut(k) {
            *c += prev;
        }
    }
    let mut fill = starts.clone();
    let mut grouped: Vec<usize> = vec![0; names.len()];
    for (i, &r) in roots.iter().enumerate() {
        if let Some(f) = fill.get_mut(r) {
            if let Some(slot) = grouped.get_mut(*f) {
                *slot = i;
            }
            *f += 1;
        }
    }
    // How often each name's surname spelling is used.
    let used: Vec<usize> = names
        .iter()
        .map(|n| freq.get(n.last).copied().unwrap_or(0))
        .collect();
    let mut out: FxHashMap<usize, Cow<'e, str>> =
        FxHashMap::with_capacity_and_hasher(names.len(), Default::default());
    for w in starts.windows(2) {
        let (Some(&a), Some(&b)) = (w.first(), w.get(1)) else {
            continue;
        };
        let Some(members) = grouped.get(a..b).filter(|m| !m.is_empty()) else {
            continue;
        };
        let used = |i: &usize| used.get(*i).copied().unwrap_or(0);
        let words = |i: &usize| names.get(*i).map_or(0, |n| n.words);
        // Ties go to the earliest mention.
        let Some(best) = members
            .iter()
            .copied()
            .max_by_key(|i| (words(i), used(i), std::cmp::Reverse(*i)))
        else {
            continue;
        };
        // A part of a double-barrelled surname is no spelling of it.
        let hyphens = |i: &usize| names.get(*i).map_or(0, |n| n.last.matches('-').count());
        let Some(spelling) = members
            .iter()
            .copied()
            .filter(|i| hyphens(i) == hyphens(&best))
            .max_by_key(|i| (used(i), i == &best, std::cmp::Reverse(*i)))
        else {
            continue;
        };
        let (full, last) = names.get(best).map_or(("", ""), |n| (n.full, n.last));
        let surname = names.get(spelling).map_or("", |n| n.last);
        let given = full
            .bytes()
            .rposition(|b| b == b' ')
            .and_then(|i| full.get(..i));
        let name = if last == surname {
            // The longest name has the spelling already.
            Cow::Borrowed(full)
        } else {
            match given {
                Some(given) => Cow::Owned(joined(given, surname)),
                None => Cow::Borrowed(surname),
            }
        };
        let mut clusters = members
            .iter()
            .filter_map(|&i| names.get(i))
            .map(|n| n.cluster);
        let last = clusters.next_back();
        for c in clusters {
            out.insert(c, name.clone());
        }
        if let Some(c) = last {
            out.insert(c, name);
        }
    }

    // `Franco` + `Frattini`: a one-word name right before another person's
    // one-word name, with one space between, is that person's first name
    // (not `Górnika` before `Jan Urban`, whose first name is given).
    let mut prev: Option<&Entity> = None;
    for e in per() {
        if let Some(p) = prev
            && text.get(p.range.end..e.range.start) == Some(" ")
            && text.get(p.range.clone()).is_some_and(|s| !s.contains(' '))
            && text.get(e.range.clone()).is_some_and(|s| !s.contains(' '))
        {
            let given = out.get(&p.cluster).map_or(p.lemma.as_str(), |n| n.as_ref());
            if !given.contains(' ') {
                let surname =
                    last_word(out.get(&e.cluster).map_or(e.lemma.as_str(), |n| n.as_ref()));
                let name = joined(given, surname);
                out.insert(p.cluster, Cow::Owned(name));
            }
        }
        prev = Some(e);
    }
    out
}

/// The parts of a double-barrelled surname (none for a plain one).
fn surname_parts(s: &[char]) -> impl Iterator<Item = &[char]> {
    s.split(|&c| c == '-')
        .filter(move |p| !p.is_empty() && p.len() < s.len())
}

/// `given surname`.
fn joined(given: &str, surname: &str) -> String {
    let mut s = String::with_capacity(given.len() + 1 + surname.len());
    s.push_str(given);
    s.push(' ');
    s.push_str(surname);
    s
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::unwrap_used)]
mod tests {
    use super::{KeyTable, canonical, edit1, key_hashes};
    use crate::output::{Entity, Label};

    fn per(text: &str, mention: &str, lemma: &str, cluster: usize) -> Entity {
        let start = text.find(mention).unwrap();
        Entity {
            range: start..start + mention.len(),
            label: Label::Per,
            lemma: lemma.to_owned(),
            cluster,
        }
    }

    #[test]
    fn a_first_name_beside_a_surname_is_one_name() {
        let text = "Jak mówi komisarz Enzo Bertolini, jest dobrze.";
        let ents = [
            per(text, "Enzo", "Enzo", 0),
            per(text, "Bertolini", "Bertolini", 1),
        ];
        let names = canonical(text, &ents);
        assert_eq!(names[&0], "Enzo Bertolini");
        assert_eq!(names[&1], "Bertolini");
    }

    #[test]
    fn misspelt_surnames_merge_but_not_across_first_names_or_genders() {
        let text = "Jan Kohlmann, Kohlman, Kohlmann; Ewa Nowak i Piotr Nowak; Borowski, Borowska.";
        let ents = [
            per(text, "Jan Kohlmann", "Jan Kohlmann", 0),
            per(text, "Kohlman,", "Kohlman", 1),
            per(text, "Kohlmann;", "Kohlmann", 0),
            per(text, "Ewa Nowak", "Ewa Nowak", 2),
            per(text, "Piotr Nowak", "Piotr Nowak", 3),
            per(text, "Borowski", "Borowski", 4),
            per(text, "Borowska", "Borowska", 5),
        ];
        let names = canonical(text, &ents);
        assert_eq!(names[&1], "Jan Kohlmann");
        assert_eq!(names[&2], "Ewa Nowak");
        assert_eq!(names[&3], "Piotr Nowak");
        assert_eq!(names[&4], "Borowski");
        assert_eq!(names[&5], "Borowska");
    }

    #[test]
    fn a_part_of_a_double_barrelled_surname_names_the_person() {
        let text = "Anna Lipa-Dąbrowska, Dąbrowska, Bieszki i Lipa; Jan Zielski-Lis, Zielska.";
        let ents = [
            per(text, "Anna Lipa-Dąbrowska", "Anna Lipa-Dąbrowska", 0),
            per(text, "Dąbrowska,", "Dąbrowska", 1),
            per(text, "Bieszki", "Bieszki", 2),
            per(text, "Lipa;", "Lipa", 3),
            per(text, "Jan Zielski-Lis", "Jan Zielski-Lis", 4),
            per(text, "Zielska", "Zielska", 5),
        ];
        let names = canonical(text, &ents);
        assert_eq!(names[&1], "Anna Lipa-Dąbrowska");
        assert_eq!(names[&3], "Anna Lipa-Dąbrowska");
        // The full name keeps its hyphen however often a part is used.
        assert_eq!(names[&0], "Anna Lipa-Dąbrowska");
        assert_eq!(names[&2], "Bieszki");
        // A part in the other gender is someone else.
        assert_eq!(names[&5], "Zielska");
    }

    #[test]
    fn the_key_table_chains_values() {
        let mut t = KeyTable::with_capacity(3);
        // Two keys in one slot, one elsewhere.
        let (a, b, c) = (1u64 << 63, (1u64 << 63) + 1, 1u64);
        assert_eq!(t.insert(a, 0), None);
        assert_eq!(t.insert(b, 1), None);
        assert_eq!(t.insert(c, 2), None);
        assert_eq!(t.insert(a, 3), Some(0));
        assert_eq!(t.insert(b, 4), Some(1));
        let mut values: Vec<usize> = t.values().collect();
        values.sort_unstable();
        assert_eq!(values, [2, 3, 4]);
    }

    #[test]
    fn a_deletion_hashes_as_the_shorter_name() {
        let hashes = |s: &str, deletions: bool| {
            let chars: Vec<char> = s.chars().collect();
            let mut out = Vec::new();
            key_hashes(&chars, deletions, &mut Vec::new(), &mut out);
            out
        };
        let all = hashes("Kwaśniewski", true);
        assert_eq!(all.len(), 12);
        assert_eq!(all[0], hashes("Kwaśniewski", false)[0]);
        assert_eq!(all[1], hashes("waśniewski", false)[0]);
        assert_eq!(all[11], hashes("Kwaśniewsk", false)[0]);
        assert_eq!(all[9], hashes("Kwaśniewki", false)[0]);
        assert_ne!(all[0], hashes("Kwaśniewska", false)[0]);
    }

    fn e(a: &str, b: &str) -> bool {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        edit1(&a, &b)
    }

    #[test]
    fn one_edit() {
        assert!(e("Wulff", "Wullf"));
        assert!(e("Kwaśniewski", "Kwaśniewki"));
        assert!(e("Kowalski", "Kowalksi"));
        assert!(e("Nowak", "Nowak"));
        assert!(e("Nowak", "Nowaki"));
        assert!(!e("Nowak", "Nowicki"));
        assert!(!e("Kowalski", "Kowalska1"));
        assert!(!e("abcd", "badc"));
    }
}
