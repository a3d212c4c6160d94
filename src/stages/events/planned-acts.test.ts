import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'usa', name: 'Washington', code: 'USA', sector: 'GOV' },
  { sent: 0, tokens: [7, 8], id: 'jpn', name: 'Japan', code: 'JPN' },
];
/** "Washington announced <det> plans to <verb> tariffs on Japan." */
const sentence = (det: string, verb: string) => parsedDoc([`
  Washington Washington PROPN NNP 2 nsubj
  announced announce VERB VBD 0 root
  ${det} ${det} DET DT 4 det
  plans plan NOUN NNS 2 obj
  to to PART TO 6 mark
  ${verb} ${verb} VERB VB 4 acl
  tariffs tariff NOUN NNS 6 obj
  on on ADP IN 9 case
  Japan Japan PROPN NNP 6 obl
  . . PUNCT . 2 punct`], { actors });

/** "Washington announced plans last week to slap tariffs on Japan.": the parser hangs the infinitive on "announced". */
const hungOnVerb = () => parsedDoc([`
  Washington Washington PROPN NNP 2 nsubj
  announced announce VERB VBD 0 root
  plans plan NOUN NNS 2 obj
  last last ADJ JJ 5 amod
  week week NOUN NN 2 obl:unmarked
  to to PART TO 7 mark
  slap slap VERB VB 2 advcl
  tariffs tariff NOUN NNS 7 obj
  on on ADP IN 10 case
  Japan Japan PROPN NNP 7 obl
  . . PUNCT . 2 punct`], { actors: [actors[0], { ...actors[1], tokens: [9, 10] }] });

describe('planned sanctions and their relief', () => {
  it('codes a plan of tariffs announced as the sanction, not an intent to cooperate', () => {
    const { events } = codeEvents(sentence('new', 'put'), lexicon);
    const planned = events.find((e) => e.reasons.some((r) => r.rule === 'events/planned-sanction'));
    expect(planned?.event).toBe('SANCTION');
    expect(planned?.actors.map((a) => a.code)).toEqual(['USA']);
    expect(events.some((e) => e.event === 'AGREE')).toBe(false);
  });

  it('codes a plan that cuts the tariffs as a concession, not a sanction', () => {
    const { events } = codeEvents(sentence('new', 'cut'), lexicon);
    expect(events.some((e) => e.event === 'SANCTION' || e.event === 'AGREE')).toBe(false);
    expect(events.find((e) => e.reasons.some((r) => r.rule === 'events/planned-relief'))?.event).toBe('CONCEDE');
  });

  it('leaves a plan the side has none of uncoded as a sanction', () => {
    const { events } = codeEvents(sentence('no', 'put'), lexicon);
    expect(events.some((e) => e.event === 'SANCTION')).toBe(false);
  });

  it('reads the infinitive of a plan that the parser hangs on the verb', () => {
    const { events } = codeEvents(hungOnVerb(), lexicon);
    expect(events.find((e) => e.reasons.some((r) => r.rule === 'events/planned-sanction'))?.event).toBe('SANCTION');
  });

  // The real parse reads "ease" as a noun compounded with "sanctions" (review b #8, session 54: planned relief read as
  // a sanction), so the word of relief is the punitive noun's modifier, not a word above it. Its recipient is the
  // punitive noun's own "on" phrase (session 55: was none).
  it.each([
    ['The United States announced plans to ease sanctions on Vietnam.', 'CONCEDE 085 USA->VNM'],
    ['The United States announced plans to lift its sanctions against Vietnam.', 'CONCEDE 085 USA->VNM'],
    ['The United States announced plans to impose sanctions on Vietnam.', 'SANCTION 163 USA->VNM'],
    // Loosening curbs is relief too (review after session 55 #11: was SANCTION).
    ['Britain announced plans to relax restrictions on Chinese investment.', 'CONCEDE 085 GBR->'],
    ['Britain announced plans to loosen restrictions on Chinese investment.', 'CONCEDE 085 GBR->'],
  ])('"%s": a plan of relief the parser makes a modifier of the punitive noun is still relief', (sentence, expected) => {
    expect(codedAt(`WASHINGTON, March 3, 1992 (AP) - ${sentence}`, 'announced', '1992-03-03', { cameo: true })).toEqual([expected]);
  });
});
