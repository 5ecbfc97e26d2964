//! Long runs of capitalised words, initials, acronyms and name particles
//! (tables of names, headline dumps), the shapes that once overflowed the
//! stack: each input picks a pattern of such pieces and repeats it to a few
//! thousand words, analysed on a thread with a small stack. No panic, no
//! overflow, spans inside the text, every non-whitespace character in one
//! sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;

const PIECES: &[&str] = &[
    "Jan", "Anna", "Kowalski", "Nowak", "J.", "K.", "A.B.", "PO", "SLD", "TVP", "Ministerstwo",
    "Spraw", "Zagranicznych", "i", "da", "von", "Warszawa", "Nowy", "Jork", "Caracas",
    "Siergiej", "Ala", "Ma", "Kota", "ALA", "Donalda", "Trumpa", "Bogu", "Sejm", "ul.", "W.",
    "Brytanii", "II", "XX", "Malik-Bagdasarow", "Nowak-Zielińska", "„Rzeczpospolita”", ",",
    ".", ":", "–", "(", ")", "\n", "prof.", "dr", "Rada", "Miasta", "Gdańska",
];

fuzz_target!(|input: (Vec<u8>, u16)| {
    let (picks, repeat) = input;
    if picks.is_empty() {
        return;
    }
    let unit: Vec<&str> = picks
        .iter()
        .take(32)
        .map(|&b| PIECES[usize::from(b) % PIECES.len()])
        .collect();
    let copies = 1 + usize::from(repeat) % (4_000 / unit.len()).max(1);
    let text = unit.join(" ").repeat(copies);
    let ok = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            let doc = kropka::analyze(&text);
            let mut last = 0;
            let mut covered = 0;
            for s in &doc.sentences {
                assert!(s.range.start >= last && s.range.start < s.range.end);
                covered += s.text.chars().filter(|c| !c.is_whitespace()).count();
                last = s.range.end;
            }
            assert_eq!(covered, text.chars().filter(|c| !c.is_whitespace()).count());
            for e in &doc.entities {
                assert!(text.get(e.range.clone()).is_some());
            }
            let _ = kropka::base_form(&text);
        })
        .expect("a thread")
        .join();
    assert!(ok.is_ok());
});
