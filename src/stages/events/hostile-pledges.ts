/**
 * Hostile acts inside a pledge (`data/hostile-pledges.tsv`, #12): "pledged to oppose the bill", "vowed to veto any
 * tax increase". The pledged act is the pledger's announced act, coded with its own type (a future REJECT), and the
 * pledge verb's intent to cooperate (AGREE) is no second event. Pledges to cooperate, give or change ("promised to
 * scrap the tax", "pledged to work together") stay AGREE. The pledge verb is coded like any trigger and dropped only
 * once its act is coded in the same sentence (`actedPledges`): when the act is turned down (no actor, a rule), the
 * pledge is what is left of the sentence.
 */
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import type { LanguagePack } from '../../lang/pack.js';
import { clauseFlags, type EventFlags } from './flags.js';
import { shippedTable } from './shipped-table.js';
import { childrenBy, isToInfinitive, type Tree } from './tree.js';
import type { CodedEvent } from './types.js';

export interface HostilePledges {
  readonly pledges: ReadonlySet<string>;
  readonly acts: ReadonlySet<string>;
  /** For an act row with a verb list: the only infinitive lemmas that make a pledge that act. */
  readonly actVerbs: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Rows `pledge<TAB>lemma` and `act<TAB>EVENT`, optionally `<TAB>lemma,lemma`; `#` starts a comment. */
export function parseHostilePledges(text: string, path: string): HostilePledges {
  const pledges = new Set<string>();
  const acts = new Set<string>();
  const actVerbs = new Map<string, Set<string>>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [kind, value, verbs, ...rest] = line.split('\t').map((f) => f.trim());
    if (rest.length || !value || (kind !== 'pledge' && kind !== 'act') || (verbs !== undefined && (kind !== 'act' || !verbs))) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected pledge<TAB>lemma or act<TAB>EVENT[<TAB>lemma,lemma]' });
    }
    (kind === 'pledge' ? pledges : acts).add(value);
    if (verbs) {
      const set = actVerbs.get(value) ?? new Set<string>();
      for (const v of verbs.split(',')) set.add(v.trim().toLowerCase());
      actVerbs.set(value, set);
    }
  });
  return { pledges, acts, actVerbs };
}

/** Whether `event` on the infinitive `verb` is a hostile act a pledge can pledge (its row's verb list, when it has one). */
function isPledgedAct(tree: Tree, verb: number, event: string, table: HostilePledges): boolean {
  if (!table.acts.has(event)) return false;
  const verbs = table.actVerbs.get(event);
  return !verbs || verbs.has(tree.lemmas[verb] ?? '');
}

const shipped = shippedTable('hostile-pledges.tsv', parseHostilePledges);

/**
 * The pledge verb whose "to" infinitive `verb` is, when `event` (the infinitive's type) is a hostile act. A negated
 * infinitive is no hostile act pledged: "promised not to veto the resolution" is a pledge to cooperate, the pledge
 * verb's own AGREE (hostile-pledges.tsv).
 */
export function pledgeOf(tree: Tree, pack: LanguagePack, verb: number, event: string, table: HostilePledges = shipped()): number | undefined {
  const head = tree.deps[verb].head;
  if (head < 0 || tree.deps[verb].deprel !== 'xcomp' || !isToInfinitive(tree, verb) || !isPledgedAct(tree, verb, event, table)) return undefined;
  if (!table.pledges.has(tree.lemmas[head])) return undefined;
  return clauseFlags(tree, pack, verb, { reported: false }).negated ? undefined : head;
}

/** The flags a pledge passes on to its pledged act: a future act of the pledger, as real as the pledge. */
export function pledgedFlags(tree: Tree, pack: LanguagePack, pledge: number): EventFlags {
  const above = clauseFlags(tree, pack, pledge, { reported: false });
  return { ...above, future: true, reasons: [...above.reasons, reason('events/controlled', { verb: tree.words[pledge] })] };
}

/**
 * The hostile act pledge verb `pledge` pledges in its "to" infinitive, by `eventOf` (the infinitive trigger's type):
 * the pledge is then coded through that act alone, whatever the pledge verb's own type. It agrees with `pledgeOf` by
 * construction, so that the act passed through and the pledge turned down are the same.
 */
export function hostileEventOf(tree: Tree, pack: LanguagePack, pledge: number, eventOf: (verb: number) => string | undefined, table: HostilePledges = shipped()): string | undefined {
  for (const c of childrenBy(tree, pledge, 'xcomp')) {
    const event = eventOf(c);
    if (event !== undefined && pledgeOf(tree, pack, c, event, table) === pledge) return event;
  }
  return undefined;
}

/**
 * The indices (from `from` on) of events whose trigger is a pledge verb whose hostile act (`hostileEventOf`) is itself
 * among the events: "The Tories pledged to fight the plans" keeps the REJECT and drops the pledge's AGREE. A pledge whose
 * act was turned down is not listed, so it keeps its own event.
 */
export function actedPledges(tree: Tree, pack: LanguagePack, events: readonly CodedEvent[], from: number, eventOf: (verb: number) => string | undefined, table: HostilePledges = shipped()): number[] {
  const heads = (e: CodedEvent): number[] => Array.from({ length: e.trigger.tokens[1] - e.trigger.tokens[0] }, (_, k) => e.trigger.tokens[0] + k);
  const acted = new Set(events.slice(from).flatMap(heads));
  const out: number[] = [];
  for (let k = from; k < events.length; k++) {
    const pledge = heads(events[k]).find((t) => table.pledges.has(tree.lemmas[t]));
    if (pledge === undefined || hostileEventOf(tree, pack, pledge, eventOf, table) === undefined) continue;
    if (childrenBy(tree, pledge, 'xcomp').some((c) => acted.has(c) && pledgeOf(tree, pack, c, eventOf(c) ?? '', table) === pledge)) out.push(k);
  }
  return out;
}
