import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { PLAN_GROUP_IDS, planGroupEntrySchema, planGroupSchema, planStepSchema } from "./plan-schema";
import { articleSlug, helpLinkText, toPlanGroups } from "./plan-content";

interface RawGroup {
  id: string;
  steps: { id: string; help: { href: string } }[];
}
const yamlText = readFileSync("content/plan/plan.yaml", "utf8");
const groups = parseYaml(yamlText) as RawGroup[];
const steps = groups.flatMap((group) => group.steps);

/** The pages the lead agreed steps may link to (notes/ARTICLE-BRIEF.md). */
const LINKABLE = new Set([
  ...[
    "the-first-day",
    "rejection-happens-to-everyone",
    "interviewers-are-human",
    "what-went-right",
    "saying-thank-you",
    "asking-for-feedback",
    "decoding-vague-feedback",
    "your-rights-after-an-interview",
    "the-door-may-still-be-open",
    "why-candidates-are-not-chosen",
    "turning-feedback-into-a-plan",
    "keep-applying-selectively",
  ].map((slug) => `/advice/${slug}/`),
  ...["feedback-request", "thank-you", "keep-me-in-mind", "phone-script", "chaser", "subject-access-request"].map(
    (slug) => `/letters/${slug}/`,
  ),
]);

describe("the plan's content (content/plan/plan.yaml)", () => {
  it("has the three agreed groups, in order, each valid against the schema", () => {
    expect(groups.map((group) => group.id)).toEqual([...PLAN_GROUP_IDS]);
    for (const group of groups) {
      const result = planGroupEntrySchema.safeParse(group);
      expect(result.error?.issues ?? [], group.id).toEqual([]);
    }
  });

  it("has at least 12 steps", () => {
    expect(steps.length).toBeGreaterThanOrEqual(12);
  });

  it("gives every step an id used nowhere else in the plan (a shared id would share a tick)", () => {
    const ids = steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("links every step only to pages the site has agreed to publish", () => {
    for (const step of steps) {
      const href = step.help.href.replace(/#.*$/, "");
      expect(LINKABLE.has(href), href).toBe(true);
    }
  });

  const valid = {
    id: "ask-for-feedback",
    label: "Ask for feedback",
    help: { href: "/letters/chaser/", text: "Send a reminder" },
  };
  it.each([
    { name: "a label ending in a full stop", change: { label: "Ask for feedback." }, message: "punctuation" },
    { name: "a lower-case label", change: { label: "ask for feedback" }, message: "capital" },
    { name: "a two-line hint", change: { hint: "One line.\nTwo lines." }, message: "single line" },
    { name: "an id with capitals", change: { id: "Ask-For-Feedback" }, message: "lower-case words" },
    {
      name: "an external link",
      change: { help: { href: "https://example.com/", text: "Elsewhere" } },
      message: "help.href",
    },
  ])("explains what is wrong with a step with $name", ({ change, message }) => {
    const result = planStepSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(" ")).toContain(message);
  });

  it("links every article step to an article that exists (its title becomes the link's words)", () => {
    for (const step of steps) {
      const slug = articleSlug(step.help.href);
      if (slug) expect(existsSync(`content/advice/${slug}.mdx`), step.help.href).toBe(true);
    }
  });

  it("takes a link's words from the article's title, and fails the build for a missing article", () => {
    const titles = new Map([["the-first-day", "Getting through the first day"]]);
    expect(helpLinkText({ href: "/advice/the-first-day/#sleep" }, titles)).toBe("Getting through the first day");
    expect(helpLinkText({ href: "/letters/chaser/", text: "Send a polite reminder" }, titles)).toBe(
      "Send a polite reminder",
    );
    expect(() => helpLinkText({ href: "/advice/renamed-article/" }, titles)).toThrow("does not exist");
  });

  it("refuses a link to a letter page without words", () => {
    const result = planStepSchema.safeParse({ ...valid, help: { href: "/letters/chaser/" } });
    expect(result.error?.issues[0]?.message).toContain("needs help.text");
  });

  it("puts the groups in time order, as the file lists them, whatever order the collection gives", () => {
    const entries = groups.map((group) => ({ id: group.id, data: { steps: group.steps } }));
    expect(toPlanGroups([...entries].reverse()).map((entry) => entry.id)).toEqual([
      "first-days",
      "first-week",
      "next-interview",
    ]);
    expect(groups.map((group) => group.id)).toEqual(["first-days", "first-week", "next-interview"]);
  });

  it("fails the build on a step id used in two groups, or a group the plan does not know", () => {
    const step = { id: "ask-for-feedback" };
    const twice = [
      { id: "first-days", data: { steps: [step] } },
      { id: "first-week", data: { steps: [step] } },
    ];
    expect(() => toPlanGroups(twice)).toThrow("repeated: ask-for-feedback");
    expect(() => toPlanGroups([{ id: "someday", data: { steps: [] } }])).toThrow("unknown group ids: someday");
  });

  it("explains a repeated step id within a group, and an unknown group id", () => {
    const group = { title: "The first week", intro: "Make sense of it all.", steps: [valid, valid] };
    expect(planGroupSchema.safeParse(group).error?.issues[0]?.message).toContain("unique");
    const unknown = planGroupEntrySchema.safeParse({ ...group, steps: [valid], id: "someday" });
    expect(unknown.error?.issues[0]?.message).toContain("group id must be one of");
  });
});
