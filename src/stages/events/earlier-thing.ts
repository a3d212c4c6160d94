/**
 * Whose a judged thing is when only an earlier sentence says so (#12): "Tony Blair attacked the Tory plans on Monday.
 * … Blunkett called the plans 'dangerous'", "The Commission proposed a tax on oils and fats. … Britain criticised it",
 * "Employers offered IG Metall a 2.7 pct rise … IG Metall rejected the offer". A judgement (ACCUSE, SUPPORT, REJECT) of
 * "it", "this", "that" or a definite thing noun ("the plans", "the move", "that suggestion") with no owner in its own
 * sentence is addressed to the owner of the nearest earlier mention of such a thing within five sentences (a pronoun:
 * the sentence before; a chain of ownerless mentions: as far back as it leads): its
 * possessor or the name before it ("Labour's poster", "the Tory plans"), its "by" agent ("The budget presented by
 * Chancellor … Lawson"), or the active subject of the verb that made it ("The Tories unveiled plans") or of the act
 * itself ("The EC proposed …", "Employers offered …"). A thing noun takes a mention of the same noun or its verb; a
 * pronoun or a noun that names any step ("the proposal", "that idea") takes any thing noun or act verb; a noun of an act
 * ("the decision", "the move", "the step") takes the doer of the nearest earlier clause with a side as its subject. A mention that
 * is itself told without an owner ("The plans would help …") is a link: the search follows its noun back from there,
 * to the start of the story if need be. The nearest owned mention decides, and the judging side itself is never the
 * owner (sides compared by code and sector: the Tories' plans judged by a Labour minister are another GBR side's; a country
 * or capital with no sector is one side with any sector of its country).
 * Words: rule-words `earlier-thing-noun`, `-step`, `-act-noun`, `-pronoun`, `-determiner`, `-making-verb`, `-act-verb`,
 * and `proposing-verb`.
 */
