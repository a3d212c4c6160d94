/**
 * Talks done at a gathering (#12): "NATO ambassadors met in emergency session today to discuss tension", "will visit
 * Japan in mid-May to seek new credits", "left Brazil early today to attend a weekend meeting" (training gold CONSULT,
 * REQUEST, CONSULT, each turned down by events/infinitive as an aim). A purpose infinitive of meeting or travelling to
 * meet that is itself done by talking happens at the gathering: it is as real as the gathering (its tense, negation and
 * modality, as the purpose of a call is: performatives.ts `callPurposeHost`), and its doer is the gathering's subject
 * by subject control. "met to sign an agreement" stays an intent. The verbs are rule-words `gathering-verb` and `talks-act`.
 */
import { ruleWords } from './rule-words.js';
import { childBy, childrenBy, isToInfinitive, markerOf, type Tree } from './tree.js';

const GATHERING_VERBS = ruleWords('gathering-verb');
const TALKS_ACTS = ruleWords('talks-act');
const OBJECT_CONTROL = ruleWords('object-control-gathering');

/** Relations by which the parser hangs a purpose infinitive on its verb: a clause of purpose, or a complement it misreads ("will visit China to urge Beijing"). */
const PURPOSE_RELS = new Set(['advcl', 'xcomp']);

/**
 * The verb of gathering whose purpose `verb`, a subjectless "to" infinitive of talks, is: its head when the infinitive
 * hangs on that verb (`advcl`, or `xcomp`: a gathering verb takes no complement of its own, so the parser's `xcomp`
 * there is the purpose too: review a after session 55 #4). A gathering that is itself a complement ("agreed to meet to
 * discuss" is the agreement's content) is left to the verb above it (clause-rules.ts asRealAs): only the gathering's
 * own purpose is told as done.
 */
export function meetingPurposeHost(tree: Tree, verb: number): number | undefined {
  if (!PURPOSE_RELS.has(tree.deps[verb].deprel) || !TALKS_ACTS.has(tree.lemmas[verb] ?? '')) return undefined;
  const head = tree.deps[verb].head;
  if (head < 0 || tree.pos[head]?.upos !== 'VERB' || !GATHERING_VERBS.has(tree.lemmas[head] ?? '')) return undefined;
  return isToInfinitive(tree, verb) && !childrenBy(tree, verb, 'nsubj', 'nsubj:pass').length ? head : undefined;
}

/**
 * The guests whose talks the purpose infinitive `verb` tells: the object of a gathering verb of object control
 * (rule-words `object-control-gathering`) when the talks name a partner of their own ("Egypt convened Hamas leaders to
 * negotiate with Israel": Hamas negotiates with Israel; the host only brings them; review b after session 56 #5), on the
 * verb or on the talks' object ("to discuss a truce with Israel", review a #9). Without such a partner ("hosted the
 * Syrian president to discuss the war") the host talks with its guests, and the subject stays the doer. The object is
 * guests only when it names a party (`isParty`): "hosted talks to negotiate with Hamas" brings no one (review a #3).
 */
export function hostedGuests(tree: Tree, verb: number, isParty: (t: number) => boolean): number | undefined {
  const host = meetingPurposeHost(tree, verb);
  if (host === undefined || !OBJECT_CONTROL.has(tree.lemmas[host] ?? '')) return undefined;
  const guests = childBy(tree, host, 'obj');
  if (guests === undefined || !isParty(guests)) return undefined;
  const partnerOf = (h: number, rel: string) => childrenBy(tree, h, rel).some((o) => markerOf(tree, o) === 'with');
  const hasPartner = partnerOf(verb, 'obl') || childrenBy(tree, verb, 'obj').some((o) => partnerOf(o, 'nmod'));
  return hasPartner ? guests : undefined;
}
