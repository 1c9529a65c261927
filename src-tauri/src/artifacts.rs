//! The analyst's outputs as the page sees them: the list ([`list_artifacts`]), previews that need Rust
//! ([`preview_artifact`]: markdown rendered and sanitised, CSV parsed, text clamped), and the `desk`
//! URI-scheme protocol that serves a desk's files to `<img>` and to the sandboxed `<iframe>` of HTML
//! artifacts.
//!
//! Every path the page names goes through the core's confinement (`desk_core::tools::confine`): relative,
//! no `..` in any spelling, no hidden components, no symlinks, opened with `O_NOFOLLOW`. The protocol's URL
//! is `desk://localhost/<conversation id>/<relative path>`; the id is checked with `DeskId::parse` and the
//! conversation must exist. Responses carry `Cache-Control: no-store` (an overwritten report.md or PNG
//! must show afresh) and HTML carries a CSP that sandboxes it. This module decides nothing about which
//! files the analyst may write.

use crate::commands::CmdResult;
use crate::Desk;
use desk_core::desk::DeskId;
use desk_core::error::{DeskError, ErrorBody};
use desk_core::snapshot::{ArtifactKind, Snapshot};
use desk_core::tools::confine::{self, Want};
use serde::Serialize;
use std::io::Read;
use std::path::{Path, PathBuf};
use tauri::http::{header, Request, Response, StatusCode};
use tauri::{Manager, Runtime, State, UriSchemeContext};

/// The URI scheme (`desk://localhost/...` on Linux and macOS, `http://desk.localhost/...` on Windows).
pub const SCHEME: &str = "desk";
/// The CSP that every HTML artifact is served with: its own opaque origin, scripts allowed but no
/// network, no plugins, images from the desk only.
pub const HTML_CSP: &str = "sandbox allow-scripts; default-src 'none'; img-src desk: data:; style-src 'unsafe-inline'";
/// Largest file the protocol serves.
pub const MAX_SERVE_BYTES: u64 = 64 * 1024 * 1024;
/// Rows of a CSV preview.
pub const CSV_PREVIEW_ROWS: usize = 200;
/// Bytes of a text preview.
pub const TEXT_PREVIEW_BYTES: u64 = 64 * 1024;
/// Largest markdown file rendered.
pub const MARKDOWN_PREVIEW_BYTES: u64 = 2 * 1024 * 1024;

/// One of the analyst's files in a desk.
#[derive(Debug, Clone, Serialize)]
pub struct Artifact {
    pub path: String,
    pub kind: ArtifactKind,
    pub size: u64,
    /// Modification time in milliseconds since the epoch (also the cache-busting version of its URL).
    pub modified_ms: i64,
    /// For an image that a markdown report in the desk shows: its text alternative, from that report's
    /// title and key numbers (`desk_core::tools::alt_text`). None otherwise.
    pub alt: Option<String>,
}

/// What the page shows for one artifact (images and HTML need no preview: they load from the protocol).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Preview {
    /// Sanitised HTML rendered from the markdown.
    Markdown {
        html: String,
    },
    Csv {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
        truncated: bool,
    },
    Text {
        text: String,
        truncated: bool,
    },
}

fn io_err(context: impl Into<String>, source: std::io::Error) -> DeskError {
    DeskError::Io { context: context.into(), source }
}

fn body(e: DeskError) -> ErrorBody {
    e.body()
}

/// The desk folder of an existing conversation, canonical (confinement compares canonical paths).
fn desk_of(desk: &Desk, conversation_id: &str) -> Result<PathBuf, DeskError> {
    let office = desk.lock();
    let id = office.resolve(conversation_id)?;
    let dir = office.desk_dir(&id)?;
    std::fs::canonicalize(&dir).map_err(|e| io_err(dir.display().to_string(), e))
}

/// Read a file inside `desk` (canonical) named by a relative path, at most `cap` bytes; the flag says
/// whether the file was longer.
pub fn read_confined(desk: &Path, rel: &str, cap: u64) -> Result<(Vec<u8>, bool), DeskError> {
    let c = confine::resolve(desk, rel, Want::File)?;
    let (file, meta) = confine::open_read(&c)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(cap)).unwrap_or(0));
    file.take(cap).read_to_end(&mut bytes).map_err(|e| io_err(c.rel.clone(), e))?;
    Ok((bytes, meta.len() > cap))
}

