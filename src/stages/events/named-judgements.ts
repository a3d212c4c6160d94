/**
 * A verdict given by naming (#12): "Japan's trade minister called the American tariffs 'unjustified'", "Iran called
 * the U.S. attacks an escalation", "One official described Funaro's argument as 'nonsense'" (training wire gold ACCUSE
 * namer → the side named), "The minister described Greenspan as an experienced and capable man" (SUPPORT). A naming
 * verb ("call", "describe", "term", "consider" …) whose complement is a damning verdict is the namer's criticism (ACCUSE
 * disapprove, CAMEO 111, as "criticize" is), a praising one praise (SUPPORT, CAMEO 051), aimed at the side its object
 * names or owns; the event is coded as the verb's own, so its namer, flags and recipient come from the usual roles.
 * Without a verdict the verb keeps its lexicon reading ("called Macron" is a phone call, "called a strike" a strike).
 *
 * Only an object that is a side or what a side did judges anyone ("called the meeting constructive" praises no one).
 * The complement is the verb's second argument: an `xcomp`, a bare second noun phrase, an "as" phrase, or a second
 * object the parser hung inside the first ("called a budget drafted by Democrats a 'pickpocket' plan"). Words:
 * data/named-judgements.tsv (naming verbs, damning and praising verdicts) and rule-words `damning-predicate`.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import { judgedSides } from './judged-predicates.js';
import { actorsOfPhrase, kbCountry, nationalityOf, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, conjuncts, markerOf, subjectOf, walkTokens, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** The word classes of the data file. */
interface NamedJudgementWords { readonly naming: ReadonlySet<string>; readonly damning: ReadonlySet<string>; readonly praise: ReadonlySet<string> }

const KINDS = ['naming', 'damning', 'praise'] as const;

/** Rows `kind<TAB>word`; `#` starts a comment line. A row of another kind, or a word listed twice in a kind, is refused (E170). */
export function parseNamedJudgements(text: string, path: string): NamedJudgementWords {
  const sets = { naming: new Set<string>(), damning: new Set<string>(), praise: new Set<string>() };
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [kind = '', word = ''] = line.split('\t').map((f) => f.trim());
    const set = (KINDS as readonly string[]).includes(kind) ? sets[kind as (typeof KINDS)[number]] : undefined;
    if (!set || !word) throw new DyadError('E170', { path, line: i + 1, problem: `expected ${KINDS.join(', ')} and a word, tab-separated` });
    if (set.has(word)) throw new DyadError('E170', { path, line: i + 1, problem: `"${word}" is listed twice as ${kind}` });
    set.add(word);
  });
  return sets;
}

const WORDS = ((path) => parseNamedJudgements(readDataText(path), path))(assetPath('src', 'stages', 'events', 'data', 'named-judgements.tsv'));
/** Verdicts a copula's predicate condemns with too (judged-predicates.ts). */
const DAMNING_PREDICATE = ruleWords('damning-predicate');

/** CAMEO codes of the two verdicts: criticize or denounce (ACCUSE), praise or endorse (SUPPORT). */
const CODE = { damning: '111', praise: '051' } as const;

/** Relations a naming verb's complement takes directly: "called X unfair", "called X an escalation", "X, Y". */
const COMPLEMENT_RELS = ['xcomp', 'obl:unmarked', 'obj', 'advcl', 'parataxis'];

/** The verdict a word gives, by its lower-cased form or lemma. */
function verdictOfWord(tree: Tree, t: number): 'damning' | 'praise' | undefined {
  const word = tree.words[t].toLowerCase();
  const lemma = tree.lemmas[t];
  if (WORDS.damning.has(word) || WORDS.damning.has(lemma) || DAMNING_PREDICATE.has(word) || DAMNING_PREDICATE.has(lemma)) return 'damning';
  if (WORDS.praise.has(word) || WORDS.praise.has(lemma)) return 'praise';
  return undefined;
}

/**
 * The verdict a complement gives: its head's, a conjunct's ("unjustified and unfair") or a modifier's ("an
 * unforgivable, rash act", "a 'pickpocket' plan"). A damning word outweighs a praising one ("a brave but reckless act").
 */
