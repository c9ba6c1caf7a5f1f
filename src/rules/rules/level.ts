import type { LevelId, MunicipalityKnowledge } from '../../knowledge/schema';
import type { RuleContext } from '../context';
import { lowerDanish } from '../lookups';

const PROTECTIVENESS: Record<LevelId, number> = { primaer: 0, sekundaer: 1, tertiaer: 2 };

type Level = MunicipalityKnowledge['levels'][number];

const levelsByScore = new WeakMap<MunicipalityKnowledge, Map<number, readonly Level[]>>();

/**
 * The levels a score belongs to, the most protective first. They depend on the municipality's table alone and a
 * score is one of a few values, so each is worked out once (bounded all the same).
 */
function levelsForScore(m: MunicipalityKnowledge, score: number): readonly Level[] {
  let byScore = levelsByScore.get(m);
  if (!byScore) levelsByScore.set(m, (byScore = new Map()));
  let levels = byScore.get(score);
  if (!levels) {
    levels = m.levels
      .filter((l) => l.from <= score && score <= l.to)
      .sort((a, b) => PROTECTIVENESS[b.id] - PROTECTIVENESS[a.id]);
    if (byScore.size >= 100) byScore.clear();
    byScore.set(score, levels);
  }
  return levels;
}

/**
 * R2: the level from the score by the municipality's table. A boundary score belongs to two levels and the
 * more protective one wins; without a score a red flag counts as tertiær, otherwise the score is missing.
 */
export function levelFromScore(ctx: RuleContext): void {
  const { concern, m, national, out, texts } = ctx;
  const score = concern.score;
  if (score !== undefined) {
    const zone = national.trivselslineal.zones.find((z) => z.from <= score && score <= z.to);
    ctx.zone = zone ? { score, label: zone.label, colour: zone.colour } : null;
    const candidates = levelsForScore(m, score);
    const chosen = candidates[0];
    if (!chosen) return;
    ctx.level = chosen.id;
    ctx.levelLabel = chosen.label;
    out.reason(
      'R2 niveau',
      texts.say('levelReason', {
        score,
        zone: zone ? lowerDanish(zone.label) : '',
        level: lowerDanish(chosen.label),
        boundary: candidates.length > 1 ? texts.say('levelBoundary') : '',
      }),
      chosen.source,
    );
    out.note(m.levelsNote.text);
  } else if (ctx.hasRedFlag) {
    const tertiary = m.levels.find((l) => l.id === 'tertiaer');
    ctx.level = 'tertiaer';
    ctx.levelLabel = tertiary?.label ?? null;
    out.reason('R2 niveau', texts.say('levelFromRedFlag'), tertiary?.source ?? m.source);
  } else {
    out.missing.push('score');
  }
  if (!concern.role) out.missing.push('role');
  if (concern.childAge === undefined) out.missing.push('childAge');
}
