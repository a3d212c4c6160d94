import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import type { ActorMention } from '../actors/types.js';
import { loadKb } from '../actors/kb.js';
import type { Place } from '../places/types.js';
import { namedByCountry } from './country-name.js';
import { discourse } from './index.js';

/** "Miners struck in Bolivia ." */
const SENTENCE = `
  Miners miner NOUN NNS 2 nsubj
  struck strike VERB VBD 0 root
  in in ADP IN 4 case
  Bolivia Bolivia PROPN NNP 2 obl
  . . PUNCT . 2 punct`;

const kb = loadKb();
const mention = (over: Partial<ActorMention>): ActorMention => ({
  start: 0, end: 6, tokens: [0, 1], actorId: 'UNK-LAB', name: 'unknown country (LAB)', sector: 'LAB', reasons: [], why: 'test', ...over,
});

describe('a sector actor named by the country its context gave it', () => {
  it('names the miners of a sentence about Bolivia "Bolivia (LAB)", as a mention coded from the start is named', () => {
    const doc = parsedDoc([SENTENCE], { actors: [{ sent: 0, tokens: [0, 1], id: 'UNK-LAB', name: 'unknown country (LAB)', sector: 'LAB' }] });
    const at = doc.text.indexOf('Bolivia');
    const bolivia: Place = { start: at, end: at + 'Bolivia'.length, name: 'Bolivia', country: 'BOL', kind: 'country', confidence: 1, reasons: [], why: 'test' };
    const layer = discourse({ kb }).run({ ...doc, layers: { ...doc.layers, places: [bolivia] } }, { report: () => undefined });
    const miners = layer.mentions.find((m) => m.actorId === 'UNK-LAB');
    expect([miners?.code, miners?.name]).toEqual(['BOL', 'Bolivia (LAB)']);
  });

  it('leaves a mention with no code, a group, and an actor of its own name as they are', () => {
    const none = mention({});
    const group = mention({ code: 'BOL', members: ['a', 'b'] });
    const own = mention({ actorId: 'local:1', name: 'Cristobal Aranibar', code: 'BOL' });
    expect([namedByCountry(none, kb), namedByCountry(group, kb), namedByCountry(own, kb)]).toEqual([none, group, own]);
  });
});
