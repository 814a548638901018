import { describe, expect, it } from "vitest";
import { EMPTY_SAR } from "./state";
import { sarDeadline } from "./deadline";
import { buildTimeline, extensionWords, leftOutDate } from "./timeline";

const at = (dates: Partial<typeof EMPTY_SAR>) => ({ ...EMPTY_SAR, ...dates });

describe("the tracker's timeline", () => {
  it("asks for a date when there is none", () => {
    const timeline = buildTimeline(EMPTY_SAR, "2026-12-02");
    expect(timeline.next).toBe("Add the day you sent your request to see when the answer is due.");
    expect(timeline.items).toEqual([]);
    expect(timeline.remindOn).toBeNull();
  });

  it("shows the due date, then the day to chase, with the due date next", () => {
    const timeline = buildTimeline(at({ sent: "2026-11-16" }), "2026-12-02");
    expect(timeline.next).toBe("Their answer is due by the end of Wednesday 16 December 2026.");
    expect(timeline.items).toEqual([
      { date: "2026-11-16", text: "You sent your request.", when: "done" },
      { date: "2026-12-16", text: "Their answer is due.", when: "next" },
      {
        date: "2026-12-17",
        text: "If nothing has come, send one polite follow-up.",
        href: "/letters/subject-access-chaser/",
        when: "later",
      },
    ]);
    expect(timeline.remindOn?.toISOString().slice(0, 10)).toBe("2026-12-16");
  });

  it("says to follow up once the date has passed", () => {
    expect(buildTimeline(at({ sent: "2026-10-01" }), "2026-12-02").next).toBe(
      "Their answer was due by Monday 2 November 2026. Send one polite follow-up; if that gets nowhere, complain to the organisation.",
    );
  });

  it("waits while the clock is stopped", () => {
    const timeline = buildTimeline(at({ sent: "2026-11-16", paused: "2026-11-20" }), "2026-12-02");
    expect(timeline.next).toBe(
      "The clock is stopped until they receive your answer to their question. Add that day when you send it.",
    );
    expect(timeline.items.map((item) => item.text)).toEqual([
      "You sent your request.",
      "They asked you to clarify: the clock stopped.",
    ]);
  });

  it("shows the extended date as the one that counts", () => {
    const timeline = buildTimeline(at({ sent: "2026-11-03", extended: "2026-11-20" }), "2026-12-02");
    expect(timeline.next).toBe("Their answer is due by the end of Wednesday 3 February 2027.");
    expect(timeline.items.map((item) => [item.date, item.when])).toEqual([
      ["2026-11-03", "done"],
      ["2026-11-20", "done"],
      ["2026-12-03", "next"],
      ["2027-02-03", "later"],
      ["2027-02-04", "later"],
    ]);
  });

  it("after a complaint, gives the acknowledgement date and the ICO's three months", () => {
    const timeline = buildTimeline(at({ sent: "2026-10-01", complained: "2026-11-20" }), "2026-12-02");
    expect(timeline.next).toBe(
      "They should acknowledge your complaint by Saturday 19 December 2026. If it is not resolved, you can complain to the ICO until Saturday 20 February 2027.",
    );
    expect(timeline.items.at(-1)).toEqual({
      date: "2027-02-20",
      text: "The last day to complain to the ICO, if it is not resolved.",
      href: "/letters/ico-complaint/",
      when: "later",
    });
  });

  it("stops counting once they have answered", () => {
    const timeline = buildTimeline(at({ sent: "2026-10-01", answered: "2026-10-20" }), "2026-12-02");
    expect(timeline.next).toBe(
      "They answered on Tuesday 20 October 2026. If records you asked for are missing, you can complain to them.",
    );
    expect(timeline.items.map((item) => item.text)).toEqual(["You sent your request.", "They answered."]);
  });
});

describe("the words for an extension", () => {
  it("reach the date the headline gives", () => {
    // Sent 31 August (no 31 November: the 30th), clock stopped 10-14 September (5 days):
    // Saturday 5 December 2026, so the next working day.
    const dates = { sent: "2026-08-31", paused: "2026-09-10", resumed: "2026-09-14", extended: "2026-09-20" };
    const timeline = buildTimeline(at(dates), "2026-10-01");
    expect(timeline.next).toBe("Their answer is due by the end of Monday 7 December 2026.");
    expect(extensionWords(timeline.deadline!)).toBe(
      "They extended the time by two further months: counted the same way, the answer is due by the end of Monday 7 December 2026.",
    );
  });

  it("say nothing when the time was not extended", () => {
    expect(extensionWords(sarDeadline({ received: "2026-09-03" }, "england-and-wales")!)).toBe("");
  });
});

describe("a clarification date that cannot be right", () => {
  it.each([
    [{ sent: "2026-09-10", paused: "2026-09-01" }, "question-before-request"],
    [{ sent: "2026-09-01", paused: "2026-09-10", resumed: "2026-09-09" }, "answer-before-question"],
    [{ sent: "2026-09-01", paused: "2026-09-10", resumed: "2026-09-14" }, null],
    [{ sent: "2026-09-01", paused: "2026-09-10" }, null],
    [{ sent: "2026-09-01", received: "2026-09-05", paused: "2026-09-03" }, "question-before-request"],
  ] as const)("%j is %s", (dates, leftOut) => {
    expect(leftOutDate(at(dates))).toBe(leftOut);
  });

  it("is the one the due date leaves out: the same due date as without it", () => {
    const without = buildTimeline(at({ sent: "2026-09-10" }), "2026-09-20").deadline!.due;
    expect(buildTimeline(at({ sent: "2026-09-10", paused: "2026-09-01" }), "2026-09-20").deadline!.due).toEqual(
      without,
    );
    const plain = buildTimeline(at({ sent: "2026-09-01" }), "2026-09-20").deadline!.due;
    const backwards = at({ sent: "2026-09-01", paused: "2026-09-10", resumed: "2026-09-09" });
    expect(buildTimeline(backwards, "2026-09-20").deadline!.due).toEqual(plain);
  });
});
