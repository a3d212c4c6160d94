/**
 * `npx tsx eval/events/causes.ts [--cached | --outside-gold | --train-gold]`: news-dev misses and false events counted by
 * cause, per half and folder, as numbers only (`--outside-gold`: the held-out set's, per folder, as one "held-out" half;
 * `--train-gold`: the studied training gold's, as one "train" half, whose items `outside-gold.ts --train --list` shows).
 * The check half's items are never printed: the counts say where the tune–check gap lies (wrong
 * participants, wrong type, no event at all, a rule turning a trigger down, no trigger) without showing a sentence,
 * so work can go to the class that fails on unseen text and be studied on the tune half and outside text.
 * Reads ../shared; never part of `npm test`.
 */
import { Locator } from './reference-score.js';
import { scoreStudySet, type StudiedArticle as Scored } from './study-sets.js';

const scored = await scoreStudySet(process.argv.slice(2));

type Counts = Map<string, number>;
const bump = (c: Counts, key: string): void => void c.set(key, (c.get(key) ?? 0) + 1);

/** Why each required item was missed, and why each false event was false, for one article. */
function causesOf(a: Scored, misses: Counts, falses: Counts): void {
  const where = new Locator(a.text);
  a.score.detail.forEach((d, i) => {
    if (d.dyad) return;
    const g = a.gold.events.required[i];
    const sents = where.sentencesIn(g.evidence);
    const here = a.records.filter((r) => where.inSentences(r.evidence, sents));
    const scoredHere = here.filter((r) => !(r.negated || r.hypothetical || r.historical));
    if (d.type) return bump(misses, 'type found, wrong participants');
    if (here.some((r) => r.event === g.event)) return bump(misses, 'type found but flagged (negated/hypothetical/historical)');
    if (scoredHere.length) {
      bump(misses, `other type in the sentence | ${g.event} (coded ${[...new Set(scoredHere.map((r) => r.event))].sort().join('/')})`);
      return bump(misses, 'other type in the sentence');
    }
    const turnedDown = a.rejected.filter((x) => x.sentence && where.inSentences(x.sentence, sents));
    // A trigger of the gold's own type turned down says which rule lost it; a speech verb turned down as a bare
    // statement ("said") beside no such trigger only says that the statement's content was not coded.
    const own = turnedDown.find((x) => x.event === g.event);
    const cause = own ? `turned down: ${own.ruleId} (its type)`
      : turnedDown.length ? `turned down, other type: ${turnedDown.find((x) => x.ruleId !== 'events/statement')?.ruleId ?? 'events/statement only'}`
        : here.length ? 'only flagged events of another type' : 'nothing in the sentence';
    bump(misses, cause);
    bump(misses, `${cause} | ${g.event}`);
  });
  const golds = [...a.gold.events.required, ...(a.gold.events.acceptable ?? [])];
  for (const f of a.score.fp) {
    const sents = where.sentencesIn(f.evidence);
    const inSentence = golds.filter((g) => where.inSentences(g.evidence, sents));
    // An extra event beside one that filled the sentence's item differs from a confusion that lost the item.
    const filledHere = a.score.detail.some((d, i) => d.dyad && where.inSentences(a.gold.events.required[i].evidence, sents));
    const kind = !inSentence.length ? 'no gold in the sentence'
      : inSentence.some((g) => g.event === f.event) ? 'gold of its type, other participants'
        : 'gold of another type only';
    bump(falses, `${kind} | ${f.event}${kind.includes('another') ? ` (gold ${[...new Set(inSentence.map((g) => g.event))].sort().join('/')})` : ''}`);
    bump(falses, kind);
    if (inSentence.length) bump(falses, `${kind}: ${filledHere ? 'beside a filled item' : 'no item of the sentence filled'}`);
  }
}

for (const half of [...new Set(scored.map((a) => a.half))]) {
  for (const folder of [...new Set(scored.map((a) => a.folder)), 'all']) {
    const misses: Counts = new Map();
    const falses: Counts = new Map();
    for (const a of scored) if (a.half === half && (folder === 'all' || a.folder === folder)) causesOf(a, misses, falses);
    console.log(`\n## ${half} ${folder}`);
    const show = (title: string, c: Counts): void => {
      console.log(`${title}:`);
      for (const [k, n] of [...c].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) if (folder === 'all' || !k.includes('|')) console.log(`  ${String(n).padStart(3)}  ${k}`);
    };
    show('misses', misses);
    show('false events', falses);
  }
}
