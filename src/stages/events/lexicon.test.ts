import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assetPath, splitAsset } from '../../core/assets.js';
import { EVENTS_LEXICON, formatLexicon, loadLexicon, packLexicon, readLexicon, type Lexicon, type LexiconFile, type StoredPattern, type VerbPattern } from './lexicon.js';

const WEAPON = ['gun', 'guns', 'nerve gas', 'missile'];
const pattern = (code: string, obj: string[][][], preps: VerbPattern['preps'] = [], subj: string[][][] = []): VerbPattern => ({ subj, obj, preps, code, source: `pattern ${code}` });

/** A small lexicon in the shape the build assembles: a synonym set used by three patterns in two blocks. */
const spelt: Lexicon = {
  cameo: {},
  verbs: { use: [{ blocks: ['dyad:USE', 'USE'] }] },
  nouns: {},
  forms: {},
  blocks: {
    'dyad:USE': [pattern('190', [[WEAPON]]), pattern('---', [[['tear'], ['gas']]])],
    USE: [pattern('180', [], [{ prep: 'against' }]), pattern('181', [[['chemical'], WEAPON]]), pattern('182', [], [{ prep: 'with', np: [WEAPON] }])],
  },
};

describe('packLexicon', () => {
  it('stores each distinct pattern word once, patterns naming it by index', () => {
    const file = packLexicon(spelt);
    expect(file.words.filter((w) => w === WEAPON || w.join() === WEAPON.join())).toHaveLength(1);
    const weapon = file.words.findIndex((w) => w.join() === WEAPON.join());
    expect(file.blocks['dyad:USE'][0].obj).toEqual([[weapon]]);
    expect(file.blocks.USE[2].preps).toEqual([{ prep: 'with', np: [weapon] }]);
    expect(file.blocks.USE[0].preps).toEqual([{ prep: 'against' }]);
    // Expanding the indices gives back the spelt-out patterns.
    const expand = (p: readonly (readonly number[])[]) => p.map((phrase) => phrase.map((i) => file.words[i]));
    for (const [name, patterns] of Object.entries(spelt.blocks)) {
      expect(file.blocks[name].map((p) => ({ ...p, subj: expand(p.subj), obj: expand(p.obj), preps: p.preps.map((x) => (x.np ? { ...x, np: expand([x.np])[0] } : x)) }))).toEqual(patterns);
    }
  });

});

