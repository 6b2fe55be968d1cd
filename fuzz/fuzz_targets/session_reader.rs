//! Any text as a session file: the reader accepts or refuses it with a
//! position and never panics; an accepted file's chain is checked and its
//! commands replayed on the bundled `locked-out` scenario.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scenario::library::{self, bundled_procedures};
use tenantdrill::scenario::load::load_text;
use tenantdrill::session;

/// A fresh drill of `locked-out`, built once; each input replays on a copy.
fn fresh() -> &'static Drill {
    static DRILL: OnceLock<Drill> = OnceLock::new();
    DRILL.get_or_init(|| {
        let procedures = bundled_procedures().expect("procedures");
        let bundled = library::scenario("locked-out").expect("bundled");
        let loaded = load_text(bundled.path, bundled.text.as_bytes(), &procedures).expect("loads");
        Drill::new(&loaded, &procedures, 1, Mode::Practice).expect("builds")
    })
}

/// Replays are slow next to parsing: only short sessions are replayed.
const MOST_REPLAYED: usize = 32;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(parsed) = session::parse("fuzz.jsonl", text) else { return };
    let _ = session::check_chain(&parsed);
    let _ = session::original_header(&parsed);
    if parsed.entries.len() <= MOST_REPLAYED {
        let replayed = session::replay_on("fuzz.jsonl", &parsed, fresh().clone());
        let _ = replayed.integrity(&parsed);
    }
});
