/**
 * <atn-letter-builder>: wires the form, the live preview and the output buttons to the
 * $letterDraft store. All wording and logic live in src/lib/letters; this file only
 * touches the DOM.
 */
import {
  $letterDraft,
  applyShared,
  letterStorage,
  resetDraft,
  setAudience,
  setFlag,
  setTextField,
  setTone,
  toggleQuestion,
} from "../../stores/letter";
import {
  asksQuestions,
  composeLetter,
  lacksSignature,
  letterWordCount,
  offersElsewhere,
  toPlainText,
} from "../../lib/letters/compose";
import { fromShareHash, shareConflicts, toShareHash, type SharedFields } from "../../lib/letters/draft";
import { toFileName } from "../../lib/letters/filename";
import { toIcsReminder } from "../../lib/letters/ics";
import { toMailtoLink } from "../../lib/letters/mailto";
import { cleanField } from "../../lib/letters/text";
import { describeTiming, formatLongDate, localIsoDate } from "../../lib/letters/timing";
import { LETTER_INFO, TIMING_WORDING } from "../../lib/letters/wording";
import {
  DATE_FIELDS,
  FLAG_FIELDS,
  TEXT_FIELDS,
  isAudience,
  isLetterType,
  isQuestionId,
  isTone,
  type FlagField,
  type LetterDraft,
  type LetterType,
  type TextField,
  type DateField,
} from "../../lib/letters/types";

const isTextOrDate = (name: string): name is TextField | DateField =>
  (TEXT_FIELDS as readonly string[]).includes(name) || (DATE_FIELDS as readonly string[]).includes(name);
const isFlag = (name: string): name is FlagField => (FLAG_FIELDS as readonly string[]).includes(name);

