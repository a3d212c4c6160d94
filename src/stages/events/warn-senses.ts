/**
 * Senses of a warning decided by what it warns of (`data/warn-senses.tsv`, #12). PLOVER THREATEN needs the speaker's
 * own act to come ("warned it would retaliate", "warned there could be further walkouts"); a warning that blames the
 * party warned is criticism, ACCUSE ("warned Labour and the Tories they were in danger of pandering to prejudice").
 * A warning of how things will be, with no party, is left to senses.tsv's no-event senses.
 */
import { DyadError } from '../../core/errors.js';
import { ruleWords } from './rule-words.js';
import { shippedTable } from './shipped-table.js';
import { FINITE_TAGS, childrenBy, isListed, markerOf, walkTokens, type Tree } from './tree.js';

export interface WarnSense {
  readonly requirement: 'warn-threat' | 'warn-warned';
  readonly words: ReadonlySet<string>;
  readonly code: string;
  readonly note: string;
}

const REQUIREMENTS = ['threat', 'warned'] as const;

/** Rows `sense<TAB>lemma<TAB>threat|warned<TAB>words<TAB>code<TAB>note`; `#` starts a comment. */
export function parseWarnSenses(text: string, path: string): ReadonlyMap<string, readonly WarnSense[]> {
  const senses = new Map<string, WarnSense[]>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const fields = line.split('\t').map((f) => f.trim());
    const [kind, lemma, requirement, words, code, note] = fields;
    if (kind !== 'sense' || fields.length !== 6 || !(REQUIREMENTS as readonly string[]).includes(requirement) || !lemma || !code) {
      throw new DyadError('E170', { path, line: i + 1, problem: 'expected sense<TAB>lemma<TAB>threat|warned<TAB>words<TAB>code<TAB>note' });
    }
    const list = senses.get(lemma) ?? [];
    list.push({
      requirement: `warn-${requirement as (typeof REQUIREMENTS)[number]}`,
      words: new Set(words === '-' ? [] : words.split(',').map((w) => w.trim())), code, note,
    });
    senses.set(lemma, list);
  });
  return senses;
}

const shipped = shippedTable('warn-senses.tsv', parseWarnSenses);

/** The first warn sense of verb `i` whose requirement what it warns of meets. */
export function warnSenseOf(
  tree: Tree, i: number, isActor: (token: number) => boolean, sectorOf: (token: number) => string | undefined = () => undefined, table = shipped(),
): WarnSense | undefined {
  const senses = table.get(tree.lemmas[i]);
  if (!senses) return undefined;
  const clauses = warnedClausesOf(tree, i);
  const topics = childrenBy(tree, i, 'obl').filter((c) => TOPIC_MARKERS.has(markerOf(tree, c) ?? ''));
  const names = (words: ReadonlySet<string>): boolean => [...clauses, ...topics].some((c) => walkTokens(tree, c).some((t) => isListed(tree, t, words)));
  // "warned the EC it would face serious retaliation": a response or punishment named keeps the threat (rule-words
  // threat-topic), whoever the clause is about.
  const threat = names(THREAT_TOPICS);
  const speaker = childrenBy(tree, i, 'nsubj')[0];
  return senses.find((sense) => {
    switch (sense.requirement) {
      case 'warn-threat':
        // "the health minister warned that further walkouts would hurt patients" forecasts others' strikes: only a
        // speaker that could strike (a union or workers, the LAB sector) threatens one.
        if (!couldStrike(tree, speaker, sectorOf)) return false;
        return topics.some((c) => walkTokens(tree, c).some((t) => isComingAct(tree, t, sense.words, speaker))) ||
          clauses.some((c) => !isPast(tree, c) && walkTokens(tree, c).some((t) => isComingAct(tree, t, sense.words, speaker)));
      case 'warn-warned':
        return !threat && childrenBy(tree, i, 'obj', 'iobj').some(isActor) && clauses.some((c) => {
          const subj = clauseSubjectOf(tree, c);
          return subj !== undefined && sense.words.has(tree.words[subj]) && saysWhatItIs(tree, c);
        });
    }
  });
}

/**
 * Whether the speaker could be the one striking: a striking-body noun or an actor of the LAB sector in its phrase, or
 * no sector known for it at all ("PCS leader Mark Serwotka", a local person); a known other sector (GOV) cannot.
 */
