// The chat column: the transcript of the selected conversation (replayed from history, then live turns
// streamed over a channel), tool badges, receipts, errors with the action that fixes them, and the
// composer (Enter sends, Shift+Enter new line, Esc stops). Text from users and models goes in with
// textContent; the only HTML inserted is what Rust sanitised (render_markdown).
//
// An empty conversation teaches the one rule (data first, then questions) and offers "Load sample
// data"; once it has data, a few sample questions built from its tables (button.sample-question) fill
// the composer and send.
//
// For tests and tools, stable hooks in the DOM:
//   #transcript > article.turn          one per turn, in order (replayed from history, then live)
//   article.turn[data-state]            "running" while the turn streams, then exactly one of
//                                       "done" (a receipt closed it), "error" (it failed) or
//                                       "stopped" (cancelled with Stop/Esc). Wait for
//                                       `article.turn:last-child:not([data-state="running"])`.
//   article.turn .msg.user .bubble      the question; .msg.assistant holds the answer, tool badges
//                                       (details.tool), the receipt (.receipt-line) or .turn-error
//   #question, #send, #stop             the composer (Enter sends, Shift+Enter new line, Esc stops)
//   #chat-empty, #load-sample, #sample-questions button.sample-question   the empty conversation
//   p.answer-note                       a secondary line under an answer's text (muted, smaller; part of
//                                       the answer for screen readers): append it to .msg.assistant
//
// Screen readers: a live turn is aria-busy while it streams and its text is spoken through
// #announcer in whole sentences (announce.js), not word by word; tool badges say "<tool> tool call"
// and their state; the receipt is a note named "Receipt".

import { desk } from "./ipc.js";
import { fixImages } from "./artifacts.js";
import { $, el, formatCount, focusComposer, keepFocus } from "./dom.js";
import { Narrator } from "./announce.js";

const TOOL_LABELS = { sql: "Query", chart: "Chart", write_file: "Write", read_file: "Read", list_files: "List" };
const TOOL_ICONS = { sql: "⌕", chart: "▥", write_file: "✎", read_file: "☰", list_files: "☰" };
const SETTINGS_CODES = new Set(["missing_api_key", "auth_failed"]);
const TOOL_STATES = { running: "running", done: "finished", failed: "failed" };

const chat = {
  conversationId: null,
  running: null, // { conversationId, turn } while a turn streams
  generation: 0, // bumps on every conversation switch, so late replays are dropped
  hasFiles: false,
  questions: [], // sample questions for the selected conversation
  hooks: {
    onArtifact: () => {},
    onTurnEnd: () => {},
    provider: () => ({ kind: "offline" }),
    openSettings: () => {},
    onError: () => {},
  },
};

// ---- one turn in the transcript -------------------------------------------------------------------------

class TurnView {
  constructor(question) {
    this.root = el("article", "turn");
    this.root.dataset.state = "running";
    const user = el("div", "msg user");
    user.append(el("div", "bubble", question));
    this.answer = el("div", "msg assistant");
    this.root.append(user, this.answer);
    this.segment = null; // the text block being streamed
    this.tools = new Map();
    this.pending = el("div", "thinking", "Thinking…");
    this.answer.append(this.pending);
    this.narrator = null; // set for a live turn (not a replayed one)
  }

  // A turn streaming now: busy for assistive technology until end(), its text narrated by sentence.
  live() {
    this.root.setAttribute("aria-busy", "true");
    this.narrator = new Narrator();
  }

  end(closing) {
    this.root.setAttribute("aria-busy", "false");
    if (this.narrator) this.narrator.end(closing);
    this.narrator = null;
  }

  // What the turn waits for ("loading the model… 12 s"), shown in the pending line; not an answer.
  status(message) {
    if (this.pending) this.pending.textContent = message;
  }

  dropPending() {
    if (this.pending) {
      this.pending.remove();
      this.pending = null;
    }
  }

  text(delta) {
    this.dropPending();
    if (!this.segment) {
      this.segment = { node: el("div", "text streaming"), md: "" };
      this.answer.append(this.segment.node);
    }
    this.segment.md += delta;
    this.segment.node.textContent = this.segment.md;
    if (this.narrator) this.narrator.feed(delta);
  }

