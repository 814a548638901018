/**
 * The practice list's order (the questions that went worst first) and progress
 * ("3 of 5 practised"). Small and apart from practice.ts, because the plan's steps load
 * it to show the debrief's progress. Pure: no window, no document.
 */
import type { DebriefState, Question } from "./debrief-state";

/** Struggled first, then so-so, then not yet rated, then went well. */
const RANK = { struggled: 0, "so-so": 1, "": 2, well: 3 } as const;

/** The questions to practise, worst first; questions of equal rating keep their order. Blank ones are left out. */
export function practiseOrder(questions: readonly Question[]): Question[] {
  return questions.filter((q) => q.text.trim()).sort((a, b) => RANK[a.rating] - RANK[b.rating]);
}

/** How many questions, across every debrief, are practised. */
export function countPractised(state: DebriefState): { done: number; total: number } {
  const questions = state.debriefs.flatMap((d) => practiseOrder(d.questions));
  return { done: questions.filter((q) => q.practised).length, total: questions.length };
}

/** "3 of 5 practised". */
export const practisedText = ({ done, total }: { done: number; total: number }): string =>
  `${done} of ${total} practised`;
