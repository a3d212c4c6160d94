import { loadKb, type ActorKb } from '../actors/kb.js';
import type { ActorMention } from '../actors/types.js';
import { CLAUSE_RELS, childBy, childrenBy, conjuncts, isPlaceCountry, walk, type Tree } from './tree.js';
import { isTimePhrase } from './frames.js';
import { hyphenedSides } from './hyphen-sides.js';
import { listedAppositions } from './listed-appositions.js';
import { personBodies } from './person-bodies.js';
import { armedSectors } from './rivalry-senses.js';
import { ruleWords } from './rule-words.js';
import type { PersonBodies } from './sides.js';
import type { EventParticipant } from './types.js';

/** Finds the actor mentions that fill an event's roles. */
export interface ActorIndex {
  /** The mention covering token `i`, if any. */
  at(i: number): ActorMention | undefined;
  /** A mention expanded to its members for group mentions ("the two presidents", "the sides"). */
  expand(mention: ActorMention): EventParticipant[];
  /**
   * The party, union or group each person of the document speaks for, by actor id, for sides.ts; kept here, inside the
   * stage, rather than on participants, which the stage stores and the API serves.
   */
  readonly bodies: PersonBodies;
}

/** Index the actors layer by token. Group members resolve through other mentions of the same actor. */
export function indexActors(mentions: readonly ActorMention[], tokenCount: number): ActorIndex {
  const byToken = new Array<ActorMention | undefined>(tokenCount);
  const byId = new Map<string, ActorMention>();
  for (const m of mentions) {
    for (let t = m.tokens[0]; t < m.tokens[1] && t < tokenCount; t++) byToken[t] ??= m;
    if (!m.members?.length && !byId.has(m.actorId)) byId.set(m.actorId, m);
  }
  return new TokenActors(byToken, byId, personBodies(mentions));
}

/**
 * The index's methods live on a class, not on closures made per document: in a worker, full collections threw
 * away the optimised code of each document's `at` and V8 compiled it again (#13).
 */
class TokenActors implements ActorIndex {
  constructor(private readonly byToken: readonly (ActorMention | undefined)[], private readonly byId: ReadonlyMap<string, ActorMention>, readonly bodies: PersonBodies) {}

  at(i: number): ActorMention | undefined {
    return this.byToken[i];
  }

  expand(mention: ActorMention): EventParticipant[] {
    if (!mention.members?.length) return [participant(mention)];
    return mention.members.map((id) => {
      const known = this.byId.get(id) ?? mention.parts?.find((p) => p.actorId === id);
      return {
        ...participant(mention),
        actorId: id,
        name: known?.name ?? id,
        ...(known?.code ? { code: known.code } : {}),
        ...(known?.sector ? { sector: known.sector } : {}),
      };
    });
  }
}

function participant(m: ActorMention): EventParticipant {
  return {
    start: m.start, end: m.end, tokens: m.tokens, actorId: m.actorId, name: m.name,
    ...(m.code ? { code: m.code } : {}),
    ...(m.sector ? { sector: m.sector } : {}),
  };
}

let kb: ActorKb | undefined;

/**
 * The country a nationality adjective names, from the actors knowledge base. The base is loaded
 * once per process (`loadAsset` caches it by path), so it is kept here instead of looked up by
 * path at every adjective.
 */
export const kbCountry = (adjective: string): string | undefined => (kb ??= loadKb()).adjective(adjective);

/** Relations through which a phrase's head reaches the words that qualify it as an actor. */
const QUALIFIERS = ['compound', 'flat', 'amod', 'nmod:poss', 'appos', 'nmod'];

/**
 * Whether `token` qualifies its head as an actor. A prepositional modifier needs its preposition:
 * one without ("fighting on two fronts …, Tehran's news agency said", the reporter hung on the last
 * noun) is a misparse, not part of the phrase.
 */
function isQualifier(tree: Tree, token: number): boolean {
  // "the convoys since Hamas's attack": a time phrase dates the thing, it does not say whose it is.
  return QUALIFIERS.includes(tree.deps[token].deprel) && !isUnmarkedNmod(tree, token) && !isTimePhrase(tree, token);
}

function isUnmarkedNmod(tree: Tree, token: number): boolean {
  return tree.deps[token].deprel === 'nmod' && childBy(tree, token, 'case') === undefined;
}

/**
 * The actors a noun phrase names. Each conjunct ("Putin and Macron") is one actor: the mention at
 * its head, else the first mention among its qualifiers ("Russian forces", "the leaders of Iran").
 * Prepositional modifiers of a named actor ("Putin of Russia") add nothing.
 */
