// The settings dialog: provider, model, base URL, how an OpenAI-compatible model answers (mode) and its
// context window (kept in this page's storage, sent with each question)
// and the provider's API key, which is handed to Rust once (OS keychain) and never shown or read back:
// the page only learns whether a key is stored.

import { desk } from "./ipc.js";
import { openModal } from "./dom.js";

const $ = (id) => document.getElementById(id);
const PROVIDER_KEY = "analyst-desk.provider";
const NAMES = { offline: "Offline analyst (no network)", openai: "OpenAI-compatible (Ollama, LM Studio, OpenAI…)", anthropic: "Anthropic", "claude-code": "Claude Code CLI" };
export const SHORT_NAMES = { offline: "Offline analyst", openai: "OpenAI-compatible", anthropic: "Anthropic", "claude-code": "Claude Code" };

let infos = [];
let onChange = () => {};

export function provider() {
  try {
    const p = JSON.parse(localStorage.getItem(PROVIDER_KEY) || "null");
    if (p && typeof p.kind === "string") {
      const budget = Number(p.budget_usd) > 0 ? Number(p.budget_usd) : null;
      return { kind: p.kind, model: p.model || null, base_url: p.base_url || null, mode: p.mode || "auto", context_length: p.context_length || null, budget_usd: budget };
    }
  } catch {
    // fall through to the default
  }
  return { kind: "offline", model: null, base_url: null, mode: "auto", context_length: null, budget_usd: null };
}

// The provider as the dialog stands now.
function fromDialog() {
  const context = parseInt($("settings-context").value, 10);
  return {
    kind: $("settings-provider").value,
    model: $("settings-model").value.trim() || null,
    base_url: $("settings-base-url").value.trim() || null,
    mode: $("settings-mode").value || "auto",
    context_length: Number.isFinite(context) && context >= 512 ? context : null,
    budget_usd: budgetValue(),
  };
}

function info(kind) {
  return infos.find((i) => i.kind === kind) || { kind, default_model: null, default_base_url: null, key_env: null, needs_key: false, budget: false };
}

// The most one question may cost (US dollars), for providers whose cost is known; empty means no cap.
function budgetValue() {
  const v = Number($("settings-budget").value);
  return $("settings-budget").value.trim() && Number.isFinite(v) && v > 0 ? v : null;
}

function say(text, bad = false) {
  const s = $("settings-status");
  s.textContent = text;
  s.className = bad ? "small settings-status bad" : "small settings-status";
}

async function refreshFields(kind) {
  const i = info(kind);
  $("settings-model").placeholder = i.default_model || "(provider default)";
  $("settings-base-url").placeholder = i.default_base_url || "(not used)";
  $("settings-model").disabled = kind === "offline";
  $("settings-base-url").disabled = !i.default_base_url;
  $("settings-local-row").hidden = kind !== "openai";
  $("settings-budget-row").hidden = !i.budget;
  const keyRow = $("settings-key-row");
  keyRow.hidden = !i.key_env;
  $("settings-key").value = "";
  $("settings-key-state").textContent = "";
  if (!i.key_env) return;
  try {
    const st = await desk.apiKeyStatus(kind);
    if ($("settings-provider").value !== kind) return;
    const parts = [];
    if (st.stored === true) parts.push("A key is saved in the OS keychain (hidden).");
    else if (st.stored === false) parts.push("No key saved.");
    else parts.push(st.keychain_error || "The keyring could not be asked whether a key is saved.");
    if (st.from_env) parts.push(`${i.key_env} is set and is used first.`);
    $("settings-key-state").textContent = parts.join(" ");
    $("settings-key").placeholder = st.stored ? "•••••••• (saved; type to replace)" : "Paste the API key";
    $("settings-remove-key").hidden = st.stored !== true; // nothing to remove (or no keyring to ask)
  } catch (e) {
    $("settings-key-state").textContent = e.message;
  }
}

export function openSettings() {
  const p = provider();
  $("settings-provider").value = p.kind;
  $("settings-model").value = p.model || "";
  $("settings-base-url").value = p.base_url || "";
  $("settings-mode").value = p.mode || "auto";
  $("settings-context").value = p.context_length || "";
  $("settings-budget").value = p.budget_usd || "";
  say("");
  refreshFields(p.kind);
  openModal($("settings"), { fallback: () => $("open-settings") });
}

async function save() {
  const p = fromDialog();
  const kind = p.kind;
  const key = $("settings-key").value;
  $("settings-key").value = ""; // the key never stays in the page
  if (key.trim()) {
    try {
      await desk.setApiKey(kind, key);
    } catch (e) {
      say(`The key was not saved: ${e.message}`, true);
      return;
    }
  }
  localStorage.setItem(PROVIDER_KEY, JSON.stringify(p));
  onChange(p);
  $("settings").close();
}

// One cheap request to the provider as the dialog stands now (nothing is saved). A key typed but not yet
// saved is used for this request only; otherwise the saved or environment key.
async function testConnection() {
  const p = fromDialog();
  const typed = $("settings-key").value.trim() || null;
  const button = $("settings-test");
  button.disabled = true;
  say("Testing…");
  try {
    const r = await desk.testConnection(p, typed);
    say(`✓ ${r.message}`);
  } catch (e) {
    say(`✗ ${e.message} (${e.code})`, true);
  } finally {
    button.disabled = false;
  }
}

async function removeKey() {
  const kind = $("settings-provider").value;
  try {
    await desk.deleteApiKey(kind);
    say("Key removed.");
    refreshFields(kind);
  } catch (e) {
    say(e.message, true);
  }
}

export async function mountSettings(changed) {
  onChange = changed;
  try {
    infos = await desk.providers();
  } catch {
    infos = [];
  }
  const select = $("settings-provider");
  select.replaceChildren();
  for (const kind of infos.length ? infos.map((i) => i.kind) : Object.keys(NAMES)) {
    const option = document.createElement("option");
    option.value = kind;
    option.textContent = NAMES[kind] || kind;
    select.append(option);
  }
  select.addEventListener("change", () => refreshFields(select.value));
  $("settings-form").addEventListener("submit", (e) => {
    e.preventDefault();
    save();
  });
  // (The typed key leaves the page at once, not when the dialog's close event comes later.)
  $("settings-cancel").addEventListener("click", () => { $("settings-key").value = ""; $("settings").close(); });
  // However the dialog closes (Cancel, Esc, Save), a typed key does not stay in the page.
  $("settings").addEventListener("close", () => { $("settings-key").value = ""; });
  $("settings-remove-key").addEventListener("click", removeKey);
  $("settings-test").addEventListener("click", testConnection);
  $("open-settings").addEventListener("click", openSettings);
  document.addEventListener("open-settings", openSettings);
}
