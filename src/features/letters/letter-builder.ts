/**
 * <atn-letter-builder>: wires the form, the live preview and the output buttons to the
 * $letterDraft store. All wording and logic live in src/features/letters; this file only
 * touches the DOM. It starts with the entry of the letter its element names
 * (data-letter), and it is split into the parts below, one function per concern.
 */
import { createAnnouncer as announcerFor } from "../../platform/announce";
import { defineIsland, requireHook } from "../../platform/island";
import { SITE_ORIGIN } from "../../platform/site";
import { $storageProblem } from "../../platform/storage/status";
import {
  $letterDraft,
  onDraftReceived,
  preselectChasing,
  resetDraft,
  restoreDraft,
  setAudience,
  setChasing,
  setFlag,
  setNation,
  setTextField,
  setTone,
  toggleQuestion,
  toggleRecord,
} from "./store";
import {
  composeWith,
  lacksSignature,
  letterWordCount,
  requestCount,
  toPlainText,
  type LetterDefinition,
} from "./compose";
import { toMailtoLink } from "./mailto";
import { changedSpan } from "./changed";
import { cleanField } from "./text";
import { describeTiming, formatLongDate, localIsoDate } from "./timing";
import { NAME_PROMPTS, TIMING_WORDING } from "./wording";
import {
  DATE_FIELDS,
  FLAG_FIELDS,
  TEXT_FIELDS,
  isAudience,
  isChaseTarget,
  isLetterType,
  isNation,
  isQuestionId,
  isRecordId,
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

/**
 * Copies text with the Clipboard API (every current browser, on a secure page, after a
 * tap). True only if it worked; otherwise the caller asks the person to copy by hand.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The status line, in the success colour unless `kind` is "error". */
function createAnnouncer(root: HTMLElement): Announce {
  const announce = announcerFor(requireHook(root, "[data-status]"));
  return (message, kind = "ok") => announce(message, kind);
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
        (name === "tone" && draft.tone === element.value) ||
        (name === "audience" && draft.audience === element.value) ||
        (name === "chasing" && draft.chasing === element.value);
    } else if (element instanceof HTMLInputElement && element.type === "checkbox") {
      element.checked =
        name === "questions"
          ? isQuestionId(element.value) && draft.questions.includes(element.value)
          : name === "records"
            ? isRecordId(element.value) && draft.records.includes(element.value)
            : isFlag(name) && draft[name];
    } else if (isTextOrDate(name) && element.value !== draft[name]) {
      // Only what differs: rewriting an equal value would move the caret. This runs for
      // drafts from elsewhere (another tab, Delete everything, Back), never on a keystroke
      // here, so the field being typed in is emptied too when the draft is deleted.
      element.value = draft[name];
    }
  }
}

/** Sends each edit to the store through its named action. */
function wireControls(root: HTMLElement): void {
  const onInput = (event: Event): void => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.name === "nation" && isNation(target.value)) {
      void setNation(target.value);
      return;
    }
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    const { name, value } = target;
    if (target instanceof HTMLInputElement && target.type === "radio") {
      if (name === "tone" && isTone(value)) setTone(value);
      if (name === "audience" && isAudience(value)) setAudience(value);
      if (name === "chasing" && isChaseTarget(value)) setChasing(value);
    } else if (target instanceof HTMLInputElement && target.type === "checkbox") {
      if (name === "questions" && isQuestionId(value)) toggleQuestion(value, target.checked);
      else if (name === "records" && isRecordId(value)) toggleRecord(value, target.checked);
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
    letter.dateQuestion && dateField
      ? letter.dateQuestion.describe(draft[dateField], localIsoDate(new Date()), draft.nation)
      : letter.timing && dateField
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
  const labelEl = requireHook(root, "[data-timing-label]");
  return {
    note,
    render(draft: LetterDraft): void {
      if (letter.timing === "requested") labelEl.textContent = TIMING_WORDING.requestedLabel[draft.chasing];
      const current = note(draft);
      adviceEl.textContent = current?.text ?? "";
      icsEl.hidden = !current?.remindOn;
    },
  };
}

