//! One record of a data file, read field by field: each read names the record and the
//! key when the value is missing or of the wrong type, and [`Record::finish`] refuses any
//! key nobody read, so a misspelt field fails loudly instead of silently taking a default.

use std::cell::RefCell;
use std::collections::BTreeSet;
use toml::{Table, Value};

/// A record and the keys read from it so far.
pub struct Record<'a> {
    /// `device rtx-4090`, `model llama-3.1-8b`: how errors name it.
    pub what: String,
    table: &'a Table,
    read: RefCell<BTreeSet<String>>,
}

impl<'a> Record<'a> {
    /// The record `table` of `kind`, named by its `id` when it has one.
    pub fn new(kind: &str, table: &'a Table) -> Self {
        let id = table.get("id").and_then(Value::as_str).unwrap_or("?");
        Self {
            what: format!("{kind} {id}"),
            table,
            read: RefCell::new(BTreeSet::new()),
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.read.borrow_mut().insert(key.to_string());
        self.table.get(key)
    }

    fn wrong(&self, key: &str, want: &str, v: &Value) -> String {
        format!("{}: `{key}` must be {want}, found {v}", self.what)
    }

    fn missing(&self, key: &str) -> String {
        format!("{}: `{key}` is missing", self.what)
    }

    /// A number, when present (an integer reads as a number).
    pub fn opt_f64(&self, key: &str) -> Result<Option<f64>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Float(x)) => Ok(Some(*x)),
            Some(Value::Integer(n)) => Ok(Some(*n as f64)),
            Some(v) => Err(self.wrong(key, "a number", v)),
        }
    }

    /// A required number.
    pub fn f64(&self, key: &str) -> Result<f64, String> {
        self.opt_f64(key)?.ok_or_else(|| self.missing(key))
    }

    /// A whole number within `u32`, when present.
    pub fn opt_u32(&self, key: &str) -> Result<Option<u32>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Integer(n)) => u32::try_from(*n)
                .map(Some)
                .map_err(|_| self.wrong(key, "a whole number from 0", &Value::Integer(*n))),
            Some(v) => Err(self.wrong(key, "a whole number", v)),
        }
    }

    /// A required whole number.
    pub fn u32(&self, key: &str) -> Result<u32, String> {
        self.opt_u32(key)?.ok_or_else(|| self.missing(key))
    }

    /// Whether `key` is present (counts as read).
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// A required string.
    pub fn str(&self, key: &str) -> Result<&'a str, String> {
        match self.get(key) {
            None => Err(self.missing(key)),
            Some(Value::String(s)) => Ok(s),
            Some(v) => Err(self.wrong(key, "text", v)),
        }
    }

    /// A boolean, `false` when absent.
    pub fn flag(&self, key: &str) -> Result<bool, String> {
        match self.get(key) {
            None => Ok(false),
            Some(Value::Boolean(b)) => Ok(*b),
            Some(v) => Err(self.wrong(key, "true or false", v)),
        }
    }

    /// A sub-table, when present.
    pub fn table(&self, key: &str) -> Result<Option<&'a Table>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Table(t)) => Ok(Some(t)),
            Some(v) => Err(self.wrong(key, "a table", v)),
        }
    }

    /// An array of tables (`[[kind.key]]`), empty when absent.
    pub fn tables(&self, key: &str) -> Result<Vec<&'a Table>, String> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(a)) => a
                .iter()
                .map(|v| v.as_table().ok_or_else(|| self.wrong(key, "tables", v)))
                .collect(),
            Some(v) => Err(self.wrong(key, "an array of tables", v)),
        }
    }

    /// Refuses a key that was never read.
    pub fn finish(&self) -> Result<(), String> {
        let read = self.read.borrow();
        match self.table.keys().find(|k| !read.contains(*k)) {
            Some(k) => Err(format!("{}: unknown field `{k}`", self.what)),
            None => Ok(()),
        }
    }
}

/// The records of one array (`[[device]]`) in a data file's text.
pub fn records(file: &str, text: &str, kind: &str) -> Result<Vec<Table>, String> {
    let doc: Table = toml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    if let Some(k) = doc.keys().find(|k| *k != kind) {
        return Err(format!("{file}: unknown top-level key `{k}`"));
    }
    match doc.get(kind) {
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| {
                v.as_table()
                    .cloned()
                    .ok_or_else(|| format!("{file}: `{kind}` must be [[{kind}]] tables"))
            })
            .collect(),
        _ => Err(format!("{file}: no [[{kind}]] records")),
    }
}
