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

/**
 * The pledge verb whose "to" infinitive `verb` is, when `event` (the infinitive's type) is a hostile act. A negated
 * infinitive is no hostile act pledged: "promised not to veto the resolution" is a pledge to cooperate, the pledge
 * verb's own AGREE (hostile-pledges.tsv).
 */
export function pledgeOf(tree: Tree, pack: LanguagePack, verb: number, event: string, table: HostilePledges = shipped()): number | undefined {
  const head = tree.deps[verb].head;
  if (head < 0 || tree.deps[verb].deprel !== 'xcomp' || !isToInfinitive(tree, verb) || !table.acts.has(event)) return undefined;
  if (!table.pledges.has(tree.lemmas[head].toLowerCase())) return undefined;
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
