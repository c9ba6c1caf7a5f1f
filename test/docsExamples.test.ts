import { readFileSync } from 'node:fs';
import path from 'node:path';
import { digits, run } from './helpers';

/** The worked examples in docs/assessment.md still hold: their input, run through the engine, gives what the text says. */
const doc = readFileSync(path.resolve(__dirname, '..', 'docs', 'assessment.md'), 'utf8');
const inputs = [...doc.matchAll(/echo '(\{[\s\S]*?\})'/g)].map(
  (m) => JSON.parse(m[1] ?? '{}') as Parameters<typeof run>[0],
);

describe('docs/assessment.md worked examples', () => {
  it('has three examples', () => {
    expect(inputs).toHaveLength(3);
  });

  it('example 1: tertiær at the boundary, the receipt on 8 May, the intake first', () => {
    const a = run(inputs[0] ?? { municipality: '' });
    expect(a.level).toBe('tertiaer');
    expect(a.deadlines.find((d) => d.id === 'kvittering')?.due).toBe('2026-05-08');
    expect(a.deadlines.find((d) => d.id === 'opfoelgning')?.due).toBe('2026-07-30');
    expect(a.contacts[0]?.name).toBe('Modtagelsen i Familieafdelingen');
    expect(a.contacts.map((c) => c.web).filter(Boolean)).toEqual(['ast.dk']);
  });

  it('example 2: Friday evening in Dragør, the police first, then on Tuesday morning Børneteamet', () => {
    const input = inputs[1] ?? { municipality: '' };
    const friday = run(input);
    expect(friday.redFlags).toEqual(['overgreb']);
    expect(digits(friday.contacts[0]?.phone)).toBe('114');
    expect(friday.parentsCaution).toMatch(/^Spørg ikke forældrene/);
    const tuesday = run({ ...input, now: '2026-11-24T10:00:00+01:00' });
    expect(digits(tuesday.contacts[0]?.phone)).toBe('32890397');
  });

  it('example 3: a plan for tonight puts 112 first; without »i nat« it is required today', () => {
    const input = inputs[2] ?? { municipality: '' };
    const tonight = run(input);
    expect(tonight.selfHarm).toBe('imminent');
    expect(digits(tonight.contacts[0]?.phone)).toBe('112');
    const later = run({ ...input, text: (input.text ?? '').replace(' i nat', '') });
    expect(later.selfHarm).toBe('statements');
    expect(later.notify).toBe('required');
    expect(digits(later.contacts[0]?.phone)).not.toBe('112');
  });
});