/** Copies text: the Clipboard API first, then the old selection fallback. True only if it worked. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not focused: try the fallback below.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  let ok: boolean;
  try {
    // Deprecated but still the only fallback where the Clipboard API is missing or refused.
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

class LetterBuilderElement extends HTMLElement {
  connectedCallback(): void {
    try {
      this.start();
    } catch (error) {
      // The template shown without JavaScript stays on the page.
      console.error("Letter builder could not start", error);
    }
  }

  private find<T extends Element>(hook: string): T | null {
    return this.querySelector<T>(`[data-${hook}]`);
  }

  private start(): void {
    const type = this.dataset["letter"];
    if (!isLetterType(type)) return;
    const letterType: LetterType = type;
    const info = LETTER_INFO[letterType];
    const form = this.find<HTMLFormElement>("form");
    const bodyEl = this.find<HTMLElement>("body");
    if (!form || !bodyEl) return;
    const subjectEl = this.find<HTMLElement>("subject");
    const wordCountEl = this.find<HTMLElement>("word-count");
    const statusEl = this.find<HTMLElement>("status");
    const mailtoEl = this.find<HTMLAnchorElement>("mailto");
    const longWarningEl = this.find<HTMLElement>("long-warning");
    const nudgeEl = this.find<HTMLElement>("nudge");
    const questionsEl = this.find<HTMLElement>("questions");
    const elsewhereEl = this.find<HTMLElement>('option="askElsewhere"');
    const storageNoticeEl = this.find<HTMLElement>("storage-notice");
    const nameTipEl = this.find<HTMLElement>("name-tip");
    const dateEl = this.find<HTMLInputElement>("timing-date");
    const dateField = dateEl && isTextOrDate(dateEl.name) ? dateEl.name : null;
    const adviceEl = this.find<HTMLElement>("timing-advice");
    const icsEl = this.find<HTMLButtonElement>("ics");

    let statusTimer = 0;
    const announce = (message: string, kind: "ok" | "error" = "ok"): void => {
      if (!statusEl) return;
      window.clearTimeout(statusTimer);
      statusEl.dataset["kind"] = kind;
      // Clearing first makes screen readers announce a repeated message again.
      statusEl.textContent = "";
      statusTimer = window.setTimeout(() => {
        statusEl.textContent = message;
      }, 50);
    };

    const showStorageNotice = (): void => {
      if (storageNoticeEl) storageNoticeEl.hidden = false;
    };
    if (letterStorage.problem()) showStorageNotice();
    letterStorage.onProblem(showStorageNotice);

    // Fill the form from the restored draft.
    const fillForm = (draft: LetterDraft): void => {
      for (const element of Array.from(form.elements)) {
        if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) continue;
        const { name } = element;
        if (element instanceof HTMLInputElement && element.type === "radio") {
          element.checked =
            (name === "tone" && draft.tone === element.value) ||
            (name === "audience" && draft.audience === element.value);
        } else if (element instanceof HTMLInputElement && element.type === "checkbox") {
          element.checked =
            name === "questions"
              ? isQuestionId(element.value) && draft.questions.includes(element.value)
              : isFlag(name) && draft[name];
        } else if (isTextOrDate(name)) {
          element.value = draft[name];
        }
      }
      if (dateEl && dateField) dateEl.value = draft[dateField];
    };

    const onInput = (event: Event): void => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
      const { name, value } = target;
      if (target instanceof HTMLInputElement && target.type === "radio") {
        if (name === "tone" && isTone(value)) setTone(value);
        if (name === "audience" && isAudience(value)) setAudience(value);
      } else if (target instanceof HTMLInputElement && target.type === "checkbox") {
        if (name === "questions" && isQuestionId(value)) toggleQuestion(value, target.checked);
        else if (isFlag(name)) setFlag(name, target.checked);
      } else if (isTextOrDate(name)) {
        setTextField(name, value);
      }
    };
    form.addEventListener("input", onInput);
    form.addEventListener("change", onInput);
    form.addEventListener("submit", (event) => event.preventDefault());
    dateEl?.addEventListener("input", () => {
      if (dateField) setTextField(dateField, dateEl.value);
    });

    let current = composeLetter(letterType, $letterDraft.get());
    const render = (draft: LetterDraft): void => {
      current = composeLetter(letterType, draft);
      if (subjectEl) subjectEl.textContent = current.subject ?? "";
      bodyEl.textContent = current.body;
      const words = letterWordCount(current);
      if (wordCountEl) wordCountEl.textContent = `${words} ${words === 1 ? "word" : "words"}`;
      if (nudgeEl) nudgeEl.hidden = letterType === "chaser" || cleanField(draft.valued) !== "";
      if (nameTipEl) nameTipEl.hidden = !lacksSignature(letterType, draft);
      if (questionsEl) questionsEl.hidden = !asksQuestions(letterType, draft);
      if (elsewhereEl) elsewhereEl.hidden = !offersElsewhere(letterType, draft);
      if (mailtoEl) {
        const link = toMailtoLink(current.subject ?? "", current.body);
        mailtoEl.href = link.href;
        mailtoEl.hidden = link.tooLong;
        if (longWarningEl) longWarningEl.hidden = !link.tooLong;
      }
      renderTiming(draft);
    };

    const timingNote = (draft: LetterDraft) =>
      info.timing && dateField
        ? describeTiming(
            info.timing,
            draft[dateField],
            localIsoDate(new Date()),
            letterType === "phone-script" ? "call" : "send",
          )
        : null;
    const renderTiming = (draft: LetterDraft): void => {
      if (!adviceEl || !icsEl) return;
      const note = timingNote(draft);
      adviceEl.textContent = note?.text ?? "";
      icsEl.hidden = !note?.remindOn;
    };

    fillForm($letterDraft.get());
    render($letterDraft.get());
    $letterDraft.listen(render);

    // Reveal what needs JavaScript.
    form.hidden = false;
    // Beside the form on wide screens the preview can scroll inside itself: a tab stop
    // lets keyboard users scroll it with the arrow keys.
    this.find<HTMLElement>("output")?.setAttribute("tabindex", "0");
    for (const hook of ["actions", "more-actions", "privacy", "word-count", "timing"]) {
      const element = this.find<HTMLElement>(hook);
      if (element) element.hidden = false;
    }
    const noJsNote = this.find<HTMLElement>("nojs-note");
    if (noJsNote) noJsNote.hidden = true;

    // Mail apps have their own subject box, so the message and the subject are copied
    // separately; each is announced only once it is really on the clipboard.
    const copyAndAnnounce = async (text: string, done: string, what: string): Promise<void> => {
      if (await copyText(text)) announce(done);
      else announce(`Copying did not work here. Select the ${what} and copy it by hand.`, "error");
    };
    this.find("copy")?.addEventListener("click", () => {
      void copyAndAnnounce(current.body, info.email ? "Message copied." : "Script copied.", "text");
    });
    this.find("copy-subject")?.addEventListener("click", () => {
      void copyAndAnnounce(current.subject ?? "", "Subject copied.", "subject");
    });

    const organisation = (): string => cleanField($letterDraft.get().organisation);
    this.find("download")?.addEventListener("click", () => {
      download(toFileName(letterType, organisation(), "txt"), toPlainText(current), "text/plain;charset=utf-8");
      announce("Downloaded as a text file.");
    });

    icsEl?.addEventListener("click", () => {
      const draft = $letterDraft.get();
      const remindOn = timingNote(draft)?.remindOn;
      if (!remindOn) return;
      const org = organisation();
      const role = cleanField(draft.role);
      const about = [role, org].filter(Boolean).join(" at ");
      const summary = TIMING_WORDING.reminderSummary;
      const ics = toIcsReminder({
        date: remindOn,
        summary: about ? summary.about.replace("{about}", about) : summary.plain,
        description: `If there has been no reply to your feedback request, send one polite follow-up today: ${location.origin}/letters/chaser/\nThen let it go.`,
        now: new Date(),
        uid: `${crypto.randomUUID()}@afterthe.no`,
      });
      download(toFileName("chase-reminder", org, "ics"), ics, "text/calendar;charset=utf-8");
      announce(`Reminder downloaded for ${formatLongDate(remindOn)}. Open it to add it to your calendar.`);
    });

    this.find("share")?.addEventListener("click", async () => {
      const url = `${location.origin}${location.pathname}${toShareHash(letterType, $letterDraft.get())}`;
      const ok = await copyText(url);
      if (ok) announce("Link copied. It carries only the tone, job title and organisation.");
      else announce("Copying the link did not work here.", "error");
    });

    this.find("reset")?.addEventListener("click", () => {
      resetDraft();
      fillForm($letterDraft.get());
      announce("Cleared. Your draft has been deleted from this browser.");
      form.querySelector<HTMLInputElement>("#f-organisation")?.focus();
    });

    this.handleShareLinks(announce, fillForm);
  }

  /**
   * Applies a share link's fields (from the fragment, which never reaches the web
   * host), asking first when they would change a started draft, then removes the
   * fragment from the address bar. Also handles a link pasted into this open page.
   */
  private handleShareLinks(announce: (message: string) => void, fillForm: (draft: LetterDraft) => void): void {
    const prompt = this.find<HTMLElement>("share-prompt");
    const text = this.find<HTMLElement>("share-text");
    let pending: SharedFields | null = null;
    const apply = (fields: SharedFields): void => {
      applyShared(fields);
      fillForm($letterDraft.get());
    };
    const close = (message: string): void => {
      pending = null;
      if (prompt) prompt.hidden = true;
      announce(message);
      this.querySelector<HTMLElement>("#f-organisation")?.focus();
    };
    this.find("share-accept")?.addEventListener("click", () => {
      if (pending) apply(pending);
      close("Updated from the link.");
    });
    this.find("share-reject")?.addEventListener("click", () => close("Kept your draft as it was."));

    const read = (): void => {
      const shared = fromShareHash(location.hash);
      if (!shared) return;
      history.replaceState(null, "", location.pathname + location.search);
      if (!shareConflicts($letterDraft.get(), shared)) {
        apply(shared);
        announce("Filled in from the link you followed.");
        return;
      }
      if (!prompt) return;
      pending = shared;
      if (text) {
        const parts = [
          shared.role && `job title “${shared.role}”`,
          shared.organisation && `organisation “${shared.organisation}”`,
          shared.tone && `a ${shared.tone} tone`,
        ].filter(Boolean);
        text.textContent = `The link you followed suggests ${parts.join(", ")}. Use these instead of what is in your draft?`;
      }
      prompt.hidden = false;
      this.find<HTMLButtonElement>("share-accept")?.focus();
    };
    read();
    window.addEventListener("hashchange", read);
  }
}

if (!customElements.get("atn-letter-builder")) customElements.define("atn-letter-builder", LetterBuilderElement);
