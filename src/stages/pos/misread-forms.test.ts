import { describe, expect, it } from 'vitest';
import { loadPosModel, tagSentence } from './pos-model.js';

const model = loadPosModel();
const tagsOf = (text: string): string[] => {
  const words = text.split(' ');
  return tagSentence(model, words).map((t, i) => `${words[i]}/${t.upos}/${t.xpos}`);
};

describe('a plural noun of polities read as a verb after a capitalised modifier is the noun', () => {
  it.each([
    ['The Baltic states condemned the attack .', ['states/NOUN/NNS', 'condemned/VERB/VBD']],
    ['The Gulf states condemned the attack .', ['states/NOUN/NNS', 'condemned/VERB/VBD']],
  ])('"%s"', (text, expected) => {
    expect(tagsOf(text)).toEqual(expect.arrayContaining(expected));
  });

  it('leaves a verb after a lowercase subject alone', () => {
    expect(tagsOf('The report states that the attack failed .')).toContain('states/VERB/VBZ');
  });
});

describe('a past participle after a perfect auxiliary is the participle', () => {
  it.each([
    ['Lukashenko had won the election .', ['had/AUX/VBD', 'won/VERB/VBN']],
    ['The party had won 40 seats .', ['had/AUX/VBD', 'won/VERB/VBN']],
    ['The president has won praise .', ['won/VERB/VBN']],
  ])('"%s"', (text, expected) => {
    expect(tagsOf(text)).toEqual(expect.arrayContaining(expected));
  });

  it('leaves a noun modifier before its noun alone', () => {
    expect(tagsOf('They had ground troops .')).toContain('ground/NOUN/NN');
  });
});
