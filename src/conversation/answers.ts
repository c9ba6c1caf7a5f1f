import type { Knowledge, RedFlagId, RoleId } from '../knowledge/schema';
import { analyseText, type Lexicon } from '../text';
import { accept, fold, normalise, reject, submitted, type Parsed, type Reply } from './reply';

const SKIP_WORDS = new Set([
  'spring over',
  'spring',
  'skip',
  'ved ikke',
  'intet',
  'ingenting',
  '-',
  'nej tak',
  'don t know',
  'dont know',
  'nothing',
  'no thanks',
]);

/** Free text, or `null` when the user skipped the question. */
export function parseFreeText(reply: Reply): Parsed<string | null> {
  if (reply.value?.skip === true || reply.value?.skip === 'true') return accept(null);
  const text = submitted(reply) ?? reply.text.trim();
  if (text === '') return reject('freeText');
  if (SKIP_WORDS.has(normalise(text))) return accept(null);
  return accept(text);
}

export function parseYesNoUnknown(reply: Reply): Parsed<boolean | 'unknown'> {
  const answer = normalise(submitted(reply) ?? reply.text);
  if (/^(ja|jo|yes|ja det er|ja de er)\b/.test(answer)) return accept(true);
  if (/^(nej|no|nope)\b/.test(answer)) return accept(false);
  if (/^(ved ikke|ved_ikke|usikker|måske|don t know|unknown)/.test(answer.replace(/_/g, ' ')))
    return accept('unknown');
  return reject('yesNo');
}

export function parseMunicipality(reply: Reply, knowledge: Knowledge): Parsed<string> {
  const answer = fold((submitted(reply) ?? reply.text).replace(/kommune/i, ''));
  for (const municipality of knowledge.municipalities.values()) {
    if (answer === fold(municipality.id) || answer === fold(municipality.name.replace(/kommune/i, ''))) {
      return accept(municipality.id);
    }
  }
  return reject('municipality');
}

export const ROLE_WORDS: [RegExp, RoleId][] = [
  [/^(dagtilbud|pædagog|paedagog|dagpleje|vuggestue|børnehave|boernehave|institution)/, 'dagtilbud'],
  [/^(skole|lærer|laerer|sfo|ungdomsskole|skoleleder|klub)/, 'skole'],
  [/^(sundhedspleje)/, 'sundhedspleje'],
  [/^(tandpleje|tandlæge|tandlaege|tandplejer|klinikassistent)/, 'tandpleje'],
  [/^(laege|læge|praktiserende|egen læge)/, 'laege'],
  [/^(forening|frivillig|træner|traener|idræt|spejder)/, 'forening'],
  [/^(andet|anden|other)/, 'andet'],
  [/^(pedagogue|nursery|kindergarten|day ?care|childminder|preschool)/, 'dagtilbud'],
  [/^(teacher|school|after.?school|youth school|head ?teacher|principal)/, 'skole'],
  [/^(health visitor|nurse)/, 'sundhedspleje'],
  [/^(dentist|dental)/, 'tandpleje'],
  [/^(doctor|gp|general practitioner|physician)/, 'laege'],
  [/^(volunteer|coach|club|scout)/, 'forening'],
];

export function parseRole(reply: Reply): Parsed<RoleId> {
  const answer = normalise(submitted(reply) ?? reply.text).replace(
    /^(jeg er|jeg arbejder (i|på|som)|i am an?|i am|i work (in|at|as) an?|i work (in|at|as)) /,
    '',
  );
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(answer)) return accept(role);
  return reject('role');
}

export const NUMBER_WORDS: Record<string, number> = {
  nul: 0,
  en: 1,
  et: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
};

/** Age in whole years; months and "spæd" give 0. */
export function parseAge(reply: Reply): Parsed<number> {
  const answer = normalise(submitted(reply) ?? reply.text);
  if (/^(spæd|nyfødt|baby|foster|gravid|infant|newborn)/.test(answer)) return accept(0);
  const match =
    answer.match(/(\d{1,2})\s*(år|aar|years?|måned|maaned|mdr|md|months?|uger?|weeks?)?/) ??
    answer.match(/^([a-zæøå]+)\s*(år|aar|years?|måned|maaned|mdr|md|months?|uger?|weeks?)?/);
  const amount = match
    ? match[1] && /^\d+$/.test(match[1])
      ? Number(match[1])
      : NUMBER_WORDS[match[1] ?? '']
    : undefined;
  if (amount === undefined) return reject('age');
  const unit = match?.[2] ?? 'år';
  const years = /^(år|aar|year)/.test(unit)
    ? amount
    : Math.floor(amount / (/^(uge|week)/.test(unit) ? 52 : 12));
  if (years > 25) return reject('ageTooHigh');
  return accept(years);
}

