import { CPR_MASK, findCprNumbers, maskCpr } from '../src/text';

/** Each is one CPR number a hurried user might type or paste; every one must be found and masked. */
const CPR_NUMBERS: [string, string][] = [
  ['the usual form', '150203-1234'],
  ['no dash', '1502031234'],
  ['a space', '150203 1234'],
  ['dots in the date', '15.02.03-1234'],
  ['an en dash', '150203–1234'],
  ['dashes inside the date', '15-02-03-1234'],
  ['a no-break space', '150203\u00a01234'],
  ['a narrow no-break space', '150203\u202f1234'],
  ['a tab', '150203\t1234'],
  ['the Unicode hyphen U+2010', '150203\u20101234'],
  ['the non-breaking hyphen U+2011', '150203\u20111234'],
  ['the minus sign U+2212', '150203\u22121234'],
  ['an em dash', '150203\u20141234'],
  ['full-width digits', '１５０２０３－１２３４'],
  ['a zero-width space inside', '1502\u200b03-1234'],
  ['a soft hyphen inside', '150203\u00ad1234'],
  ['a slash', '220203/1234'],
  ['digits in pairs', '23 02 03 12 34'],
  ['spaces around the dash', '150203 - 1234'],
  ['an impossible date with a dash', '320299-1234'],
];

/** Numbers that look alike but are not CPR numbers; masking them would garble the user's text. */
const NOT_CPR: [string, string][] = [
  ['a phone number in pairs', 'Ring til 51 43 65 73'],
  ['a phone number in one', 'ring 51436573 i dag'],
  ['a phone number with the country code', 'tlf. +45 51 43 65 73'],
  ['an ISO date', 'den 2026-05-11 kl. 10'],
  ['a Danish date', 'den 15-02-2003'],
  ['a date with dots', 'mødet 15.02.03 gik godt'],
  ['a time span', 'fra 08.00 til 15.30'],
  ['a percentage and a year', '15 % fravær i 2026'],
  ['a case number', 'sag 2026-1234'],
  ['an EAN-like number', '5701234567890'],
];

describe('CPR numbers', () => {
  it.each(CPR_NUMBERS)('finds and masks %s', (_name, cpr) => {
    const text = `Barnets cpr er ${cpr}, tak`;
    expect(findCprNumbers(text)).toHaveLength(1);
    const masked = maskCpr(text);
    expect(masked).toEqual({ text: `Barnets cpr er ${CPR_MASK}, tak`, masked: 1 });
  });

  it.each(NOT_CPR)('leaves %s alone', (_name, text) => {
    expect(maskCpr(text)).toEqual({ text, masked: 0 });
  });

  it('masks two numbers in one text and keeps the words around them intact', () => {
    const text = 'Bror: 1502\u200b03-1234. Søster: 23 02 03 12 34 (tvilling?)';
    expect(maskCpr(text)).toEqual({ text: `Bror: ${CPR_MASK}. Søster: ${CPR_MASK} (tvilling?)`, masked: 2 });
  });
});
