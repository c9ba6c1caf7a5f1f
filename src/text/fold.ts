/**
 * Spelling folding: Danes without a Danish keyboard write ae/oe/aa for æ/ø/å ("slaar", "blaa maerker"). Text and
 * lexicon are folded the same way, to æ/ø/å, so either spelling matches either. Also drops accents ("é").
 */
export function fold(word: string): string {
  // toLowerCase is right for Danish (æ/ø/å have no locale rules) and much faster than toLocaleLowerCase.
  let lower = word.toLowerCase();
  if (/[^a-zæøå0-9]/.test(lower))
    lower = lower
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[äö]/g, (c) => (c === 'ä' ? 'æ' : 'ø'));
  if (lower.includes('a') || lower.includes('o'))
    lower = lower.replace(/aa/g, 'å').replace(/ae/g, 'æ').replace(/oe/g, 'ø');
  return lower;
}

/**
 * Whether a (its first `aLength` letters) and b differ by at most one edit: one letter inserted, deleted or replaced,
 * or two neighbours swapped (Damerau). Linear, no allocation: it runs for every lexicon word of the right first letter
 * and length each time a word unknown to the lexicon is read.
 */
export function withinOneEdit(a: string, b: string, aLength: number = a.length): boolean {
  const la = aLength;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (sameRest(a, i + 1, la, b, i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      sameRest(a, i + 2, la, b, i + 2)
    );
  }
  return la > lb ? sameRest(a, i + 1, la, b, i) : sameRest(a, i, la, b, i + 1);
}

/** a from `from` to `aEnd` is b from `bFrom` to its end. */
function sameRest(a: string, from: number, aEnd: number, b: string, bFrom: number): boolean {
  if (aEnd - from !== b.length - bFrom) return false;
  for (let i = from, j = bFrom; i < aEnd; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
