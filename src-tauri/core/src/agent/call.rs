//! One model round trip, whichever wire carries it (Anthropic's Messages API, an OpenAI-compatible
//! chat-completions server, Ollama's native chat API): the body built from an [`Ask`], the stream decoded,
//! text shown as it comes (or held back: see [`Shown`]), a failure inside the stream before anything was
//! shown tried again, waits for a loading model reported as `status` events, and the usage added to the
//! turn. Used by tool calling (`model_loop`) and by the plan path ([`super::planned`]).

use super::model::{Ask, Endpoint, ModelReply};
use super::textcalls::Holdback;
use super::{anthropic, ollama, openai, AgentError, Turn};
use serde_json::Value;
use std::cell::RefCell;

/// Which API the requests speak.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Wire {
    Anthropic,
    OpenAi,
    Ollama(ollama::Options),
}

/// What the person sees of the reply while it streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    /// Every piece at once.
    All,
    /// Prose at once; what looks like a tool call written as text is held until the reply ends.
    Holdback,
    /// Nothing: the caller decides afterwards (a plan, or a reply that may come from a cut prompt).
    Nothing,
}

pub(crate) struct Caller<'a> {
    pub ep: Endpoint<'a>,
    pub wire: Wire,
    pub model: String,
    /// The server is on this machine.
    pub local: bool,
    /// The server runs the person's own models (on this machine or theirs): it may cut a long prompt
    /// silently, where hosted services refuse it.
    pub own_server: bool,
}

impl Caller<'_> {
    pub fn body(&self, ask: &Ask<'_>) -> Value {
        match self.wire {
            Wire::Anthropic => anthropic::request_body(&self.model, ask.max_tokens, ask.system, ask.msgs, ask.tools),
            Wire::OpenAi => openai::request_body(&self.model, self.ep.base_url, ask),
            Wire::Ollama(opts) => ollama::request_body(&self.model, ask, opts),
        }
    }

    /// One round trip. Returns the reply and the part of its text not shown yet.
    pub async fn call(
        &self,
        turn: &mut Turn<'_>,
        ask: &Ask<'_>,
        shown: Shown,
    ) -> Result<(ModelReply, String), AgentError> {
        let body = self.body(ask);
        let policy = self.ep.policy;
        let mut attempt = 0;
        loop {
            let mut answered = false;
            let mut hold = Holdback::default();
            let reply = {
                let cell = RefCell::new(&mut *turn);
                let mut on_text = |t: &str| match shown {
                    Shown::All => cell.borrow_mut().text(t),
                    Shown::Holdback => {
                        let now = hold.push(t);
                        cell.borrow_mut().text(&now);
                    }
                    Shown::Nothing => {}
                };
                let mut on_wait = |m: &str| cell.borrow_mut().status(m);
                match self.wire {
                    Wire::Anthropic => {
                        anthropic::stream(&self.ep, &body, &mut on_text, &mut on_wait, &mut answered).await
                    }
                    Wire::OpenAi => openai::stream(&self.ep, &body, &mut on_text, &mut on_wait, &mut answered).await,
                    Wire::Ollama(_) => ollama::stream(&self.ep, &body, &mut on_text, &mut on_wait, &mut answered).await,
                }
            };
            match reply {
                // Overloaded or rate limited inside the stream before anything was shown: try again.
                // (HTTP-level refusals were already retried by `http::post`.)
                Err(e)
                    if answered
                        && e.is_transient()
                        && turn.assistant_text.is_empty()
                        && attempt < policy.max_retries =>
                {
                    let pause = policy.delay(attempt, None);
                    attempt += 1;
                    tokio::select! {
                        _ = tokio::time::sleep(pause) => {}
                        _ = self.ep.cancel.cancelled() => return Err(AgentError::Cancelled),
                    }
                }
                Err(e) => return Err(e),
                Ok(r) => {
                    turn.usage += r.usage;
                    if !r.usage_reported {
                        turn.unreported_rounds += 1;
                    }
                    let held = match shown {
                        Shown::All => String::new(),
                        Shown::Holdback => hold.finish(),
                        Shown::Nothing => r.text.clone(),
                    };
                    return Ok((r, held));
                }
            }
        }
    }
}
