//! A small CSV reader (RFC 4180 quoting), enough for the calibration files.

/// Splits CSV text into records of fields.
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Records as header-keyed maps.
pub fn records(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut all = parse(text).into_iter();
    let header = all.next().unwrap_or_default();
    all.filter(|r| r.iter().any(|f| !f.is_empty()))
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.into_iter().chain(std::iter::repeat(String::new())))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes() {
        let r = super::parse("a,\"b,c\",\"d \"\"e\"\"\"\n1,2,3\n");
        assert_eq!(r[0], ["a", "b,c", "d \"e\""]);
        assert_eq!(r[1], ["1", "2", "3"]);
    }
}
