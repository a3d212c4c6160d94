/**
 * Senses of a warning decided by what it warns of (`data/warn-senses.tsv`, #12). PLOVER THREATEN needs the speaker's
 * own act to come ("warned it would retaliate", "warned there could be further walkouts"); a warning that blames the
 * party warned is criticism, ACCUSE ("warned Labour and the Tories they were in danger of pandering to prejudice").
 * A warning of how things will be, with no party, is left to senses.tsv's no-event senses.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, walkTokens, type Tree } from './tree.js';

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

let loaded: ReadonlyMap<string, readonly WarnSense[]> | undefined;

function shipped(): ReadonlyMap<string, readonly WarnSense[]> {
  const path = assetPath('src', 'stages', 'events', 'data', 'warn-senses.tsv');
  return (loaded ??= parseWarnSenses(readDataText(path), path));
}

/** The first warn sense of verb `i` whose requirement what it warns of meets. */
export function warnSenseOf(tree: Tree, i: number, isActor: (token: number) => boolean, table = shipped()): WarnSense | undefined {
  const senses = table.get(tree.lemmas[i].toLowerCase());
  if (!senses) return undefined;
  const clauses = warnedClausesOf(tree, i);
  const topics = childrenBy(tree, i, 'obl').filter((c) => TOPIC_MARKERS.has(markerOf(tree, c) ?? ''));
  const names = (words: ReadonlySet<string>): boolean => [...clauses, ...topics].some((c) => walkTokens(tree, c).some((t) => isListed(tree, t, words)));
  // "warned the EC it would face serious retaliation": a response or punishment named keeps the threat (rule-words
  // threat-topic), whoever the clause is about.
  const threat = names(THREAT_TOPICS);
  return senses.find((sense) => {
    switch (sense.requirement) {
      case 'warn-threat':
        return names(sense.words);
      case 'warn-warned':
        return !threat && childrenBy(tree, i, 'obj', 'iobj').some(isActor) && clauses.some((c) => {
          const subj = clauseSubjectOf(tree, c);
          return subj !== undefined && sense.words.has(tree.words[subj].toLowerCase());
        });
    }
  });
}

/** Nouns of a response or punishment: a warning that names one is a threat, never criticism. */
const THREAT_TOPICS = ruleWords('threat-topic');

/** Prepositions that give the topic of a warning ("warned of", "about", "against"). */
const TOPIC_MARKERS = new Set(['of', 'about', 'against']);

/** Tags of a finite auxiliary or copula: a modal or a present or past form. */
const FINITE_TAGS = new Set(['MD', 'VBZ', 'VBD', 'VBP']);

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

function clauseSubjectOf(tree: Tree, clause: number): number | undefined {
  return childrenBy(tree, clause, 'nsubj', 'nsubj:pass')[0];
}

/** Whether token `t`'s lemma is listed, also when the tagger left a plural as its lemma ("walkouts"). */
function isListed(tree: Tree, t: number, words: ReadonlySet<string>): boolean {
  const lemma = tree.lemmas[t].toLowerCase();
  return words.has(lemma) || (lemma.endsWith('s') && words.has(lemma.slice(0, -1)));
}
