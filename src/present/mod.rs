//! The presentation layer: the simulation's facts (outcomes, denials,
//! events, views, notices) in words, in the chosen [`Lang`](crate::i18n::Lang).
//! Nothing below this layer builds a sentence a person reads; everything
//! here builds them from the catalogues with [`crate::t!`].

pub mod event;
pub mod notice;
pub mod outcome;
pub mod session;
pub mod view;
