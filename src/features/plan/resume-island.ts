/**
 * <atn-plan-resume>: fills the home page's plan card from the plan saved in this
 * browser. Read only: it never writes, so it cannot bring back a deleted plan.
 */
import { defineIsland, requireHook } from "../../platform/island";
import { decodePlan, PLAN_KEY } from "./plan-state";
import { parseResumeSteps, resumeText, toResume } from "./resume";

/** The saved plan's text, or null when storage cannot be read (private mode, blocked). */
function readSaved(): string | null {
  try {
    return globalThis.localStorage.getItem(PLAN_KEY);
  } catch {
    return null;
  }
}

defineIsland("atn-plan-resume", (root) => {
  const textEl = requireHook(root, "[data-resume-text]");
  const bar = requireHook<HTMLProgressElement>(root, "[data-resume-bar]");
  const link = root.closest("a");
  const steps = parseResumeSteps(root.dataset["steps"]);
  const usual = textEl.textContent ?? "";
  const render = (): void => {
    const resume = toResume(decodePlan(readSaved()), steps);
    textEl.textContent = resume ? resumeText(resume) : usual;
    bar.hidden = !resume;
    bar.value = resume?.done ?? 0;
    if (link) link.href = resume?.next ? `/plan/#${resume.next.group}` : "/plan/";
  };
  render();
  // Back from /plan/ (the back/forward cache) or a tick in another tab: show it.
  addEventListener("pageshow", render);
  addEventListener("storage", (event) => {
    if (event.key === PLAN_KEY || event.key === null) render();
  });
});
