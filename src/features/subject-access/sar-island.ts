/**
 * <atn-sar-tracker>: wires the dates form, the due date, the timeline and the
 * backup and reminder buttons to the $sar store. The rules live in deadline.ts and
 * timeline.ts; the words for errors live in SarTracker.astro's HTML.
 */
import { download } from "../../platform/download";
import { defineIsland, requireHook } from "../../platform/island";
import { $storageProblem } from "../../platform/storage/status";
import { toFileName } from "../letters/filename";
import { toIcsReminder } from "../letters/ics";
import { formatLongDate, isNation, localIsoDate } from "../letters/timing";
import { backupFileName, isSarDateField, readBackup, SAR_DATE_FIELDS, toBackup, type SarState } from "./state";
import { $sar, clearSar, replaceSar, setSarDate, setSarNation } from "./store";
import { buildTimeline, extensionWords, leftOutDate, type Timeline } from "./timeline";

function start(root: HTMLElement): void {
  const form = requireHook<HTMLFormElement>(root, "[data-dates]");
  const nationEl = requireHook<HTMLSelectElement>(root, "[data-nation]");
  const dueEl = requireHook(root, "[data-due]");
  const howEl = requireHook(root, "[data-how]");
  const listEl = requireHook<HTMLOListElement>(root, "[data-timeline]");
  const icsEl = requireHook<HTMLButtonElement>(root, "[data-ics]");
  const statusEl = requireHook(root, "[data-status]");
  const fileEl = requireHook<HTMLInputElement>(root, "[data-import]");
  const storageEl = requireHook(root, "[data-storage-notice]");
  const message = (name: string): string => root.querySelector(`[data-message="${name}"]`)?.textContent?.trim() ?? "";

  let timer = 0;
  /** Says `text` in the status line; `error` shows it in the error colour, not the one for done. */
  const announce = (text: string, error = false): void => {
    window.clearTimeout(timer);
    statusEl.textContent = "";
    // Cleared first, so a repeated message is announced again.
    timer = window.setTimeout(() => {
      statusEl.toggleAttribute("data-error", error);
      statusEl.textContent = text;
    }, 50);
  };

  let current: Timeline = buildTimeline($sar.get(), localIsoDate(new Date()));
  const render = (state: SarState): void => {
    for (const field of SAR_DATE_FIELDS) {
      const input = form.elements.namedItem(field);
      // Never rewrite the field being typed in: the caret would jump.
      if (input instanceof HTMLInputElement && input !== document.activeElement) input.value = state[field];
    }
    nationEl.value = state.nation;
    current = buildTimeline(state, localIsoDate(new Date()));
    dueEl.textContent = current.next;
    const { deadline } = current;
    const leftOut = leftOutDate(state);
    howEl.textContent = deadline
      ? [deadline.explanation, extensionWords(deadline), leftOut && message(leftOut)].filter(Boolean).join(" ")
      : "";
    const items = current.items.map((item) => {
      const li = document.createElement("li");
      li.dataset["when"] = item.when;
      const time = document.createElement("time");
      time.dateTime = item.date;
      time.textContent = formatLongDate(new Date(`${item.date}T00:00:00Z`), true);
      const text = document.createElement(item.href ? "a" : "span");
      text.textContent = item.text;
      if (text instanceof HTMLAnchorElement && item.href) text.href = item.href;
      li.append(time, ": ", text);
      return li;
    });
    listEl.replaceChildren(...items);
    listEl.hidden = items.length === 0;
    icsEl.hidden = !current.remindOn;
  };

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && isSarDateField(target.name)) setSarDate(target.name, target.value);
    if (target instanceof HTMLSelectElement && isNation(target.value)) setSarNation(target.value);
  });

  icsEl.addEventListener("click", () => {
    if (!current.remindOn) return;
    const ics = toIcsReminder({
      date: current.remindOn,
      summary: current.remindText,
      description: `${current.next} ${location.origin}/interview-notes/`,
      now: new Date(),
      uid: `${crypto.randomUUID()}@afterthe.no`,
    });
    download(toFileName("interview-notes-reminder", "", "ics"), ics, "text/calendar;charset=utf-8");
    announce(`Reminder downloaded for ${formatLongDate(current.remindOn, true)}. Open it to add it to your calendar.`);
  });

  requireHook(root, "[data-export]").addEventListener("click", () => {
    const now = new Date();
    download(backupFileName(now), toBackup($sar.get(), now), "application/json");
    announce(message("exported"));
  });
  fileEl.addEventListener("change", async () => {
    const file = fileEl.files?.[0];
    fileEl.value = "";
    if (!file) return;
    const result = readBackup(file.size > 1_000_000 ? "x".repeat(20_000) : await file.text());
    if (!result.ok) return announce(message(result.error), true);
    replaceSar(result.state);
    announce(message("imported"));
  });
  // Deleting is one tap, so it can be taken back until the next change: the dates are kept
  // in this page's memory only, never written back unless Undo is pressed.
  const undoEl = requireHook(root, "[data-undo-clear]");
  let deleted: SarState | null = null;
  const dropUndo = (): void => {
    deleted = null;
    undoEl.hidden = true;
  };
  requireHook(root, "[data-clear]").addEventListener("click", () => {
    deleted = $sar.get();
    clearSar();
    undoEl.hidden = false;
    announce(message("cleared"));
  });
  requireHook(undoEl, "button").addEventListener("click", () => {
    if (deleted) replaceSar(deleted);
    dropUndo();
    requireHook<HTMLInputElement>(form, "input").focus();
    announce(message("restored"));
  });
  form.addEventListener("input", dropUndo);
  fileEl.addEventListener("change", dropUndo);

  $storageProblem.subscribe((problem) => {
    if (problem) storageEl.hidden = false;
  });
  render($sar.get());
  $sar.listen(render);
  for (const element of root.querySelectorAll<HTMLElement>("[data-js-only]")) element.hidden = false;
  for (const element of root.querySelectorAll<HTMLElement>("[data-no-js]")) element.hidden = true;
}

defineIsland("atn-sar-tracker", start);
