//! The `claude-code` provider driven end to end by a fake `claude` executable (a shell script) that
//! records its argv and environment, checks the flags it needs, and prints recorded stream-json lines.

use super::fake::*;
use desk_core::agent::{
    run_turn_blocking, ApiKey, CancelToken, ProviderKind, ProviderSettings, TurnRequest, TurnStatus,
};
use desk_core::history::TurnItem;
use desk_core::wire::Event;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Write the fake CLI into `dir`. Each run n plays `dir/script.n`, whose lines are printed as they are,
/// except `@png NAME` / `@md NAME` (write that file into the cwd) and `@wait` (block on stdin).
fn fake_claude(dir: &Path) -> PathBuf {
    let script = r#"#!/bin/sh
rec='@DIR@'
i=$(cat "$rec/count" 2>/dev/null || echo 0); i=$((i+1)); echo "$i" > "$rec/count"
for a in "$@"; do printf '%s\0' "$a"; done > "$rec/argv.$i"
printf 'HOME=%s\nDISABLE_AUTOUPDATER=%s\nNONESSENTIAL=%s\nKEY=%s\nOPENAI=%s\nPWD=%s\n' \
  "$HOME" "$DISABLE_AUTOUPDATER" "$CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC" "$ANTHROPIC_API_KEY" \
  "${OPENAI_API_KEY-unset}" "$(pwd)" > "$rec/env.$i"
case " $* " in *" -p "*) ;; *) echo "fake claude: -p missing" >&2; exit 2;; esac
case " $* " in *" --input-format stream-json "*) ;; *) echo "fake claude: --input-format missing" >&2; exit 2;; esac
case " $* " in *" --output-format stream-json "*) ;; *) echo "fake claude: --output-format missing" >&2; exit 2;; esac
case " $* " in *" --verbose "*) ;; *) echo "fake claude: stream-json output needs --verbose" >&2; exit 2;; esac
IFS= read -r line
exec 3<&0
printf '%s\n' "$line" > "$rec/stdin.$i"
while IFS= read -r l || [ -n "$l" ]; do
  case "$l" in
    "@png "*) printf '\211PNG\r\n\032\n' > "${l#@png }" ;;
    "@md "*) printf '# Headline\n\n| a | b |\n' > "${l#@md }" ;;
    "@wait") IFS= read -r more <&3 ;;
    "@bg") sleep 30 & echo $! > "$rec/bg.pid" ;;
    *) printf '%s\n' "$l" ;;
  esac
done < "$rec/script.$i"
"#;
    let path = dir.join("claude");
    std::fs::write(&path, script.replace("@DIR@", &dir.display().to_string())).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn argv(dir: &Path, n: u32) -> Vec<String> {
    let raw = std::fs::read(dir.join(format!("argv.{n}"))).unwrap();
    raw.split(|b| *b == 0).filter(|a| !a.is_empty()).map(|a| String::from_utf8_lossy(a).into_owned()).collect()
}

fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str)
}

fn claude_request(s: &Setup, program: &Path, question: &str) -> TurnRequest {
    let mut r = TurnRequest::new(&s.id, question, ProviderSettings::new(ProviderKind::ClaudeCode));
    r.claude_code.program = program.to_path_buf();
    r.context = "Table sales: store, revenue".into();
    r.api_key = ApiKey::new("sk-ant-for-claude");
    r
}

const TURN_ONE: &str = r#"{"type":"system","subtype":"init","session_id":"sess-abc","tools":["Read","Write"],"model":"claude-sonnet-4-5"}
not json: a stray warning line
{"type":"stream_event","event":{"type":"message_start","message":{"id":"m1","usage":{"input_tokens":5}}},"parent_tool_use_id":null}
{"type":"stream_event","event":{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}},"parent_tool_use_id":null}
{"type":"stream_event","event":{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"I'll chart "}},"parent_tool_use_id":null}
{"type":"stream_event","event":{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"revenue."}},"parent_tool_use_id":null}
{"type":"assistant","message":{"id":"m1","role":"assistant","content":[{"type":"text","text":"I'll chart revenue."}]},"session_id":"sess-abc"}
{"type":"stream_event","event":{"type":"content_block_stop","index":0},"parent_tool_use_id":null}
{"type":"stream_event","event":{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a sub-agent talking"}},"parent_tool_use_id":"toolu_x"}
{"type":"assistant","message":{"content":[{"type":"tool_use","id":"toolu_1","name":"Write","input":{"file_path":"chart.png"}}]},"session_id":"sess-abc"}
@png chart.png
{"type":"user","message":{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"File created successfully at: chart.png"}]},"session_id":"sess-abc"}
{"type":"assistant","message":{"content":[{"type":"tool_use","id":"toolu_2","name":"Write","input":{"file_path":"report.md"}}]}}
@md report.md
{"type":"user","message":{"content":[{"type":"tool_result","tool_use_id":"toolu_2","content":[{"type":"text","text":"File created"}]}]}}
{"type":"something_new","data":1}
{"type":"assistant","message":{"content":[{"type":"text","text":"North 1200, South 800. See report.md and chart.png."}]}}
{"type":"result","subtype":"success","is_error":false,"duration_ms":1234,"num_turns":3,"result":"North 1200, South 800. See report.md and chart.png.","session_id":"sess-abc","total_cost_usd":0.0123,"usage":{"input_tokens":100,"output_tokens":50,"cache_read_input_tokens":10}}"#;

