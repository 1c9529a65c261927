//! HTTP plumbing shared by the model providers: one POST with bounded retries and backoff (429, 5xx,
//! 529 overloaded), a longer patient wait while a local server answers 503 "Loading model" (llama.cpp
//! while it reads a model from disk; each wait is reported, so the person sees "loading the model…"),
//! status → [`AgentError`] mapping, and chunk reads that give way to cancellation and to a stalled
//! connection; bodies as Server-Sent Events or newline-delimited JSON (Ollama's native API). Every body
//! read is bounded: a reply past [`MAX_REPLY_BYTES`] ends the read with an error, an error body is read
//! up to [`MAX_ERROR_BODY`]. It knows nothing of any provider's body format.

use super::secret::ApiKey;
use super::{AgentError, CancelToken};
use std::time::Duration;

/// Most bytes one reply of a provider may stream (text and tool calls of one round trip).
pub(crate) const MAX_REPLY_BYTES: usize = 16 << 20;
/// Most bytes of an error body that are read (its message is shortened anyway).
pub(crate) const MAX_ERROR_BODY: usize = 64 << 10;

/// How often and how patiently to retry a request the provider turned away for now.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts after the first one.
    pub max_retries: u32,
    /// First pause; doubled on every further attempt.
    pub base_delay: Duration,
    /// Upper bound of one pause (also caps a provider's `retry-after`).
    pub max_delay: Duration,
    /// How long a stream may stay silent before the provider counts as unreachable.
    pub idle_timeout: Duration,
    /// Time allowed to open the connection.
    pub connect_timeout: Duration,
    /// How long to keep asking while the server says it is loading the model (503 "Loading model").
    pub load_wait: Duration,
    /// The pause between two such asks.
    pub load_poll: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 4,
            base_delay: Duration::from_millis(800),
            max_delay: Duration::from_secs(20),
            idle_timeout: Duration::from_secs(180),
            connect_timeout: Duration::from_secs(10),
            load_wait: Duration::from_secs(240),
            load_poll: Duration::from_secs(2),
        }
    }
}

impl RetryPolicy {
    pub(crate) fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        let exp = self.base_delay.saturating_mul(1u32 << attempt.min(16));
        retry_after.unwrap_or(exp).min(self.max_delay)
    }
}

/// The HTTP client of one turn: it follows no redirects. A provider on this machine is reached directly, never through a proxy
/// from the environment (which would see the conversation).
pub(crate) fn client(policy: &RetryPolicy, local: bool) -> Result<reqwest::Client, AgentError> {
    // No redirects: a key header (x-api-key) would follow one to another host.
    let mut b =
        reqwest::Client::builder().connect_timeout(policy.connect_timeout).redirect(reqwest::redirect::Policy::none());
    if local {
        b = b.no_proxy();
    }
    b.build().map_err(|e| AgentError::BadResponse(format!("HTTP client: {e}")))
}

/// A 503 whose message says the model is still loading (llama.cpp: "Loading model").
pub(crate) fn is_loading(err: &AgentError) -> bool {
    matches!(err, AgentError::Overloaded { message } if message.to_ascii_lowercase().contains("loading model"))
}

