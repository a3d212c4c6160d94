import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { discourse } from './index.js';
import { resolvedActors } from './merge.js';
import { HOST } from '../../../test/support/dateline-host.js';

const run = (doc: Document, places: NonNullable<Document['layers']['places']>): Document => ({ ...doc, layers: { ...doc.layers, places, discourse: discourse().run({ ...doc, layers: { ...doc.layers, places } }, { report: () => undefined }) } });

/** "Delegates from <count> <noun> are meeting ." */
function meeting(count: string, noun: string): string {
  return `
  Delegates delegate NOUN NNS 5 nsubj
  from from ADP IN 4 case
  ${count} ${count} NUM CD 4 nummod
  ${noun} ${noun} NOUN NNS 1 nmod
  meeting meet VERB VBG 0 root
  . . PUNCT . 5 punct`;
}

function codeOf(count: string, noun: string): string | undefined {
  const delegates: ActorSpec = { sent: 1, tokens: [0, 1], id: 'UNK-LEG', sector: 'LEG' };
  const nz: ActorSpec = { sent: 0, tokens: [0, 2], id: 'NZL', name: 'New Zealand', code: 'NZL' };
  const doc = parsedDoc([HOST, meeting(count, noun)], { actors: [nz, delegates], meta: { date: '1987-03-24' } });
  const placed = run(doc, [{ start: 0, end: 11, name: 'New Zealand', country: 'NZL', role: 'dateline' } as never]);
  return resolvedActors(placed).find((m) => placed.text.slice(m.start, m.end) === 'Delegates')?.code;
}

describe('people of many states', () => {
  it.each([
    ['22', 'countries'],
    ['seven', 'nations'],
  ])('issue-12: "Delegates from %s %s" take no country from the dateline', (count, noun) => {
    expect(codeOf(count, noun)).toBeUndefined();
  });

  it.each([
    ['two', 'countries'],
    ['the', 'countries'],
    ['22', 'companies'],
  ])('"Delegates from %s %s" keep the story\'s country', (count, noun) => {
    expect(codeOf(count, noun)).toBe('NZL');
  });

  it('issue-12: a first word read as a name and hung on the plural as a compound ("Delegates from 46 countries are gathering")', () => {
    const misread = `
  Delegates Delegates PROPN NNP 4 compound
  from from ADP IN 4 case
  46 46 NUM CD 4 nummod
  countries country NOUN NNS 5 nsubj
  gathering gather VERB VBG 0 root
  . . PUNCT . 5 punct`;
    const delegates: ActorSpec = { sent: 1, tokens: [0, 1], id: 'UNK-LEG', sector: 'LEG' };
    const nz: ActorSpec = { sent: 0, tokens: [0, 2], id: 'NZL', name: 'New Zealand', code: 'NZL' };
    const doc = parsedDoc([HOST, misread], { actors: [nz, delegates], meta: { date: '1987-04-26' } });
    const placed = run(doc, [{ start: 0, end: 11, name: 'New Zealand', country: 'NZL', role: 'dateline' } as never]);
    expect(resolvedActors(placed).find((m) => placed.text.slice(m.start, m.end) === 'Delegates')?.code).toBeUndefined();
  });

  /** "Delegates from <count> <noun> are attending ." with the marker hung on the count and the count on the agent. */
  const countHead = (count: string, noun: string): string => `
  Delegates Delegates PROPN NNP 4 compound
  from from ADP IN 3 case
  ${count} ${count} NUM CD 1 nmod
  ${noun} ${noun} NOUN NNS 5 nsubj
  attending attend VERB VBG 0 root
  . . PUNCT . 5 punct`;
  const countHeadCode = (count: string, noun: string): string | undefined => {
    const delegates: ActorSpec = { sent: 1, tokens: [0, 1], id: 'UNK-LEG', sector: 'LEG' };
    const nz: ActorSpec = { sent: 0, tokens: [0, 2], id: 'NZL', name: 'New Zealand', code: 'NZL' };
    const doc = parsedDoc([HOST, countHead(count, noun)], { actors: [nz, delegates], meta: { date: '1987-03-23' } });
    const placed = run(doc, [{ start: 0, end: 11, name: 'New Zealand', country: 'NZL', role: 'dateline' } as never]);
    return resolvedActors(placed).find((m) => placed.text.slice(m.start, m.end) === 'Delegates')?.code;
  };

  it('issue-12: the marker hung on the count ("Delegates from 23 countries are attending") is read by word order', () => {
    expect(countHeadCode('23', 'countries')).toBeUndefined();
  });

  it.each([['two', 'countries'], ['23', 'companies']])('the same shape with "%s %s" keeps the story\'s country', (count, noun) => {
    expect(countHeadCode(count, noun)).toBe('NZL');
  });
});
