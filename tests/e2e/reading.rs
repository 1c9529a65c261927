//! How the analyst read a question, in the real window: a CSV whose category is written in several
//! spellings opens; its table profile shows the spellings folded into one value each; a question filtered
//! on one spelling is answered with the total over every spelling, and the answer carries its "Read as"
//! line under it (`p.answer-note`). Screenshots in test-output/e2e/reading/.

use crate::rig::{self, Rig};
use serde_json::json;
use std::time::Duration;

#[tokio::test(flavor = "current_thread")]
async fn an_answer_says_how_it_read_the_question_and_the_profile_shows_folded_spellings() {
    if rig::skipped() {
        return;
    }
    let rig = Rig::start("reading");
    // Support tickets as a help desk exports them: one status written four ways, another two ways.
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("tickets.csv");
    let statuses = ["Open", "open ", "OPEN", "Open.", "Closed", "closed"];
    let mut body = String::from("ticket_id,opened,status,minutes\n");
    let mut open_total = 0;
    for i in 0..120u32 {
        let status = statuses[(i as usize * 7) % statuses.len()];
        let minutes = 5 + (i * 13) % 90;
        if status.trim().trim_end_matches('.').eq_ignore_ascii_case("open") {
            open_total += minutes;
        }
        body.push_str(&format!("T{:04},2026-0{}-{:02},{status},{minutes}\n", 1000 + i, 1 + i % 6, 1 + i % 28));
    }
    std::fs::write(&csv, body).unwrap();
    let s = rig.launch(&[csv.to_string_lossy().into_owned()]).await;
    s.wait_js(
        "return document.querySelectorAll('#table-chips .chip[data-table]').length === 1;",
        Duration::from_secs(60),
    )
    .await;
    if let Ok(close) = tokio::time::timeout(Duration::from_secs(2), s.find_all("#receipts-close")).await {
        for c in close {
            let _ = s.js("arguments[0].click()", json!([c.arg()])).await;
        }
    }

    // The profile: status has 6 spellings of 2 values, "Open" also written as the others.
    s.click(&s.find("#table-chips .chip[data-table]").await).await;
    s.wait_js("return document.getElementById('table-profile').open;", Duration::from_secs(10)).await;
    let profile = s.text(&s.find("#table-profile-columns").await).await;
    assert!(profile.contains("6 spellings of 2 values"), "the folded spellings are shown: {profile}");
    assert!(profile.contains("“Open” also as") && profile.contains("“OPEN”"), "{profile}");
    assert!(profile.contains("identifier"), "ticket_id is an identifier: {profile}");
    s.screenshot("profile-folded-spellings").await;
    s.press(&["\u{E00C}"]).await; // Esc

    // A question on one spelling counts every spelling, and says how it was read.
    let q = s.find("#question").await;
    s.click(&q).await;
    s.type_text(&q, "total minutes of open tickets").await;
    s.type_text(&q, "\u{E007}").await;
    s.wait_js(
        "const t = [...document.querySelectorAll('#transcript .turn')].pop();
         return !!t && t.dataset.state === 'done' && !!t.querySelector('p.answer-note');",
        Duration::from_secs(120),
    )
    .await;
    let answer = s.text(&s.find("#transcript .turn:last-child .msg.assistant .text").await).await;
    let expected = rig_format(open_total);
    assert!(answer.contains(&expected), "the total over every spelling of Open ({expected}): {answer}");
    let note = s.text(&s.find("#transcript .turn:last-child p.answer-note").await).await;
    assert!(note.starts_with("Read as:"), "the Read as line sits under the answer: {note}");
    assert!(note.contains("matching the spellings") && note.contains("\"OPEN\""), "{note}");
    assert!(!answer.contains("Read as:"), "the note is not repeated in the answer's text: {answer}");
    s.screenshot("read-as").await;
    s.quit().await;
}

/// A whole number as the analyst writes it (thousands separated by commas).
fn rig_format(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
