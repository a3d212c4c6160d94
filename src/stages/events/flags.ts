import type { Entity } from '../entities/types.js';
import { childrenBy, auxWords, type Tree } from './tree.js';

/** Whether an event is a fact of the article's day, and why not. */
export interface EventFlags {
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly future: boolean;
  readonly reasons: readonly string[];
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
// Deontic modals count too: "Ukraine must implement" reports a demand, not an act (see REQUEST).
const HYPOTHETICAL_AUX = new Set(['could', 'might', 'may', 'should', 'would', 'can', 'ought', 'must']);
const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo']);
const CONDITIONAL_MARKS = new Set(['if', 'unless', 'whether']);

/**
 * Negation and modality of the clause headed by `head` (a verb, or the verb governing an event
 * noun). "would" counts as future inside reported speech ("said they would meet") and as
 * hypothetical elsewhere; a conditional clause ("if …") is hypothetical.
 */
export function clauseFlags(tree: Tree, head: number, opts: { reported: boolean; noun?: number }): EventFlags {
  const reasons: string[] = [];
  let negated = false;
  let hypothetical = false;
  let future = false;
  const advs = [...new Set([head, firstConjunct(tree, head)])].flatMap((h) => childrenBy(tree, h, 'advmod', 'neg', 'det')).map((a) => tree.words[a]);
  if (advs.some((w) => NEGATORS.has(w))) { negated = true; reasons.push('negated verb'); }
  if (opts.noun !== undefined && childrenBy(tree, opts.noun, 'det', 'advmod').some((d) => NEGATORS.has(tree.words[d]))) {
    negated = true;
    reasons.push(`"no ${tree.words[opts.noun]}"`);
  }
  for (const aux of auxWords(tree, firstConjunct(tree, head))) {
    if (FUTURE_AUX.has(aux)) { future = true; reasons.push(`future "${aux}"`); }
    else if (aux === 'would' && opts.reported) { future = true; reasons.push('"would" in reported speech'); }
    else if (HYPOTHETICAL_AUX.has(aux)) { hypothetical = true; reasons.push(`modal "${aux}"`); }
  }
  if (goingTo(tree, head)) { future = true; reasons.push('"going to"'); }
  for (let v = head, hops = 0; v >= 0 && hops < 4; v = tree.deps[v].head, hops++) {
    const mark = childrenBy(tree, v, 'mark').map((m) => tree.words[m]).find((m) => CONDITIONAL_MARKS.has(m));
    if (mark) { hypothetical = true; reasons.push(`conditional "${mark}"`); break; }
    if (!['conj', 'xcomp'].includes(tree.deps[v].deprel)) break;
  }
  return { negated, hypothetical, future, reasons };
}

/** The first verb of a coordination ("will meet and sign": auxiliaries attach to "meet"). */
export function firstConjunct(tree: Tree, verb: number): number {
  let v = verb;
  for (let hops = 0; hops < 6 && tree.deps[v]?.deprel === 'conj' && tree.deps[v].head >= 0; hops++) v = tree.deps[v].head;
  return v;
}

function goingTo(tree: Tree, head: number): boolean {
  const h = tree.deps[head]?.head ?? -1;
  return h >= 0 && tree.lemmas[h] === 'go' && tree.deps[head].deprel === 'xcomp' && auxWords(tree, h).some((a) => ['is', 'are', 'am', "'s", "'re"].includes(a));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * An absolute date in a DATE mention: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Relative dates ("on
 * Friday") are left to the dates stage and return undefined.
 */
export function absoluteDate(text: string, articleYear?: number): string | undefined {
  const t = text.toLowerCase().replace(/[.,]/g, ' ');
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(t)?.[1];
  const monthIndex = MONTHS.findIndex((m) => new RegExp(`\\b${m.slice(0, 3)}[a-z]*\\b`).test(t));
  const day = /\b([0-3]?\d)(?:st|nd|rd|th)?\b/.exec(t.replace(/\b(1[89]\d\d|20\d\d)\b/g, ''))?.[1];
  const y = year ?? (monthIndex >= 0 && articleYear ? String(articleYear) : undefined);
  if (!y) return undefined;
  if (monthIndex < 0) return y;
  const mm = String(monthIndex + 1).padStart(2, '0');
  return day && Number(day) >= 1 && Number(day) <= 31 ? `${y}-${mm}-${day.padStart(2, '0')}` : `${y}-${mm}`;
}

/**
 * The dates that bear on an event: DATE entities and bare years whose tokens are among `near`
 * (the trigger's own phrase and clause). Returns the first absolute one.
 */
export function dateNear(tree: Tree, entities: readonly Entity[], near: readonly number[], articleYear?: number): { date: string; text: string } | undefined {
  const set = new Set(near);
  for (const ent of entities) {
    if (ent.type !== 'DATE') continue;
    let inside = false;
    for (let t = ent.tokens[0]; t < ent.tokens[1]; t++) if (set.has(t)) inside = true;
    if (!inside) continue;
    const text = tree.words.slice(ent.tokens[0], ent.tokens[1]).join(' ');
    const date = absoluteDate(text, articleYear);
    if (date) return { date, text };
  }
  // A bare year modifying a noun ("the 2015 Minsk agreements") is often not tagged as a DATE.
  for (const t of near) {
    if (/^(1[89]\d\d|20\d\d)$/.test(tree.words[t]) && ['nummod', 'compound', 'amod', 'obl:tmod', 'nmod:tmod', 'obl'].includes(tree.deps[t].deprel)) {
      return { date: tree.words[t], text: tree.words[t] };
    }
  }
  return undefined;
}
