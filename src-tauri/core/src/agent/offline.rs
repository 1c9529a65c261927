//! The slot of the built-in offline analyst: an [`OfflineAnalyst`] answers a turn with the desk's own
//! tools and no network. The agent does not know which analyst fills the slot: the caller puts one in
//! [`super::TurnRequest::offline`] (the app and the `desk` CLI put `desk_core::analyst::offline()`); an
//! `offline` turn without one ends with the error `offline_unavailable`.

use super::{AgentError, TurnSession};

/// An analyst that runs inside the core. It speaks through `session.say` and acts through
/// `session.call_tool`, so its turns produce the same events and history as any provider's.
pub trait OfflineAnalyst: std::fmt::Debug + Send + Sync {
    fn answer(&self, session: &mut TurnSession<'_, '_>) -> Result<(), AgentError>;
}
