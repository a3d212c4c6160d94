import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ontologyModule, ontologyProblems, type OntologyData } from '../../scripts/ontology-module.js';
import { assetPath } from '../core/assets.js';
import { ploverScore, quadCode } from '../stages/events/plover.js';

const dir = assetPath('src', 'ontology');
const data = JSON.parse(readFileSync(join(dir, 'plover.json'), 'utf8')) as OntologyData;

describe('the PLOVER ontology data', () => {
  it('is consistent: known types, modes and quad classes, scores within -10 … +10', () => {
    expect(ontologyProblems(data)).toEqual([]);
  });

  it('matches its generated module (run npm run build:ontology after editing plover.json)', () => {
    expect(readFileSync(join(dir, 'plover.ts'), 'utf8')).toBe(ontologyModule(data));
  });

  it('names what is wrong in a bad edit', () => {
    const bad = structuredClone(data);
    bad.events.AID.score = 12;
    bad.rules.futureAs = { ...(bad.rules.futureAs as object), AID: 'HELP' };
    expect(ontologyProblems(bad)).toEqual(['AID: score 12 outside -10 … +10', 'rules.futureAs: AID → HELP names an unknown event type']);
  });

  it.each([
    ['CONSULT', 'visit', 4], ['CONSULT', undefined, 2.5], ['ACCUSE', undefined, -2], ['ASSAULT', 'no-such-mode', -9],
  ] as const)('scores %s/%s as %d', (event, mode, score) => {
    expect(ploverScore(event, mode)).toBe(score);
  });

  it('gives quad codes in the order of the quad classes', () => {
    expect([quadCode('AGREE'), quadCode('AID'), quadCode('THREATEN'), quadCode('ASSAULT')]).toEqual([1, 2, 3, 4]);
  });
});
