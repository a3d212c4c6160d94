/**
 * The meeting or call an article reports, and who took part: the first lead sentence with a word of
 * meeting ("had a telephone conversation with", "met", "talks") and actors of two or more
 * countries or organisations. With one party named, the publisher's own principal is the other
 * (a kremlin.ru readout of "a conversation with Boris Johnson" is Putin's).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { parseKindWords } from '../../core/kind-words.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { ActorKb } from '../actors/kb.js';
import { reportingSourceAround } from '../deps/closing-source.js';
import { principalOf } from './principal.js';
import type { Participants, Publisher } from './types.js';
import { headOf, sourceTokensOf, type View } from './view.js';

const WORD_KINDS = ['meeting', 'partner-marker', 'member-marker', 'own-marker', 'topic-object', 'reaction-verb', 'contact-object', 'setting-marker'] as const;
type MeetingWords = Readonly<Record<(typeof WORD_KINDS)[number], ReadonlySet<string>>>;
let loaded: MeetingWords | undefined;

/** The words of `data/meeting-words.tsv`'s text (kind<TAB>word); a malformed row is E170 naming its line. */
export function parseMeetingWords(text: string, path: string): MeetingWords {
  return parseKindWords(text, path, WORD_KINDS);
}

/** The words shipped with dyad, read once: asked for at every token of a meeting sentence (#13). */
function meetingWords(): MeetingWords {
  if (loaded) return loaded;
  const path = assetPath('src', 'stages', 'discourse', 'data', 'meeting-words.tsv');
  loaded = parseMeetingWords(readDataText(path), path);
  return loaded;
}

/** Whether `word` reports a meeting or talks ("met", "held talks"). */
export const isMeetingWord = (word: string): boolean => meetingWords().meeting.has(word);

/**
 * "Biden called Erdogan", "Zhovkva called on the Austrian side": "called" with someone after it;
 * not "so-called", nor a passive or participle ("a summit called by …").
 */
function isCall(view: View, t: number): boolean {
  if (view.words[t - 1] === '-' || view.words[t - 1] === 'so' || !/^(?:root|conj|ccomp|parataxis)$/.test(view.deps[t]?.deprel ?? '')) return false;
  return view.deps.some((d, k) => d.head === t && k > t && view.sents[k] === view.sents[t] && (d.deprel === 'obj' || d.deprel === 'obl'));
}

/**
 * "held a video conference with", "an online conference with": a conference over a link is a meeting
 * of its parties (the lead of 14 president.gov.ua readouts), unlike a "press conference" or "news
 * conference", which is no meeting with anyone named.
 */
function isRemoteConference(view: View, t: number): boolean {
  return view.words[t] === 'conference' && (view.words[t - 1] === 'video' || view.words[t - 1] === 'online') && view.sents[t - 1] === view.sents[t];
}

/** Only the lead reports the meeting an article is about. */
const LEAD_SENTENCES = 5;
/**
 * A joint statement is itself what its parties agreed on: its lead names them (the signatories)
 * with no word of meeting ("The Government of A and the Government of B, Recognizing …").
 */
const JOINT_STATEMENT = /\bjoint\s+(?:statement|declaration|communiqu[eé])/i;

/** The key a party is counted by: its country, or the organisation for IGO/NGO actors. */
export function partyKey(m: { readonly code?: string; readonly sector?: string }): string {
  return m.code === 'IGO' || m.code === 'NGO' ? `${m.code}${m.sector ?? ''}` : m.code ?? '';
}

/** Clause relations of an infinitive that says what the meeting was for ("spoke … to discuss the DPRK's launch"). */
const PURPOSE_CLAUSES = new Set(['advcl', 'xcomp']);

/**
 * A country or body named inside the meeting's topic (a phrase the language pack's topic
 * prepositions open, `topics.txt`, or a "to …" purpose clause) is what was discussed, not a
 * party; people named there still count ("to congratulate Prime Minister Bennett"). The parser
 * may read "regarding"/"concerning" as a verb heading the phrase ("…, particularly regarding the
 * DPRK and its deployment of troops to Russia"): the phrase is a topic all the same. And whoever
 * did another act the sentence tells by a "by" phrase ("the two Canadians unjustly detained by the
 * government of China") did that act, not take part in the meeting; a meeting word's own agent
 * ("a summit hosted by Presidents Iohannis and Duda") still does.
 */
