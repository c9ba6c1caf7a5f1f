import type { TextLexiconFile } from '../knowledge/schema';
import { fold } from './fold';
import type { Token } from './tokens';

export interface CompiledNegation {
  negators: Set<string>;
  nominal: Set<string>;
  /** "ikke"/"aldrig" after the word they negate ("han slår ikke"). */
  postNegators: Set<string>;
  notAfter: Set<string>;
  doubt: Set<string>;
  evidence: Set<string>;
  transparent: Set<string>;
  existential: WordPairs;
  subjects: Set<string>;
  pronounAfter: Set<string>;
  reporters: Set<string>;
  reportVerbs: Set<string>;
  clauseEnds: Set<string>;
  factive: Set<string>;
  tellVerbs: Set<string>;
  thirdParties: Set<string>;
  protest: Set<string>;
  denialAfterProtest: Set<string>;
  protestAfter: WordPairs;
  /** Folded one- or two-word leads that, before a name, name the doer (`protestBeforeName`). */
  protestBeforeName: string[][];
  prohibitive: Set<string>;
  thinkingVerbs: Set<string>;
  listPrepositions: Set<string>;
  /** "har ikke blå mærker, skrammer eller brandsår": a list of nouns after a negated verb of having or finding. */
  listVerbs: Set<string>;
  /** Negator → the only words it denies, right after it or one word later ("uden tegn", "uden synlige mærker"). */
  onlyBefore: Map<string, Set<string>>;
  banJoiners: Set<string>;
}

const set = (words: readonly string[]) => new Set(words.map(fold));

/**
 * Two-word phrases ("der er"), folded, by their first word: a pair is looked up from two tokens' words without
 * joining them into a new string (which was hashed anew for every word after every negator).
 */
type WordPairs = Map<string, Set<string>>;

function pairsOf(phrases: readonly string[]): WordPairs {
  const pairs: WordPairs = new Map();
  for (const phrase of phrases) {
    const [first = '', second = ''] = phrase.split(' ').map(fold);
    let seconds = pairs.get(first);
    if (!seconds) pairs.set(first, (seconds = new Set()));
    seconds.add(second);
  }
  return pairs;
}

/** The two words are one of the pairs (a missing word never is). */
function isPair(pairs: WordPairs, first: string | undefined, second: string | undefined): boolean {
  return first !== undefined && second !== undefined && pairs.get(first)?.has(second) === true;
}

export function compileNegation(source: TextLexiconFile['negation']): CompiledNegation {
  return {
    negators: set(source.negators),
    nominal: set(source.nominal),
    postNegators: set(source.postNegators),
    notAfter: set(source.notAfter),
    doubt: set(source.doubt),
    evidence: set(source.evidence),
    transparent: set(source.transparent),
    existential: pairsOf(source.existential),
    subjects: set(source.subjects),
    pronounAfter: set(source.pronounAfter),
    reporters: set(source.reporters),
    reportVerbs: set(source.reportVerbs),
    clauseEnds: set(source.clauseEnds),
    factive: set(source.factive ?? []),
    tellVerbs: set(source.tellVerbs ?? []),
    thirdParties: set(source.thirdParties ?? []),
    protest: set(source.protest ?? []),
    denialAfterProtest: set(source.denialAfterProtest ?? []),
    protestAfter: pairsOf(source.protestAfter ?? []),
    protestBeforeName: (source.protestBeforeName ?? []).map((lead) => lead.split(' ').map(fold)),
    prohibitive: set(source.prohibitive ?? []),
    thinkingVerbs: set(source.thinkingVerbs ?? []),
    listPrepositions: set(source.listPrepositions ?? []),
    listVerbs: set(source.listVerbs ?? []),
    onlyBefore: new Map(
      Object.entries(source.negatorsOnlyBefore ?? {}).map(([negator, words]) => [fold(negator), set(words)]),
    ),
    banJoiners: set(source.banJoiners ?? []),
  };
}

/** How far after a negator a child's naming of the doer makes it a protest ("ikke i munden, det gør far"). */
const PROTEST_REACH = 8;

/**
 * Auxiliaries that, after "ingen" as "nobody", pass the denial on to the participle ("ingen bliver slået"), and
 * "fået" on to what was received (»ingen har fået bank«).
 */
const AUXILIARIES = new Set(['bliver', 'blev', 'er', 'var', 'har', 'havde', 'blevet', 'været', 'fået']);

