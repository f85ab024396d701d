//! The one error type of the input language: a sentence, and the field it is about, so an
//! adapter can mark the input that is wrong (the page) or name the flag (the CLI).

use crate::params::FieldId;
use alloc::string::String;

/// Why an input cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The field at fault.
    pub field: FieldId,
    /// What is wrong, without the field's name (adapters add the flag or the label):
    /// `must be from 1 to 1024, found '0'`, `unknown model id 'x'; nearest: ...`.
    pub message: String,
}

impl Error {
    /// An error about `field`.
    pub fn new(field: FieldId, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}

/// `--flag: message`, as the command line reports it.
impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "--{}: {}",
            crate::params::field(self.field).flag,
            self.message
        )
    }
}
