/**
 * Named stored values for the plan's key (atn:plan:v1): what a browser might hold
 * after tampering, an old version of the site or a bug. Unit tests decode each one;
 * browser tests put them in localStorage before the page loads. `keeps` lists the
 * ticked step ids that must survive, `notes` the notes that must survive.
 *
 * Every step id these fixtures name must be a step in content/plan/plan.yaml, except
 * the ones in NOT_STEP_IDS: src/features/plan/fixtures.test.ts checks this, so that
 * renaming or removing a step fails loudly here instead of a fixture passing because
 * the id it meant to keep (or drop) is no longer a step at all.
 */

/** Ids these fixtures use on purpose because they are not (or no longer) plan steps. */
export const NOT_STEP_IDS: readonly string[] = ["step-removed-in-2026", "constructor"];
export interface StoredFixture {
  readonly name: string;
  readonly stored: string;
  readonly keeps: readonly string[];
  readonly notes?: Readonly<Record<string, string>>;
}

const long = "x".repeat(200_000);

export const STORED_FIXTURES: readonly StoredFixture[] = [
  { name: "not JSON", stored: "{version: 1, steps: [", keeps: [] },
  { name: "the text 'undefined'", stored: "undefined", keeps: [] },
  { name: "JSON null", stored: "null", keeps: [] },
  { name: "a number", stored: "42", keeps: [] },
  { name: "an empty object", stored: "{}", keeps: [] },
  {
    name: "steps of the wrong type",
    stored: JSON.stringify({ version: 1, steps: ["ask-for-feedback"] }),
    keeps: [],
  },
  {
    name: "entries of the wrong types next to valid ones",
    stored: JSON.stringify({
      version: 1,
      steps: {
        "ask-for-feedback": { done: true },
        "list-what-went-well": { done: "yes", note: 7 },
        "chase-once": "done",
        "prepare-examples": null,
        "practise-out-loud": { done: true, note: ["not", "a", "note"] },
      },
    }),
    keeps: ["ask-for-feedback", "practise-out-loud"],
  },
  {
    name: "ids that are not step ids",
    stored: JSON.stringify({
      version: 1,
      steps: { "Ask For Feedback": { done: true }, "": { done: true }, "ask-for-feedback": { done: true } },
    }),
    keeps: ["ask-for-feedback"],
  },
  {
    name: "a __proto__ key and a constructor key",
    stored:
      '{"version":1,"__proto__":{"polluted":true},"steps":{"__proto__":{"done":true,"polluted":true},"constructor":{"done":true},"ask-for-feedback":{"done":true}}}',
    keeps: ["ask-for-feedback"],
  },
  {
    name: "a huge note",
    stored: JSON.stringify({ version: 1, steps: { "ask-for-feedback": { done: true, note: long } } }),
    keeps: ["ask-for-feedback"],
  },
  {
    name: "version 0: a bare list of ticked ids",
    stored: JSON.stringify(["ask-for-feedback", "chase-once", 12, "__proto__"]),
    keeps: ["ask-for-feedback", "chase-once"],
  },
  {
    name: "version 0: an object of id to true",
    stored: JSON.stringify({ "ask-for-feedback": true, "chase-once": false }),
    keeps: ["ask-for-feedback"],
  },
  {
    name: "a newer version with extra fields",
    stored: JSON.stringify({
      version: 9,
      theme: "dark",
      steps: { "ask-for-feedback": { done: true, note: "Said my examples were thin", at: 1 } },
    }),
    keeps: ["ask-for-feedback"],
    notes: { "ask-for-feedback": "Said my examples were thin" },
  },
  {
    name: "a version that is not a number",
    stored: JSON.stringify({ version: "1", steps: { "ask-for-feedback": { done: true } } }),
    keeps: [],
  },
  {
    name: "a step that has since been removed from the plan",
    stored: JSON.stringify({
      version: 1,
      steps: { "ask-for-feedback": { done: true }, "step-removed-in-2026": { done: true, note: "old" } },
    }),
    keeps: ["ask-for-feedback"],
  },
];
