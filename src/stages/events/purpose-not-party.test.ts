import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// A meeting's "to" purpose clause says what it is about, never whom it is with (#12; session 57 ev-parties, redone in
// session 58 with the venue guard below). Real parses of training wire stories.
describe('a meeting\'s purpose names no partner', () => {
  it('issue-12: reuters-15741 "meet in Brussels tomorrow to discuss possible EC action against Japan" has no Japan side', () => {
    const text = 'European Community trade experts will meet in Brussels tomorrow to discuss possible EC action against Japan over trade, British Prime Minister Margaret Thatcher said.';
    const coded = codedAt(text, 'meet', '1987-04-09');
    expect(coded.length).toBeGreaterThan(0);
    expect(coded.some((e) => e.includes('JPN'))).toBe(false);
  });

  // The guard that held the rule back in session 57: with the purpose clause unread, the venue's nationality adjective
  // on a common noun ("the Belgian resort of Knokke") became a party. A meeting's locative phrase is its venue.
  it('issue-12: reuters-12815 "The talks, at the Belgian resort of Knokke, are being held to coordinate …" has no Belgian side', () => {
    const text = 'The talks, at the Belgian resort of Knokke, are being held to coordinate the EC\'s positions on monetary issues and Third World debt ahead of the Spring meetings of the International Monetary Fund and World Bank in Washington next week.';
    for (const trigger of ['talks', 'held']) expect(codedAt(text, trigger, '1987-04-03').some((e) => e.includes('BEL'))).toBe(false);
  });

  it('keeps a partner named as the meeting\'s object: "met Japanese Finance Minister Kiichi Miyazawa in Brussels to discuss …"', () => {
    const text = 'Belgian Finance Minister Mark Eyskens met Japanese Finance Minister Kiichi Miyazawa in Brussels to discuss the dollar.';
    expect(codedAt(text, 'met', '1987-04-09')).toEqual(['CONSULT BEL+JPN->']);
  });

  // Review rv-c #1: the purpose's "with" phrase, on its verb or on its talks, names the meeting's other side; only what
  // the purpose is about is its topic.
  it.each([
    ['Taliban officials met in Doha on Monday to hold talks with U.S. envoy Zalmay Khalilzad.', 'CONSULT AFG+USA->'],
    ['Syrian opposition leaders met in Geneva to hold talks with U.N. envoy Staffan de Mistura.', 'CONSULT SYR+IGO->'],
  ])('keeps the partner of the purpose\'s talks: "%s"', (text, expected) => {
    expect(codedAt(text, 'met', '2019-03-04')).toEqual([expected]);
  });

  it('keeps the partner of the purpose\'s "discuss … with": "Houthi leaders met in Muscat to discuss a ceasefire with Saudi Arabia"', () => {
    expect(codedAt('Houthi leaders met in Muscat to discuss a ceasefire with Saudi Arabia.', 'met', '2019-03-04').some((e) => e.includes('SAU'))).toBe(true);
  });
});