describe('formatLexicon', () => {
  it('writes JSON: the tables on the first line, then one block per line', () => {
    const file = packLexicon(spelt);
    const text = formatLexicon(file);
    expect(JSON.parse(text)).toEqual(file);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\{"cameo":.*"words":\[.*\],"blocks":\{$/);
    expect(lines.slice(1)).toEqual([`"dyad:USE":${JSON.stringify(file.blocks['dyad:USE'])},`, `"USE":${JSON.stringify(file.blocks.USE)}`, '}}', '']);
  });
});

describe('readLexicon', () => {
  const lexicon = readLexicon(Buffer.from(formatLexicon(packLexicon(spelt))), 'test.json');

  it('reads the last block, which has no comma after it', () => {
    expect(lexicon.block('USE')!.unanchored.map((p) => p.source)).toEqual(['pattern 180']);
  });

  it('refuses a block line of another shape', () => {
    const text = formatLexicon(packLexicon(spelt)).replace('\n"USE":[', '\n"USE": [');
    expect(() => readLexicon(Buffer.from(text), 'bad.json')).toThrow(/bad\.json: not a block line: "USE": \[/);
  });

  it('indexes a block by the head words of its anchors, keeping pattern order', () => {
    const block = lexicon.block('USE')!;
    expect(block.unanchored.map((p) => p.code)).toEqual(['180']);
    expect(block.byWord.get('guns')?.map((p) => [p.code, p.order])).toEqual([['181', 1], ['182', 2]]);
    // A multi-word alternative is indexed by its last word, and needs its other words before it.
    const gas = block.byWord.get('gas')![0].anchor!;
    expect(gas.before?.get('gas')).toEqual([['nerve']]);
    expect(gas.before?.has('gun')).toBe(false);
  });

  it('compiles a block once, on first use, and shares word sets between blocks', () => {
    expect(lexicon.block('dyad:USE')).toBe(lexicon.block('dyad:USE'));
    expect(lexicon.block('dyad:USE')!.byWord.get('gun')![0].anchor).toBe(lexicon.block('USE')!.byWord.get('gun')![0].obj[0][1]);
  });

  it('marks once, when compiling, the patterns whose object words are particles alone (rule-words pattern-particle)', () => {
    const blocks = { KICK: [pattern('046', [[['off']]]), pattern('112', [[['attack', 'attacks'], ['on']]]), pattern('042', [[['on']], [['trip']]]), pattern('190', [[['up', 'down']]]), pattern('180', [], [{ prep: 'against' }])] };
    const block = readLexicon(Buffer.from(formatLexicon(packLexicon({ ...spelt, blocks }))), 'test.json').block('KICK')!;
    const all = [...block.unanchored, ...new Set([...block.byWord.values()].flat())].sort((a, b) => a.order - b.order);
    expect(all.map((p) => [p.code, p.particlesOnly])).toEqual([['046', true], ['112', false], ['042', false], ['190', true], ['180', false]]);
    // Every compiled pattern has the same fields, in the same order (one object shape for the matcher).
    expect(new Set(all.map((p) => Object.keys(p).join()))).toEqual(new Set([Object.keys(all[0]).join()]));
  });

  it('gives the words whose patterns are the same one list, and every empty side one array (#13: compact blocks)', () => {
    const block = lexicon.block('USE')!;
    expect(block.byWord.get('guns')).toBe(block.byWord.get('gun'));
    expect(block.byWord.get('missile')).toBe(block.byWord.get('gas'));
    const [withGuns, withGunsToo] = block.byWord.get('guns')!;
    expect(withGuns.subj).toEqual([]);
    expect(withGuns.subj).toBe(withGunsToo.subj);
    expect(withGunsToo.obj).toBe(lexicon.block('USE')!.unanchored[0].obj);
  });

  it('knows no block the file lacks, not even one named like an Object property', () => {
    expect(lexicon.block('ATTACK')).toBeUndefined();
    expect(lexicon.block('constructor')).toBeUndefined();
  });

  it('keeps the tables and leaves out the stored patterns', () => {
    expect(lexicon.verbs.use[0].blocks).toEqual(['dyad:USE', 'USE']);
    expect(lexicon).not.toHaveProperty('words');
    expect(lexicon).not.toHaveProperty('blocks');
  });
});

describe('the shipped lexicon', () => {
  it('is payload version 2 and compiles the blocks its verbs name', () => {
    expect(EVENTS_LEXICON.version).toBe(2);
    const lexicon = loadLexicon();
    const blocks = new Set(Object.values(lexicon.verbs).flatMap((entries) => entries.flatMap((e) => e.blocks)));
    expect([...blocks].filter((name) => !lexicon.block(name))).toEqual([]);
    expect(lexicon.block('dyad:AGREE')!.byWord.size).toBeGreaterThan(0);
  });

  it('indexes every pattern of every block as the index is defined: under each head of its anchor, in pattern order', () => {
    const lexicon = loadLexicon();
    // `formatLexicon`'s layout is JSON as a whole: the stored patterns, read apart from `readLexicon`.
    const path = assetPath('models', 'events', 'lexicon.json');
    const { words, blocks } = JSON.parse(splitAsset(readFileSync(path), path).payload.toString('utf8')) as LexiconFile;
    expect(Object.keys(blocks).length).toBeGreaterThan(500);
    // One expect for the lot: tens of thousands of `toContain`s took 4-11 s (review rv-b).
    const mismatches: string[] = [];
    for (const [name, patterns] of Object.entries(blocks)) {
      const block = lexicon.block(name)!;
      const lists = new Map([...new Set(block.byWord.values())].map((list) => [list, new Set(list)]));
      const all = [...new Set([...block.unanchored, ...[...lists.keys()].flat()])].sort((a, b) => a.order - b.order);
      // A pattern is found when it has no anchor or its anchor has a word: CAMEO's &CURRENCY has none ("* &CURRENCY").
      const anchorOf = (p: StoredPattern) => p.obj[0]?.at(-1) ?? p.preps.find((x) => x.np)?.np?.at(-1);
      const findable = patterns.flatMap((p, order) => (anchorOf(p) === undefined || words[anchorOf(p)!].length > 0 ? [order] : []));
      if (all.map((p) => p.order).join() !== findable.join()) mismatches.push(`${name}: patterns found ${all.map((p) => p.order).join()}, findable ${findable.join()}`);
      const unanchored = all.filter((p) => !p.anchor);
      if (block.unanchored.length !== unanchored.length || block.unanchored.some((p, i) => p !== unanchored[i])) mismatches.push(`${name}: unanchored`);
      for (const list of lists.keys()) if (!list.every((p, i) => i === 0 || list[i - 1].order < p.order)) mismatches.push(`${name}: a list out of pattern order`);
      for (const pattern of all) {
        for (const word of pattern.anchor ?? []) {
          const list = block.byWord.get(word);
          if (!list || !lists.get(list)!.has(pattern)) mismatches.push(`${name} ${word}: pattern ${pattern.order} not under it`);
        }
      }
      for (const [word, list] of block.byWord) if (!list.every((p) => p.anchor?.has(word))) mismatches.push(`${name} ${word}: a pattern not anchored by it`);
    }
    expect(mismatches).toEqual([]);
  });
});
