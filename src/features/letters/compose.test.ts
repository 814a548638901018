import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fill, requestCount, toPlainText, letterWordCount, toValuedPhrase } from "./compose";
import { EXPECTED_LETTERS } from "./expected-letters";
import { asksQuestions, composeLetter, lacksSignature, LETTERS } from "./registry";
import { cleanField, countWords, toJobReference } from "./text";
import {
  AUDIENCES,
  CHASE_TARGETS,
  LETTER_TYPES,
  NATIONS,
  QUESTION_IDS,
  RECORD_IDS,
  TEXT_FIELDS,
  TONES,
  type LetterDraft,
  type LetterType,
} from "./types";

import { FEEDBACK_WORDS } from "./feedback-words";
import { NAME_PROMPTS, QUESTION_LIST, SHARED, TIMING_WORDING } from "./wording";

/** Every sentence any letter can write: the shared ones and each entry's own. */
const WORDING = {
  SHARED,
  FEEDBACK_WORDS,
  QUESTION_LIST,
  letters: Object.values(LETTERS).map((letter) => letter.wording),
};
const LETTER_INFO = LETTERS;
import { DRAFTS, type DraftName } from "./fixtures";
import { anyText } from "../../../tests/support/arbitrary-text";

/** Every letter, every fixture, both tones, every audience. */
const everyCase = LETTER_TYPES.flatMap((type) =>
  (Object.keys(DRAFTS) as DraftName[]).flatMap((name) =>
    TONES.flatMap((tone) =>
      AUDIENCES.map((audience) => ({
        type,
        name,
        tone,
        audience,
        draft: { ...DRAFTS[name], tone, audience } as LetterDraft,
      })),
    ),
  ),
);

/**
 * The text the template wrote, with everything the person typed taken out. Most fields
 * appear as typed (spacing tidied). The valued field and the follow-up question continue
 * a sentence, so the letter may change a first letter's case and the punctuation around
 * them: their words are taken out one by one, without sentence punctuation at either
 * end and whatever their case.
 */
function templateText(text: string, draft: LetterDraft): string {
  let rest = text;
  // Fields the letter may reshape (a sentence's case and punctuation, a greeting that
  // uses part of the name, a reference written "ref …") are taken out word by word below.
  const reshaped = new Set(["valued", "followUp", "recipientName", "jobReference"]);
  const typed = TEXT_FIELDS.filter((key) => !reshaped.has(key))
    .map((key) => cleanField(draft[key]))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const value of typed) rest = rest.split(value).join("");
  const words = [draft.valued, draft.followUp, draft.recipientName, draft.jobReference]
    .flatMap((value) => cleanField(value).split(" "))
    .map((word) => word.replace(/^[.,;:?!？！…\-–—]+|[.,;:?!？！…]+$/gu, ""))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const word of words) rest = rest.replace(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu"), "");
  return rest;
}

/**
 * Which typed fields each letter shows exactly as typed: the sender's details, role and
 * organisation in every letter, plus the optional parts the letter's form offers. The
 * valued field is checked apart (its first letter and "!" are tidied), and so is the
 * follow-up question (it may gain a "?"), the recipient's name (a greeting may use part
 * of it) and the job reference (a typed "Ref:" label goes).
 */
const COMMON_FIELDS = ["senderName", "senderEmail", "senderPhone", "organisation", "role"] as const;
const FIELDS_SHOWN = Object.fromEntries(
  LETTER_TYPES.map((type) => [
    type,
    [
      ...COMMON_FIELDS,
      ...LETTERS[type].fields.flatMap((part) =>
        part === "recipientTitle" ||
        part === "newVacancy" ||
        part === "feedbackPoint" ||
        part === "otherDates" ||
        part === "candidateRef" ||
        part === "complaintPoint"
          ? [part]
          : [],
      ),
    ],
  ]),
) as unknown as Record<LetterType, readonly (typeof TEXT_FIELDS)[number][]>;

const PUNCTUATION = /[!！?？.]/gu;

/**
 * The valued field is kept apart from its first letter (whose case may change) and its
 * sentence punctuation ("!" becomes "."): everything else must reach the letter.
 */
function expectValuedKept(type: LetterType, text: string, valued: string): void {
  if (!LETTERS[type].fields.includes("valued")) return;
  // The field continues a sentence: leading punctuation may go and the first letter may
  // change case; everything after that must survive.
  const core = Array.from(
    cleanField(valued)
      .replace(/^[.,;:?？!！…\-–—\s]+/u, "")
      .replace(PUNCTUATION, ""),
  )
    .slice(1)
    .join("");
  if (!/[\p{L}\p{N}]/u.test(valued)) return;
  expect(text.replace(PUNCTUATION, "")).toContain(core);
}

/** Checks a letter's layout, and that `template` (its own words) leaks no slot or gap. */
function expectWellFormed(text: string, template: string): void {
  expect(template).not.toContain("undefined");
  expect(template).not.toContain("null");
  expect(template).not.toContain("[");
  expect(template).not.toContain("{");
  expect(text).not.toMatch(/ {2}/);
  expect(text).not.toMatch(/\n{3,}/);
  expect(text).not.toMatch(/ \n|\n /);
  expect(text).not.toMatch(/^\s|\s\s$/);
}

describe("composeLetter over the named fixtures", () => {
  it.each(everyCase)("writes a well-formed $type ($tone, to $audience) for the $name draft", ({ type, draft }) => {
    const letter = composeLetter(type, draft);
    expectWellFormed(toPlainText(letter), templateText(toPlainText(letter), draft));
    expect(toPlainText(letter)).not.toMatch(/\.\.|,,| [.,]/);
    for (const field of FIELDS_SHOWN[type]) {
      const value = cleanField(draft[field]);
      if (value) expect(letter.body).toContain(value);
    }
    expectValuedKept(type, letter.body, draft.valued);
    if (type === "phone-script") expect(letter.subject).toBeNull();
    else expect(letter.subject).toBeTruthy();
  });
});

