import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DyadError } from '../../core/errors.js';
import { Lemmatizer, readKnownVerbs, shippedKnownVerbs, type KnownVerbs } from './lemmatizer.js';

const noVerbs: KnownVerbs = { lemmas: new Set(), irregular: new Map() };

const lemmatizer = new Lemmatizer({
  exceptions: { 'went\tVBD': 'go', 'americans\tNNPS': 'American' },
  rules: { 'NNS\ts': '1\t', 'NNS\ties': '3\ty', 'VBG\ting': '3\t' },
  maxSuffix: 5,
}, noVerbs);

describe('Lemmatizer', () => {
  it.each([
    ['went', 'VBD', 'go'],
    ['Went', 'VBD', 'go'],
    ['treaties', 'NNS', 'treaty'],
    ['talks', 'NNS', 'talk'],
    ['meeting', 'VBG', 'meet'],
    ['Kyiv', 'NNP', 'Kyiv'],
    ['Americans', 'NNPS', 'American'],
    ['The', 'DT', 'the'],
  ])('%s/%s → %s', (form, xpos, lemma) => {
    expect(lemmatizer.lemmatize(form, xpos)).toBe(lemma);
  });

  it('prefers the longest matching ending', () => {
    expect(lemmatizer.applyRules('parties', 'NNS')).toBe('party');
  });
});

describe('a suffix rule that would strip past its own ending', () => {
  // what training once learned from one capitalised adjective: a whole-word edit filed under "nian"
  const learned = new Lemmatizer({ exceptions: {}, rules: { 'JJ\tnian': '11\tPalestinian', 'JJ\tn': '0\t' }, maxSuffix: 5 }, noVerbs);

  it('is passed over for a shorter ending', () => {
    expect(learned.lemmatize('Ukrainian', 'JJ')).toBe('ukrainian');
  });
});

describe('a suffix rule that would leave no syllable', () => {
  const superlatives = new Lemmatizer({ exceptions: {}, rules: { 'JJS\test': '3\t', 'JJS\tst': '2\t' }, maxSuffix: 5 }, noVerbs);

  it.each([
    ['hardest', 'hard'],
    ['West', 'west'],
    ['Nest', 'nest'],
  ])('%s/JJS → %s', (form, lemma) => {
    expect(superlatives.lemmatize(form, 'JJS')).toBe(lemma);
  });
});

describe('inflected verbs read against the known verbs', () => {
  // the suffix rules the treebank teaches: strip -d after e ("declared"), -ed after l ("called"), -ing
  const rules = { 'VBD\tred': '1\t', 'VBD\tled': '2\t', 'VBN\tmed': '1\t', 'VBG\ting': '3\t' };
  const verbs: KnownVerbs = { lemmas: new Set(['pour', 'rule', 'resume', 'stop', 'deny', 'hope', 'hop', 'declare']), irregular: new Map([['fought', 'fight']]) };
  const withVerbs = new Lemmatizer({ exceptions: { 'went\tVBD': 'go' }, rules, maxSuffix: 5 }, verbs);
  const rulesOnly = new Lemmatizer({ exceptions: {}, rules, maxSuffix: 5 }, noVerbs);

  it.each([
    ['poured', 'VBD', 'pour', 'poure'],
    ['ruled', 'VBD', 'rule', 'rul'],
    ['resumed', 'VBN', 'resume', 'resume'],
    ['resuming', 'VBG', 'resume', 'resum'],
    ['stopping', 'VBG', 'stop', 'stopp'],
    ['hoping', 'VBG', 'hope', 'hop'],
    ['fought', 'VBD', 'fight', 'fought'],
    ['went', 'VBD', 'go', 'went'],
  ])('%s/%s → %s (rules alone: %s)', (form, xpos, lemma, byRules) => {
    expect(withVerbs.lemmatize(form, xpos)).toBe(lemma);
    expect(rulesOnly.lemmatize(form, xpos)).toBe(byRules);
  });

  it('leaves a verb it does not know to the rules', () => {
    expect(withVerbs.lemmatize('googled', 'VBD')).toBe(rulesOnly.lemmatize('googled', 'VBD'));
    expect(withVerbs.lemmatize('declared', 'VBD')).toBe('declare');
  });

  it('knows a prefix on a known verb', () => {
    expect(withVerbs.lemmatize('reruled', 'VBD')).toBe('rerule');
    expect(withVerbs.lemmatize('unstopped', 'VBN')).toBe('unstop');
  });

  it('reads only verb tags against the verbs', () => {
    expect(withVerbs.lemmatize('ruled', 'JJ')).toBe('ruled');
  });
});

describe('the shipped verb lists', () => {
  const shipped = new Lemmatizer({ exceptions: {}, rules: {}, maxSuffix: 0 }, shippedKnownVerbs());

  it.each([
    ['The court ruled out a retrial', 'ruled', 'VBD', 'rule'],
    ['Troops poured into the town', 'poured', 'VBD', 'pour'],
    ['The two sides resumed talks on Monday', 'resumed', 'VBD', 'resume'],
    ['She chaired the meeting', 'chaired', 'VBD', 'chair'],
    ['Parliament reconvened after the recess', 'reconvened', 'VBD', 'reconvene'],
    ['Police stopped the march', 'stopped', 'VBD', 'stop'],
    ['The ministry denied the report', 'denied', 'VBD', 'deny'],
    ['Rebels shelled the airport', 'shelled', 'VBD', 'shell'],
    ['The army is resuming its offensive', 'resuming', 'VBG', 'resume'],
    ['Moscow denies any role', 'denies', 'VBZ', 'deny'],
    ['Thousands fled the fighting', 'fled', 'VBD', 'flee'],
    ['The rebels fought government troops', 'fought', 'VBD', 'fight'],
  ])('%s: %s/%s → %s', (_sentence, form, xpos, lemma) => {
    expect(shipped.lemmatize(form, xpos)).toBe(lemma);
  });

  it('names a malformed line of the irregular forms', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbs-'));
    writeFileSync(join(dir, 'verb-lemmas.txt'), 'rule\n');
    writeFileSync(join(dir, 'verb-forms.tsv'), 'fought\n');
    expect(() => readKnownVerbs(dir)).toThrow(DyadError);
  });
});
