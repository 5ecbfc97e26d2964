//! Lower case without Polish diacritics, for comparing stems of place names
//! (`Gdańsk` and `gdański`). Shared with `build.rs`, which compiles the
//! place stems with it: this file imports nothing.

/// `s` in lower case with the Polish letters' diacritics taken off.
pub(crate) fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            c => c,
        })
        .collect()
}
