/**
 * <atn-letter-builder>: wires the form, the live preview and the output buttons to the
 * $letterDraft store. All wording and logic live in src/features/letters; this file only
 * touches the DOM. Each page starts it with its own letter's entry (startLetterBuilder),
 * and it is split into the parts below, one function per concern.
 */
import { defineIsland, requireHook } from "../../platform/island";
import { $storageProblem } from "../../platform/storage/status";
import {
  $letterDraft,
  applyShared,
  reloadDraft,
  resetDraft,
  setAudience,
  setFlag,
  setNation,
  setTextField,
  setTone,
  toggleQuestion,
} from "./store";
import {
  composeWith,
  fill,
  lacksSignature,
  letterWordCount,
  requestCount,
  toPlainText,
  type LetterDefinition,
} from "./compose";
import { DRAFT_STORAGE_KEY, fromShareHash, shareConflicts, toShareHash, type SharedFields } from "./draft";
import { toFileName } from "./filename";
import { toIcsReminder } from "./ics";
import { toMailtoLink } from "./mailto";
import { cleanField } from "./text";
import { describeTiming, formatLongDate, localIsoDate } from "./timing";
import { TIMING_WORDING } from "./wording";
import {
  DATE_FIELDS,
  FLAG_FIELDS,
  TEXT_FIELDS,
  isAudience,
  isNation,
  isQuestionId,
  isTone,
  type ComposedLetter,
  type DateField,
  type FlagField,
  type LetterDraft,
  type TextField,
} from "./types";

const isTextOrDate = (name: string): name is TextField | DateField =>
  (TEXT_FIELDS as readonly string[]).includes(name) || (DATE_FIELDS as readonly string[]).includes(name);
const isFlag = (name: string): name is FlagField => (FLAG_FIELDS as readonly string[]).includes(name);

type Announce = (message: string, kind?: "ok" | "error") => void;

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

/** The status line: clearing first makes screen readers announce a repeated message again. */
function createAnnouncer(root: HTMLElement): Announce {
  const statusEl = requireHook(root, "[data-status]");
  let timer = 0;
  return (message, kind = "ok") => {
    window.clearTimeout(timer);
    statusEl.dataset["kind"] = kind;
    statusEl.textContent = "";
    timer = window.setTimeout(() => {
      statusEl.textContent = message;
    }, 50);
  };
}

function showStorageNotice(root: HTMLElement): void {
  const noticeEl = requireHook(root, "[data-storage-notice]");
  $storageProblem.subscribe((problem) => {
    if (problem) noticeEl.hidden = false;
  });
}

/** Puts a draft into every control (form fields and the timing date outside the form). */
function fillControls(root: HTMLElement, draft: LetterDraft): void {
  const nationEl = root.querySelector<HTMLSelectElement>("[data-nation]");
  if (nationEl) nationEl.value = draft.nation;
  for (const element of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")) {
    const { name } = element;
    if (element instanceof HTMLInputElement && element.type === "radio") {
      element.checked =
        (name === "tone" && draft.tone === element.value) || (name === "audience" && draft.audience === element.value);
    } else if (element instanceof HTMLInputElement && element.type === "checkbox") {
      element.checked =
        name === "questions"
          ? isQuestionId(element.value) && draft.questions.includes(element.value)
          : isFlag(name) && draft[name];
    } else if (isTextOrDate(name)) {
      element.value = draft[name];
    }
  }
}

/** Sends each edit to the store through its named action. */
function wireControls(root: HTMLElement): void {
  const onInput = (event: Event): void => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.name === "nation" && isNation(target.value))
      return setNation(target.value);
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
  root.addEventListener("input", onInput);
  root.addEventListener("change", onInput);
  requireHook(root, "[data-form]").addEventListener("submit", (event) => event.preventDefault());
}

/** The "When to send it" advice and the calendar reminder button. */
function createTiming(root: HTMLElement, letter: LetterDefinition) {
  const dateEl = root.querySelector<HTMLInputElement>("[data-timing-date]");
  const dateField = dateEl && isTextOrDate(dateEl.name) ? dateEl.name : null;
  const note = (draft: LetterDraft) =>
    letter.timing && dateField
      ? describeTiming(
          letter.timing,
          draft[dateField],
          localIsoDate(new Date()),
          letter.email ? "send" : "call",
          draft.nation,
        )
      : null;
  if (!dateEl) return { note, render: () => {} };
  const adviceEl = requireHook(root, "[data-timing-advice]");
  const icsEl = requireHook<HTMLButtonElement>(root, "[data-ics]");
  return {
    note,
    render(draft: LetterDraft): void {
      const current = note(draft);
      adviceEl.textContent = current?.text ?? "";
      icsEl.hidden = !current?.remindOn;
    },
  };
}

