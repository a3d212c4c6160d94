import { describe, expect, it } from 'vitest';
import { titleCase } from '../scripts/actors-kb-builder.js';

describe('issue-16: knowledge-base names are title-cased as names are written', () => {
  it.each([
    ['ABDULLAH II', 'Abdullah II'],
    ['CARL XVI GUSTAF', 'Carl XVI Gustaf'],
    ['JUAN CARLOS I', 'Juan Carlos I'],
    ["BRENDAN O'CONNOR", "Brendan O'Connor"],
    ["THOMAS P. O'NEILL, JR.", "Thomas P. O'Neill, Jr."],
    ['XI JINPING', 'Xi Jinping'],
    ['TRAM IV TOEK', 'Tram Iv Toek'],
    ['JEAN-PIERRE RAFFARIN', 'Jean-Pierre Raffarin'],
    ['VLADIMIR PUTIN', 'Vladimir Putin'],
  ])('%s → %s', (caps, name) => {
    expect(titleCase(caps)).toBe(name);
  });
});