describe("whole letters, written out word for word", () => {
  it.each(Object.entries(EXPECTED_LETTERS))("%s", (_name, expected) => {
    const letter = composeLetter(expected.type, expected.draft, { gaps: "gaps" in expected && expected.gaps });
    expect(letter.subject).toBe(expected.subject);
    expect(letter.body).toBe(expected.body);
  });
});

describe("wording choices", () => {
  const cases: { name: string; type: LetterType; draft: LetterDraft; has: string[]; lacks?: string[] }[] = [
    {
      name: "no recipient name gives a neutral, capitalised greeting and an email sign-off",
      type: "feedback-request",
      draft: DRAFTS.empty,
      has: ["Dear Hiring Manager,", "Kind regards,", "for the role, and for letting me know the outcome."],
      lacks: ["Yours faithfully", "Yours sincerely"],
    },
    {
      name: "a named recipient gets 'Dear' and 'Kind regards'",
      type: "feedback-request",
      draft: DRAFTS.noQuestions,
      has: ["Dear Dr Okafor,", "Kind regards,"],
      lacks: ["In particular"],
    },
    {
      name: "the warm tone says hello and signs off with best wishes",
      type: "thank-you",
      draft: DRAFTS.warmNamed,
      has: ["Hello Jo,", "Best wishes,\nAlex"],
    },
    {
      name: "an HR team is asked to pass thanks to the panel",
      type: "thank-you",
      draft: DRAFTS.hrTeam,
      has: ["Dear Recruitment Team,", "pass on my thanks to the interview panel", "learning more about Acme"],
    },
    {
      name: "an agency recruiter is thanked for putting the person forward and asked about the client's feedback",
      type: "feedback-request",
      draft: DRAFTS.agencyUnnamed,
      has: ["Hello,", "putting me forward", "if Acme has shared any feedback", "Kind regards,"],
    },
    {
      name: "a role alone is 'the … role'",
      type: "chaser",
      draft: DRAFTS.roleOnly,
      has: ["for the Data Analyst role.", "Interview for Data Analyst: following up on feedback"],
    },
    {
      name: "an organisation alone is 'the role at …'",
      type: "feedback-request",
      draft: DRAFTS.organisationOnly,
      has: ["for the role at Riverside Council,", "Subject: Interview at Riverside Council: feedback request"],
    },
    {
      name: "a role that already names the kind of job gets no extra 'role'",
      type: "thank-you",
      draft: DRAFTS.roleEndsInNoun,
      has: ["the Graduate Engineer position at Acme"],
      lacks: ["position role"],
    },
    {
      name: "a detail that ends its own sentence gets no second full stop",
      type: "feedback-request",
      draft: DRAFTS.valuedEndsSentence,
      has: ["I particularly valued meeting the whole team.\n\nI am keen"],
    },
    {
      name: "messy spacing and line breaks in fields are tidied",
      type: "feedback-request",
      draft: DRAFTS.messySpacing,
      has: ["the Senior Designer role at Acme Ltd,", "\nSam"],
    },
    {
      name: "the interview date is written out in words",
      type: "chaser",
      draft: DRAFTS.complete,
      has: ["on Tuesday 4 November."],
    },
    {
      name: "a letter to an employer does not ask about vacancies elsewhere, even when ticked",
      type: "feedback-request",
      draft: DRAFTS.complete,
      has: ["similar roles in future.\n\nKind regards,"],
      lacks: ["elsewhere", "comparable"],
    },
    {
      name: "a letter to an agency asks about comparable vacancies after the offer to be considered",
      type: "feedback-request",
      draft: { ...DRAFTS.complete, audience: "agency" },
      has: [
        "Please keep me in mind for similar roles, whether with Northwind Studio or with other clients. If you are recruiting for anything comparable at the moment, please let me know.",
      ],
    },
    {
      name: "the phone script still asks an employer about vacancies elsewhere",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: ["Do you know of any similar vacancies elsewhere?"],
    },
    {
      name: "keep me in mind covers the appointment falling through",
      type: "keep-me-in-mind",
      draft: DRAFTS.organisationOnly,
      has: [
        "Should anything change with this post, or a similar role come up, I would be glad to be considered.",
        "keen to work at Riverside Council",
      ],
      lacks: ["appointment", "elsewhere"],
    },
    {
      name: "the phone script asks whoever answers for the recipient by name and job title",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "If someone else answers\n\nHello, my name's Sam Taylor. I'm calling about my interview for the Senior Designer role at Northwind Studio on Tuesday 4 November. Could I speak to Priya Shah, the Head of Design, please?",
        "- What would make me a stronger candidate next time?",
      ],
    },
    {
      name: "the phone script re-introduces the caller once through, then thanks them and says what they valued",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "When you're put through\n\nHello, it's Sam Taylor. I was interviewed for the Senior Designer role at Northwind Studio on Tuesday 4 November. Thank you for taking my call. I've heard the outcome. I enjoyed the interview, particularly hearing how the team plans its releases. Could you spare",
      ],
    },
    {
      name: "the phone script to an agency says the agency put the caller forward and asks about the client's feedback",
      type: "phone-script",
      draft: DRAFTS.agencyUnnamed,
      has: [
        "I'm calling about the Buyer role at Acme, which your agency put me forward for.",
        "Hello. You put me forward for the Buyer role at Acme. Thank you for taking my call.",
        "I wondered whether your client shared any feedback on my interview.",
      ],
      lacks: ["interviewing me", "I was interviewed"],
    },
    {
      name: "the phone script asks an HR team whether the panel could share feedback",
      type: "phone-script",
      draft: DRAFTS.hrTeam,
      has: ["I wondered whether the panel could share any feedback on my interview."],
      lacks: ["interviewing me"],
    },
    {
      name: "the phone script closes with thanks once, giving contact details only if asked",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "Closing\n\nThat's very helpful, thank you. (If they ask: my email address is sam@example.com, and my phone number is 07700 900123.) Goodbye.",
      ],
      lacks: ["Thank you again", "Thank you, that"],
    },
    {
      name: "the phone script has short branches for a bad moment, voicemail and a refusal",
      type: "phone-script",
      draft: DRAFTS.complete,
      has: [
        "If it's not a good time\n\nOf course. Could I email you instead?",
        "If you get voicemail (about 20 seconds)\n\nHello, this is Sam Taylor. I was interviewed for the Senior Designer role at Northwind Studio on Tuesday 4 November, and I'd be grateful for a few minutes of feedback when you have time. My number is 07700 900123. I'll also send a short email. Thank you.",
        "If they say no\n\nI understand, thank you anyway.",
      ],
    },
    {
      name: "the chaser repeats the question it asked",
      type: "chaser",
      draft: DRAFTS.complete,
      has: ["My question was: What would make me a stronger candidate next time?"],
    },
    {
      name: "the chaser lists every question it asked",
      type: "chaser",
      draft: DRAFTS.everyQuestion,
      has: ["My questions were:\n- Was there an answer that fell short?\n- Which skills"],
    },
    {
      name: "keep me in mind mentions a new vacancy they have applied for",
      type: "keep-me-in-mind",
      draft: { ...DRAFTS.organisationOnly, newVacancy: "Planning Officer" },
      has: ["I have seen that you are recruiting for the Planning Officer role, and I have applied."],
    },
    {
      name: "keep me in mind says nothing about a new vacancy when none is given",
      type: "keep-me-in-mind",
      draft: DRAFTS.complete,
      lacks: ["recruiting for", "applied"],
      has: [],
    },
    {
      name: "checking on the outcome asks one question and offers an easy way out",
      type: "outcome-check",
      draft: DRAFTS.complete,
      has: [
        "Is there any news on the outcome, or a date by which you expect to decide?",
        "a one-line reply to say so is completely fine",
        "Subject: Interview for Senior Designer: any update?",
      ],
    },
    {
      name: "the reply to feedback thanks them, names the point and asks the follow-up as a question",
      type: "feedback-reply",
      draft: { ...DRAFTS.complete, feedbackPoint: "giving shorter examples", followUp: "Which example ran long" },
      has: [
        "Thank you for taking the time to send feedback on my interview",
        "Your point about giving shorter examples is especially useful",
        "may I ask one follow-up question? Which example ran long? If you are busy, there is no need to reply.",
      ],
    },
    {
      name: "the reply to feedback without a follow-up asks nothing",
      type: "feedback-reply",
      draft: DRAFTS.complete,
      has: ["It is useful, and I will be working on it."],
      lacks: ["follow-up question", "?"],
    },
    {
      name: "keep me in mind thanks them without assuming an earlier thank-you",
      type: "keep-me-in-mind",
      draft: DRAFTS.complete,
      has: ["Thank you for your time and for letting me know the outcome."],
      lacks: ["again"],
    },
    {
      name: "one question is asked inside a sentence",
      type: "feedback-request",
      draft: DRAFTS.empty,
      has: [
        "In particular, it would be useful to know what would make me a stronger candidate next time. I know your time is limited",
      ],
      lacks: ["\n- "],
    },
    {
      name: "two or more questions are a short list, and the letter goes on in a new paragraph",
      type: "feedback-request",
      draft: DRAFTS.everyQuestion,
      has: [
        "on my interview would help. In particular, it would be useful to know:\n- Was there an answer that fell short?\n- Which skills or experience would have made the biggest difference?\n- What would make me a stronger candidate next time?\n\nI know your time is limited",
      ],
    },
    {
      name: "a capitalised first letter and exclamation marks from a phone keyboard are tidied",
      type: "feedback-request",
      draft: DRAFTS.valuedAsTyped,
      has: ["I particularly valued hearing about the roadmap.\n\n"],
      lacks: ["!", "Hearing", "roadmap.."],
    },
    {
      name: "the phone script without questions asks one general one",
      type: "phone-script",
      draft: DRAFTS.noQuestions,
      has: ["Is there any feedback you can share on my interview?"],
    },
    {
      name: "the chaser never repeats the questions or the sales pitch",
      type: "chaser",
      draft: DRAFTS.complete,
      has: ["thank you again for considering me"],
      lacks: ["In particular", "similar roles"],
    },
  ];
  it.each(cases)("$name", ({ type, draft, has, lacks = [] }) => {
    const text = toPlainText(composeLetter(type, draft));
    for (const snippet of has) expect(text).toContain(snippet);
    for (const snippet of lacks) expect(text).not.toContain(snippet);
  });

  it.each(LETTER_TYPES)("the %s template shows bracketed gaps for every empty field", (type) => {
    const text = toPlainText(composeLetter(type, DRAFTS.empty, { gaps: true }));
    expect(text).toContain("[organisation]");
    expect(text).toContain("[date of interview]");
    expect(text).not.toContain("undefined");
    expect(text).not.toMatch(/ {2}|\n{3,}/);
  });

  it("never asks what the successful candidate had", () => {
    expect(JSON.stringify(WORDING)).not.toMatch(/successful candidate/i);
  });

  it("no sentence in the wording has an exclamation mark", () => {
    expect(JSON.stringify(WORDING)).not.toContain("!");
  });

  it("rejects a slot the wording does not know, so a typo cannot reach a reader", () => {
    expect(() => fill("Hello {nmae}", { name: "Jo" })).toThrow(/nmae/);
  });

  it("fills slots once, so typed text that looks like a slot stays literal", () => {
    expect(fill("Dear {name},", { name: "{position}" })).toBe("Dear {position},");
  });
});