/** How many auxiliaries stand in a row from token `from` on, after the first ("er blevet" → 1, "bliver" → 0). */
function auxiliaryRun(tokens: readonly Token[], from: number): number {
  if (!AUXILIARIES.has(tokens[from]?.folded ?? '')) return 0;
  let run = 1;
  while (AUXILIARIES.has(tokens[from + run]?.folded ?? '')) run++;
  return run;
}

/** How many words after a negator it reaches ("ikke blevet slået", "ingen tegn på vold"). */
const REACH = 3;
/** A nominal negator reaches a little further: "hverken været udsat for slag". */
const NOMINAL_REACH = 5;
/** How far around a negator a doubt word turns it into doubt ("ikke helt sikker på", "kan ikke udelukke"). */
const DOUBT_REACH = 3;

/**
 * Which tokens stand inside a negation. A negator reaches the next few words in its clause. A nominal negator
 * ("ingen", "hverken", "intet") also reaches a list of nouns joined by commas, "og" and "eller", until a new
 * subject starts a new clause. After a negated verb of evidence or a negated existential ("har ikke set", "intet
 * tyder på") the negation reaches the end of the sentence. It is no negation when "kun"/"bare" follows ("ikke kun
 * skældud"), when a doubt word stands near ("ikke sikker på", "kan ikke udelukke"), when a parent's or another
 * adult's denial is being reported ("mor siger, at han aldrig er blevet slået"), or when "ingen" is the pronoun
 * "nobody" ("ingen må vide det").
 */
export function negationScope(tokens: readonly Token[], n: CompiledNegation): boolean[] {
  const scope = new Array<boolean>(tokens.length).fill(false);
  let reach = 0;
  let nominal = false;
  // »Må ikke blive set med drenge«: a prohibition, whose "set" is no verb of evidence.
  let prohibition = false;
  // A negated verb of telling, and then someone else told: "har ikke fortalt (sin mor)".
  let told: 'no' | 'verb' | 'someoneElse' = 'no';
  // »Hverken mor, far eller storebror har slået hende«: the people listed are the subjects it denies, up to "eller".
  let neitherList = false;
  // »ikke udsat for trusler, slag eller …«: after a preposition the negator is followed by a list of nouns.
  let nounList = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    const newSentence = !previous || previous.sentence !== token.sentence || n.clauseEnds.has(token.folded);
    // A spaced dash ends any negation, a nominal one's list too: »ingen slag – far skubber hende«.
    if (newSentence || token.afterDash) reach = 0;
    if (reach === 0) told = 'no';
    else if (told === 'verb' && n.thirdParties.has(token.folded)) told = 'someoneElse';
    if (reach > 0 && told === 'someoneElse' && token.folded === 'at') {
      // "… ikke fortalt sin mor, at stedfar rører hende": what follows "at" is what the child told us.
      reach = 0;
      told = 'no';
      continue;
    }
    if (reach > 0 && n.tellVerbs.has(token.folded) && told === 'no') told = 'verb';
    if (reach > 0 && (token.afterComma || n.clauseEnds.has(token.folded))) {
      // A comma ends a plain negation; a list of nouns after a nominal negator goes on until a new subject, and a
      // list after "hverken" or after a negated preposition until its "eller".
      const listGoesOn =
        !n.clauseEnds.has(token.folded) &&
        (neitherList || (nounList && !startsClause(token, n) && ellerFollows(tokens, i)));
      if (listGoesOn) reach = Math.max(reach, REACH);
      else if (!nominal || startsClause(token, n)) reach = 0;
      else reach = Math.max(reach, REACH);
    }
    if (reach > 0 && n.listPrepositions.has(token.folded)) nounList = true;
    if (reach > 0 && (token.folded === 'og' || token.folded === 'eller')) {
      // "ikke slået eller truet": a plain negator also reaches over "eller", never over "og" ("spiser ikke og sover").
      const next = tokens[i + 1];
      // "ingen venner og bliver slået": a verb after "og" starts a new predicate, which the negation does not reach.
      const ofNeither = neitherList && token.folded === 'eller';
      neitherList = false;
      if (ofNeither && next && moreListed(tokens, i)) {
        // »Hverken mor eller far eller andre voksne …«: the list goes on to its last "eller".
        neitherList = true;
        reach = Math.max(reach, REACH);
        continue;
      }
      if (ofNeither && next) {
        // »… eller (andre voksne) har (råbt eller) slået hende«: the last one listed, and the verb they are denied.
        reach = Math.max(reach, deniedVerbReach(tokens, i));
        continue;
      }
      if (
        (!nominal && token.folded === 'og') ||
        !next ||
        startsClause(next, n) ||
        n.pronounAfter.has(next.folded)
      )
        reach = 0;
      else {
        reach = Math.max(reach, REACH + 1);
        continue;
      }
    }
    if (n.negators.has(token.folded) && opensNegation(tokens, i, n)) {
      // A negator inside a negation stays negated itself: "har ikke hørt, at hun ikke må noget".
      if (reach > 0) scope[i] = true;
      nominal = n.nominal.has(token.folded);
      neitherList = token.folded === 'hverken';
      // »har ikke blå mærker, skrammer eller brandsår«: after a verb of having or finding, a list of nouns.
      nounList = n.listVerbs.has(tokens[i - 1]?.folded ?? '');
      const next = tokens[i + 1];
      prohibition = n.prohibitive.has(tokens[i - 1]?.folded ?? '') || n.prohibitive.has(next?.folded ?? '');
      // "ingen slår ham" negates the verb; "ingen må vide, at far slår" must not reach the rest. "Hverken" is a
      // conjunction, never the subject: "at der hverken er slag eller trusler" is the list it denies.
      const pronoun =
        nominal && token.folded !== 'hverken' && next !== undefined && n.pronounAfter.has(next.folded);
      // "ingen bliver slået", "ingen er blevet slået": an auxiliary carries the denial on to its participle.
      const auxiliaries = pronoun ? auxiliaryRun(tokens, i + 1) : 0;
      reach = pronoun
        ? 1 + auxiliaries
        : Math.max(reach > 0 ? reach - 1 : 0, nominal ? NOMINAL_REACH : REACH);
      // The existential in a subordinate clause has the negator inside it: "at der ikke er", "at der hverken er".
      const existential =
        isPair(n.existential, tokens[i - 2]?.folded, tokens[i - 1]?.folded) ||
        isPair(n.existential, tokens[i - 1]?.folded, next?.folded);
      if (!pronoun && existential) {
        reach = Number.POSITIVE_INFINITY;
        nominal = true;
      }
      continue;
    }
    if (reach > 0) {
      scope[i] = true;
      if (!prohibition && (n.evidence.has(token.folded) || n.evidence.has(token.stem))) {
        reach = Number.POSITIVE_INFINITY;
        nominal = true;
      } else if (!n.transparent.has(token.folded)) reach--;
    }
  }
  return scope;
}

