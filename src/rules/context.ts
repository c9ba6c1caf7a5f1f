import { isPlainDate } from '../dates/calendar';
import { copenhagenFromIso, copenhagenTime, type CopenhagenTime } from '../dates/copenhagen';
import type {
  Contact,
  Knowledge,
  LevelId,
  MunicipalityKnowledge,
  NationalKnowledge,
  RedFlagId,
} from '../knowledge/schema';
import type { Assessment } from './assessment';
import { Builder } from './builder';
import type { Concern } from './concern';
import { toAssessedContact } from './contacts';
import { findCues, type CueId } from './cues';
import { EngineError } from './errors';
import { collectFindings } from './findings';
import { Texts } from './texts';

/** Returns the current instant; injected so that no rule reads the real clock. */
export type Clock = () => Date;

/** Whom the duty to notify concerns: the child, a younger child named in the concern, or nobody (18+). */
export type DutyFor = 'child' | 'youngerChild' | 'none';

/**
 * What every rule reads (the concern, the knowledge and what was found in it) and the decisions the rules
 * build up, in the order of `RULES`. Each rule reads the decisions of the rules before it.
 */
export interface RuleContext {
  readonly concern: Concern;
  readonly knowledge: Knowledge;
  readonly national: NationalKnowledge;
  readonly m: MunicipalityKnowledge;
  readonly now: CopenhagenTime;
  readonly notifiedAt: CopenhagenTime;
  /** Only the day of the notification is known (`notifiedAt` was a plain date). */
  readonly notifiedOnDayOnly: boolean;
  readonly out: Builder;
  readonly texts: Texts;
  readonly signals: Map<string, { id: string; label: string; matched?: string }>;
  readonly redFlags: RedFlagId[];
  readonly hasRedFlag: boolean;
  /** The words of a cue found in the text (e.g. a plan for now), read only by the rules that need it. */
  readonly cue: (id: CueId) => string | undefined;
  /** The volunteer's general duty (§ 135) rather than the stricter duty of public service (§ 133). */
  readonly generalDuty: boolean;

  dutyFor: DutyFor;
  /** The age the level, role and meeting rules use: the younger child's when the duty is about them. */
  effectiveAge: number | undefined;
  level: LevelId | null;
  levelLabel: string | null;
  zone: Assessment['zone'];
  notify: Assessment['notify'];
  /** Life or health in danger now (`acute: true` or a self-harm plan for now): 112 first. */
  lifeInDanger: boolean;
  selfHarm: Assessment['selfHarm'];
  involveParents: Assessment['involveParents'];
  parentsCaution: string | null;
  dialogueBasedAllowed: boolean;
  dialogueBasedSteps: Assessment['dialogueBasedSteps'];
  meetings: Assessment['meetings'];
  deadlines: Assessment['deadlines'];
  legalIds: Set<string>;
  legal: Assessment['legal'];
  topics: Set<string>;
}

export function createContext(concern: Concern, knowledge: Knowledge, clock: Clock): RuleContext {
  const { national } = knowledge;
  const m = knowledge.municipalities.get(concern.municipality);
  if (!m) throw new EngineError(`unknown municipality "${concern.municipality}"`);
  const now = concern.now ? copenhagenFromIso(concern.now) : copenhagenTime(clock().getTime());
  const notifiedOnDayOnly = !!concern.notifiedAt && isPlainDate(concern.notifiedAt);
  // A plain date is the start of that day in Copenhagen.
  const notifiedAt = concern.notifiedAt ? copenhagenFromIso(concern.notifiedAt) : now;
  const out = new Builder();
  const texts = new Texts(national);
  const { signalMap, redFlags } = collectFindings(concern, national, out, texts);
  const adult = concern.childAge !== undefined && concern.childAge >= national.ageLimits.adultFrom;
  const younger = adult && concern.youngerChildAge !== undefined;
  return {
    concern,
    knowledge,
    national,
    m,
    now,
    notifiedAt,
    notifiedOnDayOnly,
    out,
    texts,
    signals: signalMap,
    redFlags,
    hasRedFlag: redFlags.length > 0,
    cue: lazyCues(concern.text, national),
    generalDuty: !!concern.role && national.generalDuty.roles.includes(concern.role),
    dutyFor: !adult ? 'child' : younger ? 'youngerChild' : 'none',
    effectiveAge: younger ? concern.youngerChildAge : concern.childAge,
    level: null,
    levelLabel: null,
    zone: null,
    notify: 'not_indicated',
    lifeInDanger: concern.acute,
    selfHarm: 'none',
    involveParents: 'yes',
    parentsCaution: null,
    dialogueBasedAllowed: false,
    dialogueBasedSteps: [],
    meetings: [],
    deadlines: [],
    legalIds: new Set(),
    legal: [],
    topics: new Set(),
  };
}

/** The text is read for cues once, the first time a rule asks: most concerns never need it. */
function lazyCues(text: string, national: NationalKnowledge): (id: CueId) => string | undefined {
  let found: Map<CueId, string> | undefined;
  return (id) => (found ??= findCues(text, national)).get(id);
}

/** Adds a contact with its reason, unless its number could not be verified (then it is never shown). */
export function addContact(ctx: RuleContext, contact: Contact, why: string): void {
  if (contact.verified === false || ctx.out.hasContact(contact.name)) return;
  ctx.out.contact(toAssessedContact(contact, why, ctx.now, ctx.national));
}
