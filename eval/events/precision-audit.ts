/**
 * `npx tsx eval/events/precision-audit.ts [--min N] [--below P] [--class KIND] [--list KEY,KEY]`: the training gold's
 * precision audit (#12). Every scored prediction (not negated, hypothetical or historical) is counted as right (it
 * filled a required item or matched an acceptable one) or false (`isFalseRecord`), and aggregated by class: the
 * trigger's lemma with the type, the CAMEO pattern that matched (`events/cameo`'s trigger), the CAMEO code, each rule
 * id in the event's reasons, and the type with the actor's and recipient's sectors. An F1-optimal coder drops a class
 * whose precision is below about F1/2 (~0.25 here), so the classes with at least `--min` predictions (10) and
 * precision below `--below` (0.25) are printed, each with its precision on the two halves of the articles by the
 * parity of their id's number (decide on one half, confirm on the other). Some low classes are gold conventions that
 * differ by source (the BBC's "warned" ACCUSE, the wire's THREATEN): the per-folder counts say so. `--class` prints
 * one kind only; `--list KEY,KEY` prints those classes' predictions with their sentence's evidence. Layers come from the
 * training gold's cache (`codeTrainGold`). Training gold only (never the held-out gold or news-dev's check half);
 * never part of `npm test`.
 */
import { buildTree } from '../../src/stages/events/tree.js';
import { isFalseRecord } from './reference-score.js';
import { codeTrainGold } from './train-gold.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const min = Number(opt('--min', '10'));
const below = Number(opt('--below', '0.25'));
const onlyKind = opt('--class', '');
const listKeys = new Set(opt('--list', '').split(',').filter(Boolean));

interface Tally { right: number; false: number; half: [number, number, number, number]; folders: Map<string, [number, number]> }
const classes = new Map<string, Map<string, Tally>>();
const listed: string[] = [];

/** The half of an article by the parity of the last number in its id (odd ids are half B). */
const halfOf = (docId: string): 0 | 1 => (Number(/(\d+)\D*$/.exec(docId)?.[1] ?? 0) % 2 === 0 ? 0 : 1);

function count(kind: string, key: string, folder: string, half: 0 | 1, isFalse: boolean): void {
  const byKey = classes.get(kind) ?? new Map<string, Tally>();
  classes.set(kind, byKey);
  const t: Tally = byKey.get(key) ?? { right: 0, false: 0, half: [0, 0, 0, 0], folders: new Map<string, [number, number]>() };
  byKey.set(key, t);
  if (isFalse) t.false++;
  else t.right++;
  t.half[half * 2 + Number(isFalse)]++;
  const f: [number, number] = t.folders.get(folder) ?? [0, 0];
  f[Number(isFalse)]++;
  t.folders.set(folder, f);
}

const { articles, docs } = await codeTrainGold();
for (const a of articles) {
  const doc = docs.get(a.docId);
  const events = doc?.layers.events?.events ?? [];
  if (!doc || events.length !== a.records.length) continue;
  const tree = buildTree(doc as never);
  const half = halfOf(a.docId);
  a.records.forEach((r, i) => {
    if (r.negated || r.hypothetical || r.historical) return;
    const e = events[i];
    const isFalse = isFalseRecord(a.score, r);
    const [first, last] = e.trigger.tokens;
    const lemma = tree.lemmas.slice(first, last).join(' ').toLowerCase() || r.event_text.toLowerCase();
    const cameo = e.reasons.find((x) => x.rule === 'events/cameo');
    const sectors = (side: typeof r.actor) => [...new Set(side.map((p) => p.sector ?? (p.code ? 'code' : '?')))].sort().join('+') || '-';
    const keys: [string, string][] = [
      ['lemma type', `${lemma} ${r.event}`],
      ['pattern', `${typeof cameo?.trigger === 'string' ? cameo.trigger : '(no cameo)'} ${r.event}`],
      ['cameo', `${r.cameo ?? '-'} ${r.event}`],
      ['type sectors', `${r.event} ${sectors(r.actor)} -> ${sectors(r.recipient)}`],
      ...[...new Set(e.reasons.map((x) => x.rule))].map((rule): [string, string] => ['rule', rule]),
    ];
    for (const [kind, key] of keys) {
      count(kind, key, a.folder, half, isFalse);
      if (listKeys.has(key)) listed.push(`${key} :: ${isFalse ? 'FALSE' : 'right'} ${a.folder}/${a.docId} [${r.event_text}] ${r.event} ${r.actor.map((p) => p.code).join('+') || '-'} -> ${r.recipient.map((p) => p.code).join('+') || '-'} | ${r.evidence.slice(0, 160)}`);
    }
  });
}

const p = (right: number, wrong: number): string => (right + wrong ? (right / (right + wrong)).toFixed(2) : '  - ');
for (const [kind, byKey] of classes) {
  if (onlyKind && kind !== onlyKind) continue;
  const low = [...byKey].filter(([, t]) => t.right + t.false >= min && t.right / (t.right + t.false) < below)
    .sort((x, y) => y[1].false - x[1].false);
  console.log(`\n## ${kind}: ${low.length} classes with >= ${min} predictions and precision < ${below}`);
  console.log('  right/n  P    | even P (n) | odd P (n) | per folder right/n | class');
  for (const [key, t] of low) {
    const n = t.right + t.false;
    const folders = [...t.folders].map(([f, [r, w]]) => `${f} ${r}/${r + w}`).join(', ');
    console.log(`  ${`${t.right}/${n}`.padStart(7)} ${p(t.right, t.false)} | ${p(t.half[0], t.half[1])} (${t.half[0] + t.half[1]}) | ${p(t.half[2], t.half[3])} (${t.half[2] + t.half[3]}) | ${folders} | ${key}`);
  }
}
if (listKeys.size) console.log(['', `## ${[...listKeys].join(', ')}`, ...listed.sort()].join('\n'));
