/**
 * Discourse stage: reads the article as a whole to say who its actors are where the actors stage,
 * reading one phrase at a time, cannot.
 *
 * Reads `tokens`, `deps`, `actors` and `places` (for the dateline and the places in each
 * sentence), `quotes` when present (quoted words are not the site's own), the article's source or URL (for the publishing site, `data/publishers.tsv`) and
 * date. Writes `discourse`: the publisher, the participants of the meeting or call the article
 * reports, and mentions that replace or add to the actors layer (merge them with
 * `resolvedActors`).
 * Method: a bare name takes the country the article gives the same actor elsewhere, a bare
 * surname the person named in full before it (`same-actor.ts`), a person the knowledge base lacks the coded title
 * the story calls them by next ("Michael Howard … The Tory leader said": `titled-later.ts`); the first lead sentence with a
 * word of meeting (in a joint statement, any lead sentence: its signatories) and parties of two
 * countries defines the participants (a country named only in what the meeting was about, "to discuss
 * the DPRK's launch", is none while two parties remain); "the parties", "both sides", "the two leaders" and "they" with no plural
 * antecedent are those participants; "he", "his", "him" the most salient person (subject of its
 * own sentence, else of the sentences before); "its" the country last named; "the President"
 * on an official site that site's principal on the article's day, and so is "I" in the site's own
 * (unquoted) words, whose "our country" is the site's country (`first-person.ts`); in an official site's joint
 * statement (its title says so) "we", "us" and "our countries" are the signatories its title names, else the
 * lead's parties when the site's country is one (`signatories.ts`); a bare "the country" the
 * country named last, else the dateline's or main country of the story; a body named bare on an
 * official site ("the Security Council" on kremlin.ru) the site's country's own (`home-bodies.ts`); "the
 * occupiers", "the enemy" on a site at war its country's adversary (`adversaries.ts`). Actors without a country take
 * the title in apposition or the title "… of <government>" right before the name, or the body named right before their
 * title ("central bank general manager Hector Neyra": `body-officer.ts`) (and so do their
 * later mentions), the coded service or international body modifying their noun ("U.S. Navy warships", "an ADB spokesman":
 * `modifier-country.ts`), in a wire story the international body holding a meeting in their sentence or the one
 * before for bare "officials", "delegates" (`meeting-body.ts`), the place in their sentence, the dateline (the dateline layer's place,
 * though a mention covers it) when the story names that country too, else the story's main country.
 * The events stage asks `implicit.ts` who acts in a readout's agentless clauses (finite clauses
 * with no "by" phrase and no quoted speaker, in a side's own readout only; never a noun, nor a
 * verb coordinated with an infinitive or gerund), who a party's
 * position with no recipient is addressed to (the other party), and who takes part in the
 * meeting sentence's consultation (all parties).
 * A speech (its title says so: `speeches.ts`) tells of its calls in passing: each holds for its own passage only.
 * Limits: no gender or number beyond the pronoun's own; one meeting per article; a bare "we" is
 * left alone, and so is first person inside quotation marks (the events stage takes the speaker).
 */
import { defineStage } from '../../core/stage.js';
import { isoDay, loadKb, type ActorKb } from '../actors/kb.js';
import type { ActorMention } from '../actors/types.js';
import '../dateline/types.js';
import '../places/types.js';
import '../quotes/types.js';
import { namedByCountry } from './country-name.js';
import { echoLocated, homeOf, locate, storyOf, withOutlet, type BodiesByNoun } from './context.js';
import type { ManyStatesNouns } from './many-states-later.js';
import { outletHome } from './outlet.js';
import { byFirstToken, coverOf, mergedMentions, overlapsCover } from './merge.js';
import { voiceOf } from './first-person.js';
import { adversaryMentions, loadAdversaries, type Adversary } from './adversaries.js';
import { homeBodies, loadHomeBodies, type HomeBody } from './home-bodies.js';
import { igoOfficials } from './igo-officials.js';
import { findParticipants, isJointStatement, laterMeetings } from './participants.js';
import { loadPublishers, publisherOf } from './publishers.js';
import { resolveReferences } from './refer.js';
import { sameActors } from './same-actor.js';
import { datelineState, loadSharedAcronyms, sharedAcronymOf, sharedAcronyms, type SharedAcronym } from './shared-acronym.js';
import { antecedentsOf } from './same-noun.js';
import { titledLater } from './titled-later.js';
import { inSpeech, speechPassages } from './speeches.js';
import { addresseeOf, isAddressee, loadAddressWords, secondPersons } from './second-person.js';
import { isJointTitle, loadTitleWords, signatoriesOf } from './signatories.js';
import { isRelativeMention } from './relative.js';
import type { Publisher } from './types.js';
import { viewOf } from './view.js';

export interface DiscourseOptions {
  readonly kb?: ActorKb;
  readonly publishers?: readonly Publisher[];
  readonly homeBodies?: readonly HomeBody[];
  readonly adversaries?: readonly Adversary[];
  readonly sharedAcronyms?: ReadonlyMap<string, SharedAcronym>;
}

/**
 * The discourse stage.
 * @example createPipeline([...earlierStages, actors(), places(), discourse(), events()])
 */
