//! A small JSON reader for the two JSON inputs a user can give: a Hugging Face
//! `config.json` and a custom hardware spec.
//!
//! It reads RFC 8259 JSON into a [`Value`] tree and nothing more: no serializer, no typed
//! deserialization. It exists for the web build's size: the general-purpose JSON crate
//! and its float tables cost about 9 KB of the first load (gzip) for the few fields read
//! here. `tests/json.rs` checks it against `serde_json` on generated documents.
//!
//! Numbers are read with [`crate::number::parse_f64`] (correctly rounded); a number too
//! large for an `f64` is an error, as it is in `serde_json`. Nesting deeper than
//! [`MAX_DEPTH`] is an error rather than a stack overflow. In an object with a repeated
//! key the last value wins.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

/// Deepest nesting of arrays and objects read.
pub const MAX_DEPTH: usize = 128;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number (always finite).
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Object),
}

/// A JSON object: each key once (the last one written), kept sorted by key so a lookup is
/// a binary search and a document of many keys reads in `O(n log n)`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Object(Vec<(String, Value)>);

impl Object {
    /// An empty object.
    pub fn new() -> Self {
        Self::default()
    }

    /// The members of a document in the order written, duplicates included: sorted once,
    /// each key's last value kept.
    fn from_document(mut all: Vec<(String, Value)>) -> Self {
        // Stable: equal keys stay in document order, so the last of a run is the last one
        // written.
        all.sort_by(|a, b| a.0.cmp(&b.0));
        let mut members: Vec<(String, Value)> = Vec::with_capacity(all.len());
        for (k, v) in all {
            match members.last_mut() {
                Some(last) if last.0 == k => last.1 = v,
                _ => members.push((k, v)),
            }
        }
        Self(members)
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|m| m.0.as_str().cmp(key))
    }

    /// Sets `key` to `value`, replacing an earlier value of the same key.
    pub fn insert(&mut self, key: String, value: Value) {
        match self.find(&key) {
            Ok(i) => {
                if let Some(m) = self.0.get_mut(i) {
                    m.1 = value;
                }
            }
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.find(key)
            .ok()
            .and_then(|i| self.0.get(i))
            .map(|m| &m.1)
    }

    /// The members, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// How many members.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Value {
    /// The number, if this is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(x) => Some(*x),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

impl From<f64> for Value {
    fn from(x: f64) -> Self {
        Value::Number(x)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

/// Compact JSON text, as quoted in error messages.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(x) => write!(f, "{x}"),
            Value::String(s) => write_string(f, s),
            Value::Array(items) => {
                f.write_str("[")?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{v}")?;
                }
                f.write_str("]")
            }
            Value::Object(o) => {
                f.write_str("{")?;
                for (i, (k, v)) in o.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write_string(f, k)?;
                    write!(f, ":{v}")?;
                }
                f.write_str("}")
            }
        }
    }
}

fn write_string(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in s.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if (c as u32) < 0x20 => write!(f, "\\u{:04x}", c as u32)?,
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}

/// Reads one JSON document (surrounding whitespace allowed). The error names what was
/// wrong and where, e.g. `expected `:` at line 3 column 9`.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut r = Reader {
        s: text.as_bytes(),
        pos: 0,
    };
    let v = r.value(0)?;
    r.ws();
    if r.pos < r.s.len() {
        return Err(r.error("trailing characters"));
    }
    Ok(v)
}

