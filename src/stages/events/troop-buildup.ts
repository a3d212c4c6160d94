/**
 * Forces built up near another country, named by a noun: "in response to Russia's military build-up on the border with
 * Ukraine", "given the concentration of Russian armed forces along the Ukrainian borders" are MOBILIZE (CAMEO 154) of
 * the forces' side against the country whose border they face (training readouts: a White House statement and two
 * Ukrainian presidency readouts; news-dev tune readouts tell the same of "military build up"). No verb governs
 * such a noun ("in response to", "given", "discussed"), so it is read as nominal.ts reads conflict nouns with their
 * doer. Two kinds of noun (`data/rule-words.tsv`):
 * - `mobilizing-noun` ("build-up", which the tokenizer splits into "build", "-", "up"): the doer is a possessor, a
 *   nationality adjective ("the Russian build-up") or an armed force's "of" phrase. A possessor or nationality alone
 *   names no forces ("Britain's build-up to the Olympics", "China's build-up of gold reserves"): the noun is then a
 *   build-up of forces only with a military word on it or in its "of" phrase (`military-buildup`: "Russia's military
 *   build-up", "the Chinese build-up of troops") or a border it stands at ("Russia's build-up on the border");
 * - `massing-noun` ("concentration", "accumulation"): only an armed force's "of" phrase makes it a build-up ("the
 *   concentration of power", "accumulation of debt" name none).
 * The recipient is the country of the border the phrase places it at (`border-marker` + `border-noun`: its nationality
 * adjective, possessor or "with" phrase) or a country named there itself ("near Ukraine"); none named, none. Forces
 * massed on their own side's border face the other side ("Russian troops on Russia's border with Finland": Finland),
 * never their own country.
 * Nouns the lexicon already reads ("buildup", "deployment": nouns.tsv) are nominal.ts's.
 */
import { reason } from '../../lang/reason.js';
import type { RuntimeLexicon } from './lexicon.js';
import type { NominalTrigger } from './nominal.js';
import { kbCountry } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import { nounKey } from './triggers.js';

const MOBILIZING = ruleWords('mobilizing-noun');
const MASSING = ruleWords('massing-noun');
const BORDERS = ruleWords('border-noun');
const BORDER_MARKERS = ruleWords('border-marker');
const MILITARY = ruleWords('military-buildup');

/** CAMEO 154: mobilize or increase armed forces. */
const MOBILIZE_CODE = '154';

/** The noun's word form, joined with the word before a hyphen ("build-up"), and where the joined form starts. */
function formOf(tree: Tree, n: number, first: number): { form: string; start: number } {
  const word = tree.words[n];
  if (n - 2 >= first && tree.words[n - 1] === '-' && tree.deps[n - 2]?.head === n) return { form: `${tree.words[n - 2]}-${word}`, start: n - 2 };
  return { form: word, start: n };
}

/**
 * The build-up nouns of tokens [first, last) with their doer named, as nominal triggers: `countryOf` gives the country
 * code of the coded actor a phrase names (undefined: none), `isForce` whether it names an armed force. Nouns a verb
 * trigger read (`used`) are left out.
 */
export function troopBuildups(tree: Tree, lexicon: RuntimeLexicon, first: number, last: number, used: ReadonlySet<number>, countryOf: (head: number) => string | undefined, isForce: (head: number) => boolean): NominalTrigger[] {
  const out: NominalTrigger[] = [];
  for (let n = first; n < last; n++) {
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN') continue;
    const { form, start } = formOf(tree, n, first);
    const mobilizing = MOBILIZING.has(form);
    if ((!mobilizing && !MASSING.has(form)) || nounKey(tree, lexicon, n) !== undefined) continue;
    const found = buildupAt(tree, n, mobilizing, countryOf, isForce);
    if (!found) continue;
    const doer = found.agent === n ? tree.words[found.nationality ?? n] : tree.words[found.agent];
    out.push({
      match: { token: n, tokens: [start, n + 1], code: MOBILIZE_CODE, kind: 'noun', noun: n, reason: reason('events/trigger-buildup', { noun: form, doer }) },
      agent: found.agent,
      targets: found.targets,
      ...(found.nationalTargets.length ? { nationalTargets: found.nationalTargets } : {}),
    });
  }
  return out;
}

interface Found { agent: number; nationality?: number; targets: number[]; nationalTargets: number[] }

function buildupAt(tree: Tree, n: number, mobilizing: boolean, countryOf: (head: number) => string | undefined, isForce: (head: number) => boolean): Found | undefined {
  const hasActor = (head: number): boolean => countryOf(head) !== undefined;
  const ofPhrases = childrenBy(tree, n, 'nmod').filter((m) => markerOf(tree, m) === 'of');
  const force = ofPhrases.find(isForce);
  const possessor = mobilizing ? childrenBy(tree, n, 'nmod:poss').find((p) => tree.pos[p]?.upos !== 'PRON' && hasActor(p)) : undefined;
  const nationality = mobilizing ? childrenBy(tree, n, 'amod', 'compound').find((m) => kbCountry(tree.words[m])) : undefined;
  const agent = force ?? possessor ?? (nationality !== undefined ? n : undefined);
  if (agent === undefined) return undefined;
  // The place may hang on the noun or on its force ("the concentration of Russian troops near the border").
  const places = [n, ...(force !== undefined ? [force] : [])].flatMap((h) => childrenBy(tree, h, 'nmod', 'obl'))
    .filter((m) => BORDER_MARKERS.has(markerOf(tree, m) ?? ''));
  // A possessor or nationality names a side, not forces: something military on the noun or at a border must.
  if (force === undefined && ![...childrenBy(tree, n, 'amod', 'compound'), ...ofPhrases].some((m) => MILITARY.has(tree.lemmas[m] ?? ''))
    && !places.some((p) => BORDERS.has(tree.lemmas[p]))) return undefined;
  const doerCountry = agent === n ? kbCountry(tree.words[nationality ?? n]) : countryOf(agent);
  // Forces face the other side of a border, never their own ("on Russia's border with Finland").
  const foreign = (head: number): boolean => { const c = countryOf(head); return c !== undefined && c !== doerCountry; };
  const targets: number[] = [];
  const nationalTargets: number[] = [];
  for (const place of places) {
    if (!BORDERS.has(tree.lemmas[place])) {
      if (foreign(place)) targets.push(place);
      continue;
    }
    // "the border with Ukraine", "Ukraine's border", "the Ukrainian borders".
    const owner = [...childrenBy(tree, place, 'nmod').filter((m) => markerOf(tree, m) === 'with'), ...childrenBy(tree, place, 'nmod:poss')].find(foreign);
    if (owner !== undefined) targets.push(owner);
    else if (childrenBy(tree, place, 'amod').some((m) => { const c = kbCountry(tree.words[m]); return c !== undefined && c !== doerCountry; })) nationalTargets.push(place);
  }
  return { agent, ...(nationality !== undefined ? { nationality } : {}), targets, nationalTargets };
}
