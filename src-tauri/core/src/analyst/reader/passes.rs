//! Passes over the linked words before the slot grammar reads them: each reads one piece of everyday
//! English by changing the senses of a few items ("what did the stall take" makes "take" money; "how many
//! lessons did I teach" makes "teach" what took place; "tips included" is noted as a doubt). Each pass is
//! general English, never a dataset's column names or values.

use super::grammar::{col, names_people};
use super::lexicon::Lexicon;
use super::link::{ColId, Fit, Index, Item, Sense};
use super::periods::PeriodExpr;
use crate::analyst::model::Desk;
use crate::analyst::plan::{FilterOp, Grain};
use crate::semantics::Role;

/// Where the clause holding item `i` begins: after the last punctuation before it.
fn clause_start(items: &[Item], i: usize) -> usize {
    (0..i).rev().find(|&j| items[j].lex("punct")).map(|j| j + 1).unwrap_or(0)
}

/// Words of grammar that are never the verb or the noun a pass looks for.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "and", "or", "is", "are", "was", "were", "be",
    "been", "it", "its", "we", "our", "they", "their", "you", "your", "i", "my", "me", "us", "them", "that", "this",
    "these", "those", "there", "what", "which", "how", "who", "all", "any", "some", "from", "by", "as", "than", "then",
    "so", "just", "whats", "what's", "one", "ones", "each", "every", "both",
];

/// "What did the market stall take?", "how much did we bring in in May": a verb of takings after "what/how
/// much did <someone>" asks for money when nothing else names a figure. (Elsewhere these verbs are filler:
/// "which route took the longest", "how long did it take", "how many orders did we take".)
pub(super) fn money_verb(items: &mut [Item], desk: &Desk) {
    const VERBS: &[&str] = &[
        "take",
        "took",
        "takes",
        "taken",
        "bring in",
        "brought in",
        "brings in",
        "make",
        "made",
        "makes",
        "raise",
        "raised",
        "raises",
        "charge",
        "charged",
        "charges",
        "bill",
        "billed",
        "come to",
        "came to",
        "comes to",
        "collect",
        "collected",
        "collects",
    ];
    const AUX: &[&str] = &["did", "do", "does", "will", "has", "have", "had", "did we", "do we"];
    let content: Vec<usize> = (0..items.len()).filter(|&i| !items[i].lex("punct")).collect();
    let Some(&first) = content.first() else { return };
    let Some(v) = (first + 1..items.len()).find(|&i| VERBS.contains(&items[i].text.as_str())) else { return };
    // (The question may open a clause of its own: "across delivered jobs ..., what do we make per kilometre".)
    let clause = (first..v).rev().find(|&i| items[i].text == ",").map(|p| p + 1).filter(|&c| c < v);
    // (Not after words that say how the figure is taken, "on average, how much does a Saturday market bring
    // in": those belong to the question the clause asks.)
    let first = match clause {
        Some(c)
            if matches!(items[c].text.as_str(), "what" | "how much" | "how much more" | "how much less")
                && !items[first..c].iter().any(|it| it.lex_kind("agg:").is_some()) =>
        {
            c
        }
        _ => first,
    };
    match items[first].text.as_str() {
        "what" | "how much" | "how much more" | "how much less"
            if (first + 1..v).any(|i| AUX.contains(&items[i].text.as_str())) => {}
        // "how many late fees did we charge": the things counted, charged (the verb says no more).
        "how many"
            if (first + 1..v).any(|i| AUX.contains(&items[i].text.as_str()))
                // (Not a noun after "no": "how many call-outs have no charge recorded".)
                && !matches!(items[v - 1].text.as_str(), "no" | "without" | "a" | "an" | "the" | "any")
                && items[v].senses.iter().all(|x| matches!(x, Sense::Lex(_)))
                && items
                    .get(v + 1)
                    .is_none_or(|n| n.lex("punct") || n.senses.iter().any(|x| matches!(x, Sense::Period(_)))) =>
        {
            items[v].senses = vec![Sense::Lex("filler".into())];
            return;
        }
        // "which branch made the most", "who brought in more": the verb before a superlative that ends the
        // clause or is followed by a preposition ("made the most from hires"), not by what it counts
        // ("made the most trips").
        "which" | "who"
            if {
                let rest: Vec<&Item> = items[v + 1..].iter().filter(|n| n.text != "the").collect();
                rest.first().is_some_and(|n| {
                    n.lex_kind("rank:").is_some()
                        || matches!(n.text.as_str(), "the most" | "most" | "the least" | "least" | "more" | "less")
                }) && rest.get(1).is_none_or(|n| {
                    n.lex("punct")
                        || matches!(
                            n.text.as_str(),
                            "from"
                                | "in"
                                | "on"
                                | "over"
                                | "during"
                                | "this"
                                | "last"
                                | "in the"
                                | "over the"
                                | "out of"
                        )
                        || n.senses.iter().any(|x| matches!(x, Sense::Period(_)))
                })
            } => {}
        _ => return,
    }
    // Nothing else may name a figure: a number column, a word for money or a count. (Not the subject
    // between "did" and the verb: "what did the kegs we delivered bring in" asks for their money.)
    let aux = (first + 1..v).find(|&i| AUX.contains(&items[i].text.as_str())).unwrap_or(v);
    // (Nor a figure said to be left out: "not counting tips".)
    // (Nor what the money is divided by: "what do we take per dryer cycle".)
    // (Nor anything of the "per" clause after the verb: "make per hour we're open".)
    let per_at = (v + 1..items.len()).find(|&i| items[i].text == "per");
    let left_out = |i: usize| {
        i > 0 && (items[i - 1].lex("excl") || items[i - 1].lex("neg") || items[i - 1].text == "per")
            || i > 1 && items[i - 2].text == "per" && !items[i - 1].vals().is_empty()
            || per_at.is_some_and(|p| i > p)
    };
    let figure = items.iter().enumerate().filter(|(i, _)| (*i <= aux || *i >= v) && !left_out(*i)).map(|(_, it)| it).any(|it| {
        it.lex_kind("measure:").is_some()
            // (A superlative, "the most", only says which way.)
            // (An average or a total of the money is still money: only a count names another figure.)
            || it.lex("agg:count") || it.lex("agg:distinct")
            || it.lex_kind("sign:").is_some()
            || it.lex("fill")
            || it.lex("reversal")
            || it.cols().iter().any(|(c, f)| {
                *f > Fit::Kin && col(desk, *c).is_numeric() && !matches!(col(desk, *c).role, Role::Time | Role::Identifier)
            })
    });
    // ("how much did we charge for parts", "how much did we collect in deposits": a money column named with the
    // verb is the money taken; the verb says no more.)
    let money_named =
        items.iter().enumerate().filter(|(i, _)| (*i <= aux || *i >= v) && !left_out(*i)).any(|(_, it)| {
            it.vals().is_empty()
                && it
                    .cols()
                    .iter()
                    .any(|(c, f)| *f > Fit::Kin && col(desk, *c).is_numeric() && col(desk, *c).in_currency())
        });
    if figure && money_named && items[v].senses.iter().all(|x| matches!(x, Sense::Lex(_))) {
        items[v].senses = vec![Sense::Lex("filler".into())];
    }
    if !figure {
        items[v].senses = vec![Sense::Lex("measure:*".into())];
        // The subject's own number column is not a second figure ("the kegs" of `kegs`): the things.
        for it in items.iter_mut().take(v).skip(aux + 1) {
            let numeric = |x: &Sense| matches!(x, Sense::Col { id, .. } if col(desk, *id).is_numeric());
            if it.senses.iter().any(numeric) && it.senses.iter().any(|x| matches!(x, Sense::Table { .. })) {
                // (It names the table's rows: the scope of the money, already the table's.)
                it.senses = vec![Sense::Lex("filler".into())];
            }
        }
    }
}

/// "the whole site", "the entire farm", "across the site": the thing after a word of the whole is all of it, not a value that
/// only has that word in it ("storm - whole site shut", a remark): it reads as the whole. (A value said in
/// full, "the whole Main Hall", stays that value.)
pub(super) fn whole_of_the_thing(items: &mut [Item], desk: &Desk, lx: &Lexicon) {
    // (A column of remarks: "note", "memo", "comment".)
    let remark =
        |c: &ColId| crate::semantics::name_words(&col(desk, *c).name).iter().any(|w| lx.same_kind(w, "description"));
    for it in items.iter_mut() {
        // (One word of a remark, "storm - whole site shut" in a `note` column, is no value said: a word that
        // only matches that is not understood, rather than a filter on the remark.)
        let remark_part = |x: &Sense| matches!(x, Sense::Val { fit: Fit::Part, id, .. } if remark(id));
        if !it.text.contains(' ') && !it.senses.is_empty() && it.senses.iter().all(remark_part) {
            it.senses.clear();
        }
    }
    for i in 1..items.len() {
        if !matches!(
            items[i - 1].text.as_str(),
            "whole" | "entire" | "the whole" | "the entire" | "across" | "across the" | "across our"
        ) {
            continue;
        }
        let said_in_full = items[i].senses.iter().any(|x| matches!(x, Sense::Val { fit: Fit::Exact | Fit::Form, .. }));
        let only_part = items[i].senses.iter().all(|x| match x {
            Sense::Val { fit, .. } | Sense::Col { fit, .. } | Sense::Table { fit, .. } => *fit <= Fit::Part,
            _ => false,
        });
        if !said_in_full && only_part && !items[i].text.contains(' ') {
            items[i].senses = vec![Sense::Lex("whole".into())];
        }
    }
}

/// "the longest average stay on any level on any day": after a superlative, "average" right before a word
/// naming a column of averages (`avg_stay_mins`) is part of that column's name, not a second aggregate; and
/// "on any level", "on any day" are all of them (the extreme over every row), not a grouping.
pub(super) fn extreme_of_a_recorded_average(items: &mut [Item], desk: &Desk) {
    let Some(sup) = items.iter().position(|it| it.lex("agg:max") || it.lex("agg:min")) else { return };
    let averages = |c: &ColId| {
        crate::semantics::name_words(&col(desk, *c).name)
            .iter()
            .any(|w| matches!(w.as_str(), "avg" | "average" | "mean"))
    };
    let mut named = false;
    for i in sup + 1..items.len().saturating_sub(1) {
        if items[i].lex("agg:avg") && items[i + 1].cols().iter().any(|(c, _)| averages(c)) {
            items[i].senses = vec![Sense::Lex("filler".into())];
            named = true;
        }
    }
    if !named {
        return;
    }
    for i in 1..items.len() {
        if items[i - 1].text == "any" && (!items[i].cols().is_empty() || items[i].lex_kind("grain:").is_some()) {
            items[i].senses = vec![Sense::Lex("whole".into())];
        }
    }
}

/// "how many matches ended in a draw": a request verb ("draw", "plot", "report", "check") right after a
/// determiner is a noun of the data, not a request: it keeps only its other senses (none: not understood).
pub(super) fn request_verb_as_noun(items: &mut [Item]) {
    const WH: &[&str] = &[
        "what",
        "what is",
        "what was",
        "what were",
        "what are",
        "whats",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "how",
        "why",
    ];
    for i in 1..items.len() {
        if !items[i].lex("ask") || items[i].text.contains(' ') {
            continue;
        }
        // (After a request already made, "draw a chart", "show me a breakdown", it is what is asked for.)
        if items[..i].iter().any(|it| it.lex("ask") && !WH.contains(&it.text.as_str())) {
            continue;
        }
        let p = items[i - 1].text.as_str();
        let determiner = matches!(p, "a" | "an" | "the" | "each" | "every" | "per" | "one")
            || p.ends_with(" a")
            || p.ends_with(" an")
            || p.ends_with(" the");
        if determiner && !matches!(items[i].text.as_str(), "what" | "which" | "who" | "how" | "where" | "when") {
            items[i].senses.retain(|x| !matches!(x, Sense::Lex(l) if l == "ask"));
        }
    }
}

/// "who's our biggest hirer by money paid": money "paid" with no one said to pay it, on a desk whose money
/// goes both ways, may be money they paid us or money we paid them; asked, never guessed.
pub(super) fn passive_paid(items: &[Item], desk: &Desk) -> Option<String> {
    let signed = desk.tables.iter().any(|t| t.columns.iter().any(|c| c.role == Role::SignedAmount));
    if !signed {
        return None;
    }
    (1..items.len()).find_map(|v| {
        let paid = matches!(items[v].text.as_str(), "paid" | "spent" | "received");
        let passive = items[v - 1].text == "money";
        let agent = items.get(v + 1).is_some_and(|n| {
            matches!(n.text.as_str(), "us" | "me" | "to us" | "by us" | "to me" | "by me" | "out" | "in" | "back")
        });
        (paid && passive && !agent)
            .then(|| format!("which way the \"money {}\" went (paid to us, or paid by us)", items[v].text))
    })
}

/// "What did Crafts stalls pay", "how much did the hotels spend with us": money someone else paid is the
/// money of their rows (net of what went back to them), not money out; only "we"/"I" paying is money out.
pub(super) fn payer_not_us(items: &mut [Item]) {
    const PAY: &[&str] = &["pay", "paid", "pays", "paying", "spend", "spent", "spends", "spending"];
    const AUX: &[&str] = &["did", "do", "does", "has", "have", "had", "will"];
    const US: &[&str] = &["we", "i", "us", "our", "you", "did we", "do we", "have we", "did i", "do i", "have i"];
    for v in 1..items.len() {
        if !PAY.contains(&items[v].text.as_str()) || items[v].lex_kind("sign:") != Some("out") {
            continue;
        }
        let Some(a) =
            (0..v).rev().find(|&i| AUX.contains(&items[i].text.as_str()) || US.contains(&items[i].text.as_str()))
        else {
            // "which type of stall pays the most": the things asked about pay, with no helping verb.
            let w = (0..v).rev().find(|&i| matches!(items[i].text.as_str(), "which" | "what" | "who"));
            // ("which three countries spent the most": a number of them too.)
            let number = |it: &Item| !it.text.is_empty() && it.text.chars().all(|c| c.is_ascii_digit());
            let things = w.is_some_and(|w| {
                w + 1 < v
                    && items[w + 1..v]
                        .iter()
                        .all(|it| it.is_schema() || it.is_filler() || it.lex("people") || number(it))
                    && items[w + 1..v].iter().any(|it| it.is_schema() || it.lex("people"))
            });
            if things {
                items[v].senses = vec![Sense::Lex("measure:*".into())];
            }
            continue;
        };
        // ("paid us", "pay me": money in; "after refunds", net of what went back.)
        if items.get(v + 1).is_some_and(|n| matches!(n.text.as_str(), "us" | "me")) {
            let net = items.windows(2).any(|w| {
                matches!(w[0].text.as_str(), "after" | "net of" | "less")
                    && w[1].senses.iter().any(|x| matches!(x, Sense::Lex(l) if l == "reversal"))
            });
            items[v].senses = vec![Sense::Lex(if net { "measure:*" } else { "sign:in" }.into())];
            continue;
        }
        if US.contains(&items[a].text.as_str()) {
            continue;
        }
        let subject: Vec<&Item> = items[a + 1..v].iter().filter(|it| !it.is_filler()).collect();
        let someone = !subject.is_empty()
            && subject.iter().all(|it| !US.contains(&it.text.as_str()))
            && subject.iter().any(|it| {
                it.is_schema()
                    || it.lex("people")
                    || it.lex("person")
                    // ("what did each spend": each of the things named before, not us.)
                    || matches!(it.text.as_str(), "each" | "each one" | "each of them" | "they")
            });
        if someone {
            // (Their payments, net of what came back to them: the money of those rows.)
            items[v].senses = vec![Sense::Lex("measure:*".into())];
        }
    }
}