/// The analyst's files (everything in the desk that is not an imported input), newest first.
#[tauri::command(async)]
pub fn list_artifacts(desk: State<'_, Desk>, conversation_id: String) -> CmdResult<Vec<Artifact>> {
    let (dir, inputs) = {
        let office = desk.lock();
        let id = office.resolve(&conversation_id).map_err(body)?;
        (office.desk_dir(&id).map_err(body)?, office.input_names(&id).map_err(body)?)
    };
    let snap = Snapshot::take(&dir).map_err(body)?;
    let mut list: Vec<Artifact> = snap
        .entries
        .into_iter()
        .filter(|(path, _)| !inputs.contains(path))
        .map(|(path, st)| Artifact {
            kind: ArtifactKind::of(&path),
            size: st.size,
            modified_ms: i64::try_from(st.mtime_ns / 1_000_000).unwrap_or(0),
            path,
            alt: None,
        })
        .collect();
    list.sort_by(|a, b| b.modified_ms.cmp(&a.modified_ms).then_with(|| a.path.cmp(&b.path)));
    describe_images(&dir, &mut list);
    Ok(list)
}

/// Reports read for alt texts: the newest few markdown files, each up to this size.
const ALT_REPORTS: usize = 8;
const ALT_REPORT_BYTES: u64 = 256 * 1024;

/// Give each image that a markdown report of the desk shows the alt text built from that report (the
/// newest report that shows it wins). A report that cannot be read is skipped: alt texts are a help,
/// never a reason for the list to fail.
pub fn describe_images(desk: &Path, list: &mut [Artifact]) {
    if !list.iter().any(|a| a.kind == ArtifactKind::Image) {
        return;
    }
    let Ok(desk) = std::fs::canonicalize(desk) else { return };
    let reports: Vec<(String, String)> = list
        .iter()
        .filter(|a| a.kind == ArtifactKind::Markdown)
        .take(ALT_REPORTS)
        .filter_map(|a| {
            let (bytes, _) = read_confined(&desk, &a.path, ALT_REPORT_BYTES).ok()?;
            Some((a.path.clone(), String::from_utf8_lossy(&bytes).into_owned()))
        })
        .collect();
    for image in list.iter_mut().filter(|a| a.kind == ArtifactKind::Image) {
        image.alt =
            reports.iter().find_map(|(rel, md)| desk_core::tools::alt_text::describe_chart(md, rel, &image.path));
    }
}

/// A preview of a markdown, CSV or text file in the desk.
#[tauri::command(async)]
pub fn preview_artifact(desk: State<'_, Desk>, conversation_id: String, path: String) -> CmdResult<Preview> {
    let dir = desk_of(&desk, &conversation_id).map_err(body)?;
    preview(&dir, &path).map_err(body)
}

/// The preview of one file, by its kind.
pub fn preview(desk: &Path, rel: &str) -> Result<Preview, DeskError> {
    match ArtifactKind::of(rel) {
        ArtifactKind::Markdown => {
            let (bytes, _) = read_confined(desk, rel, MARKDOWN_PREVIEW_BYTES)?;
            Ok(Preview::Markdown { html: desk_core::tools::markdown_to_html(&String::from_utf8_lossy(&bytes)) })
        }
        ArtifactKind::Csv => csv_preview(desk, rel),
        _ => {
            let (bytes, truncated) = read_confined(desk, rel, TEXT_PREVIEW_BYTES)?;
            Ok(Preview::Text { text: String::from_utf8_lossy(&bytes).into_owned(), truncated })
        }
    }
}

