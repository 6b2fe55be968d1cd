//! Any bytes as a scenario file: the loader reports problems and never
//! panics, and a scenario it accepts instantiates for a seed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tenantdrill::scenario::library::{ProcedureSet, bundled_procedures};
use tenantdrill::scenario::load::load_text;

fn procedures() -> &'static ProcedureSet {
    static PROCEDURES: OnceLock<ProcedureSet> = OnceLock::new();
    PROCEDURES.get_or_init(|| bundled_procedures().expect("the bundled procedures load"))
}

fuzz_target!(|data: &[u8]| {
    if let Ok(loaded) = load_text("fuzz.ron", data, procedures()) {
        let _ = loaded.instantiate(1);
    }
});