function isTopic(view: View, m: ActorMention, tokens: readonly number[]): boolean {
  if (m.kind === 'person') return false;
  const inside = new Set(tokens);
  const opens = (t: number): boolean => view.pack.topics.has(view.words[t] ?? '') || tokens.some((c) => view.deps[c]?.head === t && (
    (view.deps[c]?.deprel === 'case' && view.pack.topics.has(view.words[c] ?? '')) ||
    (view.deps[c]?.deprel === 'mark' && view.words[c] === 'to' && PURPOSE_CLAUSES.has(view.deps[t]?.deprel ?? ''))));
  const otherAgent = (t: number): boolean => view.deps[t]?.deprel === 'obl:agent' && !isMeetingWord(view.words[view.deps[t]?.head ?? -1] ?? '');
  for (let t = headOf(view, m), steps = 0; inside.has(t) && steps < tokens.length; t = view.deps[t]?.head ?? -1, steps++) {
    if (opens(t) || otherAgent(t)) return true;
  }
  return false;
}

/** Prepositions that name whom an act is aimed at ("sanctions against Russia", "aggression against Ukraine"). */
const TARGET_MARKERS = new Set(['against']);

/**
 * A country or body named as what an act is against ("a meeting … dedicated to … a tough sanctions policy
 * against the Russian Federation") is that act's target, never a party to the meeting, however few
 * parties remain (see #12).
 */
function isTarget(view: View, m: ActorMention, tokens: readonly number[]): boolean {
  if (m.kind === 'person') return false;
  const inside = new Set(tokens);
  for (let t = headOf(view, m), steps = 0; inside.has(t) && steps < tokens.length; t = view.deps[t]?.head ?? -1, steps++) {
    if (tokens.some((c) => view.deps[c]?.head === t && view.deps[c]?.deprel === 'case' && TARGET_MARKERS.has(view.words[c] ?? ''))) return true;
  }
  return false;
}

/**
 * "France welcomed the decision by India and Pakistan": the subject of a verb of reception whose object is a thing, not
 * a party, reacts to what others did and holds no meeting with them; taken as a party, it left "Both sides" later in the
 * story to the actors stage's last two named (the shape of training gold bbc-politics-139 once "The UK" is a mention, #12).
 * Not a reaction (review b of session 57): a pronoun object ("welcomed him"), a contact for object ("received a phone
 * call", "welcomes the visit of"), a thing with a "with" partner named ("welcomed the deal with the United States"), nor
 * a sentence whose meeting is the setting of the reception ("received the proposal … at talks in Seoul", "during talks"),
 * however the parser hangs that phrase.
 */
function isReacting(view: View, m: ActorMention, tokens: readonly number[]): boolean {
  let t = headOf(view, m);
  while (view.deps[t]?.deprel === 'conj') t = view.deps[t]?.head ?? -1;
  const verb = view.deps[t]?.head ?? -1;
  if (!view.deps[t]?.deprel.startsWith('nsubj') || !tokens.includes(verb) || !meetingWords()['reaction-verb'].has(view.pos[verb]?.lemma ?? '')) return false;
  const object = tokens.find((c) => view.deps[c]?.head === verb && view.deps[c]?.deprel === 'obj');
  if (object === undefined || view.mentionAt[object] || view.pos[object]?.upos === 'PRON') return false;
  if (meetingWords()['contact-object'].has(view.pos[object]?.lemma ?? '')) return false;
  if (tokens.some((i) => i !== verb && isMeetingWordAt(view, i) && isSetting(view, i, tokens))) return false;
  return ![...phraseTokens(view, object, tokens)].some((c) => view.deps[c]?.deprel === 'case' && meetingWords()['partner-marker'].has(view.words[c] ?? '') && view.mentionAt[view.deps[c]?.head ?? -1] !== undefined);
}

/** Whether meeting word `at` is marked as a setting ("at talks", "during talks"), not a thing ("the outcome of the talks"). */
function isSetting(view: View, at: number, tokens: readonly number[]): boolean {
  return tokens.some((c) => view.deps[c]?.head === at && view.deps[c]?.deprel === 'case' && meetingWords()['setting-marker'].has(view.words[c] ?? ''));
}

/** The tokens of sentence `tokens` under `head` (itself included). */
function phraseTokens(view: View, head: number, tokens: readonly number[]): Set<number> {
  const inside = new Set([head]);
  for (let grown = true; grown;) {
    grown = false;
    for (const c of tokens) if (!inside.has(c) && inside.has(view.deps[c]?.head ?? -1)) { inside.add(c); grown = true; }
  }
  return inside;
}

