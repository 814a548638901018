import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { fillSlots, toIcsReminder } from "./ics";
import { anyText } from "../../../tests/support/arbitrary-text";

const utf8 = new TextEncoder();

/** Parses a whole .ics file, saved as UTF-8 like the download, with ical.js; returns its one event. */
function parseEvent(ics: string) {
  const saved = new TextDecoder("utf-8", { fatal: true }).decode(utf8.encode(ics));
  const calendar = new ICAL.Component(ICAL.parse(saved));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return new ICAL.Event(events[0]!);
}

/** What a person should read back: line breaks as "\n", no control characters, no lone surrogates. */
const readable = (text: string): string =>
  text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/\r\n|\r/g, "\n")
    // eslint-disable-next-line no-control-regex -- the test states which controls TEXT cannot carry
    .replace(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g, "");

const anyDay = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 30) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000));

describe("the .ics reminder read by a real iCalendar parser (ical.js)", () => {
  it('keeps "Ca$$h & $& analyst" exactly as typed in the title', () => {
    const summary = fillSlots("Chase feedback: {about}", { about: "Ca$$h & $& analyst at Initech" });
    expect(summary).toBe("Chase feedback: Ca$$h & $& analyst at Initech");
    const event = parseEvent(
      toIcsReminder({
        date: new Date(Date.UTC(2026, 11, 31)),
        summary,
        description: "One polite follow-up, then let it go; C:\\path",
        now: new Date(Date.UTC(2026, 11, 22, 9, 30)),
        uid: "abc@afterthe.no",
      }),
    );
    expect(event.summary).toBe("Chase feedback: Ca$$h & $& analyst at Initech");
    expect(event.description).toBe("One polite follow-up, then let it go; C:\\path");
    expect(event.uid).toBe("abc@afterthe.no");
    expect(event.startDate.toString()).toBe("2026-12-31");
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe("2027-01-01");
  });

  it("summary, description, UID and the all-day dates survive a round trip for any text", () => {
    fc.assert(
      fc.property(anyText, anyText, fc.uuid(), anyDay, (summary, description, uuid, date) => {
        const uid = `${uuid}@afterthe.no`;
        const ics = toIcsReminder({ date, summary, description, now: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), uid });
        // Folding and line ends as RFC 5545 asks: CRLF only, no physical line over 75 octets.
        expect(ics.endsWith("\r\n")).toBe(true);
        expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
        for (const line of ics.split("\r\n")) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);

        const event = parseEvent(ics);
        expect(event.summary).toBe(readable(summary));
        expect(event.description).toBe(readable(description));
        expect(event.uid).toBe(uid);
        expect(event.startDate.isDate).toBe(true);
        expect(event.startDate.toString()).toBe(date.toISOString().slice(0, 10));
        const next = new Date(date.getTime() + 86_400_000);
        expect(event.endDate.toString()).toBe(next.toISOString().slice(0, 10));
        expect(event.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-01-02T03:04:05Z");
        // The alarm repeats the title, so the reminder says the same as the event.
        const alarm = event.component.getFirstSubcomponent("valarm");
        expect(alarm?.getFirstPropertyValue("description")).toBe(readable(summary));
      }),
      { numRuns: 500 },
    );
  });
});

describe("fillSlots inserts text literally", () => {
  it("fills every slot it has a value for and leaves the others", () => {
    expect(fillSlots("{a} and {b} and {c}", { a: "$'", b: "$`" })).toBe("$' and $` and {c}");
    expect(fillSlots("{about}", { about: "{about}" })).toBe("{about}");
    expect(fillSlots("{toString} {__proto__}", {})).toBe("{toString} {__proto__}");
  });

  it("for any value, the result is the template with the value in the slot, unchanged", () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (before, value, after) => {
        const template = `${before.replace(/[{}]/g, "")}{about}${after.replace(/[{}]/g, "")}`;
        expect(fillSlots(template, { about: value })).toBe(template.split("{about}").join(value));
      }),
    );
  });
});
