//! Fitting a prompt into the model's context window. The window comes from the server ([`super::server`])
//! or a setting; for Ollama the app sets it. Each request is measured by part (rules, tables, tool
//! definitions, earlier turns, the question, this turn's work) in estimated tokens — on the safe side,
//! 3.5 characters a token — and what does not fit is shortened in a fixed order: the table profiles
//! become one line per table, earlier turns shrink and drop, tool results are capped (harder for small
//! windows) and the oldest results of the turn are cut further. The room kept for the answer is the
//! `max_tokens` sent. A server that still cuts the prompt is caught afterwards: it reports fewer prompt
//! tokens than were sent ([`truncated`]). Not here: talking to a server.

use super::server::{ServerInfo, ServerKind};
use crate::wire::{BudgetParts, PromptBudget};

/// Tokens of a text, estimated on the safe side (3.5 characters a token; JSON and code run shorter
/// than prose's 4).
pub(crate) fn tokens(s: &str) -> u64 {
    (s.len() as u64 * 2).div_ceil(7)
}

/// Tokens of messages as a request carries them (a little for each call's and result's wrapping).
pub(crate) fn msgs_tokens(msgs: &[super::context::Msg]) -> u64 {
    use super::context::Msg;
    msgs.iter()
        .map(|m| match m {
            Msg::User(t) => tokens(t) + 4,
            Msg::Assistant { text, calls } => {
                tokens(text) + 4 + calls.iter().map(|c| tokens(&c.name) + tokens(&c.input.to_string()) + 8).sum::<u64>()
            }
            Msg::ToolResults(rs) => rs.iter().map(|r| tokens(&r.content) + 8).sum(),
        })
        .sum()
}

/// The window asked of Ollama when nothing says otherwise: the plan path needs little, tool calling more.
pub const OLLAMA_PLAN_CTX: u32 = 8_192;
pub const OLLAMA_TOOLS_CTX: u32 = 16_384;
/// Below this many tokens, tool calling gets the compact toolbox.
pub const COMPACT_BELOW: u32 = 16_384;

/// The context window a turn works with.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Window {
    pub tokens: Option<u32>,
    pub source: String,
    /// The `num_ctx` to send (Ollama, where the app sets the window).
    pub num_ctx: Option<u32>,
}

/// The window for a turn: Ollama's is set by the app (the setting, or enough for the mode; a larger
/// Modelfile `num_ctx` is kept; never above what the model was trained for); elsewhere a setting wins,
/// then what the server reports.
pub(crate) fn window(setting: Option<u32>, info: &ServerInfo, plan: bool) -> Window {
    let setting = setting.filter(|n| *n >= 512);
    if info.kind == ServerKind::Ollama {
        let mut n = setting.unwrap_or(if plan { OLLAMA_PLAN_CTX } else { OLLAMA_TOOLS_CTX });
        if setting.is_none() {
            n = n.max(info.modelfile_ctx.unwrap_or(0));
        }
        if let Some(max) = info.model_max {
            n = n.min(max);
        }
        let n = n.max(2_048);
        return Window { tokens: Some(n), source: "Ollama num_ctx, set by the app".into(), num_ctx: Some(n) };
    }
    if let Some(n) = setting {
        return Window { tokens: Some(n), source: "setting".into(), num_ctx: None };
    }
    match (info.context, &info.context_source) {
        (Some(n), Some(src)) => Window { tokens: Some(n), source: src.clone(), num_ctx: None },
        _ => Window { tokens: None, source: "not reported".into(), num_ctx: None },
    }
}

/// Output tokens to ask for: the request's own limit, at most a quarter of a known window (512..4096).
/// A server on this machine with an unknown window gets at most 4,096 (llama-server's default is
/// unlimited).
pub(crate) fn output_tokens(window: &Window, requested: u32, local: bool) -> u32 {
    match window.tokens {
        Some(w) => requested.min((w / 4).clamp(512, 4_096)),
        None if local => requested.min(4_096),
        None => requested,
    }
}

