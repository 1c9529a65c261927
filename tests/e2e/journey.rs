//! The end-to-end journey a person takes: open the app with real CSVs (what a file manager's "Open with"
//! or `analyst-desk a.csv b.csv` does), see them imported into a new conversation, ask the offline
//! analyst a question with the keyboard, see the reply with the right number, the chart and the report in
//! the artifacts panel; quit, start again, and find the conversation, its transcript and its artifacts as
//! they were. Then a second conversation from the sidebar (Ctrl+N) with the built-in sample data and one
//! of the suggested questions; and, after the restart, a CSV opened while the window is open (a second
//! start of the app), which the open window takes in a new conversation. Screenshots of every step land
//! in test-output/e2e/journey/.

use crate::rig::{self, Rig, Session};
use serde_json::json;
use std::time::Duration;

/// The mean of `temp_max` over the rows whose `weather` is `sun`, computed here from the CSV (not by
/// the analyst's code), rounded as the reply prints it.
pub(crate) fn expected_sun_mean() -> String {
    let path = rig::test_data().join("vega").join("seattle-weather.csv");
    let mut r = csv::Reader::from_path(path).unwrap();
    let h = r.headers().unwrap().clone();
    let (w, t) = (h.iter().position(|c| c == "weather").unwrap(), h.iter().position(|c| c == "temp_max").unwrap());
    let (mut sum, mut n) = (0.0, 0u32);
    for row in r.records() {
        let row = row.unwrap();
        if &row[w] == "sun" {
            sum += row[t].parse::<f64>().unwrap();
            n += 1;
        }
    }
    format!("{:.2}", sum / f64::from(n))
}

/// Waits until the turn in flight has ended (the Stop button is gone and the Send button is back).
async fn wait_turn_end(s: &Session) {
    s.wait_js(
        "const t = document.querySelectorAll('#transcript .turn');
         const last = t[t.length - 1];
         return !!last && document.getElementById('stop').hidden && (last.dataset.state === 'done'
           || last.dataset.state === 'error' || !!last.querySelector('.receipt-line, .turn-error-head'));",
        Duration::from_secs(120),
    )
    .await;
}

async fn artifact_names(s: &Session) -> Vec<String> {
    let v = s
        .js(
            "return [...document.querySelectorAll('#artifact-list [data-path], #artifact-list [data-name]')]
               .map(e => e.dataset.path || e.dataset.name);",
            json!([]),
        )
        .await;
    v.as_array().unwrap().iter().filter_map(|x| x.as_str().map(str::to_string)).collect()
}

