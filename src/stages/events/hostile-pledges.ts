/**
 * Hostile acts inside a pledge (`data/hostile-pledges.tsv`, #12): "pledged to oppose the bill", "vowed to veto any
 * tax increase". The pledged act is the pledger's announced act, coded with its own type (a future REJECT), and the
 * pledge verb's intent to cooperate (AGREE) is no second event. Pledges to cooperate, give or change ("promised to
 * scrap the tax", "pledged to work together") stay AGREE.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import type { LanguagePack } from '../../lang/pack.js';
import { clauseFlags, type EventFlags } from './flags.js';
import { childrenBy, isToInfinitive, type Tree } from './tree.js';

export interface HostilePledges {
  readonly pledges: ReadonlySet<string>;
  readonly acts: ReadonlySet<string>;
}

/** Rows `pledge<TAB>lemma` and `act<TAB>EVENT`; `#` starts a comment. */
export function parseHostilePledges(text: string, path: string): HostilePledges {
  const pledges = new Set<string>();
  const acts = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [kind, value, ...rest] = line.split('\t').map((f) => f.trim());
    if (rest.length || !value || (kind !== 'pledge' && kind !== 'act')) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected pledge<TAB>lemma or act<TAB>EVENT' });
    }
    (kind === 'pledge' ? pledges : acts).add(value);
  });
  return { pledges, acts };
}

let loaded: HostilePledges | undefined;

function shipped(): HostilePledges {
  const path = assetPath('src', 'stages', 'events', 'data', 'hostile-pledges.tsv');
  return (loaded ??= parseHostilePledges(readDataText(path), path));
}

/** The pledge verb whose "to" infinitive `verb` is, when `event` (the infinitive's type) is a hostile act. */
export function pledgeOf(tree: Tree, verb: number, event: string, table: HostilePledges = shipped()): number | undefined {
  const head = tree.deps[verb].head;
  if (head < 0 || tree.deps[verb].deprel !== 'xcomp' || !isToInfinitive(tree, verb) || !table.acts.has(event)) return undefined;
  return table.pledges.has(tree.lemmas[head].toLowerCase()) ? head : undefined;
}

/** The flags a pledge passes on to its pledged act: a future act of the pledger, as real as the pledge. */
export function pledgedFlags(tree: Tree, pack: LanguagePack, pledge: number): EventFlags {
  const above = clauseFlags(tree, pack, pledge, { reported: false });
  return { ...above, future: true, reasons: [...above.reasons, reason('events/controlled', { verb: tree.words[pledge] })] };
}

/**
 * Whether pledge verb `pledge` has a "to" infinitive that codes a hostile act: `eventOf` gives the infinitive's type
 * (its trigger's), so that the pledge is coded through it.
 */
export function pledgesHostileAct(tree: Tree, pledge: number, eventOf: (verb: number) => string | undefined, table: HostilePledges = shipped()): boolean {
  if (!table.pledges.has(tree.lemmas[pledge].toLowerCase())) return false;
  return childrenBy(tree, pledge, 'xcomp').some((c) => isToInfinitive(tree, c) && table.acts.has(eventOf(c) ?? ''));
}
