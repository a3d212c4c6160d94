import { describe, expect, it } from 'vitest';
import { parseVerbDictionary } from '../scripts/events/verb-dictionary.js';

// The build's reader of PETRARCH verb dictionaries (scripts/events/verb-dictionary.ts), on the
// header forms CAMEO.2.0.txt uses.
const dictionary = (header: string) => parseVerbDictionary(`
---  BLAME   [112]  ---
BLAME
- * &CRIME                                            [1121]

${header}
DELAY
PREVENT
- * VISIT                                             [160]
`);

describe('parseVerbDictionary', () => {
  it.each([
    ['--- DELAY [120] ---'],
    ['---  DELAY   [120]---  ---'],
  ])('issue-12: a block header %s opens its own block, whose verbs do not fall into the block above', (header) => {
    const dict = dictionary(header);
    expect(dict.verbs.delay).toEqual([expect.objectContaining({ code: '120', blocks: ['DELAY'] })]);
    expect(dict.verbs.prevent?.[0].blocks).toEqual(['DELAY']);
    expect(dict.blocks.DELAY).toHaveLength(1);
    expect(dict.blocks.BLAME).toHaveLength(0);
  });
});

describe('parseVerbDictionary: own-object nouns', () => {
  it('fix-ev-lexicon: "=" marks a post-verb noun that must be the verb\'s own object; other patterns stay loose', () => {
    const dict = parseVerbDictionary(`
&CLAIMED
+CLAIM

---  SHRUG_OFF   [---]  ---
+SHRUG_OFF
- * =&CLAIMED                                        [120]
- * SANCTIONS                                        [128]
`);
    expect(dict.blocks.SHRUG_OFF[0]).toMatchObject({ obj: [[['claim', 'claims']]], code: '120', direct: true });
    expect(dict.blocks.SHRUG_OFF[1].direct).toBeUndefined();
  });
});
