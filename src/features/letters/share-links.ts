/**
 * Opening a share link (…/letters/feedback-request/#letter=…&role=…): its fields fill a
 * blank draft, or the reader is asked first when they would change a started one; then
 * the fragment leaves the address bar. Loaded by letter-builder.ts only for such a link.
 */
import { requireHook } from "../../platform/island";
import { $letterDraft, applyShared } from "./store";
import { fromShareHash, shareConflicts, type SharedFields } from "./share";

/** Says a message in the builder's status line (letter-builder.ts's announcer). */
type Say = (message: string) => void;

/** The question's buttons are wired once per builder, however many links arrive. */
const wired = new WeakMap<HTMLElement, (shared: SharedFields) => void>();

function wirePrompt(root: HTMLElement, announce: Say, refill: () => void): (shared: SharedFields) => void {
  const prompt = requireHook(root, "[data-share-prompt]");
  const text = requireHook(root, "[data-share-text]");
  const accept = requireHook<HTMLButtonElement>(root, "[data-share-accept]");
  let pending: SharedFields | null = null;
  const close = (message: string): void => {
    pending = null;
    prompt.hidden = true;
    announce(message);
    root.querySelector<HTMLElement>("#f-organisation")?.focus();
  };
  accept.addEventListener("click", () => {
    // Choosing the link's details over a started draft is an edit, so it is stored.
    if (pending) void applyShared(pending, true);
    refill();
    close("Updated from the link.");
  });
  requireHook(root, "[data-share-reject]").addEventListener("click", () => close("Kept your draft as it was."));
  return (shared) => {
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
}

/** Reads the share link in the address, if any; `refill` puts the draft back into the form. */
export function readShareLink(root: HTMLElement, announce: Say, refill: () => void): void {
  const shared = fromShareHash(location.hash);
  if (!shared) return;
  history.replaceState(null, "", location.pathname + location.search);
  if (!shareConflicts($letterDraft.get(), shared)) {
    // Shown, not stored: nothing is kept until the person edits something.
    void applyShared(shared, false);
    refill();
    announce("Filled in from the link you followed.");
    return;
  }
  let ask = wired.get(root);
  if (!ask) {
    ask = wirePrompt(root, announce, refill);
    wired.set(root, ask);
  }
  ask(shared);
}
