//! The lexicon, kept as data (`lexicon.txt`, general English): which phrases carry which sense, the
//! groups of words that name the same kind of thing, and adjectives whose comparative and superlative
//! forms ("hotter", "busiest", "most expensive") ask for the largest or smallest value of a kind of
//! measure. Word forms (plurals, -er/-est) are made here by pattern, not listed.

use std::collections::HashMap;

const SOURCE: &str = include_str!("lexicon.txt");

/// What an adjective asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adjective {
    /// The largest (true) or the smallest value.
    pub max: bool,
    /// The kind of measure: a word of a synonym group or a column name word; "rows" for the number of
    /// rows; "*" for whatever measure the question names.
    pub target: String,
    /// The comparative form was used ("hotter") rather than the superlative.
    pub comparative: bool,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    phrases: HashMap<String, Vec<String>>,
    max_words: usize,
    groups: Vec<Vec<String>>,
    group_of: HashMap<String, Vec<usize>>,
    adjectives: HashMap<String, Adjective>,
    /// The forms of each irregular verb ("win", "won"): a value written in one is said in another.
    verb_forms: HashMap<String, Vec<String>>,
    /// Words of opposite outcomes ("won" and "lost", "passed" and "failed").
    opposites: HashMap<String, Vec<String>>,
}

/// The -er and -est forms of an adjective: hot -> hotter, hottest; busy -> busier, busiest.
pub fn degrees(adj: &str) -> (String, String) {
    match adj {
        "good" => return ("better".into(), "best".into()),
        "bad" => return ("worse".into(), "worst".into()),
        "far" => return ("farther".into(), "farthest".into()),
        _ => {}
    }
    let b = adj.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if adj.ends_with('e') {
        return (format!("{adj}r"), format!("{adj}st"));
    }
    if let Some(stem) = adj.strip_suffix('y') {
        if stem.len() > 1 && !vowel(stem.as_bytes()[stem.len() - 1]) {
            return (format!("{stem}ier"), format!("{stem}iest"));
        }
    }
    let n = b.len();
    if (3..=4).contains(&n)
        && !vowel(b[n - 1])
        && vowel(b[n - 2])
        && !vowel(b[n - 3])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
    {
        let c = b[n - 1] as char;
        return (format!("{adj}{c}er"), format!("{adj}{c}est"));
    }
    (format!("{adj}er"), format!("{adj}est"))
}

/// Plural and singular forms of a word (the word itself included).
pub fn forms(w: &str) -> Vec<String> {
    let mut v = vec![w.to_string()];
    let s = crate::analyst::compile::words::singular(w);
    let p = crate::analyst::compile::words::plural(w);
    for x in [s, p] {
        if !v.contains(&x) {
            v.push(x);
        }
    }
    v
}

impl Lexicon {
    pub fn load() -> Lexicon {
        Self::parse(SOURCE)
    }

