//! A step's result in words: the view, `Done.`, a denial or an error.

use crate::engine::StepResult;
use crate::i18n::Lang;

/// What the trainee sees after a step.
#[must_use]
pub fn result(_lang: Lang, result: &StepResult) -> String {
    crate::drill::render_result(result)
}
