import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document } from '../../core/document.js';
import { discourse } from './index.js';
import { resolvedActors } from './merge.js';
import { HOST } from '../../../test/support/dateline-host.js';

const run = (doc: Document, places: NonNullable<Document['layers']['places']>): Document => ({ ...doc, layers: { ...doc.layers, places, discourse: discourse().run({ ...doc, layers: { ...doc.layers, places } }, { report: () => undefined }) } });

/** "Delegates from <count> countries are meeting ." */
const meeting = (count: string): string => `
  Delegates delegate NOUN NNS 5 nsubj
  from from ADP IN 4 case
  ${count} ${count} NUM CD 4 nummod
  countries country NOUN NNS 1 nmod
  meeting meet VERB VBG 0 root
  . . PUNCT . 5 punct`;

/** "<first> delegates met ." */
const later = (first: string): string => `
  ${first} ${first.toLowerCase()} ${first === 'The' ? 'DET DT 2 det' : 'ADJ JJ 2 amod'}
  delegates delegate NOUN NNS 3 nsubj
  met meet VERB VBD 0 root
  . . PUNCT . 3 punct`;

/** The code the later "<first> delegates" take in a Taupo story whose earlier delegates are of `count` countries. */
function laterCode(count: string, first: string): string | undefined {
  const nz: ActorSpec = { sent: 0, tokens: [0, 2], id: 'NZL', name: 'New Zealand', code: 'NZL' };
  const delegates: ActorSpec = { sent: 1, tokens: [0, 1], id: 'UNK-LEG', sector: 'LEG' };
  const again: ActorSpec = { sent: 2, tokens: [0, 2], id: 'UNK-LEG2', sector: 'LEG' };
  const doc = parsedDoc([HOST, meeting(count), later(first)], { actors: [nz, delegates, again], meta: { date: '1987-03-24' } });
  const placed = run(doc, [{ start: 0, end: 11, name: 'New Zealand', country: 'NZL', role: 'dateline' } as never]);
  return resolvedActors(placed).find((m) => placed.text.slice(m.start, m.end) === `${first} delegates`)?.code;
}

describe('the people of many states named again', () => {
  it('issue-12: "the delegates" after "Delegates from 22 countries" take no country from the dateline', () => {
    expect(laterCode('22', 'The')).toBeUndefined();
  });

  it('"the delegates" after delegates of two countries keep the story\'s country', () => {
    expect(laterCode('two', 'The')).toBe('NZL');
  });

  it('"Local delegates" after "Delegates from 22 countries" keep the story\'s country', () => {
    expect(laterCode('22', 'Local')).toBe('NZL');
  });
});
