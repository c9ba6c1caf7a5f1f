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
 * Whether a and b differ by at most one edit: one letter inserted, deleted or replaced, or two neighbours swapped
 * (Damerau). Linear, no allocation.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
