/**
 * "the United States expects both sides to re-engage in the Dialogue", "We expect that the Russian
 * side will support these efforts", "I hope that the Banking Commission exercises its control": one
 * party expecting or hoping that another party act asks that party to act (REQUEST, CAMEO 020). The
 * act hoped for is still never coded as a fact (flags.ts flags it), but the asking is an act of the
 * party who hopes; both golds code it so (the training gold's readouts require it several times, news-dev
 * accepts it: "I expect Ukraine to receive the status of a candidate country", "We expect the U.S.
 * government to honor its commitment"). Only another named party asked makes it an appeal: "we expect
 * to hold further talks", "economists expect prices to rise", "is expected to" (a forecast by others)
 * ask no one, nor do observers' forecasts. The verbs are `expecting` in data/rule-words.tsv. Only an act the party
 * can choose is asked of it: what befalls a party ("hopes that Ukraine's army will collapse", "expects the talks to
 * fail": `befalling`) is a wish or a forecast, no appeal.
 */
import { reason, type Reason } from '../../lang/reason.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** Verbs (lemmas) of expecting or hoping whose content, an act of another party, is asked of it. */
const EXPECTING = ruleWords('expecting');
/** Nouns of help hoped for ("hopes for the support of Great Britain"): their owner is the party asked. */
const HOPED_HELP = ruleWords('hoped-help');
/** Verbs (lemmas) that voice a hope named as their object ("expressed hope that …"). */
const VOICING = ruleWords('hope-voicing');
/** Nouns (lemmas) of hope voiced by those verbs. */
const HOPE_NOUNS = ruleWords('hope-noun');
/** Verbs (lemmas) of what befalls a party rather than what it does ("collapse", "fail"): hoped for, they ask nothing. */
const BEFALLING = ruleWords('befalling');
/** Parts of speech of a subject that names a party. */
const PARTY_POS = new Set(['NOUN', 'PROPN', 'PRON']);
/** CAMEO 020, make an appeal or request. */
const APPEAL = '020';

/**
 * The match recoded as an appeal to the party the hoped-for act belongs to, with the reason;
 * undefined when the verb is no expecting verb or names no other party's act. `actorOf` gives what
 * a token names: an actor's code, or its members' ids for a group ("both sides"), else undefined.
 */
export function expectationAppeal(tree: Tree, match: TriggerMatch, actorOf: (token: number) => string | undefined): { match: TriggerMatch; reason: Reason; voicer?: number } | undefined {
  const verb = match.token;
  if (match.kind === 'noun' || !(EXPECTING.has(tree.lemmas[verb]) || isVoicedHope(tree, verb))) return undefined;
  const subj = hoperOf(tree, verb);
  // Observers named by a plural noun forecast ("Delegates … expect Indonesia to vote for an extension"); a named
  // party or a speaker's "we" asks ("the United States expects both sides to re-engage"). A subject the tagger
  // did not read as a noun or pronoun, or that is no subject in the parse (the sentence's root taken for one), is
  // a misparse, no party.
  if (!subj || subj.passive || tree.pos[subj.token]?.xpos === 'NNS' || !PARTY_POS.has(tree.pos[subj.token]?.upos ?? '') || tree.deps[subj.token].deprel !== 'nsubj') return undefined;
  // "expressed hope that Romania would …": the that-clause may hang from the hope itself.
  const found = askedParty(tree, verb) ?? childrenBy(tree, verb, 'obj').filter((o) => isVoicedHope(tree, verb) && HOPE_NOUNS.has(tree.lemmas[o])).map((o) => askedParty(tree, o)).find((a) => a !== undefined);
  if (found === undefined || (found.act !== undefined && BEFALLING.has(tree.lemmas[found.act]))) return undefined;
  const asked = found.party;
  const code = actorOf(asked);
  // The party hoping for its own act ("Ukraine expects that it will …") asks no one.
  if (code === undefined || code === actorOf(subj.token)) return undefined;
  // The misparse's hoper is no subject of the verb coded: the events stage takes it as the actor (`voicer`).
  const voicer = subj.token !== subjectOf(tree, verb)?.token ? subj.token : undefined;
  return { match: { ...match, code: APPEAL, kind: 'pattern' }, reason: reason('events/expectation-appeal', { verb: tree.words[verb], party: tree.words[asked] }), ...(voicer !== undefined ? { voicer } : {}) };
}

