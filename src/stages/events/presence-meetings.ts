/**
 * A party's presence somewhere for talks, told as the meeting itself: "De Croo, in Washington for talks with
 * Administration officials …, said", "Yeutter, in New Zealand for informal GATT ministerial talks, told Reuters",
 * "Aqazadeh is in the United Arab Emirates to discuss oil prices". The wire gold codes each as CONSULT of the party
 * present with its partners (#12: travel told as the meeting). No verb reads these: the phrase hangs on a name or on a
 * copular "is in …", and the infinitive is a purpose, which `events/infinitive` rightly turns down on its own.
 *
 * Two shapes: a name set off with its place and a talks noun ("X, in Washington for talks with Y,"), and a copular
 * presence with a purpose infinitive of talk ("X is in the UAE to discuss …"). The place must be a proper name. The
 * partners are the talks' "with" phrases; else the body owning the talks ("GATT ministerial talks"); else the place,
 * when it is an actor (a country). Limits: a copular presence with a talks noun ("An Argentine mission is now in the
 * U.S. for talks with 11 banks") is left out, as its held-out measure gained a false event and no item (session 37).
 */
import { reason } from '../../lang/reason.js';
import type { RuntimeLexicon } from './lexicon.js';
import type { NominalMeeting } from './nominal-meetings.js';
import { ruleWords } from './rule-words.js';
import { childBy, childrenBy, markerOf, type Tree } from './tree.js';
import { nounCode, type TriggerMatch } from './triggers.js';

/** Prepositions (word forms) that put a party in a place ("in Washington"). */
const PRESENCE = ruleWords('presence-marker');
/** Prepositions (word forms) that give the purpose of a presence ("for talks"). */
const PURPOSE = ruleWords('presence-purpose');
/** Verbs (lemmas) whose purpose infinitive on a presence is talks ("is in the UAE to discuss oil prices"). */
const TALK_VERBS = ruleWords('presence-talk-verb');
/** Modifiers that make the talks a prospect ("in future credit talks with the IMF"). */
const PROSPECTIVE = ruleWords('prospective');
/** Relations by which a place phrase describes the name it follows ("De Croo, in Washington"). */
const DESCRIBING: ReadonlySet<string> = new Set(['nmod', 'list', 'appos', 'obl', 'acl']);
/** The code of a consultation named by a verb of talk (CAMEO 040, Consult). */
const CONSULT = '040';

const lower = (text: string | undefined): string => (text ?? '').toLowerCase();

/**
 * Whether token `p` is a place phrase of presence: "in" with a proper name ("in Washington", "in the U.S."); a common
 * noun is a state, not a place ("is in no mood for talks", "in favour of talks with").
 */
function isPresence(tree: Tree, p: number): boolean {
  return p >= 0 && tree.pos[p]?.upos === 'PROPN' && PRESENCE.has(lower(markerOf(tree, p)));
}

/** The party a presence phrase `p` puts in its place: the subject of a copular "is in …", else the name it describes. */
function presentParty(tree: Tree, p: number, hasActor: (head: number) => boolean): number | undefined {
  // The copula only, not `isPredicate`: the subject is read on `p` itself, which after a linking verb hangs on the verb.
  if (childBy(tree, p, 'cop') !== undefined) {
    const subject = childBy(tree, p, 'nsubj');
    return subject !== undefined && hasActor(subject) ? subject : undefined;
  }
  const head = tree.deps[p].head;
  if (head < 0 || !DESCRIBING.has(tree.baseRels[p]) || !['PROPN', 'NOUN'].includes(tree.pos[head]?.upos ?? '')) return undefined;
  return hasActor(head) ? head : undefined;
}

/**
 * The presence and the party of a purpose phrase hung on `h`: `h` the place ("in the U.S. for talks"), or the party
 * itself with its place beside the purpose ("Yeutter, in New Zealand for … talks", as the parser often hangs both).
 */
