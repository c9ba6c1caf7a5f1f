import type { Token } from './tokens';

const NEGATORS = new Set(['ikke', 'ingen', 'intet', 'aldrig', 'uden', 'ingenting', 'hverken', 'ej']);
/** Words that turn a negation into doubt: "ikke sikker på, om …", "kan ikke udelukke …". */
const DOUBT = new Set(['hvorvidt', 'sikker', 'tvivl', 'udelukke', 'udelukker', 'afvise', 'afviser']);
/** A negation does not reach across these: "har ingen venner og spiser ikke". */
const SCOPE_ENDS = new Set(['og', 'eller', 'så', 'fordi', 'da', 'når']);
const LOOK_BACK = 3;

/**
 * Whether the words tokens[from..to) are negated: a negator up to three words before them in the same
 * clause ("ingen tegn på vold"), or "ikke"/"aldrig" right after them ("han slår ikke"). Doubt words
 * between cancel the negation, because in doubt the bot must treat the concern as real.
 */
export function isNegated(tokens: readonly Token[], from: number, to: number): boolean {
  const clause = tokens[from]?.clause;
  for (let i = from - 1; i >= Math.max(0, from - LOOK_BACK); i--) {
    const token = tokens[i];
    if (!token || token.clause !== clause || SCOPE_ENDS.has(token.surface)) break;
    if (DOUBT.has(token.surface)) return false;
    if (NEGATORS.has(token.surface)) return true;
  }
  const next = tokens[to];
  return !!next && next.clause === clause && (next.surface === 'ikke' || next.surface === 'aldrig');
}
