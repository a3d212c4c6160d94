/**
 * `npx tsx eval/events/same-party.ts [--list]`: the training gold's required items whose actor and recipient share a
 * country code ("The Bundesbank urged the West German government …" REQUEST DEUGOV→DEUGOV), counted by whether dyad
 * found them and, when not, by what dyad coded in the sentence and which rule turned a same-party recipient down.
 * Training gold only. Reads ../shared; never part of `npm test`.
 */
import { Locator, normCode } from './reference-score.js';
import { codeTrainGold } from './train-gold.js';

const list = process.argv.includes('--list');
const { articles, docs } = await codeTrainGold();
const counts = new Map<string, number>();
const bump = (k: string): void => void counts.set(k, (counts.get(k) ?? 0) + 1);
const codes = (xs: readonly (string | { code?: string; sector?: string })[] | undefined): string[] =>
  (xs ?? []).map((p) => (typeof p === 'string' ? normCode(p) : normCode(p.code, p.sector))).filter(Boolean);
const lines: string[] = [];
for (const a of articles) {
  const doc = docs.get(a.docId);
  const where = new Locator(a.input.text);
  a.gold.events.required.forEach((g, i) => {
    const ga = codes(g.actor);
    const gr = codes(g.recipient);
    if (!ga.some((c) => gr.includes(c))) return;
    const d = a.score.detail[i];
    const sents = where.sentencesIn(g.evidence);
    const here = (doc?.layers.events?.events ?? []).filter((e, k) => where.inSentences(a.records[k].evidence, sents));
    const selfDrop = here.some((e) => e.reasons.some((r) => r.rule === 'events/self-recipient'));
    const cls = d.dyad ? 'found' : d.type ? 'type found, wrong parties' : here.length ? 'other type' : 'nothing';
    bump(`${a.folder} ${cls}`);
    bump(`all ${cls}`);
    if (selfDrop) bump(`all self-recipient reason in sentence (${cls})`);
    const raw = (xs: readonly unknown[] | undefined) => (xs ?? []).map((p) => (typeof p === 'string' ? p : `${(p as { code?: string }).code ?? ''}${(p as { sector?: string }).sector ?? ''}`)).join('+');
    if (list) {
      lines.push(`${cls.toUpperCase()} ${a.folder}/${a.docId} ${g.event} ${raw(g.actor)} -> ${raw(g.recipient)}${selfDrop ? ' [self-drop]' : ''}\n    ${g.evidence}\n` +
        here.map((e) => `    dyad ${e.event} ${e.actors.map((p) => `${p.code}${p.sector ?? ''}(${p.name})`).join('+')} -> ${e.recipients.map((p) => `${p.code}${p.sector ?? ''}(${p.name})`).join('+')}${e.negated || e.hypothetical || e.historical ? ' flagged' : ''}`).join('\n'));
    }
  });
}
process.stdout.write([...[...counts].sort().map(([k, n]) => `${k}\t${n}`), ...lines].join('\n') + '\n');