  // Swap the streamed plain text for Rust-rendered markdown.
  async closeSegment() {
    const seg = this.segment;
    this.segment = null;
    if (!seg) return;
    await this.renderInto(seg.node, seg.md);
  }

  async renderInto(node, md) {
    // "Read as: …" and "Assumption: …" paragraphs say how the question was read: a note under the answer.
    const notes = [];
    const body = md
      .split(/\n{2,}/)
      .filter((para) => {
        const p = para.trim();
        if (/^(Read as|Assumption):/.test(p)) {
          notes.push(p);
          return false;
        }
        return true;
      })
      .join("\n\n");
    for (const n of notes.reverse()) node.after(el("p", "answer-note", n));
    md = body;
    try {
      const html = await desk.renderMarkdown(md);
      node.innerHTML = html; // sanitised by ammonia in Rust (desk_core::tools::markdown_to_html)
      if (chat.conversationId) fixImages(node, chat.conversationId);
      node.className = "text markdown";
    } catch {
      node.textContent = md;
      node.className = "text";
    }
  }

  async finishedText(md) {
    this.dropPending();
    const node = el("div", "text");
    this.answer.append(node);
    await this.renderInto(node, md);
  }

  toolStart(id, name, input) {
    this.dropPending();
    this.closeSegment();
    const details = el("details", "tool running");
    const summary = el("summary");
    const icon = el("span", "tool-icon", TOOL_ICONS[name] || "⚙");
    icon.setAttribute("aria-hidden", "true");
    // Read as "Query tool call, running: SELECT …": what the badge is, its state, then its gist.
    const state = el("span", "sr-only tool-state", ` tool call, ${TOOL_STATES.running}: `);
    summary.append(icon, el("span", "tool-name", TOOL_LABELS[name] || name), state, el("span", "tool-summary", toolGist(name, input)));
    const body = el("div", "tool-body");
    body.append(el("div", "tool-label", "Input"), focusablePre("tool-input", toolInputText(name, input)));
    const result = el("div", "tool-result");
    body.append(result);
    details.append(summary, body);
    this.answer.append(details);
    this.tools.set(id, { details, summary, result });
  }

  toolResult(id, ok, summary, output) {
    const t = this.tools.get(id);
    if (!t) return;
    t.details.className = ok === false ? "tool failed" : "tool done";
    t.summary.querySelector(".tool-state").textContent = ` tool call, ${ok === false ? TOOL_STATES.failed : TOOL_STATES.done}: `;
    if (summary) t.summary.querySelector(".tool-summary").textContent = summary;
    t.result.replaceChildren(el("div", "tool-label", ok === false ? "Failed" : "Result"));
    t.result.append(focusablePre("tool-output", output || summary || ""));
  }

  // Mark the turn finished (see the top of this file): done, error or stopped.
  settle(state) {
    this.dropPending();
    if (this.root.dataset.state === "running" || state !== "done") this.root.dataset.state = state;
  }

  receipt(r) {
    this.dropPending();
    const parts = [];
    if (typeof r.duration_ms === "number") parts.push(`${(r.duration_ms / 1000).toFixed(1)} s`);
    if (r.tokens_reported === false) {
      parts.push("tokens not reported");
    } else if (typeof r.input_tokens === "number") {
      parts.push(`${formatCount(r.input_tokens)} in / ${formatCount(r.output_tokens || 0)} out tokens`);
    }
    parts.push(typeof r.cost_usd === "number" ? `$${r.cost_usd.toFixed(4)}` : "cost unknown");
    parts.push([r.provider, r.model].filter(Boolean).join(" · "));
    const line = el("p", "receipt-line", parts.filter(Boolean).join("  ·  "));
    line.setAttribute("role", "note");
    line.setAttribute("aria-label", "Receipt: time, tokens, cost and who answered");
    this.answer.append(line);
  }

