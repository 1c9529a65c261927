//! Incremental decoding of streamed bodies: Server-Sent Events (Anthropic, OpenAI-compatible servers) and
//! newline-delimited JSON (Claude Code's stream-json). Bytes may arrive split anywhere, even inside a
//! UTF-8 sequence: only complete lines are decoded. Comments (`: ping`) and unknown fields are skipped,
//! except `error:`, which llama.cpp's server uses for a failure inside a stream: it becomes an event whose
//! data is `{"error": ...}`, the shape every provider's decoder already treats as an error.

/// One dispatched SSE event: its `event:` name (if any) and its joined `data:` lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SseEvent {
    pub event: Option<String>,
    pub data: String,
}

/// Splits a byte stream into lines, keeping incomplete tails for the next chunk.
#[derive(Debug, Default)]
pub(crate) struct LineBuffer {
    buf: Vec<u8>,
}

impl LineBuffer {
    /// Complete lines (without `\n` / `\r\n`), decoded lossily as UTF-8.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<String> {
        self.buf.extend_from_slice(bytes);
        let mut lines = Vec::new();
        let mut start = 0;
        while let Some(pos) = self.buf[start..].iter().position(|b| *b == b'\n') {
            let end = start + pos;
            let mut line = &self.buf[start..end];
            if line.last() == Some(&b'\r') {
                line = &line[..line.len() - 1];
            }
            lines.push(String::from_utf8_lossy(line).into_owned());
            start = end + 1;
        }
        self.buf.drain(..start);
        lines
    }

    /// Whatever is left when the stream ends (a last line without a newline).
    pub fn finish(&mut self) -> Option<String> {
        if self.buf.is_empty() {
            return None;
        }
        let rest = std::mem::take(&mut self.buf);
        let rest = rest.strip_suffix(b"\r").unwrap_or(&rest);
        Some(String::from_utf8_lossy(rest).into_owned())
    }
}

#[derive(Debug, Default)]
pub(crate) struct SseDecoder {
    lines: LineBuffer,
    event: Option<String>,
    data: Vec<String>,
    /// An `error:` field of the event being read, as `{"error": ...}`.
    error: Option<String>,
}

impl SseDecoder {
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<SseEvent> {
        let mut out = Vec::new();
        for line in self.lines.feed(bytes) {
            self.line(line, &mut out);
        }
        out
    }

    /// Dispatch what is pending at the end of the stream.
    pub fn finish(&mut self) -> Vec<SseEvent> {
        let mut out = Vec::new();
        if let Some(line) = self.lines.finish() {
            self.line(line, &mut out);
        }
        self.dispatch(&mut out);
        out
    }

    fn line(&mut self, line: String, out: &mut Vec<SseEvent>) {
        if line.is_empty() {
            self.dispatch(out);
            return;
        }
        if line.starts_with(':') {
            return;
        }
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line.as_str(), ""),
        };
        match field {
            "event" => self.event = Some(value.to_string()),
            "data" => self.data.push(value.to_string()),
            "error" => {
                let inner = serde_json::from_str::<serde_json::Value>(value)
                    .ok()
                    .filter(|v| v.is_object() || v.is_string())
                    .unwrap_or_else(|| serde_json::Value::String(value.to_string()));
                self.error = Some(serde_json::json!({ "error": inner }).to_string());
            }
            _ => {}
        }
    }

    fn dispatch(&mut self, out: &mut Vec<SseEvent>) {
        let event = self.event.take();
        if !self.data.is_empty() {
            let data = std::mem::take(&mut self.data).join("\n");
            out.push(SseEvent { event: event.clone(), data });
        }
        if let Some(data) = self.error.take() {
            out.push(SseEvent { event: Some("error".into()), data });
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn split_anywhere_gives_the_same_events() {
        let text = "event: a\r\ndata: {\"t\":\"héllo ✓\"}\r\n\r\n: ping\n\nevent: b\ndata: x\ndata: y\n\ndata: last";
        let bytes = text.as_bytes();
        let whole = {
            let mut d = SseDecoder::default();
            let mut v = d.feed(bytes);
            v.extend(d.finish());
            v
        };
        assert_eq!(whole.len(), 3);
        assert_eq!(whole[0], SseEvent { event: Some("a".into()), data: "{\"t\":\"héllo ✓\"}".into() });
        assert_eq!(whole[1].data, "x\ny");
        assert_eq!(whole[2], SseEvent { event: None, data: "last".into() });
        for size in 1..7 {
            let mut d = SseDecoder::default();
            let mut v = Vec::new();
            for chunk in bytes.chunks(size) {
                v.extend(d.feed(chunk));
            }
            v.extend(d.finish());
            assert_eq!(v, whole, "chunks of {size} bytes must decode like the whole body");
        }
    }

    #[test]
    fn an_error_field_becomes_an_error_event() {
        let mut d = SseDecoder::default();
        let mut v =
            d.feed(b"data: {\"a\":1}\n\nerror: {\"code\":500,\"message\":\"out of memory\"}\n\nerror: plain words\n\n");
        v.extend(d.finish());
        assert_eq!(v.len(), 3, "{v:?}");
        let e: serde_json::Value = serde_json::from_str(&v[1].data).unwrap();
        assert_eq!(e["error"]["message"], "out of memory");
        let e: serde_json::Value = serde_json::from_str(&v[2].data).unwrap();
        assert_eq!(e["error"], "plain words");
    }
}