/// Tokens the prompt may take: the window less the answer's room and a 5% margin.
pub(crate) fn room(window: &Window, output: u32) -> Option<u64> {
    window.tokens.map(|w| (w as u64).saturating_sub(output as u64).saturating_sub(w as u64 / 20))
}

/// Characters one tool result may keep in the model's view, by window (None: no cap beyond the tools' own).
pub(crate) fn result_cap(window: &Window) -> Option<usize> {
    match window.tokens? {
        0..=8_192 => Some(1_500),
        8_193..=16_384 => Some(4_000),
        16_385..=32_768 => Some(12_000),
        _ => None,
    }
}

/// Shorten a tool result to `cap` characters with a note the model can act on.
pub(crate) fn cap_result(content: &str, cap: usize) -> String {
    if content.chars().count() <= cap {
        return content.to_string();
    }
    let kept: String = content.chars().take(cap).collect();
    let cut_at = kept.rfind('\n').filter(|p| *p > cap / 2).unwrap_or(kept.len());
    format!(
        "{}\n[cut to fit the model's context: {} of {} characters shown; ask for fewer rows or aggregate]",
        &kept[..cut_at],
        cut_at,
        content.len()
    )
}

/// Did the server read only part of the prompt? It reported `read` prompt tokens for about `sent`
/// (estimated on the safe side, so an honest count is about 0.8-1.1 of it): under two thirds means it
/// dropped the start, as Ollama and LM Studio do when a prompt is longer than their window. Small
/// prompts are not judged (estimates are rough there).
pub(crate) fn truncated(read: u64, sent: u64) -> bool {
    read > 0 && sent >= 1_000 && (read as f64) < 0.65 * sent as f64
}

/// The desk's tables in one line each, for small windows: column, type, meaning, range, and every
/// value of a category column (up to 12), which a plan's filters must name.
pub(crate) fn compact_tables(desk: &std::path::Path) -> Option<String> {
    let tables = crate::tables::catalog(desk).ok().filter(|t| !t.is_empty())?;
    let mut out = String::new();
    for t in &tables {
        let cols: Vec<String> = t.columns.iter().map(compact_column).collect();
        out.push_str(&format!("{} ({} rows, from {}): {}\n", t.name, t.rows, t.source, cols.join("; ")));
    }
    Some(out)
}

fn compact_column(c: &crate::tables::ColumnInfo) -> String {
    use crate::semantics::Role;
    let shown = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut s = format!("{} {}", c.name, c.ty.as_str());
    let role = c.semantics.as_ref().map(|m| m.role);
    if let Some(r) = role.filter(|r| !matches!(r, Role::Text)) {
        s.push_str(&format!(" [{}]", r.as_str()));
    }
    let listed = c.semantics.as_ref().map(|m| m.listed.as_slice()).unwrap_or_default();
    if matches!(role, Some(Role::Category | Role::Flag)) && !listed.is_empty() {
        let values: Vec<String> = listed.iter().take(12).map(|v| super::http::shorten(v, 40)).collect();
        s.push_str(&format!(" = {}", values.join(" | ")));
        if listed.len() > 12 {
            s.push_str(&format!(" (+{} more)", listed.len() - 12));
        }
    } else if !matches!(role, Some(Role::Identifier | Role::Text)) {
        if let (Some(min), Some(max)) = (&c.profile.min, &c.profile.max) {
            s.push_str(&format!(" {}..{}", shown(min), shown(max)));
        }
    }
    s
}

/// Cut `text` to about `max_tokens`, at a line end, saying how much was left out.
pub(crate) fn cut_to(text: &str, max_tokens: u64) -> String {
    if tokens(text) <= max_tokens {
        return text.to_string();
    }
    let max_chars = (max_tokens as usize * 7 / 2).saturating_sub(80);
    let mut kept = String::new();
    let mut dropped = 0usize;
    for line in text.lines() {
        if dropped == 0 && kept.len() + line.len() < max_chars {
            kept.push_str(line);
            kept.push('\n');
        } else {
            dropped += 1;
        }
    }
    kept.push_str(&format!("({dropped} more lines left out to fit the model's context)\n"));
    kept
}

