//! Candidates for a speaker in text order, with the latest of each kind
//! found in constant time.
//!
//! A subject-less verb or a pronoun looks back for the most recent person
//! of its gender. Walking back over every earlier person made a long text
//! quadratic whenever no one agreed (thousands of quotes of a woman in a
//! text that names only men). Each entry instead remembers, for every
//! question [`Timeline::latest`] can be asked, the nearest entry at or
//! before it that answers it.

/// What the look-back asks: the gender wanted (`None`, `'m'`, `'f'`) and
/// whether only named persons count, as the index of its column.
fn column(gender: Option<char>, persons_only: bool) -> Option<usize> {
    let g = match gender {
        None => 0,
        Some('m') => 1,
        Some('f') => 2,
        Some(_) => return None,
    };
    Some(g * 2 + usize::from(persons_only))
}

const COLUMNS: usize = 6;

/// Something a [`Timeline`] holds: where it is, its gender, whether it is a
/// named person, and whether any look-back may take it.
pub(super) trait Entry {
    fn at(&self) -> usize;
    fn gender(&self) -> Option<char>;
    fn person(&self) -> bool;
    fn eligible(&self) -> bool;
}

fn agrees<E: Entry>(e: &E, gender: Option<char>, persons_only: bool) -> bool {
    e.eligible()
        && (gender.is_none() || e.gender().is_none() || e.gender() == gender)
        && (!persons_only || e.person())
}

/// Entries in text order (pushed with non-decreasing positions).
#[derive(Debug)]
pub(super) struct Timeline<E> {
    items: Vec<E>,
    /// For each entry and column: one plus the index of the latest entry at
    /// or before it that agrees (0: none).
    latest: Vec<[u32; COLUMNS]>,
}

impl<E> Default for Timeline<E> {
    fn default() -> Self {
        Self {
            items: Vec::new(),
            latest: Vec::new(),
        }
    }
}

impl<E: Entry> Timeline<E> {
    pub(super) fn push(&mut self, e: E) {
        let mut row = self.latest.last().copied().unwrap_or([0; COLUMNS]);
        let n = u32::try_from(self.items.len() + 1).unwrap_or(u32::MAX);
        for gender in [None, Some('m'), Some('f')] {
            for persons_only in [false, true] {
                if agrees(&e, gender, persons_only)
                    && let Some(cell) = column(gender, persons_only).and_then(|k| row.get_mut(k))
                {
                    *cell = n;
                }
            }
        }
        self.items.push(e);
        self.latest.push(row);
    }

    /// The latest entry before byte `at` that agrees with `gender` (an
    /// entry without a gender agrees with any) and, with `persons_only`, is
    /// a named person.
    pub(super) fn latest(&self, at: usize, gender: Option<char>, persons_only: bool) -> Option<&E> {
        let n = self.items.partition_point(|e| e.at() < at);
        let Some(k) = column(gender, persons_only) else {
            // A gender no column holds: walk back.
            let before = self.items.get(..n).unwrap_or(&[]);
            return before
                .iter()
                .rev()
                .find(|e| agrees(*e, gender, persons_only));
        };
        let row = self.latest.get(n.checked_sub(1)?)?;
        let i = usize::try_from(*row.get(k)?).ok()?.checked_sub(1)?;
        self.items.get(i)
    }
}

impl<E: Entry> FromIterator<E> for Timeline<E> {
    fn from_iter<I: IntoIterator<Item = E>>(iter: I) -> Self {
        let mut t = Self::default();
        for e in iter {
            t.push(e);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct P(usize, Option<char>, bool, bool);

    impl Entry for P {
        fn at(&self) -> usize {
            self.0
        }
        fn gender(&self) -> Option<char> {
            self.1
        }
        fn person(&self) -> bool {
            self.2
        }
        fn eligible(&self) -> bool {
            self.3
        }
    }

    /// The answers of a walk back over every earlier entry.
    #[test]
    fn latest_is_the_walk_back() {
        let genders = [None, Some('m'), Some('f'), Some('x')];
        let items: Vec<P> = (0..200)
            .map(|i| {
                let g = genders.get(i * 7 % 4).copied().flatten();
                P(i * 5 + i % 5, g, i % 3 != 0, i % 11 != 0)
            })
            .collect();
        let t: Timeline<P> = items.iter().cloned().collect();
        for at in 0..1100 {
            for gender in genders {
                for persons_only in [false, true] {
                    let walk = items
                        .iter()
                        .rev()
                        .find(|e| e.0 < at && agrees(*e, gender, persons_only));
                    assert_eq!(t.latest(at, gender, persons_only), walk, "{at} {gender:?}");
                }
            }
        }
    }
}
