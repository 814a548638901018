/**
 * The one list of journey steps. The article schema's `journey` enum (JOURNEY_STEPS,
 * re-exported by src/features/advice/schema.ts) is derived from the ids written here, so a step
 * added, renamed or removed here changes both the home page and what articles may name.
 * This file imports nothing from the schema, so the schema can import it.
 */
export interface JourneyStepInfo<Id extends string = string> {
  /** Stable id: articles name it in `journey`, and it is part of /advice/step/<id>/. */
  id: Id;
  title: string;
  /** One or two sentences shown under the step heading. */
  text: string;
  /** Tools that help with this step, beyond the articles filed under it. */
  tools: { href: string; label: string }[];
}

/** The home page's step-by-step journey, from the first day to the next application. */
export const JOURNEY = [
  {
    id: "feel",
    title: "Give yourself the first day",
    text: "Hearing no after all that preparation hurts. You do not have to reply or decide anything today.",
    tools: [{ href: "/plan/#first-days", label: "Steps for the first day or two" }],
  },
  {
    id: "reply",
    title: "Reply, say thank you and ask for feedback",
    text: "A short, gracious reply within two or three working days keeps your name in good standing and opens the way to useful feedback.",
    tools: [
      { href: "/letters/thank-you/", label: "Write a thank-you note" },
      { href: "/letters/feedback-request/", label: "Write a feedback request" },
    ],
  },
  {
    id: "understand",
    title: "Make sense of what happened",
    text: "Note what went well, read any feedback calmly, and turn vague phrases into something you can act on.",
    tools: [{ href: "/plan/#first-week", label: "Steps for the first week" }],
  },
  {
    id: "door",
    title: "Keep the door open",
    text: "Offers fall through and similar roles come up. Letting the employer know you are still keen costs you very little.",
    tools: [
      { href: "/letters/keep-me-in-mind/", label: "Write a keep-me-in-mind note" },
      { href: "/letters/phone-script/", label: "Prepare a phone call" },
    ],
  },
  {
    id: "next",
    title: "Get ready for the next application",
    text: "Close the gaps the interview showed, practise out loud, and choose your next applications with care.",
    tools: [{ href: "/plan/#next-interview", label: "Steps before the next interview" }],
  },
] as const satisfies readonly JourneyStepInfo[];

/** A journey step id, typed from the list above ("feel" | "reply" | …). */
export type JourneyStep = (typeof JOURNEY)[number]["id"];

/** The step ids in reading order, as the non-empty tuple z.enum needs. */
export const JOURNEY_STEPS = JOURNEY.map((step) => step.id) as [JourneyStep, ...JourneyStep[]];
