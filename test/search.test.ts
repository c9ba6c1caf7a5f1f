import type { Activity } from 'botbuilder';
import { GuideSearch, guideEntries } from '../src/search/guideSearch';
import { expectSendableCard } from './support/adaptiveCards';
import { Conversation } from './support/conversation';
import { knowledge } from './helpers';

const search = new GuideSearch(guideEntries(knowledge));
const titles = (query: string, municipality = 'vejen') =>
  search.search(query, municipality, 5).map((e) => e.title);

describe('searching the guide (MiniSearch with Danish stemming)', () => {
  it.each([
    ['underretning trin', /underretning: trin/i],
    ['tavshedspligt', /^Tavshedspligt: Forvaltningsloven § 27$/],
    ['SSP', /SSP/],
    ['signaler spædbørn', /spædbarn/],
    ['politiet', /^Politiet$/],
  ])('»%s« finds what a professional would expect', (query, expected) => {
    expect(titles(query)[0]).toMatch(expected);
  });

  it.each([
    ['underretninger', 'underretning'],
    ['kontakterne', 'kontakt'],
    ['forældrenes', 'forældre'],
  ])('an inflected word (»%s«) finds the base form (»%s«)', (inflected, base) => {
    const found = search.search(inflected, 'vejen', 10);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((e) => `${e.title} ${e.text}`.toLocaleLowerCase('da').includes(base))).toBe(true);
  });

  it('shows only national entries and those of the user’s municipality', () => {
    const dragoer = search.search('underretning', 'dragoer', 50);
    expect(dragoer.every((e) => !e.municipality || e.municipality === 'dragoer')).toBe(true);
    expect(dragoer.some((e) => e.municipality === 'dragoer')).toBe(true);
  });

  it('never offers the unverified KUI § 15 d', () => {
    expect(
      search
        .search('unge under 25 deles', 'vejen', 50)
        .map((e) => e.title)
        .join(' '),
    ).not.toContain('15 d');
  });

  it('every entry carries a source', () => {
    expect(guideEntries(knowledge).filter((e) => !/#/.test(e.source))).toEqual([]);
  });
});

describe('the messaging extension (composeExtension/query)', () => {
  async function query(text: string | undefined, commandId = 'searchGuide') {
    const conversation = new Conversation();
    const activity: Partial<Activity> = {
      type: 'invoke',
      name: 'composeExtension/query',
      value: {
        commandId,
        parameters:
          text === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'query', value: text }],
        queryOptions: { skip: 0, count: 10 },
      },
    };
    await conversation.adapter.receiveActivity(activity);
    const sent = conversation.adapter.activeQueue.splice(0);
    // A search answers in its invoke response only: nothing may be posted into the conversation.
    expect(sent.filter((r) => r.type !== 'invokeResponse')).toEqual([]);
    const response = sent.find((r) => r.type === 'invokeResponse');
    const body = response?.value as {
      status: number;
      body: {
        composeExtension: {
          attachments: { content: Record<string, unknown>; preview: { content: { title: string } } }[];
        };
      };
    };
    return { status: body.status, attachments: body.body.composeExtension.attachments };
  }

  it('answers a query with a list of guidance cards, each sendable and with its source', async () => {
    const { status, attachments } = await query('underretninger');
    expect(status).toBe(200);
    expect(attachments.length).toBeGreaterThan(0);
    for (const attachment of attachments) {
      expectSendableCard(attachment.content);
      expect(JSON.stringify(attachment.content)).toMatch(/Kilde: \S/);
      expect(attachment.preview.content.title.length).toBeGreaterThan(0);
    }
  });

  it('a command id from an older manifest still searches, and posts nothing in the chat', async () => {
    const { status, attachments } = await query('underretning', 'searchHandleguide');
    expect(status).toBe(200);
    expect(attachments.length).toBeGreaterThan(0);
  });

  it('a deadline result says »Frist« once', async () => {
    const { attachments } = await query('frist kvittering');
    const previews = attachments.map((a) => JSON.stringify(a.preview));
    expect(previews.some((p) => p.includes('Frist'))).toBe(true);
    for (const preview of previews) expect(preview).not.toMatch(/Frist: Frist/);
  });

  it('the first run, before anything is typed, offers the essentials', async () => {
    const { attachments } = await query(undefined);
    expect(attachments.length).toBeGreaterThan(2);
    expect(JSON.stringify(attachments)).toContain('Politiet');
  });

  it('a query that matches nothing gives an empty list, not an error', async () => {
    const { status, attachments } = await query('xyzzyqwerty');
    expect(status).toBe(200);
    expect(attachments).toEqual([]);
  });
});
