/**
 * Danish CPR numbers: DDMMÅÅ-XXXX and variants (no dash, a space, dots or spaces in the date, an en dash).
 * The modulus-11 check is not used: numbers issued since 2007 need not satisfy it. Any DDDDDD-DDDD is
 * masked too, even with an impossible date: a mistyped CPR number is still personal data.
 */
const CPR =
  /(?<![\p{N}])(?:(?:0[1-9]|[12]\d|3[01])[ ./]?(?:0[1-9]|1[0-2])[ ./]?\d{2} ?[-–]? ?\d{4}|\d{6} ?[-–] ?\d{4})(?![\p{N}])/gu;

export const CPR_MASK = '[CPR-nr. fjernet]';

export interface CprHit {
  start: number;
  end: number;
}

export function findCprNumbers(text: string): CprHit[] {
  return [...text.matchAll(CPR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function containsCpr(text: string): boolean {
  return findCprNumbers(text).length > 0;
}

/** Replaces every CPR number with a visible mask, so nothing downstream can store or echo it. */
export function maskCpr(text: string): { text: string; masked: number } {
  let masked = 0;
  const result = text.replace(CPR, () => {
    masked++;
    return CPR_MASK;
  });
  return { text: result, masked };
}