export function actorsOfPhrase(tree: Tree, actors: ActorIndex, head: number, countryOf: (adjective: string) => string | undefined = kbCountry): EventParticipant[] {
  // Conjuncts and qualifiers all lie under the head: a phrase with no mention there names no one.
  if (!hasActorUnder(tree, actors, head)) return [];
  const out: EventParticipant[] = [];
  for (const c of conjuncts(tree, head)) {
    const own = actors.at(c);
    if (own?.code) { out.push(...actors.expand(own), ...listedAppositions(tree, actors, own), ...strandedConjuncts(tree, actors, own), ...coordinatedModifiers(tree, actors, own, countryOf), ...precedingNationalities(tree, actors, own, countryOf)); continue; }
    const qualifiers: { token: number; m: ActorMention }[] = [];
    for (const { token, depth } of walk(tree, c, [...CLAUSE_RELS, 'conj'], 2)) {
      if (depth === 0 || !isQualifier(tree, depth === 1 ? token : tree.deps[token].head)) continue;
      const m = actors.at(token);
      if (m && !namesAThing(tree, actors, m)) qualifiers.push({ token, m });
    }
    if (own) {
      // A person the knowledge base does not know, named with a title that says the country
      // ("President of the French Republic Emmanuel Macron"): the person, with that country.
      const titled = qualifiers.find(({ m }) => m.code && m.actorId !== own.actorId && !m.members?.length)?.m;
      out.push(...actors.expand(own).map((p) => (titled?.code ? { ...p, code: titled.code } : p)));
      continue;
    }
    if (!qualifiers.length) continue;
    // "leaders of France and Germany", "Russian and Chinese officials": every conjunct of the qualifier.
    for (const q of conjuncts(tree, qualifiers[0].token)) {
      // "The Bank of England and the U.S. Federal Reserve Board": the parser hangs "Board" on "England", and only
      // "U.S. Federal Reserve" in it is a mention; that body or country names the conjunct's side.
      const m = actors.at(q) ?? (q === qualifiers[0].token ? undefined : ownCountry(tree, actors, q));
      if (m) out.push(...hyphenedSides(tree, actors, q).flatMap((side) => actors.expand(side)), ...actors.expand(m));
    }
  }
  return unique(out);
}

/** The country or body named among the compounds and adjectives of a noun that is no mention itself. */
function ownCountry(tree: Tree, actors: ActorIndex, noun: number): ActorMention | undefined {
  for (const rel of ['compound', 'amod']) {
    for (const c of childrenBy(tree, noun, rel)) {
      const m = actors.at(c);
      if (m?.code && (m.kind === 'country' || m.kind === 'org')) return m;
    }
  }
  return undefined;
}

/**
 * Conjuncts the parser hung inside a mention ("The President of France and the Federal Chancellor
 * of Germany": the second attached to "France"): a named conjunct outside the mention joins it.
 */
function strandedConjuncts(tree: Tree, actors: ActorIndex, own: ActorMention): EventParticipant[] {
  const out: EventParticipant[] = [];
  // "President of Ukraine Volodymyr Zelenskyy and President of Poland Andrzej Duda": the title and
  // the name are two mentions of one party, and the parser hangs the conjunct on the name.
  let end = own.tokens[1];
  for (let next = actors.at(end); next && next.code === own.code && next.actorId === own.actorId; next = actors.at(end)) end = next.tokens[1];
  for (let t = own.tokens[0]; t < end; t++) {
    for (const c of childrenBy(tree, t, 'conj')) {
      if ((c >= own.tokens[0] && c < end) || isPlaceCountry(tree, c)) continue;
      const m = actors.at(c);
      if (m && m.actorId !== own.actorId) out.push(...actors.expand(m));
    }
  }
  return out;
}

/**
 * "The U.S. and Afghan leaders", "the Turkish and Greek sides": the mention covers only the last
 * modifier with the noun, and the parser hangs that modifier as a conjunct on the first one. Each
 * other modifier of the coordination is a party of the same kind: the actor it names, or the
 * country of a nationality adjective with the mention's sector.
 */
