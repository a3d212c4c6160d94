/**
 * "Kenyan President Daniel Arap Moi, who afterwards appealed for …", "USDA has notified Australia, which
 * assured it …": a relative pronoun set off by a comma right after a name is that name's actor. The parser
 * often hangs such a clause on the main verb (a `conj` or `parataxis`, not `acl:relcl` of the name), so the
 * events stage's reading of the relative clause through the parse (`antecedent` in `events/roles.ts`, which also
 * mends misread relative clauses) finds no noun and the act no doer; the words themselves say whom the pronoun means.
 * After names joined by "and" ("Spain and Portugal, which joined the bloc", "Russia and China, which vetoed it") the
 * pronoun means all of them, a group (rv-a of session 57), not the last name alone; after "or"/"nor" it means one of
 * them, unknown which, so no one. Not when the name hangs on another noun by "of"/"for"/"between" ("supporters of
 * Imran Khan, who condemned …": the supporters; "talks between Russia and Ukraine, which ended": the talks), or when
 * ", which" after a name acted on tells what the act brought about (`data/relative-words.tsv`).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { parseKindWords } from '../../core/kind-words.js';
import { actorOf, groupOf, headOf, isSubject, mentionOver, type View } from './view.js';

/** Kinds of actor a "which" cannot mean: a person, or a town ("shelled Kharkiv, which killed …" is the shelling). */
const NOT_WHICH = new Set<ActorMention['kind']>(['person', 'place']);
/** Kinds of actor a "who" cannot mean: "Kenya, who" is rare, "the talks in Geneva, who" no doer. */
const NOT_WHO = new Set<ActorMention['kind']>(['place', 'capital']);

const WORD_KINDS = ['result', 'owner', 'joining'] as const;
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

/**
 * The names joined with the name headed at `name` ("Spain and Portugal"), first to last, when `name` is the last of
 * them and each is a coded actor of a kind the pronoun may mean; undefined when any conjunct is no such name ("the
 * army and Russia"), so no one of them is read for all, or is a person: "talks between Japanese officials and British
 * minister Michael Howard, who left Tokyo for South Korea" is about the minister alone (training gold reuters-15437).
 */
function joinedNames(view: View, name: number, before: ActorMention, not: ReadonlySet<ActorMention['kind']>, words: RelativeWords): ActorMention[] | undefined {
  const first = view.deps[name]?.head ?? -1;
  const head = view.mentionAt[first];
  if (!head || headOf(view, head) !== first || meansAnother(view, first, head, words)) return undefined;
  const conjuncts = [first];
  for (let t = first + 1; t <= name; t++) if (view.deps[t]?.deprel === 'conj' && view.deps[t]?.head === first) conjuncts.push(t);
  if (conjuncts.at(-1) !== name || !isJoining(view, name, words)) return undefined;
  const names: ActorMention[] = [];
  for (const t of conjuncts) {
    const m = view.mentionAt[t];
    if (!m || headOf(view, m) !== t || !m.code || not.has(m.kind) || m.kind === 'person') return undefined;
    names.push(m);
  }
  return names.at(-1) === before ? names : undefined;
}

/** Whether the last conjunct at `name` is joined by a conjunction of acting together ("and", not "or"/"nor": rv-d #2). */
function isJoining(view: View, name: number, words: RelativeWords): boolean {
  return view.deps.some((d, t) => d.head === name && d.deprel === 'cc' && words.joining.has(view.words[t] ?? ''));
}

/**
 * Whether the name at `t` is acted on: not its clause's subject, nor the sentence's root, which the parser makes of
 * a subject pair it misreads ("Russia and China, which forced a vote …, criticised Britain": rv-d #4).
 */
function isActedOn(view: View, t: number): boolean {
  return !isSubject(view, t) && (view.deps[t]?.head ?? -1) >= 0;
}

/** The rules of a relative pronoun's mention: one name's, or a joined pair's. */
const RELATIVE_RULES: ReadonlySet<string> = new Set(['discourse/relative', 'discourse/relative-joined']);

/**
 * Whether `m` is a relative pronoun read as the name before it (`relativeSubject`): not another mention of that
 * name's country, so the story's home counts the name once (discourse/index.ts).
 */
export function isRelativeMention(m: ActorMention): boolean {
  return RELATIVE_RULES.has(m.reasons[0]?.rule ?? '');
}

/** The actor of the relative pronoun subject at `i` (", who" or ", which" right after a mention), if any. */
export function relativeSubject(view: View, i: number): ActorMention | undefined {
  const w = view.words[i] ?? '';
  const { relative, thing } = view.pack.pronounClasses;
  if (!relative.has(w) || view.texts[i - 1] !== ',' || !isSubject(view, i)) return undefined;
  const which = thing.has(w);
  const before = view.mentionAt[i - 2];
  if (!before || before.tokens[1] !== i - 1 || view.sents[before.tokens[0]] !== view.sents[i]) return undefined;
  const not = which ? NOT_WHICH : NOT_WHO;
  if (not.has(before.kind)) return undefined;
  const words = relativeWords();
  const name = headOf(view, before);
  const joined = view.deps[name]?.deprel === 'conj' ? joinedNames(view, name, before, not, words) : undefined;
  if (!joined && meansAnother(view, name, before, words)) return undefined;
  const verb = view.deps[i]?.head ?? -1;
  // A joined pair is acted on or not as its first name is ("Russia and China, which …": rv-d #4 of session 58).
  const owner = joined?.[0] ? headOf(view, joined[0]) : name;
  if (which && isActedOn(view, owner) && words.result.has(view.pos[verb]?.lemma ?? '')) return undefined;
  if (joined) {
    const group = groupOf(joined);
    return mentionOver(view, i, i + 1, group, reason('discourse/relative-joined', { text: view.texts[i] ?? '', names: group.name }));
  }
  return mentionOver(view, i, i + 1, actorOf(before), reason('discourse/relative', { text: view.texts[i] ?? '', name: before.name }));
}
