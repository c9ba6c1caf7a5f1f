import { InboundActivity, plainlyValid, readInboundActivity } from '../src/host/inboundActivity';
import { TEXT_LIMIT } from '../src/rules/concern';
import { teamsMessage } from './support/fakeConnector';

/**
 * The host checks ordinary messages field by field (`plainlyValid`) instead of through the zod schema, for speed.
 * It may send anything to the schema, but what it lets through itself must be exactly what the schema accepts,
 * with the same values: otherwise a malformed activity would reach the adapter, or a good one be changed.
 */
const base = () =>
  teamsMessage('https://smba.trafficmanager.net/emea/', 'Jeg er bekymret for en dreng', 'a:1');

type Variant = [string, (activity: Record<string, unknown>) => void];

const variants: Variant[] = [
  ['unchanged', () => undefined],
  ['loopback service URL without a slash', (a) => (a.serviceUrl = 'http://127.0.0.1:3978')],
  [
    'service URL zod would rewrite (upper case)',
    (a) => (a.serviceUrl = 'HTTPS://SMBA.trafficmanager.net/emea/'),
  ],
  ['service URL with spaces', (a) => (a.serviceUrl = ' https://smba.trafficmanager.net/emea/ ')],
  ['ftp service URL', (a) => (a.serviceUrl = 'ftp://smba.trafficmanager.net/')],
  ['service URL not a URL', (a) => (a.serviceUrl = 'not a url')],
  ['service URL too long', (a) => (a.serviceUrl = `https://x.dk/${'a'.repeat(2048)}`)],
  ['no service URL', (a) => delete a.serviceUrl],
  ['no type', (a) => delete a.type],
  ['empty type', (a) => (a.type = '')],
  ['type too long', (a) => (a.type = 'm'.repeat(65))],
  ['conversationUpdate', (a) => (a.type = 'conversationUpdate')],
  ['invoke (own schemas)', (a) => Object.assign(a, { type: 'invoke', name: 'adaptiveCard/action' })],
  ['numeric id', (a) => (a.id = 7)],
  ['id too long', (a) => (a.id = 'i'.repeat(1025))],
  ['name too long', (a) => (a.name = 'n'.repeat(129))],
  ['replyToId', (a) => (a.replyToId = 'activity-0')],
  ['replyToId null', (a) => (a.replyToId = null)],
  ['no channel', (a) => delete a.channelId],
  ['conversation id with a newline', (a) => (a.conversation = { id: 'a:1\nb' })],
  ['conversation id with DEL', (a) => (a.conversation = { id: 'a:1\u007f' })],
  ['conversation id ..', (a) => (a.conversation = { id: '..' })],
  ['conversation id empty', (a) => (a.conversation = { id: '' })],
  ['conversation id emoji', (a) => (a.conversation = { id: 'a:😀' })],
  ['conversation an array', (a) => (a.conversation = ['a:1'])],
  ['from without id', (a) => (a.from = { name: 'x' })],
  ['recipient null', (a) => (a.recipient = null)],
  ['recipient id too long', (a) => (a.recipient = { id: 'r'.repeat(1025) })],
  ['text at the limit', (a) => (a.text = 't'.repeat(TEXT_LIMIT))],
  ['text over the limit', (a) => (a.text = 't'.repeat(TEXT_LIMIT + 1))],
  ['text a number', (a) => (a.text = 5)],
  ['no text', (a) => delete a.text],
];

describe('inbound activities: the field-by-field check agrees with the schema', () => {
  it.each(variants)('%s', (_name, change) => {
    const activity = base() as Record<string, unknown>;
    change(activity);
    const schema = InboundActivity.safeParse(activity);
    if (plainlyValid(activity)) {
      expect(schema.success).toBe(true);
      expect(schema.data).toEqual(activity);
    }
    // Whichever way it went, the answer is the schema's.
    const read = readInboundActivity(activity);
    expect(read.ok).toBe(schema.success);
    if (read.ok) expect(read.activity).toEqual(schema.data);
  });

  it('takes the quick way for ordinary Teams messages, including from a loopback connector', () => {
    expect(plainlyValid(base())).toBe(true);
    expect(plainlyValid(teamsMessage('http://127.0.0.1:3978', 'hej', 'a:2'))).toBe(true);
    expect(plainlyValid({ ...base(), serviceUrl: 'ftp://x.dk/' })).toBe(false);
  });
});
