// The only door to Rust: every command and event of the shell goes through here, so no other module
// touches window.__TAURI__. Errors always come back as {code, message}.

const tauri = window.__TAURI__;

function asError(e) {
  if (e && typeof e === "object" && typeof e.code === "string") return e;
  return { code: "ipc_error", message: String(e && e.message ? e.message : e) };
}

async function invoke(cmd, args = {}) {
  if (!tauri) throw { code: "no_shell", message: "This page must run inside the Analyst Desk app." };
  try {
    return await tauri.core.invoke(cmd, args);
  } catch (e) {
    throw asError(e);
  }
}

export const desk = {
  newConversation: (title) => invoke("new_conversation", title ? { title } : {}),
  listConversations: () => invoke("list_conversations"),
  renameConversation: (conversationId, title) => invoke("rename_conversation", { conversationId, title }),
  deleteConversation: (conversationId) => invoke("delete_conversation", { conversationId }),
  listFiles: (conversationId) => invoke("list_files", { conversationId }),
  history: (conversationId) => invoke("conversation_history", { conversationId }),
  importDrop: (conversationId, dropId) => invoke("import_paths", { conversationId, dropId }),
  uiReady: () => invoke("ui_ready"),
};

// Shell events (names as in src-tauri/src/events.rs). Handlers receive the payload only.
export function on(event, handler) {
  if (!tauri) return Promise.resolve(() => {});
  return tauri.event.listen(event, (e) => handler(e.payload));
}
