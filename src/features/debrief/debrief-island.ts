/**
 * <atn-debrief>: wires Debrief.astro's HTML to the $debriefs store. Only DOM work lives
 * here; state, changes, ordering, next actions, text and files are in the pure modules
 * beside it. Rows are cloned from the component's <template>s and filled with
 * textContent and form values, never markup. Rows are kept by id, so a row being typed
 * in is never rebuilt and a focused control never moves under the caret.
 */
import { download } from "../../platform/download";
import { defineIsland, requireHook } from "../../platform/island";
import {
  $debriefs,
  $storageProblem,
  changeDetails,
  deleteDebrief,
  deleteItem,
  newId,
  restoreDebrief,
  reorderQuestion,
  startDebrief,
  undeleteItem,
  updateFeedback,
  updateQuestion,
  writeItems,
} from "./store";
import { RATINGS, type AnswerPart, type Cause, type Debrief, type DebriefState } from "./debrief-state";
import type { Details } from "./changes";
import { debriefTitle, nextAction, pickerNames, toPlainText } from "./practice";
import { countPractised, practisedText, practiseOrder } from "./progress";
import { BACKUP_MAX_BYTES, backupFileName, readBackup, toBackup, type ImportError } from "./backup";

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const all = <T extends Element = HTMLElement>(within: ParentNode, selector: string): T[] => [
  ...within.querySelectorAll<T>(selector),
];
const NOT_SAVED = "This browser could not save it, so it is kept only while this page is open.";
const saved = (ok: boolean): string => (ok ? "" : ` ${NOT_SAVED}`);

/** Puts `value` in a control unless the person is typing in it (that would move the caret). */
function setValue(el: Field, value: string): void {
  if (document.activeElement !== el && el.value !== value) el.value = value;
}

/**
 * Keeps `list`'s children in step with `items`: one element per id, made by `make`
 * once, filled by `fill` every time, moved only when out of place (moving a focused
 * element would lose focus).
 */
function syncList<T extends { id: string }>(
  list: HTMLElement,
  items: readonly T[],
  make: (item: T) => HTMLElement,
  fill: (el: HTMLElement, item: T, index: number) => void,
): void {
  const byId = new Map(all(list, ":scope > li").map((el) => [el.dataset["id"], el]));
  items.forEach((item, index) => {
    let el = byId.get(item.id);
    byId.delete(item.id);
    if (!el) {
      el = make(item);
      el.dataset["id"] = item.id;
    }
    if (list.children[index] !== el) list.insertBefore(el, list.children[index] ?? null);
    fill(el, item, index);
  });
  for (const el of byId.values()) el?.remove();
}