describe("timing wording", () => {
  it.each(["feedback-request", "thank-you", "phone-script"] as const)(
    "the %s page gives the one rule: two or three working days",
    (type) => {
      expect(LETTER_INFO[type].when).toMatch(
        /within two or three working days of hearing, while the interview is fresh for both of you\.$/,
      );
      expect(LETTER_INFO[type].timing).toBe("heard");
    },
  );

  it("keep me in mind has no deadline: with the thank-you or about a month later", () => {
    expect(LETTER_INFO["keep-me-in-mind"].when).toContain("about a month later");
    expect(LETTER_INFO["keep-me-in-mind"].timing).toBeNull();
  });

  it("the chaser counts five working days from the feedback request", () => {
    expect(LETTER_INFO.chaser.when).toContain("Five working days after your feedback request");
    expect(LETTER_INFO.chaser.timing).toBe("requested");
  });

  it("no timing text contradicts the rule", () => {
    const all = JSON.stringify([Object.values(LETTER_INFO).map((info) => info.when), TIMING_WORDING]);
    for (const phrase of ["day or two", "couple of days", "a few weeks", "a week"]) expect(all).not.toContain(phrase);
  });
});

describe("the unsigned-email tip", () => {
  it.each([
    ["feedback-request", "", true],
    ["thank-you", "   ", true],
    ["chaser", "", true],
    ["keep-me-in-mind", "Sam", false],
    ["phone-script", "", false],
  ] as const)("%s with name %j: tip shown is %s", (type, senderName, expected) => {
    expect(lacksSignature(type, { senderName })).toBe(expected);
  });
});

