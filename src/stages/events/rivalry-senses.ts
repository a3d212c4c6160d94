/**
 * Senses of violent verbs told of political rivalry (`data/rivalry-senses.tsv`, #12): "fought a campaign",
 * "attacked Labour's taxes", "clashed with ministers over fees". Decided by the verb's own arguments, so that a
 * noun further down ("a tax office", "ahead of the election") or an armed party keeps the violent reading.
 */
import { DyadError } from '../../core/errors.js';
import { ruleWords } from './rule-words.js';
import { shippedTable } from './shipped-table.js';
import { childrenBy, isListed, markerOf, subjectOf, type Tree } from './tree.js';

const REQUIREMENTS = ['object', 'issue', 'subject', 'party', 'political-issue', 'political-object', 'noun-object'] as const;
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
  /** Nouns of a stretch of time (rule-words.tsv `duration-noun`, shared with other rules): "over the weekend" is when, not what about. */
  readonly time: ReadonlySet<string>;
  /** Verbs of a two-sided act (`reciprocal` rows): both sides named are kept (reciprocal-clash.ts). */
  readonly reciprocal: ReadonlySet<string>;
  /** Weapon nouns (`weapon` rows): a "with" phrase headed by one arms the party ("a man with a knife"). */
  readonly weapon: ReadonlySet<string>;
  /** Nouns of places and buildings (`place` rows): an object of one is no political rival. */
  readonly place: ReadonlySet<string>;
  /** Words saying which stretch of time (`when` rows): the only modifiers a time phrase's head takes. */
  readonly when: ReadonlySet<string>;
  /** Verbs whose doer makes the event noun they govern (`perform` rows): "launched an attack", not "repelled" one. */
  readonly perform: ReadonlySet<string>;
}

const WORD_ROWS = ['force', 'armed', 'political', 'reciprocal', 'weapon', 'place', 'when', 'perform'] as const;

/**
 * Rows `sense<TAB>lemma<TAB>requirement<TAB>words<TAB>code<TAB>note` and `<word row kind><TAB>word` (WORD_ROWS); `#`
 * starts a comment.
 */
export function parseRivalrySenses(text: string, path: string): RivalrySenses {
  const senses = new Map<string, RivalrySense[]>();
  const sets = Object.fromEntries(WORD_ROWS.map((k) => [k, new Set<string>()])) as Record<(typeof WORD_ROWS)[number], Set<string>>;
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const fields = line.split('\t').map((f) => f.trim());
    const fail = (problem: string): never => { throw new DyadError('E170', { path, line: i + 1, problem }); };
    if ((WORD_ROWS as readonly string[]).includes(fields[0]) && fields.length === 2 && fields[1]) sets[fields[0] as (typeof WORD_ROWS)[number]].add(fields[1]);
    else if (fields[0] === 'sense' && fields.length === 6 && (REQUIREMENTS as readonly string[]).includes(fields[2])) {
      const [, lemma, requirement, words, code, note] = fields;
      // The why of a noun's sense (events/trigger-criticism) says criticism: a row coding anything else would belie it.
      if (requirement === 'noun-object' && !code.startsWith('11')) fail('a noun-object row codes criticism (11x)');
      const list = senses.get(lemma) ?? [];
      list.push({ requirement: `rivalry-${requirement as Requirement}`, words: new Set(words.split(',').map((w) => w.trim())), code, note });
      senses.set(lemma, list);
    } else fail(`expected sense<TAB>lemma<TAB>${REQUIREMENTS.join('|')}<TAB>words<TAB>code<TAB>note or ${WORD_ROWS.join('|')}<TAB>word`);
  });
  return { senses, ...sets, time: ruleWords('duration-noun') };
}

const shipped = shippedTable('rivalry-senses.tsv', parseRivalrySenses);

/** Verbs of a two-sided act whose every side named is kept (reciprocal-clash.ts). */
export function reciprocalVerbs(): ReadonlySet<string> {
  return shipped().reciprocal;
}

/** Sectors of armed actors (`armed` rows), for every rule that asks whether a side fights. */
export function armedSectors(): ReadonlySet<string> {
  return shipped().armed;
}

/** What the actors stage says of the actor covering a token: its sector, and whether it is a place. */
export interface ActorFacts {
  readonly sector?: string;
  readonly place?: boolean;
}

/**
 * The first rivalry sense of verb `i` whose requirement its arguments meet, unless a party to it is armed (a force noun
 * or a weapon; for the senses told by actors' sectors, an actor of an armed sector by `factsOf` too).
 */
