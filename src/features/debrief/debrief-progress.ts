/**
 * <atn-debrief-progress>: fills in "(3 of 5 practised)" beside a plan step's link to
 * /debrief/, from what this browser keeps (decoded like every read), and again when
 * the page is shown from the back/forward cache or another tab saves. Storage is read
 * only through the safe engine, so a browser that refuses storage shows the plain link.
 */
import { defineIsland, requireHook } from "../../platform/island";
import { storageEngine } from "../../platform/storage/status";
import { DEBRIEF_KEY, decodeDebriefs } from "./debrief-state";
import { countPractised, practisedText } from "./progress";

defineIsland("atn-debrief-progress", (root) => {
  const count = requireHook(root, "[data-count]");
  const fill = (): void => {
    const done = countPractised(decodeDebriefs(storageEngine.read(DEBRIEF_KEY)));
    count.textContent = done.total ? ` (${practisedText(done)})` : "";
  };
  fill();
  addEventListener("pageshow", fill);
  addEventListener("storage", fill);
});