function coordinatedModifiers(tree: Tree, actors: ActorIndex, own: ActorMention, countryOf: (adjective: string) => string | undefined): EventParticipant[] {
  const inside = (t: number) => t >= own.tokens[0] && t < own.tokens[1];
  const sector = own.sector ? { sector: own.sector } : {};
  const out: EventParticipant[] = [];
  for (let t = own.tokens[0]; t < own.tokens[1]; t++) {
    const first = tree.deps[t].head;
    if (tree.deps[t].deprel !== 'conj' || first < 0 || inside(first) || !inside(tree.deps[first].head)) continue;
    const noun = tree.words[tree.deps[first].head];
    for (const c of conjuncts(tree, first)) {
      if (inside(c)) continue;
      const m = actors.at(c);
      // A bare country ("the U.S. and Afghan leaders") is of the noun's kind: the U.S. leaders.
      if (m) { if (m.code && m.actorId !== own.actorId) out.push(...actors.expand(m).map((p) => (p.sector || m.kind !== 'country' ? p : { ...p, ...sector }))); continue; }
      const code = tree.pos[c]?.upos === 'ADJ' ? countryOf(tree.words[c]) : undefined;
      const at = tree.tokens[c];
      if (code) out.push({ start: at.start, end: at.end, tokens: [c, c + 1], actorId: `nationality:${code}${own.sector ?? ''}`, name: `${tree.words[c]} ${noun}`, code, ...sector });
    }
  }
  return out;
}

/**
 * "Iranian and Iraqi forces", "between Azerbaijani and Armenian troops", "Soviet, British and American negotiators":
 * the mention covers only the last adjective with the noun, and the parser links the adjectives before it in no steady
 * way (both on the noun, the first as a name heading the phrase, a conjunct of the first). Read from the words: each
 * nationality before the mention's own (one word or two: "North Korean and Russian troops"), joined to it by "and" or a
 * comma and in no mention of its own, is a party of the same kind, with the mention's sector. A word before "and" that
 * has a subject or a copula of its own ends a clause ("The tanker was Iranian and Iraqi forces attacked it"): no party.
 * Only armed parties (rivalry-senses.tsv `armed` rows), the two sides of a fight (PLOVER ASSAULT codes both as actors):
 * read for every sector, the extra side of "ADJ and ADJ officials" cost a correct held-out readout event through the learned filter (sessions 48 and 52), and
 * talks already read their nationality sides from "between" (jointParties).
 */
function precedingNationalities(tree: Tree, actors: ActorIndex, own: ActorMention, countryOf: (adjective: string) => string | undefined): EventParticipant[] {
  const first = own.tokens[0];
  const ownAdjective = countryOf(tree.words[first]) ?? countryOf(`${tree.words[first]} ${tree.words[first + 1]}`);
  if (!own.sector || !armedSectors().has(own.sector) || !ownAdjective || tree.words[first - 1] !== 'and') return [];
  const noun = tree.words[own.tokens[1] - 1];
  const out: EventParticipant[] = [];
  for (let t = first - 2; t >= 0;) {
    const found = nationalityEndingAt(tree, actors, t, countryOf);
    if (!found || childBy(tree, t, 'nsubj') !== undefined || childBy(tree, t, 'cop') !== undefined) break;
    const { code, from } = found;
    const words = tree.words.slice(from, t + 1).join(' ');
    out.push({ start: tree.tokens[from].start, end: tree.tokens[t].end, tokens: [from, t + 1], actorId: `nationality:${code}${own.sector}`, name: `${words} ${noun}`, code, sector: own.sector });
    if (tree.words[from - 1] !== ',') break;
    t = from - 2;
  }
  return out;
}

/**
 * The nationality whose last word is token `t` and that no mention covers: two words when the knowledge base's
 * adjectives have them ("North Korean", "South Korean": "Korean" alone names no one country), else one.
 */
function nationalityEndingAt(tree: Tree, actors: ActorIndex, t: number, countryOf: (adjective: string) => string | undefined): { code: string; from: number } | undefined {
  if (actors.at(t)) return undefined;
  const two = t > 0 && !actors.at(t - 1) ? countryOf(`${tree.words[t - 1]} ${tree.words[t]}`) : undefined;
  if (two) return { code: two, from: t - 1 };
  const one = countryOf(tree.words[t]);
  return one ? { code: one, from: t } : undefined;
}

/**
 * The first actors found breadth-first under `head` within `maxDepth`, staying inside the phrase
 * (clauses are not entered), that `accept` lets through: the fallback for recipients named deep
 * in an object ("called for a cessation of hostilities and an intra-Libyan dialogue").
 */