/** How far a "hverken" list reaches from its last "eller" at `at`: over the last one listed to the verb denied. */
function deniedVerbReach(tokens: readonly Token[], at: number): number {
  const sentence = tokens[at]?.sentence;
  for (let j = at + 2; j <= at + NOMINAL_REACH - 1 && j < tokens.length; j++) {
    if (tokens[j]?.sentence !== sentence) break;
    if (!AUXILIARIES.has(tokens[j]?.folded ?? '')) continue;
    const participle = j + auxiliaryRun(tokens, j);
    // »… har råbt eller slået«: a second verb after "eller" is denied too.
    return participle - at + (tokens[participle + 1]?.folded === 'eller' ? 1 : 0);
  }
  return 2 + auxiliaryRun(tokens, at + 2);
}

/** Another "eller" of the same "hverken" list follows, before its verb: »hverken mor eller far eller andre«. */
function moreListed(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  for (let j = at + 2; j <= at + 4 && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || token.afterComma || AUXILIARIES.has(token.folded)) return false;
    if (token.folded === 'eller') return true;
  }
  return false;
}

/** An "eller" within the next few words of the same sentence, before another comma: the list goes on to it. */
function ellerFollows(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  for (let j = at; j <= at + 3 && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || (j > at && (token.afterComma || token.afterDash))) return false;
    if (token.folded === 'eller') return true;
  }
  return false;
}

/**
 * »det gør kun Lasse«, »ligesom når Kenneth gør det«: a `protestBeforeName` lead at token i, then a name (a
 * capitalised word in the same sentence that is no pronoun or subject word) not followed by a verb of saying.
 */