/// A budget event's payload.
pub(crate) fn event(
    round: u32,
    mode: &str,
    window: &Window,
    output: u32,
    parts: BudgetParts,
    cuts: Vec<String>,
) -> PromptBudget {
    let total = parts.rules + parts.tables + parts.tools + parts.history + parts.question + parts.work;
    PromptBudget {
        round,
        mode: mode.to_string(),
        context_tokens: window.tokens.map(u64::from),
        context_source: window.source.clone(),
        output_tokens: output as u64,
        prompt_tokens: total,
        parts,
        cuts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ollama(model_max: Option<u32>, modelfile: Option<u32>) -> ServerInfo {
        ServerInfo { kind: ServerKind::Ollama, model_max, modelfile_ctx: modelfile, ..ServerInfo::default() }
    }

    #[test]
    fn windows_by_server_and_setting() {
        let w = window(None, &ollama(Some(131_072), None), true);
        assert_eq!((w.tokens, w.num_ctx), (Some(OLLAMA_PLAN_CTX), Some(OLLAMA_PLAN_CTX)));
        assert_eq!(window(None, &ollama(Some(131_072), None), false).tokens, Some(OLLAMA_TOOLS_CTX));
        assert_eq!(window(None, &ollama(Some(4_096), None), false).tokens, Some(4_096), "never above the model's own");
        assert_eq!(
            window(None, &ollama(None, Some(32_768)), true).tokens,
            Some(32_768),
            "a larger Modelfile num_ctx stays"
        );
        assert_eq!(window(Some(6_000), &ollama(None, Some(32_768)), true).tokens, Some(6_000), "the setting wins");
        let llama = ServerInfo {
            kind: ServerKind::LlamaCpp,
            context: Some(4_096),
            context_source: Some("llama-server n_ctx".into()),
            ..ServerInfo::default()
        };
        let w = window(None, &llama, true);
        assert_eq!((w.tokens, w.num_ctx, w.source.as_str()), (Some(4_096), None, "llama-server n_ctx"));
        assert_eq!(window(Some(8_192), &llama, true).source, "setting");
        assert_eq!(window(None, &ServerInfo::default(), true).tokens, None);
    }

    #[test]
    fn output_room_and_caps_scale_with_the_window() {
        let w = |n| Window { tokens: Some(n), source: String::new(), num_ctx: None };
        assert_eq!(output_tokens(&w(4_096), 8_192, true), 1_024);
        assert_eq!(output_tokens(&w(131_072), 8_192, true), 4_096);
        assert_eq!(output_tokens(&Window { tokens: None, source: String::new(), num_ctx: None }, 8_192, false), 8_192);
        assert_eq!(room(&w(4_096), 1_024), Some(4_096 - 1_024 - 204));
        assert_eq!(result_cap(&w(4_096)), Some(1_500));
        assert_eq!(result_cap(&w(200_000)), None);
        let long = "row\n".repeat(1_000);
        let c = cap_result(&long, 100);
        assert!(c.len() < 220 && c.contains("[cut to fit the model's context"), "{c}");
    }

    #[test]
    fn truncation_is_far_fewer_tokens_read_than_sent() {
        assert!(truncated(3_900, 9_000), "a 4k window that dropped the front of a 9k prompt");
        assert!(!truncated(8_100, 9_000), "a tokenizer a little off is not a cut");
        assert!(!truncated(6_300, 9_000), "nor prose at five characters a token");
        assert!(!truncated(0, 9_000), "nothing reported is not a cut");
        assert!(!truncated(100, 400), "small prompts are not judged");
    }

    #[test]
    fn cut_to_keeps_whole_lines_and_says_so() {
        let text = (0..100).map(|i| format!("line {i}\n")).collect::<String>();
        let c = cut_to(&text, 40);
        assert!(tokens(&c) <= 60 && c.starts_with("line 0\n") && c.contains("more lines left out"), "{c}");
    }
}