/** Keeps the preview, word count, tips and the mail link in step with the draft. */
function createPreview(root: HTMLElement, letter: LetterDefinition) {
  const bodyEl = requireHook(root, "[data-body]");
  const wordCountEl = requireHook(root, "[data-word-count]");
  const subjectEl = root.querySelector<HTMLElement>("[data-subject]");
  const mailtoEl = root.querySelector<HTMLAnchorElement>("[data-mailto]");
  const longWarningEl = requireHook(root, "[data-long-warning]");
  const nudgeEl = requireHook(root, "[data-nudge]");
  const nameTipEl = root.querySelector<HTMLElement>("[data-name-tip]");
  const requestsTipEl = root.querySelector<HTMLElement>("[data-requests-tip]");
  const questionsEl = root.querySelector<HTMLElement>("[data-questions]");
  const elsewhereEl = root.querySelector<HTMLElement>('[data-option="askElsewhere"]');
  return (draft: LetterDraft): ComposedLetter => {
    const current = composeWith(letter, draft);
    if (subjectEl) subjectEl.textContent = current.subject ?? "";
    bodyEl.textContent = current.body;
    const words = letterWordCount(current);
    wordCountEl.textContent = `${words} ${words === 1 ? "word" : "words"}`;
    nudgeEl.hidden = !letter.fields.includes("valued") || cleanField(draft.valued) !== "";
    if (nameTipEl) nameTipEl.hidden = !lacksSignature(letter, draft);
    if (requestsTipEl) requestsTipEl.hidden = requestCount(letter, draft) <= 2;
    if (questionsEl) questionsEl.hidden = !letter.asksQuestions(draft);
    if (elsewhereEl) elsewhereEl.hidden = !letter.offersElsewhere(draft);
    if (mailtoEl) {
      const link = toMailtoLink(current.subject ?? "", current.body);
      mailtoEl.href = link.href;
      mailtoEl.hidden = link.tooLong;
      longWarningEl.hidden = !link.tooLong;
    }
    return current;
  };
}

/** Copy, download and the calendar reminder. */
function wireOutputs(
  root: HTMLElement,
  letter: LetterDefinition,
  current: () => ComposedLetter,
  timing: ReturnType<typeof createTiming>,
  announce: Announce,
): void {
  const copyAndAnnounce = async (text: string, done: string, what: string): Promise<void> => {
    if (await copyText(text)) announce(done);
    else announce(`Copying did not work here. Select the ${what} and copy it by hand.`, "error");
  };
  // Mail apps have their own subject box, so the message and the subject are copied
  // separately; each is announced only once it is really on the clipboard.
  requireHook(root, "[data-copy]").addEventListener("click", () => {
    void copyAndAnnounce(current().body, letter.email ? "Message copied." : "Script copied.", "text");
  });
  root.querySelector("[data-copy-subject]")?.addEventListener("click", () => {
    void copyAndAnnounce(current().subject ?? "", "Subject copied.", "subject");
  });
  const organisation = (): string => cleanField($letterDraft.get().organisation);
  requireHook(root, "[data-download]").addEventListener("click", () => {
    download(toFileName(letter.type, organisation(), "txt"), toPlainText(current()), "text/plain;charset=utf-8");
    announce("Downloaded as a text file.");
  });
  root.querySelector("[data-ics]")?.addEventListener("click", () => {
    const draft = $letterDraft.get();
    const remindOn = timing.note(draft)?.remindOn;
    if (!remindOn) return;

    const org = organisation();
    const about = [cleanField(draft.role), org].filter(Boolean).join(" at ");
    const summary = TIMING_WORDING.reminderSummary;
    const ics = toIcsReminder({
      date: remindOn,
      // fill() inserts typed text literally: "$&" in a job title stays "$&".
      summary: about ? fill(summary.about, { about }) : summary.plain,
      description: `If there has been no reply to your feedback request, send one polite follow-up today: ${location.origin}/letters/chaser/\nThen let it go.`,
      now: new Date(),
      uid: `${crypto.randomUUID()}@afterthe.no`,
    });
    download(toFileName("chase-reminder", org, "ics"), ics, "text/calendar;charset=utf-8");
    announce(`Reminder downloaded for ${formatLongDate(remindOn)}. Open it to add it to your calendar.`);
  });
}

/** "Copy a link" and "Start again". */
function wireShareAndReset(root: HTMLElement, letter: LetterDefinition, announce: Announce): void {
  requireHook(root, "[data-share]").addEventListener("click", async () => {
    const url = `${location.origin}${location.pathname}${toShareHash(letter.type, $letterDraft.get())}`;
    if (await copyText(url)) announce("Link copied. It carries only the tone, job title and organisation.");
    else announce("Copying the link did not work here.", "error");
  });
  requireHook(root, "[data-reset]").addEventListener("click", () => {
    resetDraft();
    fillControls(root, $letterDraft.get());
    announce("Cleared. Your draft has been deleted from this browser.");
    root.querySelector<HTMLInputElement>("#f-organisation")?.focus();
  });
}