const TURN_TWO: &str = r#"{"type":"system","subtype":"init","session_id":"sess-abc"}
{"type":"assistant","message":{"content":[{"type":"tool_use","id":"toolu_1","name":"Read","input":{"file_path":"sales.csv"}}]}}
{"type":"user","message":{"content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"store,revenue"}]}}
{"type":"assistant","message":{"content":[{"type":"tool_use","id":"toolu_1","name":"Read","input":{"file_path":"sales.csv"}}]}}
{"type":"user","message":{"content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"store,revenue"}]}}
{"type":"assistant","message":{"content":[{"type":"text","text":"West: none."}]}}
{"type":"result","subtype":"success","is_error":false,"num_turns":1,"result":"West: none.","session_id":"sess-abc","total_cost_usd":0.001,"usage":{"input_tokens":10,"output_tokens":5}}"#;

#[test]
fn fake_claude_drives_the_provider_end_to_end_and_resumes_its_session() {
    let mut s = setup();
    let bin = tempfile::tempdir().unwrap();
    let program = fake_claude(bin.path());
    std::fs::write(bin.path().join("script.1"), TURN_ONE).unwrap();
    std::fs::write(bin.path().join("script.2"), TURN_TWO).unwrap();

    let req = claude_request(&s, &program, "Chart revenue by store");
    let mut events = Vec::new();
    let out = run_turn_blocking(
        &mut s.office,
        &req,
        &mut ScriptedTools::new(&s.desk),
        &mut |e| events.push(e),
        &CancelToken::new(),
    )
    .unwrap();
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    assert_well_formed(&events);
    assert_eq!(text(&events), "I'll chart revenue.\n\nNorth 1200, South 800. See report.md and chart.png.");
    let arts: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::ArtifactUpdate(u) => Some(u.path.clone()),
            _ => None,
        })
        .collect();
    // The fake CLI runs ahead of the reader: under load, the snapshot after toolu_1 may already see
    // report.md being written, which then shows up again as modified. Order of first sight is what holds.
    let mut arts = arts;
    let mut seen = std::collections::HashSet::new();
    arts.retain(|p| seen.insert(p.clone()));
    assert_eq!(arts, ["chart.png", "report.md"], "each file announced after its tool result; the CLI's HOME is hidden");
    let r = out.receipt.unwrap();
    assert_eq!((r.cost_usd, r.input_tokens, r.output_tokens, r.turns), (Some(0.0123), 110, 50, 3));
    assert_eq!(r.model.as_deref(), Some("claude-sonnet-4-5"), "the model the CLI reported");

    // argv: stream-json both ways, house rules appended, tools limited, no shell, no resume yet.
    let a = argv(bin.path(), 1);
    assert_eq!(a[0], "-p");
    assert!(a.contains(&"--include-partial-messages".to_string()), "text streams as it is written");
    assert!(flag(&a, "--append-system-prompt").unwrap().contains("report.md"), "house rules appended");
    assert!(flag(&a, "--append-system-prompt").unwrap().contains("Table sales"), "desk context appended");
    assert!(flag(&a, "--disallowedTools").unwrap().split(',').any(|t| t == "Bash"), "no shell by default");
    assert!(!flag(&a, "--allowedTools").unwrap().contains("Bash"));
    assert_eq!(flag(&a, "--tools"), flag(&a, "--allowedTools"), "only the allowed built-in tools exist at all");
    assert_eq!(flag(&a, "--max-turns"), Some("20"));
    assert!(flag(&a, "--resume").is_none(), "first turn starts a new session");
    let env = std::fs::read_to_string(bin.path().join("env.1")).unwrap();
    let home = s.desk.join(".desk/claude-home");
    assert!(env.contains(&format!("HOME={}\n", home.display())), "a HOME of its own per desk: {env}");
    assert!(env.contains("DISABLE_AUTOUPDATER=1\n") && env.contains("NONESSENTIAL=1\n"));
    assert!(env.contains("KEY=sk-ant-for-claude\n"), "the Anthropic key goes to the CLI");
    assert!(env.contains("OPENAI=unset\n"), "other providers' keys do not");
    assert!(env.contains(&format!("PWD={}\n", s.desk.canonicalize().unwrap().display())), "cwd is the desk: {env}");
    let stdin: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(bin.path().join("stdin.1")).unwrap()).unwrap();
    assert_eq!(stdin["type"], "user");
    assert_eq!(stdin["message"]["content"][0]["text"], "Chart revenue by store");

    // Follow-up: resumes the stored session id.
    let req2 = claude_request(&s, &program, "now only for the West region");
    let out2 =
        run_turn_blocking(&mut s.office, &req2, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out2.status, TurnStatus::Complete, "{:?}", out2.error);
    assert_eq!(flag(&argv(bin.path(), 2), "--resume"), Some("sess-abc"));
    let ids: Vec<_> = s.office.turns(&s.office.resolve(&s.id).unwrap()).unwrap()[1]
        .items
        .iter()
        .filter_map(|i| match i {
            TurnItem::ToolCall { id, ok: Some(true), .. } => Some(id.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(ids, ["toolu_1", "toolu_1~2"], "a reused tool id is recorded under a fresh one, both answered");

    let id = s.office.resolve(&s.id).unwrap();
    let turns = s.office.turns(&id).unwrap();
    let calls: Vec<_> =
        turns[0].items.iter().filter(|i| matches!(i, TurnItem::ToolCall { ok: Some(true), .. })).collect();
    assert_eq!(calls.len(), 2, "both CLI tool calls recorded with results");
}

#[test]
fn cli_errors_cancellation_and_a_missing_cli() {
    let mut s = setup();
    let bin = tempfile::tempdir().unwrap();
    let program = fake_claude(bin.path());
    // 1: an auth failure reported in the result.
    std::fs::write(
        bin.path().join("script.1"),
        r#"{"type":"system","subtype":"init","session_id":"s1"}
{"type":"result","subtype":"success","is_error":true,"result":"Invalid API key · Please run /login","session_id":"s1","total_cost_usd":0,"usage":{"input_tokens":0,"output_tokens":0}}"#,
    )
    .unwrap();
    // 2: a tool starts, then the CLI hangs until it is killed.
    std::fs::write(
        bin.path().join("script.2"),
        r#"{"type":"system","subtype":"init","session_id":"s1"}
@bg
{"type":"assistant","message":{"content":[{"type":"tool_use","id":"toolu_9","name":"Read","input":{"file_path":"sales.csv"}}]}}
@wait"#,
    )
    .unwrap();
    let req = claude_request(&s, &program, "q");
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.error.unwrap().code, "auth_failed");

    let cancel = CancelToken::new();
    let c2 = cancel.clone();
    let mut events = Vec::new();
    let started = std::time::Instant::now();
    let req = claude_request(&s, &program, "q2");
    let out = run_turn_blocking(
        &mut s.office,
        &req,
        &mut ScriptedTools::new(&s.desk),
        &mut |e| {
            if matches!(e, Event::ToolStart { .. }) {
                c2.cancel();
            }
            events.push(e)
        },
        &cancel,
    )
    .unwrap();
    assert!(started.elapsed().as_secs() < 8, "the CLI is killed, not waited for");
    assert_eq!(out.status, TurnStatus::Cancelled);
    assert_well_formed(&events);
    let id = s.office.resolve(&s.id).unwrap();
    let t = s.office.turns(&id).unwrap().pop().unwrap();
    assert_eq!(t.status, "cancelled");
    assert!(t.items.iter().all(|i| !matches!(i, TurnItem::ToolCall { ok: None, .. })), "the open call was answered");
    // What the CLI started went down with it (its whole process group was killed).
    let bg = std::fs::read_to_string(bin.path().join("bg.pid")).unwrap().trim().to_string();
    let gone = (0..100).any(|_| {
        let stat = std::fs::read_to_string(format!("/proc/{bg}/stat")).unwrap_or_default();
        let state = stat.rsplit_once(") ").map(|(_, rest)| rest.chars().next()).unwrap_or(None);
        let dead = stat.is_empty() || state == Some('Z');
        if !dead {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        dead
    });
    assert!(gone, "the CLI's own child process {bg} was stopped with it");

    let req = claude_request(&s, &bin.path().join("no-such-claude"), "q3");
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.error.unwrap().code, "claude_code_not_found");
}