struct Reader<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek();
        self.pos += usize::from(b.is_some());
        b
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// `what at line L column C`, counting characters from 1 at the current position.
    fn error(&self, what: &str) -> String {
        let before = self.s.get(..self.pos).unwrap_or(self.s);
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let tail = before.get(start..).unwrap_or_default();
        let column = 1 + tail.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        format!("{what} at line {line} column {column}")
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected `{}`", byte as char)))
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Result<Value, String> {
        let end = self.pos + word.len();
        if self.s.get(self.pos..end) == Some(word.as_bytes()) {
            self.pos = end;
            Ok(v)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        self.ws();
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.bump() {
                        Some(b',') => {}
                        Some(b']') => return Ok(Value::Array(items)),
                        _ => {
                            self.pos = self.pos.saturating_sub(1);
                            return Err(self.error("expected `,` or `]`"));
                        }
                    }
                }
            }
            Some(b'{') => {
                self.pos += 1;
                let mut o = Vec::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.pos += 1;
                    return Ok(Value::Object(Object::default()));
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.error("expected a key in quotes"));
                    }
                    let key = self.string()?;
                    self.ws();
                    self.expect(b':')?;
                    let v = self.value(depth + 1)?;
                    o.push((key, v));
                    self.ws();
                    match self.bump() {
                        Some(b',') => {}
                        Some(b'}') => return Ok(Value::Object(Object::from_document(o))),
                        _ => {
                            self.pos = self.pos.saturating_sub(1);
                            return Err(self.error("expected `,` or `}`"));
                        }
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Value, String> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        let int_digits = self.digits();
        let leading_zero = int_digits > 1 && self.s.get(int_start) == Some(&b'0');
        let mut ok = int_digits > 0 && !leading_zero;
        if ok && self.peek() == Some(b'.') {
            self.pos += 1;
            ok = self.digits() > 0;
        }
        if ok && matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            ok = self.digits() > 0;
        }
        let text = self.s.get(start..self.pos).unwrap_or_default();
        let parsed = core::str::from_utf8(text)
            .ok()
            .and_then(crate::number::parse_f64);
        match parsed {
            Some(x) if ok && x.is_finite() => Ok(Value::Number(x)),
            Some(_) if ok => {
                self.pos = start;
                Err(self.error("number out of range"))
            }
            _ => Err(self.error("invalid number")),
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let mut v = 0;
        for _ in 0..4 {
            let d = self.bump().and_then(|b| (b as char).to_digit(16));
            match d {
                Some(d) => v = v * 16 + d,
                None => return Err(self.error("invalid \\u escape")),
            }
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, String> {
        self.pos += 1; // the opening quote
        // Most strings have no escape: take them whole.
        let rest = self.s.get(self.pos..).unwrap_or_default();
        if let Some(end) = rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            && rest.get(end) == Some(&b'"')
            && let Ok(text) = core::str::from_utf8(rest.get(..end).unwrap_or_default())
        {
            self.pos += end + 1;
            return Ok(String::from(text));
        }
        let mut out = Vec::new();
        loop {
            let Some(b) = self.bump() else {
                return Err(self.error("unterminated string"));
            };
            match b {
                b'"' => break,
                b'\\' => {
                    let c = match self.bump() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.error("invalid escape")),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                0..0x20 => return Err(self.error("control character in a string")),
                b => out.push(b),
            }
        }
        // The input is a `&str` and escapes were written as UTF-8: always valid.
        String::from_utf8(out).map_err(|_| self.error("invalid UTF-8"))
    }

    fn unicode_escape(&mut self) -> Result<char, String> {
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            if self.bump() != Some(b'\\') || self.bump() != Some(b'u') {
                return Err(self.error("unpaired surrogate in a \\u escape"));
            }
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(self.error("unpaired surrogate in a \\u escape"));
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        char::from_u32(code).ok_or_else(|| self.error("unpaired surrogate in a \\u escape"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_document() {
        let v = parse(r#" {"a": [1, 2.5e1, -0.5, true, null], "b": "x\u00e9\ud83d\ude00\n"} "#);
        let Ok(Value::Object(o)) = v else {
            panic!("{v:?}")
        };
        assert_eq!(
            o.get("a"),
            Some(&Value::Array(alloc::vec![
                Value::Number(1.0),
                Value::Number(25.0),
                Value::Number(-0.5),
                Value::Bool(true),
                Value::Null
            ]))
        );
        assert_eq!(o.get("b").and_then(Value::as_str), Some("xé😀\n"));
    }

    #[test]
    fn errors_say_where() {
        assert_eq!(
            parse("{\n  \"a\" 1}").unwrap_err(),
            "expected `:` at line 2 column 7"
        );
        assert_eq!(
            parse("[1,]").unwrap_err(),
            "expected a value at line 1 column 4"
        );
        assert_eq!(
            parse("01").unwrap_err(),
            "invalid number at line 1 column 3"
        );
        assert_eq!(
            parse("1e400").unwrap_err(),
            "number out of range at line 1 column 1"
        );
        assert_eq!(
            parse("[1] x").unwrap_err(),
            "trailing characters at line 1 column 5"
        );
        assert!(
            parse(&"[".repeat(MAX_DEPTH + 2))
                .unwrap_err()
                .starts_with("nested too deeply")
        );
        assert!(parse("\"\\ud800\"").is_err());
        assert!(parse("\"a\u{1}\"").is_err());
    }

    #[test]
    fn last_key_wins_and_display_quotes() {
        let Ok(Value::Object(o)) = parse(r#"{"k": 1, "k": "t\"q"}"#) else {
            panic!()
        };
        assert_eq!(o.len(), 1);
        assert_eq!(
            o.get("k")
                .map(alloc::string::ToString::to_string)
                .as_deref(),
            Some("\"t\\\"q\"")
        );
    }
}
