//! Any text as a PowerShell line: lexing, parsing, binding to every cmdlet
//! and masking never panic; masking is stable and agrees with the line
//! reader's.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tenantdrill::command::{mask_secrets, read};
use tenantdrill::powershell::{cmdlets, mask, syntax};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let line = format!("Get-InboxRule {text}");
    for line in [text, line.as_str()] {
        if let Ok(script) = syntax::parse(line) {
            for invocation in &script.pipeline {
                for cmdlet in cmdlets::CMDLETS {
                    let _ = cmdlets::bind(cmdlet, invocation, &[]);
                }
            }
        }
        let (masked, _) = mask(line);
        assert_eq!(mask(&masked).0, masked, "masking {line:?} twice");
        assert_eq!(mask_secrets(line), read(line).masked);
    }
});
