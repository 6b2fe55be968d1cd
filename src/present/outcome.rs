//! A step's result in words: the view, `Done.`, a denial or an error.

use crate::engine::StepResult;
use crate::i18n::Lang;

/// What the trainee sees after a step.
#[must_use]
pub fn result(lang: Lang, result: &StepResult) -> String {
    match (&result.outcome, &result.view) {
        (crate::engine::Outcome::Done, Some(view)) => super::view::render(lang, view),
        _ => crate::drill::render_result(result),
    }
}