describe("the feedback questions", () => {
  const choices = allSubsets(QUESTION_IDS);
  const cases = (["feedback-request", "thank-you", "phone-script"] as const).flatMap((type) =>
    choices.flatMap((questions) =>
      TONES.flatMap((tone) =>
        AUDIENCES.map((audience) => ({
          type,
          tone,
          audience,
          questions,
          draft: { ...DRAFTS.empty, tone, audience, questions, includeFeedback: true } as LetterDraft,
        })),
      ),
    ),
  );

  it.each(cases)(
    "$type ($tone, $audience) asks exactly $questions, as a list when there are two or more",
    ({ type, draft, questions }) => {
      const { body } = composeLetter(type, draft);
      expect(asksQuestions(type, draft)).toBe(true);
      const lines = body.split("\n");
      const listed = lines.filter((line) => line.startsWith("- "));
      const isList = type === "phone-script" ? questions.length > 0 : questions.length > 1;
      expect(listed).toHaveLength(isList ? questions.length : 0);
      if (isList) {
        const first = lines.findIndex((line) => line.startsWith("- "));
        expect(lines[first - 1]).toMatch(/:$/);
        // The list is one block: its lines are together and a blank line or the end follows.
        expect(lines.slice(first, first + questions.length).every((line) => /^- [A-Z].*\?$/.test(line))).toBe(true);
        expect(lines[first + questions.length] ?? "").toBe("");
      }
      if (questions.length === 1 && type !== "phone-script") expect(body).toMatch(/know [a-z][^.?\n]*\./);
    },
  );

  it("by default only the stronger-candidate question is ticked", () => {
    expect(DRAFTS.empty.questions).toEqual(["next-time"]);
  });
});

