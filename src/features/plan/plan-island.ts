/**
 * <atn-plan>: wires the plan's static checkboxes to the $plan store. Only DOM work
 * lives here, in one small function per concern; state, decoding, merging, progress
 * and backups are in src/features/plan and src/features/plan/store.ts. The words the script shows
 * beyond short announcements live in PlanChecklist.astro's HTML.
 */
import { defineIsland, requireHook, requireHooks } from "../../platform/island";
import { $plan, $storageProblem, forgetRemovedSteps, replacePlan, startAgain, toggleStep, writeNote } from "./store";
import { countPlan, type PlanState } from "./plan-state";
import { countText, NOT_SAVED, toggleMessage, toProgress } from "./progress";
import {
  addBackup,
  BACKUP_MAX_BYTES,
  backupFileName,
  lossText,
  readBackup,
  replaceLoss,
  toBackup,
  type ImportError,
} from "./backup";
import { createAnnouncer } from "../../platform/announce";
import { download } from "../../platform/download";

interface Group {
  el: HTMLElement;
  id: string;
  title: string;
  stepIds: string[];
}

/** What every part shares: the root, the steps, and the one polite live region. */
interface Plan {
  root: HTMLElement;
  knownIds: string[];
  groups: Group[];
  announce(text: string): void;
  overall(state: PlanState): { done: number; total: number };
}

const all = <T extends Element>(within: ParentNode, selector: string): T[] => [...within.querySelectorAll<T>(selector)];
const savedSuffix = (saved: boolean): string => (saved ? "" : ` ${NOT_SAVED}`);

function toPlan(root: HTMLElement): Plan {
  const live = requireHook(root, "[data-live]");
  const knownIds = (root.dataset["known"] ?? "").split(" ").filter(Boolean);
  return {
    root,
    knownIds,
    groups: requireHooks(root, "[data-group]").map((el) => ({
      el,
      id: el.dataset["group"] ?? "",
      title: el.dataset["title"] ?? "",
      stepIds: requireHooks<HTMLInputElement>(el, "input[data-step]").map((box) => box.value),
    })),
    announce: createAnnouncer(live),
    overall: (state) => ({ done: knownIds.filter((id) => state.steps[id]?.done).length, total: knownIds.length }),
  };
}

/** Ticks, group statuses and the overall count follow the store. */
function showProgress({ root, groups, overall }: Plan): (state: PlanState) => void {
  const boxes = all<HTMLInputElement>(root, "input[data-step]");
  const parts = groups.map(({ el }) => ({
    tag: requireHook(el, "[data-status-tag]"),
    count: requireHook(el, "[data-status-count]"),
    bar: el.querySelector<HTMLProgressElement>("[data-status-bar]"),
  }));
  const overallEl = root.querySelector("[data-overall]");
  const overallBar = root.querySelector<HTMLProgressElement>("[data-overall-bar]");
  return (state) => {
    for (const box of boxes) box.checked = state.steps[box.value]?.done === true;
    toProgress(state, groups).groups.forEach((group, i) => {
      const { tag, count, bar } = parts[i]!;
      tag.dataset["state"] = group.status;
      count.textContent = countText(group.done, group.total);
      if (bar) bar.value = group.done;
    });
    const whole = overall(state);
    if (overallEl) overallEl.textContent = countText(whole.done, whole.total);
    if (overallBar) overallBar.value = whole.done;
  };
}

/** Each step's note: open when it holds text (so a saved note shows after a reload), saved as typed. */
function wireNotes({ root, announce }: Plan): (state: PlanState) => void {
  const notes = all<HTMLTextAreaElement>(root, "textarea[data-note]").map((area) => {
    const box = area.closest<HTMLElement>(".note") ?? root;
    return {
      area,
      toggle: requireHook<HTMLButtonElement>(box, "[data-note-toggle]"),
      panel: requireHook(box, ".note-panel"),
      printed: requireHook(box, "[data-note-print]"),
      savedEl: requireHook(box, "[data-note-saved]"),
    };
  });
  // `on` may be the panel's `hidden` value, which the DOM types allow to be "until-found".
  const open = (note: (typeof notes)[number], on: boolean | string): void => {
    note.toggle.setAttribute("aria-expanded", String(on));
    note.panel.hidden = !on;
  };
  let lastWrite = Promise.resolve(true);
  let first = true;
  for (const note of notes) {
    note.toggle.addEventListener("click", () => {
      const on = note.panel.hidden;
      open(note, on);
      if (on) note.area.focus();
    });
    note.area.addEventListener("input", () => {
      lastWrite = writeNote(note.area.dataset["note"] ?? "", note.area.value);
      void lastWrite.then((ok) => {
        // Seen under the box while typing; the live region says it once, on leaving the box.
        note.savedEl.textContent = ok ? "Saved" : "Kept for now, not saved";
      });
    });
    // Said only once the last keystroke's write has finished, so "saved" is never early.
    note.area.addEventListener(
      "change",
      () =>
        void lastWrite.then((ok) => announce(ok ? "Your note is saved." : `Your note is kept for now. ${NOT_SAVED}`)),
    );
  }
  return (state) => {
    for (const note of notes) {
      const text = state.steps[note.area.dataset["note"] ?? ""]?.note ?? "";
      // Only a different text: rewriting the same one would move the caret. Typing here
      // always shows its own text, so this rewrites the box being typed in only when the
      // note changed elsewhere (another tab, Delete everything).
      if (note.area.value !== text) note.area.value = text;
      // A note saved earlier is shown at once; later, the person opens and closes it.
      if (first && text) open(note, true);
      // "Add a note" or "Edit your note": both are in the HTML, CSS shows one.
      note.toggle.toggleAttribute("data-has-note", !!text);
      note.printed.textContent = text ? `Note: ${text}` : "";
    }
    first = false;
  };
}

