/**
 * "Kenyan President Daniel Arap Moi, who afterwards appealed for …", "USDA has notified Australia, which
 * assured it …": a relative pronoun set off by a comma right after a name is that name's actor. The parser
 * often hangs such a clause on the main verb (a `conj` or `parataxis`, not `acl:relcl` of the name), so the
 * events stage's reading of the relative clause through the parse (`antecedent` in `events/roles.ts`, which also
 * mends misread relative clauses) finds no noun and the act no doer; the words themselves say whom the pronoun means.
 * Not when the name is one of several ("Russia and China, which vetoed it": the pronoun means all, the
 * name only one), hangs on another noun by "of"/"for" ("supporters of Imran Khan, who condemned …": the
 * supporters), or when ", which" tells what an act brought about (`data/relative-words.tsv`).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { parseKindWords } from '../../core/kind-words.js';
import { actorOf, headOf, isSubject, mentionOver, type View } from './view.js';

/** Kinds of actor a "which" cannot mean: a person, or a town ("shelled Kharkiv, which killed …" is the shelling). */
const NOT_WHICH = new Set<ActorMention['kind']>(['person', 'place']);
/** Kinds of actor a "who" cannot mean: "Kenya, who" is rare, "the talks in Geneva, who" no doer. */
const NOT_WHO = new Set<ActorMention['kind']>(['place', 'capital']);

const WORD_KINDS = ['result', 'owner'] as const;
type RelativeWords = Readonly<Record<(typeof WORD_KINDS)[number], ReadonlySet<string>>>;
let loaded: RelativeWords | undefined;

/** The words of `data/relative-words.tsv`'s text (kind<TAB>word); a malformed row is E170 naming its line. */
export function parseRelativeWords(text: string, path: string): RelativeWords {
  return parseKindWords(text, path, WORD_KINDS);
}

function relativeWords(): RelativeWords {
  // Asked for at every ", which": the path is made once, with the words (#13).
  if (loaded) return loaded;
  const path = assetPath('src', 'stages', 'discourse', 'data', 'relative-words.tsv');
  loaded = parseRelativeWords(readDataText(path), path);
  return loaded;
}

/** Whether the name headed at `name` is not the pronoun's antecedent alone, or hangs on a noun that is. */
function meansAnother(view: View, name: number, mention: ActorMention, words: RelativeWords): boolean {
  const dep = view.deps[name];
  if (!dep) return false;
  if (dep.deprel === 'conj') return true;
  if (!dep.deprel.startsWith('nmod') || dep.head < 0) return false;
  const owned = view.deps.some((d, t) => d.head === name && d.deprel === 'case' && words.owner.has(view.words[t] ?? ''));
  const noun = view.mentionAt[dep.head];
  return owned && (!noun || noun === mention);
}

/** The actor of the relative pronoun subject at `i` (", who" or ", which" right after a mention), if any. */
export function relativeSubject(view: View, i: number): ActorMention | undefined {
  const w = view.words[i];
  if ((w !== 'who' && w !== 'which') || view.texts[i - 1] !== ',' || !isSubject(view, i)) return undefined;
  const before = view.mentionAt[i - 2];
  if (!before || before.tokens[1] !== i - 1 || view.sents[before.tokens[0]] !== view.sents[i]) return undefined;
  if ((w === 'which' ? NOT_WHICH : NOT_WHO).has(before.kind)) return undefined;
  const words = relativeWords();
  const name = headOf(view, before);
  if (meansAnother(view, name, before, words)) return undefined;
  const verb = view.deps[i]?.head ?? -1;
  if (w === 'which' && !isSubject(view, name) && words.result.has(view.words[verb] ?? '')) return undefined;
  return mentionOver(view, i, i + 1, actorOf(before), reason('discourse/relative', { text: view.texts[i] ?? '', name: before.name }));
}
