import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';
import type { ActorMention } from './types.js';

function ids(result: { text: string; mentions: ActorMention[] }): [string, string][] {
  return result.mentions.map((m) => [result.text.slice(m.start, m.end), m.actorId]);
}

describe('title gender', () => {
  it('does not link "Mrs Reagan" to the man a "Mr Reagan" named before', () => {
    const result = run('Mr Reagan said so. Mrs Reagan agreed.', '1987-10-19', ['Mr Reagan', 'Mrs Reagan']);
    const [he, she] = result.mentions;
    expect(he?.code).toBe('USA');
    expect(she?.actorId).toMatch(/^local:/);
    expect(she?.actorId).not.toBe(he?.actorId);
  });

  it('still links a title of the same gender, and one of no gender', () => {
    const result = run('Mr Reagan said so. Mr Reagan and Dr Reagan agreed.', '1987-10-19', ['Mr Reagan', 'Mr Reagan', 'Dr Reagan']);
    expect(new Set(ids(result).map(([, id]) => id)).size).toBe(1);
  });

  it('does not give "Mrs" a man of the knowledge base whose given name is a man\'s', () => {
    const result = run('Mrs Blair agreed.', '2003-05-01', ['Mrs Blair']);
    expect(result.mentions[0]?.actorId ?? 'none').not.toMatch(/blair/);
  });
});