export const discourse = (options: DiscourseOptions = {}) =>
  defineStage({
    name: 'discourse',
    assigns: ['discourse'],
    requires: ['tokens', 'deps', 'actors', 'places'],
    optional: ['dateline', 'quotes'],
    run(doc) {
      const kb = options.kb ?? loadKb();
      const publisher = publisherOf(doc.meta, options.publishers ?? loadPublishers());
      const day = isoDay(doc.meta.date) ?? isoDay(doc.layers.dateline?.published) ?? isoDay(doc.layers.dateline?.date);
      // First the actors the article names with a country somewhere and the site's own bodies named
      // bare ("the Security Council" on kremlin.ru), so pronouns, "his country" and the meeting's
      // parties find that country on every mention.
      const first = viewOf(doc);
      const outlet = outletHome(doc.meta, doc.text);
      const bodies = homeBodies(first, doc.layers.actors ?? [], publisher, options.homeBodies ?? loadHomeBodies(), kb);
      // "MANILA - The SEC …": letters another state's body also goes by are the dateline's state's (else, with no
      // dateline, the outlet's), never the main country's, which is often the one the body acts on.
      const shared = options.sharedAcronyms ?? loadSharedAcronyms();
      const acronyms = (doc.layers.actors ?? []).some((m) => sharedAcronymOf(first, m, shared) !== undefined)
        ? sharedAcronyms(first, doc.layers.actors ?? [], datelineState(first, doc.layers.places ?? [], doc.layers.dateline?.place, day, outlet), shared, kb)
        : [];
      const enemies = adversaryMentions(first, publisher, day, options.adversaries ?? loadAdversaries(), kb);
      // Officials of international bodies, read after the site's own bodies ("Deputy Chairman of the Security Council" on kremlin.ru is Russia's).
      const officials = igoOfficials(first, mergedMentions(doc.layers.actors ?? [], bodies));
      const named = [...sameActors(first, doc.layers.actors ?? []), ...titledLater(first, doc.layers.actors ?? []), ...bodies, ...acronyms, ...enemies, ...officials];
      const actors = mergedMentions(doc.layers.actors ?? [], named);
      const withNamed = { ...doc, layers: { ...doc.layers, actors } };
      const view = viewOf(withNamed);
      // A speech tells of a call in passing: its parties hold for that passage, not the whole speech (`speeches.ts`).
      const addressWords = loadAddressWords(view.pack.topics);
      const participants = inSpeech(view, findParticipants(view, actors, publisher, kb, day, doc.meta.title), doc.meta.title, addressWords);
      const passages = speechPassages(view, () => laterMeetings(view, actors, publisher, kb, day, participants?.sent), doc.meta.title, addressWords);
      // The site's adversary, named by description (or by a pronoun for one: "they fired at Kharkiv") in every
      // other sentence of a war speech, is not where the story happens: uncoded "our citizens" stay the site's country's.
      const enemyIds = new Set(enemies.map((m) => m.actorId));
      const notEnemy = (m: ActorMention) => !enemies.includes(m) && m.reasons[0]?.rule !== 'discourse/adversary'
        && !(m.reasons[0]?.rule === 'discourse/pronoun' && enemyIds.has(m.actorId));
      const home = homeOf(withOutlet(storyOf(view, actors.filter(notEnemy), doc.layers.places ?? [], doc.layers.dateline?.place, day), outlet));
      const voice = voiceOf(view, publisher, kb, day, doc.layers.quotes ?? [], isJointStatement(view, doc.meta.title));
      // Only an article that is itself the statement (its title says so) speaks in its signatories' "we".
      const signed = isJointTitle(doc.meta.title) ? signatoriesOf(doc.meta.title, loadTitleWords(view.pack.topics), participants, publisher, kb, day) : undefined;
      const resolved = [...resolveReferences(view, kb, day, publisher, participants, home, voice, signed), ...secondPersons(view, voice, addresseeOf(doc.meta.title, addressWords, publisher, kb, day))];
      const cover = coverOf(resolved);
      const referred = [...named.filter((n) => !overlapsCover(n, cover)), ...resolved];
      const merged = mergedMentions(actors, resolved);
      const byToken: (ActorMention | undefined)[] = new Array<ActorMention | undefined>(view.words.length);
      for (const m of merged) for (let t = m.tokens[0]; t < m.tokens[1]; t++) byToken[t] ??= m;
      // Nor is the country a speech is addressed to: its "you" (`second-person.ts`) would outnumber the speaker's own;
      // nor a ", which" read as the name just before it (`relative.ts`): one mention of that country, not two.
      const story = withOutlet(storyOf(view, merged.filter((m) => notEnemy(m) && !isAddressee(m) && !isRelativeMention(m)), doc.layers.places ?? [], doc.layers.dateline?.place, day), outlet);
      const agentBodies: BodiesByNoun = new Map();
      // "the officials" after "officials from 30 Asian countries" (`many-states-later.ts`).
      const manyStates: ManyStatesNouns = new Set();
      // "the soldiers" after "Israeli soldiers": only mentions coded by their own words, before any fallback guesses.
      const antecedents = antecedentsOf(view, merged);
      // A loop, not a closure made per call, which loses its optimised code at each full collection (#13).
      const placed: ActorMention[] = [];
      for (const m of [...merged].sort(byFirstToken)) {
        const l = locate(view, m, story, byToken, agentBodies, antecedents, manyStates);
        if (l) placed.push(l);
      }
      const echoes = echoLocated(view, merged, placed);
      const echoedAt = new Set(echoes.map((e) => e.tokens[0]));
      const located = [...placed.filter((l) => !echoedAt.has(l.tokens[0])), ...echoes];
      const locatedAt = new Set(located.map((l) => l.tokens[0]));
      const mentions = referred.filter((r) => !locatedAt.has(r.tokens[0])).concat(located).sort((a, b) => a.tokens[0] - b.tokens[0]).map((m) => namedByCountry(m, kb));
      return { ...(publisher ? { publisher } : {}), ...(participants ? { participants } : {}), ...(passages.length ? { passages } : {}), mentions };
    },
  });