/** A tick is saved at once and announced with the group's and the plan's progress. */
function wireTicks({ root, groups, announce, overall }: Plan): void {
  root.addEventListener("change", async (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset["step"]) return;
    const done = box.checked;
    const saved = await toggleStep(box.value, done);
    const state = $plan.get();
    const group = groups.find((g) => g.stepIds.includes(box.value));
    const progress = group ? toProgress(state, [group]).groups[0] : undefined;
    announce(
      toggleMessage({
        label: box.closest("label")?.querySelector("[data-label]")?.textContent?.trim() ?? "",
        done,
        group: { title: group?.title ?? "", done: progress?.done ?? 0, total: progress?.total ?? 0 },
        overall: overall(state),
        saved,
      }),
    );
  });
}

/** Print, save a copy, restore from a file, start again and undo: /plan/ only. */
function wireTools(plan: Plan, tools: HTMLElement): void {
  const { announce, overall, knownIds } = plan;
  const importInput = requireHook<HTMLInputElement>(tools, "[data-import]");
  const importError = requireHook(tools, "[data-import-error]");
  const restoreBox = requireHook<HTMLFieldSetElement>(tools, "[data-restore]");
  const replaceDialog = requireHook<HTMLDialogElement>(tools, "[data-replace-confirm]");
  const undoBox = requireHook(tools, "[data-undo]");
  const undoText = requireHook(undoBox, "[data-undo-text]");
  const resetButton = requireHook<HTMLButtonElement>(tools, '[data-action="reset"]');
  const dialog = requireHook<HTMLDialogElement>(tools, "[data-confirm]");
  const counts = requireHook(dialog, "[data-confirm-counts]");
  const exportResult = requireHook(tools, "[data-export-result]");
  let undoState: PlanState | null = null;
  /** A file read and checked, waiting for the person to choose add or replace. */
  let restoring: { state: PlanState; ignored: number } | null = null;
  const progressText = (): string => countText(overall($plan.get()).done, knownIds.length);

  /** Shows the Undo notice beside Start again, in view. */
  const showUndo = (text: string, previous: PlanState): void => {
    undoState = previous;
    undoText.textContent = text;
    undoBox.hidden = false;
    undoBox.scrollIntoView({ block: "nearest" });
  };

  /** Puts a plan in place with Undo, and says so with the progress it leaves. */
  const change = async (next: PlanState, words: string, extra = ""): Promise<void> => {
    const previous = $plan.get();
    const saved = await replacePlan(next);
    const message = `${words}: ${progressText()}.${extra}`;
    showUndo(message, previous);
    announce(`${message}${savedSuffix(saved)}`);
  };

  /** Shows the words for one error (kept in the HTML) and returns them; null clears. */
  const setImportError = (error: ImportError | null): string => {
    let text = "";
    for (const el of all<HTMLElement>(importError, "[data-error]")) {
      el.hidden = el.dataset["error"] !== error;
      if (!el.hidden) text = el.textContent?.trim() ?? "";
    }
    importError.hidden = error === null;
    if (error === null) importInput.removeAttribute("aria-invalid");
    else importInput.setAttribute("aria-invalid", "true");
    importInput.setAttribute("aria-describedby", `${error === null ? "" : "plan-import-error "}plan-import-hint`);
    return text;
  };

  const restore = (mode: "add" | "replace"): void => {
    if (!restoring) return;
    const { state, ignored } = restoring;
    const left = ignored ? " Steps that are no longer in the plan were left out." : "";
    restoring = null;
    restoreBox.hidden = true;
    importInput.focus();
    if (mode === "add") void change(addBackup($plan.get(), state), "The file is added to your plan", left);
    else void change(state, "Your plan is restored from the file", left);
  };

  tools.addEventListener("click", (event) => {
    const action = event.target instanceof Element ? event.target.closest("button")?.dataset["action"] : undefined;
    // "Saved a copy…" is about the plan as it was then: it goes once anything else is done here.
    if (action && action !== "export") exportResult.textContent = "";
    if (action === "print") {
      window.print();
    } else if (action === "export") {
      const now = new Date();
      const name = backupFileName(now);
      download(name, toBackup($plan.get(), now), "application/json");
      const message = `Saved a copy of your plan as ${name}. Look for it in your downloads.`;
      exportResult.textContent = message;
      announce(message);
    } else if (action === "reset") {
      const { ticks, notes } = countPlan($plan.get());
      counts.textContent = ` (ticked: ${ticks}, with a note: ${notes})`;
      dialog.returnValue = "";
      dialog.showModal();
    } else if (action === "undo" && undoState) {
      const saved = replacePlan(undoState);
      undoState = null;
      undoBox.hidden = true;
      resetButton.focus();
      void saved.then((ok) => announce(`Your plan is back: ${progressText()}.${savedSuffix(ok)}`));
    } else if (action === "restore" && restoring) {
      const replace = restoreBox.querySelector<HTMLInputElement>('input[value="replace"]')?.checked;
      const loss = lossText(replaceLoss($plan.get(), restoring.state));
      if (!replace) return restore("add");
      if (!loss) return restore("replace");
      requireHook(replaceDialog, "[data-replace-loss]").textContent = `${loss[0]!.toUpperCase()}${loss.slice(1)}`;
      replaceDialog.returnValue = "";
      replaceDialog.showModal();
    } else if (action === "restore-cancel") {
      restoring = null;
      restoreBox.hidden = true;
      importInput.focus();
      announce("Nothing was restored. Your plan has not changed.");
    }
  });

  dialog.addEventListener("close", () => {
    if (dialog.returnValue !== "clear") return;
    const text = "Your plan is cleared.";
    showUndo(text, startAgain());
    announce(`${text} Use Undo to bring it back.`);
  });

  replaceDialog.addEventListener("close", () => {
    if (replaceDialog.returnValue === "replace") restore("replace");
  });

  importInput.addEventListener("change", () => {
    exportResult.textContent = "";
    const file = importInput.files?.[0];
    if (!file) return;
    const fail = (error: ImportError): void => {
      restoring = null;
      restoreBox.hidden = true;
      announce(setImportError(error));
    };
    void (async () => {
      const text = file.size > BACKUP_MAX_BYTES ? null : await file.text().catch(() => "");
      importInput.value = "";
      if (text === null) return fail("too-large");
      const result = readBackup(text, knownIds);
      if (!result.ok) return fail(result.error);
      setImportError(null);
      restoring = result;
      restoreBox.hidden = false;
      restoreBox.querySelector<HTMLInputElement>("input:checked")?.focus();
      announce("The file can be read. Choose whether to add it to your plan or to replace your plan with it.");
    })();
  });
}

