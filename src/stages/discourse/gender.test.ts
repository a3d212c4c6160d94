import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { DyadError } from '../../core/errors.js';
import { givenNames, parseGenderWords, parseGivenNames } from '../../lang/gender.js';
import { gendersOf } from './gender.js';
import { formatGivenNames, learnGivenNames } from './given-names.js';
import { discourse } from './index.js';
import { viewOf } from './view.js';

/** "Mr. Tedeschi met Gloria Sam. She said …": "She" is no man's. */
const SENTENCES = [`
  Mr. Mr. PROPN NNP 2 compound
  Tedeschi Tedeschi PROPN NNP 3 nsubj
  met meet VERB VBD 0 root
  Gloria Gloria PROPN NNP 5 compound
  Sam Sam PROPN NNP 3 obj
  . . PUNCT . 3 punct`, `
  She she PRON PRP 2 nsubj
  said say VERB VBD 0 root
  . . PUNCT . 2 punct`];

function doc() {
  const d = parsedDoc(SENTENCES, { actors: [{ sent: 0, tokens: [1, 2], id: 'local:1', name: 'Tedeschi' }, { sent: 0, tokens: [3, 5], id: 'local:2', name: 'Gloria Sam' }] });
  return { ...d, layers: { ...d.layers, actors: (d.layers.actors ?? []).map((m) => ({ ...m, kind: 'person' as const })), places: [] } };
}

describe('gender', () => {
  it('reads a title before a mention, and a given name by the learned table', () => {
    const d = doc();
    const genders = gendersOf(viewOf(d), d.layers.actors ?? [], parseGenderWords('mr\tm\ttitle\n').title, new Map([['gloria', 'f' as const]]));
    expect(Object.fromEntries(genders)).toEqual({ 'local:1': 'm', 'local:2': 'f' });
  });

  it('resolves "she" to the woman, not to the nearer subject who is a man', () => {
    const d = doc();
    const layer = discourse().run(d, { report: () => undefined });
    const she = layer.mentions.find((m) => d.text.slice(m.start, m.end) === 'She');
    // The shipped tables know "mr"; "gloria" need not be known: a person of unknown gender may be "she".
    expect(she?.actorId).toBe('local:2');
  });

  it('learns a given name from articles that call its bearer by title and surname', () => {
    const article = (given: string, title: string) => `${given} Hewitt announced a plan. Later ${title} Hewitt told the radio.`;
    const names = learnGivenNames([article('Patricia', 'Ms'), article('Patricia', 'Ms'), article('Patricia', 'Mrs'), article('Tony', 'Mr')], { minArticles: 3, purity: 0.9 });
    expect(Object.fromEntries(names)).toEqual({ patricia: 'f' });
    expect(parseGivenNames(formatGivenNames(names, ['test']))).toEqual(names);
  });

  it('keeps a vouched name that sometimes heads a title, drops an unvouched one, and never learns a title word', () => {
    const titled = (given: string, title: string) => `${given} Hewitt announced a plan. Later ${title} Hewitt told the radio. Prince ${given} of Kent came.`;
    const opened = (given: string) => `${given} Hewitt announced a plan. He told the radio. The ${given} of Kent came.`;
    // Many plain uses make the three title uses a small share of each name's capitalised uses.
    const plain = (given: string) => `${given} Hewitt. `.repeat(60);
    const corpus = [titled('Michael', 'Mr'), titled('Michael', 'Mr'), titled('Michael', 'Mr'), plain('Michael'),
      opened('Gaspe'), opened('Gaspe'), opened('Gaspe'), plain('Gaspe'),
      titled('Lord', 'Mr'), titled('Lord', 'Mr'), titled('Lord', 'Mr'), plain('Lord')];
    expect(Object.fromEntries(learnGivenNames(corpus, { minArticles: 3, purity: 0.9 }))).toEqual({ michael: 'm' });
  });

  it('ships a table that knows common names, and rejects a malformed line with its number', () => {
    expect(givenNames().get('vladimir')).toBe('m');
    expect(() => parseGivenNames('# c\nanne\tx\n')).toThrow(DyadError);
    expect(() => parseGenderWords('mr\n')).toThrow(/line 1/);
  });
});