import { reason, type Reason } from '../../lang/reason.js';
import { modifierOwner } from './judged-owner.js';
import { actorsOfPhrase, kbCountry, possessorOf, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { byAgentOf, childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Nouns (lemmas) of a thing a side puts forward and others judge: plans, proposals, budgets, decisions. */
const THING_NOUNS = ruleWords('earlier-thing-noun');
/** Thing nouns that name any step, so may stand for another thing noun or a proposing verb ("the move", "that idea"). */
const STEP_NOUNS = ruleWords('earlier-thing-step');
/** Object pronouns that may stand for a thing told before ("criticised it", "welcomed this"). */
const PRONOUNS = ruleWords('earlier-thing-pronoun');
/** Verbs (lemmas) whose active subject puts a thing forward ("unveiled plans", "proposed a tax", "announced a ban"). */
const MAKING = new Set([...ruleWords('earlier-thing-making-verb'), ...ruleWords('proposing-verb')]);
/** Verbs (lemmas) whose act is itself a thing "it" or "the move" may stand for ("proposed to cut tariffs", "decided to"). */
const ACTING = new Set([...ruleWords('earlier-thing-act-verb'), ...ruleWords('proposing-verb')]);
/** Determiners of a thing told before ("the plans", "that suggestion", "these measures"). */
const DEFINITE = ruleWords('earlier-thing-determiner');
/** Step nouns that name an act ("the decision", "the move"): they stand for the latest act, whatever it was about. */
const ACT_NOUNS = ruleWords('earlier-thing-act-noun');
/** Thing nouns of an accusation ("the charges") and the verbs that make one ("accused"): the noun's verb is another word. */
const ACCUSATIONS = ruleWords('earlier-thing-accusation');
const ACCUSING = ruleWords('earlier-thing-accusing');

/**
 * Sentences back the search may reach: a story names a plan and reports the reactions to it in the next few
 * sentences; further back "the plan" is as likely another one the story moved on to. A pronoun reaches only the
 * sentence before: "Germany proposed talks. Israel bombed Gaza. Egypt condemned it" condemns no proposal (review a #4).
 */
const REACH = 5;
const PRONOUN_REACH = 1;

/** The judged thing of `verb`: its object, the subject of its passive, or its "to" phrase ("opposed to the plan"). */
function judgedThing(tree: Tree, verb: number): number | undefined {
  return childrenBy(tree, verb, 'obj', 'nsubj:pass')[0] ?? childrenBy(tree, verb, 'obl').find((o) => markerOf(tree, o) === 'to');
}

/** What kind of earlier mention `thing` may stand for: 'any' thing noun, the 'same' noun, or none (not a told thing). */
function referenceOf(tree: Tree, actors: ActorIndex, thing: number): 'any' | 'same' | 'act' | undefined {
  if (tree.pos[thing]?.upos === 'PRON') return PRONOUNS.has(tree.words[thing].toLowerCase()) ? 'any' : undefined;
  if (tree.pos[thing]?.upos !== 'NOUN' || !THING_NOUNS.has(tree.lemmas[thing]) || actors.at(thing)) return undefined;
  // A thing with its own owner or phrases ("the plans for ID cards", "the Tory plans") is not a told one by this path.
  if (tree.children[thing].some((c) => ['nmod', 'nmod:poss', 'compound', 'acl', 'acl:relcl'].includes(tree.deps[c].deprel))) return undefined;
  if (!childrenBy(tree, thing, 'det').some((d) => DEFINITE.has(tree.words[d]))) return undefined;
  return ACT_NOUNS.has(tree.lemmas[thing]) ? 'act' : STEP_NOUNS.has(tree.lemmas[thing]) ? 'any' : 'same';
}

/** Whether the thing noun at `t` is itself told before: definite, with no owner or phrase of its own ("The plans would …"). */
function isToldMention(tree: Tree, actors: ActorIndex, t: number): boolean {
  return referenceOf(tree, actors, t) !== undefined;
}

/** The owner of the thing noun at `t`: its possessor, the name or nationality before it, its "by" agent, or its maker. */
function ownerOf(tree: Tree, actors: ActorIndex, t: number): EventParticipant[] {
  const owner = possessorOf(tree, actors, t);
  if (owner.length) return owner;
  const modifier = modifierOwner(tree, actors, t, kbCountry);
  if (modifier.length) return modifier;
  // "the plan by the EC", "The budget presented by Chancellor … Nigel Lawson".
  const agent = [...childrenBy(tree, t, 'nmod'), ...childrenBy(tree, t, 'acl').flatMap((a) => childrenBy(tree, a, 'obl:agent', 'obl'))].find((m) => markerOf(tree, m) === 'by');
  if (agent !== undefined) return actorsOfPhrase(tree, actors, agent);
  const head = tree.deps[t].head;
  return head >= 0 && tree.deps[t].deprel === 'obj' && MAKING.has(tree.lemmas[head]) ? makerOf(tree, actors, head) : [];
}

/**
 * Who did the act of the verb `verb`, as actors: its active subject ("The Tories unveiled …", "Employers offered …") or
 * the "by" agent of its passive ("Ukraine was accused by Russia …", review rv-c #9); none for a passive with no agent.
 */
function makerOf(tree: Tree, actors: ActorIndex, verb: number): EventParticipant[] {
  if (tree.pos[verb]?.upos !== 'VERB') return [];
  const subj = subjectOf(tree, verb);
  if (!subj) return [];
  if (!subj.passive) return actorsOfPhrase(tree, actors, subj.token);
  const agent = byAgentOf(tree, verb);
  return agent === undefined ? [] : actorsOfPhrase(tree, actors, agent);
}

/**
 * Whether two participants are one side: the same code, and the same sector or no sector on one of them. A country
 * or its capital with no sector stands for all of it ("China proposed … Beijing condemned the measure" is not China
 * judging another side's plan, review rv-c #2), while two sectors of one country are two sides (the Tories' plans judged
 * by a Labour minister).
 */
const sameSide = (a: EventParticipant, b: EventParticipant) => a.code === b.code && (!a.sector || !b.sector || a.sector === b.sector);

/**
 * The owner of the thing `verb` judges when its sentence names none and an earlier one does, with the reason; undefined
 * when the thing is no told thing or no mention within reach names an owner other than the judges `judges`.
 */
export function earlierThingOwner(tree: Tree, actors: ActorIndex, verb: number, judges: readonly EventParticipant[]): { found: EventParticipant[]; reason: Reason } | undefined {
  const thing = judgedThing(tree, verb);
  if (thing === undefined) return undefined;
  const kind = referenceOf(tree, actors, thing);
  if (kind === undefined) return undefined;
  const sent = tree.tokens[verb].sent;
  if (kind === 'act') return latestActDoer(tree, actors, thing, Math.min(verb, thing), judges, sent);
  // Each thing told without an owner ("The plans would help …", "this seductive budget") refers on to an earlier
  // mention of its noun: the chain of them leads back to the one that named its owner, however far back. A pronoun
  // or step noun that meets such a link follows that noun's chain from there.
  let reach = sent - (tree.pos[thing]?.upos === 'PRON' ? PRONOUN_REACH : REACH);
  let lemma = kind === 'same' ? tree.lemmas[thing] : undefined;
  for (let t = Math.min(verb, thing) - 1; t >= 0 && tree.tokens[t].sent >= reach; t--) {
    const noun = tree.pos[t]?.upos === 'NOUN' && (lemma === undefined ? THING_NOUNS.has(tree.lemmas[t]) : tree.lemmas[t] === lemma);
    // A verb of the act itself: any proposing one for "it" or "the move", the noun's own verb for it ("Employers
    // offered IG Metall a rise … IG Metall rejected the offer").
    // "The United States has accused Japan … Tokyo has denied the charges": an accusation's verb is another word.
    // A making verb's act is a step too: "Britain imposed sanctions … Russia condemned the measure" (review rv-c #3).
    const act = !noun && (lemma === undefined ? ACTING.has(tree.lemmas[t]) || MAKING.has(tree.lemmas[t]) : tree.lemmas[t] === lemma || (ACCUSATIONS.has(lemma) && ACCUSING.has(tree.lemmas[t])));
    const found = noun ? ownerOf(tree, actors, t) : act ? makerOf(tree, actors, t) : [];
    const others = found.filter((p) => p.code && !judges.some((j) => sameSide(j, p)));
    if (others.length) return { found: others, reason: reason('events/earlier-thing', { thing: tree.words[thing], word: tree.words[t], owner: others[0].name, back: sent - tree.tokens[t].sent }) };
    // The nearest owned mention decides: one the judge owns ("Labour unveiled its plans. … Labour defended the plans")
    // stops the search.
    if (found.length) return undefined;
    if (noun && isToldMention(tree, actors, t)) { lemma = tree.lemmas[t]; reach = -Infinity; }
  }
  return undefined;
}

/**
 * "Britain rejected the EU's offer. Ireland criticised the decision": the act noun stands for the latest act, so its
 * doer is the active subject of the nearest earlier verb with a side as subject (review a #5); the judges' own act
 * stops the search.
 */
function latestActDoer(tree: Tree, actors: ActorIndex, thing: number, before: number, judges: readonly EventParticipant[], sent: number): { found: EventParticipant[]; reason: Reason } | undefined {
  for (let t = before - 1; t >= 0 && tree.tokens[t].sent >= sent - REACH; t--) {
    const found = makerOf(tree, actors, t).filter((p) => p.code);
    if (!found.length) continue;
    const others = found.filter((p) => !judges.some((j) => sameSide(j, p)));
    if (!others.length) return undefined;
    return { found: others, reason: reason('events/earlier-thing', { thing: tree.words[thing], word: tree.words[t], owner: others[0].name, back: sent - tree.tokens[t].sent }) };
  }
  return undefined;
}
