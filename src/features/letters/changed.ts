/**
 * Which words of the letter an edit changed, so the preview can mark them: on a phone
 * the letter is a screen or more away from the field, and the reader should see at a
 * glance what her last edit did. One span covers the change, widened to whole words.
 */

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/u.test(char);

/**
 * The part of `after` that differs from `before`, as [start, end) offsets widened to
 * whole words, or null when nothing was added (no change, or only words taken out).
 */
export function changedSpan(before: string, after: string): [number, number] | null {
  if (before === after) return null;
  const most = Math.min(before.length, after.length);
  let start = 0;
  while (start < most && before[start] === after[start]) start++;
  let fromEnd = 0;
  while (fromEnd < most - start && before[before.length - 1 - fromEnd] === after[after.length - 1 - fromEnd]) fromEnd++;
  let end = after.length - fromEnd;
  while (start < end && isSpace(after[start])) start++;
  while (end > start && isSpace(after[end - 1])) end--;
  // Whole words: an edit inside a word marks the word (and a pair of UTF-16 halves is never cut).
  const inWord = (at: number): boolean => at > 0 && !isSpace(after[at - 1]) && at < after.length && !isSpace(after[at]);
  if (inWord(start)) while (start > 0 && !isSpace(after[start - 1])) start--;
  if (inWord(end)) while (end < after.length && !isSpace(after[end])) end++;
  return start < end ? [start, end] : null;
}