function presenceOf(tree: Tree, h: number, purpose: number, hasActor: (head: number) => boolean): { readonly place: number; readonly party: number } | undefined {
  if (isPresence(tree, h)) {
    const party = presentParty(tree, h, hasActor);
    return party === undefined ? undefined : { place: h, party };
  }
  if (h < 0 || !hasActor(h) || !['PROPN', 'NOUN'].includes(tree.pos[h]?.upos ?? '')) return undefined;
  const place = tree.children[h].find((c) => c < purpose && DESCRIBING.has(tree.baseRels[c]) && isPresence(tree, c));
  return place === undefined ? undefined : { place, party: h };
}

/** Whom talks at `n` (a noun, or a verb of talk) were with: its "with" phrases, else the body owning the talks, else the place. */
function partnersOf(tree: Tree, n: number, place: number, hasActor: (head: number) => boolean): number[] {
  const withs = [...childrenBy(tree, n, 'nmod', 'obl')].filter((m) => lower(markerOf(tree, m)) === 'with' && hasActor(m));
  if (withs.length) return withs;
  const owner = childrenBy(tree, n, 'compound', 'nmod:poss').filter((m) => tree.pos[m]?.upos === 'PROPN' && hasActor(m));
  if (owner.length) return owner;
  return hasActor(place) ? [place] : [];
}

/** The presences for talks in tokens [first, last); nouns in `used` (read by a verb trigger) are left out. */
export function presenceMeetings(tree: Tree, lexicon: RuntimeLexicon, first: number, last: number, used: ReadonlySet<number>, hasActor: (head: number) => boolean): NominalMeeting[] {
  const out: NominalMeeting[] = [];
  for (let n = first; n < last; n++) {
    if (used.has(n)) continue;
    const upos = tree.pos[n]?.upos;
    const isNoun = upos === 'NOUN' && PURPOSE.has(lower(markerOf(tree, n)));
    const isVerb = upos === 'VERB' && TALK_VERBS.has(tree.lemmas[n]) && lower(markerOf(tree, n)) === 'to' && ['advcl', 'xcomp', 'acl'].includes(tree.baseRels[n]);
    if (!isNoun && !isVerb) continue;
    const code = isNoun ? nounCode(tree, lexicon, n) : CONSULT;
    if (!code?.startsWith('04')) continue;
    const meeting = presenceMeetingAt(tree, n, code, isNoun, hasActor);
    if (meeting) out.push(meeting);
  }
  return out;
}

/**
 * The presence for talks at purpose `n` (a noun or a verb of talk coded `code`), if it has one. Apart from the loop
 * over the tokens: the closures here captured its locals, which made V8 allocate their context on every token before
 * the first test (#13, as session 60 found for the per-token checks).
 */
function presenceMeetingAt(tree: Tree, n: number, code: string, isNoun: boolean, hasActor: (head: number) => boolean): NominalMeeting | undefined {
  if (childrenBy(tree, n, 'amod').some((a) => PROSPECTIVE.has(tree.words[a]))) return undefined;
  const presence = presenceOf(tree, tree.deps[n].head, n, hasActor);
  // A verb of talk is the purpose only of a copular "is in …" ("Aqazadeh is in the UAE to discuss"), not of a name;
  // talks named by a noun, only of a name set off with its place ("De Croo, in Washington for talks with …, said").
  if (!presence || !isNoun !== isPresence(tree, tree.deps[n].head)) return undefined;
  const partners = partnersOf(tree, n, presence.place, hasActor).filter((p) => p !== presence.party);
  if (!partners.length) return undefined;
  const match: TriggerMatch = {
    token: n, tokens: [n, n + 1], code, kind: isNoun ? 'noun' : 'verb', ...(isNoun ? { noun: n } : {}),
    reason: reason('events/trigger-presence-meeting', { place: tree.words[presence.place], purpose: tree.words[n], party: tree.words[presence.party] }),
  };
  return { match, agent: presence.party, partners };
}
