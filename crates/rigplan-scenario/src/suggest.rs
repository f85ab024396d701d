//! "Did you mean": the nearest valid ids to a mistyped one.

use alloc::vec::Vec;

/// Levenshtein distance over bytes (ids are ASCII).
fn distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = alloc::vec![0; b.len() + 1];
    for (i, ca) in a.bytes().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        core::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Up to `n` ids closest to `query`; ids containing the query come first.
pub fn nearest<'a>(query: &str, ids: impl Iterator<Item = &'a str>, n: usize) -> Vec<&'a str> {
    let q = query.to_ascii_lowercase();
    let mut scored: Vec<(usize, &str)> = ids
        .map(|id| {
            let d = if !q.is_empty() && id.contains(q.as_str()) {
                0
            } else {
                distance(&q, id)
            };
            (d, id)
        })
        .collect();
    // The `n` smallest, in order: a sort of its own would cost the page 0.4 KB.
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let Some(i) = (0..scored.len()).min_by_key(|&i| scored[i]) else {
            break;
        };
        out.push(scored.swap_remove(i).1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typo() {
        let ids = ["rtx-4090", "rtx-3090", "h100-sxm"];
        assert_eq!(nearest("rtx-4900", ids.into_iter(), 1), ["rtx-4090"]);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