function canTakePart(m: ActorMention): boolean {
  if (!m.code || m.members?.length || m.kind === 'capital' || m.kind === 'place') return false;
  return m.kind === 'person' || m.kind === 'country' || m.code === 'IGO' || m.sector === 'GOV';
}

/**
 * True when sentence `sent` is at or after the meeting's sentence and within the passage it speaks for:
 * the whole article for a readout, a few sentences for a call a speech tells of in passing (`speeches.ts`).
 */
export function holdsAt(p: Participants, sent: number): boolean {
  return sent >= p.sent && (p.lastSent === undefined || sent <= p.lastSent);
}

/** Hyphens that join names into one compound ("U.S.-Japan"). */
const HYPHENS = new Set(['-', '–', '‑']);

/**
 * A country or body joined by a hyphen to another name ("the Dominican Republic-Central America-United States
 * Free Trade Agreement", "the U.S.-ROK alliance") names a thing, not a party to the meeting; a compound
 * that names the meeting itself ("the U.S.-China talks") still gives its parties.
 */
function namesCompound(view: View, m: ActorMention): boolean {
  const joined = (h: number): boolean => HYPHENS.has(view.texts[h] ?? '') && view.spans[h - 1]?.end === view.spans[h]?.start && view.spans[h]?.end === view.spans[h + 1]?.start;
  const [first, last] = m.tokens;
  // People's names have hyphens of their own ("Liis Lipre-Järma", "Kassym-Jomart Tokayev").
  if (m.kind === 'person' || (!joined(last) && !joined(first - 1))) return false;
  let end = last;
  while (joined(end)) end = view.mentionAt[end + 1]?.tokens[1] ?? end + 2;
  for (let t = end; t < end + 4 && view.sents[t] === view.sents[first]; t++) if (isMeetingWord(view.words[t] ?? '')) return false;
  return true;
}

/** True when the title or the lead calls the article a joint statement. */
export function isJointStatement(view: View, title: string | undefined): boolean {
  const firstSent = view.sents[0] ?? 0;
  // A loop, not a per-call `filter` closure, which loses its optimised code at each full collection (#13).
  const lead: string[] = [];
  for (let i = 0; i < view.words.length; i++) if ((view.sents[i] ?? 0) < firstSent + LEAD_SENTENCES) lead.push(view.words[i]);
  return JOINT_STATEMENT.test(title ?? '') || JOINT_STATEMENT.test(lead.join(' '));
}

/** One mention per party: the people (or offices) who met when two are named, else every party. */
function partiesOf(candidates: readonly ActorMention[]): ActorMention[] {
  const parties = new Map<string, ActorMention>();
  for (const m of candidates) {
    const key = partyKey(m);
    const known = parties.get(key);
    // One party per country; a person stands for it better than the country's name.
    if (!known || (known.kind !== 'person' && m.kind === 'person')) parties.set(key, m);
  }
  // Countries count only when fewer than two people are named ("discussed sanctions pressure on
  // Russia" names a topic, not a party).
  const people = [...parties.values()].filter((m) => m.kind === 'person' || (m.sector === 'GOV' && m.kind !== 'country'));
  return people.length >= 2 ? people : [...parties.values()];
}

/** With one party named, the publisher's own principal is the other. */
function withPrincipal(members: ActorMention[], publisher: Publisher | undefined, kb: ActorKb, day: string | undefined, view: View): { members: ActorMention[]; added?: ActorMention } {
  const [only] = members;
  if (members.length !== 1 || !only || !publisher || partyKey(only) === publisher.code) return { members };
  const added = principalOf(kb, publisher, day, view, only.tokens);
  return added ? { members: [added, only], added } : { members };
}

/** Meeting words of a visit, whose place is the host. */
const VISITS = new Set(['visit', 'visited']);

/**
 * "Foreign policy adviser to the German Chancellor Jens Plötner and diplomatic adviser to the President of
 * France Emmanuel Bonne visited Kyiv": a lead that names only the visitors to the site's own country or capital
 * leaves out the host, the site's principal, who is a party of what the sides then do.
 */