/**
 * "expressed hope for increased support from Portugal": a verb of voicing (`hope-voicing`) whose object is a hope
 * (`hope-noun`) hopes as "hope" itself does.
 */
function isVoicedHope(tree: Tree, verb: number): boolean {
  return VOICING.has(tree.lemmas[verb]) && childrenBy(tree, verb, 'obj').some((o) => HOPE_NOUNS.has(tree.lemmas[o]));
}

/**
 * The subject of the hoping verb. "The President expressed hope that Romania would support …" is often parsed with
 * "hope" as the verb and "expressed" as its subject (a misparse: a verb is no subject); the hoper is then the voicing
 * verb's own subject.
 */
function hoperOf(tree: Tree, verb: number): ReturnType<typeof subjectOf> {
  const subj = subjectOf(tree, verb);
  if (!subj || tree.pos[subj.token]?.upos !== 'VERB' || !VOICING.has(tree.lemmas[subj.token])) return subj;
  const voicer = subjectOf(tree, subj.token);
  return voicer && !voicer.passive && tree.deps[voicer.token].deprel === 'nsubj' ? voicer : undefined;
}

/**
 * "I hope that Germany and Hungary will have the courage to support this decision": a verb of hoping the lexicon gives
 * no code of its own ("hope" is a GENERAL verb: alone no event) is still a trigger here, with no event ('---'), so that
 * `expectationAppeal` can read what it asks of another party; nothing else codes it.
 */
export function hopingMatch(tree: Tree, verb: number): TriggerMatch | undefined {
  if (!EXPECTING.has(tree.lemmas[verb]) || tree.pos[verb]?.upos !== 'VERB') return undefined;
  return { token: verb, tokens: [verb, verb + 1], code: '---', kind: 'verb', reason: reason('events/trigger-hoping', { verb: tree.words[verb] }) };
}

/**
 * The party whose act is expected: the object of "expects X to …", else the subject of a that-clause, else the owner
 * of the help hoped for ("Ukraine hopes for the support of Great Britain", "hope for Germany's support"); with the
 * verb of the act hoped for (`act`), none for help.
 */
function askedParty(tree: Tree, verb: number): { party: number; act?: number } | undefined {
  const obj = childrenBy(tree, verb, 'obj')[0];
  const infinitive = childrenBy(tree, verb, 'xcomp').find((c) => markerOf(tree, c) === 'to' && tree.pos[c]?.upos === 'VERB');
  if (obj !== undefined && infinitive !== undefined) return { party: obj, act: infinitive };
  // A that-less clause the parser split ("the U.S. Hopes Japan will take steps") is a ccomp with its subject here: the
  // tree's repair (clause-subject.ts `splitClauseVerb`) rejoined it.
  // The parser may hang a that-clause as an adverbial one ("We expect that the Russian side will support").
  for (const clause of childrenBy(tree, verb, 'ccomp', 'advcl', 'acl').filter((c) => tree.deps[c].deprel === 'ccomp' || markerOf(tree, c) === 'that')) {
    const inner = subjectOf(tree, clause);
    if (inner && !inner.passive) return { party: inner.token, act: clause };
  }
  for (const help of childrenBy(tree, verb, 'obl', 'nmod').filter((c) => markerOf(tree, c) === 'for' && HOPED_HELP.has(tree.lemmas[c]))) {
    const owner = childrenBy(tree, help, 'nmod:poss', 'nmod').find((c) => tree.deps[c].deprel === 'nmod:poss' || ['of', 'from'].includes(markerOf(tree, c) ?? ''));
    if (owner !== undefined) return { party: owner };
  }
  return undefined;
}
