import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const lanka: ActorSpec = { sent: 0, tokens: [0, 1], id: 'lka', name: 'Sri Lanka', code: 'LKA' };

/** "Lanka ordered <its|the> <agent> to attack the positions ." with the infinitive hung as `rel`. */
const attackOrder = (owner: 'its' | 'the', agent: string, rel: string, actors: ActorSpec[] = [lanka]) => parsedDoc([`
  Lanka Lanka PROPN NNP 2 nsubj
  ordered order VERB VBD 0 root
  ${owner === 'its' ? 'its its PRON PRP$ 4 nmod:poss' : 'the the DET DT 4 det'}
  ${agent} ${agent.replace(/s$/, '')} NOUN NNS 2 obj
  to to PART TO 6 mark
  attack attack VERB VB 2 ${rel}
  the the DET DT 8 det
  positions position NOUN NNS 6 obj
  . . PUNCT . 2 punct`], { actors });

const events = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon);

describe('orders to one\'s own agents', () => {
  it.each(['xcomp', 'advcl'])('codes the act ordered of "its forces" as the orderer\'s, not a demand (infinitive as %s)', (rel) => {
    const { events: coded, rejected } = events(attackOrder('its', 'forces', rel));
    expect(coded.map((e) => e.event)).toEqual(['ASSAULT']);
    expect(coded[0].actors.map((a) => a.code)).toEqual(['LKA']);
    expect(coded[0].reasons.some((r) => r.rule === 'events/own-order-act')).toBe(true);
    expect(rejected.some((r) => r.ruleId === 'events/own-order')).toBe(true);
  });

  it('reads an uncoded agent noun ("troops") as the orderer\'s own', () => {
    const { events: coded } = events(attackOrder('the', 'troops', 'xcomp'));
    expect(coded.map((e) => [e.event, e.actors.map((a) => a.code).join()])).toEqual([['ASSAULT', 'LKA']]);
  });

  it('codes own forces ordered "into" a place as forces sent (MOBILIZE), the orderer acting', () => {
    const doc = parsedDoc([`
      Lanka Lanka PROPN NNP 2 nsubj
      ordered order VERB VBD 0 root
      troops troop NOUN NNS 2 obj
      into into ADP IN 6 case
      the the DET DT 6 det
      refineries refinery NOUN NNS 2 obl
      . . PUNCT . 2 punct`], { actors: [lanka, { sent: 0, tokens: [2, 3], id: 'mil', name: 'troops', sector: 'MIL' }] });
    const { events: coded } = events(doc);
    expect(coded.map((e) => [e.event, e.cameo, e.actors.map((a) => a.code).join(), e.recipients.length])).toEqual([['MOBILIZE', '154', 'LKA', 0]]);
  });

  it('keeps the demand when the one ordered is another side ("ordered Iraq to attack")', () => {
    const iraq: ActorSpec = { sent: 0, tokens: [3, 4], id: 'irq', name: 'Iraq', code: 'IRQ' };
    const { events: coded, rejected } = events(attackOrder('the', 'Iraq', 'xcomp', [lanka, iraq]));
    expect(coded.map((e) => e.event)).toEqual(['REQUEST']);
    expect(rejected.some((r) => r.ruleId === 'events/infinitive')).toBe(true);
  });

  it('keeps the demand when another country\'s army is ordered ("the Iraqi army")', () => {
    const army: ActorSpec = { sent: 0, tokens: [3, 4], id: 'irqmil', name: 'Iraq (MIL)', code: 'IRQ', sector: 'MIL' };
    const { events: coded } = events(attackOrder('the', 'army', 'xcomp', [lanka, army]));
    expect(coded.map((e) => e.event)).toEqual(['REQUEST']);
  });

  it('keeps the demand on firms, which are no agents of the state ("ordered the firms to …")', () => {
    const { events: coded } = events(attackOrder('the', 'firms', 'xcomp'));
    expect(coded.map((e) => e.event)).toEqual(['REQUEST']);
  });
});