    pub fn parse(src: &str) -> Lexicon {
        let mut lx = Lexicon::default();
        for line in src.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((sense, rest)) = line.split_once(" = ") else { continue };
            let sense = sense.trim().to_string();
            if sense == "opposite" {
                if let Some((a, b)) = rest.split_once('|') {
                    let side = |x: &str| -> Vec<String> {
                        x.split(',').map(|p| p.trim().to_lowercase()).filter(|p| !p.is_empty()).collect()
                    };
                    let (a, b) = (side(a), side(b));
                    for w in &a {
                        lx.opposites.entry(w.clone()).or_default().extend(b.iter().cloned());
                    }
                    for w in &b {
                        lx.opposites.entry(w.clone()).or_default().extend(a.iter().cloned());
                    }
                }
                continue;
            }
            let items = rest.split(',').map(|p| p.trim()).filter(|p| !p.is_empty());
            match sense.as_str() {
                "syn" => {
                    let group: Vec<String> = items.map(|p| p.to_lowercase()).collect();
                    let idx = lx.groups.len();
                    for w in &group {
                        for f in forms(w) {
                            lx.group_of.entry(f).or_default().push(idx);
                        }
                    }
                    lx.groups.push(group);
                }
                "verb" => {
                    let group: Vec<String> = items.map(|p| p.to_lowercase()).collect();
                    for w in &group {
                        lx.verb_forms.insert(w.clone(), group.iter().filter(|x| *x != w).cloned().collect());
                    }
                }
                "adj" => {
                    for item in items {
                        let (word, max, target) = if let Some((a, t)) = item.split_once('>') {
                            (a.trim(), true, t.trim())
                        } else if let Some((a, t)) = item.split_once('<') {
                            (a.trim(), false, t.trim())
                        } else {
                            continue;
                        };
                        let (er, est) = degrees(word);
                        let a = Adjective { max, target: target.into(), comparative: false };
                        lx.adjectives.insert(est, a.clone());
                        lx.adjectives.insert(er, Adjective { comparative: true, ..a.clone() });
                        lx.adjectives.insert(word.to_string(), Adjective { comparative: true, ..a.clone() });
                        // ("far" is also "further", "furthest".)
                        if word == "far" {
                            lx.adjectives.insert("furthest".into(), a.clone());
                            lx.adjectives.insert("further".into(), Adjective { comparative: true, ..a });
                        }
                    }
                }
                _ => {
                    for p in items {
                        let key = p.to_lowercase();
                        lx.max_words = lx.max_words.max(key.split(' ').count());
                        let senses = lx.phrases.entry(key).or_default();
                        if !senses.contains(&sense) {
                            senses.push(sense.clone());
                        }
                    }
                }
            }
        }
        lx
    }

    /// The other forms of an irregular verb ("won": "win", "wins", "winning"); none for other words.
    pub fn verb_forms(&self, w: &str) -> &[String] {
        self.verb_forms.get(w).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The words of the opposite outcome ("won": "lost", "lose"...); none for other words.
    pub fn opposites(&self, w: &str) -> &[String] {
        self.opposites.get(w).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The senses of a phrase (words joined by one space).
    pub fn senses(&self, phrase: &str) -> &[String] {
        self.phrases.get(phrase).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every phrase with sense `sense`.
    pub fn phrases_of(&self, sense: &str) -> Vec<&str> {
        let mut v: Vec<&str> =
            self.phrases.iter().filter(|(_, s)| s.iter().any(|x| x == sense)).map(|(p, _)| p.as_str()).collect();
        v.sort_unstable();
        v
    }

    /// Every (phrase, rest of its sense) with a sense starting with `prefix` ("event:": ("borrowed", "loan")).
    pub fn phrases_of_kind(&self, prefix: &str) -> Vec<(&str, &str)> {
        let mut v: Vec<(&str, &str)> = self
            .phrases
            .iter()
            .flat_map(|(p, ss)| ss.iter().filter_map(move |x| x.strip_prefix(prefix).map(|r| (p.as_str(), r))))
            .collect();
        v.sort_unstable();
        v
    }

    pub fn has(&self, phrase: &str, sense: &str) -> bool {
        self.senses(phrase).iter().any(|s| s == sense)
    }

    /// Whether any sense of the phrase starts with `prefix` ("agg:").
    pub fn has_kind(&self, phrase: &str, prefix: &str) -> bool {
        self.senses(phrase).iter().any(|s| s.starts_with(prefix))
    }

    /// The lexicon's one-word phrases.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.phrases.keys().map(String::as_str).filter(|p| !p.contains(' '))
    }

    pub fn max_words(&self) -> usize {
        self.max_words.max(1)
    }

    /// Whether two words name the same kind of thing (equal, or in one synonym group).
    pub fn same_kind(&self, a: &str, b: &str) -> bool {
        if a == b {
            return true;
        }
        match (self.group_of.get(a), self.group_of.get(b)) {
            (Some(x), Some(y)) => x.iter().any(|i| y.contains(i)),
            _ => false,
        }
    }

    /// Every word of the synonym groups of `w` (the word itself included).
    pub fn kin(&self, w: &str) -> Vec<String> {
        let mut out = vec![w.to_string()];
        if let Some(gs) = self.group_of.get(w) {
            for g in gs {
                for x in &self.groups[*g] {
                    if !out.contains(x) {
                        out.push(x.clone());
                    }
                }
            }
        }
        out
    }

    /// Whether `w` is in some synonym group.
    pub fn is_kind_word(&self, w: &str) -> bool {
        self.group_of.contains_key(w)
    }

    pub fn adjective(&self, w: &str) -> Option<&Adjective> {
        self.adjectives.get(w)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn the_lexicon_loads_with_senses_groups_and_adjectives() {
        let lx = Lexicon::load();
        assert!(lx.has("how many", "agg:count"));
        assert!(lx.has("excluding", "excl"));
        assert!(lx.has("monthly", "per-grain:month"));
        assert!(lx.same_kind("sales", "revenue"));
        assert!(lx.same_kind("clients", "customer"), "plural forms join their group");
        assert!(!lx.same_kind("sales", "temperature"));
        assert_eq!(lx.adjective("hottest").map(|a| (a.max, a.target.as_str())), Some((true, "temperature")));
        assert_eq!(lx.adjective("busiest").map(|a| a.target.as_str()), Some("rows"));
        assert_eq!(lx.adjective("cheapest").map(|a| a.max), Some(false));
        assert!(lx.adjective("bigger").is_some_and(|a| a.comparative));
    }

    #[test]
    fn adjective_degrees_follow_english_patterns() {
        assert_eq!(degrees("hot"), ("hotter".into(), "hottest".into()));
        assert_eq!(degrees("busy"), ("busier".into(), "busiest".into()));
        assert_eq!(degrees("large"), ("larger".into(), "largest".into()));
        assert_eq!(degrees("cheap"), ("cheaper".into(), "cheapest".into()));
        assert_eq!(degrees("wet"), ("wetter".into(), "wettest".into()));
        assert_eq!(degrees("slow"), ("slower".into(), "slowest".into()));
        assert_eq!(degrees("long"), ("longer".into(), "longest".into()));
    }
}
