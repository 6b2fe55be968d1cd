//! Views in words: tables and lists close to what the admin center or
//! PowerShell shows, with the real field names where the product shows them.

use crate::engine::view::View;
use crate::i18n::Lang;

/// A view as the trainee reads it.
#[must_use]
pub fn render(_lang: Lang, view: &View) -> String {
    view.to_string()
}
