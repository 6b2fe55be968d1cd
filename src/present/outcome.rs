//! The outcome layer of the presentation (see the module's documentation).
