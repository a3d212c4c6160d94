/**
 * The word classes the events stage's core rules test for, read from `data/rule-words.tsv` (#12:
 * every override in a data file with a comment, not in code). Each class is a set of words, and
 * `transparent` also maps each verb to what it passes on.
 */
import { DyadError } from '../../core/errors.js';
import { shippedTable } from './shipped-table.js';

/** The classes the file may hold, each with the values its rows may carry (none: no value). */
const CLASSES = {
  transparent: ['same', 'future', 'negated', 'timetabled'],
  'source-naming': [],
  'perfect-auxiliary': [],
  'joint-meeting-event': [],
  'happening-object': [],
  'undergone-act': [],
  'talks-clause-verb': [],
  readiness: [],
  'helping-readiness': [],
  'denying-verb': [],
  'alert-frame': [],
  linking: [],
  'separate-meetings': [],
  'speaker-call-verb': [],
  'speaker-conjunct-verb': [],
  'speaking-self': [],
  'plural-office': [],
  progressive: [],
  habitual: [],
  concessive: [],
  'not-only-focus': [],
  'befallen-act': [],
  recurring: [],
  hoping: [],
  'set-off-marker': [],
  'earlier-act-marker': [],
  'means-marker': [],
  'agent-hung-recipient-marker': [],
  'author-marker': [],
  'change-preposition': [],
  'statement-medium': [],
  'statement-medium-marker': [],
  'set-off-act': [],
  'set-off-deed': [],
  'letter-verb': [],
  'document-noun': [],
  'document-verb': [],
  'publication-verb': [],
  'publication-noun': [],
  'prepositional-participle': [],
  'mobilizing-noun': [],
  'massing-noun': [],
  'military-buildup': [],
  'border-noun': [],
  'border-marker': [],
  'hope-voicing': [],
  'hope-noun': [],
  befalling: [],
  desiring: [],
  'asking-body': [],
  'denied-desire': [],
  'majority-quantifier': [],
  'present-wish': [],
  'wanted-sight': [],
  'decision-noun': [],
  'commanding-verb': [],
  'own-force-sector': [],
  'own-official-sector': [],
  'own-force-noun': [],
  'own-official-noun': [],
  'own-orderer-sector': [],
  'own-order-cessation': [],
  'order-withdrawal': [],
  'own-agent-owner': [],
  'own-agent-noun': [],
  'recalled-envoy': [],
  'recall-act': [],
  'recall-whither': [],
  'recall-purpose': [],
  'own-order-into': [],
  'own-order-count': [],
  'withholding-verb': [],
  'withheld-speech': [],
  'timing-frame-verb': [],
  'timing-frame-marker': [],
  'timing-frame-noun': [],
  'instrument-verb': [],
  'occasion-verb': [],
  'occasion-noun': [],
  'purpose-content-noun': [],
  'singular-pronoun': [],
  'market-figure': [],
  'threat-topic': [],
  'warning-verb': [],
  'striking-body': [],
  'question-word': [],
  asking: [],
  'asked-question-word': [],
  'asked-act-modal': [],
  'forecast-auxiliary': [],
  'light-verb': [],
  'judicial-sector': [],
  'regulator-noun': [],
  'regulator-penalty': [],
  'repelling-verb': [],
  'fired-aim-noun': [],
  'fired-aim-site': [],
  'fired-aim-reason': [],
  'travel-verb': [],
  happening: [],
  'outbreak-verb': [],
  'outbreak-ongoing-verb': [],
  'unarmed-fight-modifier': [],
  'others-fight-marker': [],
  'topic-talk-noun': [],
  'objection-met-marker': [],
  'event-agent-marker': [],
  'left-place-noun': [],
  'withdrawn-thing': [],
  'outbreak-noun': ['190', '180', '145'],
  'targeted-attack-noun': ['190'],
  'attack-target-marker': [],
  'attack-target': [],
  organizing: [],
  'undoing-particle': [],
  prospective: [],
  'target-marker': [],
  'meeting-setting': [],
  'setting-reporting': [],
  'meeting-span': [],
  'visit-setting': [],
  'host-partner': [],
  'on-topic-verb': [],
  'meeting-wish-noun': [],
  'press-partner': [],
  remote: [],
  'crowd-control': [],
  'request-content': ['yield', 'meet', 'assist', 'change'],
  'regret-adverb': [],
  'causal-marker': [],
  'causing': [],
  'hostile-act': [],
  'doerless-harm': [],
  'act-target-preposition': [],
  'act-object-of': [],
  'wrong-noun': [],
  'wrong-of-doer': [],
  'doer-of': [],
  'deed-suffix': [],
  'good-verdict': [],
  'conduct-noun': [],
  'faulty': [],
  'damning-predicate': [],
  'wanting-predicate': [],
  'excess-degree': [],
  'sufficing-degree': [],
  'responding': [],
  'acting': [],
  'response-noun': [],
  'future-auxiliary': [],
  'response-ready': [],
  'resolve-adverb': [],
  'force-means': [],
  'available': [],
  'condition-mark': [],
  'time-marker': [],
  'weather-verb': [],
  'later-day': [],
  'host-travel': [],
  'causal-head': ['of', 'with'],
  'party-noun': [],
  'concern-noun': [],
  'concern-marker': [],
  voicing: [],
  'blame-predicate': [],
  'blame-noun': [],
  'harmed-state': [],
  'blamed-harm': [],
  harming: [],
  'party-act': [],
  'semi-modal': [],
  'not-yet-adverb': [],
  'everyone-noun': [],
  'misread-present': [],
  'misread-present-marker': [],

  performative: [],
  'performative-hedge': [],
  'performative-permission': [],
  'speaker-plural': [],
  'stated-act': [],
  'present-auxiliary': [],
  'call-verb': [],
  'gathering-verb': [],
  'object-control-gathering': [],
  'talks-act': [],
  'own-act-report': [],
  'undergoing-gerund': [],
  'vocative-opener': [],
  'accused-subject': [],
  'punitive-noun': [],

  'wronging-verb': [],
  'hostile-conduct': [],
  'intent-adverb': [],
  'conduct-doer-noun': [],
  'norm-object': [],
  'norm-verb': [],
  'own-marker': [],
  'recipient-preposition': [],
  'topic-object-verb': [],
  'arrival-verb': [],
  'possessive-pronoun': [],
  'joint-work': [],
  'example-marker': [],
  'language-noun': [],
  'object-pronoun': [],
  'beneficiary-preposition': [],
  'addressed-act': [],
  'broad-addressee': ['plural', 'any'],
  'importance-noun': [],
  'shared-need-noun': [],
  'statement-verb': [],
  'people-noun': [],
  'blamed-person-noun': [],
  'bloc-adjective': [],
  'swallowed-doer': [],
  'armed-clash-noun': [],
  'armed-clash-party': [],
  'search-act': [],
  'search-sector': [],
  'harm-act': [],
  'told-setting-noun': [],
  'armed-advance-noun': [],
  'goods-noun': [],
  'carried-goods': [],
  'collision-verb': [],
  'collision-hazard': [],
  'collision-marker': [],
  'collision-vehicle': [],
  'collision-aircraft': [],
  'collision-military': [],
  'collision-warship': [],
  'collision-sea-hazard': [],
  'pattern-particle': [],
  'thing-relative': [],
  'agentive-noun': [],
  'breach-verb': [],
  'people-pronoun': [],
  expecting: [],
  'commitment-noun': [],
  'stated-need': [],
  'called-for-noun': [],
  'joint-pronoun': [],
  'joint-determiner': [],
  continuing: [],
  receiving: [],
  'objection-meeting': [],
  'answerable-objection': [],
  'slight-objection': [],
  'armed-objection': [],
  'accused-phrase': ['at', 'on'],
  'accused-particle': ['at'],
  'duty-verb': [],
  'pledge-noun': [],
  'settling-readiness': [],
  'hoped-help': [],
  'speech-venue': [],
  'venue-host-marker': [],
  'audience-noun': [],
  'address-appeal': [],
  'protest-purpose': [],
  'refused-change': [],
  'refused-acceptance': [],
  'acceptance-modal': [],
  'past-inability-sign': [],
  'condition-object': [],
  'amount-change': [],
  'refusal-modal': [],
  'plan-noun': [],
  'plan-verb': [],
  'past-plan-sign': [],
  'plan-relief': [],
  'intent-beneficiary-verb': [],
  'stative-participle': [],
  'feeling-participle': [],
  'feeling-cause-marker': [],
  'proposal-noun': [],
  'proposing-verb': [],
  'earlier-thing-noun': [],
  'earlier-thing-step': [],
  'earlier-thing-pronoun': [],
  'earlier-thing-determiner': [],
  'earlier-thing-act-noun': [],
  'quote-mark': [],
  'earlier-thing-making-verb': [],
  'earlier-thing-act-verb': [],
  'earlier-thing-accusation': [],
  'earlier-thing-accusing': [],
  'presence-marker': [],
  'presence-purpose': [],
  'presence-talk-verb': [],
  'complaint-verb': [],
  'departure-verb': [],
  'destination-marker': [],
  'custody-verb': [],
  'threatening-act': [],
  'munition': [],
  'people-harm-verb': [],
  'partnered-noun': [],
  'negotiating-verb': [],
  'quantity-noun': [],
  'unheld-talks-verb': [],
  'about-preposition': [],
  'told-topic-preposition': [],
  'call-medium': [],
  'appeal-noun': [],
  'appeal-marker': [],
  'appeal-renewing': [],
  'appeal-partner-marker': [],
  'noun-target-marker': [],
  'duration-noun': [],
  'answering-verb': [],
  'stance-topic-sector': [],
  'stance-verdict': [],
  'stance-context-subject': [],
  'stance-context-deed': [],
  'stance-outcome-verb': [],
  'stance-contest-noun': [],
  'stance-foul-play': [],
  'source-participle': [],
  'report-noun': [],
  'stance-contest-damning': [],
  'stance-contest-praise': [],
  'setting-meeting-noun': [],
  'setting-marker': [],
  'setting-partner-marker': [],
  'met-conjunct-verb': [],
  'meeting-holding-verb': [],
} as const satisfies Record<string, readonly string[]>;

