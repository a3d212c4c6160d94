/**
 * `npx tsx eval/events/misses.ts [tune|check|all] [folder] [--summary] [--cached]`: the news-dev misses and false
 * events of one half, article by article, with each prediction's `why`: the input to error analysis. Prints the
 * per-folder scores of both halves first. `--cached` reads the layers before the events stage from
 * `.dyad/events-layer-cache/` (made on the first run, remade when any code before events changes): the same
 * figures, in seconds. Reads ../shared; never part of `npm test`.
 */
import { codeWithLayerCache } from './layer-cache.js';
import { prfOf, scoreNewsDev, tally } from './newsdev.js';
import { Locator } from './reference-score.js';

const [half = 'tune', only] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const scored = (await (process.argv.includes('--cached') ? scoreNewsDev((docs) => codeWithLayerCache(docs)) : scoreNewsDev())).filter((a) => !only || a.folder === only);
for (const part of ['tune', 'check', 'all'] as const) {
  const inPart = scored.filter((a) => part === 'all' || a.half === part);
  for (const folder of [...new Set(inPart.map((a) => a.folder)), 'all']) {
    const t = tally(inPart.filter((a) => folder === 'all' || a.folder === folder));
    const s = prfOf(t);
    console.log(`${part.padEnd(6)} ${folder.padEnd(22)} F1 ${s.f1.toFixed(3)}  P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  (${t.found}/${t.required} found, ${t.predicted} predicted, ${t.false} false)`);
  }
}
const articles = scored.filter((a) => half === 'all' || a.half === half);
if (process.argv.includes('--summary')) process.exit(0);
for (const a of articles) {
  console.log(`\n=== ${a.folder}/${a.docId}`);
  const where = new Locator(a.text);
  a.score.detail.forEach((d, i) => {
    if (d.dyad) return;
    const g = a.gold.events.required[i];
    console.log(`MISS ${g.event} ${(g.actor ?? []).join('+')} -> ${(g.recipient ?? []).join('+')} ${d.type ? '(type found)' : ''} | ${g.evidence}`);
    // What the coder did in the miss's sentence but did not score: flagged events and turned-down triggers.
    const sents = where.sentencesIn(g.evidence);
    const inSentence = (text: string): boolean => where.inSentences(text, sents);
    for (const r of a.records) {
      if (!(r.negated || r.hypothetical || r.historical) || !inSentence(r.evidence)) continue;
      const flags = [r.negated && 'negated', r.hypothetical && 'hypothetical', r.historical && 'historical'].filter(Boolean).join(',');
      console.log(`      unscored (${flags}) ${r.event} ${r.actor.map((x) => x.code ?? '?').join('+')} -> ${r.recipient.map((x) => x.code ?? '?').join('+')} | ${r.event_text}\n        why: ${r.why}`);
    }
    for (const x of a.rejected) {
      if (!x.sentence || !inSentence(x.sentence)) continue;
      console.log(`      rejected ${x.ruleId} ${x.event ?? ''} | ${x.trigger}\n        why: ${x.reason}`);
    }
  });
  for (const f of a.score.fp) {
    const r = a.records.find((x) => x.evidence.startsWith(f.evidence) && x.event === f.event);
    console.log(`FALSE ${f.event} ${f.actor.join('+')} -> ${f.recipient.join('+')} | ${r?.event_text ?? ''} | ${f.evidence}\n      why: ${r?.why ?? ''}`);
    // The gold items of the false event's sentence tell a wrong type from wrong participants from no event at all.
    const sents = where.sentencesIn(f.evidence);
    const golds = [...a.gold.events.required.map((g) => ['req', g] as const), ...(a.gold.events.acceptable ?? []).map((g) => ['acc', g] as const)];
    for (const [kind, g] of golds) {
      if (where.inSentences(g.evidence, sents)) console.log(`      gold ${kind}: ${g.event} ${(g.actor ?? []).join('+')} -> ${(g.recipient ?? []).join('+')}`);
    }
  }
}
