import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/split-sentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { NER_TYPES } from './labels.js';
import { loadModel } from './model.js';
import { addRepeatedNames, recogniseSentences, typeKnownPlaces } from './recognise.js';

// V8's own tests of a function's compiled code (`%OptimizeFunctionOnNextCall`, `%HasHoleyElements`), allowed for the
// functions made below: the lists of spans and entities must have one shape whichever tier made them (#13). A `map`
// that TurboFan inlines makes a holey list where the interpreter's makes a packed one, and `recogniseDocument`, which
// reads them, was thrown away ("wrong map") and compiled again at each change of tier, four to five times a process.
v8.setFlagsFromString('--allow-natives-syntax');
// `%…` calls parse only in code compiled after the flag is set: a Function made from text, no other way.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const optimised = new Function('f', 'run', '%PrepareFunctionForOptimization(f); run(); run(); %OptimizeFunctionOnNextCall(f); return run();') as <T>(f: unknown, run: () => T) => T;
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const isHoley = new Function('list', 'return %HasHoleyElements(list);') as (list: unknown) => boolean;

describe('the entity lists compiled by TurboFan', () => {
  const model = loadModel();
  // Names, a sentence without one, a surname found again by repetition (addRepeatedNames), a listed place (typeKnownPlaces).
  const text = 'Russian President Vladimir Putin met French President Emmanuel Macron in Moscow on Monday. It rained all day. Putin and Macron spoke of the Arctic.';
  const sentences = splitSentences(text, [{ start: 0, end: text.length }], { start: 0, end: text.length }, []);
  const tokens = tokenize(text, sentences);
  const words: string[][] = sentences.map(() => []);
  for (const t of tokens) words[t.sent].push(text.slice(t.start, t.end));
  const interpreted = recogniseSentences(model, words);

  it('are the packed lists the interpreter makes', () => {
    expect(interpreted.map((list) => list.map((e) => words[interpreted.indexOf(list)].slice(e.start, e.end).join(' ') + ' ' + e.type))).toEqual([
      ['Russian NORP', 'Vladimir Putin PERSON', 'French NORP', 'Emmanuel Macron PERSON', 'Moscow GPE'],
      [],
      ['Putin PERSON', 'Macron PERSON', 'Arctic LOC'],
    ]);
    const found = interpreted.map((list) => list.filter((e) => e.type !== 'PERSON' || e.end - e.start > 1));
    const repeated = optimised(addRepeatedNames, () => addRepeatedNames(words, found));
    const spansOf = (lists: typeof interpreted) => lists.map((list) => list.map(({ start, end, type }) => [start, end, type]));
    expect(spansOf(repeated)).toEqual(spansOf(interpreted));
    const spans = interpreted[2].map(({ start, end, type }) => ({ start, end, type: type === 'LOC' ? NER_TYPES.indexOf('GPE') : NER_TYPES.indexOf(type) }));
    const typed = optimised(typeKnownPlaces, () => typeKnownPlaces(words[2], spans, model.gazetteer));
    expect(typed.map(({ type }) => NER_TYPES[type])).toEqual(['PERSON', 'PERSON', 'LOC']);
    expect([repeated, ...repeated, typed].filter(isHoley)).toEqual([]);
  });
});