describe('orders read from the parser (review of ev-orders)', () => {
  const pipeline = defaultPipeline({ layers: ['events'] });
  /** The rules' events for the parser's reading of `text`, before the learned filter (whose verdict is not theirs). */
  const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2024-05-02' } })) as Parameters<typeof codeEvents>[0], lexicon).events
    .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`);

  it('keeps a same-country rebel or opposition recipient of the act ordered (finding 1)', () => {
    expect(coded('The Iraqi president ordered the army to attack Iraqi rebels in Mosul.')).toContain('ASSAULT IRQ>IRQ');
  });

  it.each([
    'A Turkish court ordered the police to release the journalist.',
    'The Iraqi army chief ordered the government to resign.',
    'The Chinese president ordered the expelled diplomats to leave the country within two days.',
  ])('keeps the demand of a court, of an army over officials, and to uncoded diplomats: %s (finding 2)', (text) => {
    expect(coded(text).some((e) => e.startsWith('REQUEST'))).toBe(true);
  });

  it.each([
    'The Peruvian president ordered the navy to search for the missing fishermen.',
    'The Iraqi president ordered his forces to halt the offensive.',
  ])('keeps the demand when the act ordered codes nothing, or only its end: %s (findings 3, 5)', (text) => {
    const events = coded(text);
    expect(events.some((e) => e.startsWith('REQUEST'))).toBe(true);
    expect(events.some((e) => e.startsWith('ASSAULT'))).toBe(false);
  });

  it('reads bare "troops", whose lemma the tagger leaves plural, as the orderer\'s own forces (final read)', () => {
    const events = coded('The Syrian president ordered troops to attack Turkish forces.');
    expect(events).toContain('ASSAULT SYR>TUR');
    expect(events.some((e) => e.startsWith('REQUEST'))).toBe(false);
  });

  it('reads the forces counted by "thousands of", "hundreds of" as the agent ordered (training gold: MOBILIZE, reuters-5156)', () => {
    const attack = coded('The Syrian president ordered hundreds of soldiers to attack Turkish forces.');
    expect(attack).toContain('ASSAULT SYR>TUR');
    expect(attack.some((e) => e.startsWith('REQUEST'))).toBe(false);
    // The parser hangs "into the refineries" on the count, not on the verb.
    const sent = coded('The Brazilian government ordered thousands of troops into the refineries.');
    expect(sent.some((e) => e.startsWith('MOBILIZE BRA'))).toBe(true);
    expect(sent.some((e) => e.startsWith('REQUEST'))).toBe(false);
  });

  it('reads an unnamed "the government" as a state ordering its own forces (its country is filled in later; reuters-5156)', () => {
    const { events: coded, rejected } = codeEvents(pipeline.run(makeDoc({ text: 'The government ordered thousands of troops into the refineries on Tuesday to forestall any occupation.', meta: { date: '2024-05-02' } })) as Parameters<typeof codeEvents>[0], lexicon);
    expect(coded.some((e) => e.event === 'REQUEST')).toBe(false);
    expect([...coded, ...rejected].some((e) => e.event === 'MOBILIZE' && e.reasons?.some((r) => r.rule === 'events/own-order-into'))).toBe(true);
  });

  // #12 (session 53): "ordered troops to the border" sends them as "into" does; the parser hangs the place on the forces.
  it('sends forces ordered "to" a place, the place hung on the forces ("ordered 10,000 troops to the Ukrainian border")', () => {
    const sent = coded('Moscow ordered 10,000 troops to the Ukrainian border.');
    expect(sent.some((e) => e.startsWith('MOBILIZE RUS'))).toBe(true);
    expect(sent.some((e) => e.startsWith('REQUEST'))).toBe(false);
  });

  // Review c #6 (session 53): the side named in the place the forces are sent to is where they go, not whose they are;
  // tanks and warships are forces as troops are (rule-words.tsv own-force-noun).
  it.each([
    ['Putin ordered troops to the border with Ukraine.', 'MOBILIZE RUS'],
    ['Putin ordered tanks to the Syrian frontier.', 'MOBILIZE RUS'],
    ['Putin ordered the navy to the Gulf.', 'MOBILIZE RUS'],
    ['The Iranian president ordered warships to the Strait of Hormuz.', 'MOBILIZE IRN'],
  ])('sends forces "to" a place that names another side or a force noun: "%s"', (text, event) => {
    const sent = coded(text);
    expect(sent.some((e) => e.startsWith(event))).toBe(true);
    expect(sent.some((e) => e.startsWith('REQUEST'))).toBe(false);
  });

  it('sends no officials "to" a place: "Iraq ordered its ambassador to Kuwait" is no mobilization', () => {
    expect(coded('Iraq ordered its ambassador to Kuwait.').some((e) => e.startsWith('MOBILIZE'))).toBe(false);
  });

  it('sends only forces "into" a place: officials ordered into a meeting are no mobilization (finding 4)', () => {
    expect(coded('The Ghanaian president ordered the ministers into a meeting.').some((e) => e.startsWith('MOBILIZE'))).toBe(false);
  });

  it('turns down the order verb whatever it codes when the act ordered is coded (finding 6)', () => {
    const events = coded("Ghana's president told his ministers to meet opposition leaders next week.");
    expect(events.some((e) => e.startsWith('ACCUSE'))).toBe(false);
  });

  it('keeps the demand of a non-state group on its fighters (finding 7: only a state orders its own)', () => {
    expect(coded('The Taliban ordered its forces to attack the town.').some((e) => e.startsWith('ASSAULT'))).toBe(false);
  });

  it.each([
    ['The Russian government ordered its critics to attack the embassy.', true],
    ['The Iranian president told his opponents to attack the protesters.', false],
    ['The Chinese government told its citizens to boycott Japanese goods.', false],
  ])('codes no act of the orderer\'s when the one possessed is no official or force: %s (session 47 review: "told his critics")', (text, demand) => {
    const events = coded(text);
    // "ordered" stays a demand; "told … to" codes none of its own (CAMEO's TELL patterns).
    expect(events.some((e) => e.startsWith('REQUEST'))).toBe(demand);
    expect(events.some((e) => /^(ASSAULT|SANCTION|PROTEST)/.test(e))).toBe(false);
  });

  it.each([
    ['The Iraqi government ordered its negotiators to meet Kurdish leaders.', 'CONSULT IRQ'],
    ['The Sri Lankan government ordered its forces to attack the rebel positions.', 'ASSAULT LKA'],
  ])('still reads a possessed official or force noun as the orderer\'s own: %s', (text, prefix) => {
    const events = coded(text);
    expect(events.some((e) => e.startsWith(prefix))).toBe(true);
    expect(events.some((e) => e.startsWith('REQUEST'))).toBe(false);
  });

  it.each([
    ['Moscow ordered its ambassador in Kyiv to return home.', 'SANCTION RUS>UKR'],
    ['Russia ordered its ambassador to return home.', 'SANCTION RUS>'],
    ['The Turkish government ordered its envoy in Vienna to return to Ankara for consultations.', 'SANCTION TUR>AUT'],
  ])('codes an order to its own envoy to come home as a recall (SANCTION withdraw, CAMEO 161): %s (session 47 review)', (text, expected) => {
    const events = coded(text);
    expect(events).toContain(expected);
    expect(events.some((e) => /^(REQUEST|CONSULT)/.test(e))).toBe(false);
  });

  it.each([
    ['Russia ordered its ambassador to meet Ukrainian officials.', 'CONSULT RUS'],
    ['Russia ordered the Ukrainian ambassador to leave the country.', 'REQUEST RUS'],
  ])('codes no recall when the envoy is ordered to do something else, or is another side\'s: %s', (text, prefix) => {
    const events = coded(text);
    expect(events.some((e) => e.startsWith(prefix))).toBe(true);
    expect(events.some((e) => e.startsWith('SANCTION'))).toBe(false);
  });

  it.each([
    ['The United States ordered Iraq\'s army to withdraw from Kuwait.', 'REQUEST USA>IRQ'],
    ['Russia ordered Ukraine\'s army to withdraw from Donetsk.', 'REQUEST RUS>UKR'],
  ])('keeps the demand when a named possessor makes the one ordered another side\'s: %s (session 47 review of ev-idioms, finding 1)', (text, expected) => {
    const events = coded(text);
    expect(events).toContain(expected);
    expect(events.some((e) => e.startsWith('RETREAT'))).toBe(false);
  });

  it.each([
    'After the two countries restored relations, Russia ordered its ambassador to return to Tbilisi.',
    'Poland ordered its ambassador to return to his post in Minsk.',
    'The Foreign Ministry ordered its diplomats to return to their posts in Kyiv.',
  ])('codes no recall when the envoy is sent back to the post or another side: %s (review of ev-idioms, finding 2)', (text) => {
    expect(coded(text).some((e) => e.startsWith('SANCTION'))).toBe(false);
  });
});
