//! All integration tests, in one test binary.

mod support;
