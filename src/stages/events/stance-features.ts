/**
 * The features of a statement's content for the statement-content step (statement-stance.ts): its common lemmas,
 * negation, modals, quotation, the statement verb, where its recipient came from, and the classes that carry across
 * stories (the lexicon's types of its words, its verdict words' class, the recipient's kind, a recipient owning the
 * content's subject, a damning verdict on that subject), before each is crossed with a reading's type; and the
 * outcome-report check that reads them. Apart from the step's readings and recipients so that each file has one job.
 */
import { type Context, isQuoted } from './event-context.js';
import type { PloverEvent } from './plover.js';
import { verdictWords } from './named-judgements.js';
import { praiseWords } from './praised-predicates.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/**
 * Upos of the content words whose lemmas are features: the evaluation is in its common nouns, verbs, adjectives and
 * adverbs. Names, numbers and dates are the story's, not the stance's ("bank", "pipeline" stay; "Washington" goes).
 */
const CONTENT_UPOS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
/** At most this many content words: a long clause's tail is seldom the verdict, and features stay few. */
const MAX_WORDS = 24;

/** The class features that make a content a verdict (classFeatures' `judge:` classes). */
export const isVerdictFeature = (f: string): boolean => f === 'judge:damning' || f === 'judge:praising';

/** Lower-case month and weekday names and their abbreviations: a date's words, which the parser may tag as nouns. */
const calendarWords = (ctx: Context): ReadonlySet<string> => new Set([...ctx.pack.months, ...ctx.pack.weekdays].flat().map((w) => w.toLowerCase()));

/**
 * Verdict words as two classes, from the data files of the rules that code a verdict outright (named-judgements.tsv
 * and rule-words `damning-predicate`, with rule-words `stance-verdict`, whose words and phrases only this step reads;
 * named-judgements.tsv and praised-predicates.tsv): a word (or phrase) of a class is a cue
 * whatever the story, where a word's own weight learns only from the few statements that hold it (session 47: each
 * type's word weights had 25-80 positives, and nothing carried to unseen stories).
 */
let verdicts: { readonly damning: ReadonlySet<string>; readonly damningPhrases: readonly (readonly string[])[]; readonly praise: ReadonlySet<string> } | undefined;
function verdictClasses(): NonNullable<typeof verdicts> {
  if (verdicts) return verdicts;
  const own = [...ruleWords('stance-verdict')].map((entry) => entry.split(' '));
  verdicts = {
    damning: new Set([
      ...verdictWords().damning,
      ...ruleWords('damning-predicate'),
      ...ruleWords('stance-foul-play'),
      ...own.filter((e) => e.length === 1).map((e) => e[0]),
    ]),
    damningPhrases: own.filter((e) => e.length > 1),
    praise: new Set([...verdictWords().praise, ...praiseWords()]),
  };
  return verdicts;
}

