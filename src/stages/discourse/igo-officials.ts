/**
 * "Chair of the European Parliament Delegation to the Euronest Parliamentary Assembly Andrius
 * Kubilius", "Executive Vice-President of the European Commission Valdis Dombrovskis": a known person
 * whose title names an international body acts for that body (PLOVER codes an organisation's
 * officials by the organisation), though the knowledge base files the person under the country of a
 * former national career (Kubilius LTU, Dombrovskis LVA, Timmermans NLD). Every mention of that person
 * in the article takes the body's code. Only a title whose body comes right before the name, as "of
 * <body>" or "<body> <title>", with no other actor and no national office between them: "ASEAN Chair
 * Prime Minister Hun Sen of Cambodia" and "Permanent Representative of Ukraine to the UN" keep their
 * country.
 */
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { actorOf, mentionOver, type View } from './view.js';

/** Small words a title runs on with between its body and the name ("… Delegation to the Euronest Assembly"). */
const TITLE_JOINS = new Set(['to', 'the', 'for', 'of', 'and', 'on', '-']);
/** Words before a body that make it no title's ("Permanent Representative of Ukraine to the UN Sergiy Kyslytsya"). */
const PREPOSITIONS = new Set(['to', 'at', 'in', 'with', 'for', 'from', 'by', 'on', 'before', 'after']);
/** Words of a national office: a title that holds one is the office's, whatever body it chairs. */
const NATIONAL_OFFICES = new Set(['president', 'minister', 'prime', 'premier', 'king', 'queen', 'chancellor', 'governor', 'mayor', 'ambassador', 'sultan', 'emir', 'emperor']);

/** The international body whose official `m` is titled as, when its title names one right before it. */
function titleBody(view: View, mentions: readonly ActorMention[], i: number): ActorMention | undefined {
  const m = mentions[i];
  const body = mentions[i - 1];
  if (!m || !body || body.code !== 'IGO' || body.kind !== 'org' || view.sents[body.tokens[0]] !== view.sents[m.tokens[0]]) return undefined;
  const gap = view.words.slice(body.tokens[1], m.tokens[0]);
  const gapTexts = view.texts.slice(body.tokens[1], m.tokens[0]);
  if (gap.some((w, k) => NATIONAL_OFFICES.has(w) || !(TITLE_JOINS.has(w) || /^\p{Lu}/u.test(gapTexts[k] ?? '')))) return undefined;
  // The body is a title's: "of the European Commission", or itself followed by the name ("NATO Secretary General Mark Rutte").
  const isArticle = (t: number): boolean => view.pack.definiteArticles.has(view.words[t] ?? '');
  const start = isArticle(body.tokens[0]) ? body.tokens[0] : body.tokens[0] - (isArticle(body.tokens[0] - 1) ? 1 : 0);
  const before = view.words[start - 1] ?? '';
  return before === 'of' || (!gap.length && !PREPOSITIONS.has(before)) ? body : undefined;
}

/** Every mention of a person titled somewhere in the article as an international body's official, coded as the body. */
export function igoOfficials(view: View, mentions: readonly ActorMention[]): ActorMention[] {
  const sorted = [...mentions].sort((a, b) => a.tokens[0] - b.tokens[0]);
  const bodies = new Map<string, ActorMention>();
  sorted.forEach((m, i) => {
    if (m.kind !== 'person' || !m.code || m.code === 'IGO' || m.code === 'NGO' || m.members?.length || bodies.has(m.actorId)) return;
    const body = titleBody(view, sorted, i);
    if (body) bodies.set(m.actorId, body);
  });
  return sorted.flatMap((m) => {
    const body = bodies.get(m.actorId);
    if (!body || m.kind !== 'person') return [];
    const text = view.texts.slice(m.tokens[0], m.tokens[1]).join(' ');
    return [mentionOver(view, m.tokens[0], m.tokens[1], { ...actorOf(m), code: 'IGO', ...(body.sector ? { sector: body.sector } : {}), ...(body.sectors ? { sectors: body.sectors } : {}) },
      reason('discourse/igo-official', { text, body: body.name, code: m.code ?? '' }))];
  });
}
