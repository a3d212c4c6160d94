/**
 * Senses of violent verbs told of political rivalry (`data/rivalry-senses.tsv`, #12): "fought a campaign",
 * "attacked Labour's taxes", "clashed with ministers over fees". Decided by the verb's own arguments, so that a
 * noun further down ("a tax office", "ahead of the election") or an armed party keeps the violent reading.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { childrenBy, isListed, markerOf, subjectOf, type Tree } from './tree.js';

const REQUIREMENTS = ['object', 'issue', 'subject', 'party', 'political-issue'] as const;
type Requirement = (typeof REQUIREMENTS)[number];

export interface RivalrySense {
  readonly requirement: `rivalry-${Requirement}`;
  readonly words: ReadonlySet<string>;
  readonly code: string;
  readonly note: string;
}

export interface RivalrySenses {
  readonly senses: ReadonlyMap<string, readonly RivalrySense[]>;
  /** Armed or crowd nouns (`force` rows). */
  readonly force: ReadonlySet<string>;
  /** Sectors of armed actors (`armed` rows): a party of one keeps the violent reading, as a force noun does. */
  readonly armed: ReadonlySet<string>;
  /** Sectors of political actors (`political` rows) whose attack over an issue is criticism. */
  readonly political: ReadonlySet<string>;
  /** Nouns of a stretch of time (`time` rows): "over the weekend" is when, not what about. */
  readonly time: ReadonlySet<string>;
  /** Verbs of a two-sided act (`reciprocal` rows): both sides named are kept (reciprocal-clash.ts). */
  readonly reciprocal: ReadonlySet<string>;
}

const WORD_ROWS = ['force', 'armed', 'political', 'time', 'reciprocal'] as const;

/**
 * Rows `sense<TAB>lemma<TAB>requirement<TAB>words<TAB>code<TAB>note` and `force|armed|political|time|reciprocal<TAB>word`; `#`
 * starts a comment.
 */
export function parseRivalrySenses(text: string, path: string): RivalrySenses {
  const senses = new Map<string, RivalrySense[]>();
  const sets = { force: new Set<string>(), armed: new Set<string>(), political: new Set<string>(), time: new Set<string>(), reciprocal: new Set<string>() };
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const fields = line.split('\t').map((f) => f.trim());
    const fail = (problem: string): never => { throw new DyadError('E170', { path, line: i + 1, problem }); };
    if ((WORD_ROWS as readonly string[]).includes(fields[0]) && fields.length === 2 && fields[1]) sets[fields[0] as (typeof WORD_ROWS)[number]].add(fields[1]);
    else if (fields[0] === 'sense' && fields.length === 6 && (REQUIREMENTS as readonly string[]).includes(fields[2])) {
      const [, lemma, requirement, words, code, note] = fields;
      const list = senses.get(lemma) ?? [];
      list.push({ requirement: `rivalry-${requirement as Requirement}`, words: new Set(words.split(',').map((w) => w.trim())), code, note });
      senses.set(lemma, list);
    } else fail(`expected sense<TAB>lemma<TAB>${REQUIREMENTS.join('|')}<TAB>words<TAB>code<TAB>note or ${WORD_ROWS.join('|')}<TAB>word`);
  });
  return { senses, ...sets };
}

let loaded: RivalrySenses | undefined;

function shipped(): RivalrySenses {
  const path = assetPath('src', 'stages', 'events', 'data', 'rivalry-senses.tsv');
  return (loaded ??= parseRivalrySenses(readDataText(path), path));
}

/** Verbs of a two-sided act whose every side named is kept (reciprocal-clash.ts). */
export function reciprocalVerbs(): ReadonlySet<string> {
  return shipped().reciprocal;
}

/**
 * The first rivalry sense of verb `i` whose requirement its arguments meet, unless a party to it is armed (a force noun;
 * for the senses told by actors' sectors, an actor of an armed sector by `sectorOf` too).
 */