function withHost(members: ActorMention[], word: string, sent: number, mentions: readonly ActorMention[], publisher: Publisher | undefined, kb: ActorKb, day: string | undefined, view: View): { members: ActorMention[]; added?: ActorMention } {
  if (!publisher || !VISITS.has(word) || members.length < 2 || members.some((m) => partyKey(m) === publisher.code)) return { members };
  const place = mentions.find((m) => view.sents[m.tokens[0]] === sent && (m.kind === 'capital' || m.kind === 'country') && m.code === publisher.code);
  const added = place && principalOf(kb, publisher, day, view, place.tokens);
  return added ? { members: [added, ...members], added } : { members };
}

/**
 * The tokens of one sentence, in order. A loop, not `flatMap` with an array per token: this runs
 * over every token of the document for each lead sentence, at a tenth of the stage's CPU (#13).
 */
function tokensOf(view: View, sent: number): number[] {
  const tokens: number[] = [];
  for (let i = 0; i < view.sents.length; i++) if (view.sents[i] === sent) tokens.push(i);
  return tokens;
}

/** Whether token `i` names a meeting (or a call that is one). */
function isMeetingWordAt(view: View, i: number): boolean {
  return (isMeetingWord(view.words[i] ?? '') || isRemoteConference(view, i)) && (view.words[i] !== 'called' || isCall(view, i));
}

/** Every token of `tokens` that names a meeting. */
function meetingWordsAt(view: View, tokens: readonly number[]): number[] {
  const out: number[] = [];
  for (const i of tokens) if (isMeetingWordAt(view, i)) out.push(i);
  return out;
}

/** The first token that names a meeting (or a call that is one). */
function meetingWordAt(view: View, tokens: readonly number[]): number | undefined {
  for (const i of tokens) if (isMeetingWordAt(view, i)) return i;
  return undefined;
}

export function findParticipants(view: View, mentions: readonly ActorMention[], publisher: Publisher | undefined, kb: ActorKb, day: string | undefined, title?: string): Participants | undefined {
  const firstSent = view.sents[0] ?? 0;
  const joint = isJointStatement(view, title);
  for (let sent = firstSent; sent < firstSent + LEAD_SENTENCES; sent++) {
    const found = meetingIn(view, mentions, publisher, kb, day, sent, joint);
    if (found) return found;
  }
  return undefined;
}

/**
 * Relations a walk from a mention up to the meeting's phrase may pass and still name the same party: a list ("Bush and
 * Gorbachev"), an apposition or name ("the Soviet leader, Mikhail Gorbachev"), a nationality ("Soviet officials").
 */
const SAME_PARTY = new Set(['conj', 'appos', 'flat', 'flat:name', 'compound', 'amod']);

/**
 * How the meeting sentence names mention `m` as one of its parties, or undefined when it does not: the subject of the
 * meeting verb or of the verb that holds the meeting noun ("Bush and Gorbachev met", "Baker held talks with"), its
 * object ("met Shevardnadze"; not "discussed Japan's surplus"), a "with"/"between"/"to" phrase ("talks between Iran
 * and Iraq"), a "by" agent of the meeting word ("a summit hosted by"), or the meeting noun's owner or modifier ("Bush's
 * talks", "Soviet-American talks"). On the way up only a list, apposition, name, nationality or a title's "of"/"from"
 * phrase is passed: a country inside a topic ("talks on Iraq"), a place ("met in Geneva") or an owner inside another
 * phrase ("Japan's trade surplus") is no party (#12, wire stories).
 */
function namedAs(view: View, m: ActorMention, at: number, clause: number): string | undefined {
  const heads = [at, clause];
  let t = headOf(view, m);
  for (let steps = 0; steps < 12 && t >= 0 && !heads.includes(view.deps[t]?.head ?? -1); steps++) {
    const rel = view.deps[t]?.deprel ?? '';
    const marker = view.deps.findIndex((c) => c.head === t && c.deprel === 'case');
    if (!SAME_PARTY.has(rel) && !((rel === 'nmod' || rel === 'obl') && meetingWords()['own-marker'].has(view.words[marker] ?? ''))) return undefined;
    t = view.deps[t]?.head ?? -1;
  }
  const d = view.deps[t];
  if (!d || !heads.includes(d.head) || view.sents[t] !== view.sents[at]) return undefined;
  const rel = d.deprel;
  if (rel.startsWith('nsubj')) return d.head === clause || d.head === at ? 'subject' : undefined;
  if (rel === 'obj' || rel === 'iobj') return meetingWords()['topic-object'].has(view.words[d.head] ?? '') ? undefined : 'object';
  if (rel === 'obl:agent' || rel === 'nmod:agent') return 'agent';
  if (d.head === at && (rel === 'nmod:poss' || rel === 'amod' || rel === 'compound')) return 'owner';
  if (rel !== 'obl' && rel !== 'nmod') return undefined;
  const caseAt = view.deps.findIndex((c) => c.head === t && c.deprel === 'case');
  // A phrase with no preposition is an object the parser hung as an oblique ("after meeting U.S., Japanese, and
  // Canadian trade ministers").
  if (caseAt < 0) return meetingWords()['topic-object'].has(view.words[d.head] ?? '') ? undefined : 'object';
  const marker = view.words[caseAt] ?? '';
  if (meetingWords()['member-marker'].has(marker)) return `"${marker}" phrase`;
  return marker === 'by' ? 'agent' : undefined;
}

