/**
 * Words the four subject access letters share: who they are addressed to, the list
 * of records, and the sentence that names the request. Loaded only by those letters'
 * pages (each letter page's script carries its own entry and what it imports).
 */
import type { LetterContext } from "../letters/compose";
import { endSentence } from "../letters/text";
import { formatLongDate, parseIsoDate } from "../letters/timing";
import type { RecordId, Tone } from "../letters/types";
import { sarDeadline } from "./deadline";

/** What each record is called inside the request, in list order. */
export const RECORD_WORDS: Readonly<Record<RecordId, string>> = {
  notes: "the notes each member of the interview panel made about me",
  scores: "any scores, ratings or marking sheets about me",
  tests: "my test results and any assessment-centre marks",
  messages: "emails and messages that discuss me or my application",
  decision: "the reason recorded for the decision not to offer me the role",
  screening: "details of any automated screening or sifting of my application, and of how it reached its result",
};

/** "Dear Data Protection Officer," or "Dear HR Team,", or the person's name when given. */
export function sarGreeting({ draft, facts, tone, f }: LetterContext): string {
  if (facts.text.recipientName) return f(tone === "warm" ? "Hello {name}," : "Dear {name},");
  if (tone === "warm") return "Hello,";
  return draft.toDpo ? "Dear Data Protection Officer," : "Dear HR Team,";
}

/** For subject lines: "Designer at Acme", "interview at Acme" or "my recent interview" (the shared slot). */
export const sarAbout = ({ slots }: LetterContext): string => slots["about"] ?? "";

/** The sentences that identify the application: other dates and a reference, when given. */
export function identifyingSentences({ facts }: LetterContext, tone: Tone): string[] {
  const out: string[] = [];
  if (facts.text.otherDates)
    out.push(
      endSentence(
        `${tone === "warm" ? "Other stages were on" : "Other stages took place on"} ${facts.text.otherDates}`,
      ),
    );
  if (facts.text.candidateRef) out.push(endSentence(`My candidate reference is ${facts.text.candidateRef}`));
  return out;
}

/**
 * "You received it on Tuesday 3 September 2024, so your answer was due by Thursday
 * 3 October 2024." from the draft's received date, "[date they received it]" as a gap,
 * or "" when no date is given.
 */
export function dueSentence({ draft, gaps }: LetterContext, past: boolean): string {
  const deadline = sarDeadline({ received: draft.sarReceivedDate }, draft.nation);
  const received = parseIsoDate(draft.sarReceivedDate);
  if (!deadline?.due || !received) {
    return gaps
      ? "You received it on [the date they received it], so the one-month time limit for answering it ends on [the due date]."
      : "";
  }
  const verb = past ? "ended" : "ends";
  return `You received it on ${formatLongDate(received, true)}, so the one-month time limit for answering it ${verb} on ${formatLongDate(deadline.due, true)}.`;
}