/** Tells the person once, kindly, when the browser is not keeping what they tick. */
function showStorageProblem({ root }: Plan): void {
  const notice = requireHook(root, "[data-storage-notice]");
  $storageProblem.subscribe((problem) => {
    if (!problem) return;
    for (const el of all<HTMLElement>(notice, "[data-problem]")) el.hidden = el.dataset["problem"] !== problem;
    notice.hidden = false;
  });
}

defineIsland("atn-plan", (root) => {
  const plan = toPlan(root);
  const renderProgress = showProgress(plan);
  const renderNotes = wireNotes(plan);
  wireTicks(plan);
  const tools = root.querySelector<HTMLElement>("[data-tools]");
  if (tools) wireTools(plan, tools);
  // The printout says when it was printed (the site and address are in the HTML).
  const printDate = root.querySelector("[data-print-date]");
  if (printDate)
    addEventListener("beforeprint", () => {
      printDate.textContent = `, on ${new Date().toLocaleDateString("en-GB")}`;
    });
  showStorageProblem(plan);
  forgetRemovedSteps(plan.knownIds);
  $plan.subscribe((state) => {
    renderProgress(state);
    renderNotes(state);
  });
  for (const el of all<HTMLElement>(root, "[data-js-only]")) el.hidden = false;
  for (const el of all<HTMLElement>(root, "[data-no-js]")) el.hidden = true;
});
