// eslint-disable-next-line @typescript-eslint/no-require-imports -- adaptivecards' ESM lib cannot be required in Node; its UMD build can (STACK-NOTES)
const AC = require('adaptivecards/dist/adaptivecards.js');

/** Parses a card with the real Adaptive Cards SDK and returns the parse errors it reports. */
export function parseWithSdk(card: object): string[] {
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  adaptiveCard.parse(card, context);
  const errors: string[] = [];
  for (let i = 0; i < context.eventCount; i++) errors.push(context.getEventAt(i).message);
  return errors;
}

/** What a card must be to be sent: 1.5, parseable, fully expanded, small, with the emergency line. */
export function expectSendableCard(card: Record<string, unknown>): void {
  const json = JSON.stringify(card);
  expect(json).not.toMatch(/\$\{/);
  expect(card.version).toBe('1.5');
  expect(parseWithSdk(card)).toEqual([]);
  // Teams takes up to about 100 KB per message; a card read on a phone should stay far below that.
  expect(Buffer.byteLength(json)).toBeLessThan(14_000);
  expect(json).toContain('tel:112');
  expect(json).toContain('tel:114');
}

/** Every card of a message sendable, and the message as a whole small enough for a phone (under 28 KB). */
export function expectSendableMessage(replies: { attachments?: { content?: unknown }[] }[]): void {
  const cards = replies.flatMap((reply) =>
    (reply.attachments ?? []).map((a) => a.content as Record<string, unknown>),
  );
  cards.forEach(expectSendableCard);
  expect(Buffer.byteLength(JSON.stringify(cards))).toBeLessThan(28_000);
}
