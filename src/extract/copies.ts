// Whether hidden content copies what the page shows (then it is left out) or is the only copy of
// what it prints (then it is read all the same): compared by words, numbers aside.

/** Text as compared for copies: no spaces, digits or number punctuation (a copy may print other numbers). */
const NOT_COMPARED = /[\s\d.,，。、|｜%％]+/g;
const PROBE = 12;

/** `text` as `copies` compares it (to prepare the shown text once) */
export function comparedText(text: string): string {
  return text.replace(NOT_COMPARED, '');
}

/**
 * Whether hidden text copies what the page shows (`shown`, as comparedText): its words (numbers
 * aside) are printed there. A short text must be there whole; a longer one is probed at three
 * places, two of which must be. Text of numbers only copies anything.
 */
export function copies(hiddenText: string, shown: string): boolean {
  const t = comparedText(hiddenText);
  if (t.length <= 2 * PROBE) return shown.includes(t);
  let found = 0;
  for (const at of [0.25, 0.5, 0.75]) {
    const i = Math.floor(t.length * at);
    if (shown.includes(t.slice(i, i + PROBE))) found++;
  }
  return found >= 2;
}
