/**
 * The act a judgement is about when the judging verb takes it as its object ("praised the arrest of the suspects by
 * police", "condemned the attacks on our country"), and whom that act was done to. Praise or blame of an act is
 * addressed to its doer (roles.ts doerOf); its victim, named by a target preposition of the act noun ("on", "against";
 * rule-words `act-target-preposition`; "of" after `act-object-of` nouns), is never the recipient (#12, session 53). Sympathy "for" an act is another
 * matter: there the act is a phrase, not the object, and goes to its victims (roles.ts appreciatedDoer).
 */
import type { ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, conjuncts, markerOf, selfAndAncestors, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Events that judge an act (praise, blame, refusal), whose object may be a hostile or undergone act. */
const JUDGED_EVENTS: ReadonlySet<string> = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);

/** Nouns (word forms or lemmas) of hostile acts (data/rule-words.tsv `hostile-act`). */
const HOSTILE_ACTS = ruleWords('hostile-act');

/** Nouns of a harm no side does (rule-words `doerless-harm`): a concern over one is against no one. */
const DOERLESS_HARMS = ruleWords('doerless-harm');

/** Nouns (lemmas) of concern, whose "about"/"over" phrase is what is judged (rule-words `concern-noun`, `concern-marker`). */
const CONCERN = ruleWords('concern-noun');
const CONCERN_MARKERS = ruleWords('concern-marker');

/** Prepositions by which a hostile act noun names whom it was done to ("attacks on", "aggression against"). */
const TARGET_PREPOSITIONS = ruleWords('act-target-preposition');

/** Hostile act nouns (lemmas) whose "of" phrase names what the act was done to ("the invasion of Ukraine"). */
const OBJECT_OF_ACTS = ruleWords('act-object-of');

/** Act nouns (lemmas) that befall someone ("the capture of the IS leader", "India's defeat"; rule-words `undergone-act`). */
const UNDERGONE_ACTS = ruleWords('undergone-act');

/** Undergone acts that befall their possessor or nationality ("India's defeat"; rule-words `befallen-act`), not done by it ("Iran's executions"). */
const BEFALLEN_ACTS = ruleWords('befallen-act');

/** Relations by which a name on a befallen act with no "of" phrase names whom it befell ("India's defeat"). */
const UNDERGOER_RELS = new Set(['nmod:poss', 'amod', 'compound']);

/** Whether phrase `v` of the act noun `act` names whom the act was done to, by its marker or, on an undergone act, its slot. */
function isTargetPhrase(tree: Tree, act: number, v: number, marker: string): boolean {
  if (TARGET_PREPOSITIONS.has(marker)) return true;
  const lemma = tree.lemmas[act];
  if (marker === 'of') return OBJECT_OF_ACTS.has(lemma) || UNDERGONE_ACTS.has(lemma);
  // Beside an "of" phrase the possessor or nationality is the doer ("the US capture of the IS leader").
  return BEFALLEN_ACTS.has(lemma) && UNDERGOER_RELS.has(tree.deps[v].deprel) &&
    !childrenBy(tree, act, 'nmod').some((m) => markerOf(tree, m) === 'of');
}

/** A hostile act noun by word form or lemma ("the attacks", "the killings"; rule-words `hostile-act`). */
export function isHostileAct(tree: Tree, noun: number): boolean {
  return HOSTILE_ACTS.has(tree.words[noun].toLowerCase()) || HOSTILE_ACTS.has(tree.lemmas[noun]);
}

/**
 * The phrases a judgement is about: the verb's direct objects, and behind a concern noun its "about"/"over" phrases,
 * on the noun or hung on the verb ("expressed concern about the attacks on foreign missions"), with the lists they close.
 */
function judgedObjects(tree: Tree, verb: number): number[] {
  const objects = childrenBy(tree, verb, 'obj');
  const concern = objects.filter((o) => CONCERN.has(tree.lemmas[o]));
  const about = concern.length ? [...concern.flatMap((n) => childrenBy(tree, n, 'nmod')), ...childrenBy(tree, verb, 'obl')].filter((m) => CONCERN_MARKERS.has(markerOf(tree, m) ?? '')) : [];
  return [...objects, ...about].flatMap((o) => conjuncts(tree, o));
}

