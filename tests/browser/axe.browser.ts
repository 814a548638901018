import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// Every "axe finds nothing" in the suite trusts expectNoAxeViolations, which runs axe-core
// itself rather than through AxeBuilder: it must still see faults, again after the first
// check in the same document and after the colour scheme changes.
test("the accessibility check finds faults planted in a page it has already checked", async ({ page }) => {
  await page.goto("/debrief/");
  await expectNoAxeViolations(page);
  await page.evaluate(() => {
    const main = document.querySelector("main")!;
    main.append(document.createElement("img"), document.createElement("button"));
  });
  await expect(expectNoAxeViolations(page, "planted")).rejects.toThrow(
    /image-alt[\s\S]*button-name|button-name[\s\S]*image-alt/,
  );
  await page.emulateMedia({ colorScheme: "dark" });
  await page.evaluate(() => {
    const faint = document.createElement("p");
    faint.textContent = "Hard to read";
    faint.style.color = "#777";
    faint.style.background = "#888";
    document.querySelector("main")!.append(faint);
  });
  await expect(expectNoAxeViolations(page, "contrast")).rejects.toThrow(/color-contrast/);
});