export function rivalrySenseOf(tree: Tree, i: number, factsOf: (token: number) => ActorFacts | undefined = () => undefined, table: RivalrySenses = shipped()): RivalrySense | undefined {
  const senses = table.senses.get(tree.lemmas[i]);
  if (!senses || hasForceParty(tree, i, table, () => false)) return undefined;
  // A phrase's sector is its head's, or its modifier's when the actor named is only that ("Conservative rivals").
  const sectorOf = (t: number): string | undefined =>
    factsOf(t)?.sector ?? childrenBy(tree, t, 'amod', 'compound').map((m) => factsOf(m)?.sector).find((x) => x !== undefined);
  // "Israel attacked Hamas" (a rebel group): a party of an armed sector keeps the force where sectors decide.
  const armed = (): boolean => hasForceParty(tree, i, table, (t) => table.armed.has(sectorOf(t) ?? ''));
  const isIssue = (c: number, words: ReadonlySet<string>): boolean =>
    words.has(issueMarkerOf(tree, c) ?? '') && tree.pos[c]?.upos !== 'PROPN' && !isTimePhrase(tree, c, table);
  const doer = doerOf(tree, i);
  const objects = childrenBy(tree, i, 'obj', 'nsubj:pass');
  const sectorIn = (t: number | undefined, sectors: ReadonlySet<string>): boolean => t !== undefined && sectors.has(sectorOf(t) ?? '');
  // "attacked Gaza", "attacked the parliament building": a place or building is no political rival.
  // A listed noun as a common noun only ("the Foreign Office" is a ministry), by word too: the tree's lemma of
  // "building" may be the verb's ("build").
  const isPlace = (o: number): boolean =>
    factsOf(o)?.place === true || (tree.pos[o]?.upos !== 'PROPN' && (isListed(tree, o, table.place) || table.place.has(tree.words[o])));
  const placeObject = (): boolean => objects.some(isPlace);
  return senses.find((sense) => {
    switch (sense.requirement) {
      case 'rivalry-noun-object':
        // An event noun's own target (rivalryNounSenseOf), never the verb's object.
        return false;
      case 'rivalry-object':
        // A common noun only: "attacked Bill Jones" is an attack on a man, not on a bill.
        return objects.some((o) => tree.pos[o]?.upos !== 'PROPN' && isListed(tree, o, sense.words));
      case 'rivalry-political-object':
        // "The Senate defeated a move": a political body's; "Ukraine defeated a Russian attempt" (a state) won a battle.
        return sectorIn(doer, table.political) && !armed() && objects.some((o) => tree.pos[o]?.upos !== 'PROPN' && isListed(tree, o, sense.words));
      case 'rivalry-issue':
        // A clash over a common noun, a territory too ("over the islands"), is a dispute in words (PLOVER's verbal
        // ACCUSE) unless a party is armed (hasForceParty); a named place ("over Kashmir") keeps CAMEO's 190, and a
        // stretch of time ("clashed over the weekend") is no issue.
        return issuePhrases(tree, i).some((c) => isIssue(c, sense.words));
      case 'rivalry-political-issue':
        // "Labour attacked the Lib Dems over the budget": a political actor's attack over an issue is criticism; a
        // state's ("Iraq attacked Iranian oil platforms over the weekend", no sector) keeps the force, as an attack on
        // a place does ("The government attacked Gaza over the rocket fire").
        return sectorIn(doer, table.political) && !armed() && !placeObject() && issuePhrases(tree, i).some((c) => isIssue(c, sense.words));
      case 'rivalry-party': {
        // "Gordon Brown attacked the Tories", "The Tories attacked Mr Blair": a party (or its people) attacking or
        // attacked is criticism, as its plans and bills are (the object row). A party attacked by someone of no
        // political sector ("Two men attacked a Conservative MP") or a party's people attacking a place
        // ("opposition supporters attacked the parliament building") keep the force.
        const byParty = sectorIn(doer, sense.words);
        const onParty = objects.some((o) => sectorIn(o, sense.words) && !isPlace(o));
        if (armed() || (!byParty && !onParty)) return false;
        if (!byParty) return sectorIn(doer, table.political);
        return onParty || !placeObject();
      }
      case 'rivalry-subject': {
        const subj = subjectOf(tree, i);
        return subj !== undefined && !subj.passive && isListed(tree, subj.token, sense.words);
      }
    }
  });
}

/** Markers of the phrase that says what an event noun is aimed at (rule-words.tsv `noun-target-marker`). */
const NOUN_TARGET_MARKERS = ruleWords('noun-target-marker');

/**
 * The rivalry sense of event noun `n`, governed by verb `verb`, told of the noun's target (its `noun-object` rows): "launched
 * an attack on Conservative spending plans", "opened the forum with an attack on Labour's record", "joined attacks on a
 * controversial wage freeze" are criticism, as "attacked Labour's record" is (training gold: ACCUSE, each coded ASSAULT).
 * Only when the verb's doer makes the attack (a `perform` verb: "repelled an attack on the plan" is the other side's), no
 * party to the verb or modifier of the noun is armed (force rows, or an armed sector by `sectorOf`: "Hamas fighters
 * launched an attack on Israeli control of the crossing"), and the target is a common noun ("on Kharkiv" keeps the force).
 */