/**
 * Shows the letter as text, built from text nodes so typed text can never become
 * markup, with two kinds of <mark>: the gap asking for the recipient's name (if any),
 * and the words the last edit changed (if they do not overlap the gap).
 */
function showLetterText(bodyEl: HTMLElement, text: string, gap: string | null, changed: [number, number] | null): void {
  const marks: [number, number, string][] = [];
  const at = gap === null ? -1 : text.indexOf(gap);
  if (gap !== null && at >= 0) marks.push([at, at + gap.length, "gap"]);
  if (changed && !marks.some(([start, end]) => changed[0] < end && start < changed[1]))
    marks.push([...changed, "changed"]);
  marks.sort((a, b) => a[0] - b[0]);
  const nodes: (string | Node)[] = [];
  let from = 0;
  for (const [start, end, kind] of marks) {
    const mark = document.createElement("mark");
    mark.className = kind;
    mark.textContent = text.slice(start, end);
    nodes.push(text.slice(from, start), mark);
    from = end;
  }
  nodes.push(text.slice(from));
  bodyEl.replaceChildren(...nodes);
}

/** Desktop: the letter scrolls inside its own box; keep the changed words in sight there. */
function keepChangeInSight(card: HTMLElement | null, bodyEl: HTMLElement): void {
  const mark = bodyEl.querySelector(".changed");
  // Phones: the letter is not a scrolling box (and is off screen while typing): never scroll there.
  if (card && mark && card.scrollHeight > card.clientHeight) mark.scrollIntoView({ block: "nearest" });
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
  const recipientTipEl = root.querySelector<HTMLElement>("[data-recipient-tip]");
  const requestsTipEl = root.querySelector<HTMLElement>("[data-requests-tip]");
  const questionsEl = root.querySelector<HTMLElement>("[data-questions]");
  const elsewhereEl = root.querySelector<HTMLElement>('[data-option="askElsewhere"]');
  const cardEl = root.querySelector<HTMLElement>("[data-letter-card]");
  let before: string | null = null;
  let span: [number, number] | null = null;
  return (draft: LetterDraft): ComposedLetter => {
    const current = composeWith(letter, draft);
    // What is copied falls back to a neutral greeting; the preview asks for the name.
    const shown = composeWith(letter, draft, { namePrompt: true });
    const gap = shown.body === current.body ? null : NAME_PROMPTS[draft.audience];
    if (subjectEl) subjectEl.textContent = current.subject ?? "";
    // The first render marks nothing: only what an edit changed is marked, and it stays
    // marked until the letter changes again (leaving a field re-renders the same text).
    if (before !== shown.body) span = before === null ? null : changedSpan(before, shown.body);
    before = shown.body;
    showLetterText(bodyEl, shown.body, gap, span);
    keepChangeInSight(cardEl, bodyEl);
    if (recipientTipEl) recipientTipEl.hidden = gap === null;
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

/**
 * The file-saving code, fetched when the person first touches the builder (so it is
 * there by the time they press a save button, even if the connection drops) rather than
 * with the page.
 */
const files = () => import("./files").catch(() => null);
/** Making a share link, likewise. */
const share = () => import("./share").catch(() => null);
/** When that code could not be fetched (the connection dropped). */
const OFFLINE = "That did not work. Check your connection and try again.";

/** Copy, download and the calendar reminder. */
function wireOutputs(
  root: HTMLElement,
  letter: LetterDefinition,
  current: () => ComposedLetter,
  timing: ReturnType<typeof createTiming>,
  announce: Announce,
): void {
  /** The button itself says what happened for a few seconds: on a phone the status line is out of sight. */
  const confirmOn = (button: HTMLElement, done: string): void => {
    // The label from before the first press: a second press within the 3 s keeps it.
    const label = (button.dataset["label"] ??= button.textContent ?? "");
    button.textContent = done;
    setTimeout(() => (button.textContent = label), 3000);
  };
  const copyAndAnnounce = async (button: HTMLElement, text: string, done: string, what: string): Promise<void> => {
    if (!(await copyText(text)))
      return announce(`Copying did not work here. Select the ${what} and copy it by hand.`, "error");
    announce(done);
    confirmOn(button, "Copied ✓");
  };
  // Mail apps have their own subject box, so the message and the subject are copied
  // separately; each is announced only once it is really on the clipboard.
  const copyButton = requireHook(root, "[data-copy]");
  copyButton.addEventListener("click", () => {
    void copyAndAnnounce(copyButton, current().body, letter.email ? "Message copied." : "Script copied.", "text");
  });
  const subjectButton = root.querySelector<HTMLElement>("[data-copy-subject]");
  subjectButton?.addEventListener("click", () => {
    void copyAndAnnounce(subjectButton, current().subject ?? "", "Subject copied.", "subject");
  });
  const organisation = (): string => cleanField($letterDraft.get().organisation);
  const failed = (): void => announce(OFFLINE, "error");
  const downloadButton = requireHook(root, "[data-download]");
  downloadButton.addEventListener("click", async () => {
    const saving = await files();
    if (!saving) return failed();
    const { download, toFileName } = saving;
    download(toFileName(letter.type, organisation(), "txt"), toPlainText(current()), "text/plain;charset=utf-8");
    announce("Downloaded as a text file.");
    confirmOn(downloadButton, "Downloaded ✓");
  });
  const icsButton = root.querySelector<HTMLElement>("[data-ics]");
  icsButton?.addEventListener("click", async () => {
    const draft = $letterDraft.get();
    const remindOn = timing.note(draft)?.remindOn;
    if (!remindOn) return;
    const saving = await files();
    if (!saving) return failed();
    const { name, text } = saving.reminderFile({
      letter,
      draft,
      remindOn,
      origin: location.origin,
      now: new Date(),
      uid: `${crypto.randomUUID()}@${new URL(SITE_ORIGIN).host}`,
    });
    saving.download(name, text, "text/calendar;charset=utf-8");
    announce(`Reminder downloaded for ${formatLongDate(remindOn)}. Open it to add it to your calendar.`);
    confirmOn(icsButton!, "Downloaded ✓");
  });
}

/**
 * Phones: from the field to the letter (the sticky "See your email" link, which goes on
 * to the words just changed when they are further down) and back to the field last
 * edited, one tap each way.
 */
function wireBackToField(root: HTMLElement): void {
  const back = requireHook<HTMLButtonElement>(root, "[data-back-field]");
  let last: HTMLElement | null = null;
  requireHook(root, "[data-form]").addEventListener("focusin", ({ target }) => {
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    last = target;
    back.hidden = false;
  });
  back.addEventListener("click", () => {
    last?.scrollIntoView({ block: "center" });
    last?.focus({ preventScroll: true });
  });
  root.querySelector("[data-see-letter]")?.addEventListener("click", () => {
    requestAnimationFrame(() => {
      const mark = root.querySelector("[data-body] .changed");
      if (mark && mark.getBoundingClientRect().bottom > innerHeight) mark.scrollIntoView({ block: "center" });
    });
  });
}

/** "Copy a link" and "Start again", which asks first and offers Undo beside the button. */
function wireShareAndReset(root: HTMLElement, letter: LetterDefinition, announce: Announce): void {
  requireHook(root, "[data-share]").addEventListener("click", async () => {
    const links = await share();
    if (!links) return announce(OFFLINE, "error");
    const url = `${location.origin}${location.pathname}${links.toShareHash(letter.type, $letterDraft.get())}`;
    if (await copyText(url)) announce("Link copied. It carries only the tone, job title and organisation.");
    else announce("Copying the link did not work here.", "error");
  });
  const ask = requireHook<HTMLButtonElement>(root, "[data-reset]");
  const confirm = requireHook(root, "[data-reset-confirm]");
  const undoBox = requireHook(root, "[data-reset-undo]");
  // Said next to the button, where the person is looking, not in the status line above.
  const say = announcerFor(requireHook(root, "[data-reset-status]"));
  let previous: LetterDraft | null = null;
  const close = (): void => {
    confirm.hidden = true;
    ask.setAttribute("aria-expanded", "false");
    ask.focus();
  };
  ask.addEventListener("click", () => {
    undoBox.hidden = true;
    say("");
    confirm.hidden = false;
    ask.setAttribute("aria-expanded", "true");
    requireHook<HTMLButtonElement>(confirm, "[data-reset-no]").focus();
  });
  requireHook(confirm, "[data-reset-no]").addEventListener("click", () => {
    close();
    say("Your draft is as it was.");
  });
  requireHook(confirm, "[data-reset-yes]").addEventListener("click", () => {
    previous = resetDraft();
    fillControls(root, $letterDraft.get());
    close();
    undoBox.hidden = false;
    say("Your draft is deleted from this browser. Use Undo to bring it back.");
  });
  requireHook(undoBox, "[data-reset-undo-button]").addEventListener("click", () => {
    if (previous) void restoreDraft(previous);
    previous = null;
    fillControls(root, $letterDraft.get());
    undoBox.hidden = true;
    ask.focus();
    say("Your draft is back.");
  });
}

/**
 * A share link's fields arrive in the fragment (never sent to the web host); the code
 * that reads them and asks about a started draft (share-links.ts) loads only for one.
 * Also handles a link pasted into this open page.
 */
function wireShareLinks(root: HTMLElement, announce: Announce): void {
  const read = (): void => {
    // #letter-heading and the like are not share links.
    if (!new URLSearchParams(location.hash.slice(1)).has("letter")) return;
    void import("./share-links")
      .then(({ readShareLink }) => readShareLink(root, announce, () => fillControls(root, $letterDraft.get())))
      .catch(() => announce(OFFLINE, "error"));
  };
  read();
  window.addEventListener("hashchange", read);
}

/**
 * Shows a draft that changed elsewhere: another tab, "Delete everything" on /privacy/,
 * or this page coming back from the back/forward cache (the store listens for those).
 */
function wireOtherTabs(root: HTMLElement, announce: Announce): void {
  onDraftReceived(() => {
    fillControls(root, $letterDraft.get());
    announce("Your draft was changed in another tab or window. This page now shows the latest version.");
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
  // The code for files and share links arrives once the person starts using the builder
  // (a tap or a focused field), so it is there before any button that needs it is pressed.
  const prefetch = (): void => void Promise.all([files(), share()]);
  root.addEventListener("pointerdown", prefetch, { once: true });
  root.addEventListener("focusin", prefetch, { once: true });
  showStorageNotice(root);
  const renderPreview = createPreview(root, letter);
  const timing = createTiming(root, letter);
  let current = renderPreview($letterDraft.get());
  const render = (draft: LetterDraft): void => {
    current = renderPreview(draft);
    timing.render(draft);
  };
  // A link to one of the chaser's choices (#chasing-outcome-check) selects it.
  const linked = location.hash.replace(/^#chasing-/, "");
  if (letter.fields.includes("chasing") && location.hash.startsWith("#chasing-") && isChaseTarget(linked))
    preselectChasing(linked);
  fillControls(root, $letterDraft.get());
  render($letterDraft.get());
  $letterDraft.listen(render);
  wireControls(root);
  reveal(root);
  wireOutputs(root, letter, () => current, timing, announce);
  wireShareAndReset(root, letter, announce);
  wireBackToField(root);
  wireShareLinks(root, announce);
  wireOtherTabs(root, announce);
}

/**
 * Each letter's entry (its wording and rules), loaded by the page that needs it: Vite
 * makes one small chunk per file in entries/, so no page carries another letter's
 * words, and a new letter needs no script of its own.
 */
const ENTRIES = import.meta.glob<{ letter: LetterDefinition }>("./entries/*.ts");

defineIsland("atn-letter-builder", (root) => {
  const type = root.dataset["letter"];
  const load = ENTRIES[`./entries/${type}.ts`];
  if (!isLetterType(type) || !load) throw new Error(`<atn-letter-builder> has no letter "${String(type)}"`);
  load()
    .then(({ letter }) => startWith(root, letter))
    .catch((error: unknown) => console.error(error));
});