function couldStrike(tree: Tree, speaker: number | undefined, sectorOf: (token: number) => string | undefined): boolean {
  if (speaker === undefined) return true;
  const phrase = walkTokens(tree, speaker);
  const sectors = phrase.map(sectorOf).filter((s) => s !== undefined);
  return sectors.length === 0 || sectors.includes(LABOUR_SECTOR) || phrase.some((t) => STRIKING_BODIES.has(tree.lemmas[t]));
}

/**
 * Whether token `t` is a listed act with no "by" agent other than the speaker: "stoppages by prison officers would
 * endanger the public" is a forecast of others' acts, no threat of the speaker's.
 */
function isComingAct(tree: Tree, t: number, words: ReadonlySet<string>, speaker: number | undefined): boolean {
  if (!isListed(tree, t, words)) return false;
  return !childrenBy(tree, t, 'nmod', 'obl').some((a) => markerOf(tree, a) === 'by' &&
    (speaker === undefined || tree.lemmas[a] !== tree.lemmas[speaker]));
}

/** Whether clause `c` tells of the past ("had cost", "cost"): no act still to come. */
function isPast(tree: Tree, c: number): boolean {
  const auxes = childrenBy(tree, c, 'aux', 'aux:pass', 'cop');
  if (auxes.some((a) => tree.pos[a]?.xpos === 'MD')) return false;
  return tree.pos[c]?.xpos === 'VBD' || auxes.some((a) => tree.pos[a]?.xpos === 'VBD' || HAVE_FORMS.has(tree.words[a]));
}

/**
 * Whether clause `c` says what its subject is or is doing (a copula, a progressive or a perfect: "were in danger",
 * "was making a mistake"), not what it will do: a modal with an act ("he would respond") is the speaker's threat, and so
 * is a predicate with an infinitive ("it was ready to retaliate", "was determined to act": code-readiness.ts).
 */
function saysWhatItIs(tree: Tree, c: number): boolean {
  const auxes = childrenBy(tree, c, 'aux', 'aux:pass', 'cop');
  if (auxes.some((a) => tree.pos[a]?.xpos === 'MD')) return false;
  if (childrenBy(tree, c, 'xcomp').some((x) => markerOf(tree, x) === 'to' || tree.pos[x]?.xpos === 'VB')) return false;
  return childrenBy(tree, c, 'cop').length > 0 ||
    (tree.pos[c]?.xpos === 'VBG' && auxes.some((a) => BE_FORMS.has(tree.words[a]))) ||
    (tree.pos[c]?.xpos === 'VBN' && auxes.some((a) => HAVE_FORMS.has(tree.words[a])));
}

/** Nouns of a response or punishment: a warning that names one is a threat, never criticism. */
const THREAT_TOPICS = ruleWords('threat-topic');

/** Nouns of a body that strikes ('striking-body'): its warning of walkouts is its own threat. */
const STRIKING_BODIES = ruleWords('striking-body');
const LABOUR_SECTOR = 'LAB';

/** Prepositions that give the topic of a warning ("warned of", "about", "against"). */
const TOPIC_MARKERS = new Set(['of', 'about', 'against']);

/** Forms of the progressive's and the perfect's auxiliaries (the tree's lemmas map "was" to "is"). */
const BE_FORMS = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being']);
const HAVE_FORMS = new Set(['have', 'has', 'had', 'having']);

/**
 * The warning's content clauses: its `ccomp`s, a "that" clause the parser made an adverbial, and a clause it split off
 * after the object ("warned Labour and the Tories they were in danger …", the clause read as an unmarked conjunct or
 * adverbial with a subject and a finite auxiliary or copula of its own, and no subordinator or "and" of its own).
 */
function warnedClausesOf(tree: Tree, i: number): number[] {
  const object = childrenBy(tree, i, 'obj', 'iobj')[0];
  const split = object === undefined ? [] : childrenBy(tree, i, 'conj', 'parataxis', 'xcomp', 'advcl').filter((c) => c > object &&
    !childrenBy(tree, c, 'mark', 'cc').length && clauseSubjectOf(tree, c) !== undefined &&
    childrenBy(tree, c, 'aux', 'aux:pass', 'cop').some((a) => a < c && FINITE_TAGS.has(tree.pos[a]?.xpos ?? '')));
  return [...childrenBy(tree, i, 'ccomp'), ...childrenBy(tree, i, 'advcl').filter((c) => markerOf(tree, c) === 'that'), ...split];
}

/** The clause's subject, or its expletive "there" ("warned the government there could be walkouts"). */
function clauseSubjectOf(tree: Tree, clause: number): number | undefined {
  return childrenBy(tree, clause, 'nsubj', 'nsubj:pass', 'expl')[0];
}