function verdictOf(tree: Tree, complement: number): { kind: 'damning' | 'praise'; word: number } | undefined {
  let praise: number | undefined;
  for (const c of conjuncts(tree, complement)) {
    for (const t of [c, ...childrenBy(tree, c, 'amod', 'compound').flatMap((m) => conjuncts(tree, m))]) {
      const kind = verdictOfWord(tree, t);
      if (kind === 'damning') return { kind, word: t };
      if (kind === 'praise') praise ??= t;
    }
  }
  return praise === undefined ? undefined : { kind: 'praise', word: praise };
}

/** The thing named: the object, or the subject of a passive ("the plans have been described as …"). */
function namedThing(tree: Tree, verb: number): number | undefined {
  return childrenBy(tree, verb, 'obj', 'nsubj:pass')[0];
}

/**
 * The complements after the thing named: the verb's second argument, an "as" phrase, or an object the parser hung on a
 * noun inside the thing named (no noun takes an object: it is the verb's).
 */
function complementsOf(tree: Tree, verb: number, thing: number): number[] {
  const direct = tree.children[verb].filter((c) => c > thing && (COMPLEMENT_RELS.includes(tree.deps[c].deprel) || markerOf(tree, c)?.toLowerCase() === 'as'));
  const hung = walkTokens(tree, thing, ['acl:relcl']).filter((t) => t > thing && tree.deps[t].deprel === 'obj' && tree.pos[tree.deps[t].head]?.upos !== 'VERB');
  return [...direct, ...hung];
}

/**
 * The sides the thing named names other than the namer's: its own actors, owner or "by" agent, its nationality, and
 * those of its marked phrases ("the invasion of Ukraine"; not "the U.S. attacks on its platforms", said by Iran).
 */
function judgedCodes(tree: Tree, actors: ActorIndex, verb: number, thing: number): Set<string> {
  const subj = subjectOf(tree, verb);
  const namer = new Set(subj && !subj.passive ? actorsOfPhrase(tree, actors, subj.token).map((a) => a.code) : []);
  // Marked phrases only: a possessive ("Reagan's decision") is the doer, found with the thing's own actors.
  const marked = tree.children[thing].filter((m) => tree.deps[m].deprel === 'nmod' && !['by', undefined].includes(markerOf(tree, m)?.toLowerCase()));
  const sides = [...judgedSides(tree, actors, thing), ...nationalityOf(tree, thing, kbCountry), ...marked.flatMap((m) => actorsOfPhrase(tree, actors, m))];
  return new Set(sides.flatMap((a) => (a.code && !namer.has(a.code) ? [a.code] : [])));
}

/**
 * "called the American tariffs 'unjustified'": the naming verb `verb` coded as the verdict its complement gives, when
 * the thing named is a side or a side's act; undefined otherwise (the lexicon's reading stands).
 */
export function matchNamedJudgement(tree: Tree, actors: ActorIndex, verb: number): TriggerMatch | undefined {
  if (!WORDS.naming.has(tree.lemmas[verb])) return undefined;
  const thing = namedThing(tree, verb);
  if (thing === undefined) return undefined;
  for (const complement of complementsOf(tree, verb, thing)) {
    const verdict = verdictOf(tree, complement);
    if (!verdict) continue;
    // A side named, owning the thing or its "by" agent ("called the LDP move", "described Greenspan as"), or its
    // nationality ("called the American tariffs unjustified"); one side only: in "considers the Russian invasion of
    // Ukraine a violation" the roles would take the side the act was done to as the one judged.
    if (judgedCodes(tree, actors, verb, thing).size !== 1) return undefined;
    return {
      token: verb, tokens: [verb, verb + 1], code: CODE[verdict.kind], kind: 'pattern', noun: complement,
      reason: reason('events/named-judgement', { verb: tree.words[verb], thing: tree.words[thing], verdict: tree.words[verdict.word], kind: verdict.kind === 'damning' ? 'criticism (CAMEO 111)' : 'praise (CAMEO 051)' }),
    };
  }
  return undefined;
}