/// "once returns are taken off": "once" before the rows a clause is about is "when", a word of no meaning
/// for the figure (what the clause says of them decides). "Customers who ordered once" keeps it unknown.
pub(super) fn once_as_when(items: &mut [Item]) {
    for i in 0..items.len() {
        if items[i].text != "once" || !items[i].senses.is_empty() {
            continue;
        }
        let next = (i + 1..items.len()).find(|&j| !matches!(items[j].text.as_str(), "the" | "all" | "our" | "any"));
        if next.is_some_and(|j| !items[j].vals().is_empty() || items[j].lex("reversal")) {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "how many nail trims did we do in December": "do" as the main verb of a count (last in its clause,
/// after "did we") asks for the things done, like "delivered" or "carried" (see `presence`).
pub(super) fn done_verb(items: &mut [Item]) {
    // (Also "how many more ... did I teach": a count of things done, compared.)
    // ("what percentage of the jobs we did": a share counts too.)
    let Some(c) =
        items.iter().position(|it| it.lex("agg:count") || it.text.starts_with("how many") || it.lex("op:share"))
    else {
        return;
    };
    // A light verb (filler) in that place is the doing too: "teach", "run", "serve", "hold".
    // (Nor the light verbs the other passes read, nor words of the whole.)
    const NOT_VERBS: &[&str] = &[
        "did",
        "do",
        "does",
        "has",
        "have",
        "had",
        "get",
        "got",
        "take",
        "took",
        "make",
        "made",
        "actually",
        "really",
        "overall",
        "total",
        "in total",
        "altogether",
        // (A booking made is counted whether or not it then took place.)
        "book",
        "booked",
        "books",
        "reserved",
        "reserve",
        "scheduled",
        "schedule",
        "ordered",
        "order",
        "placed",
    ];
    for i in c + 1..items.len() {
        // (Not a noun after a determiner: "this season".)
        let after_determiner = i > 0
            && matches!(
                items[i - 1].text.as_str(),
                "the" | "this" | "that" | "a" | "an" | "last" | "next" | "our" | "my"
            );
        let light = items[i].is_filler()
            && !items[i].senses.is_empty()
            && !items[i].text.contains(' ')
            && !FUNCTION_WORDS.contains(&items[i].text.as_str())
            && (!NOT_VERBS.contains(&items[i].text.as_str())
                // ("how many kegs did the accounts take": a count of things taken is of those delivered; a
                // "how much" of takings is money, read elsewhere.)
                || items[c].text.starts_with("how many") && matches!(items[i].text.as_str(), "take" | "took")
                // ("the wreaths we made": made in a clause of its own after the things, not money made.)
                || matches!(items[i].text.as_str(), "made" | "make")
                    && i >= 2
                    && items[i - 1].text == "we"
                    && !items[i - 2].vals().is_empty())
            && !after_determiner;
        // ("how many different dogs did we walk" on `dog_walks`: the verb of the table's own rows is the doing.)
        let table_verb = !items[i].text.contains(' ')
            && !items[i].text.ends_with('s')
            && items[i].senses.iter().any(|x| matches!(x, Sense::Table { .. }))
            && items[i].senses.iter().all(|x| match x {
                Sense::Table { .. } => true,
                Sense::Col { fit, .. } => *fit <= Fit::Part,
                _ => false,
            });
        if !matches!(items[i].text.as_str(), "do" | "did" | "done") && !light && !table_verb {
            continue;
        }
        let after_aux = items[c + 1..i].iter().any(|it| {
            matches!(
                it.text.as_str(),
                "did we"
                    | "do we"
                    | "have we"
                    | "had we"
                    | "we"
                    | "they"
                    | "did they"
                    | "you"
                    | "did"
                    | "does"
                    | "has"
                    | "have"
            )
        });
        // "how many kegs went out in March", "how many cases we sent out": the verb with its particle "out"
        // (things sent on their way), the subject or object being what is counted.
        // ("sold out" says full, not sold.)
        let out = items.get(i + 1).is_some_and(|n| n.text == "out" && n.senses.is_empty())
            && light
            && !matches!(items[i].text.as_str(), "sold" | "sell" | "sells" | "selling");
        let after_aux = after_aux || out;
        let next = if out { i + 2 } else { i + 1 };
        let ends = match items.get(next) {
            None => true,
            Some(n) => {
                n.lex("punct")
                    // ("the jobs we did were paid in cash": the clause ends where the next verb starts.)
                    || n.text.starts_with("were ")
                    || n.text.starts_with("was ")
                    || n.senses.iter().any(|x| matches!(x, Sense::Period(_)))
                    || n.lex_kind("period:").is_some()
                    || n.lex_kind("rel:").is_some()
                    || matches!(
                        n.text.as_str(),
                        "were" | "was" | "in" | "on"
                            | "over"
                            | "during"
                            | "so far"
                            | "this"
                            | "last"
                            | "in the"
                            | "over the"
                            | "during the"
                    )
            }
        };
        if after_aux && ends {
            items[i].senses = vec![Sense::Lex("presence".into())];
            if out {
                items[i + 1].senses = vec![Sense::Lex("filler".into())];
            }
        }
    }
}

/// "bookings come in through the app", "jobs came in": things (not people, not money) that come in
/// arrive; it says neither money in nor being there (which "how many patients came in" and "how much came
/// in" do).
pub(super) fn things_come_in(items: &mut [Item], desk: &Desk, lx: &Lexicon) {
    for i in 1..items.len() {
        if !matches!(items[i].text.as_str(), "come in" | "came in" | "comes in" | "coming in") {
            continue;
        }
        let Some(p) = (0..i).rev().find(|&j| !items[j].is_filler() && !items[j].lex("punct")) else { continue };
        let subject = &items[p];
        let singular = crate::analyst::compile::words::singular(&subject.text);
        let people = subject.lex("people")
            || lx.has(&subject.text, "person")
            || lx.has(&singular, "person")
            || subject.cols().iter().any(|(c, _)| names_people(lx, col(desk, *c)));
        let money =
            subject.lex_kind("measure:").is_some() || subject.cols().iter().any(|(c, _)| col(desk, *c).in_currency());
        let thing =
            subject.senses.iter().any(|x| matches!(x, Sense::Table { .. } | Sense::Col { .. })) || subject.lex("rows");
        if thing && !people && !money {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "took off", "picked up": a particle right after a verb that carries no meaning for the
/// figure is part of that verb (a particle that means something, "paid out", "came in", is a lexicon phrase
/// of its own and is linked before this).
pub(super) fn verb_particles(items: &mut [Item], desk: &Desk) {
    // ("out" and "back" say a direction that matters: money that went out, books that came back.)
    const PARTICLES: &[&str] = &["off", "up", "down", "away"];
    for i in 1..items.len() {
        if !items[i].senses.is_empty() || !PARTICLES.contains(&items[i].text.as_str()) {
            continue;
        }
        let p = &items[i - 1];
        if p.is_filler() && !p.senses.is_empty() && !FUNCTION_WORDS.contains(&p.text.as_str()) && !p.text.contains(' ')
        {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
    // "how many kegs went out", "cases we sent out", "how much did we pay out": "out" after a verb that only
    // names the rows' event, or after a verb of paying, adds nothing; where a money column holds money in
    // and out it may say which way, so it is left to be asked. ("sold out" is a phrase of its own.)
    let signed = desk.tables.iter().any(|t| t.columns.iter().any(|c| c.role == Role::SignedAmount));
    for i in 1..items.len() {
        // ("do most skips go out on": the verb's particle, not a status "Out"; which event it is stays asked.)
        if items[i].text == "out"
            && matches!(items[i - 1].text.as_str(), "go" | "goes" | "went" | "going" | "gone")
            && !items[i].senses.is_empty()
            && items[i].senses.iter().all(|x| matches!(x, Sense::Val { .. }))
        {
            items[i].senses.clear();
            continue;
        }
        if !items[i].senses.is_empty() || items[i].text != "out" {
            continue;
        }
        let p = &items[i - 1];
        let paying = p.lex_kind("sign:") == Some("out");
        let light = p.is_filler()
            && !p.senses.is_empty()
            && !FUNCTION_WORDS.contains(&p.text.as_str())
            && !p.text.contains(' ')
            && !matches!(p.text.as_str(), "sold" | "sell" | "sells" | "selling")
            && !signed;
        if paying || light {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "how many teams": a count of things named by a word that is only a modifier in a number column's name
/// (`team_size`, `party_count`) is not that column's total: the column measures each row's team, it does
/// not count teams. (The word may still name the rows; else it is asked.)
pub(super) fn counted_not_a_size(items: &mut [Item], desk: &Desk, index: &Index) {
    for i in 1..items.len() {
        // (After "how many", "the number of", "what share of (the)".)
        let Some(p) =
            (0..i).rev().find(|&j| !matches!(items[j].text.as_str(), "of" | "the" | "our" | "of the" | "all"))
        else {
            continue;
        };
        if !(items[p].lex("agg:count") || items[p].lex("op:share")) {
            continue;
        }
        let it = &items[i];
        let cols = it.cols();
        // (Only a column whose last word is an attribute of the thing: its size, value, length. "beds" of
        // `beds_available` or "rooms" of `room_count` do count them.)
        const ATTRIBUTE: &[&str] = &[
            "size",
            "length",
            "value",
            "price",
            "cost",
            "weight",
            "age",
            "duration",
            "rating",
            "score",
            "amount",
            "total",
            "fee",
            "time",
            "distance",
            "height",
            "width",
            "speed",
            "temperature",
            "rate",
        ];
        let attribute = |c: ColId| {
            crate::semantics::name_words(&col(desk, c).name).last().is_some_and(|w| ATTRIBUTE.contains(&w.as_str()))
        };
        let loose_sizes = !cols.is_empty()
            && cols.iter().all(|(c, f)| {
                *f == Fit::Part && col(desk, *c).is_numeric() && !index.is_head(*c, &it.text) && attribute(*c)
            });
        if loose_sizes {
            items[i].senses.retain(|x| !matches!(x, Sense::Col { .. }));
        }
    }
}

/// "ticket money", "door takings": a word only loosely like a column (one word of its name) right before a
/// word for money says what the money is for, not a second figure ("ticket" is not `ticket_type`).
pub(super) fn money_modifier(items: &mut [Item], desk: &Desk) {
    for i in 0..items.len().saturating_sub(1) {
        let it = &items[i];
        let cols = it.cols();
        // (Only a word that is nothing else: "people" who got paid are people.)
        let loose = !cols.is_empty()
            && it.senses.iter().all(|x| matches!(x, Sense::Col { .. }))
            && cols.iter().all(|(c, f)| *f <= Fit::Part && !col(desk, *c).is_numeric());
        // (A noun for money: "ticket money", "bar income"; not a verb, "patients came in", "sessions were paid".)
        let money_noun = items[i + 1].lex_kind("measure:") == Some("*")
            || items[i + 1].lex_kind("sign:").is_some()
                && matches!(
                    items[i + 1].text.as_str(),
                    "money in"
                        | "money out"
                        | "income"
                        | "incomes"
                        | "earnings"
                        | "spending"
                        | "expenses"
                        | "expenditure"
                        | "outgoings"
                        | "takings"
                );
        if loose && money_noun {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "concession tickets", "school groups": after a value of a kind column (`ticket_type`, `group_type`),
/// the plural of what it classifies names the things of that kind, already said by the value.
pub(super) fn things_of_a_kind(items: &mut [Item], desk: &Desk) {
    for i in 1..items.len() {
        if !items[i].senses.is_empty()
            && !items[i].senses.iter().all(|x| matches!(x, Sense::Col { fit: Fit::Kin | Fit::Part, .. }))
        {
            continue;
        }
        let w = items[i].text.clone();
        let kind_of_value = items[i - 1].vals().iter().any(|(c, _, _)| {
            let ws = crate::semantics::name_words(&col(desk, *c).name);
            ws.len() > 1
                && ws.last().is_some_and(|l| super::link::is_kind_word(l))
                && ws[..ws.len() - 1].iter().any(|x| super::link::same_form(x, &w))
        });
        if kind_of_value {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "how many different parts": different things are counted by a column that names them (`part_code`),
/// never by an amount that shares the word (`parts`, the money spent on parts).
pub(super) fn distinct_things(items: &mut [Item], desk: &Desk) {
    for i in 1..items.len() {
        if !items[i - 1].lex("agg:distinct") {
            continue;
        }
        let cols = items[i].cols();
        // "how many different clients" where the rows hold a client key that reaches the clients' table: the
        // clients are the keys the rows hold (the ones who did something), not the lookup's rows or names.
        let tables: Vec<usize> = items[i]
            .senses
            .iter()
            .filter_map(|x| if let Sense::Table { table, .. } = x { Some(*table) } else { None })
            .collect();
        let keys: Vec<ColId> = cols
            .iter()
            .map(|(c, _)| *c)
            .filter(|c| {
                let from = &desk.tables[c.table];
                desk.joins.iter().any(|j| {
                    j.from_table == from.name
                        && j.key == col(desk, *c).name
                        && tables.iter().any(|t| desk.tables[*t].name == j.to_table)
                })
            })
            .collect();
        if let [k] = keys.as_slice() {
            items[i].senses.retain(|x| match x {
                Sense::Col { id, .. } => id == k,
                Sense::Table { .. } => false,
                _ => true,
            });
            continue;
        }
        // "how many different tree species" on `tree_jobs`: the table's own word before a column of things
        // qualifies that head noun (it is not a count of `trees` beside it).
        let head_thing = items.get(i + 1).is_some_and(|next| {
            next.vals().is_empty()
                && !next.cols().is_empty()
                && next.cols().iter().all(|(c, _)| !col(desk, *c).is_numeric() && col(desk, *c).role != Role::Time)
        });
        if !tables.is_empty() && head_thing && items[i].vals().is_empty() {
            items[i].senses = vec![Sense::Lex("filler".into())];
            continue;
        }
        let things = cols.iter().any(|(c, _)| !col(desk, *c).is_numeric() && col(desk, *c).role != Role::Time);
        let amounts = cols.iter().any(|(c, _)| col(desk, *c).is_numeric());
        if things && amounts {
            items[i].senses.retain(|x| match x {
                Sense::Col { id, .. } => !col(desk, *id).is_numeric(),
                _ => true,
            });
        }
    }
}

/// "how much did we take, not counting tips": a money column named right after a word that leaves out
/// is not the figure but what the money leaves out (the money is then the other money column).
pub(super) fn figures_left_out(items: &mut [Item], desk: &Desk) -> (Vec<ColId>, Vec<String>) {
    let mut out = Vec::new();
    let mut added = Vec::new();
    // "tips included", "with tips too": a money column said to be added to the money, which one figure of
    // one column cannot say.
    let money = |c: ColId| col(desk, c).is_numeric() && col(desk, c).in_currency();
    for i in 0..items.len().saturating_sub(1) {
        let next = items[i + 1].text.as_str();
        if matches!(next, "included" | "included too" | "too" | "as well" | "on top") {
            let cols: Vec<ColId> =
                items[i].cols().into_iter().filter(|(c, f)| *f >= Fit::Form && money(*c)).map(|(c, _)| c).collect();
            if cols.len() == 1 && items[i].vals().is_empty() {
                added.push(format!(
                    "how \"{} {next}\" adds {} to the other money (a sum of two columns)",
                    items[i].text,
                    col(desk, cols[0]).name
                ));
            }
        }
    }
    for i in 1..items.len() {
        if !(items[i - 1].lex("excl") || items[i - 1].lex("neg")) {
            continue;
        }
        // (Not "have no charge (recorded)", "with no price": rows whose figure is missing.)
        if i >= 2 && matches!(items[i - 2].text.as_str(), "have" | "has" | "had" | "with") && items[i - 1].text == "no"
        {
            continue;
        }
        let cols: Vec<ColId> =
            items[i].cols().into_iter().filter(|(c, f)| *f >= Fit::Form && money(*c)).map(|(c, _)| c).collect();
        if let [c] = cols.as_slice() {
            if items[i].vals().is_empty() {
                out.push(*c);
                items[i].senses = vec![Sense::Lex("filler".into())];
                items[i - 1].senses = vec![Sense::Lex("filler".into())];
            }
        }
    }
    (out, added)
}

/// "which two flats", "longer than three days": a number written as a word is that number (a word the
/// desk does not know otherwise; "one" stays a pronoun, "which one").
pub(super) fn number_words(items: &mut Vec<Item>) {
    // (Two to twelve as periods read them, "the last three months"; larger ones here.)
    const WORDS: &[(&str, f64)] = &[
        ("fifteen", 15.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("ninety", 90.0),
        ("hundred", 100.0),
        ("a hundred", 100.0),
        ("a dozen", 12.0),
        ("dozen", 12.0),
    ];
    // "three and a half hours", "2 and a half": the number and a half.
    let mut i = 0;
    while i + 3 < items.len() {
        let value = match &items[i].senses[..] {
            [Sense::Num { value, currency: false, percent: false }] => Some(*value),
            _ => super::periods::number_word(&items[i].text).map(f64::from),
        };
        let half = items[i + 1].text == "and"
            && (items[i + 2].text == "a" && items[i + 3].text == "half" || items[i + 2].text == "a half");
        if let (Some(v), true) = (value, half) {
            items[i].senses = vec![Sense::Num { value: v + 0.5, currency: false, percent: false }];
            let last = if items[i + 2].text == "a half" { i + 2 } else { i + 3 };
            let gone: Vec<Item> = items.drain(i + 1..=last).collect();
            if let Some(g) = gone.last() {
                items[i].end = g.end;
            }
            items[i].text = format!("{} and a half", items[i].text);
        }
        i += 1;
    }
    for i in 0..items.len() {
        // ("more than one item": after a strict comparison "one" is the number; "at least one" is any.)
        if items[i].text == "one" && i > 0 && matches!(items[i - 1].lex_kind("cmp:"), Some("gt" | "lt")) {
            items[i].senses = vec![Sense::Num { value: 1.0, currency: false, percent: false }];
            continue;
        }
        // ("all seven lifts", "each of the three": every one of a known number of things, not a figure.)
        if !items[i].senses.is_empty()
            || i > 0 && matches!(items[i - 1].text.as_str(), "all" | "every" | "each" | "these" | "those" | "of the")
        {
            continue;
        }
        let it = &mut items[i];
        let small = super::periods::number_word(&it.text).filter(|n| *n >= 2).map(f64::from);
        if let Some(v) = small.or_else(|| WORDS.iter().find(|(w, _)| *w == it.text).map(|(_, v)| *v)) {
            it.senses = vec![Sense::Num { value: v, currency: false, percent: false }];
        }
    }
}

/// "leave cancelled jobs out", "leave the void ones out", "no-shows left out", "leave tips out of it": the
/// verb of leaving out with its object between its two words, or before them, is an exclusion of that
/// object (read as "leaving out cancelled jobs").
pub(super) fn leave_out(items: &mut [Item]) {
    // ("leaving renewals and refunds aside": "aside" closes the object as "out" does.)
    let is_out = |it: &Item| matches!(it.text.as_str(), "out" | "out of" | "aside");
    let mut i = 0;
    while i < items.len() {
        let t = items[i].text.as_str();
        if matches!(t, "leave" | "leaving" | "leaves")
            && items[i].senses.iter().all(|s| matches!(s, Sense::Lex(l) if l == "filler"))
        {
            // The particle after the object, within the same clause.
            let end = (i + 1..items.len().min(i + 8)).find(|&j| items[j].lex("punct") || is_out(&items[j]));
            if let Some(j) = end.filter(|&j| is_out(&items[j]) && j > i + 1) {
                items[i].senses = vec![Sense::Lex("excl".into())];
                let of = items[j].text == "out of";
                items[j].senses = vec![Sense::Lex("filler".into())];
                // ("out of it", "out of the figures")
                if of {
                    if let Some(k) = (j + 1 < items.len()).then_some(j + 1) {
                        if matches!(
                            items[k].text.as_str(),
                            "it" | "them" | "this" | "that" | "the total" | "the figures"
                        ) {
                            items[k].senses = vec![Sense::Lex("filler".into())];
                        }
                    }
                }
            }
        } else if matches!(
            t,
            "excluded" | "not included" | "ignored" | "omitted" | "removed" | "set aside" | "put aside" | "aside"
        ) && i > 0
            && items.get(i + 1).is_none_or(|n| n.lex("punct"))
            && !items[i - 1].lex("punct")
            && (!FUNCTION_WORDS.contains(&items[i - 1].text.as_str())
                // ("cancelled ones aside": a value, then "ones".)
                || matches!(items[i - 1].text.as_str(), "ones" | "one") && i > 1 && !items[i - 2].vals().is_empty())
        {
            // "..., cancellations excluded": the object is the clause before; the exclusion goes first.
            let start = clause_start(items, i);
            // (Only a clause of its own: "the jobs excluded" as the whole question is not one.)
            if start > 0 && start < i {
                items[i].senses = vec![Sense::Lex("excl".into())];
                items[start..=i].rotate_right(1);
            }
        } else if t == "left"
            && i > 0
            && items.get(i + 1).is_some_and(|n| n.text == "out")
            && items.get(i + 2).is_none_or(|n| n.lex("punct"))
        {
            // "..., no-shows left out": the object is the clause before; the exclusion goes first.
            let start = clause_start(items, i);
            if start < i {
                items[i].senses = vec![Sense::Lex("excl".into())];
                items[i + 1].senses = vec![Sense::Lex("filler".into())];
                items[start..=i].rotate_right(1);
            }
        }
        i += 1;
    }
}

/// "what percentage of ledger entries were paid by card", "how many orders were paid in cash": a passive
/// verb of money right after the rows counted says which rows, not which money: the figure stays a count of
/// those rows.
pub(super) fn passive_of_counted(items: &mut [Item]) {
    for i in 1..items.len() {
        let passive = items[i].text.starts_with("were ") || items[i].text.starts_with("was ");
        if !passive || items[i].lex_kind("sign:").is_none() {
            continue;
        }
        // (The rows right before, or before a clause of their own: "the jobs we did were paid".)
        let Some(p) = (0..i).rev().take(4).find(|&j| !items[j].is_filler() || items[j].lex("rows")) else {
            continue;
        };
        if !items[p].lex("rows") && !items[p].senses.iter().any(|x| matches!(x, Sense::Table { .. })) {
            continue;
        }
        // (Counted: "how many", "what share of", "the number of" before the rows, past the words naming them.)
        let counted = (0..p).rev().take(4).any(|j| items[j].lex("agg:count") || items[j].lex("op:share"));
        if counted {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "this season", "over the season": where nothing of the desk is called a season and every date column
/// spans at most a year, the season is the whole of the data (said in the answer). Over a longer span it
/// stays unknown (which season is not guessed).
pub(super) fn season_is_the_data(items: &mut [Item], desk: &Desk) -> Option<String> {
    const SEASON: &[&str] = &["season", "the season", "this season", "that season", "whole season", "all season"];
    let at = items.iter().position(|it| it.senses.is_empty() && SEASON.contains(&it.text.as_str()))?;
    let mut spans = Vec::new();
    for t in &desk.tables {
        for c in &t.columns {
            if c.role != Role::Time || c.is_year_number() {
                continue;
            }
            let (a, z) = c.day_span()?;
            spans.push((a, z, c.name.clone()));
        }
    }
    if spans.is_empty() || spans.iter().any(|(a, z, _)| z - a > 366) {
        return None;
    }
    items[at].senses = vec![Sense::Lex("filler".into())];
    let a = spans.iter().map(|x| x.0).min()?;
    let z = spans.iter().map(|x| x.1).max()?;
    Some(format!(
        "\"{}\" read as the whole of the data ({} to {}): nothing is called a season and the dates span less than a year",
        items[at].text,
        crate::calendar::iso_of_day(a),
        crate::calendar::iso_of_day(z)
    ))
}

/// "from a bike being booked in to it being ready": after "from" names a date column, the word after
/// "to"/"until" names the other end of the time between them; where that word is also a value of some
/// column ("Ready" of `status`) but a date column of the same table carries it in its name (`ready_at`),
/// the date column is meant.
///
/// Returns whether the question names both ends so ("how many hours is it from X to Y"): then a word for a
/// length of time before them ("how long", "hours") is that time, not a column only like it
/// (`labour_hours`), and its column senses go.
pub(super) fn from_date_to_date(items: &mut [Item], desk: &Desk) -> bool {
    let time_col = |it: &Item| -> Option<ColId> {
        it.cols().into_iter().map(|(c, _)| c).find(|c| col(desk, *c).role == Role::Time)
    };
    let skip = |it: &Item| {
        it.is_filler() && !it.lex("punct")
            || matches!(it.text.as_str(), "it" | "being" | "is" | "was" | "the" | "a" | "an")
    };
    let Some(f) = items.iter().position(|it| matches!(it.text.as_str(), "from" | "between")) else { return false };
    // ("from coming in to being finished" on a table of two dates, `received` and `completed`: the end a value
    // names by the date's own name, "Completed", and the start the other date.)
    let Some(a) = (f + 1..items.len()).take(6).find(|&j| time_col(&items[j]).is_some() && !items[j].lex("vs")) else {
        return two_dates_by_a_value(items, desk, f);
    };
    let Some(ca) = time_col(&items[a]) else { return false };
    let Some(t) = (a + 1..items.len()).find(|&j| matches!(items[j].text.as_str(), "to" | "until" | "till" | "and"))
    else {
        return false;
    };
    let Some(b) = (t + 1..items.len()).find(|&j| !skip(&items[j])) else { return false };
    if time_col(&items[b]).is_none() {
        if items[b].vals().is_empty() {
            return false;
        }
        let word = items[b].text.clone();
        let tb = &desk.tables[ca.table];
        let found: Vec<usize> = tb
            .columns
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                *i != ca.col
                    && c.role == Role::Time
                    && crate::semantics::name_words(&c.name).iter().any(|w| super::link::same_form(w, &word))
            })
            .map(|(i, _)| i)
            .collect();
        let [i] = found.as_slice() else { return false };
        items[b].senses = vec![Sense::Col { id: ColId { table: ca.table, col: *i }, fit: Fit::Part }];
    }
    if time_col(&items[b]) == Some(ca) {
        return false;
    }
    for it in items[..f].iter_mut() {
        let time_word = it.text == "how long" || it.lex_kind("grain:").is_some();
        if time_word && it.cols().iter().all(|(_, fit)| *fit <= Fit::Part) {
            it.senses.retain(|x| !matches!(x, Sense::Col { .. }));
        }
    }
    // ("how long does the lab take — days from order to due date": the unit the time asked is in, no
    // breakdown by day. Not where the unit is the figure asked, "median hours from opening to closing".)
    let asked = items[..f].iter().any(|it| it.text == "how long" || it.adj().is_some_and(|a| a.target == "duration"));
    if let Some(u) = f.checked_sub(1).filter(|&u| {
        asked
            && matches!(items[u].text.as_str(), "days" | "hours" | "weeks" | "minutes")
            && items[u].lex_kind("grain:").is_some()
    }) {
        items[u].senses = vec![Sense::Lex("filler".into())];
    }
    true
}

/// See [`from_date_to_date`]: "from <words> to <a value named like a date column>" on a table with two dates.
fn two_dates_by_a_value(items: &mut [Item], desk: &Desk, f: usize) -> bool {
    let Some(t) = (f + 1..items.len().min(f + 6)).find(|&j| matches!(items[j].text.as_str(), "to" | "until" | "till"))
    else {
        return false;
    };
    let Some(b) =
        (t + 1..items.len()).find(|&j| !matches!(items[j].text.as_str(), "being" | "it" | "the" | "is" | "was"))
    else {
        return false;
    };
    // (The end the value names, and the start: the table's other date.)
    let named: Vec<(ColId, ColId)> = items[b]
        .vals()
        .iter()
        .filter_map(|(c, v, _)| {
            let tb = &desk.tables[c.table];
            let [x, y] = tb.date_columns()[..] else { return None };
            // (Any spelling of the value, or a word general English says is the same: "Done" of `completed`.)
            let mut names: Vec<String> =
                col(desk, *c).spellings_of(v).iter().map(|x| crate::semantics::fold(x)).collect();
            names.push(crate::semantics::fold(v));
            let syns: Vec<String> =
                names.iter().flat_map(|x| crate::semantics::same_value_words(x)).map(str::to_string).collect();
            names.extend(syns);
            let same = |i: usize| names.contains(&crate::semantics::name_words(&tb.columns[i].name).join(" "));
            let id = |i: usize| ColId { table: c.table, col: i };
            [(x, y), (y, x)].into_iter().find(|(e, _)| same(*e)).map(|(e, st)| (id(e), id(st)))
        })
        .collect();
    let [(end, start)] = named.as_slice() else { return false };
    // The words between "from" and "to" say the start; the value names the end: both the two dates.
    items[b].senses = vec![Sense::Col { id: *end, fit: Fit::Part }];
    for it in &mut items[f + 1..t] {
        it.senses = vec![Sense::Lex("filler".into())];
    }
    items[f + 1].senses = vec![Sense::Col { id: *start, fit: Fit::Part }];
    true
}

/// "jobs that went out late", "delivered on time": where no column or value says so, late is a row's date
/// after its due date (a date column called due, deadline, promised, expected, target or scheduled), of the
/// date column a word of the question names ("delivered"). None when either is not found.
pub(super) fn late_is_after_due(items: &mut [Item], desk: &Desk, lx: &Lexicon) -> Option<DateAfter> {
    let i = items.iter().position(|it| {
        matches!(it.text.as_str(), "late" | "overdue" | "past due" | "on time" | "early")
            && it.cols().is_empty()
            && it.vals().is_empty()
    })?;
    let op = match items[i].text.as_str() {
        "on time" => FilterOp::Le,
        "early" => FilterOp::Lt,
        _ => FilterOp::Gt,
    };
    const DUE: &[&str] = &["due", "deadline", "promised", "expected", "target", "scheduled"];
    let mut found = None;
    for (t, tb) in desk.tables.iter().enumerate() {
        let dues: Vec<usize> = tb
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.role == Role::Time && crate::semantics::name_words(&c.name).iter().any(|w| DUE.contains(&w.as_str()))
            })
            .map(|(c, _)| c)
            .collect();
        let [due] = dues.as_slice() else { continue };
        let actual: Vec<ColId> = items
            .iter()
            .flat_map(|it| date_columns_named_by(desk, lx, &it.text))
            .filter(|c| c.table == t && c.col != *due)
            .collect();
        let mut actual = actual;
        actual.dedup();
        if let [a] = actual.as_slice() {
            found = Some((*a, ColId { table: t, col: *due }, op, i, None));
        }
    }
    if found.is_some() {
        items[i].senses = vec![Sense::Lex("filler".into())];
    }
    found
}

/// "jobs delivered after the due date", "invoices paid before their due date": one date column of the row
/// against another, a condition on the time from the second to the first (after: above zero, before: below).
/// The first is the date column a word of the question names as its verb or noun ("delivered", "paid"), of
/// the same table; none or several named: nothing is read here (the words stay as they were).
/// Returns (the later column, the earlier one, the comparison, where it was said); the words of the condition
/// become filler.
/// With a size before the word ("booked more than 30 days before the visit"): the condition is on the time
/// between the two, (its comparison, the number, the unit of time), and those words become filler too.
pub(super) type DateAfter = (ColId, ColId, FilterOp, usize, Option<(FilterOp, f64, String)>);

pub(super) fn date_after_date(items: &mut [Item], desk: &Desk) -> Option<DateAfter> {
    let time_col = |it: &Item| -> Option<ColId> {
        it.cols().into_iter().map(|(c, _)| c).find(|c| col(desk, *c).role == Role::Time)
    };
    for i in 0..items.len() {
        let op = match items[i].text.as_str() {
            "after" | "past" | "later than" => FilterOp::Gt,
            "before" | "earlier than" | "ahead of" => FilterOp::Lt,
            _ => continue,
        };
        // ("after the due date", "before their due date".)
        let mut j = i + 1;
        while j < items.len() && matches!(items[j].text.as_str(), "the" | "their" | "its" | "our" | "his" | "her") {
            j += 1;
        }
        let Some(d) = items.get(j).and_then(time_col) else { continue };
        let date_word = items.get(j + 1).is_some_and(|n| matches!(n.text.as_str(), "date" | "dates" | "deadline"));
        let tb = &desk.tables[d.table];
        // The other date column a word of the question names.
        let named: Vec<usize> = tb
            .columns
            .iter()
            .enumerate()
            .filter(|(c, x)| {
                *c != d.col
                    && x.role == Role::Time
                    && items.iter().enumerate().any(|(k, it)| {
                        k != j
                            && !it.text.contains(' ')
                            && crate::semantics::name_words(&x.name)
                                .iter()
                                .any(|w| w.len() > 3 && super::link::same_form(w, &it.text))
                    })
            })
            .map(|(c, _)| c)
            .collect();
        let [e] = named.as_slice() else { continue };
        // ("more than 30 days before", "at least 2 weeks after": a size of the time between.)
        let unit = i.checked_sub(1).and_then(|u| match items[u].text.as_str() {
            "days" | "day" => Some("days"),
            "weeks" | "week" => Some("weeks"),
            "hours" | "hour" => Some("hours"),
            "minutes" | "minute" => Some("minutes"),
            _ => None,
        });
        let margin = unit.and_then(|u| {
            let n = items.get(i.checked_sub(2)?)?.num().map(|(v, _, _)| v)?;
            let cop = match items.get(i.checked_sub(3)?)?.lex_kind("cmp:")? {
                "gt" => FilterOp::Gt,
                "ge" => FilterOp::Ge,
                "lt" => FilterOp::Lt,
                "le" => FilterOp::Le,
                _ => return None,
            };
            Some((cop, n, u.to_string()))
        });
        if margin.is_some() {
            for it in &mut items[i - 3..i] {
                it.senses = vec![Sense::Lex("filler".into())];
            }
        }
        items[i].senses = vec![Sense::Lex("filler".into())];
        items[j].senses = vec![Sense::Lex("filler".into())];
        if date_word {
            items[j + 1].senses = vec![Sense::Lex("filler".into())];
        }
        return Some((ColId { table: d.table, col: *e }, d, op, i, margin));
    }
    None
}

/// "how many properties did we sell in 2025": a verb of the question that is (a form of) the name of one date
/// column (`sold_date`, `delivered`, `shipped_on`) says which date a period is of. None when no verb names
/// one, or several do.
pub(super) fn verb_names_a_date(items: &[Item], desk: &Desk, lx: &Lexicon) -> Option<ColId> {
    // (Not where the question speaks of a date it describes in words not understood here, "go by the date
    // jobs came in": a verb elsewhere does not say which date that is.)
    if items.iter().any(|it| matches!(it.text.as_str(), "date" | "dates") && it.lex_kind("grain:").is_some()) {
        return None;
    }
    if let Some(c) = made_in_the_period(items, desk, lx) {
        return Some(c);
    }
    let mut found: Vec<ColId> = Vec::new();
    // (Only in a sentence that says a period, where there is one: "events held in 2024? Leave out cancelled
    // bookings." dates nothing by the bookings.)
    let sentence = sentence_of(items);
    let dated = sentences_with_a_period(items);
    // (Each word of a phrase: "sold" of "sold the most". Not a noun naming another column: "bookings" of
    // `booking_ref` is no "booked_on".)
    // ("do most of their booking on": the doing, said as one noun after "their", is no row counted.)
    let doing = |i: usize| {
        let it = &items[i];
        !it.text.ends_with('s')
            && it.text.ends_with("ing")
            && i > 0
            && matches!(items[i - 1].text.as_str(), "their" | "our" | "his" | "her" | "my" | "your")
    };
    for (_, it) in items.iter().enumerate().filter(|(i, it)| {
        (it.tables().is_empty() && it.cols().iter().all(|(c, _)| col(desk, *c).role == Role::Time) || doing(*i))
            && (dated.is_empty() || dated.contains(&sentence[*i]))
    }) {
        for w in it.text.split(' ').filter(|w| w.len() >= 4) {
            for id in date_columns_named_by(desk, lx, w) {
                if !found.contains(&id) {
                    found.push(id);
                }
            }
        }
    }
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// "orders placed in 2024 that have been collected", "jobs that came in during 2024": a verb of making the thing
/// (or of its coming in) right before the period says the period is of the date it was made, whatever other verb
/// or value names another date: the date column the verb
/// names, else the table's one record date (`booked_on`), else the date its rows' word names (`order_date` of
/// orders), else the date that plainly comes first (its earliest date before every other's).
fn made_in_the_period(items: &[Item], desk: &Desk, lx: &Lexicon) -> Option<ColId> {
    let is_period = |i: usize| items.get(i).is_some_and(|it| it.senses.iter().any(|x| matches!(x, Sense::Period(_))));
    // (A verb of coming in is of the things the rows are, "jobs that came in during 2024"; not of money, "rent
    // came in in March".)
    let things_before = |i: usize| {
        (i.saturating_sub(2)..i).any(|j| !items[j].tables().is_empty() && items[j].lex_kind("measure:").is_none())
    };
    let i = (0..items.len()).find(|&i| {
        let arriving = matches!(items[i].text.as_str(), "came in" | "come in" | "arrived" | "received");
        (!arriving || things_before(i))
            && matches!(
                items[i].text.as_str(),
                "placed"
                    | "made"
                    | "taken"
                    | "booked"
                    | "ordered"
                    | "raised"
                    | "created"
                    | "logged"
                    | "opened"
                    | "came in"
                    | "come in"
                    | "arrived"
                    | "received"
            )
            && (is_period(i + 1)
                || matches!(items.get(i + 1).map(|x| x.text.as_str()), Some("in" | "during")) && is_period(i + 2))
    })?;
    let tables: Vec<usize> = (0..desk.tables.len()).filter(|&t| desk.tables[t].date_columns().len() > 1).collect();
    let [t] = tables.as_slice() else { return None };
    let tb = &desk.tables[*t];
    let dates = tb.date_columns();
    let one = |v: Vec<usize>| match v.as_slice() {
        [c] => Some(ColId { table: *t, col: *c }),
        _ => None,
    };
    let named: Vec<usize> =
        date_columns_named_by(desk, lx, &items[i].text).into_iter().filter(|c| c.table == *t).map(|c| c.col).collect();
    let records: Vec<usize> = dates.iter().copied().filter(|&c| tb.columns[c].is_record_date()).collect();
    let row_word = crate::analyst::compile::words::singular(&tb.row_words());
    let row_word = row_word.rsplit(' ').next().unwrap_or_default().to_string();
    let of_rows: Vec<usize> = dates
        .iter()
        .copied()
        .filter(|&c| {
            crate::semantics::name_words(&tb.columns[c].name)
                .first()
                .is_some_and(|w| row_word.len() > 3 && super::link::same_form(w, &row_word))
        })
        .collect();
    let plainly_first: Vec<usize> = tb
        .plainly_first(&dates)
        .filter(|&f| tb.columns[f].min.as_ref().and_then(|v| v.as_str()).is_some())
        .into_iter()
        .collect();
    one(named).or_else(|| one(records)).or_else(|| one(of_rows)).or_else(|| one(plainly_first))
}

/// The sentence each item is in, counted from 0 (a sentence ends at ".", "?", "!" or ";").
pub(super) fn sentence_of(items: &[Item]) -> Vec<usize> {
    let ends = |i: usize| matches!(items[i].text.as_str(), "." | "?" | "!" | ";");
    let mut sentence = vec![0usize; items.len()];
    for i in 1..items.len() {
        sentence[i] = sentence[i - 1] + usize::from(ends(i - 1));
    }
    sentence
}

/// The sentences (see [`sentence_of`]) that say a period.
pub(super) fn sentences_with_a_period(items: &[Item]) -> Vec<usize> {
    let sentence = sentence_of(items);
    (0..items.len())
        .filter(|&i| items[i].senses.iter().any(|x| matches!(x, Sense::Period(_))))
        .map(|i| sentence[i])
        .collect()
}

/// "go by the date the work was delivered", "the dates they were paid": the date column a verb after "date"
/// names (`delivered`, `paid_on`) is the date meant, not a value the verb is also a form of ("Delivered").
pub(super) fn date_named_by_verb(items: &mut [Item], desk: &Desk, lx: &Lexicon) {
    for i in 0..items.len() {
        // ("from the day I start to the day I finish": "the day" a verb names is that date, no grouping by day.)
        let the_day = items[i].text == "day"
            && i.checked_sub(1).is_some_and(|j| items[j].text == "the" || items[j].text.ends_with(" the"));
        if the_day {
            let verb = (i + 1..items.len().min(i + 4)).take_while(|&j| !items[j].lex("punct")).find(|&j| {
                items[j].cols().iter().all(|(c, _)| col(desk, *c).role == Role::Time)
                    && items[j].text.len() >= 4
                    && !items[j].text.contains(' ')
            });
            if let Some(j) = verb {
                if let [id] = date_columns_named_by(desk, lx, &items[j].text).as_slice() {
                    items[j].senses = vec![Sense::Col { id: *id, fit: Fit::Part }];
                    items[i].senses = vec![Sense::Lex("filler".into())];
                }
            }
            continue;
        }
        if !matches!(items[i].text.as_str(), "date" | "dates") {
            continue;
        }
        // "go by sale date", "going by the date ...": which date to use, not a grouping by it.
        let by = (1..=2).filter_map(|d| i.checked_sub(d)).find(|&j| items[j].text == "by");
        if let Some(b) = by.filter(|&b| b > 0 && matches!(items[b - 1].text.as_str(), "go" | "going" | "goes" | "went"))
        {
            items[b].senses = vec![Sense::Lex("filler".into())];
        }
        // "sale date": the word before names the date column.
        let before = i
            .checked_sub(1)
            .filter(|&j| items[j].cols().is_empty() && !items[j].text.contains(' ') && items[j].text.len() > 3);
        if let Some(j) = before {
            if let [id] = date_columns_named_by(desk, lx, &items[j].text).as_slice() {
                items[j].senses = vec![Sense::Col { id: *id, fit: Fit::Part }];
                items[i].senses = vec![Sense::Lex("filler".into())];
                continue;
            }
        }
        let end = (i + 1..items.len()).find(|&j| items[j].lex("punct")).unwrap_or(items.len()).min(i + 6);
        for j in i + 1..end {
            let w = items[j].text.clone();
            if w.contains(' ') || w.len() < 4 {
                continue;
            }
            let linked: Vec<ColId> =
                items[j].cols().into_iter().map(|(c, _)| c).filter(|c| col(desk, *c).role == Role::Time).collect();
            let named = if linked.is_empty() { date_columns_named_by(desk, lx, &w) } else { linked };
            if let [id] = named.as_slice() {
                items[j].senses = vec![Sense::Col { id: *id, fit: Fit::Part }];
                items[i].senses = vec![Sense::Lex("filler".into())];
                break;
            }
        }
    }
}

/// The date columns (of any table) a word names as itself or as a form of its verb ("sold" and "sale" of
/// `sold_date`, "delivered" of `delivered`).
pub(super) fn date_columns_named_by(desk: &Desk, lx: &Lexicon, w: &str) -> Vec<ColId> {
    let mut forms: Vec<String> = vec![w.to_string()];
    forms.extend(lx.verb_forms(w).iter().cloned());
    let mut out = Vec::new();
    for (t, tb) in desk.tables.iter().enumerate() {
        for (c, x) in tb.columns.iter().enumerate() {
            let named = x.role == Role::Time
                && crate::semantics::name_words(&x.name)
                    .iter()
                    .any(|n| n.len() > 3 && forms.iter().any(|f| super::link::same_form(n, f)));
            if named {
                out.push(ColId { table: t, col: c });
            }
        }
    }
    out
}

/// "by what percentage did the invoices come in above the quotes", "compare total invoiced with total quoted":
/// two figures of one unit said against each other, asked by how much, are the gap between them (the first
/// against the second), not a condition on rows ("jobs invoiced above the quote") nor a change over time. The
/// words of comparing are taken (true when found).
pub(super) fn figures_against_each_other(items: &mut [Item], desk: &Desk) -> bool {
    let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
    let asked = texts.windows(2).any(|w| {
        w[0] == "by" && (w[1].starts_with("what perc") || matches!(w[1], "how much" | "what margin" | "what amount"))
    }) || texts.iter().any(|t| matches!(*t, "compare" | "how far" | "difference" | "gap" | "by how much"));
    let periods = items.iter().any(|it| it.senses.iter().any(|x| matches!(x, Sense::Period(_))));
    if !asked || periods {
        return false;
    }
    let figure = |it: &Item| -> Option<ColId> {
        let cs: Vec<ColId> = it
            .cols()
            .into_iter()
            .map(|(c, _)| c)
            .filter(|c| {
                let x = col(desk, *c);
                x.is_numeric() && !matches!(x.role, Role::Identifier | Role::Time)
            })
            .collect();
        match cs.as_slice() {
            [one] if it.vals().is_empty() => Some(*one),
            _ => None,
        }
    };
    let figs: Vec<(usize, ColId)> = items.iter().enumerate().filter_map(|(k, it)| figure(it).map(|c| (k, c))).collect();
    for i in 0..figs.len() {
        for &(kz, z) in &figs[i + 1..] {
            let (ka, a) = figs[i];
            let (ca, cz) = (col(desk, a), col(desk, z));
            if a == z || a.table != z.table || ca.unit != cz.unit || ca.role != cz.role {
                continue;
            }
            let connector = items[ka + 1..kz].iter().any(|it| {
                matches!(
                    it.text.as_str(),
                    "above"
                        | "below"
                        | "over"
                        | "under"
                        | "than"
                        | "against"
                        | "vs"
                        | "versus"
                        | "with"
                        | "compared with"
                        | "compared to"
                        | "higher than"
                        | "lower than"
                        | "more than"
                        | "less than"
                )
            });
            if !connector || items[ka + 1..kz].iter().any(|it| it.num().is_some()) {
                continue;
            }
            let filler = || vec![Sense::Lex("filler".into())];
            for it in items[ka + 1..kz].iter_mut() {
                if it.cols().is_empty() && it.vals().is_empty() && it.tables().is_empty() && !it.lex("punct") {
                    it.senses = filler();
                }
            }
            for it in items.iter_mut() {
                if it.lex_kind("op:").is_some() {
                    it.senses = filler();
                }
            }
            // (Each figure is its column: "invoiced" is `invoice`, not the table's money at large.)
            for (k, c) in [(ka, a), (kz, z)] {
                items[k].senses = vec![Sense::Col { id: c, fit: Fit::Form }];
            }
            return true;
        }
    }
    false
}

/// "which kind of cost has taken the most money", "our biggest type of expense": the kind of a figure is the
/// table's one column named for kinds (`category`, `type`, `kind`, `class`), a grouping by it.
pub(super) fn kind_of_a_figure(items: &mut [Item], desk: &Desk) {
    let kinds = super::link::columns_where(desk, |x| {
        let named = crate::semantics::name_words(&x.name)
            .iter()
            .any(|w| matches!(w.as_str(), "category" | "type" | "kind" | "class" | "sort"));
        named && x.role == Role::Category && !x.is_numeric()
    });
    // ("which income stream grew the most", "our biggest source of income": the kinds the money comes in.)
    for k in 0..items.len().saturating_sub(1) {
        let figure = |it: &Item| it.lex_kind("measure:").is_some() || it.lex_kind("sign:").is_some();
        let stream =
            |it: &Item| matches!(it.text.as_str(), "stream" | "streams" | "source" | "sources") && it.senses.is_empty();
        if let ([one], true) = (kinds.as_slice(), figure(&items[k]) && stream(&items[k + 1])) {
            items[k + 1].senses = vec![Sense::Col { id: *one, fit: Fit::Form }];
        }
    }
    for k in 1..items.len().saturating_sub(1) {
        if !matches!(
            items[k].text.as_str(),
            "kind of" | "kinds of" | "type of" | "types of" | "sort of" | "sorts of" | "category of" | "categories of"
        ) {
            continue;
        }
        let next = &items[k + 1];
        let figure = next.lex_kind("measure:").is_some() || next.lex_kind("sign:").is_some();
        if !figure || !next.cols().is_empty() && next.lex_kind("measure:").is_none() {
            continue;
        }
        // (One such column on the whole desk; several are not guessed between.)
        if let [one] = kinds.as_slice() {
            items[k].senses = vec![Sense::Col { id: *one, fit: Fit::Form }];
        }
    }
}

/// "how many loads weighed more than 1,500 kg": a verb naming a date column (`weighed_at`) said before a
/// comparison with an amount that is no time is the verb of that amount, not the date.
pub(super) fn verb_of_an_amount(items: &mut [Item], desk: &Desk) {
    for k in 0..items.len().saturating_sub(2) {
        let cols = items[k].cols();
        let date_only = !cols.is_empty()
            && items[k].vals().is_empty()
            && items[k].tables().is_empty()
            && cols.iter().all(|(c, f)| col(desk, *c).role == Role::Time && *f <= Fit::Part);
        let compared = items[k + 1].lex_kind("cmp:").is_some() && items[k + 2].num().is_some();
        let unit = items.get(k + 3).map(|i| i.text.as_str()).unwrap_or("");
        if date_only && compared && crate::analyst::plan::seconds_in(unit).is_none() {
            items[k].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "how many finished jobs did we start before 8": a participle naming a date or time column with empty
/// entries (`finish`), said before the things counted, is the rows where that date is recorded (the jobs that
/// were finished).
pub(super) fn participle_of_a_date(items: &mut [Item], desk: &Desk) -> Vec<ColId> {
    let mut out = Vec::new();
    for k in 0..items.len().saturating_sub(1) {
        let cols = items[k].cols();
        let [(c, _)] = cols.as_slice() else { continue };
        let x = col(desk, *c);
        let participle = items[k].text.ends_with("ed") && !items[k].text.contains(' ');
        let things = !items[k + 1].tables().is_empty() || items[k + 1].lex("rows");
        if participle && x.role == Role::Time && x.nulls > 0 && things && items[k].vals().is_empty() {
            items[k].senses = vec![Sense::Lex("filler".into())];
            out.push(*c);
        }
    }
    out
}

/// "how many days ahead of the concert do people book": the thing a lead time is ahead of names the date
/// column of its name (`concert_date`), not a grouping by concert.
pub(super) fn ahead_of_the_thing(items: &mut [Item], desk: &Desk) {
    for k in 0..items.len().saturating_sub(1) {
        let ahead =
            matches!(items[k].text.as_str(), "ahead of the" | "ahead of" | "in advance of" | "in advance of the")
                || items[k].text == "ahead"
                    && items.get(k + 1).is_some_and(|n| matches!(n.text.as_str(), "of the" | "of"));
        if !ahead {
            continue;
        }
        let j = if items[k].text == "ahead" { k + 2 } else { k + 1 };
        let Some(thing) = items.get(j) else { continue };
        let one = crate::analyst::compile::words::singular(&thing.text);
        let dates = super::link::columns_where(desk, |x| {
            x.role == Role::Time
                && crate::semantics::name_words(&x.name).iter().any(|w| super::link::same_form(w, &one))
        });
        if let [d] = dates.as_slice() {
            items[j].senses = vec![Sense::Col { id: *d, fit: Fit::Part }];
            if items[k].text == "ahead" {
                items[k + 1].senses = vec![Sense::Lex("filler".into())];
            }
        }
    }
}

/// "moves within 14 days of the enquiry": "within" a number of a unit of time of something is at most that.
pub(super) fn within_a_time_of(items: &mut [Item]) {
    for k in 0..items.len().saturating_sub(3) {
        let of = items[k + 3].text.as_str();
        if items[k].text == "within"
            && items[k + 1].num().is_some()
            && crate::analyst::plan::seconds_in(&items[k + 2].text).is_some()
            && matches!(of, "of" | "of the" | "of their" | "of its")
        {
            items[k].senses = vec![Sense::Lex("cmp:le".into())];
        }
    }
}

/// "the books I finished that year", "in the same month": a grain said back of a period the question names is
/// that period, no grouping by it.
pub(super) fn grain_said_back(items: &mut [Item]) {
    let period = items.iter().any(|it| it.senses.iter().any(|x| matches!(x, Sense::Period(_))));
    if !period {
        return;
    }
    for k in 1..items.len() {
        let back = matches!(items[k - 1].text.as_str(), "that" | "that same" | "the same" | "same");
        if back && items[k].lex_kind("grain:").is_some() && items[k].cols().is_empty() {
            items[k].senses = vec![Sense::Lex("filler".into())];
            items[k - 1].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "how many books have I given up on", "who signed up": "up" after a verb the lexicon takes as filler makes a
/// verb of its own ("give up" is not "give"), not a rise; unless a known phrase, it is not understood and said
/// so (a rise is "went up", "gone up", "is up", "shot up": a verb of moving or being).
pub(super) fn particle_up_after_a_verb(items: &mut [Item], lx: &Lexicon) {
    const MOVES: &[&str] = &[
        "go", "goes", "went", "gone", "going", "is", "are", "was", "were", "be", "been", "being", "'s", "move",
        "moves", "moved", "moving", "shot", "shoot", "shoots", "crept", "creep", "edged", "inched", "ticked",
        "trended", "climbed", "jumped", "rose", "risen", "come", "came", "comes", "coming",
    ];
    for k in 1..items.len() {
        if items[k].text != "up" || items[k].lex_kind("dir:").is_none() {
            continue;
        }
        let prev = &items[k - 1];
        let t = prev.text.as_str();
        let verb = !lx.verb_forms(t).is_empty() || t.len() > 4 && (t.ends_with("ed") || t.ends_with("en"));
        if verb && prev.lex("filler") && prev.cols().is_empty() && prev.vals().is_empty() && !MOVES.contains(&t) {
            let phrase = format!("{t} up");
            items[k - 1].senses.clear();
            items[k - 1].text = phrase;
            items[k].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "what percentage of games were won by the home side": a verb that ranks in the active ("who won",
/// "which store led") says what happened to the rows in the passive, which is no ranking; it is left
/// unknown (the figure it implies is not a column).
pub(super) fn passive_rank_verb(items: &mut [Item]) {
    for i in 1..items.len() {
        if matches!(items[i].text.as_str(), "won" | "led" | "lost" | "beaten" | "topped")
            && matches!(items[i - 1].text.as_str(), "were" | "was" | "be" | "been" | "being" | "get" | "got")
            && items[i].lex_kind("rank:").is_some()
        {
            items[i].senses.clear();
        }
    }
}

/// "don't count no-shows", "tips don't count", "(no cancelled jobs)", "just refunds, not credits": a
/// negated verb of counting, or "no"/"not" opening a clause before values, leaves those out (an exclusion,
/// not a question about what is absent). Said after its object, the exclusion goes first.
pub(super) fn negated_counting(items: &mut [Item]) {
    const COUNT: &[&str] = &["count", "include", "counting", "including", "matter", "apply"];
    let negative = |t: &str| {
        matches!(
            t,
            "don't"
                | "dont"
                | "do not"
                | "doesn't"
                | "doesnt"
                | "does not"
                | "shouldn't"
                | "should not"
                | "won't"
                | "not"
        )
    };
    let mut i = 0;
    while i + 1 < items.len() {
        if negative(&items[i].text) && COUNT.contains(&items[i + 1].text.as_str()) {
            items[i].senses = vec![Sense::Lex("excl".into())];
            items[i + 1].senses = vec![Sense::Lex("filler".into())];
            // ("do not count": the "do" goes too.)
            if i > 0 && matches!(items[i - 1].text.as_str(), "do" | "does") && items[i].text == "not" {
                items[i - 1].senses = vec![Sense::Lex("filler".into())];
            }
            let ends = items.get(i + 2).is_none_or(|n| n.lex("punct"));
            let start = clause_start(items, i);
            let object_before = (start..i).any(|j| !items[j].vals().is_empty() || !items[j].cols().is_empty());
            if ends && start > 0 && object_before {
                // ("tips don't count" reads "don't tips count", the count word filler.)
                items[start..=i].rotate_right(1);
            }
            i += 2;
            continue;
        }
        // "tickets that weren't cancelled", "how many tickets were not about billing": a negated "be" right
        // before a value (a word of place or topic between) leaves that value out.
        if matches!(
            items[i].text.as_str(),
            "wasn't" | "weren't" | "isn't" | "aren't" | "wasnt" | "werent" | "isnt" | "arent" | "not"
        ) && (items[i].text != "not" || i > 0 && matches!(items[i - 1].text.as_str(), "was" | "were" | "is" | "are"))
        {
            let next = (i + 1..items.len()).find(|&j| {
                !matches!(items[j].text.as_str(), "about" | "for" | "in" | "on" | "by" | "the" | "a" | "an")
            });
            let value = next.filter(|&j| {
                !items[j].vals().is_empty() && items[j].senses.iter().all(|x| matches!(x, Sense::Val { .. }))
            });
            if let Some(j) = value {
                items[i].senses = vec![Sense::Lex("excl".into())];
                if items[i].text == "not" {
                    items[i - 1].senses = vec![Sense::Lex("filler".into())];
                }
                for it in &mut items[i + 1..j] {
                    it.senses = vec![Sense::Lex("filler".into())];
                }
                i = j + 1;
                continue;
            }
        }
        // A clause opening with "no"/"not" before values: "(no cancelled jobs)", ", not credits or chargebacks".
        let opens = i > 0 && (items[i - 1].lex("punct") || matches!(items[i - 1].text.as_str(), "but" | "and"));
        if opens && matches!(items[i].text.as_str(), "no" | "not") {
            let next = (i + 1..items.len()).find(|&j| !matches!(items[j].text.as_str(), "the" | "a" | "an" | "any"));
            if next.is_some_and(|j| !items[j].vals().is_empty()) {
                items[i].senses = vec![Sense::Lex("excl".into())];
            }
        }
        i += 1;
    }
}

/// "which month did we refund the most", "who did we pay the most": a value of the data said as our verb
/// (after "we"), ranked with nothing else measured, is ranked by its money, not by its rows.
pub(super) fn value_as_our_verb(items: &mut [Item]) {
    let ranked = items.iter().any(|it| it.lex_kind("rank:").is_some());
    // (Nor where the things ranked by are named: "which month did we complete the most jobs" counts jobs.)
    let measured = items.iter().any(|it| {
        it.lex_kind("measure:").is_some()
            || matches!(it.lex_kind("agg:"), Some("sum" | "avg" | "count" | "distinct" | "median"))
            || it.lex("rows")
            || it.adj().is_some()
            || it.text.ends_with('s') && it.tables().iter().any(|(_, f)| *f >= Fit::Part)
    });
    if !ranked || measured {
        return;
    }
    for i in 1..items.len() {
        let after_we = matches!(items[i - 1].text.as_str(), "we" | "did we" | "do we" | "have we" | "i" | "did i");
        let verb_form = !items[i].text.ends_with('s');
        let next = (i + 1..items.len()).find(|&j| items[j].text != "the");
        let next_ranks = next.is_some_and(|j| items[j].lex_kind("rank:").is_some() || items[j].text == "the most");
        if after_we && verb_form && next_ranks && !items[i].vals().is_empty() {
            items[i - 1].senses = vec![Sense::Lex("measure:*".into())];
            return;
        }
    }
}

/// "how many different species did we work on", "which sites do we service": a column of kinds named in
/// the place of our verb (right after "did we", then a particle or the end of the clause) is that verb, not a
/// grouping by the column. (Not a value, not a figure: "did we refund", "did we charge" are read elsewhere.)
pub(super) fn column_word_as_our_verb(items: &mut [Item], desk: &Desk) {
    for i in 1..items.len() {
        let after_we = matches!(items[i - 1].text.as_str(), "did we" | "do we" | "have we" | "did i" | "do i");
        if !after_we || items[i].text.contains(' ') || !items[i].vals().is_empty() || items[i].cols().is_empty() {
            continue;
        }
        let kinds = items[i].senses.iter().all(|x| match x {
            Sense::Col { id, .. } => col(desk, *id).role == Role::Category,
            Sense::Lex(l) => l == "filler",
            _ => false,
        });
        let ends = match items.get(i + 1) {
            None => true,
            Some(n) => {
                n.lex("punct")
                    || n.senses.iter().any(|x| matches!(x, Sense::Period(_)))
                    || n.lex_kind("period:").is_some()
                    || matches!(n.text.as_str(), "on" | "with" | "for" | "at" | "in" | "this" | "last")
            }
        };
        if kinds && ends {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "how many games did we run", "what share of stays used shore power": a plural noun the desk does not
/// know, in the place of the things counted ("how many", "the most", "share of") or divided by ("per
/// game"), or said with a value or a clause of its own ("completed stays", "games that went ahead"), on a desk
/// where exactly one table's rows are plainly things (each row its own key, no quantity of them on it, not a
/// lookup another table reaches) names those rows, the ones that took place (a stay, a game: not a
/// cancelled booking). Returns the words read so and their table, for the answer to say.
pub(super) fn rows_nouns(items: &mut [Item], desk: &Desk, lx: &Lexicon) -> Vec<(String, usize)> {
    let things = |t: usize| {
        let tb = &desk.tables[t];
        // (Not a lookup another table reaches: its rows are what the facts name.)
        let lookup = desk.joins.iter().any(|j| j.to_table == tb.name);
        // (Nor with a quantity of them on each row, `qty`: a count of something else, `reopen_count`, is not.)
        let quantity = super::grammar::quantity_columns(desk, lx, t)
            .into_iter()
            .any(|c| crate::semantics::name_words(&col(desk, c).name).iter().all(|w| lx.same_kind(w, "quantity")));
        tb.has_row_key() && !lookup && !quantity
    };
    let tables: Vec<usize> = (0..desk.tables.len()).filter(|t| things(*t)).collect();
    let [t] = tables.as_slice() else { return Vec::new() };
    let mut out = Vec::new();
    for i in 1..items.len() {
        let w = items[i].text.clone();
        // (A noun the lexicon knows only as the event of some table's rows, "stays", is one too.)
        let unknown = items[i].senses.iter().all(|x| matches!(x, Sense::Lex(l) if l.starts_with("event:")));
        if !unknown || w.contains(' ') || w.len() < 3 || !w.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        // (A unit of measure is no thing: "how many tonnes".)
        if lx.senses(&w).iter().any(|x| x.starts_with("unitword:")) {
            continue;
        }
        // (Nor a word qualifying some values of the table, "weddings" of "Wedding Gig": those rows, or asked.
        // Their head word, "rides" of "Beach Ride", names the rows.)
        let one = crate::analyst::compile::words::singular(&w);
        let of_values = desk.tables[*t].columns.iter().filter(|c| c.role == Role::Category).any(|c| {
            c.listed.iter().any(|v| {
                let f = crate::semantics::fold(v);
                let ws: Vec<&str> = f.split_whitespace().collect();
                ws.len() > 1 && ws[0].len() > 3 && ws[0] == one
            })
        });
        if of_values {
            continue;
        }
        let plural = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
        let before = items[i - 1].text.as_str();
        // In the place of the things counted or divided by: "how many games", "the most orders", "players per
        // game", "what share of stays".
        let counted = plural
            && (items[i - 1].lex("agg:count")
                || before.starts_with("how many")
                || matches!(before, "most" | "the most" | "fewest" | "the fewest")
                || i >= 2
                    && matches!(before, "of" | "of the" | "of all" | "of our")
                    && (items[i - 2].lex("op:share") || items[i - 2].text.contains("percent"))
                // ... or what a share is of: "as a share of all bookings", "out of every booking".
                || of_the_whole(items, i)
                // ... or what makes a time busy: "which weekday is busiest for appointments".
                || i >= 2
                    && matches!(before, "for" | "for the" | "with" | "for our")
                    && items[i - 2].adj().is_some_and(|a| a.target == "rows"));
        let divided = matches!(before, "per" | "each" | "every" | "a single");
        // ... or one of them a figure is of: "the average price of a job", "of a framing job" (a word of the
        // table's own name between).
        let of_one = |j: usize| {
            matches!(items[j].text.as_str(), "of a" | "of an")
                || j >= 1 && matches!(items[j].text.as_str(), "a" | "an") && items[j - 1].text == "of"
        };
        let own_name = crate::semantics::name_words(&desk.tables[*t].name);
        // ("how many fishing trips": a word of the table's own name between.)
        let counted = counted
            || plural
                && i >= 2
                && items[i - 2].text.starts_with("how many")
                && own_name.iter().any(|n| super::link::same_form(n, &items[i - 1].text));
        // ("a typical trip", "an average trip": one of the rows, as a typical one.)
        // (Not a word describing the noun after it: "a typical working day".)
        let typical_one = !plural
            && !w.ends_with("ing")
            && i >= 2
            && items[i - 1].lex("agg:avg")
            && matches!(items[i - 2].text.as_str(), "a" | "an")
            && items.get(i + 1).is_none_or(|n| n.lex_kind("grain:").is_none() && n.cols().is_empty());
        let of_a_thing = typical_one
            || !plural
                && (of_one(i - 1)
                    || i >= 2
                        && of_one(i - 2)
                        && own_name.iter().any(|n| super::link::same_form(n, &items[i - 1].text)));
        // ... or said of with a value of that table or a clause of their own: "completed stays", "games that
        // went ahead".
        // (Not a verb after one thing: "a rabbit waits".)
        let one_thing = i >= 2 && matches!(items[i - 2].text.as_str(), "a" | "an" | "each" | "every" | "one");
        // (A value of a list the table reaches, "oak frames" of a moulding list's `material`, too.)
        let reached: Vec<&str> = desk.reach(&desk.tables[*t].name).iter().map(|(x, _)| x.name.as_str()).collect();
        let described = plural
            && !one_thing
            && (items[i - 1].vals().iter().any(|(c, _, _)| reached.contains(&desk.tables[c.table].name.as_str()))
                // ("completed stays" where no value says completed: a word of things taking place.)
                || items[i - 1].lex("presence") && items[i - 1].vals().is_empty()
                || items.get(i + 1).is_some_and(|n| matches!(n.text.as_str(), "that" | "which" | "where")));
        // (A verb with its particle is no noun: "which tool stays out longest".)
        let particle = items
            .get(i + 1)
            .is_some_and(|n| matches!(n.text.as_str(), "out" | "back" | "off" | "up" | "away" | "down"));
        // ... or said again: "cancelled bookings as a share of all bookings" names the same things twice.
        let again = out.iter().any(|(n, _)| *n == w);
        // ... or the object of a verb naming one of the table's dates: "ordering a frame", "from ordering glasses
        // to collecting them", "picking up their frame".
        let art = matches!(before, "a" | "an" | "the" | "their" | "his" | "her" | "my" | "our" | "your");
        let v = if art { i.checked_sub(2) } else { Some(i - 1) };
        let object = v.is_some_and(|v| {
            items[v].text.ends_with("ing")
                && items[v].cols().iter().any(|(c, _)| c.table == *t && col(desk, *c).role == Role::Time)
        });
        if (counted || divided || described || again || of_a_thing || object) && !particle {
            items[i].senses = vec![Sense::Table { table: *t, fit: Fit::Part }];
            out.push((w, *t));
        }
    }
    out
}

/// "divide total takings by total boat hours", "divide the money by the hours": the figure before "by" over
/// the one after it, as "takings divided by boat hours" (not a grouping by the second).
pub(super) fn divide_by(items: &mut [Item]) {
    for i in 0..items.len() {
        if !matches!(items[i].text.as_str(), "divide" | "dividing") {
            continue;
        }
        let end = (i + 1..items.len()).find(|&j| items[j].lex("punct")).unwrap_or(items.len());
        if let Some(b) = (i + 2..end).find(|&j| matches!(items[j].text.as_str(), "by" | "by the")) {
            items[i].senses = vec![Sense::Lex("filler".into())];
            items[b].senses = vec![Sense::Lex("ratio".into())];
        }
    }
}

/// "from the first quarter to the second", "in the second quarter than in the third": an ordinal said alone
/// after a period of quarters or halves is another one of them.
pub(super) fn ordinal_of_a_period(items: &mut [Item]) {
    use super::periods::PeriodExpr;
    let with_n = |p: &PeriodExpr, n: u32| -> Option<PeriodExpr> {
        match p {
            PeriodExpr::NoYear { grain, .. } if matches!(grain, Grain::Quarter) && n <= 4 => {
                Some(PeriodExpr::NoYear { grain: *grain, n })
            }
            // (A half without a year is written as the year grain's 11 and 12.)
            PeriodExpr::NoYear { grain: Grain::Year, n: h } if (11..=12).contains(h) && n <= 2 => {
                Some(PeriodExpr::NoYear { grain: Grain::Year, n: 10 + n })
            }
            PeriodExpr::Unit(u) if u.len() == 7 && &u[4..6] == "-Q" && n <= 4 => {
                Some(PeriodExpr::Unit(format!("{}-Q{n}", &u[..4])))
            }
            PeriodExpr::Unit(u) if u.len() == 7 && &u[4..6] == "-H" && n <= 2 => {
                Some(PeriodExpr::Unit(format!("{}-H{n}", &u[..4])))
            }
            _ => None,
        }
    };
    for i in 1..items.len() {
        let Some(n) = super::periods::ordinal(&items[i].text).filter(|_| items[i].senses.is_empty()) else { continue };
        // (Not "the second quarter" itself, read whole by the periods.)
        let Some(j) = (0..i).rev().find(|&j| items[j].senses.iter().any(|x| matches!(x, Sense::Period(_)))) else {
            continue;
        };
        let Some(p) = items[j].senses.iter().find_map(|x| match x {
            Sense::Period(p) => Some(p.clone()),
            _ => None,
        }) else {
            continue;
        };
        let between: Vec<&str> = items[j + 1..i].iter().map(|it| it.text.as_str()).collect();
        match &p {
            // "from the first quarter to the second": one span.
            PeriodExpr::Since(x) if between.iter().all(|w| matches!(*w, "to" | "to the" | "the" | "until")) => {
                if let Some(to) = with_n(x, n) {
                    items[j].senses = vec![Sense::Period(PeriodExpr::Span(x.clone(), Box::new(to)))];
                    for it in items[j + 1..=i].iter_mut() {
                        it.senses = vec![Sense::Lex("filler".into())];
                    }
                }
            }
            // "in the second quarter than in the third": the other period of a comparison.
            x => {
                if let Some(other) = with_n(x, n) {
                    items[i].senses = vec![Sense::Period(other)];
                }
            }
        }
    }
}

/// "what share of its budgeted hours has the project used": a share of a thing's own figure (the hours used
/// over that project's budget) is a ratio of one table's figure to another's, not computed here: asked.
pub(super) fn share_of_its_own(items: &[Item]) -> Option<String> {
    let i = items.iter().position(|it| it.lex("op:share"))?;
    let rest: Vec<&str> = items[i + 1..].iter().map(|it| it.text.as_str()).take(3).collect();
    let own = matches!(rest.as_slice(), ["of", "its" | "their", ..] | ["of its" | "of their", ..]);
    own.then(|| "what a share of \"its\" own figure is taken against (a figure of another table)".to_string())
}

/// "who has logged the most billable hours, and how many?": a closing "and how many/much" asks the figure of
/// the ranking already asked for, not a count of its own.
pub(super) fn and_how_many_closing(items: &mut [Item]) {
    let n = items.len();
    let Some(i) = (0..n).rev().find(|&i| !items[i].lex("punct")) else { return };
    if !matches!(items[i].text.as_str(), "how many" | "how much" | "how many of them" | "what was it" | "how big") {
        return;
    }
    let and = i.checked_sub(1).filter(|&j| matches!(items[j].text.as_str(), "and" | ", and"));
    let ranked = items[..i].iter().any(|it| it.lex_kind("rank:").is_some() || it.adj().is_some());
    if let (Some(j), true) = (and, ranked) {
        items[j].senses = vec![Sense::Lex("filler".into())];
        items[i].senses = vec![Sense::Lex("filler".into())];
    }
}

/// "bookings that cost more than £60", "what does a student job cost", "total admin costs": "cost" where no
/// column is called so (nor spend, nor price) is the money of the rows.
/// On a ledger whose one amount column holds money in and out, a cost is money out ("which kind of cost").
pub(super) fn cost_is_money(items: &mut [Item], desk: &Desk) {
    let signed = desk.tables.iter().any(|t| t.columns.iter().any(|c| c.role == Role::SignedAmount));
    for it in items.iter_mut() {
        if matches!(it.text.as_str(), "cost" | "costs" | "costed")
            && !it.senses.iter().any(|x| matches!(x, Sense::Col { .. } | Sense::Val { .. } | Sense::Table { .. }))
        {
            let sense = if signed && it.text != "costed" { "sign:out" } else { "measure:*" };
            it.senses = vec![Sense::Lex(sense.into())];
        }
    }
}

/// "the average profit per item sold": "per item", "per thing" is each row (a word for any thing), not a
/// grouping by a column named `item`.
pub(super) fn per_item_is_a_row(items: &mut [Item]) {
    for i in 1..items.len() {
        let one = crate::analyst::compile::words::singular(&items[i].text);
        if items[i - 1].text == "per" && matches!(one.as_str(), "item" | "thing") && items[i].vals().is_empty() {
            items[i].senses = vec![Sense::Lex("rows".into())];
        }
    }
}

/// Words for what holds a table's rows, not what they are: a log, a register, a sheet.
pub(super) const HOLDERS: &[&str] = &[
    "log",
    "logbook",
    "sheet",
    "register",
    "diary",
    "book",
    "list",
    "tracker",
    "record",
    "records",
    "journal",
    "export",
    "spreadsheet",
    "history",
    "file",
];

/// "How many contacts did I log" of a desk holding one `radio_log`: a table named for what holds its rows (a log,
/// a register, a sheet) does not say what one row is; the one noun the question uses for them, known to nothing
/// else, names its rows. Read so (and said in the answer: `rows-named`) only where it stands where things are
/// counted or ranked ("how many contacts", "my longest contact", "the most contacts"), and only one such noun.
pub(super) fn rows_of_a_container(items: &mut [Item], desk: &Desk) {
    let [t] = desk.tables.as_slice() else { return };
    // (Not a word of a column's name, or a word one is written short for: "caches" beside `cache_name` may be the
    // caches, not the log's entries; "favourite" beside `fav`.)
    let col_words: Vec<String> = t.columns.iter().flat_map(|c| crate::semantics::name_words(&c.name)).collect();
    let of_a_column = |w: &str| {
        col_words.iter().any(|c| {
            crate::analyst::compile::words::singular(c) == crate::analyst::compile::words::singular(w)
                || c.len() >= 3 && w.starts_with(c.as_str())
        })
    };
    let words = crate::semantics::name_words(&t.name);
    if !words.last().is_some_and(|w| HOLDERS.contains(&w.as_str())) {
        return;
    }
    let one = |w: &str| crate::analyst::compile::words::singular(w);
    let nounish = |w: &str| {
        w.len() >= 4
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !w.ends_with("ing")
            && !w.ends_with("ly")
            && !w.ends_with("ed")
    };
    let counted_at = |items: &[Item], i: usize| {
        let w = &items[i].text;
        let plural = w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
        let before = |j: usize| items.get(j).map(|x| x.text.as_str()).unwrap_or("");
        let after_count = i >= 1
            && (items[i - 1].lex_kind("agg:").is_some()
                || items[i - 1].text.starts_with("how many")
                || matches!(before(i - 1), "more" | "fewer" | "less")
                || items[i - 1].lex_kind("rank:").is_some()
                || items[i - 1].adj().is_some()
                || matches!(before(i - 1), "my" | "our" | "the" | "of" | "per" | "each" | "a" | "one" | "single"));
        // ("my 2024 contacts", "my CW contacts", "my longest-distance contact": a period, a value or a column
        // between.)
        let year_between = i >= 2
            && (items[i - 1].senses.iter().any(|x| matches!(x, Sense::Period(_))) || !items[i - 1].vals().is_empty())
            && matches!(before(i - 2), "my" | "our" | "the" | "all" | "of")
            || i >= 2
                && !items[i - 1].cols().is_empty()
                && (items[i - 2].adj().is_some() || items[i - 2].lex_kind("rank:").is_some());
        // (A word in the singular names one row only after a word for one, "a", "each", "single", or as the head
        // of a figure's phrase, "my longest-distance contact"; "the worst attendance" is no row.)
        let one_said = matches!(before(i.wrapping_sub(1)), "per" | "each" | "a" | "one" | "single" | "every");
        let head_of_figure = i >= 2 && !items[i - 1].cols().is_empty();
        (after_count || year_between) && (plural || one_said || head_of_figure)
    };
    // (Nor a word of the same stem as a value of the table, "absences" beside "Absent": a kind of its rows, not
    // all of them.)
    let values: Vec<String> = t
        .columns
        .iter()
        .flat_map(|c| c.listed.iter())
        .flat_map(|v| crate::semantics::fold(v).split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|w| w.len() >= 5)
        .collect();
    let of_a_value = |w: &str| w.len() >= 5 && values.iter().any(|v| v.get(..5) == w.get(..5));
    let mut named: Option<String> = None;
    for i in 0..items.len() {
        if !items[i].senses.is_empty()
            || !nounish(&items[i].text)
            || of_a_column(&items[i].text)
            || of_a_value(&items[i].text)
        {
            continue;
        }
        // (The head of its phrase: not "favourite" of "favourite points", with another word not known after it.)
        if items.get(i + 1).is_some_and(|n| n.senses.is_empty() && n.text.chars().all(char::is_alphabetic)) {
            return;
        }
        let w = one(&items[i].text);
        match &named {
            Some(n) if *n != w => return,
            Some(_) => {}
            None if counted_at(items, i) => named = Some(w),
            None => continue,
        }
        items[i].senses =
            vec![Sense::Table { table: 0, fit: Fit::Part }, Sense::Lex("rows".into()), Sense::Lex("rows-named".into())];
    }
}

/// "the biggest single payment we made": after "single", a word that names only a column of kinds (`payment`,
/// the method) names one of the rows, whose money is ranked, not that column's groups.
pub(super) fn single_row_noun(items: &mut [Item], desk: &Desk, lx: &Lexicon) {
    for i in 2..items.len() {
        // (After a superlative: "the biggest single payment"; not "a single counter".)
        let ranked = items[i - 2].adj().is_some() || items[i - 2].lex_kind("rank:").is_some();
        if items[i - 1].text != "single" || !ranked {
            continue;
        }
        let cols = items[i].cols();
        let kinds_only = !cols.is_empty()
            && items[i].vals().is_empty()
            && items[i].tables().is_empty()
            && cols.iter().all(|(c, _)| !col(desk, *c).is_numeric() && col(desk, *c).role == Role::Category);
        if kinds_only {
            // (Its own senses stay: "payment" is money paid out as well as one of the rows.)
            let mut senses: Vec<Sense> = lx.senses(&items[i].text).iter().map(|x| Sense::Lex(x.clone())).collect();
            if !senses.iter().any(|x| matches!(x, Sense::Lex(l) if l == "rows")) {
                senses.push(Sense::Lex("rows".into()));
            }
            items[i].senses = senses;
        }
    }
}

/// "July to September 2025 than the same three months of 2024", "March 2025 vs the same month in 2024": the
/// later period is the first one's months (or quarter, half, day) in the year named, not that whole year.
pub(super) fn same_months_of_a_year(items: &mut [Item]) {
    use super::periods::PeriodExpr;
    let period = |it: &Item| -> Option<PeriodExpr> {
        it.senses.iter().find_map(|x| match x {
            Sense::Period(p) => Some(p.clone()),
            _ => None,
        })
    };
    // The part of a dated unit after its year ("-07" of "2025-07"), for a unit finer than a year.
    let within = |u: &str| -> Option<String> { (u.len() > 4 && u.as_bytes()[4] == b'-').then(|| u[4..].to_string()) };
    let Some(first) = items.iter().position(|it| period(it).is_some()) else { return };
    let shifted = |p: &PeriodExpr, year: &str| -> Option<PeriodExpr> {
        match p {
            PeriodExpr::Unit(u) => within(u).map(|rest| PeriodExpr::Unit(format!("{year}{rest}"))),
            PeriodExpr::Span(a, b) => match (a.as_ref(), b.as_ref()) {
                (PeriodExpr::Unit(x), PeriodExpr::Unit(y)) if x.get(..4) == y.get(..4) => Some(PeriodExpr::Span(
                    Box::new(PeriodExpr::Unit(format!("{year}{}", within(x)?))),
                    Box::new(PeriodExpr::Unit(format!("{year}{}", within(y)?))),
                )),
                _ => None,
            },
            _ => None,
        }
    };
    let Some(p0) = period(&items[first]) else { return };
    for i in first + 1..items.len() {
        if items[i].text != "same" {
            continue;
        }
        let Some(y) = (i + 1..items.len().min(i + 6)).find(|&j| period(&items[j]).is_some()) else { return };
        let Some(PeriodExpr::Unit(year)) = period(&items[y]) else { return };
        if year.len() != 4 {
            return;
        }
        let Some(p1) = shifted(&p0, &year) else { return };
        for it in items[i..y].iter_mut() {
            it.senses = vec![Sense::Lex("filler".into())];
        }
        items[y].senses = vec![Sense::Period(p1)];
        return;
    }
}

/// "the median number of days", "the average number of hours": an average of a length of time, not a count
/// of the different days (the "number of" says how the time is given).
pub(super) fn average_number_of_units(items: &mut [Item], desk: &Desk) {
    for i in 1..items.len().saturating_sub(1) {
        let avg = items[i - 1].lex("agg:avg") || items[i - 1].lex("agg:median");
        // (Or of a column that counts them on each row: "the median number of rentals" is of `rentals`.)
        let counted = |c: &ColId| col(desk, *c).is_numeric() && col(desk, *c).role == Role::Amount;
        let unit = matches!(items[i + 1].text.as_str(), "days" | "hours" | "minutes" | "weeks" | "months" | "years")
            || items[i + 1].cols().iter().any(|(c, f)| *f >= Fit::Form && counted(c));
        if avg && unit && matches!(items[i].text.as_str(), "number of" | "no. of" | "count of") {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "as a percentage of every lesson booked", "as a share of all bookings": after a word of a ratio, "every"
/// is no grouping, and a word naming the table's rows names them (not a column sharing that word,
/// `lesson_type`): the share is of all the rows.
pub(super) fn whole_after_ratio(items: &mut [Item]) {
    // ("Out of all appointments booked, what percentage ...": the whole said first.)
    if items.first().is_some_and(|it| it.text == "out of" && it.lex("ratio")) {
        items[0].senses = vec![Sense::Lex("filler".into())];
    }
    for i in 1..items.len() {
        if !of_the_whole(items, i) {
            continue;
        }
        if items[i - 1].lex("by") {
            items[i - 1].senses = vec![Sense::Lex("filler".into())];
        }
        if items[i].senses.iter().any(|x| matches!(x, Sense::Table { .. })) && items[i].vals().is_empty() {
            items[i].senses.retain(|x| matches!(x, Sense::Table { .. }));
        }
    }
}

/// Item `i` is what a ratio is taken of, said as all of them: "as a share of all bookings", "out of every
/// lesson booked", "as a percentage of bookings".
fn of_the_whole(items: &[Item], i: usize) -> bool {
    let all = |t: &str| matches!(t, "all" | "every" | "all the" | "all our" | "every one of the" | "the" | "our");
    (i >= 1 && items[i - 1].lex("ratio")) || (i >= 2 && all(&items[i - 1].text) && items[i - 2].lex("ratio"))
}

/// "the big washers": an adjective in its plain form (not "bigger", "biggest", "more ...") right before a
/// value says which of the things, not which way to rank; it is left unknown (to be named), never dropped
/// as a direction with no ranking.
pub(super) fn plain_adjective_before_value(items: &mut [Item]) {
    for i in 0..items.len().saturating_sub(1) {
        let Some(a) = items[i].adj() else { continue };
        if !a.comparative {
            continue;
        }
        let t = items[i].text.as_str();
        let graded = t.ends_with("er") || t.ends_with("est") || t.contains(' ');
        let after_degree = i > 0
            && matches!(items[i - 1].text.as_str(), "more" | "most" | "less" | "least" | "the most" | "the least");
        if !graded && !after_degree && !items[i + 1].vals().is_empty() {
            items[i].senses.clear();
        }
    }
}

/// "what brought in the most money": "what" as the subject of a verb of doing, ranked, asks which thing,
/// and no column of things was named; the largest single row is not it. (With "was"/"is" it asks the figure,
/// "what was the most we took"; with a column of things, "what product sold the most", that column.)
pub(super) fn what_did_the_most(items: &[Item]) -> Option<String> {
    // ("what" opening the question or a clause of it: "apart from rent, what brought in the most".)
    // (Not "what's", which is "what is".)
    let first = (0..items.len())
        .find(|&i| items[i].text == "what" && !items[i].possessive && (i == 0 || items[i - 1].lex("punct")))?;
    let verb = items.get(first + 1)?;
    let copula = matches!(
        verb.text.as_str(),
        "was" | "is" | "were" | "are" | "'s" | "s" | "did" | "does" | "do" | "has" | "have" | "had" | "will" | "would"
    );
    let names_things = items.iter().any(|it| it.lex("by") || it.lex_kind("grain:").is_some());
    let ranked = items[first + 1..].iter().any(|it| it.lex_kind("rank:").is_some() || it.text == "the most");
    if copula || !ranked || names_things || verb.lex_kind("measure:").is_some() || !verb.cols().is_empty() {
        return None;
    }
    Some("which thing \"what\" asks for: no column of things to rank was named".into())
}

/// "Where's the cheapest diesel?": "where" opening a question asks for a place. Unless the question names a
/// column of places itself, which column holds the places is asked (never dropped, which would answer
/// another question).
pub(super) fn where_asks_a_place(items: &[Item], desk: &Desk, lx: &Lexicon) -> Option<String> {
    let first = items.iter().position(|it| !it.lex("punct"))?;
    if items[first].text != "where" {
        return None;
    }
    let place = |c: ColId| {
        crate::semantics::name_words(&col(desk, c).name)
            .iter()
            .any(|w| lx.same_kind(w, "city") || lx.same_kind(w, "region") || lx.same_kind(w, "country"))
    };
    let named = items.iter().any(|it| it.cols().iter().any(|(c, _)| place(*c)));
    (!named).then(|| "which column holds the places \"where\" asks about (name it)".to_string())
}

/// "how many council jobs did we complete": a verb of what took place that is a form of one value of a
/// column of outcomes ("Completed", or "Done": words of completion are one outcome) keeps those rows, rather
/// than only leaving out the absences (a quote lost or still pending did not complete either).
pub(super) fn done_verb_is_a_value(items: &mut [Item], desk: &Desk) {
    // ("completed" is the status Done: words of completion are one outcome.)
    let complete =
        |w: &str| matches!(w, "complete" | "completed" | "completes" | "done" | "finished" | "finish" | "finishes");
    for it in items.iter_mut() {
        if !it.lex("presence") || it.text.contains(' ') {
            continue;
        }
        let mut found: Vec<(ColId, String)> = Vec::new();
        for (ti, t) in desk.tables.iter().enumerate() {
            for (ci, c) in t.columns.iter().enumerate() {
                if c.role != Role::Category || c.listed.is_empty() {
                    continue;
                }
                for v in &c.listed {
                    let f = crate::semantics::fold(v);
                    let f = f.trim_end_matches(|ch: char| !ch.is_alphanumeric());
                    if !f.contains(' ') && (super::link::same_form(f, &it.text) || complete(f) && complete(&it.text)) {
                        let canon = c.canonical(v);
                        let id = ColId { table: ti, col: ci };
                        if !found.iter().any(|(i, x)| *i == id && *x == canon) {
                            found.push((id, canon));
                        }
                    }
                }
            }
        }
        if let [(id, value)] = found.as_slice() {
            it.senses = vec![Sense::Val { id: *id, value: value.clone(), fit: Fit::Form }];
        }
    }
}

/// "skip days they weren't counted", "ignore hires where the km wasn't written down", "skip days nobody
/// recorded it", "skip sessions with no minutes written down": a clause opened by a word of leaving out
/// whose verb says a figure was not recorded leaves out the rows where it is empty. A number column named
/// there is returned (its empty rows are left out); "it"/"they", or a word that names nothing of the desk,
/// are the figure asked about (returned as words: its empty rows are left out too, which no sum or average
/// counts anyway). The clause's words are read (filler), never reported unknown.
/// "cats that have an outcome recorded", "visits with a weight written down", "where we know the age": the
/// rows where that column has a value (the words become filler). The columns the word names, each kept
/// present.
pub(super) fn recorded_kept(items: &mut [Item]) -> Vec<ColId> {
    const RECORDED: &[&str] =
        &["recorded", "written down", "noted", "logged", "entered", "filled in", "known", "given"];
    let owner = |t: &str| matches!(t, "have" | "has" | "having" | "had" | "with");
    let article = |t: &str| matches!(t, "a" | "an" | "the" | "their" | "its" | "any");
    let mut out = Vec::new();
    for i in 2..items.len() {
        // "<with|have> (a) X recorded".
        let x = if RECORDED.contains(&items[i].text.as_str()) {
            let k = i - 1;
            let o = if article(&items[k - 1].text) { k.checked_sub(2) } else { Some(k - 1) };
            o.filter(|&o| owner(&items[o].text)).map(|o| (o, k, i))
        } else if items[i - 1].text == "know" || items[i - 2].text == "know" && article(&items[i - 1].text) {
            // "where we know the age".
            let o = if items[i - 1].text == "know" { i - 1 } else { i - 2 };
            Some((o, i, i))
        } else {
            None
        };
        let Some((from, k, to)) = x else { continue };
        let cols: Vec<ColId> = items[k].cols().into_iter().map(|(c, _)| c).collect();
        if cols.is_empty() || !items[k].vals().is_empty() {
            continue;
        }
        out.extend(cols);
        for it in items[from..=to].iter_mut() {
            it.senses = vec![Sense::Lex("filler".into())];
        }
    }
    out
}

/// "enrolments with a paid date", "jobs that have a finish date": the rows where the date column the word
/// before "date" names has a value (the words become filler).
pub(super) fn with_a_date(items: &mut [Item], desk: &Desk) -> Vec<ColId> {
    let owner = |t: &str| matches!(t, "have" | "has" | "having" | "had" | "with");
    let article = |t: &str| matches!(t, "a" | "an" | "the" | "their" | "its" | "any");
    let mut out = Vec::new();
    for i in 2..items.len() {
        if !matches!(items[i].text.as_str(), "date" | "day") {
            continue;
        }
        let k = i - 1;
        let o = if article(&items[k - 1].text) { k.checked_sub(2) } else { Some(k - 1) };
        let Some(o) = o.filter(|&o| owner(&items[o].text)) else { continue };
        let dates: Vec<ColId> =
            items[k].cols().into_iter().map(|(c, _)| c).filter(|c| col(desk, *c).role == Role::Time).collect();
        let [d] = dates.as_slice() else { continue };
        if !items[k].vals().is_empty() {
            continue;
        }
        out.push(*d);
        for it in items[o..=i].iter_mut() {
            it.senses = vec![Sense::Lex("filler".into())];
        }
    }
    out
}

pub(super) fn unrecorded_left_out(items: &mut [Item], desk: &Desk, lx: &Lexicon) -> (Vec<ColId>, Vec<String>) {
    const RECORDED: &[&str] = &[
        "recorded",
        "counted",
        "written",
        "written down",
        "wrote",
        "wrote down",
        "noted",
        "noted down",
        "jotted down",
        "logged",
        "entered",
        "filled in",
        "measured",
        "taken down",
        "put down",
    ];
    const PRONOUNS: &[&str] = &["it", "they", "them", "that", "those", "this"];
    let article = |t: &str| matches!(t, "the" | "a" | "an" | "any");
    let mut cols = Vec::new();
    let mut words = Vec::new();
    for i in 1..items.len() {
        if !RECORDED.contains(&items[i].text.as_str()) {
            continue;
        }
        let start = clause_start(items, i);
        // (A word of leaving out that opens a clause of its own: not "without", which may name the rows
        // asked about: "walks without minutes written down".)
        let Some(x) = (start..i).find(|&j| {
            items[j].lex("excl")
                && !matches!(items[j].text.as_str(), "without" | "minus" | "non" | "outside" | "outside of")
        }) else {
            continue;
        };
        let mut end = if items.get(i + 1).is_some_and(|n| n.text == "down") { i + 1 } else { i };
        // Whose figure: "nobody wrote <it> (down)", "<it> wasn't recorded", "no <minutes> written down".
        let what = if matches!(items[i - 1].text.as_str(), "nobody" | "no one" | "no-one") && i - 1 > x {
            let k = (i + 1..items.len()).find(|&k| !article(&items[k].text));
            let k = k.filter(|&k| !items[k].lex("punct") && items[k].text != "down");
            if let Some(k) = k {
                end = end.max(if items.get(k + 1).is_some_and(|n| n.text == "down") { k + 1 } else { k });
            }
            k
        } else if items[i - 1].lex("neg") && items[i - 1].text != "no" && i >= 2 && i - 2 > x {
            let k = i - 2;
            (!article(&items[k].text)).then_some(k)
        } else if i >= 2 && i - 2 > x && matches!(items[i - 2].text.as_str(), "no" | "no proper") {
            Some(i - 1)
        } else {
            continue;
        };
        let Some(k) = what else { continue };
        // (Rows of a kind said between them keep their meaning: "skip cancelled hires where ..." is not this.)
        if (x + 1..=end).any(|j| j != k && !items[j].vals().is_empty()) {
            continue;
        }
        let numeric: Vec<ColId> =
            items[k].cols().into_iter().map(|(c, _)| c).filter(|c| col(desk, *c).is_numeric()).collect();
        // (A word that names no value and no column of things, or a word for a length of time: "nobody wrote
        // the time down" of a walk's minutes.)
        let names_nothing = items[k].vals().is_empty()
            && (items[k].cols().iter().all(|(c, _)| col(desk, *c).is_numeric() || col(desk, *c).role == Role::Time)
                || lx.same_kind(&items[k].text, "duration"));
        match numeric.as_slice() {
            [c] if items[k].vals().is_empty() => cols.push(*c),
            _ if PRONOUNS.contains(&items[k].text.as_str()) || names_nothing => {
                words.push((x..=end).map(|j| items[j].text.as_str()).collect::<Vec<_>>().join(" "))
            }
            _ => continue,
        }
        for it in &mut items[x..=end] {
            it.senses = vec![Sense::Lex("filler".into())];
        }
    }
    (cols, words)
}

/// "takings per day we were open", "per trading day", "per working day", "a day I worked": days the business was open, where no
/// column or value says so (a flag `open`, a status "Open"), are the days with rows. The words are read (filler); true when
/// said.
pub(super) fn days_open(items: &mut [Item]) -> bool {
    // (Only where no column or value says it: "open" as a flag or a status is that.)
    let open = |it: &Item| {
        matches!(it.text.as_str(), "open" | "opened" | "trading" | "traded" | "worked")
            && it.senses.iter().all(|x| matches!(x, Sense::Lex(_)))
    };
    let mut said = false;
    for i in 0..items.len() {
        if !items[i].lex("grain:day") {
            continue;
        }
        // "per trading day", "an open day"; "per working day", "each working day" (not "working days lost": a
        // count of days, said without "per")
        let working = |k: usize| {
            k > 0
                && matches!(items[k].text.as_str(), "working" | "business" | "work")
                // (A word only like a column's, "working" of `work_done`, is not that column.)
                && items[k].senses.iter().all(|x| matches!(x, Sense::Lex(_) | Sense::Col { fit: Fit::Kin, .. }))
                && matches!(items[k - 1].text.as_str(), "per" | "a" | "each" | "every" | "an average")
        };
        if i > 0 && (open(&items[i - 1]) || working(i - 1)) {
            items[i - 1].senses = vec![Sense::Lex("filler".into())];
            // ("per trading day": the word read, "per" goes with the day, as in "per day".)
            if i > 1 && items[i - 2].text == "per" {
                items.swap(i - 2, i - 1);
            }
            said = true;
            continue;
        }
        // "per day we were open", "a day it was open", "days we traded"
        let subject =
            |k: usize| items.get(k).is_some_and(|it| matches!(it.text.as_str(), "we" | "it" | "they" | "you" | "i"));
        let be = |k: usize| {
            items
                .get(k)
                .is_some_and(|it| matches!(it.text.as_str(), "were" | "was" | "are" | "is" | "we're" | "were open"))
        };
        let mut k = i + 1;
        if items.get(k).is_some_and(|it| it.text == "that") {
            k += 1;
        }
        if !subject(k) {
            continue;
        }
        let end = if be(k + 1) && items.get(k + 2).is_some_and(open) {
            k + 2
        } else if items.get(k + 1).is_some_and(open) {
            k + 1
        } else {
            continue;
        };
        for it in &mut items[i + 1..=end] {
            it.senses = vec![Sense::Lex("filler".into())];
        }
        said = true;
    }
    said
}

/// "which month had the most quotes", "the fewest invoices": the plural of a money column's name after a word
/// of number, where a key names the same things (`quote_no`), counts them by that key, not their money,
/// unless a verb or word of money says money ("brought in the most fees").
pub(super) fn most_of_a_money_plural(items: &mut [Item], desk: &Desk) {
    if items.iter().any(|it| it.lex_kind("measure:").is_some() || it.lex_kind("sign:").is_some()) {
        return;
    }
    for i in 1..items.len() {
        if !matches!(items[i - 1].text.as_str(), "most" | "the most" | "fewest" | "the fewest" | "fewer" | "more") {
            continue;
        }
        let w = items[i].text.as_str();
        let plural = w.ends_with('s') && !w.ends_with("ss");
        let money_by_form = items[i].senses.iter().any(|x| {
            matches!(x, Sense::Col { id, fit: Fit::Form } if col(desk, *id).in_currency() && !col(desk, *id).name.ends_with('s'))
        });
        // (Counted by the key that names them, `quote_no`, where one does.)
        let key = items[i]
            .senses
            .iter()
            .any(|x| matches!(x, Sense::Col { id, .. } if col(desk, *id).role == Role::Identifier));
        if plural && money_by_form && key {
            items[i].senses.retain(|x| matches!(x, Sense::Col { id, .. } if col(desk, *id).role == Role::Identifier));
            // (A count is what is measured: "which work did we lose the most quotes for" ranks by it, not by the
            // money of the value said as our verb.)
            if !items[i - 1].lex("agg:count") {
                items[i - 1].senses.insert(0, Sense::Lex("agg:count".into()));
            }
        }
    }
}

/// "how far ahead of the next artist", "by how much more than the next best base": in a ranking, "the next"
/// thing is the runner-up, which the answer gives with its margin; not a prediction. (Not before a word of
/// time: "next month" stays one.)
pub(super) fn the_next_one(items: &mut [Item]) {
    let ranked = items.iter().any(|it| it.lex_kind("rank:").is_some() || it.lex("agg:max") || it.lex("agg:min"));
    if !ranked {
        return;
    }
    for i in 1..items.len().saturating_sub(1) {
        if items[i].text != "next" || !matches!(items[i - 1].text.as_str(), "the" | "of the" | "than the") {
            continue;
        }
        let mut j = i + 1;
        if matches!(items[j].text.as_str(), "best" | "highest" | "closest" | "biggest" | "one") {
            j += 1;
        }
        let Some(noun) = items.get(j) else { continue };
        let timely = noun.lex_kind("grain:").is_some()
            || noun.lex_kind("per-grain:").is_some()
            || noun.senses.iter().any(|x| matches!(x, Sense::Period(_)));
        if timely || noun.lex("punct") {
            continue;
        }
        // (The noun, "artist" or "base", names the things ranked, already grouped by.)
        let names_them = noun.senses.iter().any(|x| matches!(x, Sense::Col { .. } | Sense::Table { .. }));
        let end = if names_them { j + 1 } else { j };
        for it in &mut items[i..end] {
            it.senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "money that came into the candle business", "the biggest payment out of the business": the business (or
/// company, firm) said with "the", "our" or "my" is the whole of ours, with a word of its trade before it;
/// not where the desk has such a value ("Business" class).
pub(super) fn the_business_is_us(items: &mut [Item]) {
    for i in 1..items.len() {
        let w = items[i].text.as_str();
        // (Money "out of the club", "into the club": the club the money leaves or enters is ours, even where
        // a payee is written "Club".)
        let moved = i >= 2
            && matches!(items[i - 1].text.as_str(), "of the" | "the" | "of our" | "our")
            && (items[i - 2].lex_kind("sign:").is_some()
                || matches!(items[i - 2].text.as_str(), "out" | "into" | "came into" | "went out"));
        // (A shop is ours only as where money moved: "in the shop" may be a column's, `shop_sales`.)
        let word = matches!(
            w,
            "business"
                | "company"
                | "firm"
                | "farm"
                | "charity"
                | "organisation"
                | "organization"
                | "club"
                | "society"
                | "association"
                | "group"
                | "team"
                | "church"
                | "parish"
                | "school"
        ) || w == "shop" && moved;
        let schema = !items[i].cols().is_empty() || !items[i].tables().is_empty();
        if !word || schema || !items[i].vals().is_empty() && !moved {
            continue;
        }
        let own = |j: usize| {
            matches!(
                items[j].text.as_str(),
                "the"
                    | "our"
                    | "my"
                    | "into the"
                    | "out of the"
                    | "of the"
                    | "in the"
                    | "to the"
                    | "for the"
                    | "from the"
                    | "with the"
                    | "with our"
                    | "by the"
                    | "at the"
            )
        };
        // (The trade word is unknown, or a word of a table's name: "the candle business" of `candle_ledger`.)
        let trade = i >= 2
            && own(i - 2)
            && items[i - 1].senses.iter().all(|x| matches!(x, Sense::Table { .. }))
            && !items[i - 1].text.contains(' ');
        if own(i - 1) || trade {
            items[i].senses = vec![Sense::Lex("whole".into())];
            if trade {
                items[i - 1].senses = vec![Sense::Lex("filler".into())];
            }
        }
    }
}

/// "rescues per 1,000 visitors", "complaints for every 100 orders": a rate per a round number of things is the
/// ratio times that number; the number is taken here (returned) and the ratio read as "per visitor".
pub(super) fn per_a_round_number(items: &mut Vec<Item>) -> Option<f64> {
    for k in 0..items.len().saturating_sub(2) {
        if !matches!(items[k].text.as_str(), "per" | "for every" | "every" | "for each") {
            continue;
        }
        let Some((n, currency, percent)) = items[k + 1].num() else { continue };
        let round = [10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0].contains(&n);
        let things = &items[k + 2];
        let timely = things.lex_kind("grain:").is_some() || crate::analyst::plan::seconds_in(&things.text).is_some();
        if round && !currency && !percent && !timely && !things.lex("punct") {
            items.remove(k + 1);
            return Some(n);
        }
    }
    None
}

/// "only use days where the visitors were counted", "only count rows with a price": the days (or rows, or the
/// table's things) said after "only use" are the rows kept, no grouping by day.
pub(super) fn only_days_where(items: &mut [Item]) {
    for k in 1..items.len().saturating_sub(1) {
        let rows = items[k].lex_kind("grain:").is_some() && !items[k].text.contains(' ')
            || items[k].lex("rows")
            || matches!(items[k].text.as_str(), "rows" | "entries" | "records" | "lines");
        let then = matches!(items[k + 1].text.as_str(), "where" | "with" | "that" | "when" | "on which" | "which");
        let before = |j: usize| {
            matches!(items[j].text.as_str(), "use" | "using" | "count" | "counting" | "include" | "including" | "the")
                || items[j].lex("only")
        };
        let only = (k.saturating_sub(3)..k).any(|j| items[j].lex("only") || items[j].text == "only")
            && (k.saturating_sub(3)..k).all(|j| before(j) || items[j].is_filler() || items[j].lex("punct"));
        if rows && then && only {
            items[k].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "going by the books I finished", "based on the jobs we completed": the things the rows are, said after
/// "going by", say which rows count (a value or condition after them), no grouping by their key.
pub(super) fn going_by_the_things(items: &mut [Item], desk: &Desk) {
    for k in 0..items.len().saturating_sub(2) {
        let going = matches!(items[k].text.as_str(), "going" | "judging" | "based")
            && matches!(items[k + 1].text.as_str(), "by the" | "by" | "on the" | "on");
        if !going {
            continue;
        }
        let mut j = k + 2;
        if items.get(j).is_some_and(|i| i.text == "the") {
            j += 1;
        }
        let Some(noun) = items.get(j).cloned() else { continue };
        // (Or "going by the dates in the ledger": the date column the rows have.)
        let things = !noun.tables().is_empty()
            || !noun.cols().is_empty()
                && noun.cols().iter().all(|(c, _)| matches!(col(desk, *c).role, Role::Identifier | Role::Time));
        // ("going by the dates in the ledger": where they are, the table, said too.)
        if items.get(j + 1).is_some_and(|i| matches!(i.text.as_str(), "in the" | "in" | "of the" | "from the"))
            && items.get(j + 2).is_some_and(|i| !i.tables().is_empty() && i.cols().is_empty())
        {
            j += 2;
        }
        if things && noun.vals().is_empty() && !noun.lex("agg:count") {
            for it in &mut items[k..=j] {
                it.senses = vec![Sense::Lex("filler".into())];
            }
        } else {
            // ("going by the series in my title list": "going by" says what to go by, never a trend over time.)
            items[k].senses = vec![Sense::Lex("filler".into())];
            items[k + 1].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "between the customer's enquiry and the move": a word for a person, said as the owner of a column's thing
/// and naming no column, says whose it is (nothing to filter or count).
pub(super) fn whose_thing(items: &mut [Item]) {
    for k in 0..items.len().saturating_sub(1) {
        let person = (items[k].lex("person") || items[k].lex("people")) && items[k].cols().is_empty();
        if person && items[k].possessive && !items[k + 1].cols().is_empty() {
            items[k].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "the average length in pages", "the weight in kg": a word of size said "in" a number column's own name is
/// that column.
pub(super) fn size_in_a_column(items: &mut [Item], desk: &Desk) {
    for k in 0..items.len().saturating_sub(2) {
        let size = matches!(items[k].text.as_str(), "length" | "size" | "weight" | "amount" | "number");
        let named = items[k + 2].cols();
        let one_number = matches!(named.as_slice(), [(c, _)] if col(desk, *c).is_numeric());
        if size && items[k + 1].text == "in" && one_number && items[k].cols().is_empty() {
            items[k].senses = vec![Sense::Lex("filler".into())];
            items[k + 1].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "which genre do I rate highest": "rate" as a verb of someone's (after I, we, you, they) is the one number
/// column of ratings (`my_rating`, `stars`), not a rate.
pub(super) fn rate_as_a_verb(items: &mut [Item], desk: &Desk) {
    for k in 1..items.len() {
        if !matches!(items[k].text.as_str(), "rate" | "rated" | "rates") {
            continue;
        }
        let who = matches!(
            items[k - 1].text.as_str(),
            "i" | "we" | "you" | "they" | "do i" | "did i" | "do we" | "did we" | "have i" | "i've" | "we've"
        );
        if !who {
            continue;
        }
        let ratings = super::link::columns_where(desk, |x| {
            x.is_numeric()
                && crate::semantics::name_words(&x.name)
                    .iter()
                    .any(|w| matches!(w.as_str(), "rating" | "ratings" | "rated" | "stars" | "score"))
        });
        if let [one] = ratings.as_slice() {
            items[k].senses = vec![Sense::Col { id: *one, fit: Fit::Form }];
        }
    }
}

/// "which tower made the most rescues, and which came second?": in a ranking, the second is the runner-up,
/// which the answer names with its margin; the clause asks nothing more. ("and which kind is second", "and
/// which was second", "and the runner-up", "and which comes next".)
pub(super) fn which_is_second(items: &mut [Item]) {
    let ranked = items.iter().any(|it| it.lex_kind("rank:").is_some() || it.lex("agg:max") || it.lex("agg:min"));
    if !ranked {
        return;
    }
    for i in 0..items.len() {
        // ("and which comes next?", "which is next": at the end of its clause, the next one down.)
        let next = items[i].text == "next" && items.get(i + 1).is_none_or(|n| n.lex("punct"));
        // ("which is runner-up", written with a hyphen: two words.)
        let runner = items[i].text == "runner" && items.get(i + 1).is_some_and(|n| n.text == "up");
        if !matches!(items[i].text.as_str(), "second" | "runner-up" | "runner up" | "second place") && !next && !runner
        {
            continue;
        }
        if runner {
            items[i + 1].senses = vec![Sense::Lex("filler".into())];
        }
        // Back to "and which" / "and what" / "and the" within four items, nothing but filler, a verb of being or
        // coming, and the noun of the things ranked between.
        let Some(start) = (i.saturating_sub(4)..i).find(|&j| {
            matches!(items[j].text.as_str(), "which" | "what" | "and which" | "and what" | "who" | "and who")
                || items[j].text == "and"
                    && items.get(j + 1).is_some_and(|n| matches!(n.text.as_str(), "which" | "what" | "who" | "the"))
        }) else {
            continue;
        };
        let between_ok = (start + 1..i).all(|j| {
            let it = &items[j];
            matches!(
                it.text.as_str(),
                "which"
                    | "what"
                    | "who"
                    | "the"
                    | "comes"
                    | "came"
                    | "come"
                    | "is"
                    | "was"
                    | "were"
                    | "one"
                    | "kind"
                    | "type"
                    | "in"
                    | "place"
            ) || it.is_filler()
                || it.senses.iter().any(|x| matches!(x, Sense::Col { .. } | Sense::Table { .. }))
        });
        let ends = items.get(i + 1 + usize::from(runner)).is_none_or(|n| n.lex("punct"));
        if between_ok && ends && start > 0 {
            for it in &mut items[start..=i] {
                it.senses = vec![Sense::Lex("filler".into())];
            }
        }
    }
}

/// "which appliance takes longest to sweep", "the average charge for sweeping a wood burner": the verb of
/// the work itself, after "to" with a length of time before it, or an unknown "-ing" form after "for" with
/// the thing it is done to after it, says what the rows are (not a column "Sweep" of who did it).
pub(super) fn the_work_done(items: &mut [Item]) {
    for i in 2..items.len() {
        let took = items[i - 1].text == "to"
            && (i.saturating_sub(4)..i - 1).any(|j| {
                items[j].adj().is_some_and(|a| a.target == "duration")
                    || matches!(items[j].text.as_str(), "take" | "takes" | "took" | "taking" | "taken")
            })
            && !items[i].text.contains(' ')
            && items[i].vals().is_empty()
            && items[i].tables().is_empty()
            && items.get(i + 1).is_none_or(|n| n.lex("punct") || n.lex_kind("agg:").is_some() || n.is_filler());
        let doing = items[i - 1].text == "for"
            && items[i].senses.iter().all(|x| matches!(x, Sense::Col { fit: Fit::Kin, .. }))
            && items[i].text.ends_with("ing")
            && items.get(i + 1).is_some_and(|n| matches!(n.text.as_str(), "a" | "an" | "the") || !n.vals().is_empty());
        if took || doing {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "what share of orders include a mount": "include" before a yes/no column (with an article) is "with".
/// (Not before a value of lines, "transactions that include a drink": a whole made of several rows.)
pub(super) fn include_a_flag(items: &mut [Item], desk: &Desk) {
    for i in 0..items.len().saturating_sub(2) {
        if !matches!(items[i].text.as_str(), "include" | "includes" | "included" | "including")
            || !matches!(items[i + 1].text.as_str(), "a" | "an" | "the")
        {
            continue;
        }
        let flag = items[i + 2].vals().is_empty()
            && !items[i + 2].cols().is_empty()
            && items[i + 2].cols().iter().all(|(c, _)| {
                let x = col(desk, *c);
                x.yes_no || x.role == Role::Flag
            });
        if flag {
            items[i].senses = vec![Sense::Lex("filler".into()), Sense::Lex("only".into())];
        }
    }
}

/// "what have our catches sold for", "what did the paintings fetch": the things before a verb of their price are
/// whose money it is, not a second figure (`catch_kg` of "catches").
pub(super) fn what_they_sold_for(items: &mut [Item]) {
    for i in 1..items.len().saturating_sub(1) {
        // ("sold for" ending its clause, or before a period: not "did we sell for Under Milk Wood".)
        let verb = matches!(items[i].text.as_str(), "sold" | "sell" | "sells") && items[i + 1].text == "for";
        let ends = items.get(i + 2).is_none_or(|n| {
            n.lex("punct") || n.period().is_some() || n.lex_kind("period:").is_some() || n.text == "so far"
        });
        if !(verb && ends) {
            continue;
        }
        items[i].senses = vec![Sense::Lex("measure:*".into())];
        items[i + 1].senses = vec![Sense::Lex("filler".into())];
        let noun = &items[i - 1];
        if !noun.cols().is_empty()
            && noun.vals().is_empty()
            && noun.cols().iter().all(|(_, f)| *f <= Fit::Kin)
            && noun.senses.iter().all(|x| matches!(x, Sense::Col { .. }))
        {
            items[i - 1].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "money in before any costs or refunds", "takings before expenses": what the money was before what went out,
/// the gross (the words become "gross").
pub(super) fn before_costs(items: &mut [Item]) {
    for i in 0..items.len().saturating_sub(1) {
        if items[i].text != "before" {
            continue;
        }
        let mut j = i + 1;
        if matches!(items[j].text.as_str(), "any" | "all" | "the") {
            j += 1;
        }
        let out = |it: &Item| it.lex_kind("sign:") == Some("out") || it.lex("reversal");
        if !items.get(j).is_some_and(out) {
            continue;
        }
        let mut end = j;
        while end + 2 < items.len()
            && matches!(items[end + 1].text.as_str(), "or" | "and" | ",")
            && out(&items[end + 2])
        {
            end += 2;
        }
        items[i].text = "gross".into();
        items[i].senses = vec![Sense::Lex("filler".into())];
        for it in &mut items[i + 1..=end] {
            it.senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "how much money has gone out (of the business)", "the money that went out": money going out is money out.
pub(super) fn money_gone_out(items: &mut [Item]) {
    for i in 0..items.len() {
        if !(items[i].lex_kind("measure:") == Some("*") && items[i].text.contains("money")) {
            continue;
        }
        let Some(v) = (i + 1..items.len().min(i + 4))
            .find(|&j| matches!(items[j].text.as_str(), "gone" | "went" | "goes" | "going" | "go"))
        else {
            continue;
        };
        // (Not before a list in brackets of what it was, "money going out (costs, refunds and fees)": asked.)
        let listed = (v + 2..items.len().min(v + 6)).any(|j| {
            items[j].text == ","
                && items.get(j + 1).is_some_and(|n| n.lex_kind("sign:").is_some() || !n.vals().is_empty())
        });
        if items.get(v + 1).is_some_and(|n| matches!(n.text.as_str(), "out" | "out of")) && !listed {
            items[v].senses = vec![Sense::Lex("sign:out".into())];
            items[v + 1].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "the first nine months of 2024": months 1 to N of that year (one period, not "the first month" beside the
/// year); "this year (2025)": a year said again in brackets after "this year" is that year, once.
pub(super) fn first_months_of_a_year(items: &mut [Item]) {
    use super::periods::PeriodExpr;
    let year_at = |items: &[Item], j: usize| -> Option<String> {
        match items.get(j)?.period()? {
            PeriodExpr::Unit(u) if u.len() == 4 => Some(u.clone()),
            _ => None,
        }
    };
    for i in 0..items.len() {
        let ws: Vec<&str> = items[i].text.split(' ').collect();
        let n = match ws.as_slice() {
            ["first", n, "months"] => n.parse::<u32>().ok().or_else(|| super::periods::number_word(n)),
            _ => None,
        };
        if let Some(n) = n.filter(|n| (2..=12).contains(n)) {
            let of = items.get(i + 1).is_some_and(|x| x.text == "of");
            if let Some(y) = year_at(items, i + 2).filter(|_| of) {
                items[i].senses = vec![Sense::Period(PeriodExpr::Span(
                    Box::new(PeriodExpr::Unit(format!("{y}-01"))),
                    Box::new(PeriodExpr::Unit(format!("{y}-{n:02}"))),
                ))];
                items[i + 1].senses = vec![Sense::Lex("filler".into())];
                items[i + 2].senses = vec![Sense::Lex("filler".into())];
            }
        }
        let this_year = matches!(items[i].period(), Some(PeriodExpr::Relative { back: 0, grain: Grain::Year }));
        let bracketed = items.get(i + 1).is_some_and(|x| x.text == ",");
        if this_year && bracketed && year_at(items, i + 2).is_some() {
            items[i].senses = vec![Sense::Lex("filler".into())];
            items[i + 1].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "counting every call", "count all jobs": every row counted, the noun naming the rows (no breakdown by it);
/// "finished (completed or withdrawn)": a word the values said after it in brackets define is no value itself
/// (a term defined in the question is not read as one of the values).
pub(super) fn every_one_counted(items: &mut [Item]) {
    // "a pass or better", "Gold or higher": a value with a comparison needs an order of the values, which a
    // column of kinds does not have; the word stays unknown (asked), never dropped or read as a ranking.
    for i in 2..items.len() {
        let cmp = matches!(
            items[i].text.as_str(),
            "better" | "worse" | "higher" | "lower" | "above" | "below" | "more" | "less" | "over" | "under"
        );
        if cmp && items[i - 1].text == "or" && !items[i - 2].vals().is_empty() && items[i - 2].num().is_none() {
            items[i].senses.clear();
        }
    }
    // "What did we take ...? Only count the completed jobs.": in a sentence after the question, "only count" (or
    // "count only", "just count") says which rows count, not a count of them.
    for i in 1..items.len().saturating_sub(1) {
        let said_after = items[..i].iter().any(|it| it.lex("punct") && matches!(it.text.as_str(), "?" | "."))
            && items[..i]
                .iter()
                .any(|it| it.lex("ask") || it.lex_kind("agg:").is_some() || it.lex_kind("measure:").is_some());
        if !said_after || !matches!(items[i].text.as_str(), "count" | "counting" | "include" | "including") {
            continue;
        }
        let only = |t: &str| matches!(t, "only" | "just");
        if only(&items[i - 1].text) || only(&items[i + 1].text) && items[i - 1].lex("punct") {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
    for i in 0..items.len().saturating_sub(2) {
        if matches!(items[i].text.as_str(), "counting" | "count")
            && matches!(items[i + 1].text.as_str(), "every" | "all" | "each")
            && items[i + 2].vals().is_empty()
            && !items[i + 2].lex("punct")
        {
            for it in &mut items[i..=i + 2] {
                it.senses = vec![Sense::Lex("filler".into())];
            }
        }
        // (A list in the brackets: a value of that column, then "or" / "and".)
        let defined = items[i + 1].text == ","
            && (crate::semantics::says_done(&items[i].text) || matches!(items[i].text.as_str(), "over" | "ended"))
            && !items[i].vals().is_empty()
            && items[i + 2].vals().iter().any(|(c, _, _)| items[i].vals().iter().any(|(c0, _, _)| c0 == c))
            && items.get(i + 3).is_some_and(|n| matches!(n.text.as_str(), "or" | "and"));
        // (Not read here: the word stays unknown, and the question is asked back.)
        if defined {
            items[i].senses.clear();
        }
    }
}

/// "lessons that ran", "only lessons that went ahead", "how many lessons ran at Crantock" on a table of surf
/// lessons whose column `lesson` holds the kind of lesson: a plural word naming both the table's rows and a
/// column of kinds names the rows where it is said as the things (counted, kept, described by a clause or a
/// value), not a grouping by the column ("which lessons", "each lesson" stay the column). A verb of running
/// right after "that" of those rows is their taking place.
pub(super) fn rows_not_a_column(items: &mut [Item], desk: &Desk) {
    for i in 0..items.len() {
        let w = items[i].text.clone();
        let plural = w.ends_with('s') && !w.ends_with("ss") && !w.contains(' ');
        let tables: Vec<usize> = items[i]
            .senses
            .iter()
            .filter_map(|x| if let Sense::Table { table, .. } = x { Some(*table) } else { None })
            .collect();
        let [t] = tables.as_slice() else { continue };
        let kinds = items[i].cols().iter().any(|(c, _)| c.table == *t && col(desk, *c).role == Role::Category);
        // (The word is the table's own noun, the last of its name: "lessons" of `surf_lessons`, not "routes" of
        // `route_days` nor "kegs" of `keg_deliveries`.)
        let head =
            crate::semantics::name_words(&desk.tables[*t].name).last().is_some_and(|l| super::link::same_form(l, &w));
        if !plural || !kinds || !head || !items[i].vals().is_empty() {
            continue;
        }
        let before = if i > 0 { items[i - 1].text.as_str() } else { "" };
        let grouping = matches!(
            before,
            "which"
                | "what"
                | "each"
                | "per"
                | "by"
                | "every"
                | "different"
                | "distinct"
                | "unique"
                | "top"
                | "the top"
        ) || (i > 0 && (items[i - 1].lex("by") || items[i - 1].lex("each")));
        if grouping {
            continue;
        }
        let next = items.get(i + 1).map(|n| n.text.as_str()).unwrap_or("");
        let clause = matches!(next, "that" | "which" | "who" | "where");
        let valued = matches!(next, "at" | "in" | "on" | "from" | "with" | "for")
            && items.get(i + 2).is_some_and(|n| !n.vals().is_empty() && n.cols().is_empty());
        let kept = matches!(before, "only" | "just") || before.starts_with("how many");
        if !(clause || valued || kept) {
            continue;
        }
        items[i].senses.retain(|x| matches!(x, Sense::Table { .. }));
        // ("that ran", "which were run": the rows took place.)
        let ran = |t: &str| matches!(t, "ran" | "run" | "were run" | "was run" | "were held" | "was held" | "held");
        if clause && items.get(i + 2).is_some_and(|n| ran(&n.text)) {
            items[i + 2].senses = vec![Sense::Lex("presence".into())];
        } else if kept && items.get(i + 1).is_some_and(|n| ran(&n.text)) {
            items[i + 1].senses = vec![Sense::Lex("presence".into())];
        }
    }
}

/// "how much money came in to the group", "the group's spending" on `scout_group_ledger`: a word of the
/// table's name before its last (what the table is about, not what its rows are), said after "the", is the
/// whole of whoever keeps the table, not a value spelled the same (a section called "Group"). ("The Group
/// section", with the column's word after it, still names the value.)
pub(super) fn the_owner_not_a_value(items: &mut Vec<Item>, desk: &Desk) {
    let mut i = 1;
    while i < items.len() {
        let possessive = items[i].text.ends_with("'s") || items[i].text.ends_with('\'');
        let w = items[i].text.trim_end_matches("'s").trim_end_matches('\'').to_string();
        let tables: Vec<usize> = items[i]
            .senses
            .iter()
            .filter_map(|x| if let Sense::Table { table, fit: Fit::Part } = x { Some(*table) } else { None })
            .collect();
        let [t] = tables.as_slice() else {
            i += 1;
            continue;
        };
        let owner = super::link::before_the_tables_noun(&desk.tables[*t].name, &w);
        let the = items[i - 1].text == "the" || items[i - 1].text.ends_with(" the");
        let column_after = items.get(i + 1).is_some_and(|n| !n.cols().is_empty());
        // (Not a value of the desk, the word only of the table's name, where a noun or nothing follows: "the
        // club members", "in the club?"; before a verb it is us: "what does the club spend".)
        let verb_after = items.get(i + 1).is_some_and(|n| {
            n.senses.iter().any(|x| matches!(x, Sense::Lex(l) if l.starts_with("sign:") || l.starts_with("measure:") || l == "presence" || l.starts_with("op:")))
        });
        if !owner || !the || column_after || items[i].vals().is_empty() && !verb_after {
            i += 1;
            continue;
        }
        // (Said as "we", "us" or "our", so the words about the business's own money read as they would:
        // "how much did the group spend" is "how much did we spend".)
        let filler = vec![Sense::Lex("filler".into())];
        if possessive {
            items[i].text = "our".into();
            items[i].senses = filler;
            items.remove(i - 1);
        } else if items[i - 1].text == "the" {
            items.remove(i - 1);
            i -= 1;
            let asked = i >= 1 && matches!(items[i - 1].text.as_str(), "did" | "do" | "does" | "have" | "has");
            if asked {
                items[i - 1].text =
                    format!("{} we", if items[i - 1].text == "does" { "do" } else { &items[i - 1].text });
                items[i - 1].senses = filler;
                items.remove(i);
                continue;
            }
            items[i].text = "we".into();
            items[i].senses = filler;
        } else {
            let lead = items[i - 1].text.trim_end_matches(" the").to_string();
            items[i - 1].text = lead;
            items[i].text = "us".into();
            items[i].senses = filler;
        }
        i += 1;
    }
}

/// "the biggest payment we made", "payments I received": a payment said with who made or got it is one side of a
/// signed ledger: made, sent or paid by us is money out; received or taken by us is money in.
pub(super) fn payment_we_made(items: &mut [Item]) {
    for i in 0..items.len().saturating_sub(2) {
        let noun = matches!(items[i].text.as_str(), "payment" | "payments" | "transaction" | "transactions" | "amount");
        if !noun || items[i].is_schema() {
            continue;
        }
        let us = matches!(items[i + 1].text.as_str(), "we" | "i" | "that we" | "that i" | "we've" | "i've");
        if !us {
            continue;
        }
        let side = match items[i + 2].text.as_str() {
            "made" | "paid" | "sent" | "paid out" | "made out" | "have made" | "had to make" => "sign:out",
            "received" | "got" | "took" | "took in" | "have received" => "sign:in",
            _ => continue,
        };
        items[i].senses = vec![Sense::Lex(side.into())];
        items[i + 2].senses = vec![Sense::Lex("filler".into())];
    }
}

/// "below freezing", "above freezing point": the temperature at which water freezes, 0 in degrees Celsius
/// (32 where the desk's temperatures are in °F), said as a number.
pub(super) fn freezing_as_a_number(items: &mut Vec<Item>, desk: &Desk) {
    let fahrenheit = desk.tables.iter().flat_map(|t| t.columns.iter()).any(|c| c.unit.as_deref() == Some("°F"))
        && !desk.tables.iter().flat_map(|t| t.columns.iter()).any(|c| c.unit.as_deref() == Some("°C"));
    let mut i = 1;
    while i < items.len() {
        let compared = (i.saturating_sub(2)..i).any(|j| items[j].lex_kind("cmp:").is_some());
        if matches!(items[i].text.as_str(), "freezing" | "freezing point") && compared {
            // (Said with its scale, as "0°C" would be: the temperature column it is of.)
            let (value, scale) = if fahrenheit { (32.0, "°f") } else { (0.0, "°c") };
            items[i].text = format!("{value}");
            items[i].senses = vec![Sense::Num { value, currency: false, percent: false }];
            let mut unit = items[i].clone();
            unit.text = scale.into();
            unit.senses = Vec::new();
            items.insert(i + 1, unit);
            i += 1;
        }
        i += 1;
    }
}

/// "how many tyres have we fitted" on `tyre_jobs` with a column `qty`: the things the table is about (a word
/// of its name before the last, which names its rows) are counted by its one column of how many, summed; not
/// the rows.
pub(super) fn things_counted_by_a_quantity(items: &mut [Item], desk: &Desk, lx: &Lexicon) {
    for i in 1..items.len() {
        if !matches!(items[i - 1].text.as_str(), "how many" | "number of" | "total number of") {
            continue;
        }
        let w = items[i].text.clone();
        let tables: Vec<usize> = items[i]
            .senses
            .iter()
            .filter_map(|x| if let Sense::Table { table, fit: Fit::Part } = x { Some(*table) } else { None })
            .collect();
        let [t] = tables.as_slice() else { continue };
        // (A column it names only as a part of its name, `tyre_code`, is not the things.)
        let named = items[i].cols().iter().any(|(_, f)| !matches!(f, Fit::Part | Fit::Kin));
        if named || !items[i].vals().is_empty() || !w.ends_with('s') {
            continue;
        }
        if !super::link::before_the_tables_noun(&desk.tables[*t].name, &w) {
            continue;
        }
        let qty: Vec<usize> = desk.tables[*t]
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.is_numeric()
                    && c.role == Role::Amount
                    && crate::semantics::name_words(&c.name).iter().any(|x| lx.same_kind(x, "quantity"))
            })
            .map(|(k, _)| k)
            .collect();
        if let [q] = qty.as_slice() {
            items[i].senses = vec![Sense::Col { id: ColId { table: *t, col: *q }, fit: Fit::Exact }];
        }
    }
}

/// "did it drop below freezing", "days it went over 30": a verb of change straight before a comparison is
/// the comparison's (the value crossed), not a change between periods.
pub(super) fn change_verb_of_a_comparison(items: &mut [Item]) {
    for i in 0..items.len().saturating_sub(1) {
        let change = items[i].lex("op:change") || items[i].lex("dir:down") || items[i].lex("dir:up");
        let went = matches!(items[i].text.as_str(), "went" | "go" | "goes" | "gone" | "got" | "get" | "gets");
        // (Not "went up between the first and second half": two periods, a change.)
        let crossed = matches!(items[i + 1].lex_kind("cmp:"), Some("gt" | "ge" | "lt" | "le"))
            && items[i + 1].lex_kind("period:").is_none();
        if (change || went) && crossed && !items[i].is_schema() {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "the most popular start time", "finish times": "time" after a column of times of day (`start`) is that
/// column's own word, not another column of dates it is kin to.
pub(super) fn time_of_a_clock_column(items: &mut [Item], desk: &Desk) {
    for i in 1..items.len() {
        if !matches!(items[i].text.as_str(), "time" | "times") {
            continue;
        }
        let clock = items[i - 1].cols().iter().any(|(c, f)| *f >= Fit::Form && col(desk, *c).is_clock());
        if clock {
            items[i].senses = vec![Sense::Lex("filler".into())];
            items[i - 1].senses.retain(|x| matches!(x, Sense::Col { .. }));
        }
    }
}

/// "how many quiz nights", "nights below freezing" on tables of dates without times of day: a part of the day
/// names the days (the rows' dates), since no row says an hour.
pub(super) fn daypart_of_dates_only(items: &mut [Item], desk: &Desk) {
    let timed = desk
        .tables
        .iter()
        .flat_map(|t| t.columns.iter())
        .any(|c| c.ty == crate::tables::ColumnType::Datetime || c.is_clock());
    if timed {
        return;
    }
    // (Counted only, "how many nights": elsewhere, "on a night they played", the words are asked about.)
    for i in 1..items.len() {
        let counted = |j: usize| matches!(items[j].text.as_str(), "how many" | "number of" | "on how many");
        let modifier = i >= 2
            && counted(i - 2)
            && items[i - 1].senses.iter().all(|x| matches!(x, Sense::Val { fit: Fit::Part, .. }));
        // (Or ranked, "the coldest night": the day of the lowest figure.)
        let ranked = items[i - 1].adj().is_some_and(|a| !a.comparative);
        if !items[i].lex("daypart") || items[i].is_schema() || !(counted(i - 1) || modifier || ranked) {
            continue;
        }
        let plural = items[i].text.ends_with('s');
        items[i].senses = vec![Sense::Lex("grain:day".into())];
        items[i].text = if plural { "days" } else { "day" }.into();
        // ("quiz nights": the word before says which nights, not a value it is part of, "Quiz Khalifa".)
        if modifier {
            items[i - 1].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "the average daytime high", "overnight lows" beside `max_temp_c` and `min_temp_c`: a high or a low said as a
/// noun is that column of the one high-and-low pair of the desk ("daytime", "overnight" say the same).
pub(super) fn a_high_or_a_low(items: &mut [Item], desk: &Desk) {
    let mut pairs: Vec<(ColId, ColId)> = Vec::new();
    for (t, tb) in desk.tables.iter().enumerate() {
        for a in 0..tb.columns.len() {
            for b in a + 1..tb.columns.len() {
                let (ca, cb) = (ColId { table: t, col: a }, ColId { table: t, col: b });
                if let (Some(h), Some(l)) = (
                    super::grammar::high_or_low(desk, &[ca, cb], true),
                    super::grammar::high_or_low(desk, &[ca, cb], false),
                ) {
                    pairs.push((h, l));
                }
            }
        }
    }
    let [(high, low)] = pairs.as_slice() else { return };
    for i in 0..items.len() {
        let which = match items[i].text.as_str() {
            "high" | "highs" => *high,
            "low" | "lows" => *low,
            _ => continue,
        };
        let before = if i > 0 { items[i - 1].text.as_str() } else { "" };
        // (Not "how high", nor "a high share": only a high or low as the thing itself.)
        let noun = matches!(
            before,
            "the" | "average" | "mean" | "daytime" | "overnight" | "daily" | "nightly" | "day" | "night" | "of the"
        ) || items[i].text.ends_with('s');
        if !noun || items[i].cols().iter().any(|(_, f)| *f >= Fit::Form) {
            continue;
        }
        items[i].senses = vec![Sense::Col { id: which, fit: Fit::Exact }];
        if i > 0 && matches!(before, "daytime" | "overnight" | "daily" | "nightly" | "day" | "night") {
            items[i - 1].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "which court gets booked the most", "which room was booked most" on `court_bookings`: a verb of the table's
/// own noun said of the things (book of bookings, order of orders) is what every row is; it says nothing more.
pub(super) fn verb_of_the_rows(items: &mut [Item], desk: &Desk) {
    let heads: Vec<String> = desk
        .tables
        .iter()
        .filter_map(|t| crate::semantics::name_words(&t.name).last().cloned())
        .filter_map(|h| {
            let one = h.strip_suffix("ings").or_else(|| h.strip_suffix('s')).unwrap_or(&h).to_string();
            (one.len() >= 4).then_some(one)
        })
        .collect();
    for i in 0..items.len() {
        // (Or loosely a column of its own name, `booked_by` of "booked"; not "booked by", which names it.)
        let loose = items[i].senses.iter().all(|x| matches!(x, Sense::Col { fit: Fit::Part | Fit::Kin, .. }));
        let by_after = items.get(i + 1).is_some_and(|n| n.text == "by");
        // (Said of the things, "gets booked", not by whoever does it, "do guests book": then it says who.)
        let passive = i > 0
            && matches!(
                items[i - 1].text.as_str(),
                "gets" | "got" | "get" | "getting" | "is" | "are" | "was" | "were" | "been" | "be" | "being"
            );
        let it = &mut items[i];
        if !loose || by_after || !passive || it.text.contains(' ') {
            continue;
        }
        let w = it.text.as_str();
        let stem = w.strip_suffix("ed").or_else(|| w.strip_suffix("ing")).or_else(|| w.strip_suffix('s')).unwrap_or(w);
        if heads.iter().any(|h| h == stem || h == w) {
            it.senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "how many different customers" beside a column `cust_no`: a word the desk does not know that begins with a
/// word of one column's name written short (three to five letters, no word of the lexicon but an abbreviation:
/// "cust") names that column, loosely.
pub(super) fn column_word_written_short(items: &mut [Item], desk: &Desk, lx: &Lexicon) {
    for it in items.iter_mut() {
        let w = it.text.clone();
        // (Unknown to the desk: no word of its names; a word of people, "customers", may still be one.)
        let unlinked =
            it.senses.iter().all(|x| matches!(x, Sense::Lex(l) if l == "headcount" || l == "people" || l == "person"));
        let w = w.trim_end_matches('\'').to_string();
        if !unlinked || w.contains(' ') || w.len() < 6 || !w.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        let mut found: Vec<ColId> = Vec::new();
        for (t, tb) in desk.tables.iter().enumerate() {
            for (k, c) in tb.columns.iter().enumerate() {
                // (A short form the lexicon knows, "cust" of customer: not any word the question's begins with,
                // "time" of "timers".)
                let short = crate::semantics::name_words(&c.name).into_iter().any(|n| {
                    w.starts_with(&n)
                        && lx.senses(&n).iter().filter_map(|x| x.strip_prefix("abbr:")).any(|full| {
                            w == full || w.strip_suffix('s') == Some(full) || w.strip_suffix("es") == Some(full)
                        })
                });
                if short {
                    found.push(ColId { table: t, col: k });
                }
            }
        }
        if let [one] = found.as_slice() {
            it.senses = vec![Sense::Col { id: *one, fit: Fit::Part }];
        }
    }
}

/// The values of the desk's category columns whose folded spelling `said` holds of, each column's once (by its
/// canonical spelling), as exact value senses: what "void", "duplicates" name where a column marks rows so.
fn category_values_where(desk: &Desk, said: impl Fn(&str) -> bool) -> Vec<Sense> {
    let mut vals: Vec<Sense> = Vec::new();
    for (t, tb) in desk.tables.iter().enumerate() {
        for (k, c) in tb.columns.iter().enumerate() {
            if c.role != Role::Category {
                continue;
            }
            let mut seen: Vec<String> = Vec::new();
            for v in c.listed.iter().filter(|v| said(&crate::semantics::fold(v))) {
                let canon = c.canonical(v);
                if !seen.contains(&canon) {
                    seen.push(canon.clone());
                    vals.push(Sense::Val { id: ColId { table: t, col: k }, value: canon, fit: Fit::Exact });
                }
            }
        }
    }
    vals
}

/// "the most expensive thing we've paid for" beside a column `paid_by`: a verb said with another preposition than
/// the one a column is named with ("paid for", `paid by`; "sent to", `sent from`) is not that column (who paid is
/// not what was paid for).
pub(super) fn verb_with_another_preposition(items: &mut [Item], desk: &Desk) {
    const PREPS: &[&str] = &["by", "to", "from", "for", "with", "at", "on", "in", "into", "off"];
    for i in 0..items.len().saturating_sub(1) {
        let next = items[i + 1].text.clone();
        if !PREPS.contains(&next.as_str()) {
            continue;
        }
        let text = items[i].text.clone();
        items[i].senses.retain(|x| match x {
            // (A party to it, "paid by", "sent to", "bought from": not a date, "placed at" being "placed on" too.)
            Sense::Col { id, fit: Fit::Part | Fit::Kin } if col(desk, *id).role != Role::Time => {
                let ws = crate::semantics::name_words(&col(desk, *id).name);
                !matches!(ws.as_slice(), [w, p] if *w == text && matches!(p.as_str(), "by" | "to" | "from") && *p != next)
            }
            _ => true,
        });
    }
}

/// "what percentage of the 2025 race entries": a word naming both a table (`race_results`) and a column of it
/// (`race`), in the singular before a word for rows, names the table's rows, not the column's values.
pub(super) fn column_of_a_table_before_rows(items: &mut [Item], desk: &Desk) {
    for i in 1..items.len() {
        if !items[i].lex("rows") || !items[i].cols().is_empty() || !items[i].vals().is_empty() {
            continue;
        }
        let w = &items[i - 1].text;
        let singular = crate::analyst::compile::words::singular(w) == *w;
        let tables: Vec<usize> = items[i - 1]
            .senses
            .iter()
            .filter_map(|x| match x {
                Sense::Table { table, .. } => Some(*table),
                _ => None,
            })
            .collect();
        let of_it = items[i - 1].senses.iter().all(|x| match x {
            Sense::Col { id, .. } => tables.contains(&id.table) && !col(desk, *id).is_numeric(),
            Sense::Table { .. } => true,
            _ => false,
        });
        let counted_by = i >= 2
            && matches!(
                items[i - 2].text.as_str(),
                "by" | "per" | "each" | "every" | "different" | "distinct" | "unique"
            );
        if singular && !tables.is_empty() && of_it && !counted_by {
            items[i - 1].senses.retain(|x| matches!(x, Sense::Table { .. }));
        }
    }
}

/// "going by the series in my title list": a table's word before a word for what holds its rows (list, log,
/// sheet, register) names that table, the holder word with it (not a column named "list price").
pub(super) fn table_and_its_holder(items: &mut [Item]) {
    for i in 1..items.len() {
        let holder = HOLDERS.contains(&items[i].text.as_str());
        let table_before =
            items[i - 1].senses.iter().any(|x| matches!(x, Sense::Table { fit: Fit::Form | Fit::Exact, .. }));
        let exact_here = items[i].senses.iter().any(|x| {
            matches!(x, Sense::Col { fit: Fit::Exact | Fit::Form, .. } | Sense::Val { fit: Fit::Exact | Fit::Form, .. })
        });
        if holder && table_before && !exact_here {
            items[i - 1].senses.retain(|x| matches!(x, Sense::Table { .. }));
            items[i].senses = vec![Sense::Lex("filler".into())];
            // ("in my title list", "from the guest list": where to look, when something else is asked of it; the
            // things of the question then say which table holds them.)
            let mut j = i - 1;
            while j > 0 && matches!(items[j - 1].text.as_str(), "my" | "our" | "the") {
                j -= 1;
            }
            let place = j > 0 && matches!(items[j - 1].text.as_str(), "in" | "on" | "from");
            let asked_of = items.iter().any(|it| {
                it.senses.iter().any(|x| matches!(x, Sense::Val { .. } | Sense::Col { .. }) || it.lex("rows"))
            });
            if place && asked_of {
                items[i - 1].senses = vec![Sense::Lex("filler".into())];
            }
        }
    }
}

/// "how many entries are marked as void", "void entries": the rows a column marks void ("VOID - typed twice",
/// "Void (entered twice)"), named as its values (so they are counted, not left out).
pub(super) fn void_named(items: &mut [Item], desk: &Desk) {
    for i in 0..items.len() {
        if !matches!(items[i].text.as_str(), "void" | "voided" | "voids") || items[i].is_schema() {
            continue;
        }
        let vals = category_values_where(desk, super::link::says_void);
        if !vals.is_empty() {
            items[i].senses = vals;
            // ("marked as void": the marking is the value.)
            for it in &mut items[i.saturating_sub(2)..i] {
                if matches!(it.text.as_str(), "marked as" | "marked" | "flagged as" | "flagged" | "as") {
                    it.senses = vec![Sense::Lex("filler".into())];
                }
            }
        }
    }
}

/// "leave out the rows marked as duplicates", "not counting dupes": where a column marks some rows as duplicates
/// ("Dupe", "Duplicate entry", "dup"), those values (so the rows are left out as said), not a check of the
/// data's exact duplicate rows.
pub(super) fn duplicates_named(items: &mut [Item], desk: &Desk) {
    for i in 0..items.len() {
        let w = items[i].text.as_str();
        if !matches!(w, "duplicate" | "duplicates" | "dupe" | "dupes" | "dup" | "dups" | "duplicated")
            || items[i].is_schema()
        {
            continue;
        }
        let vals = category_values_where(desk, |f| {
            let head = f.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            matches!(head, "dupe" | "dup" | "duplicate" | "duplicated" | "dupl")
        });
        // (Values of one column only.)
        let one_col = vals
            .windows(2)
            .all(|p| matches!((&p[0], &p[1]), (Sense::Val { id: a, .. }, Sense::Val { id: b, .. }) if a == b));
        if !vals.is_empty() && one_col {
            items[i].senses = vals;
            for it in &mut items[i.saturating_sub(2)..i] {
                if matches!(it.text.as_str(), "marked as" | "marked" | "flagged as" | "flagged" | "as" | "the") {
                    it.senses = vec![Sense::Lex("filler".into())];
                }
            }
        }
    }
}

/// "which day of the week are the courts busiest", "which month had the most court hours" on `court_bookings`:
/// where the question groups by a time ("which month"), a word of the table's name that is also a column
/// (`court`) said as "the courts" or before a unit of time is the things booked, not a second grouping.
pub(super) fn the_things_beside_a_time_grouping(items: &mut [Item], desk: &Desk) {
    let grouped_by_time = items.iter().enumerate().any(|(j, it)| {
        it.lex_kind("grain:").is_some()
            && (it.text.starts_with("which ") || j > 0 && matches!(items[j - 1].text.as_str(), "which" | "what"))
    });
    if !grouped_by_time {
        return;
    }
    for i in 1..items.len() {
        let table_word = items[i].senses.iter().any(|x| matches!(x, Sense::Table { fit: Fit::Part, .. }));
        let column = items[i].cols().iter().any(|(c, _)| col(desk, *c).role == Role::Category);
        if !table_word || !column {
            continue;
        }
        let the = items[i - 1].text == "the" && items[i].text.ends_with('s');
        let unit_after = items.get(i + 1).is_some_and(|n| crate::analyst::plan::seconds_in(&n.text).is_some());
        if the || unit_after {
            items[i].senses.retain(|x| matches!(x, Sense::Table { .. }));
        }
    }
}

/// "which was the wettest day, and how much rain fell?": a verb of falling or rising straight after the
/// amount asked for ("how much rain fell", "how much snow came down") is what the amount did, not a change
/// between periods ("how much did sales fall", "by how much did it fall" keep theirs).
pub(super) fn amount_that_fell(items: &mut [Item]) {
    for i in 1..items.len() {
        let verb = matches!(items[i].text.as_str(), "fell" | "fallen" | "rose" | "risen" | "came down" | "come down");
        if !verb || !items[i].lex("op:change") && !items[i].lex("dir:down") && !items[i].lex("dir:up") {
            continue;
        }
        let how_much = |t: &str| t == "how much" || t == "how many";
        let noun = &items[i - 1];
        let named = !noun.cols().is_empty() || noun.lex_kind("measure:").is_some() || noun.senses.is_empty();
        let asked = how_much(&noun.text)
            || noun.text.starts_with("how much ")
            || i >= 2 && how_much(&items[i - 2].text) && named;
        let by = i >= 3 && items[i - 3].text == "by" || i >= 2 && items[i - 2].text == "by how much";
        if asked && !by {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "days when it hit 25°C or more", "weeks the total reached 500": a verb of reaching a number is its
/// comparison ("at least"), or says nothing where the comparison follows the number ("25°C or more").
pub(super) fn reached_a_number(items: &mut [Item]) {
    for i in 0..items.len().saturating_sub(1) {
        if !matches!(items[i].text.as_str(), "hit" | "hits" | "reached" | "reach" | "reaches" | "topped")
            || !items[i].senses.is_empty()
            || items[i + 1].num().is_none()
        {
            continue;
        }
        let after = (i + 2..items.len().min(i + 4)).any(|j| items[j].lex_kind("cmp:").is_some());
        items[i].senses = vec![Sense::Lex(if after { "filler" } else { "cmp:ge" }.into())];
    }
}

/// "the profit per car sold", "revenue per order placed": a verb form after the things a "per" divides by
/// describes them; it is not a column to group by (`sold_by` of "sold").
pub(super) fn participle_after_per_thing(items: &mut [Item], lx: &Lexicon) {
    for i in 2..items.len() {
        let per = matches!(items[i - 2].text.as_str(), "per" | "each" | "every");
        let thing = !items[i - 1].tables().is_empty() && items[i - 1].cols().is_empty();
        let w = items[i].text.clone();
        let participle = !w.contains(' ') && (w.ends_with("ed") || !lx.verb_forms(&w).is_empty());
        let loosely = !items[i].senses.is_empty()
            && items[i].senses.iter().all(|x| matches!(x, Sense::Col { fit: Fit::Part | Fit::Kin, .. }));
        // (Not "per car sold by Tom": the verb then says whose.)
        let by_after = items.get(i + 1).is_some_and(|n| n.text == "by");
        if per && thing && participle && loosely && !by_after {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "how many entries in the ledger" where a category column is called `entry`: a general word for rows
/// ("entries", "records", "transactions") counted is the rows, not the few kinds that column holds (that
/// would be "how many different entries").
pub(super) fn rows_word_counted(items: &mut [Item], desk: &Desk) {
    for i in 1..items.len() {
        // (Or ranked by them, "the day I do the most jobs": as many of them.)
        let counted = matches!(
            items[i - 1].text.as_str(),
            "how many"
                | "number of"
                | "count of"
                | "count the"
                | "the most"
                | "most"
                | "the fewest"
                | "fewest"
                | "more"
        );
        if !counted || !items[i].lex("rows") {
            continue;
        }
        let cols = items[i].cols();
        let kinds = !cols.is_empty()
            && cols.iter().all(|(c, _)| {
                let cc = col(desk, *c);
                cc.role == Role::Category && !cc.is_numeric()
            });
        // ("how many lines" beside `line_total`: a money column only like the word is not counted.)
        let only_like = !cols.is_empty() && cols.iter().all(|(c, f)| *f == Fit::Kin && col(desk, *c).is_numeric());
        if kinds || only_like {
            items[i].senses.retain(|x| !matches!(x, Sense::Col { .. }));
        }
        // "on average, how many lines are on an order": the rows per order, averaged.
        let averaged = items.iter().any(|it| it.lex("agg:avg"));
        let mut j = i + 1;
        if items.get(j).is_some_and(|n| matches!(n.text.as_str(), "are" | "is" | "were" | "was" | "go" | "went")) {
            j += 1;
        }
        let on = items.get(j).is_some_and(|n| matches!(n.text.as_str(), "on" | "in"));
        let one = items.get(j + 1).is_some_and(|n| matches!(n.text.as_str(), "a" | "an" | "each" | "every"));
        let thing = items.get(j + 2).is_some_and(|n| {
            !n.tables().is_empty() || n.cols().iter().any(|(c, _)| col(desk, *c).role == Role::Identifier)
        });
        if averaged && on && one && thing {
            items[j].text = "per".into();
            items[j].senses = vec![Sense::Lex("by".into())];
            items[j + 1].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "table 7", "lane 2", "room 12": a number right after a word naming a column of few values (not an amount)
/// is one of that column's values.
pub(super) fn numbered_value(items: &mut [Item], desk: &Desk) {
    for i in 0..items.len().saturating_sub(1) {
        let n = items[i + 1].text.clone();
        if n.is_empty() || n.len() > 6 || !n.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let cols: Vec<ColId> = items[i]
            .cols()
            .into_iter()
            .map(|(c, _)| c)
            .filter(|c| {
                let cc = col(desk, *c);
                matches!(cc.role, Role::Category | Role::Identifier)
                    && (cc.listed.iter().any(|v| v.trim().trim_start_matches('0') == n.trim_start_matches('0'))
                        || numbered(cc, &n))
            })
            .collect();
        let [id] = cols.as_slice() else { continue };
        let cc = col(desk, *id);
        let value = match cc.listed.iter().find(|v| v.trim().trim_start_matches('0') == n.trim_start_matches('0')) {
            Some(v) => cc.canonical(v),
            None => n.trim_start_matches('0').to_string(),
        };
        items[i + 1].senses = vec![Sense::Val { id: *id, value, fit: Fit::Exact }];
        items[i].senses = vec![Sense::Lex("filler".into())];
    }
}

/// A whole-number column of a few hundred values at most whose range holds `n` (`table_no` 1 to 14).
fn numbered(c: &crate::analyst::model::Column, n: &str) -> bool {
    let Ok(x) = n.parse::<f64>() else { return false };
    let num = |v: &Option<serde_json::Value>| v.as_ref().and_then(|v| v.as_f64());
    c.ty == crate::tables::ColumnType::Integer
        && c.distinct <= 500
        && num(&c.min).is_some_and(|lo| lo <= x)
        && num(&c.max).is_some_and(|hi| x <= hi)
}

/// "before refunds", "before any refunds" where a value names those rows ("Refund"): the money before them is
/// the money without them; "before" leaves them out (it is no date).
pub(super) fn before_reversals(items: &mut [Item], lx: &Lexicon) {
    for i in 0..items.len() {
        if !matches!(items[i].text.as_str(), "before" | "gross of") {
            continue;
        }
        let mut j = i + 1;
        while j < items.len() && matches!(items[j].text.as_str(), "any" | "the" | "all") {
            j += 1;
        }
        let Some(next) = items.get(j) else { continue };
        let reversal = next.text.split(' ').any(|w| lx.has(w, "reversal"));
        if reversal && !next.vals().is_empty() {
            // (Read as rows left out by `reversals`, not as a value excluded: an exclusion would run on to
            // the values after it, "before any refunds) was paid by card".)
            items[j].senses.retain(|x| !matches!(x, Sense::Val { .. }));
        }
    }
}

/// "which player spent the most", "how many different players", "players spend": a noun the desk does not
/// know, where people are asked about, and the desk has one key column of people (`user_id`): after "which",
/// "different", "distinct" it is that column (said so, as a loose reading); before a verb of paying or
/// buying it is the people who pay (whose money it is), not us.
pub(super) fn people_nouns(items: &mut [Item], desk: &Desk, lx: &Lexicon) {
    const PAYS: &[&str] = &["spend", "spent", "spends", "pay", "paid", "pays", "bought", "buy", "buys"];
    let keys: Vec<ColId> = desk
        .tables
        .iter()
        .enumerate()
        .flat_map(|(t, tb)| tb.columns.iter().enumerate().map(move |(c, x)| (ColId { table: t, col: c }, x)))
        .filter(|(_, x)| x.role == Role::Identifier && names_people(lx, x))
        .map(|(id, _)| id)
        .collect();
    for i in 1..items.len() {
        let w = items[i].text.clone();
        // (A word for people the desk has no column of, "player", counts too.)
        let person = !items[i].senses.is_empty()
            && items[i].senses.iter().all(|x| matches!(x, Sense::Lex(l) if l == "person" || l == "people"));
        if !items[i].senses.is_empty() && !person
            || w.contains(' ')
            || w.len() < 4
            || !w.chars().all(|c| c.is_ascii_lowercase())
        {
            continue;
        }
        let before = items[i - 1].text.as_str();
        // (Not after "per": "net pay per payslip" divides by something else.)
        let picked = matches!(before, "which" | "different" | "distinct");
        if person && !picked {
            continue;
        }
        let next = (i + 1..items.len()).find(|&j| !items[j].is_filler());
        // (Active only: "tickets were bought" are the things paid for, not who paid.)
        let passive = (i + 1..next.unwrap_or(i + 1))
            .any(|j| matches!(items[j].text.as_str(), "were" | "was" | "been" | "be" | "is" | "are" | "get" | "got"));
        let pays = next.is_some_and(|j| PAYS.contains(&items[j].text.as_str())) && !passive;
        match (picked, pays, keys.as_slice()) {
            (true, _, [id]) => items[i].senses = vec![Sense::Col { id: *id, fit: Fit::Kin }],
            (false, true, _) => items[i].senses = vec![Sense::Lex("people".into())],
            _ => {}
        }
    }
}

/// "net sales" where a type is called "Sale": the money net of what went back, not the sale rows only.
pub(super) fn net_money_word(items: &mut [Item]) {
    for i in 1..items.len() {
        let net = items[i - 1].senses.iter().any(|x| matches!(x, Sense::Lex(l) if l == "sign:net"));
        let money = items[i].senses.iter().any(|x| matches!(x, Sense::Lex(l) if l == "measure:*"));
        if net && money {
            items[i].senses.retain(|x| !matches!(x, Sense::Val { .. }));
        }
    }
}

/// "across both seasons": "both" says two things; a word after it matching one word of only one value
/// ("Vivaldi Four Seasons") is not that value (left unknown, so the question is declined, naming it).
pub(super) fn both_is_not_one_value(items: &mut [Item]) {
    for i in 1..items.len() {
        if items[i - 1].text != "both" {
            continue;
        }
        if items[i].senses.is_empty() || !items[i].senses.iter().all(part_of_a_value) {
            continue;
        }
        let mut names: Vec<String> = items[i].vals().into_iter().map(|(_, v, _)| v).collect();
        names.sort();
        names.dedup();
        if names.len() < 2 {
            items[i].senses.clear();
        }
    }
}

/// "the 2024-25 season": two years written as one, naming no value, is a season of the data's own: where a
/// date column of at least a year has months of the year with no rows in any year (a summer break), the
/// season runs from the month after the longest such break to the month that ends the next one. The words
/// "season"/"seasons" beside it are read with it. Returns the assumption said and the date column; None
/// (the word stays unknown) where no date column shows one break, or two show different ones.
/// "the 2024/25 season (September 2024 to August 2025)", "subs in 2024/25 than in 2023/24? Seasons run
/// September to August": a season written as two years is the months the question says seasons run: with years
/// said, that span is the period (the season its name); with months only, each season is those months from
/// its first year to its second.
pub(super) fn seasons_said_in_months(items: &mut [Item]) {
    let years = |t: &str| -> Option<(u32, u32)> {
        if !super::tokens::is_season(t) {
            return None;
        }
        let y: u32 = t.get(0..4)?.parse().ok()?;
        Some((y, y + 1))
    };
    let seasons: Vec<usize> =
        (0..items.len()).filter(|&i| items[i].senses.is_empty() && years(&items[i].text).is_some()).collect();
    if seasons.is_empty() {
        return;
    }
    let span_of = |it: &Item| -> Option<(PeriodExpr, PeriodExpr)> {
        it.senses.iter().find_map(|x| match x {
            Sense::Period(PeriodExpr::Span(a, b)) => Some(((**a).clone(), (**b).clone())),
            _ => None,
        })
    };
    let month_of_unit = |p: &PeriodExpr| -> Option<(u32, u32)> {
        match p {
            PeriodExpr::Unit(u) if u.len() == 7 && !u.contains('Q') && !u.contains('H') => {
                Some((u.get(0..4)?.parse().ok()?, u.get(5..7)?.parse().ok()?))
            }
            _ => None,
        }
    };
    let season_word = |t: &str| matches!(t, "season" | "seasons" | "financial year" | "season's");
    for k in 0..items.len() {
        let Some((a, b)) = span_of(&items[k]) else { continue };
        match (&a, &b) {
            // Months only, crossing the new year: each season its months.
            (PeriodExpr::NoYear { grain: Grain::Month, n: m1 }, PeriodExpr::NoYear { grain: Grain::Month, n: m2 })
                if m1 > m2 =>
            {
                for &i in &seasons {
                    let Some((y1, y2)) = years(&items[i].text) else { continue };
                    items[i].senses = vec![Sense::Period(PeriodExpr::Span(
                        Box::new(PeriodExpr::Unit(format!("{y1}-{m1:02}"))),
                        Box::new(PeriodExpr::Unit(format!("{y2}-{m2:02}"))),
                    ))];
                }
                items[k].senses = vec![Sense::Lex("filler".into())];
            }
            // With years: the season said is that span, named.
            _ => {
                let (Some((ya, _)), Some((yb, _))) = (month_of_unit(&a), month_of_unit(&b)) else { continue };
                for &i in &seasons {
                    if years(&items[i].text) == Some((ya, yb)) {
                        items[i].senses = vec![Sense::Lex("filler".into())];
                    }
                }
            }
        }
    }
    // The word "season" itself, and "seasons run", said of them.
    if seasons.iter().any(|&i| !items[i].senses.is_empty()) {
        for it in items.iter_mut() {
            if season_word(&it.text) && it.senses.is_empty() || it.text == "run" && it.lex("filler") {
                it.senses = vec![Sense::Lex("filler".into())];
            }
        }
    }
}

pub(super) fn season_of_the_data(
    items: &mut Vec<Item>,
    desk: &Desk,
    lookup: &mut dyn super::Lookup,
) -> Option<(String, ColId)> {
    let ats: Vec<usize> =
        (0..items.len()).filter(|&i| items[i].senses.is_empty() && super::tokens::is_season(&items[i].text)).collect();
    if ats.is_empty() {
        return None;
    }
    // (column, first month of a season 1-12, the months of the break)
    let mut found: Vec<(ColId, usize, Vec<usize>)> = Vec::new();
    for (ti, t) in desk.tables.iter().enumerate() {
        for (ci, c) in t.columns.iter().enumerate() {
            if c.role != Role::Time || c.is_year_number() {
                continue;
            }
            let Some((a, z)) = c.day_span() else { continue };
            if z - a < 365 {
                continue;
            }
            let Some(months) = lookup.months(&t.name, &c.name) else { continue };
            if months.iter().all(|n| *n == 0) || months.iter().all(|n| *n > 0) {
                continue;
            }
            // The longest run of empty months, going round the year.
            let mut best: Vec<usize> = Vec::new();
            let mut ties = 0;
            for start in 0..12 {
                if months[start] == 0 && months[(start + 11) % 12] > 0 {
                    let run: Vec<usize> = (0..12).map(|k| (start + k) % 12).take_while(|m| months[*m] == 0).collect();
                    if run.len() > best.len() {
                        best = run;
                        ties = 0;
                    } else if run.len() == best.len() {
                        ties += 1;
                    }
                }
            }
            if best.is_empty() || ties > 0 {
                continue;
            }
            let first = (best.last().copied().unwrap_or(0) + 1) % 12 + 1;
            found.push((ColId { table: ti, col: ci }, first, best));
        }
    }
    let (c, first, gap) = match found.as_slice() {
        [one] => one.clone(),
        _ => return None,
    };
    let mut said = Vec::new();
    for at in ats.into_iter().rev() {
        let y: i32 = items[at].text.get(0..4)?.parse().ok()?;
        // (A season starting in January is the first year alone.)
        let (from, to) = if first == 1 {
            (format!("{y}-01"), format!("{y}-12"))
        } else {
            (format!("{y}-{first:02}"), format!("{}-{:02}", y + 1, first - 1))
        };
        items[at].senses = vec![Sense::Period(PeriodExpr::Span(
            Box::new(PeriodExpr::Unit(from.clone())),
            Box::new(PeriodExpr::Unit(to.clone())),
        ))];
        said.insert(0, format!("\"{}\" from {from} to {to}", items[at].text));
        // The word "season" beside it is part of it ("the 2024-25 season", "season 2024-25"); not one word of
        // a value either ("Vivaldi Four Seasons").
        let season_word =
            |it: &Item| matches!(it.text.as_str(), "season" | "seasons") && it.senses.iter().all(part_of_a_value);
        if items.get(at + 1).is_some_and(season_word) {
            let w = items.remove(at + 1);
            items[at].end = w.end;
            items[at].text = format!("{} {}", items[at].text, w.text);
        } else if at > 0 && season_word(&items[at - 1]) {
            let w = items.remove(at - 1);
            items[at - 1].start = w.start;
            items[at - 1].text = format!("{} {}", w.text, items[at - 1].text);
        }
    }
    let name = |m: usize| crate::calendar::MONTH_NAMES.get(m).copied().unwrap_or_default();
    Some((
        format!(
            "the season read from the data's own break: {} has no rows in {} of any year, so {}",
            col(desk, c).name,
            gap.iter().map(|m| name(*m)).collect::<Vec<_>>().join(", "),
            said.join(" and ")
        ),
        c,
    ))
}

/// "on which day do the most one-off donations come in": "the most" right before a value said in the plural
/// ("donations" of "Donation") counts those rows; a verb of money coming in after them says they arrived, not
/// how much they brought (unless money is named: "by value", "the most money").
pub(super) fn most_of_a_value_plural(items: &mut [Item], desk: &Desk) {
    let money_named = items.iter().any(|it| {
        matches!(it.text.as_str(), "value" | "money" | "amount" | "how much" | "worth" | "dollars" | "pounds" | "euros")
            || it.lex_kind("measure:").is_some()
            || it
                .senses
                .iter()
                .any(|x| matches!(x, Sense::Col { id, fit } if *fit >= Fit::Form && col(desk, *id).in_currency()))
            || it.senses.iter().any(|x| matches!(x, Sense::Num { currency: true, .. }))
    });
    if money_named {
        return;
    }
    for i in 1..items.len() {
        if !matches!(items[i].text.as_str(), "most" | "the most" | "fewest" | "the fewest") {
            continue;
        }
        let Some(j) = (i + 1..items.len()).find(|&j| !items[j].is_filler()) else { continue };
        let w = items[j].text.as_str();
        let plural = w.ends_with('s') && !w.ends_with("ss");
        let value = items[j].senses.iter().any(|x| matches!(x, Sense::Val { fit: Fit::Form, .. }))
            && items[j].senses.iter().all(|x| matches!(x, Sense::Val { .. }));
        if !(plural && value) {
            continue;
        }
        if !items[i].lex("agg:count") {
            items[i].senses.insert(0, Sense::Lex("agg:count".into()));
        }
        for it in items[j + 1..].iter_mut() {
            if it.lex_kind("sign:").is_some() && it.lex("presence") {
                it.senses.retain(|x| matches!(x, Sense::Lex(l) if l == "presence"));
            }
        }
    }
}

/// "ticket income", "bar revenue": a word for money coming in right after a column that holds no money says
/// whose money it is; the column is no figure of its own (the money is the figure).
pub(super) fn money_of_a_thing(items: &mut [Item], desk: &Desk) {
    for i in 1..items.len() {
        if !matches!(items[i].text.as_str(), "income" | "revenue" | "revenues" | "takings" | "earnings") {
            continue;
        }
        let p = &items[i - 1];
        let cols_only = !p.senses.is_empty() && p.senses.iter().all(|x| matches!(x, Sense::Col { .. }));
        // (A count of things, `tickets`: "zone's takings" is money by zone, a grouping.)
        let counts = p.cols().iter().all(|(c, _)| !col(desk, *c).in_currency())
            && p.cols().iter().any(|(c, _)| col(desk, *c).is_numeric() && col(desk, *c).role == Role::Amount);
        if cols_only && counts && !p.possessive && !p.text.contains(' ') && p.end == items[i].start {
            items[i - 1].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "competed for the club": a word for a kind of thing ("club", a word of the synonyms of team) matching only
/// one word of some values ("Club Championships 2024") is not those values (left unknown: the question is
/// declined, naming it, rather than filtered on a guess).
pub(super) fn kind_word_is_no_part_of_a_value(items: &mut [Item], lx: &Lexicon) {
    for i in 1..items.len() {
        // (Said as a thing of its own, after "the": not "rain-offs" of "Rained off".)
        if !matches!(items[i - 1].text.as_str(), "the" | "for the" | "of the" | "at the" | "in the" | "our" | "this") {
            continue;
        }
        let it = &mut items[i];
        let part_only = !it.senses.is_empty() && it.senses.iter().all(part_of_a_value);
        let single = crate::analyst::compile::words::singular(&it.text);
        if part_only && !it.text.contains(' ') && (lx.is_kind_word(&it.text) || lx.is_kind_word(&single)) {
            it.senses.clear();
        }
    }
}

/// "How many refunds have we given, and how much did they come to?": after a count, "and how much" asks a
/// second figure, the money of the same rows (not the whole of the first).
pub(super) fn and_how_much_after_a_count(items: &mut [Item]) {
    let Some(first) = items.iter().position(|it| it.text.starts_with("how many")) else { return };
    for i in first + 2..items.len() {
        if items[i].text == "how much" && items[i - 1].text == "and" {
            items[i].senses = vec![Sense::Lex("measure:*".into())];
        }
    }
}

/// "the best turn-up rate": a verb of being there said as a noun before "rate" is no verb (left unknown).
pub(super) fn presence_noun_before_rate(items: &mut [Item]) {
    for i in 0..items.len().saturating_sub(1) {
        if items[i].lex("presence") && items[i + 1].text.starts_with("rate") {
            items[i].senses.clear();
        }
    }
}

/// "which kind of job takes the longest": "take" before a word of length of time is the verb of that time
/// (not a column only like it, `make`).
pub(super) fn takes_the_longest(items: &mut [Item]) {
    for i in 0..items.len().saturating_sub(1) {
        if !matches!(items[i].text.as_str(), "take" | "takes" | "took" | "taking") {
            continue;
        }
        let j = if items[i + 1].text == "the" { i + 2 } else { i + 1 };
        // (A superlative: "took longer than a week" is a condition on it, read as such.)
        let of_time = items.get(j).is_some_and(|n| {
            n.senses.iter().any(|x| matches!(x, Sense::Adj(a) if a.target == "duration" && !a.comparative))
        });
        if of_time {
            // (Said as the figure: the time each one took, as "time taken" names it.)
            items[i].text = "time taken".into();
            items[i].senses.clear();
        }
    }
}

/// A sense that is one word of a longer value ("Seasons" of "Vivaldi Four Seasons").
fn part_of_a_value(x: &Sense) -> bool {
    matches!(x, Sense::Val { fit: Fit::Part, .. })
}

/// "how many evening readings did I take": a light verb (take, make, get, have, do, go, give, keep) has little
/// meaning of its own, so its form naming a value of a column ("take" of "taken" in a `tablets` column) is that
/// value only where the question names the column too ("did I take my tablets"); otherwise it is the verb.
pub(super) fn light_verb_not_a_value(items: &mut [Item]) {
    const LIGHT: &[&str] = &[
        "take", "takes", "took", "taken", "taking", "make", "makes", "made", "making", "get", "gets", "got", "gotten",
        "getting", "have", "has", "had", "having", "do", "does", "did", "go", "goes", "went", "gone", "going", "give",
        "gives", "gave", "given", "giving", "keep", "keeps", "kept", "keeping",
    ];
    let named: Vec<ColId> = items.iter().flat_map(|it| it.cols()).map(|(c, _)| c).collect();
    for it in items.iter_mut() {
        if !LIGHT.contains(&it.text.as_str()) {
            continue;
        }
        let w = it.text.clone();
        let before = it.senses.len();
        it.senses.retain(|x| match x {
            Sense::Val { id, value, .. } => {
                let said = crate::semantics::fold(value).split_whitespace().any(|v| v == w);
                said || named.contains(id)
            }
            _ => true,
        });
        if it.senses.is_empty() && before > 0 {
            it.senses.push(Sense::Lex("filler".into()));
        }
    }
}

/// "how much weight have I lost between my first and my last weigh-in": "first" and "last" before no period
/// ("last year", "the first quarter", "the last 3 months") pick one row of an ordered list, which no plan says;
/// read as nothing, the question would be answered for every row. Asked back, naming the word.
pub(super) fn first_or_last_of_nothing(items: &[Item]) -> Option<String> {
    let timed = |it: &Item| {
        it.senses.iter().any(|x| match x {
            Sense::Period(_) | Sense::Num { .. } => true,
            Sense::Lex(l) => ["grain:", "per-grain:", "unit:", "period:"].iter().any(|p| l.starts_with(p)),
            _ => false,
        })
    };
    for (i, it) in items.iter().enumerate() {
        // (Only these two words: "final", "latest", "start" name other things too.)
        if !matches!(it.lex_kind("rel:"), Some("first" | "last")) || !matches!(it.text.as_str(), "first" | "last") {
            continue;
        }
        // (After the thing it is said of, a verb: "how long does a game last".)
        if i > 0 && items[i - 1].is_schema() {
            continue;
        }
        // (The next word that is not "my", "the", "and" or another "first"/"last".)
        let next = items[i + 1..].iter().find(|n| {
            !(n.is_filler() && !n.lex("vs") || n.lex_kind("rel:").is_some() || matches!(n.text.as_str(), "and" | "or"))
        });
        match next {
            Some(n) if timed(n) || n.lex("punct") => continue,
            None => continue,
            Some(n) => {
                return Some(format!(
                    "which row \"{} {}\" picks (a first or last one is not computed)",
                    it.text, n.text
                ))
            }
        }
    }
    None
}

/// "which kind of customer - home, office, restaurant or surgery - grew the most": a list of values set off
/// after the noun a "which" asks about says what that noun's kinds are; the column holding them is the one
/// grouped by (the noun alone, "customer", would name another column). The dashes around the list are
/// punctuation, not a span of periods.
pub(super) fn kinds_listed_after_which(items: &mut [Item]) {
    let opens = |t: &str| matches!(t, "-" | "–" | "—" | ":" | "(" | ",");
    for i in 1..items.len().saturating_sub(3) {
        let asked = items[i - 1].is_filler() && matches!(items[i - 1].text.as_str(), "kind of" | "type of" | "sort of")
            || items[i - 1].lex("ask");
        if !asked || items[i].cols().is_empty() || !opens(&items[i + 1].text) {
            continue;
        }
        let mut col: Option<ColId> = None;
        let mut values = 0;
        let mut end = None;
        for (j, it) in items.iter().enumerate().skip(i + 2) {
            if matches!(it.text.as_str(), "-" | "–" | "—" | ")" | ":" | "?") || it.lex("punct") && it.text != "," {
                end = Some(j);
                break;
            }
            if it.text == "," || matches!(it.text.as_str(), "or" | "and") {
                continue;
            }
            let cs: Vec<ColId> = it.vals().iter().map(|(c, _, _)| *c).collect();
            match (cs.first(), col) {
                (Some(c), None) if cs.iter().all(|x| x == c) => col = Some(*c),
                (Some(c), Some(k)) if cs.iter().all(|x| *x == k) && *c == k => {}
                _ => {
                    col = None;
                    break;
                }
            }
            values += 1;
        }
        let (Some(c), Some(end)) = (col, end) else { continue };
        if values < 2 || items[i].cols().iter().any(|(x, _)| *x == c) {
            continue;
        }
        items[i].senses = vec![Sense::Col { id: c, fit: Fit::Exact }];
        items[i + 1].senses = vec![Sense::Lex("punct".into())];
        if items[end].text != "?" {
            items[end].senses = vec![Sense::Lex("punct".into())];
        }
    }
}

/// "what does the club spend the most on": "what" asking for the thing money goes "on", with no column named,
/// asks for the kind of spending: the one category column of the desk whose name says a kind of thing
/// ("Category", "Expense type", "Purpose"), read as if named ("what category ..."). With none or several, it
/// stays unnamed (and is asked back).
pub(super) fn what_money_goes_on(items: &mut Vec<Item>, desk: &Desk) {
    let Some(first) = (0..items.len()).find(|&i| items[i].text == "what" && (i == 0 || items[i - 1].lex("punct")))
    else {
        return;
    };
    let end = (first + 1..items.len()).find(|&j| items[j].lex("punct")).unwrap_or(items.len());
    let clause = &items[first + 1..end];
    let spent = clause.iter().any(|it| {
        it.lex("sign:out")
            || matches!(it.text.as_str(), "spend" | "spent" | "spends" | "spending" | "pay" | "paid" | "pays")
    });
    let ranked = clause.iter().any(|it| it.lex_kind("rank:").is_some() || it.text == "the most");
    let on_last = clause.last().is_some_and(|it| it.text == "on");
    let named = clause.iter().any(|it| !it.cols().is_empty() || it.lex("by") || it.lex_kind("grain:").is_some());
    if !(spent && ranked && on_last) || named {
        return;
    }
    const KIND: &[&str] = &["category", "type", "kind", "purpose", "expense", "heading"];
    let mut found: Vec<(ColId, String)> = Vec::new();
    for (ti, t) in desk.tables.iter().enumerate() {
        for (ci, c) in t.columns.iter().enumerate() {
            let ws = crate::semantics::name_words(&c.name);
            if c.role == Role::Category
                && ws.iter().any(|w| KIND.contains(&crate::analyst::compile::words::singular(w).as_str()))
            {
                found.push((ColId { table: ti, col: ci }, ws.join(" ")));
            }
        }
    }
    let [(id, words)] = found.as_slice() else { return };
    let it = Item {
        start: items[first].start,
        end: items[first].end,
        text: words.clone(),
        senses: vec![Sense::Col { id: *id, fit: Fit::Exact }],
        possessive: false,
    };
    items.insert(first + 1, it);
}

/// "How many payments in were over £150", "money in this year": "in" right after a word for payments or money,
/// with a verb, a comparison or the end after it (not a period, "payments in 2024", nor a way, "in cash"), is
/// the side of the money, as "payments out" is.
pub(super) fn payments_in(items: &mut [Item]) {
    for i in 1..items.len() {
        if !matches!(items[i].text.as_str(), "in" | "into") {
            continue;
        }
        if !matches!(items[i - 1].text.as_str(), "payments" | "payment" | "money" | "transfers" | "transactions") {
            continue;
        }
        let side = match items.get(i + 1) {
            None => true,
            Some(n) => {
                n.lex("punct")
                    || n.lex_kind("cmp:").is_some()
                    || matches!(
                        n.text.as_str(),
                        "were" | "was" | "are" | "is" | "have" | "has" | "had" | "did" | "do" | "that" | "which"
                    )
            }
        };
        if side {
            items[i].senses = vec![Sense::Lex("sign:in".into())];
        }
    }
}

/// "our shopping trips", "the ledger entries": a word naming a table right before a word for rows is what
/// those rows are of, one noun with it (the rows of that table), not a second thing to count.
pub(super) fn table_word_before_rows(items: &mut [Item], desk: &Desk) {
    for i in 0..items.len().saturating_sub(1) {
        // (The word the table's name ends with, what its rows are: "shopping" of `grocery_shopping`, not
        // "fishing" of `fishing_boats_daily`, whose rows are days.)
        let text = items[i].text.clone();
        let only_table = !items[i].senses.is_empty()
            && items[i].senses.iter().all(|s| match s {
                Sense::Table { table, .. } => crate::semantics::name_words(&desk.tables[*table].name)
                    .last()
                    .is_some_and(|l| super::link::same_form(l, &text)),
                _ => false,
            });
        let rows_next = items[i + 1].lex("rows") && !items[i + 1].is_schema();
        if only_table && rows_next {
            let t = items[i].senses.clone();
            items[i + 1].senses = t;
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "How many picks started after 5pm": a verb ("started", "finishing") after the things counted, naming a column
/// of times of day ("Start"), says which time the condition is on; it is no second thing to count.
pub(super) fn verb_of_a_clock_column(items: &mut [Item], desk: &Desk) {
    // (Only in a count: in a share, "of the tours that ran started before noon", which clause is the part is
    // for the grammar to tell.)
    if items.iter().any(|it| it.lex_kind("op:").is_some()) {
        return;
    }
    for i in 1..items.len() {
        let t = items[i].text.as_str();
        let verb = t.ends_with("ed") || t.ends_with("ing");
        let after_things =
            items[i - 1].senses.iter().any(|s| matches!(s, Sense::Table { .. })) || items[i - 1].lex("rows");
        let clock_only = !items[i].senses.is_empty()
            && items[i]
                .senses
                .iter()
                .all(|s| matches!(s, Sense::Col { id, fit } if *fit < Fit::Exact && col(desk, *id).is_clock()));
        if verb && after_things && clock_only {
            items[i].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// "this summer", "summer 2024", "last summer": where the data's one date column has rows in a few months of
/// each year only, all of them in or beside the months that season is (June to August for summer, and a month
/// either side), the season is that block of each year: "this summer" the block of the data's last year, "last
/// summer" the one before, "summer 2024" that year's. Returns what was read, for the answer. Elsewhere the
/// word stays unknown (which months a season is depends on the place).
pub(super) fn named_season_of_the_data(
    items: &mut Vec<Item>,
    desk: &Desk,
    lookup: &mut dyn super::Lookup,
) -> Option<String> {
    let season_months = |t: &str| -> Option<[u32; 3]> {
        match t.trim_start_matches("the ") {
            "summer" | "summertime" | "summers" => Some([6, 7, 8]),
            "winter" | "wintertime" | "winters" => Some([12, 1, 2]),
            "autumn" | "autumns" | "fall" => Some([9, 10, 11]),
            "spring" => Some([3, 4, 5]),
            _ => None,
        }
    };
    let at = (0..items.len()).find(|&i| items[i].lex("seasonname") && season_months(&items[i].text).is_some())?;
    let months3 = season_months(&items[at].text)?;
    // The months that season and one month either side (a holiday club from late July, a summer run from May).
    let near = |m: u32| months3.iter().any(|&s| (m + 12 - s) % 12 <= 1 || (s + 12 - m) % 12 <= 1);
    // The one date column whose rows fall in that season's months only.
    let mut found: Vec<(usize, usize, Vec<u32>)> = Vec::new();
    for (ti, t) in desk.tables.iter().enumerate() {
        for (ci, c) in t.columns.iter().enumerate() {
            if c.role != Role::Time || c.is_year_number() {
                continue;
            }
            let Some(months) = lookup.months(&t.name, &c.name) else { continue };
            let used: Vec<u32> = (0..12u32).filter(|m| months[*m as usize] > 0).map(|m| m + 1).collect();
            if used.is_empty() || used.len() > 5 || !used.iter().all(|m| near(*m)) {
                continue;
            }
            if !used.iter().any(|m| months3.contains(m)) {
                continue;
            }
            found.push((ti, ci, used));
        }
    }
    let [(ti, ci, used)] = found.as_slice() else { return None };
    let c = &desk.tables[*ti].columns[*ci];
    let (_, last_day) = c.day_span()?;
    let last_year: i32 = crate::calendar::iso_of_day(last_day).get(0..4)?.parse().ok()?;
    // The block's first and last month, going round the year (a winter from December to February).
    let first = *used.iter().find(|m| !used.contains(&(if **m == 1 { 12 } else { **m - 1 })))?;
    let last = *used.iter().find(|m| !used.contains(&(if **m == 12 { 1 } else { **m + 1 })))?;
    // Which year: said after or before it ("summer 2024", "the summer of 2024"), or this/last.
    let year_at = |j: usize| -> Option<i32> {
        let t = items.get(j)?.text.as_str();
        (t.len() == 4).then(|| t.parse::<i32>().ok()).flatten().filter(|y| (1900..2200).contains(y))
    };
    let (year, used_items): (i32, Vec<usize>) = if let Some(y) = year_at(at + 1) {
        (y, vec![at + 1])
    } else if items.get(at + 1).is_some_and(|x| x.text == "of") && year_at(at + 2).is_some() {
        (year_at(at + 2)?, vec![at + 1, at + 2])
    } else if at > 0 && year_at(at - 1).is_some() {
        (year_at(at - 1)?, vec![at - 1])
    } else if at > 0 && items[at - 1].lex("rel:this") {
        (last_year, vec![at - 1])
    } else if at > 0 && items[at - 1].lex("rel:last") {
        (last_year - 1, vec![at - 1])
    } else {
        return None;
    };
    // (A block going round the new year starts the year before its end: winter 2024 is December 2023 on.)
    let (y1, y2) = if first > last { (year - 1, year) } else { (year, year) };
    let from = format!("{y1}-{first:02}");
    let to = format!("{y2}-{last:02}");
    items[at].senses = vec![Sense::Period(PeriodExpr::Span(
        Box::new(PeriodExpr::Unit(from.clone())),
        Box::new(PeriodExpr::Unit(to.clone())),
    ))];
    let lo = used_items.iter().copied().chain(std::iter::once(at)).min()?;
    let hi = used_items.iter().copied().chain(std::iter::once(at)).max()?;
    let text = (lo..=hi).map(|j| items[j].text.clone()).collect::<Vec<_>>().join(" ");
    let start = items[lo].start;
    let end = items[hi].end;
    let mut keep = items[at].clone();
    keep.start = start;
    keep.end = end;
    keep.text = text.clone();
    items.splice(lo..=hi, std::iter::once(keep));
    let name = |m: u32| crate::calendar::MONTH_NAMES.get(m as usize - 1).copied().unwrap_or_default();
    Some(format!(
        "\"{text}\" read from the data: {} has rows only from {} to {} of each year, so {from} to {to}",
        col(desk, ColId { table: *ti, col: *ci }).name,
        name(first),
        name(last)
    ))
}
