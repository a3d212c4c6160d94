/**
 * `npx tsx eval/events/split-evidence.ts [--list]`: the training gold's required items whose evidence the sentences stage
 * cuts in two (the evidence crosses a dyad sentence start), counted by the cause of each cut, read from the characters
 * around it: the word before the period (a dotted abbreviation "U.S.", a listed abbreviation, an initial, a plain word),
 * a closing quote, a dash, "?"/"!". Whether the item was found is shown beside each count. `--list` prints each cut.
 * Training gold only (its cache, `codeTrainGold`); never part of `npm test`.
 */
import { codeTrainGold } from './train-gold.js';

const list = process.argv.includes('--list');
const { articles, docs } = await codeTrainGold();

/** The cause of a cut before `start` in `text`: what precedes the sentence start. */
function causeOf(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 30), start).trimEnd();
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  if (/[?!]["'”’)]*$/.test(word)) return 'question/exclamation';
  if (/["'”’)]$/.test(word)) return 'closing quote or bracket';
  if (/[-–—]$/.test(word)) return 'dash';
  if (!word.endsWith('.')) return before.length ? `no stop ("${word}")` : 'paragraph start';
  const bare = word.slice(0, -1).replace(/^["'“‘(]+/, '');
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return `dotted abbreviation (${bare}.)`;
  if (/^\p{Lu}$/u.test(bare)) return 'initial';
  if (/^\p{Lu}[\p{Ll}]{0,4}$/u.test(bare)) return `short capitalised word (${bare}.)`;
  if (/\d/.test(bare)) return 'number';
  return 'plain word';
}

const causes = new Map<string, { items: number; found: number }>();
let required = 0;
for (const a of articles) {
  const doc = docs.get(a.docId);
  const sentences = doc?.layers.sentences;
  if (!doc || !sentences) continue;
  const text = doc.text;
  a.gold.events.required.forEach((g, i) => {
    required++;
    const ev = (g.evidence ?? '').trim();
    if (!ev) return;
    const pattern = new RegExp(ev.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    const m = pattern.exec(text);
    if (!m) return;
    const from = m.index;
    const to = from + m[0].length;
    const cuts = sentences.filter((s) => s.start > from && s.start < to && text.slice(from, s.start).trim());
    if (!cuts.length) return;
    const found = Boolean(a.score.detail[i]?.dyad);
    for (const cut of cuts) {
      const cause = causeOf(text, cut.start);
      const c = causes.get(cause) ?? { items: 0, found: 0 };
      c.items++;
      if (found) c.found++;
      causes.set(cause, c);
      if (list) console.log(`${a.docId} ${g.event} ${found ? 'found' : 'MISSED'} [${cause}] …${text.slice(Math.max(from, cut.start - 60), cut.start).replace(/\s+/g, ' ')}‖${text.slice(cut.start, Math.min(to, cut.start + 60)).replace(/\s+/g, ' ')}…`);
    }
  });
}
console.log(`required items ${required}; cuts inside evidence, by cause (items, of which found):`);
for (const [cause, c] of [...causes].sort((x, y) => y[1].items - x[1].items)) console.log(`  ${c.items}\t${c.found}\t${cause}`);
