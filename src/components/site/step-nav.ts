import { requireHook, requireHooks } from "../../platform/island";

/**
 * The element id a URL fragment names ("#step-2" → "step-2"). Any fragment is
 * accepted: a malformed escape such as "#%" (decodeURIComponent throws a URIError)
 * is used as written, so no address can stop the page's script.
 */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, "");
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Enhances a server-rendered step-by-step list: each heading gets a button that
 * shows or hides its panel, and a "Show all steps" button toggles every panel.
 * Works on any element with the data-step* hooks of StepByStep.astro.
 */
export function enhanceStepNav(root: HTMLElement): void {
  const steps = requireHooks(root, "[data-step]");
  const showAll = requireHook<HTMLButtonElement>(root, "[data-show-all]");
  const controls = requireHook(root, "[data-step-controls]");

  const toggles = steps.map((step) => {
    const heading = requireHook(step, "[data-step-heading]");
    const panel = requireHook(step, "[data-step-panel]");
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("aria-controls", panel.id);
    const hint = document.createElement("span");
    hint.className = "toggle-hint";
    // The button's aria-expanded already says open or closed; the words are for sighted readers.
    hint.setAttribute("aria-hidden", "true");
    // Keep the heading's own text inside the button so it stays the accessible name.
    button.append(...heading.childNodes, hint);
    heading.append(button);
    const set = (open: boolean) => {
      button.setAttribute("aria-expanded", String(open));
      hint.textContent = open ? "Hide this step" : "Show this step";
      panel.hidden = !open;
    };
    return { button, set, isOpen: () => !panel.hidden };
  });

  const syncShowAll = () => {
    const allOpen = toggles.every((t) => t.isOpen());
    showAll.textContent = allOpen ? "Hide all steps" : "Show all steps";
    showAll.setAttribute("aria-expanded", String(allOpen));
  };

  // A link to #step-x opens that step; otherwise the first step starts open so a reader
  // who has just arrived sees something to do without a click.
  const id = fragmentId(location.hash);
  const target = steps.find((s) => s.id === id) ?? steps[0];
  toggles.forEach((t, i) => {
    t.set(steps[i] === target);
    t.button.addEventListener("click", () => {
      t.set(!t.isOpen());
      syncShowAll();
    });
  });
  showAll.addEventListener("click", () => {
    const open = !toggles.every((t) => t.isOpen());
    toggles.forEach((t) => t.set(open));
    syncShowAll();
  });
  controls.hidden = false;
  syncShowAll();
}