export function parseScore(reply: Reply): Parsed<number> {
  const answer = normalise(submitted(reply) ?? reply.text).replace(
    /^(score|trivsel|scoren er|det er)\s*/,
    '',
  );
  const match = answer.match(/^(\d{1,2})(\s*\/\s*10)?$/);
  const score = match ? Number(match[1]) : NaN;
  if (score >= 1 && score <= 10) return accept(score);
  return reject('score');
}

export type RedFlagAnswer = { flags: RedFlagId[]; unsure: boolean };

const RED_FLAG_WORDS: [RegExp, RedFlagId][] = [
  [/(vold|overgreb|seksuel|misbrug|slå|slag)/, 'overgreb'],
  [/(social kontrol|æresrelat|aeresrelat|tvangsægteskab|genopdragelse)/, 'social_kontrol'],
  [/(radikali|ekstremis)/, 'radikalisering'],
];

/** The red-flag check: which of the three the user suspects, none, or "ved ikke". */
export function parseRedFlagCheck(reply: Reply, lexicon: Lexicon): Parsed<RedFlagAnswer> {
  const chosen = submitted(reply);
  if (chosen === 'ingen') return accept({ flags: [], unsure: false });
  if (chosen === 'ved_ikke') return accept({ flags: [], unsure: true });
  if (chosen === 'overgreb' || chosen === 'social_kontrol' || chosen === 'radikalisering')
    return accept({ flags: [chosen], unsure: false });
  const answer = normalise(reply.text);
  if (/^(nej|ingen|no|none)\b/.test(answer)) return accept({ flags: [], unsure: false });
  if (/^(ved ikke|usikker|måske|don t know|dont know|not sure|unsure)/.test(answer))
    return accept({ flags: [], unsure: true });
  const flags = new Set<RedFlagId>(analyseText(reply.text, lexicon).redFlags.map((hit) => hit.id));
  for (const [pattern, flag] of RED_FLAG_WORDS) if (pattern.test(answer)) flags.add(flag);
  if (flags.size > 0) return accept({ flags: [...flags], unsure: false });
  return reject('redFlagCheck');
}

/** Signal ids ticked on the card (one multi-select per category), or found in typed text. */
export function parseSignals(
  reply: Reply,
  knowledge: Knowledge,
  lexicon: Lexicon,
  preselected: string[] = [],
): Parsed<string[]> {
  const known = new Set(knowledge.national.signals.map((s) => s.id));
  if (reply.value && Object.keys(reply.value).some((key) => key.startsWith('signals_'))) {
    const ids = Object.entries(reply.value)
      .filter(([key, raw]) => key.startsWith('signals_') && typeof raw === 'string')
      .flatMap(([, raw]) => (raw as string).split(','))
      .map((id) => id.trim())
      .filter((id) => known.has(id));
    return accept([...new Set(ids)]);
  }
  if (submitted(reply) === 'ingen' || /^(ingen|nej|none)\b/.test(normalise(reply.text))) return accept([]);
  if (/^(videre|ok|okay|ja|fortsæt|det passer|next|yes)$/.test(normalise(reply.text))) {
    return accept(preselected.filter((id) => known.has(id)));
  }
  const found = analyseText(reply.text, lexicon).signals.map((hit) => hit.id);
  if (found.length > 0) return accept([...new Set(found)]);
  return reject('signals');
}

/** A phrase long enough to be a description of a concern rather than a greeting. */
export function looksLikeConcern(text: string, lexicon: Lexicon): boolean {
  const words = normalise(text).split(' ').filter(Boolean);
  if (words.length >= 4) return true;
  const analysis = analyseText(text, lexicon);
  return analysis.redFlags.length > 0 || analysis.signals.length > 0;
}

/** Unlawful absence this quarter in percent; `null` when the user does not know or it is under 15 %. */
export function parseAbsence(reply: Reply): Parsed<{ percent: number | null; label: string }> {
  const answer = normalise(submitted(reply) ?? reply.text);
  if (/^(ved ikke|ved_ikke|usikker)/.test(answer)) return accept({ percent: null, label: 'Ved ikke' });
  if (/^under/.test(answer)) return accept({ percent: null, label: 'Under 15 %' });
  const match = answer.match(/(\d{1,3})(?:[.,]\d+)?\s*(%|procent)?/);
  const percent = match ? Number(match[1]) : NaN;
  if (percent >= 0 && percent <= 100) return accept({ percent, label: `${percent} %` });
  return reject('absence');
}

/**
 * A typed message that is a description of a concern, not a short answer: long enough, and it speaks of a
 * worry, a child or signs of one.
 */
export function looksLikeDescription(text: string, lexicon: Lexicon): boolean {
  const plain = normalise(text);
  if (plain.split(' ').length < 6) return false;
  if (/\b(bekymret|bekymring|bekymrer|worried|concern)\b/.test(plain)) return true;
  if (/\b(en|et) (anden|andet|ny|nyt) (pige|dreng|barn|elev)\b/.test(plain)) return true;
  const analysis = analyseText(text, lexicon);
  return analysis.signals.length + analysis.redFlags.length >= 2;
}