export function rivalrySenseOf(tree: Tree, i: number, sectorOf: (token: number) => string | undefined = () => undefined, table: RivalrySenses = shipped()): RivalrySense | undefined {
  const senses = table.senses.get(tree.lemmas[i].toLowerCase());
  if (!senses || hasForceParty(tree, i, table.force, () => false)) return undefined;
  // "Israel attacked Hamas" (a rebel group): a party of an armed sector keeps the force where sectors decide.
  const armed = (): boolean => hasForceParty(tree, i, table.force, (t) => table.armed.has(sectorOf(t) ?? ''));
  const isIssue = (c: number, words: ReadonlySet<string>): boolean =>
    words.has(markerOf(tree, c) ?? '') && tree.pos[c]?.upos !== 'PROPN' && !isTimePhrase(tree, c, table.time);
  const subj = subjectOf(tree, i);
  const doer = subj && !subj.passive ? subj.token : undefined;
  const objects = childrenBy(tree, i, 'obj', 'nsubj:pass');
  const sectorIn = (t: number | undefined, sectors: ReadonlySet<string>): boolean => t !== undefined && sectors.has(sectorOf(t) ?? '');
  return senses.find((sense) => {
    switch (sense.requirement) {
      case 'rivalry-object':
        // A common noun only: "attacked Bill Jones" is an attack on a man, not on a bill.
        return objects.some((o) => tree.pos[o]?.upos !== 'PROPN' && isListed(tree, o, sense.words));
      case 'rivalry-issue':
        // A clash over a common noun, a territory too ("over the islands"), is a dispute in words (PLOVER's verbal
        // ACCUSE) unless a party is armed (hasForceParty); a named place ("over Kashmir") keeps CAMEO's 190, and a
        // stretch of time ("clashed over the weekend") is no issue.
        return childrenBy(tree, i, 'obl', 'advcl', 'ccomp').some((c) => isIssue(c, sense.words));
      case 'rivalry-political-issue':
        // "Labour attacked the Lib Dems over the budget": a political actor's attack over an issue is criticism; a
        // state's ("Iraq attacked Iranian oil platforms over the weekend", no sector) keeps the force.
        return sectorIn(doer, table.political) && !armed() && childrenBy(tree, i, 'obl', 'advcl', 'ccomp').some((c) => isIssue(c, sense.words));
      case 'rivalry-party':
        // "Gordon Brown attacked the Tories", "The Tories attacked Mr Blair": a party (or its people) attacking or
        // attacked is criticism, as its plans and bills are (the object row).
        return (sectorIn(doer, sense.words) || objects.some((o) => sectorIn(o, sense.words))) && !armed();
      case 'rivalry-subject':
        return doer !== undefined && isListed(tree, doer, sense.words);
    }
  });
}

/**
 * Whether phrase `c` names a stretch of time: a temporal modifier, or one headed by a time noun ("over the weekend",
 * "over the past week", "over two days").
 */
function isTimePhrase(tree: Tree, c: number, time: ReadonlySet<string>): boolean {
  return tree.deps[c].deprel.endsWith(':tmod') || time.has(tree.lemmas[c].toLowerCase()) || time.has(tree.words[c].toLowerCase());
}

/**
 * Whether the verb's active subject (or its "of" phrase: "hundreds of demonstrators"), its object or a "with" partner is
 * a force noun or, by `isArmed`, an actor of an armed sector.
 */
function hasForceParty(tree: Tree, i: number, force: ReadonlySet<string>, isArmed: (token: number) => boolean): boolean {
  const isForce = (t: number): boolean => isListed(tree, t, force) || isArmed(t);
  const subj = subjectOf(tree, i);
  // A verb the parser hung on its doer ("Indian and Pakistani troops clashed over …" as a participle of "troops") has it as head.
  const doer = subj && !subj.passive ? subj.token : tree.deps[i].deprel === 'acl' ? tree.deps[i].head : undefined;
  const parties = doer !== undefined && doer >= 0 ? [doer, ...childrenBy(tree, doer, 'nmod', 'conj')] : [];
  for (const c of childrenBy(tree, i, 'obl')) if (markerOf(tree, c) === 'with') parties.push(c);
  parties.push(...childrenBy(tree, i, 'obj'));
  return parties.some(isForce);
}