describe("the valued detail, as people type it", () => {
  it.each([
    ["Hearing how the team plans its releases", "hearing how the team plans its releases"],
    ["hearing how the team plans its releases!", "hearing how the team plans its releases."],
    ["The tour of the studio!!", "the tour of the studio."],
    ["The tour of the studio!.", "the tour of the studio."],
    ["The tour of the studio..", "the tour of the studio."],
    ["Why the team chose Rust?!", "why the team chose Rust?"],
    ["Great people! And a clear plan", "great people. And a clear plan"],
    ["BBC coverage of the launch", "BBC coverage of the launch"],
    ["NHS data work", "NHS data work"],
    ["McKinsey-style case question", "McKinsey-style case question"],
    ["I enjoyed the tour", "I enjoyed the tour"],
    ["I'm glad we talked about pay", "I'm glad we talked about pay"],
    ["Ideas the panel shared", "ideas the panel shared"],
    ["Priya’s answer on hybrid working", "Priya’s answer on hybrid working"],
    ["Leeds office tour", "Leeds office tour"],
    [".. Hearing about plans", "hearing about plans"],
    ["Great.. really kind", "great. really kind"],
    ["Hearing about the roadmap", "hearing about the roadmap"],
    ["  Meeting\n the team  ", "meeting the team"],
    ["!!!", ""],
    ["", ""],
  ])("%j becomes %j", (typed, expected) => {
    expect(toValuedPhrase(typed)).toBe(expected);
  });

  it.each([
    ["feedback-request", "formal", "I particularly valued the tour of the studio.\n"],
    ["thank-you", "warm", "I especially appreciated the tour of the studio.\n"],
    ["phone-script", "formal", "I enjoyed the interview, particularly the tour of the studio. Could you spare"],
  ] as const)("the %s (%s) runs the detail on from its own words", (type, tone, expected) => {
    const letter = composeLetter(type, { ...DRAFTS.empty, tone, valued: "The tour of the studio!" });
    expect(letter.body).toContain(expected);
  });

  const valuedText = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc
      .array(fc.constantFrom("Hearing", "the", "BBC", "I", "team", "!", "!!", ".", "?", " ", "É", "x"), {
        maxLength: 12,
      })
      .map((parts) => parts.join("")),
  );
  const plainText = fc.stringMatching(/^[A-Za-z ]{0,20}$/);

  it("never lets an exclamation mark or a doubled full stop through from the field", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LETTER_TYPES),
        fc.constantFrom(...TONES),
        fc.constantFrom(...AUDIENCES),
        valuedText,
        plainText,
        plainText,
        (type, tone, audience, valued, organisation, role) => {
          const draft: LetterDraft = { ...DRAFTS.empty, tone, audience, valued, organisation, role };
          const text = toPlainText(composeLetter(type, draft));
          expect(text).not.toMatch(/[!！]/);
          expect(text).not.toMatch(/[^.]\.\.(\s|$)/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("lower-cases an ordinary first word a phone keyboard capitalised, and keeps names, I and acronyms", () => {
    const rest = fc.stringMatching(/^( [a-z]{1,8}){0,3}$/);
    fc.assert(
      fc.property(fc.constantFrom("The", "Hearing", "Meeting", "Your", "Learning", "How"), rest, (first, tail) => {
        expect(toValuedPhrase(first + tail)).toBe(first.toLowerCase() + tail);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{1,8}[’']s$/), rest, (name, tail) => {
        expect(toValuedPhrase(name + tail)).toBe(name + tail);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2,5}$/), rest, (acronym, tail) => {
        expect(toValuedPhrase(acronym + tail)).toBe(acronym + tail);
      }),
    );
  });
});

describe("text helpers", () => {
  it.each([
    ["", 0],
    ["One two three.", 3],
    ["Dear Priya,\n\nThank you - really.", 5],
    ["👩🏽‍💻 café", 1],
  ])("countWords(%j) is %i", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it("keeps a word count for the letter body only", () => {
    const letter = composeLetter("chaser", DRAFTS.empty);
    expect(letterWordCount(letter)).toBe(countWords(letter.body));
  });
});

/** Every subset of a list, in its order. */
function allSubsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((subsets, item) => [...subsets, ...subsets.map((s) => [...s, item])], [[]]);
}

const anyIsoDate = fc.oneof(
  fc.constant(""),
  fc
    .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

const anyDraft: fc.Arbitrary<LetterDraft> = fc.record({
  senderName: anyText,
  senderEmail: anyText,
  senderPhone: anyText,
  recipientName: anyText,
  recipientTitle: anyText,
  organisation: anyText,
  role: anyText,
  jobReference: anyText,
  valued: anyText,
  newVacancy: anyText,
  feedbackPoint: anyText,
  followUp: anyText,
  otherDates: anyText,
  candidateRef: anyText,
  complaintPoint: anyText,
  interviewDate: anyIsoDate,
  heardDate: fc.constant(""),
  requestedDate: fc.constant(""),
  sarReceivedDate: anyIsoDate,
  complaintDate: anyIsoDate,
  lastContactDate: fc.constant(""),
  records: fc.subarray([...RECORD_IDS]),
  electronicCopy: fc.boolean(),
  toDpo: fc.boolean(),
  tone: fc.constantFrom(...TONES),
  audience: fc.constantFrom(...AUDIENCES),
  chasing: fc.constantFrom(...CHASE_TARGETS),
  questions: fc.subarray([...QUESTION_IDS]),
  nation: fc.constantFrom(...NATIONS),
  includeThanks: fc.boolean(),
  includeFeedback: fc.boolean(),
  includeFuture: fc.boolean(),
  askElsewhere: fc.boolean(),
});

/** Any draft, with brackets, braces and the words "undefined" and "null" typed differently. */
const anyDraftWithoutMarkers = anyDraft.map((draft): LetterDraft => ({
  ...draft,
  ...Object.fromEntries(
    TEXT_FIELDS.map((key) => [key, draft[key].replace(/[[{]/g, "(").replace(/undefined|null/gi, "nil")]),
  ),
}));

/** The subject access letters, which follow the data protection route rather than the interview's. */
const DATA_PROTECTION_LETTERS = new Set<string>([
  "subject-access-request",
  "subject-access-chaser",
  "data-protection-complaint",
  "ico-complaint",
]);

describe("composeLetter with arbitrary text in every field", () => {
  it("never leaves placeholders, 'undefined', doubled spaces or runs of blank lines, and keeps every typed value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LETTER_TYPES), anyDraftWithoutMarkers, (type, draft) => {
        const letter = composeLetter(type, draft);
        const text = toPlainText(letter);
        // Typed text here holds no bracket, brace, "undefined" or "null", so any in the
        // letter leaked from the template. (Typed braces staying literal: see `fill`.)
        expectWellFormed(text, text);
        for (const field of FIELDS_SHOWN[type]) {
          const value = cleanField(draft[field]);
          if (value) expect(text).toContain(value);
        }
        expectValuedKept(type, text, draft.valued);
        const reference = toJobReference(draft.jobReference);
        const dataProtection = DATA_PROTECTION_LETTERS.has(type);
        // Letters about the interview name the vacancy's reference in the body; data
        // protection letters name it in the subject, with the interview.
        if (reference && !dataProtection) expect(letter.body).toContain(`(ref ${reference})`);
        // A subject never starts with "Re:" (or anything typed): it would pretend to be a reply.
        if (letter.subject !== null) {
          expect(letter.subject).not.toMatch(/^\s*(re|fwd?|aw|sv)\s*:/iu);
          expect(letter.subject).toMatch(
            dataProtection
              ? /^(Subject access request:|Data protection complaint:|Complaint about a subject access request:)/u
              : /^(Interview\b|My recent interview:)/u,
          );
        }
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it("never starts a subject with Re:, even when the role or organisation typed does", () => {
    const replyLike = fc.constantFrom("Re: ", "RE:", "re:", "Fwd: ", " Re : ", "Re: Re: ");
    fc.assert(
      fc.property(
        fc.constantFrom(...LETTER_TYPES),
        anyDraft,
        replyLike,
        fc.constantFrom("role", "organisation", "jobReference") as fc.Arbitrary<
          "role" | "organisation" | "jobReference"
        >,
        (type, draft, prefix, field) => {
          const { subject } = composeLetter(type, { ...draft, [field]: prefix + draft[field] });
          if (subject !== null) expect(subject).not.toMatch(/^\s*(re|fwd?)\s*:/iu);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});

/**
 * Every letter (and each thing the chaser can follow up), tone and audience, for the
 * complete and the public-sector drafts, with every field filled and every option ticked.
 */
const fullCases = LETTER_TYPES.flatMap((type) =>
  (["complete", "publicSector"] as const).flatMap((name) =>
    (type === "chaser" ? CHASE_TARGETS : (["feedback-request"] as const)).flatMap((chasing) =>
      TONES.flatMap((tone) =>
        AUDIENCES.map((audience) => ({
          type,
          name,
          chasing,
          tone,
          audience,
          draft: {
            ...DRAFTS[name],
            tone,
            audience,
            chasing,
            newVacancy: "Lead Designer",
            feedbackPoint: "giving shorter examples",
            followUp: "Which example ran long?",
            includeThanks: true,
            includeFeedback: true,
            includeFuture: true,
            askElsewhere: true,
          } as LetterDraft,
        })),
      ),
    ),
  ),
);

describe("wording that reads well with everything filled in", () => {
  // The job comes first, so a mail app that cuts a long subject short cuts the least
  // useful part. The longest realistic subjects are to an agency, which also needs the
  // client's name, and those with a reference number.
  it.each(fullCases)(
    "the $type ($chasing, $tone, to $audience) subject for the $name draft is at most 80 characters",
    ({ type, draft }) => {
      const { subject } = composeLetter(type, draft);
      if (subject !== null) expect(subject.length).toBeLessThanOrEqual(80);
    },
  );

  it.each(fullCases)(
    "the $type ($chasing, $tone, to $audience) for the $name draft repeats no four-word phrase",
    ({ type, draft }) => {
      const { body } = composeLetter(type, draft);
      // The typed fields may repeat by design (the role in the opening and on the phone
      // to reception); only the template's own words are judged.
      const words = templateText(body, draft)
        .toLowerCase()
        .split(/[^a-z']+/)
        .filter(Boolean);
      const seen = new Map<string, number>();
      for (let i = 0; i + 4 <= words.length; i++) {
        const phrase = words.slice(i, i + 4).join(" ");
        seen.set(phrase, (seen.get(phrase) ?? 0) + 1);
      }
      const repeated = [...seen].filter(([, n]) => n > 1).map(([phrase]) => phrase);
      if (type === "phone-script") return; // a script says some lines in each branch on purpose
      expect(repeated).toEqual([]);
      expect(body.match(/\breally\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(body.match(/similar roles/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(body.match(/hearing about/g)?.length ?? 0).toBeLessThanOrEqual(1);
    },
  );

  it("no opening suggests the person had to chase for the news", () => {
    for (const { type, draft } of fullCases) expect(composeLetter(type, draft).body).not.toMatch(/getting back to me/i);
  });
});

describe("the tip about asking for too much", () => {
  const count = (type: LetterType, patch: Partial<LetterDraft>) =>
    requestCount(LETTERS[type], { ...DRAFTS.empty, ...patch } as LetterDraft);
  it("counts the questions and the extra asks a letter makes", () => {
    expect(count("feedback-request", {})).toBe(1);
    expect(count("feedback-request", { questions: ["weaker-parts", "next-time"] })).toBe(2);
    expect(count("feedback-request", { questions: ["weaker-parts", "next-time"], includeFuture: true })).toBe(3);
    expect(count("feedback-request", { includeFuture: true, askElsewhere: true, audience: "agency" })).toBe(3);
  });
  it("ignores what the letter does not ask", () => {
    expect(count("thank-you", { questions: [...QUESTION_IDS] })).toBe(0);
    expect(count("keep-me-in-mind", { includeFuture: true })).toBe(0);
    expect(count("feedback-request", { askElsewhere: true })).toBe(1);
    // Only an agency is asked in writing about vacancies elsewhere.
    expect(count("feedback-request", { includeFuture: true, askElsewhere: true })).toBe(2);
  });
});

describe("filling a template inserts typed text literally", () => {
  it("keeps $ patterns that String.replace would otherwise expand", () => {
    expect(fill("Chase feedback once: {about}", { about: "Ca$$h & $& analyst" })).toBe(
      "Chase feedback once: Ca$$h & $& analyst",
    );
    const letter = composeLetter("chaser", {
      ...DRAFTS.empty,
      audience: "agency",
      role: "Ca$$h & $& analyst",
      organisation: "$'$`$1",
    });
    expect(letter.subject).toBe("Interview for Ca$$h & $& analyst at $'$`$1: following up on feedback");
  });

  it("inserts any text exactly, whatever $ sequences it holds", () => {
    const dollarText = fc.oneof(
      fc.string(),
      fc
        .array(fc.constantFrom("$", "$$", "$&", "$`", "$'", "$1", "$<x>", "{about}", "a", " "), { maxLength: 10 })
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(dollarText, dollarText, (before, value) => {
        const template = `${before.replace(/[{}]/g, "")} {about} end`;
        expect(fill(template, { about: value })).toBe(`${before.replace(/[{}]/g, "")} ${value} end`);
      }),
      { numRuns: 1000 },
    );
  });
});

/** The subject and the greeting, which a reader sees first. */
const opening = (type: LetterType, draft: LetterDraft) => {
  const letter = composeLetter(type, draft);
  return { subject: letter.subject, greeting: letter.body.split("\n")[0] };
};

describe("subjects and greetings, written out for two drafts", () => {
  it.each([
    ["feedback-request", "Interview for Senior Designer: feedback request", "Dear Priya Shah,"],
    ["thank-you", "Interview for Senior Designer: thank you", "Dear Priya Shah,"],
    ["keep-me-in-mind", "Interview for Senior Designer: keeping in touch", "Dear Priya Shah,"],
    ["chaser", "Interview for Senior Designer: following up on feedback", "Dear Priya Shah,"],
    ["outcome-check", "Interview for Senior Designer: any update?", "Dear Priya Shah,"],
    ["feedback-reply", "Interview for Senior Designer: thank you for the feedback", "Dear Priya Shah,"],
  ] as const)("the complete %s: %j, %j", (type, subject, greeting) => {
    expect(opening(type, DRAFTS.complete)).toEqual({ subject, greeting });
  });

  it.each([
    ["feedback-request", "Interview for Staff Nurse (ref 123-AB-4567): feedback request"],
    ["thank-you", "Interview for Staff Nurse (ref 123-AB-4567): thank you"],
    ["keep-me-in-mind", "Interview for Staff Nurse (ref 123-AB-4567): keeping in touch"],
    ["chaser", "Interview for Staff Nurse (ref 123-AB-4567): following up on feedback"],
    ["outcome-check", "Interview for Staff Nurse (ref 123-AB-4567): any update?"],
    ["feedback-reply", "Interview for Staff Nurse (ref 123-AB-4567): thank you for the feedback"],
  ] as const)("the public-sector %s: %j, to Dr Okafor", (type, subject) => {
    expect(opening(type, DRAFTS.publicSector)).toEqual({ subject, greeting: "Dear Dr Okafor," });
  });

  it.each([
    ["feedback-request", "My recent interview: feedback request", "Dear Hiring Manager,"],
    ["chaser", "My recent interview: following up on feedback", "Dear Hiring Manager,"],
    ["outcome-check", "My recent interview: any update?", "Dear Hiring Manager,"],
  ] as const)("the empty %s: %j, %j", (type, subject, greeting) => {
    expect(opening(type, DRAFTS.empty)).toEqual({ subject, greeting });
  });

  it.each([
    [
      "an agency gets the client's name too",
      { audience: "agency" },
      "Interview for Senior Designer at Northwind Studio: feedback request",
    ],
    [
      "a reference number takes the organisation's place",
      { audience: "agency", jobReference: "Ref: NW-88" },
      "Interview for Senior Designer (ref NW-88): feedback request",
    ],
    ["an organisation with no role", { role: "" }, "Interview at Northwind Studio: feedback request"],
    [
      "a reference with no role or organisation",
      { role: "", organisation: "", jobReference: "4471" },
      "Interview (ref 4471): feedback request",
    ],
  ] as const)("%s", (_name, patch, subject) => {
    expect(composeLetter("feedback-request", { ...DRAFTS.complete, ...patch }).subject).toBe(subject);
  });
});

describe("greeting the recipient by name", () => {
  it.each([
    ["Dr Sam Okafor", "formal", "Dear Dr Okafor,"],
    ["Dr Sam Okafor", "warm", "Hello Sam,"],
    ["Sam Okafor", "formal", "Dear Sam Okafor,"],
    ["Sam Okafor", "warm", "Hello Sam,"],
    ["mrs. jones", "formal", "Dear Mrs jones,"],
    ["Dr", "formal", "Dear Hiring Manager,"],
    ["", "warm", "Hello,"],
  ] as const)("%j (%s) opens %j", (recipientName, tone, greeting) => {
    expect(opening("thank-you", { ...DRAFTS.empty, recipientName, tone }).greeting).toBe(greeting);
  });

  it.each([
    ["hiring-manager", "formal", "Dear [Name of the person who interviewed you],"],
    ["hiring-manager", "warm", "Hello [Name of the person who interviewed you],"],
    ["panel-chair", "formal", "Dear [Name of the panel chair],"],
    ["hr-team", "formal", "Dear [Name of the person who wrote to you],"],
    ["agency", "formal", "Dear [Name of your recruiter],"],
  ] as const)("the preview to %s (%s) asks for the missing name: %j", (audience, tone, greeting) => {
    const draft = { ...DRAFTS.empty, audience, tone };
    expect(composeLetter("feedback-request", draft, { namePrompt: true }).body.split("\n")[0]).toBe(greeting);
    expect(composeLetter("feedback-request", draft, { gaps: true }).body.split("\n")[0]).toBe(greeting);
    // What is copied and sent never holds the gap.
    expect(composeLetter("feedback-request", draft).body).not.toContain("[");
  });

  it("the preview shows a typed name exactly as the sent letter does", () => {
    const draft = { ...DRAFTS.empty, recipientName: "Dr Sam Okafor" };
    expect(composeLetter("chaser", draft, { namePrompt: true })).toEqual(composeLetter("chaser", draft));
  });

  it("every name prompt is a bracketed gap", () => {
    for (const prompt of Object.values(NAME_PROMPTS)) expect(prompt).toMatch(/^\[Name of [a-z ]+\]$/);
  });
});

describe("the formal feedback request", () => {
  const body = composeLetter("feedback-request", DRAFTS.complete).body;

  it("says thank you once", () => {
    expect(body.match(/\bthank/giu)).toHaveLength(1);
    expect(body).not.toMatch(/grateful|appreciate/iu);
  });

  it("reads, in full, as written", () => {
    expect(body).toBe(
      [
        "Dear Priya Shah,",
        "Thank you for interviewing me for the Senior Designer role at Northwind Studio on Tuesday 4 November, and for letting me know the outcome. I particularly valued hearing how the team plans its releases.",
        "I am keen to keep improving, so any feedback you can share on my interview would help. In particular, it would be useful to know what would make me a stronger candidate next time. I know your time is limited, so even a few lines would be welcome.",
        "I remain interested in working at Northwind Studio and would welcome being considered for similar roles in future.",
        "Kind regards,\nSam Taylor\nsam@example.com\n07700 900123",
      ].join("\n\n"),
    );
  });

  it("asks whether an answer fell short, not which parts were weaker", () => {
    const asked = composeLetter("feedback-request", { ...DRAFTS.empty, questions: ["weaker-parts"] }).body;
    expect(asked).toContain("it would be useful to know whether there was an answer that fell short.");
    expect(QUESTION_LIST["weaker-parts"]).toBe("Was there an answer that fell short?");
  });
});

describe("words no letter uses", () => {
  it("never gushes: no 'love' in any letter's wording", () => {
    expect(JSON.stringify(WORDING)).not.toMatch(/\blove\b/iu);
  });

  it("never presumes the appointment will fail", () => {
    expect(JSON.stringify(WORDING)).not.toMatch(/appointment (does not|doesn't) work out|falls? through/iu);
  });

  it.each(["feedback-request", "thank-you", "keep-me-in-mind", "feedback-reply"] as const)(
    "the %s asks an employer nothing about vacancies elsewhere, whatever is ticked",
    (type) => {
      for (const audience of ["hiring-manager", "panel-chair", "hr-team"] as const) {
        const draft = { ...DRAFTS.complete, audience, includeFuture: true, askElsewhere: true };
        expect(composeLetter(type, draft).body).not.toMatch(/elsewhere|comparable/u);
        expect(LETTERS[type].offersElsewhere(draft)).toBe(false);
      }
    },
  );
});

describe("writing to the chair of an interview panel", () => {
  it.each([
    [
      "thank-you",
      "Thank you and the panel for interviewing me for the Staff Nurse role at Riverside Hospitals NHS Trust (ref 123-AB-4567) on Tuesday 17 November, and for letting me know the outcome.",
    ],
    [
      "feedback-request",
      "so any feedback you or the panel can share on my interview would help. In particular, it would be useful to know whether there was an answer that fell short.",
    ],
    [
      "keep-me-in-mind",
      "I was recently interviewed by you and your panel for the Staff Nurse role at Riverside Hospitals NHS Trust (ref 123-AB-4567) on Tuesday 17 November.",
    ],
    ["phone-script", "Could you spare a few minutes to share the panel's feedback?"],
  ] as const)("the %s says %j", (type, sentence) => {
    expect(composeLetter(type, DRAFTS.publicSector).body).toContain(sentence);
  });

  it("greets an unnamed panel chair by the role, and the phone script asks for them by it", () => {
    const draft = { ...DRAFTS.publicSector, recipientName: "" };
    expect(composeLetter("thank-you", draft).body).toMatch(/^Dear Panel Chair,\n/u);
    expect(composeLetter("phone-script", draft).body).toContain(
      "Could I speak to the chair of my interview panel, please?",
    );
  });
});

describe("the job reference number", () => {
  it.each([
    ["123-AB-4567", "123-AB-4567"],
    ["  Ref: 123-AB-4567 ", "123-AB-4567"],
    ["ref 123", "123"],
    ["Job reference no. 998", "998"],
    ["Reference number: C-77", "C-77"],
    ["(4471)", "4471"],
    ["REF-2024-001", "REF-2024-001"],
    ["Ref123", "Ref123"],
    ["", ""],
  ])("%j is written as %j", (typed, expected) => {
    expect(toJobReference(typed)).toBe(expected);
  });

  it("goes in the first sentence only, after the role", () => {
    const body = composeLetter("feedback-request", DRAFTS.publicSector).body;
    expect(body.split("(ref 123-AB-4567)")).toHaveLength(2);
    expect(body.split("\n\n")[1]).toContain(
      "for the Staff Nurse role at Riverside Hospitals NHS Trust (ref 123-AB-4567) on Tuesday 17 November",
    );
  });

  it("the phone script gives it to whoever answers", () => {
    expect(composeLetter("phone-script", DRAFTS.publicSector).body).toContain(
      "I'm calling about my interview for the Staff Nurse role at Riverside Hospitals NHS Trust (ref 123-AB-4567) on Tuesday 17 November.",
    );
  });
});

describe("the chaser follows up what was sent", () => {
  it("follows up an email about the outcome without mentioning feedback", () => {
    const letter = composeLetter("chaser", DRAFTS.chasingOutcome);
    expect(letter.subject).toBe("Interview for Teaching Assistant: following up my earlier email");
    expect(letter.body).toBe(
      [
        "Dear Mr Jones,",
        "I am writing to follow up my recent email asking about the outcome of my interview for the Teaching Assistant role. Could you let me know whether a decision has been made, or when one is expected?",
        "If the post has been filled, a short reply to say so is all I need. Thank you for your time.",
        "Kind regards,",
      ].join("\n\n"),
    );
    expect(asksQuestions("chaser", DRAFTS.chasingOutcome)).toBe(false);
  });

  it("in the warm tone, to an agency", () => {
    const letter = composeLetter("chaser", {
      ...DRAFTS.chasingOutcome,
      tone: "warm",
      audience: "agency",
      organisation: "Oakfield School",
    });
    expect(letter.body).toContain(
      "I'm just following up my recent email about my interview for the Teaching Assistant role at Oakfield School. Has Oakfield School made a decision yet, or given a rough date for one?",
    );
    expect(letter.body).not.toMatch(/feedback/iu);
  });

  it("follows up a feedback request by default, repeating the question", () => {
    expect(DRAFTS.empty.chasing).toBe("feedback-request");
    expect(composeLetter("chaser", DRAFTS.empty).body).toContain("asking for feedback on my interview");
    expect(asksQuestions("chaser", DRAFTS.empty)).toBe(true);
  });
});
