//! The slot of the built-in offline analyst (issue 5): an [`OfflineAnalyst`] answers a turn with the desk's
//! own tools and no network. [`analyst`] hands out [`crate::analyst::Analyst`]; a build without one would
//! return None and an `offline` turn would end with the error `offline_unavailable`.

use super::{AgentError, TurnSession};

/// An analyst that runs inside the core. It speaks through `session.say` and acts through
/// `session.call_tool`, so its turns produce the same events and history as any provider's.
pub trait OfflineAnalyst {
    fn answer(&mut self, session: &mut TurnSession<'_, '_>) -> Result<(), AgentError>;
}

/// The built-in analyst, when this build has one.
pub fn analyst() -> Option<Box<dyn OfflineAnalyst>> {
    Some(Box::new(crate::analyst::Analyst))
}
