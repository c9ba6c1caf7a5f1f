import {
  parseAge,
  parseMunicipality,
  parseRedFlagCheck,
  parseRole,
  parseScore,
  parseSignals,
  parseYesNoUnknown,
} from '../src/conversation/answers';
import { commandOf } from '../src/conversation/commands';
import type { Reply } from '../src/conversation/reply';
import { buildLexicon } from '../src/text';
import { knowledge } from './helpers';

const lexicon = buildLexicon(knowledge.national);
const typed = (text: string): Reply => ({ text, value: undefined });
const value = (data: Record<string, unknown>): Reply => ({ text: '', value: data });
const ok = <T>(parsed: { ok: boolean; value?: T }) => (parsed.ok ? parsed.value : 'REJECTED');

describe('typed answers where the card has buttons', () => {
  it.each([
    ['7', 7],
    ['7 år', 7],
    ['syv år', 7],
    ['8 måneder', 0],
    ['18 mdr', 1],
    ['spæd', 0],
    ['Hun er 15', 15],
    ['26', 'REJECTED'],
    ['blå', 'REJECTED'],
  ])('age "%s" → %p', (text, expected) => {
    expect(ok(parseAge(typed(text)))).toBe(expected);
  });

  it.each([
    ['Vejen', 'vejen'],
    ['Dragør Kommune', 'dragoer'],
    ['dragoer', 'dragoer'],
    ['ASSENS', 'assens'],
    ['Odense', 'REJECTED'],
  ])('municipality "%s" → %p', (text, expected) => {
    expect(ok(parseMunicipality(typed(text), knowledge))).toBe(expected);
  });

  it.each([
    ['pædagog', 'dagtilbud'],
    ['Jeg er lærer', 'skole'],
    ['SFO', 'skole'],
    ['sundhedsplejerske', 'sundhedspleje'],
    ['tandlæge', 'tandpleje'],
    ['praktiserende læge', 'laege'],
    ['frivillig træner', 'forening'],
    ['astronaut', 'REJECTED'],
  ])('role "%s" → %p', (text, expected) => {
    expect(ok(parseRole(typed(text)))).toBe(expected);
  });

  it.each([
    ['3', 3],
    ['score 6', 6],
    ['6/10', 6],
    ['0', 'REJECTED'],
    ['11', 'REJECTED'],
    ['udsat', 'REJECTED'],
  ])('score "%s" → %p', (text, expected) => {
    expect(ok(parseScore(typed(text)))).toBe(expected);
  });

  it.each([
    ['ja', true],
    ['Nej', false],
    ['ved ikke', 'unknown'],
    ['hmm', 'REJECTED'],
  ])('yes/no "%s" → %p', (text, expected) => {
    expect(ok(parseYesNoUnknown(typed(text)))).toBe(expected);
  });

  it('red-flag check: a typed description of violence is read as the abuse flag, "nej" as none', () => {
    expect(ok(parseRedFlagCheck(typed('ja, hun bliver slået derhjemme'), lexicon))).toEqual({
      flags: ['overgreb'],
      unsure: false,
    });
    expect(ok(parseRedFlagCheck(typed('æresrelateret konflikt'), lexicon))).toEqual({
      flags: ['social_kontrol'],
      unsure: false,
    });
    expect(ok(parseRedFlagCheck(typed('nej'), lexicon))).toEqual({ flags: [], unsure: false });
    expect(ok(parseRedFlagCheck(typed('ved ikke'), lexicon))).toEqual({ flags: [], unsure: true });
  });

  it('signals: ticked ids from several lists, unknown ids dropped; typed text is analysed', () => {
    expect(
      ok(parseSignals(value({ signals_adfaerd: 'fravaer,bogus', signals_x: '' }), knowledge, lexicon)),
    ).toEqual(['fravaer']);
    expect(ok(parseSignals(typed('Han har meget fravær'), knowledge, lexicon))).toEqual(['fravaer']);
    expect(ok(parseSignals(typed('ingen'), knowledge, lexicon))).toEqual([]);
    expect(ok(parseSignals(typed('vejret er godt'), knowledge, lexicon))).toBe('REJECTED');
  });
});

describe('commands', () => {
  it.each([
    ['forfra', 'restart'],
    ['Stop!', 'stop'],
    ['HJÆLP', 'help'],
    ['?', 'help'],
    ['skift kommune', 'changeMunicipality'],
    ['skift rolle', 'changeRole'],
    ['stop med at slå ham', null],
  ])('"%s" → %p', (text, expected) => {
    expect(commandOf(typed(text))).toBe(expected);
  });

  it('comes from a card button too, and an unknown command is ignored', () => {
    expect(commandOf(value({ verb: 'command', command: 'restart' }))).toBe('restart');
    expect(commandOf(value({ verb: 'command', command: 'rm -rf' }))).toBeNull();
  });
});
