import type { FakeConnector, ReceivedActivity } from './fakeConnector';
import { teamsMessage } from './fakeConnector';

/** What a walk of many conversations at once counts; every figure but `turns` and `results` must be 0. */
export interface ReliabilityCounts {
  conversations: number;
  turns: number;
  /** Conversations that reached the result cards. */
  results: number;
  /** A user turn (or a double tap) that got no reply at all, or a walk that stopped without a result. */
  lostTurns: number;
  /** The bot asked again for something already answered, or started over: the dialog was lost. */
  wipedDialogs: number;
  /** A reply that went to another conversation or user than the turn it answered. */
  mixedUp: number;
  /** A reply that said something went wrong. */
  failures: number;
  /** Stored bytes holding what must never be stored (checked by the caller). */
  leaks: number;
  /** Turns the bot turned away under load (»Et øjeblik – prøv igen«); the walker tries those again, as a user would. */
  shed: number;
}

interface Sent {
  conversation?: { id?: string };
  recipient?: { id?: string };
  text?: string;
}

/** The answer a walker gives to each question, as a card submit. */
const ANSWERS: Record<string, Record<string, unknown>> = {
  municipality: { answer: 'vejen' },
  role: { answer: 'skole' },
  age: { answer: '9' },
  redFlagCheck: { answer: 'ingen' },
  score: { answer: '6' },
  signals: { signals_none: '' },
  absence: { answer: 'Under 15 %' },
  confirm: { municipality: 'vejen', role: 'skole', age: '9', redFlag: 'ingen' },
};

const DESCRIPTION = 'Jeg er bekymret for en pige på 9 år i min klasse, hun er ofte træt og sulten';

/** Every question the replies ask, in order (`"step":"…"` in a card's submit data). */
function askedSteps(replies: string[]): string[] {
  return replies
    .flatMap((reply) => [...reply.matchAll(/"step":"([a-zA-Z]+)"/g)].map((m) => m[1] ?? ''))
    .filter((step, i, all) => all.indexOf(step) === i);
}

export interface WalkOptions {
  botUrl: string;
  connector: FakeConnector;
  conversations: number;
  /** Every n-th conversation double-taps each card answer (two identical submits at once). */
  doubleTapEvery: number;
  prefix: string;
}

/**
 * Walks `conversations` users through the whole concern dialog at once over real HTTP, answering whatever
 * the bot asks, and counts lost turns, wiped dialogs and mixed-up replies.
 */
export async function walkConversations(options: WalkOptions): Promise<ReliabilityCounts> {
  const { botUrl, connector } = options;
  const counts: ReliabilityCounts = {
    conversations: options.conversations,
    turns: 0,
    results: 0,
    lostTurns: 0,
    wipedDialogs: 0,
    mixedUp: 0,
    failures: 0,
    leaks: 0,
    shed: 0,
  };
  let seen = 0;
  /** Replies not yet read, by conversation path. */
  const inbox = new Map<string, ReceivedActivity[]>();
  const collect = () => {
    for (const received of connector.received.slice(seen)) {
      const key = received.path.split('/activities')[0] ?? '';
      inbox.set(key, [...(inbox.get(key) ?? []), received]);
    }
    seen = connector.received.length;
  };

  const post = async (body: object) => {
    counts.turns += 1;
    const response = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
  };

  async function walk(index: number): Promise<void> {
    const id = `${options.prefix}-${index}`;
    const user = `29:${id}-user`;
    const path = `/v3/conversations/${encodeURIComponent(id)}`;
    const doubleTap = options.doubleTapEvery > 0 && index % options.doubleTapEvery === 0;
    const answered = new Set<string>();
    const take = (): string[] => {
      collect();
      const replies = inbox.get(path) ?? [];
      inbox.delete(path);
      for (const reply of replies) {
        const sent = reply.activity as Sent;
        if (sent.conversation?.id !== id || sent.recipient?.id !== user) counts.mixedUp += 1;
      }
      return replies.map((reply) => JSON.stringify(reply.activity));
    };

    let last: object = teamsMessage(connector.url, DESCRIPTION, id, user);
    await post(last);
    for (let turn = 0; turn < 40; turn++) {
      const received = take();
      const replies = received.filter((reply) => !reply.includes('Et øjeblik'));
      if (replies.length === 0 && received.length > 0) {
        // Turned away under load: the user waits a moment and sends the same again.
        counts.shed += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
        await post({ ...last, id: `${(last as { id: string }).id}-retry-${turn}` });
        continue;
      }
      if (replies.length === 0) {
        counts.lostTurns += 1;
        return;
      }
      if (replies.some((reply) => reply.includes('gik noget galt'))) counts.failures += 1;
      if (replies.some((reply) => reply.includes('Vurdering – '))) {
        counts.results += 1;
        return;
      }
      const next = askedSteps(replies).find((step) => !answered.has(step));
      if (askedSteps(replies).some((step) => answered.has(step) || step === 'describe')) {
        counts.wipedDialogs += 1;
        return;
      }
      if (!next) {
        counts.lostTurns += 1;
        return;
      }
      answered.add(next);
      const value = { verb: 'answer', step: next, ...(ANSWERS[next] ?? { skip: true }) };
      const submit = { ...teamsMessage(connector.url, '', id, user), text: undefined, value };
      last = submit;
      if (doubleTap) await Promise.all([post(submit), post({ ...submit, id: `${submit.id}-again` })]);
      else await post(submit);
    }
    counts.lostTurns += 1;
  }

  await Promise.all(Array.from({ length: options.conversations }, (_, i) => walk(i)));
  return counts;
}

/** One line per figure, for a person reading the run. */
export function formatCounts(title: string, counts: ReliabilityCounts): string {
  const figures = Object.entries(counts)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  return `${title}: ${figures}\n`;
}
