import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../src/host/logger';
import { startServer, type RunningServer } from '../src/server';
import { newStateDir } from './support/conversation';
import { startFakeConnector, teamsMessage, type FakeConnector } from './support/fakeConnector';

const CPR_FORMATS = ['010203-1234', '0102031234', '010203 1234', '01.02.03-1234', '010203–1234'];

let bot: RunningServer;
let connector: FakeConnector;
let stateDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
  stateDir = newStateDir();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  bot = await startServer(
    { PORT: '0', STATE_DIR: stateDir, MUNICIPALITY: 'vejen' },
    { logger: createLogger(sink, 'debug') },
  );
});

afterAll(async () => {
  await bot.close();
  await connector.close();
});

async function send(body: object) {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

describe('CPR numbers never leave the turn that received them', () => {
  it('typed in chat and in card fields, in five formats: not stored, not logged, not sent anywhere', async () => {
    const conversationId = 'a:privacy';
    const message = (text: string) => teamsMessage(connector.url, text, conversationId);
    const submit = (value: object) => ({ ...message(''), text: undefined, value });

    await send(message(`Emil ${CPR_FORMATS[0]} er 8 år og kommer ofte sulten i skole`));
    await send(message('vejen'));
    await send(message(`lærer ${CPR_FORMATS[1]}`));
    await send(message('nej'));
    await send(message('4'));
    await send(
      submit({
        verb: 'answer',
        step: 'details',
        observed: `Mor sagde hans cpr er ${CPR_FORMATS[2]}`,
        duration: `Siden ${CPR_FORMATS[3]}`,
      }),
    );
    await send(submit({ verb: 'draftUpdate', actionsTaken: `Talt med far (${CPR_FORMATS[4]})` }));
    await send(submit({ verb: 'draftCopy' }));

    const outgoing = JSON.stringify(connector.received);
    const stored = readdirSync(stateDir)
      .map((file) => readFileSync(path.join(stateDir, file), 'utf8'))
      .join('\n');
    const logs = logLines.join('');
    expect(outgoing).toContain('Udkast til underretning');
    expect(outgoing).toContain('[CPR-nr. fjernet]');
    expect(outgoing).toContain('Jeg har fjernet det og gemmer det ikke');
    expect(stored).toContain('[CPR-nr. fjernet]');
    expect(logLines.length).toBeGreaterThanOrEqual(8);
    for (const place of [outgoing, stored, logs]) {
      for (const cpr of CPR_FORMATS) expect(place).not.toContain(cpr);
      expect(place.replace(/\D+/g, ' ')).not.toMatch(/\b010203\s?1234\b|\b0102031234\b/);
    }
  });

  it('logs say what happened, never what was written', async () => {
    const logs = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const turns = logs.filter((line) => line.event === 'turn');
    expect(turns.length).toBeGreaterThanOrEqual(8);
    expect(turns.every((line) => line.outcome === 'ok' && typeof line.ms === 'number')).toBe(true);
    expect(turns.some((line) => line.verb === 'draftCopy')).toBe(true);
    const all = logLines.join('');
    expect(all).not.toContain('sulten');
    expect(all).not.toContain('a:privacy');
  });
});
