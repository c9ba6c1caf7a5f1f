import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPlayground } from '../src/host/playground';
import { startServer, type RunningServer } from '../src/server';
import { PlaygroundDirectory } from '../src/host/playgroundDirectory';
import { CaseStore } from '../src/bot/caseStore';
import { TeamsMessenger } from '../src/bot/handoff';
import { ReminderScheduler } from '../src/bot/reminderScheduler';
import { readConfig } from '../src/config';
import { createAdapter } from '../src/host/adapter';
import { FileStorage } from '../src/storage/fileStorage';
import { knowledge } from './helpers';
import { freePort } from './support/freePort';

const ROOT = path.resolve(__dirname, '..');
// A test run never changes tracked files: screenshots go to an ignored folder unless they are to be refreshed
// on purpose (UPDATE_SCREENSHOTS=1 npx jest test/browser.test.ts).
const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(ROOT, 'docs', 'screenshots')
    : path.join(ROOT, 'devTools', 'screenshots');
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

jest.setTimeout(120_000);

let server: RunningServer;
let playground: ChildProcess;
let browser: Browser;
let page: Page;
let workDir: string;

async function waitForPlayground(url: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the Agents Playground did not answer on ${url}`);
}

/** Clicks the newest button, radio label or text with this text: older cards stay in the chat above. */
async function click(text: string): Promise<void> {
  await page.getByText(text, { exact: true }).last().click();
}

async function waitFor(text: string, options: { exact?: boolean } = {}): Promise<void> {
  await page.getByText(text, options).last().waitFor({ state: 'visible', timeout: 20_000 });
}

/**
 * Where a card's text is on the page. The chat list re-renders while cards arrive, so an element just waited for can
 * be detached for a moment (a box of null, seen once under load): ask again a few times; a card that is not there
 * stays null and fails the test that needs it.
 */
async function boxOf(text: string): Promise<{ x: number; y: number } | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const box = await page.getByText(text, { exact: true }).last().boundingBox();
    if (box) return box;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

/** Scrolls the chat to a card (the list re-renders while cards arrive, so retry) and saves a screenshot. */
async function screenshotOf(text: string, file: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.getByText(text, { exact: true }).last().scrollIntoViewIfNeeded({ timeout: 2000 });
      break;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
  await page.screenshot({ path: path.join(SCREENSHOTS, file) });
}

async function type(text: string): Promise<void> {
  const box = page.locator('[data-lexical-editor="true"]');
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

// Free ports, so a running `npm start` (3978 / 56150) or a second test run does not disturb the test.
let PLAYGROUND_PORT = 0;

beforeAll(async () => {
  PLAYGROUND_PORT = await freePort();
  workDir = mkdtempSync(path.join(tmpdir(), 'handleguide-browser-'));
  server = await startServer(
    {
      PORT: '0',
      STATE_DIR: path.join(workDir, 'state'),
      LOG_LEVEL: 'silent',
      MUNICIPALITY: 'vejen',
    },
    { directory: PlaygroundDirectory.fromFile(path.join(ROOT, '.m365agentsplayground.yml')) },
  );
  // Run where .m365agentsplayground.yml is, so the playground mocks the same colleagues as the directory.
  playground = startPlayground({ endpoint: `${server.url}/api/messages`, port: PLAYGROUND_PORT, cwd: ROOT });
  await waitForPlayground(`http://localhost:${PLAYGROUND_PORT}`);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  playground?.kill();
  await server?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the bot in the Microsoft 365 Agents Playground (headless Chromium)', () => {
  it('an ordinary concern reaches its result, one card, in at most 5 user actions', async () => {
    await page.goto(`http://localhost:${PLAYGROUND_PORT}`, { waitUntil: 'domcontentloaded' });
    await waitFor('Velkommen til Handleguiden');
    await page.screenshot({ path: path.join(SCREENSHOTS, '1-welcome.png') });

    // Every message typed and every tap counts as one user action.
    let actions = 0;
    const act = async (action: () => Promise<void>) => {
      actions += 1;
      await action();
    };
    await act(() =>
      type('Jeg er lærer i Vejen. Hun er 8 år, kommer ofte sulten i skole og virker trist og indelukket'),
    );
    await waitFor('Passer det her?');
    await screenshotOf('Passer det her?', '2-confirm.png');
    await act(() => click('Nej, ingen af dem'));
    await act(() => click('Det passer – videre'));
    await waitFor('Hvor på trivselslinealen er barnet?');
    await page.screenshot({ path: path.join(SCREENSHOTS, '2-score-question.png') });
    await act(() => click('🟨 5 – Sårbar trivsel'));
    await waitFor('Vil du tilføje detaljer til underretningen?');
    await act(() => click('Spring over'));
    await waitFor('Vurdering – Vejen Kommune');
    expect(actions).toBeLessThanOrEqual(5);
    await page.waitForLoadState('networkidle');
    await screenshotOf('Vurdering – Vejen Kommune', '3-assessment.png');
    await expect(page.getByText('Sekundær forebyggelse', { exact: false }).last().isVisible()).resolves.toBe(
      true,
    );
    // The call button is on the card, not clipped into an overflow menu.
    await expect(page.getByText('Ring 51 43 65 73', { exact: true }).first().isVisible()).resolves.toBe(true);
    await click('Detaljer og kilder');
    await waitFor('Det har du fortalt mig');
    await screenshotOf('Det har du fortalt mig', '4-result-details.png');
    // The checklist is one tap away.
    await click('Tjekliste');
    await waitFor('Det skal du gøre');
    await screenshotOf('Tjekliste', '5-checklist.png');
  });

  it('a red-flag concern shows the acute card first, before any question', async () => {
    await type('Min elev fortæller, at hendes far slår hende, når han er fuld');
    await waitFor('Akut: handl nu');
    await waitFor('Passer det her?');
    const acute = await boxOf('Akut: handl nu');
    const question = await boxOf('Passer det her?');
    expect(acute?.y ?? Infinity).toBeLessThan(question?.y ?? -Infinity);
    await screenshotOf('Akut: handl nu', '12-red-flag.png');
  });

  it('goes from the draft to the leader and back (playing both parts, as the playground allows)', async () => {
    await click('Udkast til underretning');
    await waitFor('Udkast til underretning – Vejen Kommune');
    await screenshotOf('Udkast til underretning – Vejen Kommune', '6-draft.png');
    await click('Send til min leder');
    await waitFor('Send udkastet til din leder');
    await click('Lise Lærer (dig selv – se, hvad lederen får)');
    await click('Send');
    await waitFor('Lise Lærer vil drøfte en bekymring for et barn med dig');
    await screenshotOf('Lise Lærer vil drøfte en bekymring for et barn med dig', '7-leader-request.png');
    await click('Drøftet – send den');
    await waitFor('Lise Lærer har drøftet udkastet med dig: send underretningen.');
    // The answer is a Universal Action: the leader's card is replaced by what was answered, without buttons.
    await waitFor('Du har svaret Lise Lærer');
  });

  it('saves the concern as a case, marks it sent, gets the receipt reminder later and records the receipt', async () => {
    await click('Gem som sag');
    await page.getByLabel('Et kort navn, du kan kende sagen på', { exact: false }).last().fill('Pige i 2.A');
    await click('Gem');
    await waitFor('Gemt under »Mine bekymringer«', { exact: false });
    await click('Underretning sendt …');
    await click('Gem');
    await waitFor('Du skal have en kvittering', { exact: false });
    // The deadlines card above names the follow-up already; the case card names only the receipt while it waits.
    const followUps = () => page.getByText('Første opfølgning', { exact: false }).count();
    const followUpsBefore = await followUps();
    // The clock moved on: a scheduler over the same state sends the receipt reminder 20 days later at 09:00.
    const later = new Date(Date.now() + 20 * 86_400_000);
    later.setUTCHours(8, 0, 0, 0);
    const clock = () => later;
    const storage = new FileStorage(path.join(workDir, 'state'), 30 * 86_400_000, clock);
    const adapter = createAdapter(readConfig({ PORT: '0', MUNICIPALITY: 'vejen' }, ['vejen']));
    const scheduler = new ReminderScheduler({
      store: new CaseStore(storage, knowledge.national, clock),
      storage,
      messenger: new TeamsMessenger(adapter, ''),
      knowledge,
      clock,
    });
    // The server's own scheduler works over the same state: a tick that meets its write sends on the next tick, as
    // the production scheduler does a minute later. A reminder that is never sent still fails here.
    let outcome = await scheduler.tick();
    for (let tick = 1; outcome.sent === 0 && outcome.failed === 0 && tick < 20; tick++) {
      await page.waitForTimeout(250);
      outcome = await scheduler.tick();
    }
    expect(outcome).toEqual({ sent: 1, failed: 0 });
    await waitFor('Har du fået kvittering?');
    await screenshotOf('Har du fået kvittering?', '10-case-reminder.png');
    await click('Kvittering modtaget');
    await type('mine bekymringer');
    await waitFor('Mine bekymringer');
    await page.getByText('Pige i 2.A', { exact: true }).last().waitFor({ state: 'visible' });
    // With the receipt recorded, the next deadline is the first follow-up (before, it was the receipt).
    // The receipt's own reply and the list each show the follow-up as the case's next deadline.
    for (let waited = 0; (await followUps()) < followUpsBefore + 2 && waited < 20_000; waited += 250)
      await page.waitForTimeout(250);
    expect(await followUps()).toBeGreaterThanOrEqual(followUpsBefore + 2);
    await screenshotOf('Pige i 2.A', '11-my-cases.png');
    // The observation log: an entry on the case card comes back on the card.
    await click('Tilføj iagttagelse …');
    await page
      .getByLabel('Hvad så eller hørte du?', { exact: false })
      .last()
      .fill('Hun sagde: »Jeg er sulten«.');
    await click('Gem');
    await waitFor('Iagttagelsen er gemt på sagen (1 i alt)', { exact: false });
    await waitFor('Iagttagelser (1)');
  });

  it('in a group chat: answers an @mention with a shared checklist, and a tick shows who ticked it', async () => {
    await page.getByText('Team Spiren').first().click();
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type('@Hand');
    await page
      .getByRole('menuitem', { name: /Handleguide/ })
      .first()
      .click();
    await page.keyboard.type(' tjekliste');
    await page.keyboard.press('Enter');
    await waitFor('Hvilken tjekliste?');
    await click('Vis tjeklisten');
    await waitFor('0 af 7 klaret');
    await screenshotOf('Før du ringer til kommunen', '8-group-checklist.png');
    await page.getByText('Hvad du konkret har set', { exact: false }).last().click();
    await waitFor('1 af 7 klaret');
    await waitFor('Lise Lærer, ');
    await screenshotOf('Før du ringer til kommunen', '9-group-tick.png');
  });
});
