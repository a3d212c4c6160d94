/**
 * `npx tsx eval/events/misses.ts [tune|check|all] [folder] [--summary]`: the news-dev misses and false events of
 * one half, article by article, with each prediction's `why`: the input to error analysis. Prints the
 * per-folder scores of both halves first. Reads ../shared; never part of `npm test`.
 */
import { prfOf, scoreNewsDev, tally } from './newsdev.js';

const [half = 'tune', only] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const scored = (await scoreNewsDev()).filter((a) => !only || a.folder === only);
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
  a.score.detail.forEach((d, i) => {
    if (d.dyad) return;
    const g = a.gold.events.required[i];
    console.log(`MISS ${g.event} ${(g.actor ?? []).join('+')} -> ${(g.recipient ?? []).join('+')} ${d.type ? '(type found)' : ''} | ${g.evidence}`);
  });
  for (const f of a.score.fp) {
    const r = a.records.find((x) => x.evidence.startsWith(f.evidence) && x.event === f.event);
    console.log(`FALSE ${f.event} ${f.actor.join('+')} -> ${f.recipient.join('+')} | ${r?.event_text ?? ''} | ${f.evidence}\n      why: ${r?.why ?? ''}`);
  }
}
