import type { Knowledge, RoleId } from '../knowledge/schema';
import { NUMBER_WORDS, ROLE_WORDS } from './answers';
import { fold, normalise } from './reply';

/** Numbers as digits or Danish words (»syv«, »fire«). */
const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const toNumber = (raw: string): number | undefined => (/^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw]);

const CHILD =
  '(?:dreng|drengen|pige|pigen|barn|barnet|elev|eleven|søn|sønnen|datter|datteren|baby|babyen|knægt|tøs|unge|teenager|boy|girl|child|kid)';
const PERSON = '(?:han|hun|barnet|drengen|pigen|eleven|he|she)';
const MONTHS = '(?:måneder|måned|mdr|md|months?)';

/** Patterns for a child's age, most explicit first; each gives [number, unit] as its first two groups. */
const AGE_PATTERNS: RegExp[] = [
  new RegExp(`\\b${NUMBER} ?(${MONTHS}|uger|weeks?)\\b`),
  new RegExp(`(?<!\\b(?:i|for|over|sidste|seneste|in) )\\b${NUMBER} ?(år|aar|years?)\\b(?! siden)`),
  new RegExp(`\\b${NUMBER} ?-? ?(årig|årige|aarig|year-old|year old)`),
  new RegExp(`\\b${CHILD} på ${NUMBER}()(?! ?(?:kg|cm|minutter|timer|dage|uger|gange|%|klasse))\\b`),
  new RegExp(
    `\\b${PERSON} (?:er|is) ${NUMBER}()(?! ?(?:kg|cm|minutter|min|timer|dage|gange|%|procent|klasse|\\.))\\b`,
  ),
  new RegExp(`\\b(?:aged|age) ${NUMBER}()\\b`),
];

/**
 * The child's age when the description says it (»dreng på 9«, »Han er 7«, »7-årig«, »4 måneder«), in whole
 * years; undefined when it does not, or when the number is an adult's age or something else (»3 gange«).
 */
export function ageInText(text: string): number | undefined {
  const plain = normalise(text).replace(/(\d) - ?(årig|year)/g, '$1-$2');
  for (const pattern of AGE_PATTERNS) {
    const match = plain.match(pattern);
    const amount = match?.[1] !== undefined ? toNumber(match[1]) : undefined;
    if (amount === undefined) continue;
    const unit = match?.[2] ?? '';
    const years = /^(uge|week)/.test(unit)
      ? 0
      : new RegExp(`^${MONTHS}$`).test(unit)
        ? Math.floor(amount / 12)
        : amount;
    return years <= 25 ? years : undefined;
  }
  return undefined;
}

/** »Jeg er pædagog«, »jeg arbejder som dagplejer«, »Som tandlæge …«: the writer's own role, never a third person's. */
const SELF =
  /(?:^|[.!?,]\s*|\s)(?:jeg er|jeg arbejder (?:i|på|som)|som|i am an?|i am|i work (?:in|at|as) an?|i work (?:in|at|as)) (.{3,40})/;

export function roleInText(text: string): RoleId | undefined {
  const plain = normalise(text);
  const self = plain.match(SELF);
  if (!self?.[1]) return undefined;
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(self[1])) return role;
  return undefined;
}

/** A municipality the description names (»… i Vejen«, »Dragør Kommune«), when exactly one known one is named. */
export function municipalityInText(text: string, knowledge: Knowledge): string | undefined {
  const words = ` ${fold(text)} `;
  const named = [...knowledge.municipalities.values()].filter((m) =>
    words.includes(` ${fold(m.name.replace(/kommune/i, ''))} `),
  );
  return named.length === 1 ? named[0]?.id : undefined;
}