export type RuleWordClass = keyof typeof CLASSES;
/** What a transparent verb passes on to its infinitive. */
export type Transparency = (typeof CLASSES)['transparent'][number];

/** Each class's words with their values ('' for a class without values). */
export type RuleWords = ReadonlyMap<RuleWordClass, ReadonlyMap<string, string>>;

/** Rows `class<TAB>word[<TAB>value]`; `#` starts a comment line. */
export function parseRuleWords(text: string, path: string): RuleWords {
  const out = new Map<RuleWordClass, Map<string, string>>(Object.keys(CLASSES).map((c) => [c as RuleWordClass, new Map()]));
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [cls = '', word = '', value = ''] = line.split('\t').map((f) => f.trim());
    const fail = (problem: string): never => { throw new DyadError('E170', { path, line: i + 1, problem }); };
    if (!(cls in CLASSES)) fail(`unknown class "${cls}" (known: ${Object.keys(CLASSES).join(', ')})`);
    const values: readonly string[] = CLASSES[cls as RuleWordClass];
    if (!word) fail('expected class<TAB>word[<TAB>value]');
    if (values.length ? !values.includes(value) : value !== '') fail(`class "${cls}" takes ${values.length ? `one of the values ${values.join(', ')}` : 'no value'}, not "${value}"`);
    const words = out.get(cls as RuleWordClass)!;
    if (words.has(word)) fail(`"${word}" is listed twice in class "${cls}"`);
    words.set(word, value);
  });
  return out;
}

