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

use rustc_hash::FxHashMap;

use crate::document::Entity;

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

/// A hash of `chars` without the char at `skip`: equal sequences, equal hashes.
fn key_hash(chars: &[char], skip: Option<usize>) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    let mut n = 0;
    for (k, &c) in chars.iter().enumerate() {
        if Some(k) != skip {
            h.write_u32(u32::from(c));
            n += 1;
        }
    }
    h.write_usize(n);
    h.finish()
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

/// One PER cluster's name, split for matching.
struct Name {
    cluster: usize,
    full: String,
    first: Option<String>,
    surname: Vec<char>,
}

/// Cluster id → the name a speaker from that cluster gets.
pub(super) fn canonical(text: &str, entities: &[Entity]) -> FxHashMap<usize, String> {
    let per = || entities.iter().filter(|e| e.label == crate::ner::PER);
    // The longest base form of each cluster, in order of first mention.
    let mut index: FxHashMap<usize, usize> = FxHashMap::default();
    let mut names: Vec<Name> = Vec::new();
    // How often each surname spelling is used.
    let mut freq: FxHashMap<&str, usize> = FxHashMap::default();
    for e in per() {
        let last = e.lemma.rsplit(' ').next().unwrap_or("");
        *freq.entry(last).or_default() += 1;
        let words = e.lemma.split(' ').count();
        match index.get(&e.cluster).and_then(|&i| names.get_mut(i)) {
            Some(n) if words > n.full.split(' ').count() => n.full.clone_from(&e.lemma),
            Some(_) => {}
            None => {
                index.insert(e.cluster, names.len());
                names.push(Name {
                    cluster: e.cluster,
                    full: e.lemma.clone(),
                    first: None,
                    surname: Vec::new(),
                });
            }
        }
    }
    for n in &mut names {
        let mut words = n.full.split(' ');
        let first = words.next().unwrap_or("");
        n.surname = n.full.rsplit(' ').next().unwrap_or("").chars().collect();
        n.first = n.full.contains(' ').then(|| first.to_owned());
    }

    // Candidate pairs share the surname or one of its one-letter deletions
    // (which every one-edit pair does), so this is linear in the names.
    // Keys are hashed, not built: each key heads a chain of the names that
    // have it (newest first); a bucket lists its names in order, once each.
    let mut head: FxHashMap<u64, usize> = FxHashMap::default();
    // Entry `k`: its name and the entry after it in its key's chain.
    let mut entries: Vec<(usize, Option<usize>)> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let deletions = if n.surname.len() >= MIN_FUZZY_CHARS {
            n.surname.len()
        } else {
            0
        };
        for skip in std::iter::once(None).chain((0..deletions).map(Some)) {
            let k = entries.len();
            let next = head.insert(key_hash(&n.surname, skip), k);
            entries.push((i, next));
        }
    }
    let mut members_of: Vec<usize> = Vec::new();
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for &first in head.values() {
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
    let mut first_of: Vec<Option<String>> = names.iter().map(|n| n.first.clone()).collect();
    for members in keys {
        for (x, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(x + 1) {
                let (Some(na), Some(nb)) = (names.get(a), names.get(b)) else {
                    continue;
                };
                let same = na.surname == nb.surname;
                let close = same
                    || na.surname.len() >= MIN_FUZZY_CHARS
                        && nb.surname.len() >= MIN_FUZZY_CHARS
                        && na.surname.first() == nb.surname.first()
                        && edit1(&na.surname, &nb.surname);
                // `Kowalski` / `Kowalska`: a man and a woman of one family.
                let gendered = !same
                    && na.surname.len() == nb.surname.len()
                    && matches!(
                        (na.surname.last(), nb.surname.last()),
                        (Some('a'), Some('i' | 'y')) | (Some('i' | 'y'), Some('a'))
                    );
                if !close || gendered {
                    continue;
                }
                let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                if ra == rb {
                    continue;
                }
                let fa = first_of.get(ra).cloned().flatten();
                let fb = first_of.get(rb).cloned().flatten();
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
    let mut groups: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for i in 0..names.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let mut out: FxHashMap<usize, String> = FxHashMap::default();
    for members in groups.values() {
        let used = |i: &usize| {
            names.get(*i).map_or(0, |n| {
                freq.get(n.full.rsplit(' ').next().unwrap_or(""))
                    .copied()
                    .unwrap_or(0)
            })
        };
        let words = |i: &usize| names.get(*i).map_or(0, |n| n.full.split(' ').count());
        // Ties go to the earliest mention.
        let Some(best) = members
            .iter()
            .copied()
            .max_by_key(|i| (words(i), used(i), std::cmp::Reverse(*i)))
        else {
            continue;
        };
        let Some(spelling) = members
            .iter()
            .copied()
            .max_by_key(|i| (used(i), i == &best, std::cmp::Reverse(*i)))
        else {
            continue;
        };
        let full = names.get(best).map_or("", |n| n.full.as_str());
        let surname = names
            .get(spelling)
            .and_then(|n| n.full.rsplit(' ').next())
            .unwrap_or("");
        let name = match full.rsplit_once(' ') {
            Some((given, _)) => format!("{given} {surname}"),
            None => surname.to_owned(),
        };
        for n in members.iter().filter_map(|&i| names.get(i)) {
            out.insert(n.cluster, name.clone());
        }
    }

    // `Franco` + `Frattini`: a one-word name right before another person's
    // name, with one space between, is that person's first name.
    let mut prev: Option<&Entity> = None;
    for e in per() {
        if let Some(p) = prev
            && text.get(p.range.end..e.range.start) == Some(" ")
            && text.get(p.range.clone()).is_some_and(|s| !s.contains(' '))
        {
            let given = out
                .get(&p.cluster)
                .cloned()
                .unwrap_or_else(|| p.lemma.clone());
            let surname = out
                .get(&e.cluster)
                .map_or(e.lemma.as_str(), String::as_str)
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_owned();
            if !given.contains(' ') {
                out.insert(p.cluster, format!("{given} {surname}"));
            }
        }
        prev = Some(e);
    }
    out
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::unwrap_used)]
mod tests {
    use super::{canonical, edit1};
    use crate::document::Entity;

    fn per(text: &str, mention: &str, lemma: &str, cluster: usize) -> Entity {
        let start = text.find(mention).unwrap();
        Entity {
            range: start..start + mention.len(),
            label: crate::ner::PER,
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
