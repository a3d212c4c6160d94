/**
 * `npx tsx eval/events/type-flips.ts [--cached | --outside-gold | --train-gold] [--list]`: the ceiling of any sense
 * choice (a rule or a learned ranker that picks another PLOVER type for a trigger, #12). Each coded event is given, in
 * turn, every other type the gold has in its sentence (an item's type or an alternative), its participants unchanged,
 * and its article is rescored: a flip *helps* when it fills an item or removes a false event and costs neither, and
 * *hurts* when it costs one and gains nothing. Counts per half and folder and per type pair (coded → other).
 * `--list` prints the helping flips with their trigger, `why` and sentence, only for the training gold (`--train-gold`)
 * and news-dev's tune half; the check half and the held-out set (`--outside-gold`) stay numbers only.
 * Reads ../shared; never part of `npm test`.
 */
import { Locator, scoreArticle } from './reference-score.js';
import { scoreStudySet, type StudiedArticle as Scored } from './study-sets.js';

const args = process.argv.slice(2);

interface Flip { readonly pair: string; readonly helps: boolean; readonly line: string }

/** Every flip of a scored event to a type its sentence's gold holds, that changes the article's score. */
function flipsOf(a: Scored): Flip[] {
  const where = new Locator(a.text);
  const golds = [...a.gold.events.required, ...(a.gold.events.acceptable ?? [])];
  const base = scoreArticle(a.gold, a.records, a.text);
  const out: Flip[] = [];
  a.records.forEach((r, i) => {
    if (r.negated || r.hypothetical || r.historical) return;
    const sents = where.sentencesIn(r.evidence);
    const types = new Set(golds.filter((g) => where.inSentences(g.evidence, sents))
      .flatMap((g) => [g.event, ...(g.alternatives ?? []).map((alt) => alt.event ?? g.event)]));
    types.delete(r.event);
    for (const type of types) {
      const s = scoreArticle(a.gold, a.records.map((x, k) => (k === i ? { ...x, event: type } : x)), a.text);
      const found = s.found_dyad - base.found_dyad;
      const fewerFalse = base.false_positives - s.false_positives;
      if (!found && !fewerFalse) continue;
      const helps = found >= 0 && fewerFalse >= 0;
      if (!helps && (found > 0 || fewerFalse > 0)) continue; // a trade, neither
      out.push({ pair: `${r.event} → ${type}`, helps, line: `${a.folder} [${r.event_text}] ${r.cameo} ${r.why.slice(0, 120)} :: ${r.evidence.slice(0, 140)}` });
    }
  });
  return out;
}

const scored = await scoreStudySet(args);
for (const half of [...new Set(scored.map((a) => a.half))]) {
  const inHalf = scored.filter((a) => a.half === half);
  const listable = args.includes('--list') && (half === 'train' || half === 'tune');
  for (const folder of [...new Set(inHalf.map((a) => a.folder)), 'all']) {
    const flips = inHalf.filter((a) => folder === 'all' || a.folder === folder).flatMap(flipsOf);
    const pairs = new Map<string, Flip[]>();
    for (const f of flips) pairs.set(f.pair, [...(pairs.get(f.pair) ?? []), f]);
    console.log(`\n## ${half} ${folder}: ${flips.filter((f) => f.helps).length} flips help, ${flips.filter((f) => !f.helps).length} hurt`);
    if (folder !== 'all') continue;
    for (const [pair, fs] of [...pairs].sort((x, y) => y[1].filter((f) => f.helps).length - x[1].filter((f) => f.helps).length || x[0].localeCompare(y[0]))) {
      const helping = fs.filter((f) => f.helps);
      if (!helping.length) continue;
      console.log(`  ${pair.padEnd(22)} help ${String(helping.length).padStart(3)}  hurt ${String(fs.length - helping.length).padStart(3)}`);
      if (listable) for (const f of helping) console.log(`      ${f.line}`);
    }
  }
}
