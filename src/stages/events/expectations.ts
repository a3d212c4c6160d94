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
import { childrenBy, firstOfPhrase, lastOfPhrase, markerOf, subjectOf, type Tree } from './tree.js';
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
/** Verbs (lemmas) of desiring: a wish, never a forecast, so that a plural subject of a body asks as a named party does. */
const DESIRING = ruleWords('desiring');
/** Plural nouns (lemmas) of bodies that act for a party ("banks", "officials"): their want asks; a population's does not. */
const ASKING_BODIES = ruleWords('asking-body');
/** Quantifiers of a majority ("most", "many"): a subject so quantified is polled opinion, no party asking. */
const MAJORITY = ruleWords('majority-quantifier');
/** Verbs (lemmas) of desiring whose denial asks nothing ("does not like the United States to dictate …"). */
const DENIED_NO_ASK = ruleWords('denied-desire');
/** Verbs (lemmas) of seeing through which a wanted act is named ("would like to see X continue …"). */
const WANTED_SIGHT = ruleWords('wanted-sight');
/** Parts of speech of a subject that names a party. */
const PARTY_POS = new Set(['NOUN', 'PROPN', 'PRON']);
/** CAMEO 020, make an appeal or request. */
const APPEAL = '020';
/** CAMEO codes of appeals and requests (02x): a dictionary's own, more specific request code is kept. */
const REQUEST_CODE = /^02/;

/**
 * The match recoded as an appeal to the party the hoped-for act belongs to, with the reason;
 * undefined when the verb is no expecting verb or names no other party's act. `actorOf` gives what
 * a token names: an actor's code, or its members' ids for a group ("both sides"), else undefined; `isTelling` whether a
 * verb's object is the one told (telling-verbs.txt), whose party a teller's want then asks (`hearer`).
 */
export function expectationAppeal(tree: Tree, match: TriggerMatch, actorOf: (token: number) => string | undefined, isTelling: (lemma: string) => boolean = () => false, negators: ReadonlySet<string> = new Set()): { match: TriggerMatch; reason: Reason; voicer?: number; hearer?: number } | undefined {
  const verb = match.token;
  if (match.kind === 'noun' || !(EXPECTING.has(tree.lemmas[verb]) || isVoicedHope(tree, verb))) return undefined;
  const subj = hoperOf(tree, verb);
  // Observers named by a plural noun forecast ("Delegates … expect Indonesia to vote for an extension"); a named
  // party or a speaker's "we" asks ("the United States expects both sides to re-engage"). A subject the tagger
  // did not read as a noun or pronoun, or that is no subject in the parse (the sentence's root taken for one), is
  // a misparse, no party.
  // Wanting is no forecast: "Japanese banks want Nigeria to make clear its debt repayment scheme" asks (#12); but a
  // population's want is an opinion ("Most West Germans want American troops to leave"), no body's appeal (rv-a #4).
  const forecasts = tree.pos[subj?.token ?? -1]?.xpos === 'NNS' && !(DESIRING.has(tree.lemmas[verb]) && ASKING_BODIES.has(tree.lemmas[subj?.token ?? -1]));
  // A majority's want ("Most West Germans want …", "many Britons") is a poll's opinion whatever the noun's tag.
  // The parser may hang the quantifier on the verb ("Most" an advmod of "want"), before the subject.
  const quantifiers = subj === undefined ? [] : [...childrenBy(tree, subj.token, 'amod', 'det', 'advmod'), ...childrenBy(tree, verb, 'advmod').filter((q) => q < subj.token)];
  const polled = quantifiers.some((q) => MAJORITY.has(tree.lemmas[q]?.toLowerCase() ?? ''));
  if (!subj || subj.passive || forecasts || polled || !PARTY_POS.has(tree.pos[subj.token]?.upos ?? '') || tree.deps[subj.token].deprel !== 'nsubj') return undefined;
  // "expressed hope that Romania would …": the that-clause may hang from the hope itself.
  // "Japan does not like the United States to dictate its trade policy": a denied liking asks nothing (rv-a #3).
  if (DENIED_NO_ASK.has(tree.lemmas[verb]) && isDenied(tree, verb, negators)) return undefined;
  const found = askedParty(tree, verb) ?? childrenBy(tree, verb, 'obj').filter((o) => isVoicedHope(tree, verb) && HOPE_NOUNS.has(tree.lemmas[o])).map((o) => askedParty(tree, o)).find((a) => a !== undefined)
    ?? toldWant(tree, verb, subj.token, isTelling, actorOf, negators);
  // The word itself too: the tagger reads a bare verb after "see X" as a past one and cuts its lemma ("succeed": "succe").
  const befalls = (act: number) => BEFALLING.has(tree.lemmas[act]) || BEFALLING.has(tree.words[act].toLowerCase());
  if (found === undefined || ('act' in found && found.act !== undefined && befalls(found.act))) return undefined;
  const asked = found.party;
  const askedCode = actorOf(asked);
  // The party hoping for its own act ("Ukraine expects that it will …") asks no one.
  if (askedCode === undefined || askedCode === actorOf(subj.token)) return undefined;
  // The misparse's hoper is no subject of the verb coded: the events stage takes it as the actor (`voicer`).
  const voicer = subj.token !== subjectOf(tree, verb)?.token ? subj.token : undefined;
  // A dictionary's own request code ("wanted Soviet troops withdrawn": 025, "wanted peace": 027) is kept (rv-a #5).
  const code = REQUEST_CODE.test(match.code) ? match.code : APPEAL;
  const why = 'told' in found
    ? reason('events/told-want', { verb: tree.words[verb], party: tree.words[asked] })
    : reason('events/expectation-appeal', { verb: tree.words[verb], party: tree.words[asked] });
  return { match: { ...match, code, kind: 'pattern' }, reason: why, ...(voicer !== undefined ? { voicer } : {}), ...('told' in found ? { hearer: asked } : {}) };
}

