/**
 * <atn-plan>: wires the plan's static checkboxes to the $plan store. Only DOM work
 * lives here; state, decoding, progress and backups are in src/lib/plan and
 * src/stores/plan.ts. Each element starts inside a try/catch so a failure leaves
 * the page's plain checklist working.
 */
import {
  $plan,
  $storageProblem,
  followOtherTabs,
  forgetRemovedSteps,
  replacePlan,
  startAgain,
  toggleStep,
  writeNote,
} from "../../stores/plan";
import { countPlan, type PlanState } from "../../lib/plan/plan-state";
import { countText, NOT_SAVED, STATUS_TEXT, toggleMessage, toProgress } from "../../lib/plan/progress";
import { BACKUP_MAX_BYTES, backupFileName, readBackup, toBackup, type ImportError } from "../../lib/plan/backup";

function start(root: HTMLElement): void {
  const one = <T extends Element>(selector: string): T | null => root.querySelector<T>(selector);
  const all = <T extends Element>(selector: string, within: ParentNode = root): T[] => [
    ...within.querySelectorAll<T>(selector),
  ];
  const knownIds = (root.dataset["known"] ?? "").split(" ").filter(Boolean);
  const groups = all<HTMLElement>("[data-group]").map((el) => ({
    el,
    id: el.dataset["group"] ?? "",
    title: el.dataset["title"] ?? "",
    stepIds: all<HTMLInputElement>("input[data-step]", el).map((box) => box.value),
  }));
  const boxes = all<HTMLInputElement>("input[data-step]");
  const notes = all<HTMLTextAreaElement>("textarea[data-note]");
  const live = one<HTMLElement>("[data-live]");
  const importInput = one<HTMLInputElement>("[data-import]");
  const importError = one<HTMLElement>("[data-import-error]");
  const undoBox = one<HTMLElement>("[data-undo]");
  const resetButton = one<HTMLButtonElement>('[data-action="reset"]');
  const dialog = one<HTMLDialogElement>("[data-confirm]");
  let undoState: PlanState | null = null;
  let noteSaved = true;

  const announce = (text: string): void => {
    if (!live) return;
    // The same words twice in a row would not be read again: vary them invisibly.
    live.textContent = live.textContent === text ? `${text}\u00a0` : text;
  };

  const overall = (state: PlanState): { done: number; total: number } => ({
    done: knownIds.filter((id) => state.steps[id]?.done).length,
    total: knownIds.length,
  });

  const render = (state: PlanState): void => {
    for (const box of boxes) box.checked = state.steps[box.value]?.done === true;
    const progress = toProgress(state, groups);
    progress.groups.forEach((group, i) => {
      const el = groups[i]?.el;
      const tag = el?.querySelector<HTMLElement>("[data-status-tag]");
      const count = el?.querySelector("[data-status-count]");
      if (tag) {
        tag.textContent = STATUS_TEXT[group.status];
        tag.dataset["state"] = group.status;
      }
      if (count) count.textContent = countText(group.done, group.total);
    });
    const whole = overall(state);
    const overallEl = one("[data-overall]");
    if (overallEl) overallEl.textContent = countText(whole.done, whole.total);
    for (const area of notes) {
      const note = state.steps[area.dataset["note"] ?? ""]?.note ?? "";
      if (document.activeElement !== area && area.value !== note) area.value = note;
      const box = area.closest(".note");
      const verb = box?.querySelector("[data-note-verb]");
      if (verb) verb.textContent = note ? "Edit your note" : "Add a note";
      const printed = box?.querySelector<HTMLElement>("[data-note-print]");
      if (printed) printed.textContent = note ? `Note: ${note}` : "";
    }
  };

  const showUndo = (text: string, previous: PlanState): void => {
    undoState = previous;
    if (!undoBox) return;
    const textEl = undoBox.querySelector("[data-undo-text]");
    if (textEl) textEl.textContent = text;
    undoBox.hidden = false;
  };

  /** Shows the words for one error (kept in the HTML) and returns them; null clears. */
  const setImportError = (error: ImportError | null): string => {
    if (!importError || !importInput) return "";
    let text = "";
    for (const el of all<HTMLElement>("[data-error]", importError)) {
      el.hidden = el.dataset["error"] !== error;
      if (!el.hidden) text = el.textContent?.trim() ?? "";
    }
    importError.hidden = error === null;
    if (error === null) {
      importInput.removeAttribute("aria-invalid");
      importInput.setAttribute("aria-describedby", "plan-import-hint");
    } else {
      importInput.setAttribute("aria-invalid", "true");
      importInput.setAttribute("aria-describedby", "plan-import-error plan-import-hint");
    }
    return text;
  };

  const savedSuffix = (saved: boolean): string => (saved ? "" : ` ${NOT_SAVED}`);

  root.addEventListener("change", (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset["step"]) {
      const saved = toggleStep(target.value, target.checked);
      const state = $plan.get();
      const group = groups.find((g) => g.stepIds.includes(target.value));
      const groupProgress = group ? toProgress(state, [group]).groups[0] : undefined;
      const label = target.closest("label")?.querySelector("[data-label]")?.textContent?.trim() ?? "";
      announce(
        toggleMessage({
          label,
          done: target.checked,
          group: { title: group?.title ?? "", done: groupProgress?.done ?? 0, total: groupProgress?.total ?? 0 },
          overall: overall(state),
          saved,
        }),
      );
    } else if (target instanceof HTMLTextAreaElement && target.dataset["note"]) {
      announce(noteSaved ? "Your note is saved." : `Your note is kept for now. ${NOT_SAVED}`);
    }
  });

  root.addEventListener("input", (event) => {
    const target = event.target;
    if (target instanceof HTMLTextAreaElement && target.dataset["note"]) {
      noteSaved = writeNote(target.dataset["note"], target.value);
    }
  });

  root.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("button") : null;
    if (!target) return;
    if (target.hasAttribute("data-note-toggle")) {
      const panel = document.getElementById(target.getAttribute("aria-controls") ?? "");
      if (!panel) return;
      const open = target.getAttribute("aria-expanded") !== "true";
      target.setAttribute("aria-expanded", String(open));
      panel.hidden = !open;
      if (open) panel.querySelector("textarea")?.focus();
      return;
    }
    const action = target.dataset["action"];
    if (action === "print") {
      window.print();
    } else if (action === "export") {
      const now = new Date();
      const name = backupFileName(now);
      const url = URL.createObjectURL(new Blob([toBackup($plan.get(), now)], { type: "application/json" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.hidden = true;
      root.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      announce(`Saved a copy of your plan as ${name}. Look for it in your downloads.`);
    } else if (action === "reset" && dialog) {
      const { ticks, notes: noted } = countPlan($plan.get());
      const counts = dialog.querySelector("[data-confirm-counts]");
      if (counts) counts.textContent = ` (ticked: ${ticks}, with a note: ${noted})`;
      dialog.returnValue = "";
      dialog.showModal();
    } else if (action === "undo" && undoState) {
      const saved = replacePlan(undoState);
      undoState = null;
      if (undoBox) undoBox.hidden = true;
      resetButton?.focus();
      announce(`Your plan is back: ${countText(overall($plan.get()).done, knownIds.length)}.${savedSuffix(saved)}`);
    }
  });

  dialog?.addEventListener("close", () => {
    if (dialog.returnValue !== "clear") return;
    const previous = startAgain();
    const text = "Your plan is cleared.";
    showUndo(text, previous);
    announce(`${text} Use Undo to bring it back.`);
  });

  importInput?.addEventListener("change", () => {
    const file = importInput.files?.[0];
    if (!file) return;
    const fail = (error: ImportError): void => announce(setImportError(error));
    void (async () => {
      const text = file.size > BACKUP_MAX_BYTES ? null : await file.text().catch(() => "");
      importInput.value = "";
      if (text === null) return fail("too-large");
      const result = readBackup(text, knownIds);
      if (!result.ok) return fail(result.error);
      setImportError(null);
      const previous = $plan.get();
      const saved = replacePlan(result.state);
      const left = result.ignored ? " Steps that are no longer in the plan were left out." : "";
      const message = `Your plan is restored from the file: ${countText(overall(result.state).done, knownIds.length)}.${left}`;
      showUndo(message, previous);
      announce(`${message}${savedSuffix(saved)}`);
    })();
  });

  $storageProblem.subscribe((problem) => {
    const notice = one<HTMLElement>("[data-storage-notice]");
    if (!notice || !problem) return;
    for (const el of all<HTMLElement>("[data-problem]", notice)) el.hidden = el.dataset["problem"] !== problem;
    notice.hidden = false;
  });

  forgetRemovedSteps(knownIds);
  followOtherTabs(window);
  $plan.subscribe(render);
  for (const el of all<HTMLElement>("[data-js-only]")) el.hidden = false;
  for (const el of all<HTMLElement>("[data-no-js]")) el.hidden = true;
}

class PlanElement extends HTMLElement {
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    try {
      start(this);
    } catch (error) {
      console.error("atn-plan", error);
    }
  }
}

if (!customElements.get("atn-plan")) customElements.define("atn-plan", PlanElement);
