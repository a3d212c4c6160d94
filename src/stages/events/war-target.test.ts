import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { codedEvent } from '../../../test/support/test-events.js';
import type { Adversary } from '../discourse/adversaries.js';
import { warTarget } from './war-target.js';

const ROWS: Adversary[] = [{ site: 'UKR', words: ['occupiers'], code: 'RUS', sector: 'MIL', from: '2014-02-20' }];
const UA = { site: 'president.gov.ua', code: 'UKR', office: 'president' };

function targetOf(text: string, event: string, code: string, publisher: typeof UA | null = UA, date = '2022-05-01') {
  const coded = codedEvent(text, { event: event as 'ASSAULT', trigger: text.split(' ')[2], actor: { words: text.split(' ').slice(0, 2).join(' '), id: code, code } });
  const discourse = { ...(publisher ? { publisher } : {}), mentions: [] };
  const doc = makeDoc({ text, meta: { date }, layers: { discourse } });
  return warTarget(doc, coded, ROWS)?.recipient.code;
}

describe('warTarget', () => {
  it.each([
    ['force by the adversary is aimed at the site\'s country', 'The occupiers destroyed a house of culture.', 'ASSAULT', 'RUS', 'UKR'],
    ['force by the site\'s own side is aimed at the adversary', 'The army repelled attacks in key directions.', 'ASSAULT', 'UKR', 'RUS'],
    ['coercion too', 'Russian troops blocked the movement of our convoy.', 'COERCE', 'RUS', 'UKR'],
  ])('%s', (_, text, event, actor, target) => {
    expect(targetOf(text, event, actor)).toBe(target);
  });

  it.each([
    ['a third country', 'Belarusian troops moved to the border.', 'ASSAULT', 'BLR', UA, '2022-05-01'],
    ['an act that is not force', 'The occupiers demanded a surrender.', 'REQUEST', 'RUS', UA, '2022-05-01'],
    ['a site not at war', 'The occupiers destroyed a house.', 'ASSAULT', 'RUS', { site: 'kremlin.ru', code: 'RUS', office: 'president' }, '2022-05-01'],
    ['before the war began', 'The occupiers destroyed a house.', 'ASSAULT', 'RUS', UA, '2013-05-01'],
    ['a wire story', 'The occupiers destroyed a house.', 'ASSAULT', 'RUS', null, '2022-05-01'],
  ])('names no target for %s', (_, text, event, actor, publisher, date) => {
    expect(targetOf(text, event, actor, publisher, date)).toBeUndefined();
  });

  it('keeps a target the sentence names', () => {
    const text = 'Russian troops shelled Kharkiv yesterday.';
    const coded = codedEvent(text, { event: 'ASSAULT', trigger: 'shelled', actor: { words: 'Russian troops', id: 'rus', code: 'RUS' }, recipient: { words: 'Kharkiv', id: 'kharkiv', code: 'UKR' } });
    const doc = makeDoc({ text, meta: { date: '2022-05-01' }, layers: { discourse: { publisher: UA, mentions: [] } } });
    expect(warTarget(doc, coded, ROWS)).toBeUndefined();
  });
});
