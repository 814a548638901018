/**
 * One shape for every island (after GOV.UK Frontend's Component): a custom element
 * whose `start` function receives its root, finds the hooks it needs with
 * `requireHook` (which throws a named error when the server-rendered HTML lacks one)
 * and wires the DOM. Starting runs inside try/catch, so one island's failure leaves
 * the server-rendered HTML in place and never breaks the rest of the page; the error
 * is still reported on the console so tests and developers see it.
 *
 * Nothing here touches `window` or `document` at import time.
 */

/** Thrown when an island's server-rendered HTML lacks a hook the script needs. */
export class MissingHookError extends Error {
  constructor(island: string, selector: string) {
    super(`<${island}> is missing its ${selector} element`);
    this.name = "MissingHookError";
  }
}

/** Finds the first element matching `selector` inside `root`, or throws MissingHookError. */
export function requireHook<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new MissingHookError(root.localName, selector);
  return found;
}

/** Every element matching `selector` inside `root`; throws MissingHookError when there is none. */
export function requireHooks<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  if (!found.length) throw new MissingHookError(root.localName, selector);
  return found;
}

/**
 * Defines the custom element `name` (once, even when the module is bundled twice).
 * `start` runs when the element connects; an island that has already started is not
 * started again when it is moved in the DOM.
 */
export function defineIsland(name: `atn-${string}`, start: (root: HTMLElement) => void): void {
  if (customElements.get(name)) return;
  customElements.define(
    name,
    class extends HTMLElement {
      #started = false;
      connectedCallback(): void {
        if (this.#started) return;
        this.#started = true;
        try {
          start(this);
          this.dataset.started = "";
        } catch (error) {
          // The server-rendered HTML still works (global.css shows its no-script notes
          // again when an island has not started after a few seconds); say why.
          console.error(error);
        }
      }
    },
  );
}
