import { EXPECTED_LETTERS } from "./expected-letters";
/**
 * The letter pages as built, which is what a reader gets when the builder's script
 * does not run: a readable template with bracketed gaps, and no control that needs
 * JavaScript. Read from dist/ (`npm run build` first); the builder's behaviour is
 * checked in Chromium (letters.browser.ts).
 */
import { describe, expect, it } from "vitest";
import { all, attr, one, page, text, textContent } from "../../../tests/site/support/dist";

/** Every letter, where in the plan it belongs, and whether it is an email (with a subject). */
const LETTER_PAGES = [
  { type: "feedback-request", plan: "/plan/#first-days", email: true },
  { type: "thank-you", plan: "/plan/#first-days", email: true },
  { type: "outcome-check", plan: "/plan/#first-days", email: true },
  { type: "phone-script", plan: "/plan/#first-days", email: false },
  { type: "chaser", plan: "/plan/#first-week", email: true },
  { type: "keep-me-in-mind", plan: "/plan/#first-week", email: true },
  { type: "feedback-reply", plan: "/plan/#next-interview", email: true },
] as const;

describe.each(LETTER_PAGES)("/letters/$type/ without JavaScript", ({ type, plan, email }) => {
  const p = page(`/letters/${type}/`);

  it("shows a readable template with bracketed gaps, and says to fill them in", () => {
    const body = textContent(one(p.doc, "[data-body]")!);
    expect(body).toContain("[organisation]");
    expect(body).not.toMatch(/undefined|null|\{/);
    expect(body).not.toMatch(/ {2}|\n{3,}/);
    expect(text(one(p.doc, "[data-nojs-note]"))).toContain("fill in the [bracketed gaps]");
    // Subjects name the interview by its role; the organisation is in the body.
    if (email) expect(text(one(p.doc, "[data-subject]"))).toContain("[job title]");
    else expect(one(p.doc, "[data-subject]")).toBeNull();
  });

  it("keeps the form, Copy, Download and the other script-only controls hidden", () => {
    for (const hook of ["[data-form]", "[data-actions]", "[data-more-actions]", "[data-word-count]"])
      expect(attr(one(p.doc, hook), "hidden"), hook).toBe("");
    // Letters with a date to count from have a timing calculator; it needs the script too.
    for (const timing of all(p.doc, "[data-timing]")) expect(attr(timing, "hidden")).toBe("");
    const buttons = all(p.doc, "[data-actions] button").map(text);
    expect(buttons).toContain("Download as text");
    expect(buttons).toContain(email ? "Copy message" : "Copy script");
  });

  it("links to its place in the plan", () => {
    expect(all(p.doc, "main a").map((a) => attr(a, "href"))).toContain(plan);
  });
});

it("the feedback request template reads, word for word, as a letter with gaps", () => {
  const p = page("/letters/feedback-request/");
  const expected = EXPECTED_LETTERS.feedbackRequestTemplate;
  expect(text(one(p.doc, "[data-subject]"))).toBe(expected.subject);
  expect(textContent(one(p.doc, "[data-body]")!)).toBe(expected.body);
});

it("the letters index introduces every letter and links to the plan", () => {
  const hrefs = all(page("/letters/").doc, "main a").map((a) => attr(a, "href"));
  for (const { type } of LETTER_PAGES) expect(hrefs).toContain(`/letters/${type}/`);
  for (const href of ["/plan/", "/plan/#first-days", "/plan/#first-week"]) expect(hrefs).toContain(href);
});
