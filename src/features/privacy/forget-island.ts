/**
 * <atn-forget>: "Delete everything this site keeps" on /privacy/, after a
 * confirmation. The result is said only once every open page of this site has let go
 * of the deleted data (src/platform/storage/forget.ts).
 */
import { defineIsland, requireHook } from "../../platform/island";
import { forgetEverything, forgetMessage } from "../../platform/storage/forget";
import { storageEngine } from "../../platform/storage/status";

defineIsland("atn-forget", (root) => {
  const ask = requireHook<HTMLButtonElement>(root, "[data-forget-ask]");
  const confirm = requireHook(root, "[data-forget-confirm]");
  const result = requireHook(root, "[data-forget-result]");
  const yes = requireHook<HTMLButtonElement>(root, "[data-forget-yes]");
  const no = requireHook<HTMLButtonElement>(root, "[data-forget-no]");
  const close = (): void => {
    confirm.hidden = true;
    ask.setAttribute("aria-expanded", "false");
    ask.focus();
  };
  ask.addEventListener("click", () => {
    result.textContent = "";
    confirm.hidden = false;
    ask.setAttribute("aria-expanded", "true");
    no.focus();
  });
  no.addEventListener("click", close);
  yes.addEventListener("click", async () => {
    close();
    result.textContent = forgetMessage(await forgetEverything(storageEngine));
  });
  for (const el of root.querySelectorAll<HTMLElement>("[data-js-only]")) el.hidden = false;
  for (const el of root.querySelectorAll<HTMLElement>("[data-no-js]")) el.hidden = true;
});
