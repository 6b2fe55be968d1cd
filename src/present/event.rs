//! The event layer of the presentation (see the module's documentation).