function namesDoer(tokens: readonly Token[], i: number, n: CompiledNegation): boolean {
  for (const lead of n.protestBeforeName) {
    if (!lead.every((word, k) => tokens[i + k]?.folded === word)) continue;
    const name = tokens[i + lead.length];
    if (!name || !name.capital || name.sentence !== tokens[i]?.sentence || n.subjects.has(name.folded))
      continue;
    const after = tokens[i + lead.length + 1]?.folded ?? '';
    if (!n.reportVerbs.has(after) && !n.thinkingVerbs.has(after)) return true;
  }
  return false;
}

function startsClause(token: Token, n: CompiledNegation): boolean {
  return n.subjects.has(token.folded) || token.capital;
}

function opensNegation(tokens: readonly Token[], at: number, n: CompiledNegation): boolean {
  const next = tokens[at + 1];
  if (next && n.notAfter.has(next.folded)) return false;
  // »uden tegn på vold« denies; »uden tøj«, »uden for døren« do not.
  const only = n.onlyBefore.get(tokens[at]?.folded ?? '');
  if (only && !(only.has(next?.folded ?? '') || only.has(tokens[at + 2]?.folded ?? ''))) return false;
  // "Mor ved ikke, at han slår": what someone does not know is still so.
  const previous = tokens[at - 1];
  // »Nej, ikke putte fingeren ind«: the child protests against what is done, it denies nothing.
  if (
    previous &&
    previous.sentence === tokens[at]?.sentence &&
    n.protest.has(previous.folded) &&
    !(next && n.denialAfterProtest.has(next.folded))
  )
    return false;
  // »Ikke i munden, det gør far også«: the child names who does it, so it is a protest, not a denial.
  for (let i = at + 1; i <= at + PROTEST_REACH && i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.sentence !== tokens[at]?.sentence) break;
    // »… ikke nogen ekstremist, som mor frygter«: "som mor" before a verb of saying or thinking is no protest.
    const after = tokens[i + 2]?.folded ?? '';
    if (
      isPair(n.protestAfter, token.folded, tokens[i + 1]?.folded) &&
      !n.reportVerbs.has(after) &&
      !n.thinkingVerbs.has(after)
    )
      return false;
    if (namesDoer(tokens, i, n)) return false;
  }
  if (previous && previous.sentence === tokens[at]?.sentence && n.factive.has(previous.folded)) return false;

  const sentence = tokens[at]?.sentence;
  for (let i = Math.max(0, at - DOUBT_REACH); i <= Math.min(tokens.length - 1, at + DOUBT_REACH); i++) {
    const token = tokens[i];
    if (token && token.sentence === sentence && (n.doubt.has(token.folded) || n.doubt.has(token.stem)))
      return false;
  }
  return !reportedDenial(tokens, at, n);
}

/** "Mor siger, at han aldrig …": an adult's reported denial, which does not negate what the child told. */
function reportedDenial(tokens: readonly Token[], at: number, n: CompiledNegation): boolean {
  const sentence = tokens[at]?.sentence;
  let verb = false;
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
    const token = tokens[i];
    if (!token || token.sentence !== sentence || n.clauseEnds.has(token.folded)) break;
    if (n.reportVerbs.has(token.folded)) verb = true;
    else if (verb && n.reporters.has(token.folded)) return true;
  }
  return false;
}

/**
 * Which negators make a ban (a `prohibitive` modal right before or after them, »må ikke«, »ikke må«, »må heller
 * ikke«), and the negators that go on listing what one forbids (»…, ikke gå på gymnasiet og ikke have egen
 * bankkonto«). A ban's words are what the child is kept from, not something denied.
 */
export function banNegators(tokens: readonly Token[], n: CompiledNegation): boolean[] {
  const bans = tokens.map(() => false);
  if (n.prohibitive.size === 0) return bans;
  let banInSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!n.negators.has(token.folded)) continue;
    const sentence = token.sentence;
    const at = (j: number) => (tokens[j]?.sentence === sentence ? tokens[j]?.folded : undefined);
    const previous = at(i - 1);
    const modal =
      n.prohibitive.has(previous ?? '') ||
      n.prohibitive.has(at(i + 1) ?? '') ||
      (previous === 'heller' && n.prohibitive.has(at(i - 2) ?? ''));
    const listed =
      banInSentence === sentence &&
      (token.afterComma || token.afterDash || n.banJoiners.has(previous ?? '') || previous === undefined);
    if (modal || listed) {
      bans[i] = true;
      banInSentence = sentence;
    }
  }
  return bans;
}
