import MiniSearch from 'minisearch';
import type { Knowledge, MunicipalityKnowledge } from '../knowledge/schema';
import { stem } from '../text/tokens';

/** One searchable piece of guidance, with the source it came from. */
export interface GuideEntry {
  id: string;
  kind: string;
  title: string;
  text: string;
  source: string;
  /** The municipality the entry belongs to; national entries have none. */
  municipality?: string;
  /** Extra words to find it by, not shown. */
  keywords?: string;
}

const KIND_LABELS = {
  contact: 'Kontakt',
  step: 'Trin',
  legal: 'Lovgivning',
  principle: 'Princip',
  signal: 'Tegn',
  deadline: 'Frist',
  meeting: 'Møde',
  partner: 'Samarbejdspartner',
  sharing: 'Videregivelse af oplysninger',
  after: 'Efter underretningen',
  parents: 'Til forældre',
  before: 'Før du ringer',
  guidance: 'Vejledning',
} as const;

/** Builds entries with stable ids, for one municipality or (without one) for the national knowledge. */
function entryMaker(municipality?: string) {
  return (
    kind: keyof typeof KIND_LABELS,
    i: number,
    title: string,
    text: string,
    source: string,
  ): GuideEntry => ({
    id: `${municipality ?? 'national'}:${kind}:${i}`,
    kind: KIND_LABELS[kind],
    title,
    text,
    source,
    ...(municipality ? { municipality } : {}),
  });
}

function municipalEntries(m: MunicipalityKnowledge, knowledge: Knowledge): GuideEntry[] {
  const legal = new Map(knowledge.national.legal.map((l) => [l.id, l]));
  const entry = entryMaker(m.id);
  return [
    ...m.contacts.map((c, i) =>
      entry('contact', i, c.name, [c.phone, c.email, c.hours.text].filter(Boolean).join(' · '), c.source),
    ),
    ...m.notification.written.steps.map((s, i) =>
      entry('step', i, 'Skriftlig underretning: trin', s.text, s.source),
    ),
    ...(m.notification.dialogueBased?.steps ?? []).map((s, i) =>
      entry('step', 100 + i, 'Dialogbaseret underretning: trin', s.text, s.source),
    ),
    entry(
      'step',
      200,
      'Hvor sendes underretningen hen?',
      m.notification.sendTo.text,
      m.notification.sendTo.source,
    ),
    ...m.levelSteps.map((s, i) =>
      entry('step', 300 + i, `Forebyggelse (${s.levels.join(', ')})`, s.text, s.source),
    ),
    ...m.meetings.map((meeting, i) =>
      entry('meeting', i, meeting.name, `${meeting.purpose} ${meeting.target}`, meeting.source),
    ),
    ...m.partners.map((p, i) => ({
      ...entry('partner', i, p.name, [p.contact.text, p.contact.phone].filter(Boolean).join(' · '), p.source),
      keywords: p.topics.join(' ').replace(/_/g, ' '),
    })),
    // A rule whose legal basis we could not verify is not offered (the same rule as in the engine); a rule
    // the source gives without a legal basis is offered under its own title.
    ...m.informationSharing
      .filter((s) => s.legal === undefined || legal.get(s.legal)?.verified)
      .map((s, i) =>
        entry(
          'sharing',
          i,
          s.title ?? `Tavshedspligt: ${(s.legal && legal.get(s.legal)?.ref) ?? ''}`,
          s.text,
          s.source,
        ),
      ),
    ...(m.principles ?? []).map((p, i) => entry('guidance', i, p.title, p.text, p.source)),
  ];
}

/** Everything a professional may look up, national and for each municipality. */
export function guideEntries(knowledge: Knowledge): GuideEntry[] {
  const { national } = knowledge;
  const entry = entryMaker();
  const categories = new Map(national.signalCategories.map((c) => [c.id, c]));
  return [
    ...national.legal
      .filter((l) => l.verified)
      .map((l, i) =>
        entry('legal', i, l.ref, `${l.summary}${l.formerly ? ` (tidligere ${l.formerly})` : ''}`, l.source),
      ),
    ...national.principles.map((p, i) => entry('principle', i, 'Princip', p.text, p.source)),
    ...national.contacts.map((c, i) =>
      entry('contact', i, c.name, [c.phone, c.hours.text].filter(Boolean).join(' · '), c.source),
    ),
    ...national.deadlines.map((d, i) =>
      entry(
        'deadline',
        i,
        d.label,
        // The kind label already says »Frist«.
        `${d.amount} ${d.kind === 'hours' ? 'timer' : d.kind === 'workingDays' ? 'arbejdsdage' : 'måneder'}`,
        d.source,
      ),
    ),
    ...national.signals.map((s, i) => {
      const category = categories.get(s.category);
      const infant = s.ages && s.ages[1] <= 1 ? 'spædbarn spædbørn' : '';
      return {
        ...entry(
          'signal',
          i,
          s.label,
          `Tegn på mistrivsel: ${category?.label ?? ''}.`,
          category?.source ?? national.trivselslineal.source,
        ),
        keywords: `signal signaler ${infant} ${s.phrases.join(' ').replace(/\*/g, '')}`,
      };
    }),
    ...national.afterNotification.map((s, i) => entry('after', i, 'Efter underretningen', s.text, s.source)),
    ...national.beforeCalling.map((s, i) =>
      entry('before', i, 'Før du ringer til kommunen', s.text, s.source),
    ),
    ...national.forParents.map((s, i) => entry('parents', i, 'Til forældre', s.text, s.source)),
    ...national.guidance.map((g, i) => entry('guidance', i, g.title, g.text, g.source)),
    ...[...knowledge.municipalities.values()].flatMap((m) => municipalEntries(m, knowledge)),
  ];
}

/** Lower case and Danish Snowball stem, so »underretninger« finds »underretning«. */
const processTerm = (term: string): string | null => {
  const lower = term.toLocaleLowerCase('da');
  return lower.length < 2 ? null : stem(lower);
};

export class GuideSearch {
  private readonly index: MiniSearch<GuideEntry>;

  constructor(private readonly entries: GuideEntry[]) {
    this.index = new MiniSearch<GuideEntry>({
      fields: ['title', 'text', 'kind', 'keywords'],
      storeFields: ['id'],
      processTerm,
      searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
    });
    this.index.addAll(entries);
  }

  /**
   * Entries for a query, best first, limited to national entries and those of `municipality`. Falls back to
   * matching any word when every word together finds nothing.
   */
  search(query: string, municipality: string, limit = 10): GuideEntry[] {
    const byId = new Map(this.entries.map((e) => [e.id, e]));
    const allowed = (id: string) => {
      const entry = byId.get(id);
      return !!entry && (!entry.municipality || entry.municipality === municipality);
    };
    const run = (combineWith: 'AND' | 'OR') =>
      this.index
        .search(query, { combineWith, filter: (result) => allowed(String(result.id)) })
        .map((result) => byId.get(String(result.id)))
        .filter((e): e is GuideEntry => !!e);
    const all = run('AND');
    return (all.length > 0 ? all : run('OR')).slice(0, limit);
  }
}
