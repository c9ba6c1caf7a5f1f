import { loadKnowledge } from '/work/wt-model/src/knowledge';
import { analyseText, buildLexicon, tokenize } from '/work/wt-model/src/text';
import { scoreText } from '/work/wt-model/src/text/model';
const k = loadKnowledge();
const lex = buildLexicon(k.national);
for (const t of process.argv.slice(2)) {
  const a = analyseText(t, lex);
  console.log(t, '| alone:', scoreText(tokenize(t), undefined, lex.model!).guesses.map(g=>g.id).join(','), '| union:', a.redFlags.map(h=>h.id+'/'+h.pattern).join(','), '| negated:', a.negated.map(h=>h.id+'/'+h.pattern).join(','));
}
for (const t of process.argv.slice(2)) console.log(analyseText(t, lex).redFlags);