/**
 * Whether mention `m` stands in the closing source of a report that tells the meeting: "European Community trade experts
 * will meet in Brussels …, British Prime Minister Margaret Thatcher said" (training wire reuters-15741) names who said
 * it, not a party of it, wherever the parser hung the source's words (deps/closing-source.ts; #12). A speaker who is a
 * party is named in the report too ("Bush will meet Gorbachev in Malta, Bush said").
 */
function isReportSource(view: View, m: ActorMention, at: number): boolean {
  const closing = reportingSourceAround(sourceTokensOf(view), view.pack.speechVerbs, m.tokens[0], m.tokens[1]);
  return closing !== undefined && at < closing.source[0] && !mayBeOneOfSubject(view, m, at);
}

/**
 * Whether the meeting's subject, a common noun, may include the speaker `m`: its head noun names the speaker too ("NATO
 * defence ministers met …, German Defence Minister Boris Pistorius told reporters": he is one of the ministers who met,
 * review rv-c #7), unlike "European Community trade experts will meet …, British Prime Minister Margaret Thatcher said".
 */
function mayBeOneOfSubject(view: View, m: ActorMention, at: number): boolean {
  const subj = subjectTokenOf(view, meetingClause(view, at));
  if (subj === undefined || view.pos[subj]?.upos !== 'NOUN') return false;
  const lemma = view.pos[subj].lemma.toLowerCase();
  for (let t = m.tokens[0]; t < m.tokens[1]; t++) if (view.pos[t]?.lemma.toLowerCase() === lemma) return true;
  return false;
}

/** Whether mention `m` is the object of meeting word `at` ("hosted Hamas leaders"), through a list or a nationality only. */
function isObjectOf(view: View, m: ActorMention, at: number): boolean {
  let t = headOf(view, m);
  for (let steps = 0; steps < 12 && t >= 0 && view.deps[t]?.head !== at && SAME_PARTY.has(view.deps[t]?.deprel ?? ''); steps++) t = view.deps[t]?.head ?? -1;
  return view.deps[t]?.head === at && view.deps[t]?.deprel === 'obj';
}

/** The clause whose subject held the meeting: the meeting verb's own, a meeting noun's verb ("held talks"), a listed verb's first ("arrived and met"). */
function meetingClause(view: View, at: number): number {
  if (subjectTokenOf(view, at) !== undefined) return at;
  const rel = view.deps[at]?.deprel ?? '';
  return NOUN_SLOTS.has(rel) || rel === 'conj' ? view.deps[at]?.head ?? at : at;
}