/// Send a POST built by `make` (called again for every attempt) until it succeeds, fails for good,
/// runs out of retries, or the turn is cancelled. Returns the successful response, body unread. While
/// the server answers that it is loading the model, it is asked again every `load_poll` for up to
/// `load_wait`, and `on_wait` hears how long it has been loading.
pub(crate) async fn post(
    make: &dyn Fn() -> reqwest::RequestBuilder,
    url: &str,
    policy: &RetryPolicy,
    key: Option<&ApiKey>,
    cancel: &CancelToken,
    on_wait: &mut dyn FnMut(&str),
) -> Result<reqwest::Response, AgentError> {
    let redact = |s: String| match key {
        Some(k) => k.redact(&s),
        None => s,
    };
    let mut attempt = 0u32;
    let mut loading_since: Option<std::time::Instant> = None;
    loop {
        let sent = tokio::select! {
            r = make().send() => r,
            _ = cancel.cancelled() => return Err(AgentError::Cancelled),
        };
        let (err, retry_after) = match sent {
            Ok(resp) if resp.status().is_success() => return Ok(resp),
            Ok(resp) => {
                let status = resp.status().as_u16();
                let retry_after = resp
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<f64>().ok())
                    .filter(|s| s.is_finite() && *s >= 0.0)
                    .map(Duration::from_secs_f64);
                let mut resp = resp;
                let body = match body_upto(&mut resp, url, policy, cancel, MAX_ERROR_BODY).await {
                    Ok((b, _)) => String::from_utf8_lossy(&b).into_owned(),
                    Err(AgentError::Cancelled) => return Err(AgentError::Cancelled),
                    Err(_) => String::new(),
                };
                (AgentError::from_status(status, redact(error_message(&body))), retry_after)
            }
            Err(e) if e.is_timeout() => {
                (AgentError::Unreachable { url: url.to_string(), message: redact(error_chain(&e)) }, None)
            }
            Err(e) => {
                return Err(AgentError::Unreachable { url: url.to_string(), message: redact(error_chain(&e)) });
            }
        };
        if is_loading(&err) {
            let since = *loading_since.get_or_insert_with(std::time::Instant::now);
            let waited = since.elapsed();
            if waited >= policy.load_wait {
                let message = match err {
                    AgentError::Overloaded { message } => message,
                    other => other.to_string(),
                };
                return Err(AgentError::ModelLoading { secs: waited.as_secs(), message });
            }
            on_wait(&format!("loading the model… {} s", waited.as_secs()));
            tokio::select! {
                _ = tokio::time::sleep(policy.load_poll) => {}
                _ = cancel.cancelled() => return Err(AgentError::Cancelled),
            }
            continue;
        }
        let transient = err.is_transient() || matches!(err, AgentError::Unreachable { .. });
        if !transient || attempt >= policy.max_retries {
            return Err(err);
        }
        let pause = policy.delay(attempt, retry_after);
        attempt += 1;
        tokio::select! {
            _ = tokio::time::sleep(pause) => {}
            _ = cancel.cancelled() => return Err(AgentError::Cancelled),
        }
    }
}

/// The next piece of a streamed body; None at its end.
pub(crate) async fn next_chunk(
    resp: &mut reqwest::Response,
    url: &str,
    policy: &RetryPolicy,
    cancel: &CancelToken,
) -> Result<Option<bytes::Bytes>, AgentError> {
    tokio::select! {
        r = tokio::time::timeout(policy.idle_timeout, resp.chunk()) => match r {
            Ok(Ok(c)) => Ok(c),
            Ok(Err(e)) => Err(AgentError::Unreachable { url: url.to_string(), message: format!("stream broken: {}", error_chain(&e)) }),
            Err(_) => Err(AgentError::Unreachable {
                url: url.to_string(),
                message: format!("no data for {} s; the stream stalled", policy.idle_timeout.as_secs()),
            }),
        },
        _ = cancel.cancelled() => Err(AgentError::Cancelled),
    }
}

/// The body of a response, read up to `limit` bytes: the bytes, and whether there was more (then the
/// rest is not read).
pub(crate) async fn body_upto(
    resp: &mut reqwest::Response,
    url: &str,
    policy: &RetryPolicy,
    cancel: &CancelToken,
    limit: usize,
) -> Result<(Vec<u8>, bool), AgentError> {
    let mut body = Vec::new();
    while let Some(c) = next_chunk(resp, url, policy, cancel).await? {
        if body.len() + c.len() > limit {
            body.extend_from_slice(&c[..limit - body.len()]);
            return Ok((body, true));
        }
        body.extend_from_slice(&c);
    }
    Ok((body, false))
}

/// A whole reply body, or an error when it is longer than [`MAX_REPLY_BYTES`].
pub(crate) async fn reply_body(
    resp: &mut reqwest::Response,
    url: &str,
    policy: &RetryPolicy,
    cancel: &CancelToken,
) -> Result<Vec<u8>, AgentError> {
    match body_upto(resp, url, policy, cancel, MAX_REPLY_BYTES).await? {
        (_, true) => Err(too_long(url)),
        (body, false) => Ok(body),
    }
}

fn too_long(url: &str) -> AgentError {
    AgentError::BadResponse(format!(
        "the reply from {url} was longer than {} MB; reading stopped there",
        MAX_REPLY_BYTES >> 20
    ))
}

