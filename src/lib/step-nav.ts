/**
 * Enhances a server-rendered step-by-step list: each heading gets a button that
 * shows or hides its panel, and a "Show all steps" button toggles every panel.
 * Works on any element with the data-step* hooks of StepByStep.astro.
 */
export function enhanceStepNav(root: HTMLElement): void {
  const steps = [...root.querySelectorAll<HTMLElement>("[data-step]")];
  const showAll = root.querySelector<HTMLButtonElement>("[data-show-all]");
  const controls = root.querySelector<HTMLElement>("[data-step-controls]");
  if (!steps.length || !showAll || !controls) return;

  const toggles = steps.flatMap((step) => {
    const heading = step.querySelector<HTMLElement>("[data-step-heading]");
    const panel = step.querySelector<HTMLElement>("[data-step-panel]");
    if (!heading || !panel) return [];
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
    return [{ button, set, isOpen: () => !panel.hidden }];
  });

  const syncShowAll = () => {
    const allOpen = toggles.every((t) => t.isOpen());
    showAll.textContent = allOpen ? "Hide all steps" : "Show all steps";
    showAll.setAttribute("aria-expanded", String(allOpen));
  };

  // A link to #step-x opens that step; otherwise the first step starts open so a reader
  // who has just arrived sees something to do without a click.
  const id = decodeURIComponent(location.hash.slice(1));
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
