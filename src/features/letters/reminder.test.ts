import { describe, expect, it } from "vitest";
import { reminderFile } from "./reminder";
import { EMPTY_DRAFT, type LetterDraft } from "./types";
import { letter as feedbackRequest } from "./entries/feedback-request";
import { letter as chaser } from "./entries/chaser";
import { letter as sarChaser } from "./entries/subject-access-chaser";

const draft = (patch: Partial<LetterDraft>): LetterDraft => ({ ...EMPTY_DRAFT, ...patch });
const fixed = { remindOn: new Date("2027-01-11T00:00:00Z"), origin: "https://example.org", now: new Date(), uid: "u" };
/** The .ics text with folded lines joined again (RFC 5545 3.1), to read a whole property. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
const property = (text: string, name: string) =>
  unfold(text)
    .split("\r\n")
    .find((line) => line.startsWith(`${name}:`));

describe("the calendar reminder a letter offers", () => {
  it("after a feedback request, chases feedback once, naming the role and the organisation", () => {
    const { name, text } = reminderFile({
      ...fixed,
      letter: feedbackRequest,
      draft: draft({ role: "Buyer", organisation: "Café Nandu" }),
    });
    expect(name).toBe("chase-reminder-cafe-nandu.ics");
    expect(property(text, "SUMMARY")).toBe("SUMMARY:Chase feedback once: Buyer at Café Nandu");
    expect(property(text, "DESCRIPTION")).toBe(
      "DESCRIPTION:If there has been no reply\\, send one polite follow-up today: https://example.org/letters/chaser/\\nThen let it go.",
    );
    expect(property(text, "DTSTART;VALUE=DATE")).toBe("DTSTART;VALUE=DATE:20270111");
  });

  it("from the chaser, follows up what the chaser chases, and links to that choice", () => {
    const { text } = reminderFile({
      ...fixed,
      letter: chaser,
      draft: draft({ role: "Nurse (Band 6)", chasing: "outcome-check" }),
    });
    expect(property(text, "SUMMARY")).toBe("SUMMARY:Follow up once: Nurse (Band 6)");
    expect(property(text, "DESCRIPTION")).toContain("https://example.org/letters/chaser/#chasing-outcome-check\\n");
  });

  it("with no role or organisation typed, has a plain title and file name", () => {
    const { name, text } = reminderFile({ ...fixed, letter: chaser, draft: draft({}) });
    expect(name).toBe("chase-reminder.ics");
    expect(property(text, "SUMMARY")).toBe("SUMMARY:Chase interview feedback once");
  });

  it("uses a letter's own reminder where it has one (the subject access chaser)", () => {
    const { name, text } = reminderFile({ ...fixed, letter: sarChaser, draft: draft({ organisation: "Acme Ltd" }) });
    expect(name).toBe("subject-access-chase-acme-ltd.ics");
    expect(property(text, "SUMMARY")).toBe("SUMMARY:Chase your subject access request: Acme Ltd");
    expect(property(text, "DESCRIPTION")).toBe(
      "DESCRIPTION:If nothing has come\\, send one polite follow-up today: https://example.org/letters/subject-access-chaser/",
    );
  });

  it("keeps typed text literal: a $& in a job title is not read as a pattern", () => {
    const { text } = reminderFile({ ...fixed, letter: feedbackRequest, draft: draft({ role: "R$&D lead" }) });
    expect(property(text, "SUMMARY")).toBe("SUMMARY:Chase feedback once: R$&D lead");
  });
});
