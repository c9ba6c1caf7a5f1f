/**
 * Danish CPR numbers: DDMMÅÅ-XXXX and the ways people actually type or paste them (no dash, spaces, dots,
 * dashes or slashes, digits in pairs, any Unicode dash or space, full-width digits, invisible characters).
 * The text is normalised first and each hit is mapped back to the original characters, so the mask covers
 * exactly what was typed. The modulus-11 check is not used: numbers issued since 2007 need not satisfy it.
 * DDDDDD-DDDD with an explicit separator is masked even with an impossible date: a mistyped CPR number is still
 * personal data. Eight-digit phone numbers and dates have no four-digit tail, so they are left alone.
 */
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0[1-9]|1[0-2])';
const SEP = '[ ./-]?';
const TAIL = '(?:\\d{4}|\\d{2} \\d{2})';
const CPR = new RegExp(
  `(?<!\\d)(?:${DAY}${SEP}${MONTH}${SEP}\\d{2} ?[-/]? ?${TAIL}|\\d{6} ?[-/] ?\\d{4})(?!\\d)`,
  'g',
);

export const CPR_MASK = '[CPR-nr. fjernet]';

export interface CprHit {
  start: number;
  end: number;
}

const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/u;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;

/** The text with digits, dashes and spaces made plain, and for each of its characters where it came from. */
function normalise(text: string): { plain: string; origin: number[] } {
  let plain = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    if (!INVISIBLE.test(char)) {
      const mapped = DASHES.test(char) ? '-' : SPACES.test(char) ? ' ' : char.normalize('NFKC');
      for (const unit of mapped) {
        plain += unit;
        origin.push(index);
      }
    }
    index += char.length;
  }
  origin.push(text.length);
  return { plain, origin };
}

export function findCprNumbers(text: string): CprHit[] {
  // Most messages hold no run of six digits at all: skip the normalisation for them.
  if (!/[\d\uff10-\uff19]/u.test(text)) return [];
  const { plain, origin } = normalise(text);
  return [...plain.matchAll(CPR)].map((m) => {
    const last = m.index + m[0].length - 1;
    const lastStart = origin[last] ?? text.length;
    const lastChar = text.codePointAt(lastStart);
    return {
      start: origin[m.index] ?? 0,
      end: lastStart + (lastChar !== undefined && lastChar > 0xffff ? 2 : 1),
    };
  });
}

export function containsCpr(text: string): boolean {
  return findCprNumbers(text).length > 0;
}

/** Replaces every CPR number with a visible mask, so nothing downstream can store or echo it. */
export function maskCpr(text: string): { text: string; masked: number } {
  const hits = findCprNumbers(text);
  if (hits.length === 0) return { text, masked: 0 };
  let result = '';
  let from = 0;
  for (const hit of hits) {
    result += text.slice(from, hit.start) + CPR_MASK;
    from = hit.end;
  }
  return { text: result + text.slice(from), masked: hits.length };
}