const clone = (template: HTMLTemplateElement): HTMLElement =>
  (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;

defineIsland("atn-debrief", (root) => {
  const hook = <T extends Element = HTMLElement>(selector: string): T => requireHook<T>(root, selector);
  const live = hook("[data-live]");
  const empty = hook("[data-empty]");
  const workspace = hook("[data-workspace]");
  const picker = hook("[data-picker]");
  const pick = hook<HTMLSelectElement>("[data-pick]");
  const questionsEl = hook("[data-questions]");
  const feedbackEl = hook("[data-feedback]");
  const practiseEl = hook("[data-practise]");
  const progress = hook("[data-progress]");
  const practiseEmpty = hook("[data-practise-empty]");
  const undoBox = hook("[data-undo]");
  const undoText = hook("[data-undo-text]");
  const printView = hook("[data-print-view]");
  const importInput = hook<HTMLInputElement>("[data-import]");
  const importError = hook("[data-import-error]");
  const questionTemplate = hook<HTMLTemplateElement>("[data-question-template]");
  const feedbackTemplate = hook<HTMLTemplateElement>("[data-feedback-template]");
  const practiseTemplate = hook<HTMLTemplateElement>("[data-practise-template]");
  const details = all<Field>(root, "[data-detail]");

  /** The debrief on screen: the one chosen, or the newest. */
  let currentId = "";
  /** What Undo puts back, and where focus goes afterwards. */
  let undo: { run: () => boolean; focus: () => HTMLElement | null | undefined } | null = null;
  const current = (state = $debriefs.get()): Debrief | undefined =>
    state.debriefs.find((d) => d.id === currentId) ?? state.debriefs.at(-1);
  // The same words twice in a row would not be read again: vary them invisibly.
  const announce = (text: string): void => {
    live.textContent = live.textContent === text ? `${text}\u00a0` : text;
  };
  const idOf = (el: Element): string => el.closest<HTMLElement>("li[data-id]")?.dataset["id"] ?? "";

  /** Takes the Undo offer away. */
  const dropUndo = (): void => {
    undo = null;
    undoBox.hidden = true;
  };

  /** Offers Undo where something was removed (`place` puts the box there), and moves focus to it. */
  const offerUndo = (text: string, place: (box: HTMLElement) => void, action: NonNullable<typeof undo>): void => {
    undo = action;
    undoText.textContent = text;
    place(undoBox);
    undoBox.hidden = false;
    requireHook<HTMLButtonElement>(undoBox, "button").focus();
    announce(`${text} Use Undo to bring it back.`);
  };

  const makeQuestion = (): HTMLElement => {
    const el = clone(questionTemplate);
    // Radio groups need a name of their own in each row.
    const name = newId();
    for (const input of all<HTMLInputElement>(el, "input[type=radio]")) input.name = `${input.dataset["q"]}-${name}`;
    return el;
  };

  const render = (state: DebriefState): void => {
    const debrief = current(state);
    currentId = debrief?.id ?? "";
    empty.hidden = !!debrief;
    workspace.hidden = !debrief;
    picker.hidden = state.debriefs.length < 2;
    // Options are rebuilt only when the list of names changes.
    const titles = pickerNames(state.debriefs);
    const names = state.debriefs.map((d, i) => `${d.id}\n${titles[i]}`).join("\n");
    if (pick.dataset["names"] !== names) {
      pick.dataset["names"] = names;
      pick.replaceChildren(
        ...state.debriefs.map((d, i) => {
          const option = document.createElement("option");
          option.value = d.id;
          option.textContent = titles[i]!;
          return option;
        }),
      );
    }
    pick.value = currentId;
    if (!debrief) {
      for (const list of [questionsEl, feedbackEl, practiseEl]) list.replaceChildren();
      return;
    }
    for (const el of details) setValue(el, debrief[el.dataset["detail"] as keyof Details]);

    const count = debrief.questions.length;
    syncList(questionsEl, debrief.questions, makeQuestion, (el, q, i) => {
      requireHook(el, "[data-number]").textContent = `Question ${i + 1}`;
      for (const which of all(el, "[data-which]")) which.textContent = ` question ${i + 1}`;
      for (const input of all<Field>(el, "[data-q]")) {
        const kind = input.dataset["q"];
        if (input instanceof HTMLInputElement && input.type !== "text") {
          input.checked =
            kind === "cause" ? q.causes.includes(input.value as Cause) : q[kind as "rating"] === input.value;
        } else setValue(input, kind === "part" ? q.answer[input.dataset["part"] as AnswerPart] : q.text);
      }
      for (const box of all(el, "[data-when]")) box.hidden = box.dataset["when"] !== q.kind;
      requireHook<HTMLButtonElement>(el, '[data-action="up"]').disabled = i === 0;
      requireHook<HTMLButtonElement>(el, '[data-action="down"]').disabled = i === count - 1;
    });

    syncList(
      feedbackEl,
      debrief.feedback,
      () => {
        const el = clone(feedbackTemplate);
        const name = `kind-${newId()}`;
        for (const input of all<HTMLInputElement>(el, "input")) input.name = name;
        return el;
      },
      (el, f) => {
        requireHook(el, "[data-text]").textContent = f.text;
        for (const input of all<HTMLInputElement>(el, "input")) input.checked = input.value === f.kind;
      },
    );

    const order = practiseOrder(debrief.questions);
    syncList(
      practiseEl,
      order,
      () => clone(practiseTemplate),
      (el, q) => {
        requireHook(el, "[data-text]").textContent = q.text;
        requireHook<HTMLInputElement>(el, "[data-practised]").checked = q.practised;
        requireHook(el, "[data-rating]").textContent = q.rating ? `${RATINGS[q.rating]}.` : "Not rated yet.";
        requireHook(el, "[data-next]").textContent = nextAction(q);
      },
    );
    practiseEmpty.hidden = order.length > 0;
    progress.textContent = order.length
      ? practisedText({ done: order.filter((q) => q.practised).length, total: order.length })
      : "";
  };

  /** Runs a change to a row of the current debrief, from the control that changed. */
  const onControl = (target: EventTarget | null, typing: boolean): void => {
    const debrief = current();
    if (!debrief || !(target instanceof HTMLElement)) return;
    const el = target as Field;
    const { q, f, detail } = el.dataset;
    const checked = el instanceof HTMLInputElement && el.checked;
    // Text, date and select controls all send `input` as they change.
    if (detail) {
      if (typing) changeDetails(debrief.id, { [detail]: el.value });
    } else if (q === "text" || q === "part") {
      if (typing)
        updateQuestion(
          debrief.id,
          idOf(el),
          q === "text" ? { text: el.value } : { part: el.dataset["part"] as AnswerPart, value: el.value },
        );
    } else if (!typing && q === "cause") {
      updateQuestion(debrief.id, idOf(el), { cause: el.value as Cause, on: checked });
    } else if (!typing && (q === "rating" || q === "kind")) {
      updateQuestion(
        debrief.id,
        idOf(el),
        q === "rating" ? { rating: el.value as "well" } : { kind: el.value as "knowledge" },
      );
    } else if (!typing && f === "kind") {
      updateFeedback(debrief.id, idOf(el), { kind: el.value as "style" });
    } else if (!typing && "practised" in el.dataset) {
      const ok = updateQuestion(debrief.id, idOf(el), { practised: checked });
      const done = countPractised({ debriefs: [current()!] });
      announce(`${checked ? "Ticked as practised" : "Not practised yet"}. ${practisedText(done)}.${saved(ok)}`);
    }
  };
  root.addEventListener("input", (event) => onControl(event.target, true));
  root.addEventListener("change", (event) => {
    if (event.target === pick) {
      currentId = pick.value;
      // An Undo offer belongs to the debrief it was made in: it must not act on another, out of sight.
      dropUndo();
      render($debriefs.get());
      announce(`Showing the debrief for ${pick.selectedOptions[0]?.textContent ?? "this interview"}.`);
    } else if (event.target === importInput) importFile();
    else onControl(event.target, false);
  });

  const showImportError = (error: ImportError | null): void => {
    let text = "";
    for (const el of all(importError, "[data-error]")) {
      el.hidden = el.dataset["error"] !== error;
      if (!el.hidden) text = el.textContent?.trim() ?? "";
    }
    importError.hidden = !error;
    importInput.setAttribute("aria-describedby", `${error ? "debrief-import-error " : ""}debrief-import-hint`);
    if (error) announce(text);
  };

  const importFile = (): void => {
    const file = importInput.files?.[0];
    if (!file) return;
    void (file.size > BACKUP_MAX_BYTES ? Promise.resolve("") : file.text().catch(() => "")).then((text) => {
      importInput.value = "";
      const result = text ? readBackup(text, $debriefs.get(), newId) : ({ ok: false, error: "too-large" } as const);
      if (!result.ok) return showImportError(result.error);
      showImportError(null);
      let ok = true;
      for (const debrief of result.debriefs) ok = restoreDebrief(debrief) && ok;
      currentId = result.debriefs.at(-1)!.id;
      render($debriefs.get());
      announce(`Added from the file: ${debriefTitle(current()!)}.${saved(ok)}`);
    });
  };

  addEventListener("beforeprint", () => {
    const debrief = current();
    // With a debrief open the printout is that debrief; without one, the blank worksheet.
    root.toggleAttribute("data-printing", !!debrief);
    printView.textContent = debrief ? toPlainText(debrief) : "";
    const date = root.querySelector("[data-print-date]");
    if (date) date.textContent = `, on ${new Date().toLocaleDateString("en-GB")}`;
  });

  root.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    const action = button?.dataset["action"];
    const debrief = current();
    if (!button || !action) return;
    if (action === "start") {
      currentId = startDebrief();
      render($debriefs.get());
      dropUndo();
      requireHook<HTMLInputElement>(workspace, '[data-detail="organisation"]').focus();
      announce("New debrief started.");
    } else if (action === "undo" && undo) {
      const { run, focus } = undo;
      const ok = run();
      render($debriefs.get());
      // Focus goes to what came back before the Undo button disappears.
      focus()?.focus();
      dropUndo();
      announce(`It is back.${saved(ok)}`);
    }
    if (!debrief) return;
    const box = (kind: "questions" | "feedback") => requireHook<HTMLTextAreaElement>(root, `[data-add-text="${kind}"]`);
    if (action === "add-questions" || action === "add-feedback") {
      const kind = action === "add-questions" ? "questions" : "feedback";
      const area = box(kind);
      const { added, saved: ok } = writeItems(debrief.id, kind, area.value);
      if (!added) {
        area.focus();
        return announce("Nothing to add yet: the box is empty.");
      }
      area.value = "";
      announce(
        `Added ${added} ${kind === "questions" ? "question" : "feedback point"}${added === 1 ? "" : "s"}.${saved(ok)}`,
      );
    } else if (action === "up" || action === "down") {
      const id = idOf(button);
      reorderQuestion(debrief.id, id, action === "up" ? -1 : 1);
      const row = questionsEl.querySelector<HTMLElement>(`li[data-id="${id}"]`);
      const place = [...questionsEl.children].indexOf(row!) + 1;
      // Focus stays on the moved question: on the same button, or the other one at either end.
      const again = requireHook<HTMLButtonElement>(row!, `[data-action="${action}"]`);
      (again.disabled
        ? requireHook<HTMLButtonElement>(row!, `[data-action="${action === "up" ? "down" : "up"}"]`)
        : again
      ).focus();
      announce(`Moved to place ${place} of ${questionsEl.children.length}.`);
    } else if (action === "remove" || action === "remove-feedback") {
      const list = action === "remove" ? "questions" : "feedback";
      const listEl = list === "questions" ? questionsEl : feedbackEl;
      // Undo goes at the top of the row that takes the removed one's place (after the list when
      // the last was removed), so moving focus to it does not carry the page away: after the
      // whole list it scrolled a phone 3,000 px.
      const next = button.closest("li")!.nextElementSibling;
      const removed = deleteItem(debrief.id, list, idOf(button));
      if (removed)
        offerUndo(
          list === "questions" ? "Question removed." : "Feedback point removed.",
          (box) => (next ? next.prepend(box) : listEl.after(box)),
          {
            run: () => undeleteItem(debrief.id, list, removed.item, removed.index),
            focus: () => listEl.querySelector(`li[data-id="${removed.item.id}"] :is(textarea, input)`),
          },
        );
    } else if (action === "delete") {
      const removed = deleteDebrief(debrief.id);
      if (removed)
        offerUndo(`Deleted the debrief for ${debriefTitle(debrief)}.`, (box) => empty.after(box), {
          run: () => {
            currentId = debrief.id;
            return restoreDebrief(removed.debrief, removed.index);
          },
          focus: () => workspace.querySelector("[data-detail]"),
        });
    } else if (action === "print") {
      window.print();
    } else if (action === "copy") {
      navigator.clipboard.writeText(toPlainText(debrief)).then(
        () => announce("Copied your debrief as text. Paste it into your notes or an email to yourself."),
        () => announce("Your browser did not let this page copy. Print the debrief or save it to a file instead."),
      );
    } else if (action === "export") {
      const now = new Date();
      const name = backupFileName(now);
      download(name, toBackup(debrief, now), "application/json");
      announce(`Saved your debrief as ${name}. Look for it in your downloads.`);
    }
  });

  const notice = hook("[data-storage-notice]");
  $storageProblem.subscribe((problem) => {
    if (!problem) return;
    for (const el of all(notice, "[data-problem]")) el.hidden = el.dataset["problem"] !== problem;
    notice.hidden = false;
  });
  $debriefs.subscribe(render);
  for (const el of all(root, "[data-js-only]")) el.hidden = false;
  for (const el of all(root, "[data-no-js]")) el.hidden = true;
});