  error(e) {
    this.dropPending();
    this.root.dataset.state = e.code === "cancelled" ? "stopped" : "error";
    const box = el("div", e.code === "cancelled" ? "turn-error stopped" : "turn-error");
    if (this.narrator) box.setAttribute("role", "alert"); // said at once when it happens, not on replay
    const head = el("div", "turn-error-head");
    head.append(el("strong", "", errorTitle(e.code)), el("span", "code", e.code));
    box.append(head, el("div", "turn-error-message", e.message));
    if (SETTINGS_CODES.has(e.code) || e.code === "offline_unavailable") {
      const hint = el("div", "turn-error-hint");
      hint.append(
        el(
          "span",
          "",
          e.code === "offline_unavailable"
            ? "The built-in offline analyst is not ready yet. Choose an OpenAI-compatible server (such as Ollama) or Anthropic. "
            : "Set the provider's API key. ",
        ),
      );
      const open = el("button", "link", "Open settings");
      open.type = "button";
      open.addEventListener("click", () => chat.hooks.openSettings());
      hint.append(open);
      box.append(hint);
    }
    this.answer.append(box);
  }
}

function errorTitle(code) {
  switch (code) {
    case "missing_api_key": return "No API key set";
    case "auth_failed": return "The provider refused the key";
    case "offline_unavailable": return "Offline analyst unavailable";
    case "cancelled": return "Stopped";
    case "provider_unreachable": return "Cannot reach the provider";
    case "rate_limited": return "Rate limited";
    case "sandbox_unavailable": return "Claude Code cannot run sandboxed here";
    default: return "The turn failed";
  }
}

// A tool's input or output: scrolls when long, so it takes focus for the keyboard.
function focusablePre(className, text) {
  const pre = el("pre", className, text);
  pre.tabIndex = 0;
  return pre;
}

function toolGist(name, input) {
  if (!input || typeof input !== "object") return "";
  if (name === "sql" && typeof input.query === "string") return input.query.replace(/\s+/g, " ").slice(0, 90);
  if (name === "chart") return [input.type, input.title || input.output].filter(Boolean).join(": ");
  if (typeof input.path === "string") return input.path;
  return "";
}

function toolInputText(name, input) {
  if (name === "sql" && input && typeof input.query === "string") return input.query;
  try {
    return JSON.stringify(input, null, 2);
  } catch {
    return String(input);
  }
}

// ---- transcript -----------------------------------------------------------------------------------------

function transcript() {
  return $("transcript");
}

function scrollToEnd() {
  const t = transcript();
  t.scrollTop = t.scrollHeight;
}

function renderEmpty() {
  const empty = $("chat-empty");
  // A control of the empty state that goes away (data arrived, a turn started) hands focus on.
  const hadFocus = empty.contains(document.activeElement);
  const hasTurns = transcript().childElementCount > 0;
  empty.hidden = hasTurns;
  transcript().hidden = !hasTurns;
  const withData = Boolean(chat.conversationId && chat.hasFiles);
  $("empty-rule").hidden = withData;
  $("empty-ask").hidden = !withData;
  const list = $("sample-questions");
  keepFocus(list, (n) => (n.dataset && n.dataset.question) || null, () => {
    list.replaceChildren();
    for (const q of withData ? chat.questions : []) {
      const li = el("li");
      const b = el("button", "sample-question", q);
      b.type = "button";
      b.dataset.question = q;
      li.append(b);
      list.append(li);
    }
  });
  if (hadFocus && (!empty.contains(document.activeElement) || document.activeElement.closest("[hidden]"))) focusComposer();
  $("empty-ask-hint").textContent = chat.questions.length
    ? "Ask about your data in plain words, or start with one of these:"
    : "Ask about your data in plain words, for example: “Chart monthly revenue and write up what you see.”";
}

// The sample questions for a conversation (from its tables, in Rust).
export function setSampleQuestions(id, questions) {
  if (id !== chat.conversationId) return;
  chat.questions = questions || [];
  renderEmpty();
}