fn csv_preview(desk: &Path, rel: &str) -> Result<Preview, DeskError> {
    let c = confine::resolve(desk, rel, Want::File)?;
    let (file, _) = confine::open_read(&c)?;
    let tsv = rel.to_ascii_lowercase().ends_with(".tsv");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(if tsv { b'\t' } else { b',' })
        .flexible(true)
        .has_headers(false)
        .from_reader(std::io::BufReader::new(file));
    let mut records = reader.byte_records();
    let to_strings = |r: &csv::ByteRecord| r.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect();
    let headers: Vec<String> = match records.next() {
        Some(Ok(r)) => to_strings(&r),
        Some(Err(e)) => return Err(io_err(c.rel.clone(), std::io::Error::other(e.to_string()))),
        None => Vec::new(),
    };
    let mut rows = Vec::new();
    let mut truncated = false;
    for record in records {
        let record = record.map_err(|e| io_err(c.rel.clone(), std::io::Error::other(e.to_string())))?;
        if rows.len() == CSV_PREVIEW_ROWS {
            truncated = true;
            break;
        }
        rows.push(to_strings(&record));
    }
    Ok(Preview::Csv { headers, rows, truncated })
}

/// Decode `%XX` escapes; None if an escape is malformed or the result is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Split a protocol URL's path (`/<id>/<relative path>`, percent-encoded) into a checked id and a
/// relative path that has passed the core's name checks (no disk access yet).
pub fn parse_desk_path(url_path: &str) -> Result<(DeskId, String), DeskError> {
    let trimmed = url_path.strip_prefix('/').unwrap_or(url_path);
    let (id, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    let id = DeskId::parse(id)?;
    let rel = percent_decode(rest).ok_or_else(|| DeskError::PathNotFound { path: rest.to_string() })?;
    let parts = confine::parse_relative(&rel)?;
    if parts.is_empty() {
        return Err(DeskError::PathNotFound { path: rel });
    }
    Ok((id, parts.join("/")))
}

fn content_type(rel: &str) -> &'static str {
    let ext = rel.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "bmp" => "image/bmp",
        "svg" => "image/svg+xml",
        "html" | "htm" => "text/html; charset=utf-8",
        "md" | "markdown" => "text/markdown; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "json" => "application/json",
        "txt" | "log" | "sql" | "yaml" | "yml" | "tsv" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// What the protocol answers for a URL path, given the canonical desk folder of a conversation id.
pub fn serve(url_path: &str, desk_for: impl Fn(&DeskId) -> Result<PathBuf, DeskError>) -> Response<Vec<u8>> {
    let result = parse_desk_path(url_path).and_then(|(id, rel)| {
        let desk = desk_for(&id)?;
        let (bytes, truncated) = read_confined(&desk, &rel, MAX_SERVE_BYTES)?;
        if truncated {
            return Err(DeskError::BadToolInput {
                tool: "desk".into(),
                message: format!("{rel} is too large to show"),
            });
        }
        Ok((rel, bytes))
    });
    let builder = Response::builder()
        .header(header::CACHE_CONTROL, "no-store")
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        // Whatever the file is, it is never a document with the app's powers.
        .header(header::CONTENT_SECURITY_POLICY, HTML_CSP);
    let response = match result {
        Ok((rel, bytes)) => builder.status(StatusCode::OK).header(header::CONTENT_TYPE, content_type(&rel)).body(bytes),
        Err(e) => {
            let status = match e.body().code.as_str() {
                "path_not_found" | "conversation_not_found" | "not_a_file" => StatusCode::NOT_FOUND,
                _ => StatusCode::FORBIDDEN,
            };
            let text = e.body().message.into_bytes();
            builder.status(status).header(header::CONTENT_TYPE, "text/plain; charset=utf-8").body(text)
        }
    };
    response.unwrap_or_else(|_| {
        let mut r = Response::new(Vec::new());
        *r.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        r
    })
}

/// The `desk` URI-scheme protocol handler (GET only).
pub fn protocol<R: Runtime>(ctx: UriSchemeContext<'_, R>, request: Request<Vec<u8>>) -> Response<Vec<u8>> {
    if request.method() != tauri::http::Method::GET {
        let mut r = Response::new(Vec::new());
        *r.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
        return r;
    }
    let desk = ctx.app_handle().state::<Desk>();
    serve(request.uri().path(), |id| desk_of(&desk, id.as_str()))
}
