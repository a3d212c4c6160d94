import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codedAt } from '../../../test/support/coded-triggers.js';

// "European Community trade experts will meet in Brussels tomorrow …, British Prime Minister Margaret Thatcher said"
// (training wire reuters-15741): the one who reports a meeting its own subject holds is its source, no party of it
// (#12). Taken as one, the meeting's AGREE went to Britain as its other side (discourse/counterpart-recipient). Real parses.
const pipeline = defaultPipeline({ layers: ['discourse'] });
const text = 'European Community trade experts will meet in Brussels tomorrow to discuss possible EC action against Japan over trade, British Prime Minister Margaret Thatcher said.';

function members(input: string, date = '1987-04-09'): string[] | undefined {
  const doc = pipeline.run(makeDoc({ text: input, meta: { date } }));
  return doc.layers.discourse?.participants?.members.map((m) => m.code ?? '').sort();
}

describe('the speaker who reports a meeting', () => {
  it('issue-12: reuters-15741 is no party of the meeting its report names', () => {
    expect(members(text)).toBeUndefined();
    expect(codedAt(text, 'meet', '1987-04-09').some((e) => e.includes('GBR'))).toBe(false);
  });

  it('stays a party when the meeting clause\'s subject is a pronoun: "Thatcher said she met Reagan"', () => {
    expect(members('British Prime Minister Margaret Thatcher said she met President Ronald Reagan in Washington on Friday.')).toEqual(['GBR', 'USA']);
  });

  // Review rv-c #7: a speaker who may be one of the meeting's subject ("NATO defence ministers … German Defence Minister
  // Boris Pistorius told reporters") is one of its parties, not only its source.
  it('keeps a speaker the meeting\'s subject may include: "NATO defence ministers met …, German Defence Minister … told reporters"', () => {
    const report = 'NATO defence ministers met in Brussels on Thursday, German Defence Minister Boris Pistorius told reporters.';
    expect(members(report, '2023-06-15')).toEqual(['DEU', 'IGO']);
    expect(codedAt(report, 'met', '2023-06-15')).toEqual(['CONSULT IGO+DEU->']);
  });
});