/** The meeting or call sentence `sent` reports and its parties (two or more), if it reports one. */
function meetingIn(view: View, mentions: readonly ActorMention[], publisher: Publisher | undefined, kb: ActorKb, day: string | undefined, sent: number, joint: boolean): Participants | undefined {
  const firstSent = view.sents[0] ?? 0;
  const tokens = tokensOf(view, sent);
  const at = meetingWordAt(view, tokens);
  const word = (at !== undefined ? view.words[at] : undefined) ?? (joint ? 'joint statement' : undefined);
  if (!word) return undefined;
  const candidates = mentions.filter((m) => view.sents[m.tokens[0]] === sent && canTakePart(m) && !namesCompound(view, m) && !isTarget(view, m, tokens) && !isReacting(view, m, tokens)
    && !(at !== undefined && isReportSource(view, m, at)));
  // In a story no side published (wire, BBC): the parties the meeting's own phrases name (`namedAs`), when they are two.
  // Not in a side's own readout, whose lead names its partner in its own ways (there training readouts lost 12 found
  // and gained 17 false; session 54, ev-meetside).
  // Every meeting word of the sentence names its own ("Chile and Peru met at the Chile-Peru-Brazil talks", "spoke with
  // Seoul, hosted by Pyongyang").
  const clause = at === undefined ? undefined : meetingClause(view, at);
  // Guests: the meeting's object names its other side, though one that is no party (`canTakePart`). "Qatar hosted Hamas
  // leaders on Monday to negotiate with Israel" met the Hamas leaders; Israel, the partner of the guests' own talks, is
  // no party of Qatar's (session 57 ev-review's leftover, #12), nor when those talks are a meeting word of their own
  // ("Egypt hosted Hamas officials in Cairo for talks with Israel", whose parser hangs "with Israel" on "hosted"): only
  // the host, as subject, and its guests name the host's meeting (review rv-c #6).
  const guested = at !== undefined && mentions.some((m) => view.sents[m.tokens[0]] === sent && !canTakePart(m) && m.kind !== 'place' && m.kind !== 'capital' && isObjectOf(view, m, at));
  const words = guested && at !== undefined ? [at] : meetingWordsAt(view, tokens);
  const howNamed = (m: ActorMention): string | undefined => {
    for (const w of words) {
      const how = namedAs(view, m, w, meetingClause(view, w));
      if (how && !(guested && how.endsWith('phrase'))) return how;
    }
    return undefined;
  };
  const named = at === undefined || clause === undefined || publisher ? [] : candidates.filter((m) => !isTopic(view, m, tokens) && howNamed(m) !== undefined);
  const byPhrase: { members: ActorMention[]; added?: ActorMention } = { members: partiesOf(named) };
  // Else a country named only in what the meeting was about is no party, while two parties remain.
  const met = byPhrase.members.length >= 2 ? byPhrase : withPrincipal(partiesOf(candidates.filter((m) => !isTopic(view, m, tokens))), publisher, kb, day, view);
  // With guests, in a story no side published, the host's parties are only those its own phrases name: a country named
  // anywhere else in the sentence is no party ("Egypt hosted rebel commanders in Cairo for talks with Sudan").
  const found = guested && !publisher ? byPhrase : met.members.length >= 2 || guested ? met : withPrincipal(partiesOf(candidates), publisher, kb, day, view);
  const { members, added } = found.added ? found : withHost(found.members, word, sent, mentions, publisher, kb, day, view);
  if (members.length < 2) return undefined;
  // Each party's place in the meeting's phrases, when they named the parties ("Bush: subject; Gorbachev: \"with\" phrase").
  const how = met === byPhrase && at !== undefined && clause !== undefined
    ? members.map((m) => `${m.name}: ${howNamed(m) ?? '-'}`).join('; ') : undefined;
  const fields = { word, sent: sent + 1 - firstSent, names: members.map((m) => m.name).join(', '), ...(how ? { named: how } : {}) };
  return { members, sent, reason: added && publisher ? reason('discourse/meeting-principal', { ...fields, name: added.name, site: publisher.site }) : reason('discourse/meeting', fields) };
}

/** Relations of a meeting noun to the verb whose subject held it ("I had a phone conversation with", "we held talks"). */
const NOUN_SLOTS = new Set(['obj', 'obl', 'xcomp']);
/** Subject pronouns a speech tells its speaker's own calls in ("Today I spoke with", "We hosted"). */
const FIRST_PERSON = new Set(['i', 'we']);

function subjectTokenOf(view: View, verb: number): number | undefined {
  const k = view.deps.findIndex((d, i) => d.head === verb && d.deprel.startsWith('nsubj') && view.sents[i] === view.sents[verb]);
  return k < 0 ? undefined : k;
}

/**
 * True when token `t` hangs from the meeting word or its clause (`heads`) by an object or a "with"/"to" phrase
 * ("spoke with Emmanuel Macron", "a conversation with Chancellor of Germany Olaf Scholz", "met Macron and Scholz"),
 * not by the topic ("about Putin's nuclear threats") or anything else. A parse that hangs a title's "of" phrase from
 * the verb ("met with President | of the European Parliament Roberta Metsola") continues the partner phrase before it.
 */
