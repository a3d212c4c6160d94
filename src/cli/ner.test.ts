import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagConllFile } from './ner.js';

const INPUT = `-DOCSTART- -X- -X- O

Presidents NNS B-NP O
Vladimir NNP I-NP B-PER
Putin NNP I-NP I-PER
of IN B-PP O
Russia NNP B-NP B-LOC
spoke VBD B-VP O
. . O O
`;

describe('dyad ner --conll', () => {
  it('appends a predicted IOB2 tag in CoNLL types to each token line', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dyad-ner-')), 'in.txt');
    writeFileSync(path, INPUT);
    const lines = tagConllFile(path).trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['-DOCSTART- -X- -X- O', '']);
    expect(lines.slice(2).map((l) => l.split(' ').at(-1))).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O']);
  });

  it('fails with E010 on a missing file', () => {
    expect(() => tagConllFile('/nonexistent/conll.txt')).toThrow(expect.objectContaining({ code: 'E010' }));
  });
});
