/**
 * Named stored values for the debrief's key (atn:debrief:v1): what a browser might
 * hold after tampering, an old version of the site or a bug. Unit tests decode each
 * one; browser tests put them in localStorage before the page loads. `questions`
 * lists the question texts that must survive, in order.
 */
export interface StoredFixture {
  readonly name: string;
  readonly stored: string;
  readonly questions: readonly string[];
}

const question = (id: string, text: string, extra: Record<string, unknown> = {}) => ({ id, text, ...extra });

export const STORED_FIXTURES: readonly StoredFixture[] = [
  { name: "not JSON", stored: "{version: 1, debriefs: [", questions: [] },
  { name: "JSON null", stored: "null", questions: [] },
  { name: "a number", stored: "42", questions: [] },
  {
    name: "debriefs of the wrong type",
    stored: JSON.stringify({ version: 1, debriefs: "all of them" }),
    questions: [],
  },
  {
    name: "markup and script in every field",
    stored: JSON.stringify({
      version: 1,
      debriefs: [
        {
          id: "hostile",
          organisation: "<img src=x onerror=alert(1)>",
          role: "<script>alert(1)</script>",
          date: "2026-02-30",
          format: "<b>panel</b>",
          questions: [question("q1", "<script>alert('q')</script>", { rating: "<i>", causes: ["nerves", "<x>"] })],
          feedback: [{ id: "f1", text: "<b>bold</b>", kind: "javascript:alert(1)" }],
        },
      ],
    }),
    questions: ["<script>alert('q')</script>"],
  },
  {
    name: "valid questions beside broken ones",
    stored: JSON.stringify({
      version: 1,
      debriefs: [
        {
          id: "mixed",
          questions: [
            question("a1", "Why this role?", { rating: "struggled" }),
            null,
            "a bare string",
            { text: "no id" },
            question("a1", "a repeated id"),
            question("BAD ID", "an id that is not ours"),
            question("a2", "Tell me about a time you disagreed", { practised: "yes" }),
          ],
        },
        { organisation: "a debrief with no id" },
      ],
    }),
    questions: ["Why this role?", "Tell me about a time you disagreed"],
  },
  {
    name: "an unversioned list of debriefs (version 0)",
    stored: JSON.stringify([{ id: "old", organisation: "Acme", questions: [question("o1", "What is SQL?")] }]),
    questions: ["What is SQL?"],
  },
  {
    name: "a newer version with an extra field",
    stored: JSON.stringify({
      version: 7,
      debriefs: [{ id: "new", questions: [question("n1", "From the future", { mood: "calm" })] }],
    }),
    questions: ["From the future"],
  },
  {
    name: "prototype keys",
    stored:
      '{"version":1,"debriefs":[{"id":"proto","__proto__":{"questions":[1]},"questions":[{"id":"p1","text":"Kept","__proto__":{"practised":true}}]}]}',
    questions: ["Kept"],
  },
];
