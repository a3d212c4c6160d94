/**
 * Announced plans of punishment or of its relief (#12): "Washington announced plans to put as much as 300 mln dlrs in
 * tariffs on Japanese electronic goods", "Taiwan announced plans for another round of import tariff cuts". CAMEO's
 * "ANNOUNCE * PLANS" codes an intent to cooperate (030, PLOVER AGREE) whatever the plan holds; a plan of tariffs or
 * sanctions against another side is the announced sanction itself, which the training gold codes SANCTION (THREATEN
 * accepted) and threats.ts keeps as SANCTION for "will impose sanctions"; a plan that cuts or lifts them is a declared
 * concession (news-dev's conventions: CONCEDE; the training gold codes Taiwan's planned tariff cuts so). A plan the
 * side has none of ("has no plans to …", which refused-change.ts reads) is neither.
 */
import { reason, type Reason } from '../../lang/reason.js';
import type { PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import { baseRel, childrenBy, isToInfinitive, markerOf, walkTokens, type Tree } from './tree.js';

/** Nouns (lemmas) of a plan or intention (shared with refused-change.ts). */
const PLAN_NOUNS = ruleWords('plan-noun');
/** Nouns (lemmas) of punishment or coercion: what a plan of sanctions holds ("tariffs", "sanctions", "embargo"). */
const PUNITIVE_NOUNS = ruleWords('punitive-noun');
/** Words (lemmas) that undo or lessen what they govern: a plan of "tariff cuts" or "lifting sanctions" punishes no one. */
const RELIEF = ruleWords('plan-relief');
/** Markers of a phrase that spells out a plan (none, "for", the "as" of "as much as"), not its setting ("in response to"). */
const AMOUNT_MARKERS = [undefined, 'for', 'as'];
/** Clauses of their own under the plan's words, whose punitive nouns are not the plan's ("…, raising the spectre of …"). */
const OTHER_CLAUSES = ['advcl', 'parataxis', 'ccomp', 'csubj', 'list'];
/** CAMEO 163, impose embargo, boycott or sanctions: PLOVER SANCTION. */
const IMPOSE_SANCTIONS = '163';
/** CAMEO 085, ease economic sanctions, boycott, embargo: a pull-back, announced for later (PLOVER CONCEDE, as futureAs maps RETREAT). */
const EASE_SANCTIONS = '085';

/** Prepositions of the phrase a measure is aimed at ("sanctions on Vietnam", "lift its sanctions against Vietnam"; rule-words `noun-target-marker`). */
const TARGET_MARKERS = ruleWords('noun-target-marker');

/** Relations of a punitive noun's modifiers before it: "lifted sanctions", and "to ease sanctions" when the parser reads "ease" as a noun. */
const MODIFIER_RELS = ['amod', 'compound'];

/**
 * Whether the path from `t` up to `top` passes through no word of relief (the punitive noun itself included), and no
 * modifier of the punitive noun before it is one.
 */
function isUnrelieved(tree: Tree, t: number, top: number): boolean {
  if (childrenBy(tree, t, ...MODIFIER_RELS).some((m) => m < t && RELIEF.has(tree.lemmas[m]))) return false;
  for (let at = t; at >= 0; at = tree.deps[at].head) {
    if (RELIEF.has(tree.lemmas[at])) return false;
    if (at === top) return true;
  }
  return false;
}

/**
 * The phrase a planned measure is aimed at: the punitive noun's own "on"/"against" phrase, or that of the verb whose
 * object it is ("to lift its sanctions against Vietnam", where the parser hangs the phrase on "lift"). A plan's act
 * words lie below the announcing verb, where its recipient finder does not look (a planned relief had none).
 */
function measureTarget(tree: Tree, punitive: number): number | undefined {
  const holders = [punitive, ...(baseRel(tree, punitive) === 'obj' ? [tree.deps[punitive].head] : [])];
  return holders.flatMap((h) => childrenBy(tree, h, 'nmod', 'obl')).find((m) => m > punitive && TARGET_MARKERS.has(markerOf(tree, m) ?? ''));
}

/**
 * The act an intent to cooperate (AGREE) announces when its object is a plan whose own words hold a punitive noun: the
 * sanction when nothing lessens it, the concession when a word of relief governs it; undefined otherwise (the intent
 * stays as coded). `target` is the phrase the measure is aimed at, the recipient when the roles find none.
 */
export function plannedMeasure(tree: Tree, verb: number, event: PloverEvent): { event: PloverEvent; cameo: string; mode?: string; reason: Reason; target?: number } | undefined {
  if (event !== 'AGREE') return undefined;
  const plan = childrenBy(tree, verb, 'obj').find((o) => PLAN_NOUNS.has(tree.lemmas[o]));
  if (plan === undefined || childrenBy(tree, plan, 'det').some((d) => tree.lemmas[d] === 'no')) return undefined;
  // The parser often hangs what the plan holds on the verb: "announced plans for another round of import tariff cuts"
  // (a "for" phrase), "plans for as much as 300 mln dlrs in tariffs" (the amount, marked by its "as"), "announced plans last
  // week to slap … tariffs" (the infinitive as the verb's clause).
  const spelled = (c: number) => c > plan && (baseRel(tree, c) === 'obl' ? AMOUNT_MARKERS.includes(markerOf(tree, c)) : isToInfinitive(tree, c));
  const heads = [plan, ...childrenBy(tree, verb, 'obl', 'advcl').filter(spelled)];
  for (const head of heads) {
    const punitive = walkTokens(tree, head, OTHER_CLAUSES).find((t) => PUNITIVE_NOUNS.has(tree.lemmas[t]));
    if (punitive === undefined) continue;
    const why = { plan: tree.words[plan], act: tree.words[punitive] };
    const target = measureTarget(tree, punitive);
    const aimed = target === undefined ? {} : { target };
    if (isUnrelieved(tree, punitive, head)) return { event: 'SANCTION', cameo: IMPOSE_SANCTIONS, reason: reason('events/planned-sanction', why), ...aimed };
    return { event: 'CONCEDE', cameo: EASE_SANCTIONS, reason: reason('events/planned-relief', why), ...aimed };
  }
  return undefined;
}