// Replay a conversation's past turns from history.
export async function showConversation(id) {
  chat.conversationId = id;
  chat.generation += 1;
  chat.questions = [];
  const gen = chat.generation;
  transcript().replaceChildren();
  renderEmpty();
  updateComposer();
  if (!id) return;
  let turns = [];
  try {
    turns = await desk.history(id);
  } catch (e) {
    turns = [];
    const view = new TurnView("");
    view.error(e);
    transcript().append(view.root);
  }
  if (gen !== chat.generation) return;
  for (const t of turns) {
    const view = new TurnView(t.question);
    view.dropPending();
    transcript().append(view.root);
    for (const item of t.items) {
      if (item.type === "message" && item.role === "assistant" && item.content) {
        await view.finishedText(item.content);
      } else if (item.type === "tool_call") {
        view.toolStart(item.id, item.name, item.input);
        view.toolResult(item.id, item.ok, item.summary, item.output);
      }
      if (gen !== chat.generation) return;
    }
    if (t.error) view.error(t.error);
    else if (t.status === "cancelled") view.error({ code: "cancelled", message: "This turn was stopped." });
    if (t.receipt && !(t.error && !t.receipt.input_tokens && !t.receipt.output_tokens)) view.receipt(t.receipt);
    view.settle("done");
  }
  // A turn still streaming into this conversation is shown again at the end.
  if (chat.running && chat.running.conversationId === id) transcript().append(chat.running.view.root);
  renderEmpty();
  scrollToEnd();
}

export function setHasFiles(hasFiles) {
  chat.hasFiles = hasFiles;
  renderEmpty();
}

function updateComposer() {
  const running = Boolean(chat.running && chat.running.conversationId === chat.conversationId);
  // Send and Stop take each other's place: focus on the one leaving goes to the question box.
  const leaving = running ? $("send") : $("stop");
  const refocus = document.activeElement === leaving;
  $("send").hidden = running;
  $("stop").hidden = !running;
  $("question").disabled = !chat.conversationId;
  $("send").disabled = !chat.conversationId;
  $("question").placeholder = chat.conversationId
    ? "Ask about your data…"
    : "Add data first: load the sample data or add files";
  if (refocus && !$("question").disabled) $("question").focus();
}

async function send() {
  const box = $("question");
  const question = box.value.trim();
  const id = chat.conversationId;
  if (!question || !id || chat.running) return;
  const view = new TurnView(question);
  transcript().append(view.root);
  renderEmpty();
  scrollToEnd();
  box.value = "";
  autosize();
  chat.running = { conversationId: id, view };
  view.live();
  updateComposer();
  const end = async (closing) => {
    view.end(closing);
    await view.closeSegment();
    if (chat.running && chat.running.view === view) chat.running = null;
    updateComposer();
    chat.hooks.onTurnEnd(id);
  };
  const onEvent = async (ev) => {
    if (!ev || typeof ev.type !== "string") return;
    const follow = atBottom();
    switch (ev.type) {
      case "text_delta": view.text(ev.text); break;
      case "tool_start": view.toolStart(ev.id, ev.name, ev.input); break;
      case "tool_result": view.toolResult(ev.id, ev.ok, ev.summary); break;
      case "artifact_update": chat.hooks.onArtifact(id, ev); break;
      case "status": view.status(ev.message); break;
      case "complete": await view.closeSegment(); view.receipt(ev.receipt); view.settle("done"); await end("Answer finished."); break;
      case "error": await view.closeSegment(); view.error(ev); await end(); break;
      default: break; // unknown types are ignored (the vocabulary may grow)
    }
    if (follow && chat.conversationId === id) scrollToEnd();
  };
  try {
    await desk.ask(id, question, chat.hooks.provider(), onEvent);
  } catch (e) {
    view.error(e);
    await end();
  }
}

function atBottom() {
  const t = transcript();
  return t.scrollHeight - t.scrollTop - t.clientHeight < 80;
}

async function stop() {
  if (!chat.running) return;
  try {
    await desk.stopTurn(chat.running.conversationId);
  } catch {
    // the turn may have just ended
  }
}

function autosize() {
  const box = $("question");
  box.style.height = "auto";
  box.style.height = `${Math.min(box.scrollHeight, 200)}px`;
}

export function mountChat(hooks) {
  Object.assign(chat.hooks, hooks);
  const box = $("question");
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      send();
    }
  });
  box.addEventListener("input", autosize);
  $("send").addEventListener("click", send);
  $("sample-questions").addEventListener("click", (e) => {
    const b = e.target.closest("button.sample-question");
    if (!b || chat.running) return;
    $("question").value = b.dataset.question;
    autosize();
    send();
  });
  $("stop").addEventListener("click", stop);
  document.addEventListener("keydown", (e) => {
    // Esc in an open dialog closes the dialog; it does not stop the turn.
    if (e.key === "Escape" && chat.running && !document.querySelector("dialog[open]")) {
      e.preventDefault();
      stop();
    }
  });
  updateComposer();
}