/**
 * "U.S. Congressmen told Kondo they wanted the measures implemented quickly", "Howe told his EC colleagues that Britain
 * wants agreement by December": a party telling another what it wants, a thing or a thing done, asks the one told for
 * it (#12, the training wire gold's REQUEST). Only the teller's own want counts ("told Kondo Japan wanted …" reports
 * a third party's), and only one with an object: wanting to act oneself asks no one.
 */
function toldWant(tree: Tree, verb: number, hoper: number, isTelling: (lemma: string) => boolean, actorOf: (token: number) => string | undefined, negators: ReadonlySet<string>): { party: number; told: true } | undefined {
  // Something wanted: an object, or a thing wanted done ("he wanted the tariffs lifted"), no infinitive of its own.
  const objects = childrenBy(tree, verb, 'obj');
  const wanted = objects.length > 0 || childrenBy(tree, verb, 'xcomp').some((c) => markerOf(tree, c) !== 'to');
  if (!DESIRING.has(tree.lemmas[verb]) || tree.deps[verb].deprel !== 'ccomp' || !wanted) return undefined;
  // "did not want a confrontation", "wanted no part in …": a want denied or of nothing asks nothing (rv-a #3).
  if (isDenied(tree, verb, negators) || objects.some((o) => negators.has(tree.words[o].toLowerCase()) || childrenBy(tree, o, 'det').some((d) => negators.has(tree.words[d].toLowerCase())))) return undefined;
  const said = tree.deps[verb].head;
  if (!isTelling(tree.lemmas[said])) return undefined;
  const teller = subjectOf(tree, said);
  const hearer = childrenBy(tree, said, 'iobj', 'obj')[0];
  // A pronoun subject of the told clause ("told Kondo they wanted …") is the teller's own word for itself.
  const own = actorOf(hoper) === undefined ? tree.pos[hoper]?.upos === 'PRON' : actorOf(hoper) === actorOf(teller?.token ?? -1);
  if (!teller || teller.passive || hearer === undefined || actorOf(teller.token) === undefined || !own) return undefined;
  return { party: hearer, told: true };
}

/** Whether the verb is denied by a negating adverb of its own ("does not like", "did not want"; negators.txt). */
function isDenied(tree: Tree, verb: number, negators: ReadonlySet<string>): boolean {
  return childrenBy(tree, verb, 'advmod', 'neg').some((a) => negators.has(tree.words[a].toLowerCase()));
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
  // "would like to see the Indonesian government continue …": the act wanted is the one seen (#12); only a bare verb
  // is the seen party's act: "would like to see the Iraqi army defeated" wants it done to that party (rv-a #1).
  const sight = DESIRING.has(tree.lemmas[verb]) ? childrenBy(tree, verb, 'xcomp').find((c) => WANTED_SIGHT.has(tree.lemmas[c]) && markerOf(tree, c) === 'to') : undefined;
  if (sight !== undefined) {
    const seen = childrenBy(tree, sight, 'obj')[0];
    const act = childrenBy(tree, sight, 'xcomp', 'ccomp').find((c) => tree.pos[c]?.upos === 'VERB' && tree.pos[c]?.xpos !== 'VBN' && !childrenBy(tree, c, 'aux:pass').length && c > (seen ?? sight));
    return seen !== undefined && act !== undefined ? { party: seen, act } : undefined;
  }
  const obj = childrenBy(tree, verb, 'obj')[0];
  const infinitive = obj !== undefined ? objectInfinitive(tree, verb, obj) : undefined;
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

/**
 * The "to" infinitive of "expects X to …": the verb's own (`xcomp`), or, as the parser also hangs it, the object's
 * (`acl`: "Washington wants the IADB to impose greater conditions") or an adverbial one of the verb that opens right
 * where the object's phrase ends ("wants the World Bank to impose …"); #12.
 */
function objectInfinitive(tree: Tree, verb: number, obj: number): number | undefined {
  // A passive infinitive is done to the object, not by it ("wants three British firms to be named members"): no act of its.
  const isInfinitive = (c: number) => markerOf(tree, c) === 'to' && tree.pos[c]?.upos === 'VERB' && !childrenBy(tree, c, 'aux:pass').length;
  const own = childrenBy(tree, verb, 'xcomp').find(isInfinitive) ?? childrenBy(tree, obj, 'acl').find(isInfinitive);
  if (own !== undefined) return own;
  const next = lastOfPhrase(tree, obj) + 1;
  return childrenBy(tree, verb, 'advcl').find((c) => isInfinitive(c) && firstOfPhrase(tree, c) === next);
}

