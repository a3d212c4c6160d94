import type { Document } from '../../core/document.js';
import type { Reason } from '../../lang/reason.js';
import type { CodedEvent } from './types.js';

/**
 * The named features the event filter (event-filter.ts) reads of one coded event: its type and mode, the
 * trigger's lemma, the rules that found it and its participants (the rule ids of its `reasons`, not their
 * prose), how many participants it has and whether they are coded, reported speech, the clause's future, the
 * sentence's place in the article and how many events it holds and whether an official site tells it. Every feature is a short key,
 * so the model is a table of weights anyone can read (#12: a learned step explainable in `why`).
 */
export function filterFeatures(doc: Document, event: CodedEvent, sentenceEvents: readonly CodedEvent[]): string[] {
  const type = event.event;
  const features = [`type:${type}`, `mode:${type}:${event.mode ?? '-'}`];
  const lemma = doc.layers.pos?.[event.trigger.tokens[0]]?.lemma;
  if (lemma) features.push(`lemma:${lemma.toLowerCase()}`, `lemma:${type}:${lemma.toLowerCase()}`);
  // A trigger deep in a subordinate or relative clause is more often a misread argument than an act.
  const dep = doc.layers.deps?.[event.trigger.tokens[0]];
  if (dep) features.push(`deprel:${dep.deprel.split(':')[0]}`, `deprel:${type}:${dep.deprel.split(':')[0]}`);
  const upos = doc.layers.pos?.[event.trigger.tokens[0]]?.upos;
  if (upos) features.push(`upos:${upos}`);
  if (event.cameo) features.push(`cameo:${event.cameo.slice(0, 2)}`);
  for (const rule of ruleIds(event.reasons)) features.push(`rule:${rule}`, `rule:${type}:${rule}`);
  features.push(`actors:${count(event.actors.length)}`, `recipients:${count(event.recipients.length)}`);
  if (event.actors.some((a) => !a.code) || event.recipients.some((r) => !r.code)) features.push('uncoded-participant');
  const countries = (side: CodedEvent['actors']) => new Set(side.map((p) => p.code?.slice(0, 3)));
  const own = countries(event.actors);
  if ([...countries(event.recipients)].some((c) => own.has(c))) features.push('same-country');
  if (event.actors.some((a) => a.sector === 'MIL') || event.recipients.some((r) => r.sector === 'MIL')) features.push(`military:${type}`);
  // A participant far from its trigger, outside its sentence or named by a pronoun was found by a longer chain of rules.
  const sentence = doc.layers.sentences?.[event.sent];
  for (const [side, parties] of [['actor', event.actors], ['recipient', event.recipients]] as const) {
    for (const p of parties) {
      if (sentence && (p.start < sentence.start || p.start >= sentence.end)) features.push(`${side}-elsewhere`);
      else features.push(`${side}-distance:${distance(Math.abs(p.tokens[0] - event.trigger.tokens[0]))}`);
      if (isLowerCase(doc.text.charCodeAt(p.start))) features.push(`${side}-common-noun`);
    }
  }
  features.push(`confidence:${Math.round(event.confidence * 10)}`);
  if (event.speaker) features.push('reported', `reported:${type}`);
  if (event.future) features.push('future', `future:${type}`);
  if (event.dateSource === 'sentence') features.push('dated');
  features.push(`sentence:${position(event.sent)}`, `in-sentence:${count(sentenceEvents.length)}`);
  const site = doc.layers.discourse?.publisher;
  features.push(site ? 'site' : 'no-site');
  if (site && event.actors.some((a) => a.code?.startsWith(site.code))) features.push('site-own-actor', `site-own-actor:${type}`);
  // Several participants can give the same key; the model counts each key once.
  return [...new Set(features)];
}

/**
 * The features again, each also crossed with the kind of text the article is, when the product can tell it: an
 * official site's readout (the discourse layer's publisher) or wire copy (an agency dateline, `LONDON, March 26 -`).
 * The filter then learns a weight shared by all text and a correction for each kind (Daumé 2007, "Frustratingly easy
 * domain adaptation"): the wire gold's events are false far more often (52% against the readouts' 31%), and without the
 * kind that pushes every event of text with no site, the GSR's plain sentences too, toward false. Other text gets only
 * the shared weights.
 */
export function withTextKind(doc: Document, features: readonly string[]): string[] {
  const kind = doc.layers.discourse?.publisher ? 'readout' : doc.layers.dateline?.span ? 'wire' : undefined;
  return kind ? [...features, `kind:${kind}`, ...features.map((f) => `${kind}|${f}`)] : [...features];
}

/**
 * Rule ids renamed after the filter and rescue models were trained, read as the id those models weigh until they are
 * retrained: a speaker read from a stranded closing source is a reported-by speaker (session 56, review fix-a #1;
 * without this "Iran agreed …, Russian diplomats said." lost its AGREE and gained a rescued CONSULT).
 */
const TRAINED_RULE_ID: Readonly<Record<string, string>> = { 'events/stranded-source': 'events/reported-by' };

/** The distinct rule ids of a reason list and of the reasons nested in its fields (a participant's own why). */
function ruleIds(reasons: readonly Reason[]): Set<string> {
  const out = new Set<string>();
  const visit = (r: Reason, depth: number): void => {
    out.add(TRAINED_RULE_ID[r.rule] ?? r.rule);
    if (depth > 2) return;
    for (const value of Object.values(r)) {
      if (Array.isArray(value)) for (const v of value as readonly Reason[]) visit(v, depth + 1);
      else if (value && typeof value === 'object') visit(value as Reason, depth + 1);
    }
  };
  for (const r of reasons) visit(r, 0);
  return out;
}

const distance = (tokens: number): string => (tokens <= 2 ? 'near' : tokens <= 8 ? 'mid' : 'far');
const isLowerCase = (code: number): boolean => code >= 97 && code <= 122;
const count = (n: number): string => (n >= 2 ? '2+' : String(n));
const position = (sent: number): string => (sent === 0 ? '0' : sent <= 2 ? '1-2' : sent <= 6 ? '3-6' : '7+');
