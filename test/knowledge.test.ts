import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultKnowledgeDir, KnowledgeError, loadKnowledge } from '../src/knowledge';
import { knowledge } from './helpers';

/** Walks a parsed document and yields [path, object] for every object that has one of the keys. */
function* objectsWith(value: unknown, keys: string[], at = ''): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* objectsWith(item, keys, `${at}[${i}]`);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (keys.some((k) => k in record)) yield [at, record];
    for (const [k, v] of Object.entries(record)) yield* objectsWith(v, keys, at ? `${at}.${k}` : k);
  }
}

const documents = (): [string, unknown][] => [
  ['national', knowledge.national],
  ...[...knowledge.municipalities.values()].map((m): [string, unknown] => [m.id, m]),
];

describe('the real knowledge base', () => {
  it('has the three municipalities of the seeds', () => {
    expect([...knowledge.municipalities.keys()].sort()).toEqual(['assens', 'dragoer', 'vejen']);
  });

  it('gives every contact, step, deadline, meeting, partner and legal reference a source', () => {
    const missing: string[] = [];
    for (const [name, doc] of documents()) {
      const groups = [
        ...objectsWith(doc, ['phone', 'email']),
        ...[...objectsWith(doc, ['steps'])].flatMap(([at, o]) =>
          (o.steps as Record<string, unknown>[]).map((s, i): [string, Record<string, unknown>] => [
            `${at}.steps[${i}]`,
            s,
          ]),
        ),
      ];
      for (const [at, item] of groups) {
        // Partner contact blocks inherit the partner's source.
        if (at.endsWith('.contact')) continue;
        if (typeof item.source !== 'string' || !item.source.includes('#')) missing.push(`${name}: ${at}`);
      }
    }
    for (const d of knowledge.national.deadlines) if (!d.source) missing.push(`deadline ${d.id}`);
    for (const l of knowledge.national.legal) if (!l.source) missing.push(`legal ${l.id}`);
    for (const m of knowledge.municipalities.values()) {
      for (const item of [
        ...m.meetings,
        ...m.partners,
        ...m.levelSteps,
        ...m.redFlagRoutes,
        ...m.informationSharing,
      ]) {
        if (!item.source) missing.push(`${m.id}: ${JSON.stringify(item).slice(0, 40)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('writes every phone number as its owner does: 8 digits, a 3-digit emergency number or a 116 line', () => {
    const phones = documents().flatMap(([name, doc]) =>
      [...objectsWith(doc, ['phone'])].map(([at, o]) => ({
        where: `${name}: ${at}`,
        phone: String(o.phone),
      })),
    );
    expect(phones.length).toBeGreaterThan(10);
    const malformed = phones.filter(
      ({ phone }) => !/^(\d{3}|\d{2} \d{2} \d{2} \d{2}|116 \d{3}|\d{2} \d{3} \d{3})$/.test(phone),
    );
    expect(malformed).toEqual([]);
  });

  it('carries the seed facts: hotlines, intake numbers and the Dragør mailbox', () => {
    const phonesOf = (id: string) => knowledge.municipalities.get(id)?.contacts.map((c) => c.phone);
    expect(phonesOf('vejen')).toEqual(expect.arrayContaining(['51 43 65 73', '20 47 22 80', '40 36 29 59']));
    expect(phonesOf('dragoer')).toContain('32 89 03 97');
    expect(phonesOf('assens')).toContain('64 74 75 17');
    expect(knowledge.municipalities.get('dragoer')?.notification.sendTo.email).toBe(
      'underretning@dragoer.dk',
    );
    expect(knowledge.national.contacts.find((c) => c.id === 'ankestyrelsen')?.phone).toBe('61 89 75 50');
    expect(knowledge.municipalities.get('vejen')?.notification.dialogueBased?.steps).toHaveLength(10);
  });

  it('names current Barnets lov sections and keeps the old Serviceloven numbers the seeds use', () => {
    const byFormer = new Map(knowledge.national.legal.map((l) => [l.formerly, l.ref]));
    expect(byFormer.get('Serviceloven § 153')).toBe('Barnets lov § 133');
    expect(byFormer.get('Serviceloven § 49 a')).toBe('Retssikkerhedsloven § 11 e');
    expect(byFormer.get('Serviceloven § 155 b')).toBe('Barnets lov § 137');
  });
});

describe('loading broken knowledge', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, from: string, to: string) => {
    const full = path.join(dir, file);
    const text = readFileSync(full, 'utf8');
    expect(text).toContain(from);
    writeFileSync(full, text.replace(from, to));
  };

  const cases: [string, string, string, string, RegExp][] = [
    [
      'malformed phone',
      'municipalities/vejen.yaml',
      '"51 43 65 73"',
      '"5143657"',
      /vejen\.yaml: contacts\[0\]\.phone: must be "dd dd dd dd"/,
    ],
    [
      'missing source',
      'municipalities/dragoer.yaml',
      '    source: "dragoer#Underretningens vej"\n  - id: ressourceteam',
      '  - id: ressourceteam',
      /dragoer\.yaml: contacts\[0\]\.source/,
    ],
    [
      'unknown source id',
      'municipalities/assens.yaml',
      'source: "assens#Har I spørgsmål?"',
      'source: "nowhere#x"',
      /assens\.yaml: contacts\[0\]\.source: unknown source "nowhere"/,
    ],
    [
      'unknown contact in a route',
      'municipalities/vejen.yaml',
      'contact: integration_vagt',
      'contact: nobody',
      /vejen\.yaml: redFlagRoutes\[1\]\.contact: unknown contact "nobody"/,
    ],
    [
      'a gap in the level table',
      'municipalities/vejen.yaml',
      'from: 7\n    to: 10',
      'from: 7\n    to: 9',
      /vejen\.yaml: levels: score 10 belongs to no entry/,
    ],
    ['bad YAML', 'national.yaml', 'kind: national', 'kind: [national', /national\.yaml: line \d+/],
    [
      'a sentence the rules need is missing',
      'national.yaml',
      '  acuteStep: { text: "Ring 112, hvis barnets liv eller helbred er i fare lige nu." }\n',
      '',
      /national\.yaml: texts\.acuteStep: /,
    ],
    [
      'a broken placeholder in a sentence',
      'national.yaml',
      '"Ring nu til {name} på {phone}."',
      '"Ring nu til {name på {phone}."',
      /national\.yaml: texts\.callNowStep\.text: a placeholder must look like \{name\}/,
    ],
    [
      'a self-harm line that is not a contact',
      'national.yaml',
      '    - contact: boernetelefonen',
      '    - contact: nobody',
      /national\.yaml: selfHarm\.lines\[0\]\.contact: unknown contact "nobody"/,
    ],
    [
      'an unborn-child signal that does not exist',
      'national.yaml',
      'signals: [graviditet_risiko]',
      'signals: [gravid]',
      /national\.yaml: unbornChild\.signals\[0\]: unknown signal "gravid"/,
    ],
    [
      'guidance citing an unknown law',
      'national.yaml',
      '    legal: fal_2\n',
      '    legal: fal_99\n',
      /national\.yaml: guidance\[2\]\.legal: unknown legal reference "fal_99"/,
    ],
    [
      'a switchboard that is not a contact',
      'municipalities/assens.yaml',
      'switchboard: hovednummer',
      'switchboard: omstilling',
      /assens\.yaml: switchboard: unknown contact "omstilling"/,
    ],
    [
      'a marker for parents that is not a yes/no',
      'municipalities/vejen.yaml',
      '        involvesParents: true',
      '        involvesParents: maybe',
      /vejen\.yaml: roleSteps\[0\]\.steps\[2\]\.involvesParents: /,
    ],
    [
      'a lexicon pattern naming an unknown concept',
      'lexicon.yaml',
      'head: vold_ord',
      'head: vold_ordd',
      /lexicon\.yaml: redFlags\.overgreb\[0\]\.head: unknown concept "vold_ordd"/,
    ],
    [
      'a lexicon term that is not words',
      'lexicon.yaml',
      '"vold", "volden"',
      '"vold;", "volden"',
      /lexicon\.yaml: concepts\.vold_ord\.da\[\d+\]: must be words/,
    ],
    [
      'lexicon words for a signal national.yaml does not have',
      'lexicon.yaml',
      '  maerker_efter_vold:\n    unless',
      '  maerker_efter_vol:\n    unless',
      /lexicon\.yaml: signals\.maerker_efter_vol: unknown signal/,
    ],
  ];
  it.each(cases)('%s fails fast naming file and field', (_name, file, from, to, message) => {
    edit(file, from, to);
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir)).toThrow(message);
  });
});
