import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import type { Document, DocMeta } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { loadKb } from '../actors/kb.js';
import { discourse } from './index.js';
import { isJointTitle, parseTitleWords, titleParties } from './signatories.js';

const WORDS = parseTitleWords('opens\tby\nopens\tfrom\nopens\tbetween\ncloses\tfollowing\ncloses\tin\ntitle\tpresident\ntitle\tminister\n', 'test', new Set(['on']));
const parties = (title: string, day = '2022-07-16') => titleParties(title, WORDS, loadKb(), day).map((p) => p.code);

describe('the signatories a joint statement\'s title names', () => {
  it('reads the names in its signatory phrases, not in its topic', () => {
    expect(parties('Joint Statement by President Joseph R. Biden Jr. of the United States and President Iván Duque Márquez of the Republic of Colombia', '2021-10-20')).toEqual(['USA', 'COL']);
    expect(parties('U.S.-Canada Joint Statement on Gordie Howe International Bridge')).toEqual(['USA', 'CAN']);
    expect(parties('Joint Statement of Japan, the Republic of Korea, and the United States')).toEqual(['JPN', 'KOR', 'USA']);
    // What the statement is about names no signatory.
    expect(parties('Joint Statement on Israel')).toEqual([]);
  });

  it('takes a lone surname only after an office word, and a place with no party inside it', () => {
    // "Prime" after "Iraqi" is no one's surname here; "Jeddah" closes nothing but is only a place.
    expect(parties('Joint Statement Following Meeting Between President Biden and Iraqi Prime Minister Kadhimi in Jeddah')).toEqual(['USA', 'IRQ']);
    // "Klaus" is the given name of "President Klaus Iohannis", no surname of its own.
    expect(parties('Joint Statement by Romanian President Klaus Iohannis and Ukrainian President Volodymyr Zelenskyy', '2024-07-10')).toEqual(['ROU', 'UKR']);
    // "Northern Ireland" is part of the United Kingdom, not Ireland.
    expect(parties('Joint Statement by the President of France Emmanuel Macron, Prime Minister of the United Kingdom and Northern Ireland Boris Johnson', '2021-11-19')).toEqual(['FRA', 'GBR']);
  });

  it('tells a statement\'s own title from a report that mentions one', () => {
    expect(isJointTitle('Joint Statement on U.S.-China Economic and Trade Meeting in Geneva')).toBe(true);
    expect(isJointTitle('The Jeddah Communique: A Joint Communiqué Between Two States')).toBe(true);
    expect(isJointTitle('Leaders discuss a joint approach to statements')).toBe(false);
  });

  it('rejects a malformed row with its line', () => {
    expect(() => parseTitleWords('# comment\nopen by\n', 'joint-titles.tsv')).toThrow(DyadError);
  });
});

/** "The Government of Chile and the Government of Peru , . We support Peru . Trade in our economies grew . Our countries agree ." */
const STATEMENT = [`
  The the DET DT 2 det
  Government government NOUN NN 0 root
  of of ADP IN 4 case
  Chile Chile PROPN NNP 2 nmod
  and and CCONJ CC 7 cc
  the the DET DT 7 det
  Government government NOUN NN 2 conj
  of of ADP IN 9 case
  Peru Peru PROPN NNP 7 nmod
  . . PUNCT . 2 punct`, `
  We we PRON PRP 2 nsubj
  support support VERB VBP 0 root
  trade trade NOUN NN 2 obj
  . . PUNCT . 2 punct`, `
  Trade trade NOUN NN 2 nsubj
  grew grow VERB VBD 0 root
  in in ADP IN 5 case
  our our PRON PRP$ 5 nmod:poss
  economies economy NOUN NNS 2 obl
  . . PUNCT . 2 punct`, `
  Our our PRON PRP$ 2 nmod:poss
  countries country NOUN NNS 3 nsubj
  agree agree VERB VBP 0 root
  . . PUNCT . 3 punct`];
const actors: ActorSpec[] = [{ sent: 0, tokens: [0, 4], id: 'CHLGOV', name: 'Chile (GOV)', code: 'CHL', sector: 'GOV' }, { sent: 0, tokens: [5, 9], id: 'PERGOV', name: 'Peru (GOV)', code: 'PER', sector: 'GOV' }];

function resolvedWe(meta: Partial<DocMeta>): { text: string; codes: string[] }[] {
  const doc = parsedDoc(STATEMENT, { actors, meta: { date: '2022-05-01', ...meta } });
  const withLayers: Document = { ...doc, layers: { ...doc.layers, places: [] } };
  const layer = discourse().run(withLayers, { report: () => undefined });
  return layer.mentions.filter((m) => m.reasons[0]?.rule === 'discourse/signatories').map((m) => ({ text: doc.text.slice(m.start, m.end), codes: (m.parts ?? []).map((p) => p.code ?? '') }));
}

describe('a joint statement\'s "we"', () => {
  it('is its signatories: the title\'s, else the lead\'s when the publisher\'s country signed', () => {
    // The title names Chile and Peru; "our economies" is left alone.
    expect(resolvedWe({ source: 'gob.cl', title: 'Joint Statement by Chile and Peru' })).toEqual([]);
    const onSite = resolvedWe({ source: 'https://www.whitehouse.gov/x', title: 'Joint Statement by Chile and Peru' });
    expect(onSite).toEqual([{ text: 'We', codes: ['CHL', 'PER'] }, { text: 'Our countries', codes: ['CHL', 'PER'] }]);
    // No signatory in the title: the lead's parties, but only if the site's own country is one of them.
    expect(resolvedWe({ source: 'https://www.whitehouse.gov/x', title: 'Joint Statement on Trade' })).toEqual([]);
  });

  it('is left alone where the article only reports a statement', () => {
    expect(resolvedWe({ source: 'https://www.whitehouse.gov/x', title: 'Chile and Peru sign a trade pact' })).toEqual([]);
  });
});
