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
  // The native file dialog runs in Rust; the page never sees or names a path.
  pickAndImport: (conversationId) => invoke("pick_and_import", { conversationId }),
  importSample: (conversationId) => invoke("import_sample", { conversationId }),
  // Files the app was started with (once per run): { conversation, outcomes } or null.
  openLaunchFiles: () => invoke("open_launch_files"),
  // Sync and profile the desk's tables: { tables, failed, questions }.
  tables: (conversationId) => invoke("desk_tables", { conversationId }),
  // Native save dialog in Rust, then the core's zip export: { path, files, bytes, name } or null.
  exportDesk: (conversationId) => invoke("export_desk", { conversationId }),
  // A file of the desk (relative path, confined in Rust) in the OS viewer / file manager.
  openFile: (conversationId, path) => invoke("open_file", { conversationId, path }),
  revealFile: (conversationId, path) => invoke("reveal_file", { conversationId, path: path || null }),
  // An http(s)/mailto link in the OS browser (after the page asked the person).
  openLink: (url) => invoke("open_link", { url }),
  uiReady: () => invoke("ui_ready"),
  // Start a turn; onEvent receives each wire event (session_start, text_delta, tool_start, tool_result,
  // artifact_update, complete, error). Resolves once the turn is running.
  ask: (conversationId, question, provider, onEvent) => {
    const onEventChannel = new tauri.core.Channel();
    onEventChannel.onmessage = onEvent;
    const { budget_usd: budgetUsd = null, ...settings } = provider;
    return invoke("ask", { conversationId, question, provider: settings, budgetUsd, onEvent: onEventChannel });
  },
  stopTurn: (conversationId) => invoke("stop_turn", { conversationId }),
  renderMarkdown: (md) => invoke("render_markdown", { md }),
  previewArtifact: (conversationId, path) => invoke("preview_artifact", { conversationId, path }),
  artifacts: (conversationId) => invoke("list_artifacts", { conversationId }),
  providers: () => invoke("providers"),
  apiKeyStatus: (provider) => invoke("api_key_status", { provider }),
  // The key goes to Rust (OS keychain) and never comes back to the page.
  setApiKey: (provider, key) => invoke("set_api_key", { provider, key }),
  testConnection: (provider, key) => invoke("test_connection", { provider, key }),
  deleteApiKey: (provider) => invoke("delete_api_key", { provider }),
};

// The URL of a file in a desk, served by the shell's `desk` protocol (files inside the desk only). The
// version (mtime or a counter) makes an overwritten file load afresh.
export function deskUrl(conversationId, path, version) {
  const rel = path.split("/").map(encodeURIComponent).join("/");
  return `desk://localhost/${conversationId}/${rel}${version !== undefined ? `?v=${encodeURIComponent(version)}` : ""}`;
}

// Shell events (names as in src-tauri/src/events.rs). Handlers receive the payload only.
export function on(event, handler) {
  if (!tauri) return Promise.resolve(() => {});
  return tauri.event.listen(event, (e) => handler(e.payload));
}