/**
 * Applies a share link's fields (from the fragment, which never reaches the web host),
 * asking first when they would change a started draft, then removes the fragment from
 * the address bar. Also handles a link pasted into this open page.
 */
function wireShareLinks(root: HTMLElement, announce: Announce): void {
  const prompt = requireHook(root, "[data-share-prompt]");
  const text = requireHook(root, "[data-share-text]");
  const accept = requireHook<HTMLButtonElement>(root, "[data-share-accept]");
  let pending: SharedFields | null = null;
  const apply = (fields: SharedFields, store: boolean): void => {
    applyShared(fields, store);
    fillControls(root, $letterDraft.get());
  };
  const close = (message: string): void => {
    pending = null;
    prompt.hidden = true;
    announce(message);
    root.querySelector<HTMLElement>("#f-organisation")?.focus();
  };
  accept.addEventListener("click", () => {
    // Choosing the link's details over a started draft is an edit, so it is stored.
    if (pending) apply(pending, true);
    close("Updated from the link.");
  });
  requireHook(root, "[data-share-reject]").addEventListener("click", () => close("Kept your draft as it was."));

  const read = (): void => {
    const shared = fromShareHash(location.hash);
    if (!shared) return;
    history.replaceState(null, "", location.pathname + location.search);
    if (!shareConflicts($letterDraft.get(), shared)) {
      // Shown, not stored: nothing is kept until the person edits something.
      apply(shared, false);
      announce("Filled in from the link you followed.");
      return;
    }
    pending = shared;
    const parts = [
      shared.role && `job title “${shared.role}”`,
      shared.organisation && `organisation “${shared.organisation}”`,
      shared.tone && `a ${shared.tone} tone`,
    ].filter(Boolean);
    text.textContent = `The link you followed suggests ${parts.join(", ")}. Use these instead of what is in your draft?`;
    prompt.hidden = false;
    accept.focus();
  };
  read();
  window.addEventListener("hashchange", read);
}

/**
 * Keeps this page in step with the stored draft when something else changes it:
 * another tab (a `storage` event), "Delete everything" on /privacy/ (the key is
 * removed, or storage cleared), or returning to this page from the back/forward
 * cache, where the page's memory may be older than storage. Edits are stored field
 * by field as they are typed, so adopting the stored draft drops nothing typed here.
 */
function wireOtherTabs(root: HTMLElement, announce: Announce): void {
  const sync = (): void => {
    const before = JSON.stringify($letterDraft.get());
    reloadDraft();
    if (JSON.stringify($letterDraft.get()) === before) return;
    fillControls(root, $letterDraft.get());
    announce("Your draft was changed in another tab or window. This page now shows the latest version.");
  };
  window.addEventListener("storage", (event) => {
    if (event.key === null || event.key === DRAFT_STORAGE_KEY) sync();
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) sync();
  });
}

/** Shows what needs JavaScript and hides the note meant for the plain template. */
function reveal(root: HTMLElement): void {
  for (const hook of ["form", "actions", "more-actions", "privacy", "word-count", "timing"]) {
    const element = root.querySelector<HTMLElement>(`[data-${hook}]`);
    if (element) element.hidden = false;
  }
  requireHook(root, "[data-nojs-note]").hidden = true;
}

function startWith(root: HTMLElement, letter: LetterDefinition): void {
  const announce = createAnnouncer(root);
  showStorageNotice(root);
  const renderPreview = createPreview(root, letter);
  const timing = createTiming(root, letter);
  let current = renderPreview($letterDraft.get());
  const render = (draft: LetterDraft): void => {
    current = renderPreview(draft);
    timing.render(draft);
  };
  fillControls(root, $letterDraft.get());
  render($letterDraft.get());
  $letterDraft.listen(render);
  wireControls(root);
  reveal(root);
  wireOutputs(root, letter, () => current, timing, announce);
  wireShareAndReset(root, letter, announce);
  wireShareLinks(root, announce);
  wireOtherTabs(root, announce);
}

/**
 * Starts <atn-letter-builder> for one letter. Each letter page's script (LetterScript.astro)
 * calls this with its own entry, so no page carries another letter's wording.
 */
export function startLetterBuilder(letter: LetterDefinition): void {
  defineIsland("atn-letter-builder", (root) => {
    if (root.dataset["letter"] !== letter.type)
      throw new Error(`<atn-letter-builder> is for "${String(root.dataset["letter"])}", not "${letter.type}"`);
    startWith(root, letter);
  });
}
