/**
 * Actors stage: resolves every actor mention to an actor of the knowledge base as of the
 * article's date, with PLOVER codes (country ISO 3166 alpha-3 or IGO/NGO, sector) and the reason.
 *
 * Reads `tokens` and `entities` (people the knowledge base lacks become document-local actors; with `pos`, and
 * `deps` when present, acronyms used as a verb's subject become bodies: `acronym-body.ts`),
 * the article date (`articleDate`: the `dateline` layer's publication date, else `doc.meta.date`)
 * and skips the dateline itself ("MOSCOW, June 26. /TASS/." names no actor); writes `actors`.
 * Method: word n-gram lookups in the compiled knowledge base (`models/actors/kb.bin`, built by
 * `npm run build:actors` from the Phoenix dictionaries, GeoNames, country lists and dyad's
 * office-holder list), a small phrase grammar (determiner, nationality or country, title or
 * sector noun from the agents dictionary, name, "of <country>"), document context for
 * surnames, counterparts, "the sides" and repeated nouns, and the title in apposition after or
 * right before a name the knowledge base lacks (`apposition.ts`).
 * A mention coded by a place, a nationality or a country name keeps today's code ("Zagreb police" HRV COP in 1987):
 * whether it is the union's of that day is decided per event (`events/states-of-day.ts`), since a dispute between two
 * members of one union keeps both members' codes.
 * Limits: pronouns are left to the discourse stage; office holders after the Phoenix files (2015) are known only
 * through dyad's list; without a date, roles are the most notable ones; a capital always stands
 * for the government unless it follows a locative preposition.
 * Eval (`npm run eval actors`, 2026-12-03): seed gold mentions 36/36 right (country and
 * code + sector); PLOVER GSR dev actor phrases (331, resolved alone, undated) 90.0% country,
 * 78.5% code + sector. Speed (`npm run bench actors`): see bench/RESULTS.md.
 */
import { articleDate } from '../../core/days.js';
import { docView } from '../../core/doc-view.js';
import { defineStage } from '../../core/stage.js';
import type { Part } from './phrase.js';
import { loadKb, type ActorKb } from './kb.js';
import { packOf } from '../../lang/pack.js';
import { acronymBodies, loadNewsAgencies } from './acronym-body.js';
import { titleByApposition } from './apposition.js';
import { bodyOfNamedCountry } from './body-of-country.js';
import { collectiveMentions } from './collectives.js';
import { igoTitledPeople } from './igo-title.js';
import { guardNationalBodies } from './national-body-guard.js';
import { namedBodies } from './named-body.js';
import { nationallyTitledPeople } from './national-title.js';
import { withoutArticlePlaces } from './arabic-article.js';
import { resolveMentions } from './resolve.js';
import '../dateline/types.js';
import '../entities/types.js';
import '../pos/types.js';
import './types.js';
import { withoutContradictedOpposition } from './opposition-context.js';
import { wordsOf } from './words.js';

export interface ActorsOptions {
  /** Knowledge base to use instead of the shipped one (tests, user-compiled bases). */
  readonly kb?: ActorKb;
}

/**
 * The actors stage.
 * @example createPipeline([...earlierStages, actors()])
 */
export const actors = (options: ActorsOptions = {}) =>
  defineStage({
    name: 'actors',
    assigns: ['actors'],
    requires: ['tokens', 'entities'],
    optional: ['dateline', 'pos', 'deps'],
    run(doc) {
      const kb = options.kb ?? loadKb();
      const { tokens } = doc.layers;
      const dateline = doc.layers.dateline;
      const day = articleDate(doc);
      const people: Part[] = doc.layers.entities.filter((e) => e.type === 'PERSON').map((e) => ({ first: e.tokens[0], last: e.tokens[1] }));
      const upos = doc.layers.pos ? uposOf(doc.layers.pos) : undefined;
      const words = wordsOf(doc.text, tokens, docView(doc));
      const pack = packOf(doc);
      const resolved = bodyOfNamedCountry(words, titleByApposition(kb, words, guardNationalBodies(kb, words, resolveMentions(kb, { words, spans: tokens, day, people, pack, ...(upos ? { upos } : {}) }), pack, upos), pack), pack);
      const named = withoutArticlePlaces(doc.text, namedBodies(kb, words, tokens, nationallyTitledPeople(kb, words, igoTitledPeople(kb, words, resolved, pack), pack), pack));
      const input = upos && { upos, org: orgTokens(tokens.length, doc.layers.entities), kb, press: loadNewsAgencies(), ...(doc.layers.deps ? { deps: doc.layers.deps } : {}) };
      const found = input ? acronymBodies(words, tokens, named, input, pack) : named;
      const mentions = withoutContradictedOpposition(kb, words, collectiveMentions(words, tokens, found, day, pack), dateline?.place && tokenRange(tokens, dateline.place));
      const skip = dateline?.span;
      return skip ? mentions.filter((m) => m.end <= skip.start || m.start >= skip.end) : mentions;
    },
  });

/** The tokens [first, last) inside `span`, or undefined if none is. */
function tokenRange(tokens: readonly { readonly start: number; readonly end: number }[], span: { readonly start: number; readonly end: number }): [number, number] | undefined {
  const first = tokens.findIndex((t) => t.start >= span.start);
  if (first < 0 || tokens[first].end > span.end) return undefined;
  let last = first;
  while (last < tokens.length && tokens[last].end <= span.end) last++;
  return [first, last];
}

/** Each token's universal part of speech; a loop, not a map with an arrow made per document (#13). */
function uposOf(pos: readonly { readonly upos: string }[]): string[] {
  const out = new Array<string>(pos.length);
  for (let i = 0; i < pos.length; i++) out[i] = pos[i].upos;
  return out;
}

/** Whether the entity tagger calls each token part of an organisation's name. */
function orgTokens(count: number, entities: readonly { readonly type: string; readonly tokens: readonly [number, number] }[]): boolean[] {
  const org = new Array<boolean>(count).fill(false);
  for (const e of entities) if (e.type === 'ORG') for (let t = e.tokens[0]; t < e.tokens[1]; t++) org[t] = true;
  return org;
}
