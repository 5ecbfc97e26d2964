//! A long text is analysed on two threads (feature `parallel`): the result
//! must be the one a single thread gives.
#![cfg(feature = "parallel")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

fn on_threads(n: usize, text: &str) -> kropka::Document<'_> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .expect("a thread pool");
    pool.install(|| kropka::analyze(text))
}

#[test]
fn two_threads_give_what_one_gives() {
    let article = include_str!("../examples/artykul.txt");
    // Over 64 KB, 8 000 words and 1 000 mentions: every parallel step runs.
    // Each copy is told apart by a number, and the copies by sentences of
    // their own, so the halves do not meet at the same place in a copy.
    let mut text = String::new();
    for i in 0..90 {
        text.push_str(article);
        text.push_str(&format!(
            "\n\nW {}. numerze pisał o tym Jan Nowak z Gdańska. {}\n\n",
            i + 1,
            "Tak. ".repeat(i % 7)
        ));
    }
    assert!(text.len() > 1 << 17);
    let one = on_threads(1, &text);
    let two = on_threads(2, &text);
    assert!(one.entities.len() > 1_000, "{}", one.entities.len());
    assert_eq!(one.sentences, two.sentences);
    assert_eq!(one.tokens, two.tokens);
    assert_eq!(one.entities, two.entities);
    assert_eq!(one.quotes, two.quotes);
}