export function firstActorsUnder(tree: Tree, actors: ActorIndex, head: number, maxDepth: number, accept: (p: EventParticipant) => boolean = () => true): EventParticipant[] {
  // Most arguments searched hold no mention at all: their subtree need not be walked.
  if (!hasActorUnder(tree, actors, head)) return [];
  for (const { token } of walk(tree, head, CLAUSE_RELS, maxDepth)) {
    const m = actors.at(token);
    if (!m || namesAThing(tree, actors, m)) continue;
    const head = headOfMention(tree, m, token);
    if (isUnmarkedNmod(tree, head)) continue;
    const found = actorsOfPhrase(tree, actors, head).filter(accept);
    if (found.length) return found;
  }
  return [];
}

/**
 * The marks of `hasActorUnder` for the last document asked about, in one buffer kept across
 * documents: a new `Uint8Array` per document was an `ArrayBuffer` of its own (#13).
 */
const actorsBelow: { actors?: ActorIndex; tree?: Tree; count: number; marks: Uint8Array } = { count: 0, marks: new Uint8Array(1024) };

/**
 * Whether a token of the subtree of `head` (itself included) is in an actor mention. Each mention's
 * tokens mark their ancestors once per document; a walk up stops at a token already marked, whose
 * own ancestors are then marked too.
 */
function hasActorUnder(tree: Tree, actors: ActorIndex, head: number): boolean {
  const known = actorsBelow;
  if (known.actors !== actors || known.tree !== tree) {
    const n = tree.tokens.length;
    if (known.marks.length < n) known.marks = new Uint8Array(Math.max(n, 2 * known.marks.length));
    const marks = known.marks;
    marks.fill(0, 0, n);
    for (let t = 0; t < n; t++) {
      if (actors.at(t) === undefined) continue;
      for (let v = t, hops = 0; v >= 0 && v < n && !marks[v] && hops < n; v = tree.deps[v]?.head ?? -1, hops++) marks[v] = 1;
    }
    known.actors = actors;
    known.tree = tree;
    known.count = n;
  }
  return head >= 0 && head < known.count && known.marks[head] === 1;
}

/**
 * A city or place that only names a thing ("the 2015 Minsk agreements", "the Geneva talks"): a
 * compound modifier of a noun that is no actor. It locates or names the thing; it does not take part.
 */
export function namesAThing(tree: Tree, actors: ActorIndex, m: ActorMention): boolean {
  if (m.kind !== 'capital' && m.kind !== 'place') return false;
  const head = headOfMention(tree, m, m.tokens[0]);
  const modified = tree.deps[head]?.head ?? -1;
  return tree.deps[head]?.deprel === 'compound' && modified >= 0 && actors.at(modified) === undefined
    && !STRETCHES.has(tree.lemmas[modified]?.toLowerCase() ?? '');
}

/**
 * Nouns of a stretch of time (rule-words `duration-noun`): "will visit Colombo next month", "will visit Washington next
 * month" are parsed with the city a compound of "month", the object, yet no time is named by a city: the city is the
 * verb's own object (training wire gold AGREE IGO -> LKA, JPN -> USA; #12 wrong participants).
 */
const STRETCHES = ruleWords('duration-noun');

/** The token of a mention whose head lies outside it (the mention's syntactic head). */
export function headOfMention(tree: Tree, m: Pick<ActorMention, 'tokens'>, fallback: number): number {
  for (let t = m.tokens[0]; t < m.tokens[1]; t++) {
    const h = tree.deps[t]?.head ?? -1;
    if (h < m.tokens[0] || h >= m.tokens[1]) return t;
  }
  return fallback;
}

/** Remove repeats of one actor, keeping the first mention. */
export function unique(list: readonly EventParticipant[]): EventParticipant[] {
  const seen = new Set<string>();
  return list.filter((p) => (seen.has(p.actorId) ? false : (seen.add(p.actorId), true)));
}

/** The possessor of a noun ("Putin's invitation"), as actors. */
export function possessorOf(tree: Tree, actors: ActorIndex, noun: number): EventParticipant[] {
  const poss = childrenBy(tree, noun, 'nmod:poss')[0];
  return poss === undefined ? [] : actorsOfPhrase(tree, actors, poss);
}

/** Prefixes that make a nationality adjective name the parties inside that country ("intra-Libyan dialogue"). */
const INTERNAL = /^(?:intra|inner)-(.+)$/;

const internalWords = new WeakMap<Tree, boolean>();

/** Whether any word of the document has an "intra-" prefix: most have none, and then no phrase need be walked. */
function hasInternalWord(tree: Tree): boolean {
  let found = internalWords.get(tree);
  if (found === undefined) internalWords.set(tree, (found = tree.words.some(isInternalWord)));
  return found;
}

