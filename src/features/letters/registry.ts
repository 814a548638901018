/**
 * The registry: every letter the builder writes, one entry each (entries/<letter>.ts).
 * Pages, the server-rendered template and the tests read it from here. In the browser
 * each letter page loads only its own entry (letter-builder.ts), so adding letters
 * does not grow any page's script.
 *
 * Adding a letter: add its id to LETTER_TYPES (types.ts), write entries/<id>.ts with
 * its page text, form parts and wording, and list it here. The types make a missing
 * line a compile error.
 */
import { composeWith, lacksSignature as lacks, type ComposeOptions, type LetterDefinition } from "./compose";
import type { ComposedLetter, LetterDraft, LetterType } from "./types";
import { letter as chaser } from "./entries/chaser";
import { letter as feedbackRequest } from "./entries/feedback-request";
import { letter as feedbackReply } from "./entries/feedback-reply";
import { letter as keepMeInMind } from "./entries/keep-me-in-mind";
import { letter as outcomeCheck } from "./entries/outcome-check";
import { letter as phoneScript } from "./entries/phone-script";
import { letter as thankYou } from "./entries/thank-you";
import { letter as subjectAccessRequest } from "./entries/subject-access-request";
import { letter as subjectAccessChaser } from "./entries/subject-access-chaser";
import { letter as dataProtectionComplaint } from "./entries/data-protection-complaint";
import { letter as icoComplaint } from "./entries/ico-complaint";

export const LETTERS: Readonly<Record<LetterType, LetterDefinition>> = {
  "feedback-request": feedbackRequest,
  "thank-you": thankYou,
  "keep-me-in-mind": keepMeInMind,
  "phone-script": phoneScript,
  chaser,
  "outcome-check": outcomeCheck,
  "feedback-reply": feedbackReply,
  "subject-access-request": subjectAccessRequest,
  "subject-access-chaser": subjectAccessChaser,
  "data-protection-complaint": dataProtectionComplaint,
  "ico-complaint": icoComplaint,
};

/** Composes the letter of the given type from a draft. Never throws for any draft content. */
export const composeLetter = (type: LetterType, draft: LetterDraft, options: ComposeOptions = {}): ComposedLetter =>
  composeWith(LETTERS[type], draft, options);

/** True when the letter, with these options, asks the feedback questions. */
export const asksQuestions = (type: LetterType, draft: LetterDraft): boolean => LETTERS[type].asksQuestions(draft);

/** True when the letter, with these options, can ask about similar vacancies elsewhere. */
export const offersElsewhere = (type: LetterType, draft: LetterDraft): boolean => LETTERS[type].offersElsewhere(draft);

/** True when an email would go out unsigned because the sender's name is empty. */
export const lacksSignature = (type: LetterType, draft: Pick<LetterDraft, "senderName">): boolean =>
  lacks(LETTERS[type], draft);
