import { describe, expect, it } from "vitest";
import { articleSchema } from "./schema";

const valid = {
  title: "Saying thank you",
  summary: "A short thank-you note costs you little and keeps the door open for later.",
  lastReviewed: "2026-01-15",
  sources: [
    {
      title: "ICO: What to expect after making a subject access request",
      kind: "official guidance",
      url: "https://ico.org.uk/for-the-public/getting-copies-of-your-information-subject-access-request/what-to-expect-after-making-a-subject-access-request/",
    },
  ],
  journey: "reply",
  order: 10,
  topics: ["say-thank-you"],
  related: ["asking-for-feedback"],
  whatToDoNow: {
    text: "Write your thank-you note today.",
    links: [{ label: "Thank-you note", href: "/letters/thank-you/" }],
  },
};

const messageFor = (data: unknown) => {
  const result = articleSchema.safeParse(data);
  return result.success ? "" : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n");
};

describe("the article schema", () => {
  it("accepts a complete article", () => {
    expect(messageFor(valid)).toBe("");
  });

  it.each([
    ["a summary of two sentences", { summary: "This is one sentence. This is another sentence too." }, "summary"],
    ["a summary that is too short", { summary: "Too short." }, "summary"],
    ["a summary with no full stop", { summary: "A summary that goes on and on without any ending mark" }, "summary"],
    ["a review date in the future", { lastReviewed: "2999-01-01" }, "cannot be in the future"],
    ["a review date that is not a date", { lastReviewed: "15/01/2026" }, "YYYY-MM-DD"],
    ["no sources", { sources: [] }, "at least one source"],
    [
      "a source named by kind only, with no address",
      { sources: [{ title: "UK careers-service guidance on feedback", kind: "careers-service guidance" }] },
      "every source needs a url",
    ],
    [
      "a source whose address is not a web address",
      { sources: [{ title: "A survey", kind: "survey", url: "see the survey report" }] },
      "https",
    ],
    [
      "a source on plain http",
      { sources: [{ title: "A survey", kind: "survey", url: "http://example.com" }] },
      "https",
    ],
    ["an unknown topic", { topics: ["cheering-up"] }, "topics"],
    ["an unknown journey step", { journey: "later" }, "journey"],
    [
      "a next step that leaves the site",
      { whatToDoNow: { text: "Go somewhere else now.", links: [{ label: "Elsewhere", href: "https://example.com" }] } },
      "site-relative",
    ],
    [
      "a next step with no link",
      { whatToDoNow: { text: "Do something useful now.", links: [] } },
      "at least one next step",
    ],
  ])("rejects %s, saying which field is wrong", (_name, change, expected) => {
    expect(messageFor({ ...valid, ...change })).toContain(expected);
  });

  it("rejects an impossible calendar date such as 31 February", () => {
    // Date.parse rolls 2026-02-31 over to 3 March; the schema must not accept it.
    expect(articleSchema.safeParse({ ...valid, lastReviewed: "2026-02-31" }).success).toBe(false);
  });
});
