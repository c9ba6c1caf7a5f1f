import type { NationalKnowledge, RedFlagId, Signal } from '../knowledge/schema';

type RedFlag = NationalKnowledge['redFlags'][number];
type SignalCategory = NationalKnowledge['signalCategories'][number];
type Principle = NationalKnowledge['principles'][number];
type Legal = NationalKnowledge['legal'][number];

/** The national lists the rules look up by id on every assessment, indexed once per knowledge. */
export interface NationalLookups {
  signals: ReadonlyMap<string, Signal>;
  redFlags: ReadonlyMap<RedFlagId, RedFlag>;
  signalCategories: ReadonlyMap<string, SignalCategory>;
  topicLabels: ReadonlyMap<string, string>;
  principles: ReadonlyMap<string, Principle>;
  /** Only the verified references can be shown (R10), in the knowledge's order. */
  verifiedLegal: readonly Legal[];
  /** Each legal id's reference (»barnets lov § 133«), verified or not: a deadline names its law either way. */
  legalRefs: ReadonlyMap<string, string>;
}

const lookupsByKnowledge = new WeakMap<NationalKnowledge, NationalLookups>();

/** Each id's first entry, as `find` would give it. */
function firstById<T extends { id: string }>(items: readonly T[]): Map<T['id'], T> {
  const byId = new Map<T['id'], T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

/**
 * The knowledge is validated and never changed after loading, so its lists are indexed once rather than searched
 * with `find` a few dozen times in every assessment.
 */
export function lookupsOf(national: NationalKnowledge): NationalLookups {
  let lookups = lookupsByKnowledge.get(national);
  if (!lookups) {
    lookups = {
      signals: firstById(national.signals),
      redFlags: firstById(national.redFlags),
      signalCategories: firstById(national.signalCategories),
      topicLabels: new Map([...firstById(national.topics)].map(([id, topic]) => [id, topic.label])),
      principles: firstById(national.principles),
      verifiedLegal: national.legal.filter((l) => l.verified),
      legalRefs: new Map([...firstById(national.legal)].map(([id, legal]) => [id, legal.ref])),
    };
    lookupsByKnowledge.set(national, lookups);
  }
  return lookups;
}

const danishLowerCase = new Map<string, string>();

/**
 * `toLocaleLowerCase('da')` goes through ICU on every call; the labels it is asked for come from the knowledge
 * (a few dozen), so each is lowered once. Bounded in case a caller passes text of its own.
 */
export function lowerDanish(text: string): string {
  let lower = danishLowerCase.get(text);
  if (lower === undefined) {
    lower = text.toLocaleLowerCase('da');
    if (danishLowerCase.size >= 1000) danishLowerCase.clear();
    danishLowerCase.set(text, lower);
  }
  return lower;
}