#[tokio::test(flavor = "current_thread")]
async fn a_person_imports_asks_sees_deliverables_and_finds_them_after_a_restart() {
    if rig::skipped() {
        return;
    }
    let rig = Rig::start("journey");
    let data = rig::test_data();
    // Two real tables and a folder (which the import refuses: not a regular file).
    let files = ["vega/seattle-weather.csv", "vega/iowa-electricity.csv", "csv-spectrum"];
    let args: Vec<String> = files.iter().map(|f| data.join(f).to_string_lossy().into_owned()).collect();

    // ---- first run: the files given on the command line open a new conversation ----
    let s = rig.launch(&args).await;
    let chips = "#table-chips .chip, #files .chip";
    s.wait_js(
        &format!("return document.querySelectorAll({}).length >= 2;", serde_json::to_string(chips).unwrap()),
        Duration::from_secs(60),
    )
    .await;
    s.screenshot("imported").await;
    let shown = s
        .js(
            &format!(
                "return [...document.querySelectorAll({})].map(e => e.textContent);",
                serde_json::to_string(chips).unwrap()
            ),
            json!([]),
        )
        .await;
    let shown = shown.to_string();
    assert!(shown.contains("seattle_weather") && shown.contains("iowa_electricity"), "imported tables shown: {shown}");
    // The folder is refused, by name, with its reason, beside the two successes.
    let ok = s.find_all("#receipts li.receipt.ok").await.len();
    let refused = s
        .js("return [...document.querySelectorAll('#receipts li.receipt.refused')].map(e => e.textContent);", json!([]))
        .await;
    assert_eq!(ok, 2, "two files imported");
    assert!(refused.to_string().contains("csv-spectrum"), "the refusal names the folder: {refused}");
    // A receipt with a refusal stays until the person closes it.
    s.click(&s.find("#receipts-close").await).await;
    let conversations = s.find_all("#conversations > li[data-id]").await;
    assert_eq!(conversations.len(), 1, "one new conversation");
    let id = s.attr(&conversations[0], "data-id").await.unwrap();

    // ---- ask with the keyboard: type, Enter sends ----
    let q = s.find("#question").await;
    s.click(&q).await;
    let question = "What is the average temp_max by weather?";
    s.type_text(&q, question).await;
    s.type_text(&q, "\u{E007}").await; // Enter
    wait_turn_end(&s).await;
    let reply = s.text(&s.find("#transcript .turn:last-child").await).await;
    let sun = expected_sun_mean();
    assert!(reply.contains(&sun), "the reply names the sun mean {sun}: {reply}");
    assert!(reply.contains("offline"), "the turn's receipt names the provider: {reply}");
    let names = artifact_names(&s).await;
    assert!(names.iter().any(|n| n == "report.md"), "report.md in the panel: {names:?}");
    let chart = names
        .iter()
        .find(|n| n.ends_with(".png"))
        .cloned()
        .unwrap_or_else(|| panic!("a chart in the panel: {names:?}"));
    s.screenshot("answered").await;

    // The chart previews as an image that actually decoded.
    let item = s.find(&format!("#artifact-list [data-path='{chart}'], #artifact-list [data-name='{chart}']")).await;
    s.click(&item).await;
    s.wait_js(
        "const i = document.querySelector('#artifact-preview img'); return !!i && i.complete && i.naturalWidth >= 800;",
        Duration::from_secs(20),
    )
    .await;
    s.screenshot("chart").await;
    // The report renders as HTML with its key-numbers table.
    let item = s.find("#artifact-list [data-path='report.md'], #artifact-list [data-name='report.md']").await;
    s.click(&item).await;
    let report = s.text(&s.find("#artifact-preview .markdown").await).await;
    assert!(report.contains(&sun), "the report shows {sun}: {report}");
    assert!(!s.find_all("#artifact-preview .markdown table").await.is_empty(), "key numbers as a table");
    s.wait_js(
        "return [...document.querySelectorAll('#artifact-preview img')].every(i => i.complete && i.naturalWidth > 0);",
        Duration::from_secs(20),
    )
    .await;
    s.screenshot("report").await;

    // ---- a second conversation with the keyboard (Ctrl+N), the sample data and a suggested question ----
    let q = s.find("#question").await;
    s.type_text(&q, "\u{E009}n\u{E000}").await; // Ctrl+N, then release Ctrl
    s.wait_js(
        "return document.querySelectorAll('#conversations > li[data-id]').length === 2;",
        Duration::from_secs(20),
    )
    .await;
    s.click(&s.find("#load-sample").await).await;
    s.wait_js("return document.querySelectorAll('#table-chips .chip').length >= 4;", Duration::from_secs(60)).await;
    let suggestion = s.find("#sample-questions .sample-question").await;
    let asked = s.text(&suggestion).await;
    s.click(&suggestion).await;
    wait_turn_end(&s).await;
    let turn = s.find("#transcript article.turn:last-child").await;
    assert_eq!(
        s.attr(&turn, "data-state").await.as_deref(),
        Some("done"),
        "the suggested question {asked:?} was answered"
    );
    let names = artifact_names(&s).await;
    assert!(names.iter().any(|n| n == "report.md"), "the sample question's report: {names:?}");
    if let Ok(close) = tokio::time::timeout(Duration::from_secs(2), s.find_all("#receipts-close")).await {
        for c in close {
            let _ = s.js("arguments[0].click()", json!([c.arg()])).await;
        }
    }
    s.wait_js(
        "return [...document.querySelectorAll('#artifact-preview img')].every(i => i.complete && i.naturalWidth > 0);",
        Duration::from_secs(20),
    )
    .await;
    s.screenshot("sample-answered").await;
    s.quit().await;

    // ---- second run: everything comes back ----
    let s = rig.launch(&[]).await;
    let conv = s.find(&format!("#conversations button.conversation[data-id='{id}']")).await;
    s.click(&conv).await;
    let transcript = s.text(&s.find("#transcript .turn").await).await;
    assert!(transcript.contains(question) && transcript.contains(&sun), "transcript after restart: {transcript}");
    s.wait_js(
        "return document.querySelectorAll('#artifact-list [data-path], #artifact-list [data-name]').length >= 2;",
        Duration::from_secs(20),
    )
    .await;
    let after = artifact_names(&s).await;
    assert!(after.contains(&"report.md".to_string()) && after.contains(&chart), "artifacts after restart: {after:?}");
    s.screenshot("after-restart").await;

    // ---- a CSV double-clicked while the window is open: the open window takes it ----
    let before = s.find_all("#conversations > li[data-id]").await.len();
    let status = rig.second_start(&[data.join("vega").join("gapminder-health-income.csv")]);
    assert!(status.success(), "the second start hands over and exits 0: {status}");
    s.wait_js(
        &format!("return document.querySelectorAll('#conversations > li[data-id]').length === {};", before + 1),
        Duration::from_secs(30),
    )
    .await;
    s.wait_js(
        "return [...document.querySelectorAll('#table-chips .chip, #files .chip')]
           .some(e => e.textContent.includes('gapminder_health_income'));",
        Duration::from_secs(60),
    )
    .await;
    s.screenshot("handed-over").await;
    let selected =
        s.js("return document.querySelector('#conversations > li.selected .title')?.textContent;", json!([])).await;
    assert_eq!(selected, json!("gapminder-health-income"), "the handed-over file's conversation is selected");
    s.quit().await;
}