function isPartner(view: View, t: number, heads: readonly number[], depth = 0): boolean {
  let edge = t;
  for (let steps = 0; steps < 12 && edge >= 0 && !heads.includes(view.deps[edge]?.head ?? -1); steps++) edge = view.deps[edge]?.head ?? -1;
  const d = view.deps[edge];
  if (!d || !heads.includes(d.head)) return false;
  if (d.deprel === 'obj' || d.deprel === 'iobj') return true;
  if (d.deprel !== 'obl' && d.deprel !== 'nmod') return false;
  const marker = view.deps.findIndex((c) => c.head === edge && c.deprel === 'case');
  if (meetingWords()['partner-marker'].has(view.words[marker] ?? '')) return true;
  return view.words[marker] === 'of' && depth < 2 && view.sents[marker - 1] === view.sents[marker] && isPartner(view, marker - 1, heads, depth + 1);
}

/**
 * The call the site's own speaker tells of in sentence `sent`: a meeting word whose subject is "I"/"we" or a mention
 * of the site's own country or principal (a speech tells its speaker's calls in the first person), with the people or
 * bodies of its object or "with"/"to" phrases for partners. A foreign subject's "negotiations" or "visit" ("Putin again
 * rejected any negotiations", "Lukashenko hosted Russian troops") is that actor's act, no call of the speaker; a person
 * named in the topic ("spoke with Emmanuel Macron about Putin's nuclear threats") is no partner; and a country named bare
 * is none either: a speech names countries as places and doers ("Our delegation returned from Belarus, from
 * negotiations"), and its calls by the people or bodies met.
 */
function speakerCallIn(view: View, mentions: readonly ActorMention[], publisher: Publisher, kb: ActorKb, day: string | undefined, sent: number): Participants | undefined {
  const tokens = tokensOf(view, sent);
  const at = meetingWordAt(view, tokens);
  if (at === undefined) return undefined;
  const clause = subjectTokenOf(view, at) === undefined && NOUN_SLOTS.has(view.deps[at]?.deprel ?? '') ? view.deps[at]?.head ?? at : at;
  const subject = subjectTokenOf(view, clause);
  if (subject === undefined) return undefined;
  const own = view.mentionAt[subject];
  const speaker = FIRST_PERSON.has(view.words[subject] ?? '') ? principalOf(kb, publisher, day, view, [subject, subject + 1])
    : own && partyKey(own) === publisher.code && canTakePart(own) ? own : undefined;
  if (!speaker) return undefined;
  const partners = partiesOf(mentions.filter((m) => view.sents[m.tokens[0]] === sent && canTakePart(m) && m.kind !== 'country' && partyKey(m) !== publisher.code
    && !namesCompound(view, m) && !isTopic(view, m, tokens) && !isTarget(view, m, tokens) && isPartner(view, headOf(view, m), [at, clause])));
  if (!partners.length) return undefined;
  const members = [speaker, ...partners];
  const fields = { word: view.words[at] ?? '', sent: sent + 1 - (view.sents[0] ?? 0), names: members.map((m) => m.name).join(', ') };
  return { members, sent, reason: speaker === own ? reason('discourse/meeting', fields) : reason('discourse/meeting-principal', { ...fields, name: speaker.name, site: publisher.site }) };
}

/**
 * The calls and meetings of the site's own principal that a speech tells of after its lead ("In the afternoon I
 * met with President of the European Parliament Roberta Metsola. … I am grateful to her for this important
 * visit"): each holds for its own passage (`speeches.ts`), as the lead's call does. Only the speaker's own calls
 * (`speakerCallIn`): a speech's account of others' talks ("Russia and Belarus held talks") is none. `after` is the
 * lead meeting's sentence (none: every sentence).
 */
export function laterMeetings(view: View, mentions: readonly ActorMention[], publisher: Publisher | undefined, kb: ActorKb, day: string | undefined, after: number | undefined): Participants[] {
  if (!publisher) return [];
  const out: Participants[] = [];
  const last = view.sents[view.sents.length - 1] ?? -1;
  for (let sent = (after ?? (view.sents[0] ?? 0) - 1) + 1; sent <= last; sent++) {
    const found = speakerCallIn(view, mentions, publisher, kb, day, sent);
    if (found) out.push(found);
  }
  return out;
}

/**
 * The meeting that speaks for sentence `sent`: the latest of a speech's later meetings whose passage holds there,
 * else the article's own meeting.
 */
export function meetingAt(layer: { readonly participants?: Participants; readonly passages?: readonly Participants[] } | undefined, sent: number): Participants | undefined {
  const later = layer?.passages?.findLast((p) => holdsAt(p, sent));
  return later ?? layer?.participants;
}