/** Whether a phrase's words (each a lemma or a word form) stand in a row among content tokens `words` from `at` on. */
function phraseAt(tree: Tree, words: readonly number[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((part, k) => {
    const t = words[at + k];
    return t === words[at] + k && (tree.lemmas[t] === part || tree.words[t] === part);
  });
}

let topics: ReadonlySet<string> | undefined;
const topicSectors = (): ReadonlySet<string> => (topics ??= ruleWords('stance-topic-sector'));

let outcomes: { readonly verbs: ReadonlySet<string>; readonly contests: ReadonlySet<string>; readonly contestDamning: ReadonlySet<string>; readonly contestPraise: ReadonlySet<string> } | undefined;
const outcomeWords = (): NonNullable<typeof outcomes> => (outcomes ??= {
  verbs: ruleWords('stance-outcome-verb'),
  contests: ruleWords('stance-contest-noun'),
  contestDamning: ruleWords('stance-contest-damning'),
  contestPraise: ruleWords('stance-contest-praise'),
});

/**
 * Whether a content (its words `words`, its features `features`) reports how a contest came out: headed by a verb of
 * rule-words `stance-outcome-verb` with a contest (`stance-contest-noun`) among its words ("the government won 12 seats
 * in the election", "would form a coalition"), with no verdict word, no word the lexicon codes and no negation. Such
 * news takes no stance towards the side it names; the recipient's kind and the topic's words ("election") alone coded
 * it ACCUSE (session 50, #12).
 */
export function isOutcomeReport(ctx: Context, content: number, words: readonly number[], features: readonly string[]): boolean {
  const { tree } = ctx;
  const { verbs, contests } = outcomeWords();
  return tree.pos[content]?.upos === 'VERB' && verbs.has(tree.lemmas[content])
    && words.some((t) => contests.has(tree.lemmas[t]))
    && !features.some((f) => f === 'negated' || /^(judge|lex|head):/.test(f));
}

/**
 * The PLOVER type the events lexicon codes content word `t` as alone (a verb's own code, an event noun's), if any:
 * "violated", "criticism", "demand" in a content are cues of their type though the rules code no event there.
 */
function lexiconType(ctx: Context, t: number): PloverEvent | undefined {
  const lemma = ctx.tree.lemmas[t];
  const upos = ctx.tree.pos[t]?.upos;
  const code = upos === 'VERB' ? ctx.lexicon.verbs[lemma]?.find((e) => !e.before && !e.after)?.code
    : upos === 'NOUN' ? ctx.lexicon.nouns[lemma]?.code ?? ctx.lexicon.nouns[ctx.tree.words[t]]?.code : undefined;
  return code ? ctx.lexicon.cameo[code]?.event : undefined;
}

/**
 * Class features of a content, which carry across stories: the types the lexicon codes its words as (`lex:`, and
 * `head:` for its head's), its verdict words' class (`judge:damning`, `judge:praising`) and the recipient's sector or
 * kind (`to:`), but for a topic sector.
 */
function classFeatures(ctx: Context, content: number, words: readonly number[], recipient: EventParticipant): string[] {
  const { tree } = ctx;
  const out: string[] = [];
  const head = lexiconType(ctx, content);
  if (head) out.push(`head:${head}`);
  const { damning, damningPhrases, praise } = verdictClasses();
  if (words.some((_, at) => damningPhrases.some((phrase) => phraseAt(tree, words, at, phrase)))) out.push('judge:damning');
  const { contests, contestDamning, contestPraise } = outcomeWords();
  // "had not rigged the vote", "was not a sham": a damning head denied exonerates (review a, #4). So does a content
  // denied by a negative argument ("had done nothing to hamper its efforts", "made no attempt to mislead"), for every
  // damning verb under it (review rv-b #7), but not for a damning noun such an act takes ("made no attempt to hide its
  // aggression" still accuses: review rv-d #2).
  const denied = tree.children[content].some((c) => ctx.pack.negators.has(tree.lemmas[c]));
  const deniedAll = tree.children[content].some((c) => isNegativeArgument(ctx, c));
  const deniedAct = (t: number): boolean => deniedAll && tree.pos[t]?.upos === 'VERB';
  // "the election was not free and fair", "was not a success": praise denied at the head (or a conjunct of it) damns.
  const deniedHead = (t: number): boolean => denied && (t === content || (tree.deps[t].head === content && tree.deps[t].deprel === 'conj'));
  const contest = words.some((t) => contests.has(tree.lemmas[t]));
  for (const t of words) {
    const type = lexiconType(ctx, t);
    if (type) out.push(`lex:${type}`);
    const lemma = tree.lemmas[t];
    const word = tree.words[t];
    if (damning.has(lemma) || damning.has(word)) {
      const judged = !((t === content && denied) || deniedAct(t)) && (contest || !(contestDamning.has(lemma) || contestDamning.has(word)));
      if (judged) out.push('judge:damning');
    } else if (praise.has(lemma) || praise.has(word) || (contest && (contestPraise.has(lemma) || contestPraise.has(word)))) {
      out.push(deniedHead(t) ? 'judge:damning' : 'judge:praising');
    }
  }
  // A topic sector (rule-words `stance-topic-sector`: an opposition, a party) is no cue alone: its weight coded neutral
  // reports about the opposition as accusations (session 49, #12).
  const kind = recipient.sector ?? ctx.actors.at(recipient.tokens[0])?.kind;
  if (kind && !topicSectors().has(kind)) out.push(`to:${kind}`);
  return out;
}

/** Whether content child `c` is an argument that denies it: a negator itself ("nothing", "none") or one's det ("no attempt"). */
function isNegativeArgument(ctx: Context, c: number): boolean {
  const { tree, pack } = ctx;
  if (!['obj', 'nsubj', 'nsubj:pass'].includes(tree.deps[c].deprel)) return false;
  return pack.negators.has(tree.lemmas[c]) || childrenBy(tree, c, 'det').some((d) => pack.negators.has(tree.lemmas[d]));
}

/** The features of a content, before they are crossed with a type. */
export function contentFeatures(ctx: Context, verb: number, content: number, words: readonly number[], recipient: { who: EventParticipant; from: string }): string[] {
  const { tree, pack } = ctx;
  // A context recipient (context-recipient.ts) gives no feature: 8 training statements have one (session 56, ev-stance),
  // fewer than the trainer's STANCE_MIN_COUNT, so its weight would always be none; the content alone is scored.
  const from = recipient.from === 'context' ? [] : [`recipient:${recipient.from}`];
  const out = [`verb:${tree.lemmas[verb]}`, ...from, `content:${tree.pos[content]?.upos ?? '?'}`, ...classFeatures(ctx, content, words, recipient.who)];
  if (childrenBy(tree, content, 'cop').length) out.push('copula');
  if (isQuoted(ctx, tree, content)) out.push('quoted');
  if (ctx.doc.layers.discourse?.publisher) out.push('site');
  for (const c of tree.children[content]) {
    const lemma = tree.lemmas[c];
    if (pack.negators.has(lemma)) out.push('negated');
    if (pack.modals.obligation.has(lemma)) out.push(`modal:${lemma}`, 'modal:obligation');
    else if (pack.modals.future.has(lemma) || pack.modals.hypothetical.has(lemma)) out.push(`modal:${lemma}`);
  }
  const calendar = calendarWords(ctx);
  let n = 0;
  for (const t of words) {
    if (n >= MAX_WORDS) break;
    const lemma = tree.lemmas[t];
    if (!CONTENT_UPOS.has(tree.pos[t]?.upos ?? '') || ctx.actors.at(t) || /\d/.test(lemma) || calendar.has(lemma)) continue;
    out.push(`w:${lemma}`);
    n++;
  }
  return [...new Set(out)];
}
