import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { refuseHeldOut } from '../eval/events/held-out-overlap.js';

const made: string[] = [];
afterEach(() => { for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** A held-out root whose `wire/` folder holds gold files named after `ids` (their content is never read), each beside an input of text "story <id>". */
function heldOutRoot(...ids: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'held-out-overlap-test-'));
  made.push(root);
  mkdirSync(join(root, 'wire'));
  for (const id of ids) {
    writeFileSync(join(root, 'wire', `${id}.gold.json`), 'not read');
    writeFileSync(join(root, 'wire', `${id}.input.json`), JSON.stringify({ text: `story ${id}` }));
  }
  return root;
}

describe('refuseHeldOut', () => {
  const training = [{ folder: 'reuters', docId: 'reuters-1' }, { folder: 'reuters', docId: 'reuters-2' }];

  it('passes training articles the held-out set does not hold', () => {
    expect(refuseHeldOut(training, heldOutRoot('reuters-3'))).toEqual(training);
  });

  it('passes everything when there is no held-out set', () => {
    expect(refuseHeldOut(training, join(tmpdir(), 'no-such-held-out-root'))).toEqual(training);
  });

  it('refuses, with E320, a training article the held-out set also annotates', () => {
    expect(() => refuseHeldOut(training, heldOutRoot('reuters-3', 'reuters-2')))
      .toThrow(/E320: Training gold reuters\/reuters-2\.gold\.json annotates reuters-2, which the held-out gold also holds \(wire\/reuters-2\.gold\.json\)/);
  });

  it('refuses, with E321, a training article whose text a held-out article has under another id', () => {
    const copies = [{ folder: 'reuters', docId: 'reuters-1', input: { text: 'story reuters-9' } }];
    expect(() => refuseHeldOut(copies, heldOutRoot('reuters-9')))
      .toThrow(/E321: Training gold reuters\/reuters-1\.gold\.json has the same text as the held-out gold's wire\/reuters-9\.gold\.json/);
  });

  it('refuses, with E1260, a training article that repeats a held-out story re-dated and re-punctuated', () => {
    const root = heldOutRoot('reuters-9');
    writeFileSync(join(root, 'wire', 'reuters-9.input.json'), JSON.stringify({ text: 'SYDNEY, April 8 - Unions struck in New South Wales (NSW) to protest.' }));
    const copy = [{ folder: 'reuters', docId: 'reuters-1', input: { text: 'SYDNEY, April 9 - Unions struck in New South Wales, NSW, to protest.' } }];
    expect(() => refuseHeldOut(copy, root))
      .toThrow(/E1260: Training gold reuters\/reuters-1\.gold\.json tells the same story as the held-out gold's wire\/reuters-9\.gold\.json/);
    const other = [{ folder: 'reuters', docId: 'reuters-1', input: { text: 'SYDNEY, April 9 - Unions struck in Victoria to protest.' } }];
    expect(refuseHeldOut(other, root)).toEqual(other);
  });

  it('refuses, with E1300, a training article whose rewritten lead the story key misses but whose opening a held-out story shares', () => {
    const body = 'The raid on the border villages of Paktia province was the third this month. Officials said the planes came from the north and bombed a market and a school before turning back';
    const root = heldOutRoot('reuters-9');
    writeFileSync(join(root, 'wire', 'reuters-9.input.json'), JSON.stringify({ text: `ISLAMABAD, March 24 - Almost 150 people were killed when Afghan aircraft raided Pakistani villages. ${body}.` }));
    const revised = [{ folder: 'reuters', docId: 'reuters-1', input: { text: `ISLAMABAD, March 24 - Afghan warplanes killed almost 150 people in Pakistani villages. ${body}.` } }];
    expect(() => refuseHeldOut(revised, root))
      .toThrow(/E1300: Training gold reuters\/reuters-1\.gold\.json shares 0\.\d\d of its opening with the held-out gold's wire\/reuters-9\.gold\.json/);
    const other = [{ folder: 'reuters', docId: 'reuters-1', input: { text: `ISLAMABAD, March 24 - Afghan warplanes killed almost 150 people in Pakistani villages. The government protested to Kabul and asked the United Nations to send observers to the border.` } }];
    expect(refuseHeldOut(other, root)).toEqual(other);
  });
});
