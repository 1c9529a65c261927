//! Text alternatives for charts, read from the report beside them: a chart is a picture of numbers, and
//! the report that shows it (`report.md`, written by the offline analyst or a model) already holds
//! those numbers in its "Key numbers" table. [`describe_chart`] turns that into the alt text a screen
//! reader speaks for the image: the report's title, then the table's rows.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// At most this many rows of the table are spoken; the rest are counted.
const MAX_ROWS: usize = 12;

/// The alt text of the image at `image_rel` (relative to the desk) if the markdown report at
/// `report_rel` shows it: "Chart: <title>. Key numbers (<headers>): <row>; <row>; …". `None` when the
/// report does not show this image.
pub fn describe_chart(report_md: &str, report_rel: &str, image_rel: &str) -> Option<String> {
    let base = report_rel.rsplit_once('/').map(|(dir, _)| format!("{dir}/")).unwrap_or_default();
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    let mut shown = false;
    let mut image_alt = String::new();
    let mut title: Option<String> = None;
    // Which heading we are in, and its text so far.
    let mut heading: Option<(HeadingLevel, String)> = None;
    let mut section_is_key_numbers = false;
    // Tables: the first one under a "Key numbers" heading wins over the first one in the report.
    let mut key_table: Option<Vec<Vec<String>>> = None;
    let mut first_table: Option<Vec<Vec<String>>> = None;
    let mut table: Option<Vec<Vec<String>>> = None;
    let mut cell: Option<String> = None;
    let mut in_image = false;
    for event in Parser::new_ext(report_md, opts) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text)) = heading.take() {
                    let text = text.trim().to_string();
                    if level == HeadingLevel::H1 && title.is_none() {
                        title = Some(text.clone());
                    }
                    section_is_key_numbers = text.to_lowercase().contains("key number");
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                in_image = true;
                if same_file(&format!("{base}{dest_url}"), image_rel) && !shown {
                    shown = true;
                    image_alt.clear();
                }
            }
            Event::End(TagEnd::Image) => in_image = false,
            Event::Start(Tag::Table(_)) => table = Some(Vec::new()),
            Event::End(TagEnd::Table) => {
                if let Some(t) = table.take() {
                    if section_is_key_numbers && key_table.is_none() {
                        key_table = Some(t.clone());
                    }
                    first_table.get_or_insert(t);
                }
            }
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                if let Some(t) = table.as_mut() {
                    t.push(Vec::new());
                }
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                if let (Some(text), Some(row)) = (cell.take(), table.as_mut().and_then(|t| t.last_mut())) {
                    row.push(text.trim().to_string());
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                } else if let Some((_, h)) = heading.as_mut() {
                    h.push_str(&t);
                } else if in_image && shown && image_alt.len() < 300 {
                    image_alt.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, h)) = heading.as_mut() {
                    h.push(' ');
                }
            }
            _ => {}
        }
    }
    if !shown {
        return None;
    }
    let name = title.filter(|t| !t.is_empty()).or_else(|| {
        let alt = image_alt.trim();
        (!alt.is_empty()).then(|| alt.trim_start_matches("Chart:").trim().to_string())
    });
    let mut out = match name {
        Some(t) => format!("Chart: {}", t.trim_end_matches('.')),
        None => "Chart".to_string(),
    };
    out.push('.');
    if let Some(rows) = key_table.or(first_table).filter(|t| t.len() > 1) {
        let (head, body) = rows.split_at(1);
        let spoken: Vec<String> = body.iter().take(MAX_ROWS).map(|r| r.join(" ")).collect();
        out.push_str(&format!(" Key numbers ({}): {}", head[0].join(", "), spoken.join("; ")));
        if body.len() > MAX_ROWS {
            out.push_str(&format!("; and {} more rows in {report_rel}", body.len() - MAX_ROWS));
        }
        out.push('.');
    }
    Some(out)
}

/// Whether two desk-relative paths name the same file (`./` and `a/../` spellings folded).
fn same_file(a: &str, b: &str) -> bool {
    fn parts(p: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in p.split('/') {
            match c {
                "" | "." => {}
                ".." => {
                    out.pop();
                }
                c => out.push(c),
            }
        }
        out
    }
    let a = a.split(['?', '#']).next().unwrap_or(a);
    parts(a) == parts(b)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    const REPORT: &str = "# Average temp_max by weather: sun is highest at 17.0\n\n\
        *Question:* What is the average temp_max by weather?\n\n\
        ![Chart: Average temp_max by weather](avg_temp_max_by_weather.png)\n\n\
        ## Key numbers\n\n\
        | weather | average temp_max |\n|---|---:|\n| sun | 17.0 |\n| rain | 13.45 |\n| fog | 16.76 |\n\n\
        ## What it means\n\n- Sun days are warmest.\n\n\
        ## Appendix\n\n| not | this |\n|---|---|\n| x | y |\n";

    #[test]
    fn the_chart_is_described_by_the_reports_title_and_key_numbers() {
        let alt = describe_chart(REPORT, "report.md", "avg_temp_max_by_weather.png").unwrap();
        assert_eq!(
            alt,
            "Chart: Average temp_max by weather: sun is highest at 17.0. \
             Key numbers (weather, average temp_max): sun 17.0; rain 13.45; fog 16.76."
        );
    }

    #[test]
    fn only_a_chart_the_report_shows_is_described() {
        assert_eq!(describe_chart(REPORT, "report.md", "other.png"), None);
        // Paths resolve from the report's folder.
        let nested = REPORT.replace("](avg", "](./charts/../avg");
        assert!(describe_chart(&nested, "out/report.md", "out/avg_temp_max_by_weather.png").is_some());
        assert_eq!(describe_chart(&nested, "out/report.md", "avg_temp_max_by_weather.png"), None);
    }

    #[test]
    fn without_a_key_numbers_heading_the_first_table_is_read_and_long_tables_are_counted() {
        let mut md = String::from("Intro.\n\n![Revenue by month](rev.png)\n\n| month | revenue |\n|---|---|\n");
        for m in 1..=20 {
            md.push_str(&format!("| 2024-{m:02} | {} |\n", m * 100));
        }
        let alt = describe_chart(&md, "notes.md", "rev.png").unwrap();
        assert!(alt.starts_with("Chart: Revenue by month. Key numbers (month, revenue): 2024-01 100; "), "{alt}");
        assert!(alt.contains("2024-12 1200; and 8 more rows in notes.md."), "{alt}");
        assert!(!alt.contains("2024-13"), "{alt}");
    }
}