/**
 * The hostile or undergone acts `verb` judges: its direct objects, or what the concern it voices is about ("condemned
 * the attacks and the shelling", "praised the capture of the IS leader", "voiced concern about the attacks on …").
 */
export function judgedActs(tree: Tree, verb: number): number[] {
  return judgedObjects(tree, verb).filter((o) => isHostileAct(tree, o) || UNDERGONE_ACTS.has(tree.lemmas[o]));
}

/**
 * The heads of the harms no side does that `verb` judges: a disaster or fighting without its sides, with no "by" phrase
 * naming a doer ("expressed concern about the flooding", "about the continued escalation of fighting"; rule-words
 * `doerless-harm`).
 */
export function doerlessHarms(tree: Tree, verb: number): number[] {
  return judgedObjects(tree, verb).filter((o) => [o, ...childrenBy(tree, o, 'nmod').filter((m) => markerOf(tree, m) === 'of')]
    .some((h) => DOERLESS_HARMS.has(tree.lemmas[h]) && !childrenBy(tree, h, 'nmod', 'obl:agent').some((m) => markerOf(tree, m) === 'by')));
}

/**
 * Whether token `t` lies in the phrase of one of `harms` (`doerlessHarms` of the judging verb: "concern about the floods
 * in southern Brazil"): a place where it struck, not a side accused (review rv-d, finding 1).
 */
export function isInDoerlessHarm(tree: Tree, t: number, harms: readonly number[]): boolean {
  return harms.length > 0 && selfAndAncestors(tree, t).some((v) => harms.includes(v));
}

/**
 * Whether token `t` lies in a target phrase ("on our country", "against Israel", "the invasion of Ukraine") of one of the hostile acts `acts` that
 * `verb` judges, or in one the parser hung on the verb itself after the act ("hailed the attacks on Israel", "on" on
 * "hailed"). A "by" phrase on the way up is the act's doer that the parser hung inside the victim's phrase ("the attacks
 * against Israel by Iran", "by" on "Israel"), no victim.
 */
export function isVictimOf(tree: Tree, t: number, verb: number, acts: readonly number[]): boolean {
  if (!acts.length) return false;
  // A victim sits a few phrases under the act at most ("the attacks on the homes of civilians in our country"); a
  // longer climb has left the act's phrase for the clause, where no marker speaks of the act.
  for (const v of selfAndAncestors(tree, t)) {
    const marker = markerOf(tree, v) ?? '';
    if (marker === 'by') return false;
    const head = tree.deps[v].head;
    if (acts.includes(head)) return isTargetPhrase(tree, head, v, marker);
    if (head === verb) return TARGET_PREPOSITIONS.has(marker) && acts.some((act) => act < v);
  }
  return false;
}

/**
 * The readout's other parties `others` an act of judgement with no recipient named may go to. A judged hostile act
 * with a victim named has an unnamed doer, who is not its victim ("Biden spoke with Zelensky … condemned the attacks on
 * Ukraine": not Ukraine) nor, when the victims are of no country, the other side ("… with Tinubu … condemned the
 * attacks on civilians": not Nigeria); with no victim named ("Macron spoke with Putin … criticised the war") or a
 * victim of a third country ("… with Putin … condemned the invasion of Ukraine") the other side is the one judged.
 */
export function judgedActAddressees(tree: Tree, actors: ActorIndex, verb: number, event: string, others: EventParticipant[]): EventParticipant[] {
  // A harm no side does is against no one: not the side met (review rv-d, finding 1).
  if (event === 'ACCUSE' && doerlessHarms(tree, verb).length) return [];
  const acts = JUDGED_EVENTS.has(event) ? judgedActs(tree, verb) : [];
  if (!acts.length) return others;
  const victims = tree.words.flatMap((_, t) => (isVictimOf(tree, t, verb, acts) ? [actors.at(t)] : [])).filter((m) => m !== undefined);
  if (victims.some((m) => !m.code)) return [];
  const hit = new Set(victims.map((m) => m.code));
  return others.filter((o) => !hit.has(o.code));
}
