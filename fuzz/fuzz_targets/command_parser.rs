//! Any text as a command line: parsing, masking, completion and hints never
//! panic; a command the parser accepts renders to a line that parses back
//! to it; masking is stable (masking a masked line changes nothing).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tenantdrill::command::{mask_secrets, parse, read, render};

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else { return };
    let read = read(line);
    if let Ok(command) = parse(line) {
        if let Some(rendered) = render(&command) {
            assert_eq!(parse(&rendered), Ok(command), "{line:?} rendered as {rendered:?}");
        }
    }
    let masked = mask_secrets(line);
    assert_eq!(masked, read.masked);
    assert_eq!(mask_secrets(&masked), masked, "masking {line:?} twice");
});