/** A module-level test, not an arrow made per document, whose optimised code full collections dropped (#13). */
function isInternalWord(word: string): boolean {
  return word.includes('-') && INTERNAL.test(word);
}

/**
 * The parties of one country named by an "intra-" adjective under `head` ("resumption of
 * intra-Libyan dialogue": the Libyan parties), as one participant with the country's code.
 */
export function internalParties(tree: Tree, head: number, maxDepth: number, countryOf: (adjective: string) => string | undefined): EventParticipant[] {
  if (!hasInternalWord(tree)) return [];
  for (const { token } of walk(tree, head, CLAUSE_RELS, maxDepth)) {
    const adjective = INTERNAL.exec(tree.words[token])?.[1];
    const code = adjective === undefined ? undefined : countryOf(adjective);
    if (!code || adjective === undefined) continue;
    const t = tree.tokens[token];
    return [{ start: t.start, end: t.end, tokens: [token, token + 1], actorId: `parties:${code}`, name: `the ${adjective[0].toUpperCase()}${adjective.slice(1)} parties`, code }];
  }
  return [];
}

/** The one word at `t` read as its country `code` ("Russian" → RUS), a party with no actor of its own. */
export function nationalityWord(tree: Tree, t: number, code: string): EventParticipant {
  const token = tree.tokens[t];
  return { start: token.start, end: token.end, tokens: [t, t + 1], actorId: `nationality:${code}`, name: tree.words[t], code };
}

/**
 * The parties tokens [first, end) of a closing source name, each once: the actors there and each nationality adjective
 * no actor stands for (", Iranian and Syrian officials said", which the parser seldom joins as a phrase).
 */
export function sourceParties(tree: Tree, actors: ActorIndex, [first, end]: readonly [number, number]): EventParticipant[] {
  const out: EventParticipant[] = [];
  for (let t = first; t < end; t++) {
    const m = actors.at(t);
    const code = m?.code ? undefined : tree.pos[t]?.upos === 'ADJ' ? kbCountry(tree.words[t]) : undefined;
    const found = m?.code ? actors.expand(m) : code ? [nationalityWord(tree, t, code)] : [];
    out.push(...found.filter((p) => !out.some((o) => o.actorId === p.actorId)));
  }
  return out;
}

/**
 * The parties a "between" phrase names: the actors of its phrase, and each country its conjuncts name by nationality
 * ("Russian", "Ukrainian representatives") that no actor stands for: the side that sat at the table.
 */
export function jointParties(tree: Tree, actors: ActorIndex, between: number): EventParticipant[] {
  const named = actorsOfPhrase(tree, actors, between);
  const national = conjuncts(tree, between).flatMap((c): EventParticipant[] => {
    const own = kbCountry(tree.words[c]);
    return own ? [nationalityWord(tree, c, own)] : nationalityOf(tree, c, kbCountry);
  });
  return [...named, ...national.filter((p) => !named.some((a) => a.code === p.code))];
}

/**
 * The country a nationality adjective on `head` names when the phrase holds no actor mention
 * ("seized Turkish boats", "any Russian incursion"): one participant with that country's code.
 */
export function nationalityOf(tree: Tree, head: number, countryOf: (adjective: string) => string | undefined): EventParticipant[] {
  for (const c of conjuncts(tree, head)) {
    // The adjective may qualify a compound modifier of the head ("an Iranian F-4 Phantom").
    const modifiers = childrenBy(tree, c, 'amod', 'compound');
    for (const mod of [...modifiers, ...modifiers.flatMap((m) => (tree.baseRels[m] === 'compound' ? childrenBy(tree, m, 'amod') : []))]) {
      const found = adjectiveParties(tree, mod, c, countryOf);
      if (found.length) return found;
    }
  }
  return [];
}

/**
 * The countries the nationality adjective `mod` on `head` names with the adjectives coordinated with it ("our Mexican
 * and Canadian partners"): one participant each; none when `mod` is no nationality.
 */
export function adjectiveParties(tree: Tree, mod: number, head: number, countryOf: (adjective: string) => string | undefined): EventParticipant[] {
  if (!countryOf(tree.words[mod])) return [];
  return conjuncts(tree, mod).flatMap((adjective) => {
    const code = countryOf(tree.words[adjective]);
    const t = tree.tokens[adjective];
    return code ? [{ start: t.start, end: t.end, tokens: [adjective, adjective + 1] as const, actorId: `nationality:${code}`, name: `${tree.words[adjective]} (${tree.words[head]})`, code }] : [];
  });
}