/// A provider's state while a streamed reply is decoded, one SSE `data:` payload at a time.
pub(crate) trait StreamState {
    fn handle(&mut self, data: &str, on_text: &mut dyn FnMut(&str)) -> Result<(), AgentError>;
    /// Whether the reply is complete (the rest of the body, if any, is not read).
    fn done(&self) -> bool;
}

/// Reads a Server-Sent Events body to its end (or until `state` is done) and feeds every event's data
/// to `state`.
pub(crate) async fn pump_sse(
    resp: &mut reqwest::Response,
    url: &str,
    policy: &RetryPolicy,
    cancel: &CancelToken,
    state: &mut dyn StreamState,
    on_text: &mut dyn FnMut(&str),
) -> Result<(), AgentError> {
    let mut sse = super::sse::SseDecoder::default();
    let mut read = 0usize;
    while let Some(chunk) = next_chunk(resp, url, policy, cancel).await? {
        read += chunk.len();
        if read > MAX_REPLY_BYTES {
            return Err(too_long(url));
        }
        for ev in sse.feed(&chunk) {
            state.handle(&ev.data, on_text)?;
        }
        if state.done() {
            return Ok(());
        }
    }
    for ev in sse.finish() {
        state.handle(&ev.data, on_text)?;
    }
    Ok(())
}

/// Reads a newline-delimited JSON body (one object per line, Ollama's native streams) to its end, or
/// until `state` is done, and feeds every line to `state`.
pub(crate) async fn pump_lines(
    resp: &mut reqwest::Response,
    url: &str,
    policy: &RetryPolicy,
    cancel: &CancelToken,
    state: &mut dyn StreamState,
    on_text: &mut dyn FnMut(&str),
) -> Result<(), AgentError> {
    let mut lines = super::sse::LineBuffer::default();
    while let Some(chunk) = next_chunk(resp, url, policy, cancel).await? {
        for line in lines.feed(&chunk) {
            state.handle(&line, on_text)?;
        }
        if state.done() {
            return Ok(());
        }
    }
    if let Some(line) = lines.finish() {
        state.handle(&line, on_text)?;
    }
    Ok(())
}

pub(crate) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(inner) = src {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    plain_network_reason(&s).map(str::to_string).unwrap_or(s)
}

/// What a failed connection means, in words, for the failures people meet (the HTTP library's own chain
/// reads "error sending request for url (…): client error (Connect): tcp connect error: Connection
/// refused (os error 111)"); None for anything else, which keeps its chain.
fn plain_network_reason(chain: &str) -> Option<&'static str> {
    let lower = chain.to_ascii_lowercase();
    let says = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    Some(if says(&["connection refused"]) {
        "nothing is listening at that address (connection refused); is the model server running, and is the base URL right?"
    } else if says(&["dns error", "failed to lookup address", "name or service not known", "no address associated"]) {
        "that host name could not be found; check the base URL (or the network connection)"
    } else if says(&["timed out", "operation timed out"]) {
        "the server did not answer in time; check that it is running and reachable"
    } else if says(&["network is unreachable", "no route to host"]) {
        "this computer has no route to that address; check the network connection and the base URL"
    } else if says(&["certificate", "tls handshake"]) {
        "the server's TLS certificate was not accepted; check the base URL (https:// for a public server)"
    } else if says(&["connection reset", "connection closed", "broken pipe"]) {
        "the server closed the connection; check that the base URL points at a model server"
    } else {
        return None;
    })
}

/// The provider's own words from an error body: `error.message` (OpenAI, Anthropic), `error` as a string
/// (Ollama), `message`, or the body itself, shortened.
pub(crate) fn error_message(body: &str) -> String {
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(body) {
        let found = v
            .pointer("/error/message")
            .or_else(|| v.get("error").filter(|e| e.is_string()))
            .or_else(|| v.get("message"))
            .and_then(|m| m.as_str());
        if let Some(m) = found {
            return shorten(m, 500);
        }
    }
    let body = body.trim();
    if body.is_empty() {
        "(no details)".to_string()
    } else {
        shorten(body, 500)
    }
}

pub(crate) fn shorten(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max_chars).collect();
    out.push('…');
    out
}
