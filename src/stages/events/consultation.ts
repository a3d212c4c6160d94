/**
 * One consultation or several: plural calls with several partners are one with each, and a later
 * mention of the article's meeting restates it (split out of code-events.ts).
 */
import { reason, type Reason } from '../../lang/reason.js';
import type { Context } from './event-context.js';
import type { PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/**
 * Plurals of a single consultation: "conversations", "calls" or "meetings" with several partners
 * are one with each ("had telephone conversations with Macron and Scholz"); "talks" and
 * "negotiations" name one process, however many take part.
 */
const SEPARATE_MEETINGS = ruleWords('separate-meetings');

const SPEAKER_CALL_VERBS = ruleWords('speaker-call-verb');
const SPEAKING_SELF = ruleWords('speaking-self');
const PLURAL_OFFICES = ruleWords('plural-office');

/**
 * True when the partner is named in the "of" phrase of a plural title ("the Prime Ministers of Bulgaria and Croatia",
 * "the Presidents of Poland and Lithuania"): a conjunct climbs to the first country, which hangs on the title.
 */
function ofPluralOffice(tree: Tree, partner: EventParticipant): boolean {
  const [first, end] = partner.tokens;
  // A capitalised title is tagged NNPS and keeps its plural as its lemma ("Presidents").
  const isTitle = (t: number): boolean => /^NNP?S$/.test(tree.pos[t]?.xpos ?? '') && (PLURAL_OFFICES.has(tree.lemmas[t]) || PLURAL_OFFICES.has(tree.lemmas[t]?.replace(/s$/, '')));
  // The mention's head, its token whose head lies outside it: the title itself when the mention holds it ("the Presidents of Poland").
  let t = first;
  for (let k = first; k < end; k++) {
    const h = tree.deps[k]?.head ?? -1;
    if (h < first || h >= end) { t = k; break; }
  }
  if (isTitle(t)) return true;
  for (let steps = 0; tree.baseRels[t] === 'conj' && steps < 8; steps++) t = tree.deps[t].head;
  return isTitle(t) || (tree.baseRels[t] === 'nmod' && isTitle(tree.deps[t]?.head ?? -1)) || isTitle(officeBefore(tree, t) ?? -1);
}

/**
 * "met his counterparts from Japan and South Korea": the parser may hang the "from" phrase on the verb, not on the plural
 * office before it; the verb's object that ends right before the phrase's marker is then the office (review a #9).
 */
function officeBefore(tree: Tree, t: number): number | undefined {
  if (tree.baseRels[t] !== 'obl' || markerOf(tree, t) !== 'from') return undefined;
  const marker = tree.children[t].find((c) => tree.deps[c].deprel === 'case');
  const obj = childrenBy(tree, tree.deps[t].head, 'obj')[0];
  return obj !== undefined && marker !== undefined && obj === marker - 1 ? obj : undefined;
}

/**
 * "hosted the leaders of Japan and South Korea": the office's sector, found on the partner whose mention holds the
 * title, belongs to each partner it names (review a #10); partners keep a sector of their own.
 */
export function officeSectored(partners: readonly EventParticipant[]): EventParticipant[] {
  const sectors = new Set(partners.flatMap((p) => (p.sector ? [p.sector] : [])));
  if (sectors.size !== 1) return [...partners];
  const [sector] = sectors;
  return partners.map((p) => (p.sector ? p : { ...p, sector }));
}

/**
 * "met with the Prime Ministers of A, B and C": one meeting with each leader, whatever the verb or noun, and each a
 * meeting of its own even after a lead that tells of the whole trip ("visited Port Moresby, …; Suva, Fiji").
 */
export function namedByPluralTitle(tree: Tree, actors: readonly EventParticipant[], partners: readonly EventParticipant[]): boolean {
  // The own side must be named: "a meeting of the Council of Presidents of Ukraine and Azerbaijan" has no host.
  return partners.length > 1 && actors.some((a) => a.code !== undefined) && partners.every((p) => ofPluralOffice(tree, p) && !actors.some((a) => a.code === p.code));
}

/**
 * A plural of a single consultation with several partners ("had telephone conversations with …"), partners named by a
 * plural title ("the Presidents of Poland and Lithuania"), or a speaker's own
 * "I spoke with A and B": a speech's first person tells the day's calls one after another, one with each partner
 * (rule-words.tsv). The speaker's calls split only when "I" is the one actor and every partner is another country
 * ("I have also spoken with the Defence Minister and with the FSB Director" is one country's business). A visit or a
 * hosting (`visit`: "convened the Quint national security advisors of France, Germany, Italy, and the United Kingdom at
 * the White House") splits only by plural office, its host the actor of each and each guest a recipient (#12).
 */
export function isSeparateMeetings(tree: Tree, noun: number | undefined, verb: number, subject: number | undefined, actors: readonly EventParticipant[], partners: readonly EventParticipant[], visit = false): boolean {
  const several = new Set(partners.map((p) => p.code)).size > 1;
  if (several && namedByPluralTitle(tree, actors, partners)) return true;
  if (visit) return false;
  if (noun !== undefined) return several && tree.pos[noun]?.xpos === 'NNS' && SEPARATE_MEETINGS.has(tree.lemmas[noun]);
  if (subject === undefined || !SPEAKING_SELF.has(tree.words[subject]) || !SPEAKER_CALL_VERBS.has(tree.lemmas[verb])) return false;
  return several && actors.length === 1 && partners.every((p) => p.code !== undefined && p.code !== actors[0].code);
}

/**
 * "I spoke with the President of Lithuania, Mr. Nausėda, Prime Minister of Israel Bennett and Prime Minister of the United
 * Kingdom Johnson": the appositive name breaks the list, and the parser hangs its later members on the speaker as if they
 * spoke too. A speech's "I" is the one speaker of its call, and who follows the verb was called: those are partners.
 */
export function speakerListPartners(tree: Tree, subject: number | undefined, verb: number, actors: readonly EventParticipant[], partners: readonly EventParticipant[]): { actors: EventParticipant[]; recipients: EventParticipant[] } {
  const after = subject !== undefined && SPEAKING_SELF.has(tree.words[subject]) && partners.length ? actors.filter((a) => a.tokens[0] > verb) : [];
  if (!after.length || after.length === actors.length) return { actors: [...actors], recipients: [...partners] };
  return { actors: actors.filter((a) => !after.includes(a)), recipients: [...partners, ...after] };
}

/**
 * A later mention of the meeting the article reports ("The presidents discussed …", "had an
 * in-depth discussion") is the same consultation, not a new one: the first is the event.
 */
export function restatedConsultation(ctx: Context, sent: number, event: PloverEvent, unreal: boolean, actors: readonly EventParticipant[], recipients: readonly EventParticipant[]): Reason | undefined {
  if (event !== 'CONSULT' || unreal) return undefined;
  const frame = ctx.frame ? { ...ctx.frame, codes: new Set(ctx.frame.participants.map((p) => p.code)) } : domesticMeeting(ctx);
  if (!frame) return undefined;
  if (frame.sent === sent) return undefined;
  const all = [...actors, ...recipients];
  if (!all.every((p) => frame.codes.has(p.code))) return undefined;
  return reason('events/same-consultation', { trigger: frame.trigger, sentence: frame.sent + 1 });
}

/**
 * A meeting of one country's officials told in the article's first sentence ("The President held a working meeting with
 * Kaliningrad Region Governor Anton Alikhanov"): its consultation has one country, so it frames nothing by its codes
 * (event-context.ts wants two), and its restatements ("Vladimir Putin began the conversation by noting …", "the
 * President directed the discussion", "The President and the Governor also discussed the situation in the construction
 * industry") came out as new consultations. Once that first sentence's consultation is coded, a later one among that
 * country's actors only restates it.
 */
function domesticMeeting(ctx: Context): { codes: ReadonlySet<string | undefined>; sent: number; trigger: string } | undefined {
  const lead = ctx.events.find((e) => e.event === 'CONSULT' && e.sent === 0 && !e.negated && !e.hypothetical && !e.future && !e.historical);
  if (!lead) return undefined;
  const codes = new Set([...lead.actors, ...lead.recipients].map((p) => p.code));
  if (codes.size !== 1 || [...codes][0] === undefined) return undefined;
  return { codes, sent: lead.sent, trigger: `"${ctx.doc.text.slice(lead.trigger.start, lead.trigger.end)}"` };
}