export function rivalryNounSenseOf(tree: Tree, n: number, verb: number, sectorOf: (token: number) => string | undefined = () => undefined,
  table: RivalrySenses = shipped()): RivalrySense | undefined {
  const senses = table.senses.get(tree.lemmas[n])?.filter((sense) => sense.requirement === 'rivalry-noun-object');
  if (!senses?.length || !table.perform.has(tree.lemmas[verb])) return undefined;
  const armed = (t: number): boolean => table.armed.has(sectorOf(t) ?? '');
  if (hasForceParty(tree, verb, table, armed) || childrenBy(tree, n, 'amod', 'compound').some((m) => isListed(tree, m, table.force) || armed(m))) return undefined;
  const targets = childrenBy(tree, n, 'nmod').filter((c) => NOUN_TARGET_MARKERS.has(markerOf(tree, c) ?? '') && tree.pos[c]?.upos !== 'PROPN');
  return senses.find((sense) => targets.some((c) => isListed(tree, c, sense.words)));
}

/**
 * The doer of verb `i`: its active subject, a passive's "by" agent ("was attacked by unknown gunmen"), or the noun the
 * parser hung the verb on as a participle ("Indian and Pakistani troops clashed over …").
 */
function doerOf(tree: Tree, i: number): number | undefined {
  const subj = subjectOf(tree, i);
  if (subj && !subj.passive) return subj.token;
  const agent = childrenBy(tree, i, 'obl').find((c) => markerOf(tree, c) === 'by');
  if (subj?.passive) return agent;
  return tree.deps[i].deprel === 'acl' && tree.deps[i].head >= 0 ? tree.deps[i].head : agent;
}

/** The verb's phrases that may say what a dispute is about: obliques and clauses. */
function issuePhrases(tree: Tree, i: number): number[] {
  return childrenBy(tree, i, 'obl', 'advcl', 'ccomp');
}

/**
 * The marker of phrase `c`; before a bare plural the parser tags "over" as an adverb of the noun or of its modifier
 * ("clashed over gas prices", "over farm subsidies"), and an "over" that opens the phrase so is its marker.
 */
function issueMarkerOf(tree: Tree, c: number): string | undefined {
  const marker = markerOf(tree, c);
  if (marker !== undefined) return marker;
  let first = c;
  for (let stack = [c]; stack.length;) for (const k of tree.children[stack.pop()!]) { if (k < first) first = k; stack.push(k); }
  return tree.words[first] === 'over' && tree.deps[first].deprel === 'advmod' ? 'over' : undefined;
}

/**
 * Whether phrase `c` names a stretch of time: a temporal modifier, or one headed by a time noun whose modifiers only say
 * which stretch ("over the weekend", "over the past week", "over two days"); "the working week", "the 35-hour week" are
 * issues.
 */
function isTimePhrase(tree: Tree, c: number, table: RivalrySenses): boolean {
  if (tree.deps[c].deprel.endsWith(':tmod')) return true;
  if (!table.time.has(tree.lemmas[c]) && !table.time.has(tree.words[c])) return false;
  return childrenBy(tree, c, 'compound', 'amod').every((m) => table.when.has(tree.words[m]) || table.when.has(tree.lemmas[m]));
}

/**
 * Whether the verb's doer (or its "of" phrase: "hundreds of demonstrators"), its object or a "with" partner is a force
 * noun or, by `isArmed`, an actor of an armed sector; or whether a "with" phrase of the verb or of a party is headed by
 * a weapon ("attacked activists with machetes", "attacked by a man with a knife").
 */
function hasForceParty(tree: Tree, i: number, table: RivalrySenses, isArmed: (token: number) => boolean): boolean {
  const isForce = (t: number): boolean => isListed(tree, t, table.force) || isArmed(t);
  const doer = doerOf(tree, i);
  const parties = doer !== undefined && doer >= 0 ? [doer, ...childrenBy(tree, doer, 'nmod', 'conj')] : [];
  const withs = childrenBy(tree, i, 'obl').filter((c) => markerOf(tree, c) === 'with');
  parties.push(...withs, ...childrenBy(tree, i, 'obj'));
  const armedWith = [...withs, ...parties.flatMap((p) => childrenBy(tree, p, 'nmod').filter((c) => markerOf(tree, c) === 'with'))];
  const weapon = (t: number): boolean => isListed(tree, t, table.weapon) || childrenBy(tree, t, 'conj').some((c) => isListed(tree, c, table.weapon));
  return parties.some(isForce) || armedWith.some(weapon);
}
