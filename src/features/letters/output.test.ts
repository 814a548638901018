import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAILTO_SAFE_LENGTH, toMailtoLink } from "./mailto";
import { escapeIcsText, foldLine, toIcsReminder } from "./ics";
import { toFileName, toSlug } from "./filename";
import { composeLetter } from "./registry";
import { cleanField } from "./text";
import { LETTER_TYPES } from "./types";
import { DRAFTS, HOSTILE_ORGANISATIONS } from "./fixtures";
import { anyText } from "../../../tests/support/arbitrary-text";

/** Splits a mailto: href into its parameters without any decoding first. */
function mailtoParams(href: string): { to: string; params: [string, string][] } {
  expect(href.startsWith("mailto:")).toBe(true);
  const [to = "", query = ""] = href.slice("mailto:".length).split("?");
  expect(href.split("?")).toHaveLength(2);
  return { to, params: query.split("&").map((pair) => pair.split("=") as [string, string]) };
}

describe("toMailtoLink", () => {
  it("round-trips any subject and body through decodeURIComponent with exactly two parameters", () => {
    fc.assert(
      fc.property(anyText, anyText, (rawSubject, rawBody) => {
        const subject = cleanField(rawSubject);
        const body = rawBody.replace(/[\uD800-\uDFFF]/g, "\uFFFD");
        const { href } = toMailtoLink(subject, body);
        const { to, params } = mailtoParams(href);
        expect(to).toBe("");
        expect(params.map(([key]) => key)).toEqual(["subject", "body"]);
        for (const [, value] of params) expect(value).not.toMatch(/[&=?#+\s]/);
        expect(decodeURIComponent(params[0]![1])).toBe(subject);
        expect(decodeURIComponent(params[1]![1])).toBe(body.replace(/\r?\n/g, "\r\n"));
      }),
      { numRuns: 1000 },
    );
  });

  it.each(LETTER_TYPES.filter((t) => t !== "phone-script"))(
    "keeps hostile text in the %s literal and inside its own parameter",
    (type) => {
      const letter = composeLetter(type, DRAFTS.hostile);
      const { href } = toMailtoLink(letter.subject ?? "", letter.body);
      const { params } = mailtoParams(href);
      expect(params).toHaveLength(2);
      const body = decodeURIComponent(params[1]![1]);
      expect(body).toContain("Smith & Jones #1 + Partners?subject=hacked&body=x");
      expect(body).toContain('<img src=x onerror="alert(1)">');
    },
  );

  it("sends line breaks as CRLF", () => {
    expect(toMailtoLink("S", "a\nb").href).toBe("mailto:?subject=S&body=a%0D%0Ab");
  });

  it("says when the link is longer than mail apps reliably accept", () => {
    expect(toMailtoLink("S", "short").tooLong).toBe(false);
    const long = toMailtoLink("S", "x".repeat(MAILTO_SAFE_LENGTH));
    expect(long.tooLong).toBe(true);
    const letter = composeLetter("feedback-request", DRAFTS.longWord);
    expect(toMailtoLink(letter.subject ?? "", letter.body).tooLong).toBe(true);
  });

  it("keeps every kind of Unicode exactly", () => {
    const letter = composeLetter("feedback-request", DRAFTS.unicode);
    const { params } = mailtoParams(toMailtoLink(letter.subject ?? "", letter.body).href);
    const body = decodeURIComponent(params[1]![1]);
    for (const value of [DRAFTS.unicode.organisation, DRAFTS.unicode.valued, DRAFTS.unicode.recipientName])
      expect(body).toContain(value);
  });
});

const utf8 = new TextEncoder();
const strict = new TextDecoder("utf-8", { fatal: true });

describe("calendar reminder (.ics)", () => {
  it.each([
    ["a,b;c\\d", "a\\,b\\;c\\\\d"],
    ["line one\nline two", "line one\\nline two"],
    ["crlf\r\nend", "crlf\\nend"],
    ["plain", "plain"],
  ])("escapes %j as %j", (input, expected) => {
    expect(escapeIcsText(input)).toBe(expected);
  });

  it("folds any line to at most 75 octets, never inside a UTF-8 character, and unfolds to the original", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: "grapheme", minLength: 60, maxLength: 400 })), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\uD800-\uDFFF]/g, "\uFFFD")}`;
        const folded = foldLine(line);
        folded.forEach((part, i) => {
          const bytes = utf8.encode(part);
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(() => strict.decode(bytes)).not.toThrow();
          if (i > 0) expect(part.startsWith(" ")).toBe(true);
        });
        expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(line);
      }),
      { numRuns: 1000 },
    );
  });

  const reminder = toIcsReminder({
    date: new Date(Date.UTC(2025, 10, 14)),
    summary: "Chase feedback: Smith, Jones; Partners \\ 👩🏽‍💻 שָׁלוֹם",
    description: `One polite follow-up.\nThen let it go. ${"é".repeat(200)}`,
    now: new Date(Date.UTC(2025, 10, 7, 9, 30, 5)),
    uid: "1234@afterthe.no",
  });

  it("uses CRLF line ends only and ends with one", () => {
    expect(reminder.endsWith("\r\n")).toBe(true);
    expect(reminder.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps every physical line within 75 octets", () => {
    for (const line of reminder.split("\r\n")) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
  });

  it("carries the required properties and an all-day date", () => {
    const unfolded = reminder.replace(/\r\n /g, "");
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(unfolded).toContain("\r\nUID:1234@afterthe.no\r\n");
    expect(unfolded).toContain("\r\nDTSTAMP:20251107T093005Z\r\n");
    expect(unfolded).toContain("\r\nDTSTART;VALUE=DATE:20251114\r\n");
    expect(unfolded).toContain("\r\nDTEND;VALUE=DATE:20251115\r\n");
    expect(unfolded).toContain("SUMMARY:Chase feedback: Smith\\, Jones\\; Partners \\\\ 👩🏽‍💻 שָׁלוֹם\r\n");
    expect(unfolded).toContain("DESCRIPTION:One polite follow-up.\\nThen let it go.");
    expect(unfolded.trimEnd().endsWith("END:VEVENT\r\nEND:VCALENDAR")).toBe(true);
  });
});

describe("download file names", () => {
  it.each(HOSTILE_ORGANISATIONS.map((org) => [org.slice(0, 40), org]))("%j gives a safe name", (_label, org) => {
    const name = toFileName("feedback-request", org, "txt");
    expect(name).toMatch(/^feedback-request(-[a-z0-9]+(-[a-z0-9]+)*)?\.txt$/);
    expect(name.length).toBeLessThanOrEqual(62);
  });

  it.each([
    ["Smith & Jones (UK) Ltd", "feedback-request-smith-jones-uk-ltd.txt"],
    ["Ünïcödé GmbH & Co. KG", "feedback-request-unicode-gmbh-co-kg.txt"],
    ["株式会社", "feedback-request.txt"],
    ["", "feedback-request.txt"],
  ])("%j becomes %j", (org, expected) => {
    expect(toFileName("feedback-request", org, "txt")).toBe(expected);
  });

  it("gives a safe name for any text at all", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("txt", "ics") as fc.Arbitrary<"txt" | "ics">, (org, ext) => {
        expect(toFileName("chaser", org, ext)).toMatch(/^chaser(-[a-z0-9]+)*\.(txt|ics)$/);
        expect(toSlug(org).length).toBeLessThanOrEqual(40);
      }),
      { numRuns: 1000 },
    );
  });
});
