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
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import { actorsOfPhrase, kbCountry, nationalityOf, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { byAgentOf, childrenBy, conjuncts, markerOf, subjectOf, walkTokens, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';
import { shippedTable } from './shipped-table.js';
import { earlierThingOwner } from './earlier-thing.js';
import type { EventParticipant } from './types.js';

/** The word classes of the data file. */
interface NamedJudgementWords {
  readonly naming: ReadonlySet<string>; readonly damning: ReadonlySet<string>; readonly praise: ReadonlySet<string>;
  readonly opinion: ReadonlySet<string>; readonly outcome: ReadonlySet<string>; readonly refusing: ReadonlySet<string>;
}

const KINDS = ['naming', 'damning', 'praise', 'opinion', 'outcome', 'refusing'] as const;

/** Rows `kind<TAB>word`; `#` starts a comment line. A row of another kind, or a word listed twice in a kind, is refused (E170). */
export function parseNamedJudgements(text: string, path: string): NamedJudgementWords {
  const sets = Object.fromEntries(KINDS.map((k) => [k, new Set<string>()])) as Record<(typeof KINDS)[number], Set<string>>;
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

const WORDS = shippedTable('named-judgements.tsv', parseNamedJudgements)();
/** The verdict words of the file, damning and praising, for steps that read a judgement as a class (statement-stance.ts). */
export const verdictWords = (): Pick<NamedJudgementWords, 'damning' | 'praise'> => WORDS;
/** Verdicts a copula's predicate condemns with too (judged-predicates.ts). */
const DAMNING_PREDICATE = ruleWords('damning-predicate');
/** Nouns of a plan or policy, the only things an outcome verdict ("a success", "a failure") judges as conduct. */
const PLAN_NOUNS = new Set([...ruleWords('proposal-noun'), ...ruleWords('conduct-noun')]);
/** Nouns of what a side does or proposes: the things an opinion verb ("sees X as", "regards X as") judges. */
const ACT_NOUNS = new Set([...PLAN_NOUNS, ...ruleWords('hostile-act'), ...ruleWords('punitive-noun')]);

/** CAMEO codes of the two verdicts: criticize or denounce (ACCUSE), praise or endorse (SUPPORT). */
const CODE = { damning: '111', praise: '051' } as const;

/**
 * Relations a naming verb's complement takes directly: "called X unfair", "called X an escalation". Not a clause or
 * phrase set off by a comma: "called Putin on Friday, a positive sign for the talks" is a comment on the call.
 */
const COMPLEMENT_RELS = ['xcomp', 'obl:unmarked', 'obj'];

/** The verdict a word gives, by its lower-cased form or lemma. */
function verdictOfWord(tree: Tree, t: number): 'damning' | 'praise' | undefined {
  const word = tree.words[t];
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
  const direct = tree.children[verb].filter((c) => c > thing && (COMPLEMENT_RELS.includes(tree.deps[c].deprel) || markerOf(tree, c) === 'as'))
    .filter((c) => !setOff(tree, thing, c));
  const hung = walkTokens(tree, thing, ['acl:relcl']).filter((t) => t > thing && tree.deps[t].deprel === 'obj' && tree.pos[tree.deps[t].head]?.upos !== 'VERB');
  // "called it 'a bribes budget'": the parser makes the second noun phrase a bare `obl`; "called the plans 'dangerous,
  // ill thought-out …'": a quoted adjective after the noun, which no English noun takes as its own modifier.
  const bare = tree.children[verb].filter((c) => c > thing && tree.deps[c].deprel === 'obl' && markerOf(tree, c) === undefined && tree.pos[c]?.upos === 'NOUN' && !setOff(tree, thing, c));
  const after = childrenBy(tree, thing, 'amod').filter((a) => a > thing && isQuoted(tree, thing, a));
  return [...direct, ...hung, ...bare, ...after];
}

/** Whether a quotation mark stands between the thing named and the modifier `word` after it ("the plans \"dangerous\""). */
function isQuoted(tree: Tree, thing: number, word: number): boolean {
  for (let t = thing + 1; t < word; t++) if (QUOTES.has(tree.words[t])) return true;
  return false;
}

/** Quotation marks as the tokenizer leaves them (rule-words `quote-mark`). */
const QUOTES = ruleWords('quote-mark');

/** Whether a comma stands between the thing named and the complement's first word ("X on Friday, a positive sign"). */
function setOff(tree: Tree, thing: number, complement: number): boolean {
  // The comma may hang on the complement itself: its first word is its first non-punctuation token.
  const first = Math.min(complement, ...walkTokens(tree, complement).filter((t) => tree.deps[t].deprel !== 'punct'));
  for (let t = thing + 1; t < first; t++) if (tree.words[t] === ',') return true;
  return false;
}

/**
 * The sides that did the thing named, other than the namer: its own actors, its owner, its "by" agent or its
 * nationality. The side an act was done to (its of/on/from/against phrases) is never the one judged: "called the
 * invasion of Ukraine a violation" condemns the invader, "called its withdrawal from Iraq a success" praises the
 * namer; when such a phrase names a side other than the namer, undefined (the thing's doer is not told apart).
 */
function judgedCodes(tree: Tree, actors: ActorIndex, verb: number, thing: number): Set<string> | undefined {
  const subj = subjectOf(tree, verb);
  const namer = new Set(subj && !subj.passive ? actorsOfPhrase(tree, actors, subj.token).map((a) => a.code) : []);
  const others = (sides: readonly { code?: string | null }[]) => sides.flatMap((a) => (a.code && !namer.has(a.code) ? [a.code] : []));
  const doers: string[] = [];
  for (const c of conjuncts(tree, thing)) {
    const own = actors.at(c);
    if (own?.code) { doers.push(...others(actors.expand(own))); continue; }
    for (const m of tree.children[c]) {
      const rel = tree.deps[m].deprel;
      const marker = markerOf(tree, m);
      // The owner ("Reagan's decision"; "its withdrawal" counts only when "its" is another side), the qualifier
      // ("the U.S. attacks"), the "by" agent; any other marked phrase only refuses.
      if (rel === 'nmod:poss' || rel === 'compound' || (rel.startsWith('nmod') && marker === 'by')) doers.push(...others(actorsOfPhrase(tree, actors, m)));
      else if (rel.startsWith('nmod') && others(actorsOfPhrase(tree, actors, m)).length) return undefined;
    }
    for (const acl of childrenBy(tree, c, 'acl')) {
      const agent = byAgentOf(tree, acl);
      if (agent !== undefined) doers.push(...others(actorsOfPhrase(tree, actors, agent)));
    }
  }
  return new Set([...doers, ...others(nationalityOf(tree, thing, kbCountry))]);
}

/**
 * Whether the verdict at `word` of complement `complement` judges the thing named as conduct. An outcome word judges
 * only a plan or policy ("called the plan a failure"; "described the Soyuz launch as a success" is no praise of
 * Russia); a verdict with a phrase of its own for whom it is good or bad is an assessment of effect ("regards the
 * jobs data as positive for sterling"); an opinion verb ("see", "regard") judges only a side or what a side does.
 */
function judgesConduct(tree: Tree, actors: ActorIndex, verb: number, thing: number, complement: number, word: number): boolean {
  const thingLemma = tree.lemmas[thing];
  if ((WORDS.outcome.has(tree.lemmas[word]) || WORDS.outcome.has(tree.words[word])) && !PLAN_NOUNS.has(thingLemma)) return false;
  const effect = (h: number) => tree.children[h].some((m) => tree.deps[m].deprel.match(/^(obl|nmod)/) !== null
    && (markerOf(tree, m) === 'for' || (tree.pos[h]?.upos === 'ADJ' && markerOf(tree, m) === 'to')));
  if (effect(word) || effect(complement)) return false;
  return !WORDS.opinion.has(tree.lemmas[verb]) || actors.at(thing)?.code !== undefined || ACT_NOUNS.has(thingLemma);
}

/** "refused to describe the move as a provocation", "declined to call it a violation": no verdict was given. */
function refusedNaming(tree: Tree, verb: number): boolean {
  const head = tree.deps[verb].head;
  return tree.deps[verb].deprel === 'xcomp' && head >= 0 && WORDS.refusing.has(tree.lemmas[head]);
}

/**
 * "called the American tariffs 'unjustified'": the naming verb `verb` coded as the verdict its complement gives, when
 * the thing named is a side or a side's act; undefined otherwise (the lexicon's reading stands).
 */
export function matchNamedJudgement(tree: Tree, actors: ActorIndex, verb: number): TriggerMatch | undefined {
  if (!WORDS.naming.has(tree.lemmas[verb])) return undefined;
  const thing = namedThing(tree, verb);
  if (thing === undefined || refusedNaming(tree, verb)) return undefined;
  for (const complement of complementsOf(tree, verb, thing)) {
    const verdict = verdictOf(tree, complement);
    if (!verdict || !judgesConduct(tree, actors, verb, thing, complement, verdict.word)) continue;
    // A side named, owning the thing or its "by" agent ("called the LDP move", "described Greenspan as"), or its
    // nationality ("called the American tariffs unjustified"); one side only: in "considers the Russian invasion of
    // Ukraine a violation" the roles would take the side the act was done to as the one judged.
    const codes = judgedCodes(tree, actors, verb, thing);
    // "Tony Blair attacked the Tory plans. … Blunkett called the plans 'dangerous'": a thing told before, its owner
    // named only there (earlier-thing.ts).
    const earlier = codes?.size === 0 ? earlierThingOwner(tree, actors, verb, namersOf(tree, actors, verb)) : undefined;
    if (earlier) return { ...match(tree, verb, thing, complement, verdict), judgedOwner: earlier };
    if (codes?.size !== 1) return undefined;
    return match(tree, verb, thing, complement, verdict);
  }
  return undefined;
}

/** The naming verb's active subject, as actors: whose own thing is never the one judged. */
function namersOf(tree: Tree, actors: ActorIndex, verb: number): EventParticipant[] {
  const subj = subjectOf(tree, verb);
  return subj && !subj.passive ? actorsOfPhrase(tree, actors, subj.token) : [];
}

/** The naming verb coded as the verdict's event. */
function match(tree: Tree, verb: number, thing: number, complement: number, verdict: { kind: 'damning' | 'praise'; word: number }): TriggerMatch {
  return {
    token: verb, tokens: [verb, verb + 1], code: CODE[verdict.kind], kind: 'pattern', noun: complement,
    reason: reason('events/named-judgement', { verb: tree.words[verb], thing: tree.words[thing], verdict: tree.words[verdict.word], kind: verdict.kind === 'damning' ? 'criticism (CAMEO 111)' : 'praise (CAMEO 051)' }),
  };
}
