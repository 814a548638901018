/**
 * What to practise after an interview: one next action in words for each question,
 * and the debrief as plain text (Copy as text, and the printed worksheet). The order
 * and progress are in progress.ts. Pure: no window, no document.
 */
import { CAUSES, FORMATS, RATINGS, type Debrief, type Question } from "./debrief-state";
import { practiseOrder } from "./progress";

const STAR = ["situation", "task", "action", "result"] as const;

/** Joins words as people write a list: "a", "a and b", "a, b and c". */
export const listWords = (words: readonly string[]): string =>
  words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;

/** The one next thing to do for a question, in words. */
export function nextAction(q: Question): string {
  const { answer, causes } = q;
  if (q.kind === "knowledge" || causes.includes("knowledge")) {
    const what = answer.learn.trim();
    if (!what) return "Write down what you need to learn for this question, and where you will learn it.";
    return `Learn: ${what}${answer.where.trim() ? ` (${answer.where.trim()})` : ""}. Then explain it out loud in plain words.`;
  }
  const missing = STAR.filter((part) => !answer[part].trim());
  if (missing.length) return `Finish your better answer: add the ${listWords(missing)}.`;
  if (causes.includes("off-question"))
    return "Start with one sentence that answers the question, then give your example.";
  if (causes.includes("too-long")) return "Say your answer out loud and time it: aim for about two minutes.";
  if (causes.includes("too-short")) return "Say more about what you did yourself and how it turned out.";
  if (causes.includes("nerves")) return "Say your answer out loud to a friend, or record it and listen back.";
  return "Say your better answer out loud, in the order situation, task, action, result.";
}

/** "2026-12-03" as "3 December 2026"; "" stays "". */
export const dateWords = (date: string): string =>
  date &&
  new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** A debrief's name in the list of interviews: role and organisation, with the date when given. */
export function debriefTitle(d: Debrief): string {
  const role = d.role.trim();
  const organisation = d.organisation.trim();
  const name = role && organisation ? `${role} at ${organisation}` : role || organisation || "An interview";
  return d.date ? `${name}, ${dateWords(d.date)}` : name;
}

/**
 * The names in the list of interviews, in order: each debrief's title, with "(2)", "(3)"…
 * after a title already used above it, so two debriefs never read the same.
 */
export function pickerNames(debriefs: readonly Debrief[]): string[] {
  const seen = new Map<string, number>();
  return debriefs.map((d) => {
    const title = debriefTitle(d);
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    return n === 1 ? title : `${title} (${n})`;
  });
}

/** One section of the worksheet: a heading and its lines. */
export interface Section {
  readonly heading: string;
  readonly lines: readonly string[];
}

/** The debrief as worksheet sections, the same for the printout and the copied text. */
export function toSections(d: Debrief): Section[] {
  const about = [d.format && `Format: ${FORMATS[d.format]}`, d.date && `Date: ${dateWords(d.date)}`].filter(Boolean);
  const questions = practiseOrder(d.questions).map((q, i) => {
    const parts = [`${i + 1}. ${q.text.trim()}`];
    if (q.rating) parts.push(`How it went: ${RATINGS[q.rating]}.`);
    if (q.causes.length) parts.push(`What held it back: ${q.causes.map((c) => CAUSES[c].toLowerCase()).join(", ")}.`);
    const labels =
      q.kind === "knowledge"
        ? ([
            ["learn", "What to learn"],
            ["where", "Where"],
          ] as const)
        : STAR.map((part) => [part, part[0]!.toUpperCase() + part.slice(1)] as const);
    for (const [part, label] of labels) if (q.answer[part].trim()) parts.push(`${label}: ${q.answer[part].trim()}`);
    parts.push(`Next: ${nextAction(q)}`, q.practised ? "Practised: yes." : "Practised: not yet.");
    return parts.join("\n");
  });
  const feedback = d.feedback
    .filter((f) => f.text.trim())
    .map((f) => `${f.kind === "knowledge" ? "Knowledge: " : f.kind === "style" ? "Style: " : ""}${f.text.trim()}`);
  return [
    { heading: "The interview", lines: about },
    { heading: "What to practise, hardest first", lines: questions },
    { heading: "Feedback", lines: feedback },
  ].filter((section) => section.lines.length);
}

/** The debrief as plain text, for Copy as text. */
export function toPlainText(d: Debrief): string {
  const sections = toSections(d).map((s) => `${s.heading}\n\n${s.lines.join("\n\n")}`);
  return `Interview debrief: ${debriefTitle(d)}\n\n${sections.join("\n\n")}\n`;
}
