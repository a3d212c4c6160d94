/**
 * Senses of violent verbs told of political rivalry (`data/rivalry-senses.tsv`, #12): "fought a campaign",
 * "attacked Labour's taxes", "clashed with ministers over fees". Decided by the verb's own arguments, so that a
 * noun further down ("a tax office", "ahead of the election") or an armed party keeps the violent reading.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { childrenBy, isListed, markerOf, subjectOf, type Tree } from './tree.js';

export interface RivalrySense {
  readonly requirement: 'rivalry-object' | 'rivalry-issue' | 'rivalry-subject';
  readonly words: ReadonlySet<string>;
  readonly code: string;
  readonly note: string;
}

export interface RivalrySenses {
  readonly senses: ReadonlyMap<string, readonly RivalrySense[]>;
  readonly force: ReadonlySet<string>;
}

/** Rows `sense<TAB>lemma<TAB>object|issue|subject<TAB>words<TAB>code<TAB>note` and `force<TAB>noun`; `#` starts a comment. */
export function parseRivalrySenses(text: string, path: string): RivalrySenses {
  const senses = new Map<string, RivalrySense[]>();
  const force = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const fields = line.split('\t').map((f) => f.trim());
    const fail = (problem: string): never => { throw new DyadError('E170', { path, line: i + 1, problem }); };
    if (fields[0] === 'force' && fields.length === 2 && fields[1]) force.add(fields[1]);
    else if (fields[0] === 'sense' && fields.length === 6 && ['object', 'issue', 'subject'].includes(fields[2])) {
      const [, lemma, requirement, words, code, note] = fields;
      const list = senses.get(lemma) ?? [];
      list.push({ requirement: `rivalry-${requirement as 'object' | 'issue' | 'subject'}`, words: new Set(words.split(',').map((w) => w.trim())), code, note });
      senses.set(lemma, list);
    } else fail('expected sense<TAB>lemma<TAB>object|issue|subject<TAB>words<TAB>code<TAB>note or force<TAB>noun');
  });
  return { senses, force };
}

let loaded: RivalrySenses | undefined;

function shipped(): RivalrySenses {
  const path = assetPath('src', 'stages', 'events', 'data', 'rivalry-senses.tsv');
  return (loaded ??= parseRivalrySenses(readDataText(path), path));
}

/** The first rivalry sense of verb `i` whose requirement its arguments meet, unless a party to it is armed. */
export function rivalrySenseOf(tree: Tree, i: number, table: RivalrySenses = shipped()): RivalrySense | undefined {
  const senses = table.senses.get(tree.lemmas[i].toLowerCase());
  if (!senses || hasForceParty(tree, i, table.force)) return undefined;
  return senses.find((sense) => {
    switch (sense.requirement) {
      case 'rivalry-object':
        // A common noun only: "attacked Bill Jones" is an attack on a man, not on a bill.
        return childrenBy(tree, i, 'obj', 'nsubj:pass').some((o) => tree.pos[o]?.upos !== 'PROPN' && isListed(tree, o, sense.words));
      case 'rivalry-issue':
        // A clash over a common noun, a territory too ("over the islands"), is a dispute in words (PLOVER's verbal
        // ACCUSE) unless a party is armed (hasForceParty); a named place ("over Kashmir") keeps CAMEO's 190.
        return childrenBy(tree, i, 'obl', 'advcl', 'ccomp').some((c) => sense.words.has(markerOf(tree, c) ?? '') && tree.pos[c]?.upos !== 'PROPN');
      case 'rivalry-subject': {
        const subj = subjectOf(tree, i);
        return subj !== undefined && !subj.passive && isListed(tree, subj.token, sense.words);
      }
    }
  });
}

/** Whether the verb's active subject (or its "of" phrase: "hundreds of demonstrators") or a "with" partner is a force noun. */
function hasForceParty(tree: Tree, i: number, force: ReadonlySet<string>): boolean {
  const isForce = (t: number): boolean => isListed(tree, t, force);
  const subj = subjectOf(tree, i);
  // A verb the parser hung on its doer ("Indian and Pakistani troops clashed over …" as a participle of "troops") has it as head.
  const doer = subj && !subj.passive ? subj.token : tree.deps[i].deprel === 'acl' ? tree.deps[i].head : undefined;
  const parties = doer !== undefined && doer >= 0 ? [doer, ...childrenBy(tree, doer, 'nmod', 'conj')] : [];
  for (const c of childrenBy(tree, i, 'obl')) if (markerOf(tree, c) === 'with') parties.push(c);
  return parties.some(isForce);
}