/** The file shipped with dyad, read once. */
export const loadRuleWords = shippedTable('rule-words.tsv', parseRuleWords);

/** The words of one class of the shipped file. */
export function ruleWords(cls: RuleWordClass): ReadonlySet<string> {
  return new Set(loadRuleWords().get(cls)!.keys());
}

/** The accusation idioms' nouns ("finger", "blame"), each with the preposition of the phrase naming whom they accuse. */
export function accusedPhraseMarkers(): ReadonlyMap<string, string> {
  return loadRuleWords().get('accused-phrase')!;
}

/** The accusation idioms' verbs with a particle ("hit out", "lash out"), each with the preposition naming whom they accuse. */
export function accusedParticleMarkers(): ReadonlyMap<string, string> {
  return loadRuleWords().get('accused-particle')!;
}

/** The REQUEST modes of the shipped file's request content words ("ceasefire": yield), each word's mode. */
export function requestContent(): ReadonlyMap<string, string> {
  return loadRuleWords().get('request-content')!;
}

/** The causal nouns of the shipped file, each with the marker of its cause ("result": "of"). */
export function causalHeads(): ReadonlyMap<string, string> {
  return loadRuleWords().get('causal-head')!;
}

/** The transparent verbs of the shipped file, with what each passes on. */
export function transparentVerbs(): ReadonlyMap<string, Transparency> {
  return loadRuleWords().get('transparent') as ReadonlyMap<string, Transparency>;
}

/** The event nouns that name an attack when a phrase names its target ("strikes on … facilities"), each with its CAMEO code. */
export function targetedAttackNounCodes(): ReadonlyMap<string, string> {
  return loadRuleWords().get('targeted-attack-noun')!;
}

/** The words for fighting or unrest read only as an outbreak's subject ("Fighting broke out"), each with its CAMEO code. */
export function outbreakNounCodes(): ReadonlyMap<string, string> {
  return loadRuleWords().get('outbreak-noun')!;
}
