//! The password spray scenarios played as trainees and experts play them:
//! the routes and the mistakes found when the family was first played
//! end to end, each kept as a regression test.

use tenantdrill::drill::Drill;

fn connected(id: &str) -> Drill {
    crate::powershell::connected(id)
}

/// A spray investigation filters the sign-in log by its result code; a
/// `-Filter` the simulation does not model says so instead of quietly
/// showing an empty log (it once read `status/errorCode eq 0` as a user
/// named "0").
#[test]
fn a_sign_in_log_filter_on_an_unmodelled_property_is_refused_not_an_empty_log() {
    let mut drill = connected("password-spray-legacy");
    let reply = drill.execute("Get-MgAuditLogSignIn -Filter \"status/errorCode eq 0\"");
    assert!(reply.error, "{}", reply.output);
    assert!(reply.output.contains("does not model") && reply.output.contains("status/errorCode eq 0"), "{}", reply.output);
    let reply =
        drill.execute("Get-MgAuditLogSignIn -Filter \"userPrincipalName eq 'lidia@litware.com' and createdDateTime ge 2022-09-13\"");
    assert!(reply.error && reply.output.contains("createdDateTime"), "{}", reply.output);
    for line in [
        "Get-MgAuditLogSignIn -Filter \"userPrincipalName eq 'lidia@litware.com'\"",
        "Get-MgAuditLogSignIn -Filter \"ipAddress eq '203.0.113.9'\"",
        "Get-MgAuditLogSignIn -Filter \"UserPrincipalName eq 'lidia@litware.com' and IPAddress eq '203.0.113.9'\"",
    ] {
        let reply = drill.execute(line);
        assert!(!reply.error, "{line}: {}", reply.output);
    }
}

/// `-Top N` returns the first N objects (the newest sign-ins), and `-All`
/// pages through everything whatever `-Top` says.
#[test]
fn graphs_top_returns_that_many_objects() {
    let mut drill = connected("password-spray-legacy");
    let rows = |output: &str| output.lines().filter(|line| line.contains("@litware.com")).count();
    let all = drill.execute("Get-MgAuditLogSignIn");
    assert!(rows(&all.output) > 10, "{}", all.output);
    let top = drill.execute("Get-MgAuditLogSignIn -Top 3");
    assert!(!top.error, "{}", top.output);
    assert_eq!(rows(&top.output), 3, "{}", top.output);
    let first: Vec<&str> = all.output.lines().filter(|line| line.contains("@litware.com")).take(3).collect();
    let kept: Vec<&str> = top.output.lines().filter(|line| line.contains("@litware.com")).collect();
    assert_eq!(first, kept);
    let paged = drill.execute("Get-MgAuditLogSignIn -Top 3 -All");
    assert_eq!(rows(&paged.output), rows(&all.output));
    let bad = drill.execute("Get-MgAuditLogSignIn -Top many");
    assert!(bad.error && bad.output.contains("Cannot bind parameter 'Top'"), "{}", bad.output);
}
