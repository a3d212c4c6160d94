import { describe, expect, it } from 'vitest';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { indexActors } from './participants.js';
import { personBodies } from './person-bodies.js';
import { isOtherSide } from './sides.js';

const mention = (actorId: string, code: string, reasons: ActorMention['reasons'], kind: ActorMention['kind'] = 'person'): ActorMention => ({
  start: 0, end: 1, tokens: [0, 1], actorId, name: actorId, code, sector: 'OPP', kind, reasons, why: '',
});
const titled = (title: string) => [reason('actors/local-person-context', { text: 'x', context: [reason('actors/context-title', { title, sector: 'OPP' })] })];

describe('personBodies', () => {
  it('reads the party a person\'s title names ("Tory leader Michael Howard", "Lib Dem leader Charles Kennedy")', () => {
    const bodies = personBodies([mention('local:1', 'GBR', titled('Tory leader')), mention('local:2', 'GBR', titled('Lib Dem leader'))]);
    expect(bodies.get('local:1')).toBe('conservative-party');
    expect(bodies.get('local:2')).toBe('liberal-democrats');
  });

  it('reads a union from a title before the name ("Unison general secretary Dave Prentis")', () => {
    const bodies = personBodies([mention('local:5', 'GBR', [reason('actors/title-before', { base: reason('actors/local-person', { text: 'Dave Prentis' }), title: 'Unison general secretary', codes: 'GBR LAB' })])]);
    expect(bodies.get('local:5')).toBe('unison');
  });

  it('names no body for a title without one, another country\'s body, or a mention that is no person', () => {
    const bodies = personBodies([
      mention('local:3', 'GBR', titled('chancellor')),
      mention('local:4', 'NOR', titled('Labour leader')),
      mention('conservative-party', 'GBR', titled('Tory leader'), 'org'),
    ]);
    expect([...bodies.keys()]).toEqual([]);
  });

  it('takes the body nearest the name, the title\'s last ("former Tory MP and UKIP candidate")', () => {
    const bodies = personBodies([mention('local:6', 'GBR', titled('former Tory MP and UKIP candidate'))]);
    expect(bodies.get('local:6')).toBe('uk-independence-party');
  });
});

describe('bodies inside the events stage', () => {
  const howard = mention('local:1', 'GBR', titled('Tory leader'));
  const kennedy = mention('local:2', 'GBR', titled('Lib Dem leader'));

  it('keeps the body off the participants the stage stores', () => {
    const actors = indexActors([howard], 1);
    expect(actors.bodies.get('local:1')).toBe('conservative-party');
    expect(actors.expand(howard)[0]).not.toHaveProperty('body');
  });

  it('gives the members of a group mention their bodies ("the two leaders")', () => {
    const leaders: ActorMention = { ...mention('group:1', 'GBR', []), tokens: [1, 2], members: ['local:1', 'local:2'] };
    const actors = indexActors([{ ...howard, tokens: [0, 1] }, leaders, { ...kennedy, tokens: [2, 3] }], 3);
    const [first, second] = actors.expand(leaders);
    expect(isOtherSide(first, second, actors.bodies)).toBe(true);
  });
});
