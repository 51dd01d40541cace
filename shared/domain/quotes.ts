/**
 * Someone's words as every screen and file prints them: in one pair of curly quotes, whatever
 * quote marks the consultant typed around them (straight, curly, single, guillemets), so a quote
 * never reads ““like this””.
 */
const MARKS = `"'“”„‟‘’‚‛«»‹›`;
const around = new RegExp(`^[\\s${MARKS}]+|[\\s${MARKS}]+$`, 'gu');
const opening = new RegExp(`^\\s*[${MARKS}]`, 'u');

/** The words without the quote marks typed around them. Marks are taken off only when the words
 * open with one: "the patients’" keeps its apostrophe. */
export function unquoted(text: string): string {
  return opening.test(text) ? text.replace(around, '') : text.trim();
}

/** The words in one pair of quotes; empty for empty words. */
export function quoted(text: string): string {
  const core = unquoted(text);
  return core ? `“${core}”` : '';
}
