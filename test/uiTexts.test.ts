import { knowledge } from './helpers';
import { AREAS, UI_TEXTS, fill, languageOf, localeLanguage, type UiTexts } from '../src/i18n/uiTexts';

/** Every text of a resource by its path (»result.title«). */
function leaves(node: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(at, value);
    else for (const [inner, text] of leaves(value, at)) found.set(inner, text);
  }
  return found;
}

/** Texts that may be empty in one language: Danish needs no note that the guidance (or the draft) is in Danish. */
const MAY_BE_EMPTY = new Set(
  [
    'result.danishFacts',
    'draft.inDanish',
    'leader.inDanish',
    'sharedChecklist.inDanish',
    'dilemma.inDanish',
  ].map((key) => `da:${key}`),
);

/** English names for labels Danish takes from knowledge/ (the red flags): English only. */
const ENGLISH_ONLY = 'questionWords.redFlags.';

/** Names that are the same in both languages (an authority's name). */
const SAME_IN_BOTH = new Set(['caseReminders.ankestyrelsen']);

describe('the conversation texts, one resource per language', () => {
  const da = leaves(UI_TEXTS.da);
  const en = leaves(UI_TEXTS.en);

  it('Danish and English have exactly the same keys', () => {
    expect([...en.keys()].filter((key) => !key.startsWith(ENGLISH_ONLY)).sort()).toEqual(
      [...da.keys()].sort(),
    );
    // Every red flag of knowledge/ has its English name.
    expect(Object.keys(UI_TEXTS.en.questionWords.redFlags).sort()).toEqual(
      knowledge.national.redFlags.map((flag) => flag.id).sort(),
    );
    expect(da.size).toBeGreaterThan(50);
  });

  it.each(['da', 'en'] as const)('every %s text is written (none empty unless it may be)', (lang) => {
    const empty = [...leaves(UI_TEXTS[lang])]
      .filter(([key, text]) => text.trim() === '' && !MAY_BE_EMPTY.has(`${lang}:${key}`))
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('a text with a {mark} has the same marks in both languages, and fill replaces them', () => {
    const marks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of da)
      expect({ key, marks: marks(en.get(key) ?? '') }).toEqual({ key, marks: marks(text) });
    expect(fill(UI_TEXTS.en.result.titleAssessment, { municipality: 'Vejen Kommune' })).toBe(
      'Assessment – Vejen Kommune',
    );
  });

  it('English really is English: no text is the Danish one copied', () => {
    const same = [...da]
      .filter(([key, text]) => text.length > 12 && en.get(key) === text && !SAME_IN_BOTH.has(key))
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it('the type makes a missing key a compile error', () => {
    // @ts-expect-error – a resource without one of its keys does not compile (npm run typecheck checks this).
    const incomplete: UiTexts['nav'] = { back: 'Tilbage' };
    expect(Object.keys(incomplete)).not.toContain('atFirst');
  });

  it('the language to speak: the person’s own choice, otherwise Danish, whatever their Teams client’s locale', () => {
    expect(languageOf('en')).toBe('en');
    expect(languageOf('da')).toBe('da');
    expect(languageOf(undefined)).toBe('da');
  });

  it('where nothing is known of the user, an English client locale gets English, any other Danish', () => {
    expect(localeLanguage('en-GB')).toBe('en');
    expect(localeLanguage('da-DK')).toBe('da');
    expect(localeLanguage('de-DE')).toBe('da');
    expect(localeLanguage(undefined)).toBe('da');
  });

  it('no two area files share a top-level key (one would silently replace the other)', () => {
    const keys = Object.values(AREAS).flatMap((area) => Object.keys(area));
    expect(keys.length).toBe(new Set(keys).size);
    expect(Object.keys(UI_TEXTS.da).sort()).toEqual([...keys].sort());
  });
});
