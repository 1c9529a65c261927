// What a screen reader hears of a streaming answer. The transcript is not a live region: read as it
// streams, an answer would be spoken word by word and interrupt itself. Instead the answer's text is
// fed here and spoken through #announcer (role="status", polite) in whole sentences, at most one
// update per PAUSE_MS, and whatever is left when the turn ends. While it streams, the turn carries
// aria-busy="true" (chat.js).

import { $ } from "./dom.js";

const PAUSE_MS = 1500;

// The complete sentences at the start of `text` and the rest: a sentence ends with . ! ? … or : and
// then white space, or at a blank line (a paragraph). "17.5" and "e.g.x" do not end one.
export function splitSentences(text) {
  let end = -1;
  const re = /[.!?…:](?=\s)|\n\s*\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) end = m.index + m[0].length;
  return end < 0 ? ["", text] : [text.slice(0, end), text.slice(end)];
}

// Markdown as it would be read: no emphasis marks, headings, code fences or table rules; table cells
// separated by commas.
export function speakable(md) {
  return md
    .split("\n")
    .map((line) => {
      const t = line.trim();
      if (/^```/.test(t) || /^\|?[\s:|-]+\|[\s:|-]*$/.test(t)) return ""; // fences, table rules
      if (t.startsWith("|")) return `${t.replace(/^\||\|$/g, "").split("|").map((c) => c.trim()).join(", ")}.`;
      return t.replace(/^#{1,6}\s+/, "");
    })
    .join(" ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// One answer's narration: feed() the streamed text as it arrives, end() when the turn is over.
export class Narrator {
  constructor(region = $("announcer")) {
    this.region = region;
    this.pending = ""; // text received and not yet spoken
    this.timer = null; // the pause after an update
  }

  feed(text) {
    this.pending += text;
    if (!this.timer) this.speakSentences();
  }

  speakSentences() {
    const [whole, rest] = splitSentences(this.pending);
    if (!whole.trim()) return;
    this.pending = rest;
    this.say(whole);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.speakSentences();
    }, PAUSE_MS);
  }

  // The rest of the answer, and then how it ended (a short line, or an error's own words).
  end(closing) {
    clearTimeout(this.timer);
    this.timer = null;
    const text = [speakable(this.pending), closing].filter(Boolean).join(" ");
    this.pending = "";
    if (text) this.say(text, true);
  }

  say(text, raw = false) {
    const words = raw ? text : speakable(text);
    if (!words || !this.region) return;
    // A new node each time: screen readers announce an added node reliably, even with the same words.
    const p = document.createElement("p");
    p.textContent = words;
    this.region.replaceChildren(p);
  }
}
