/**
 * "The country's military has been placed on high alert", "U.S. troops were deployed to Poland":
 * in an agentless passive of mobilisation the forces moved or readied are the side that mobilises
 * (PLOVER MOBILIZE codes the side whose forces are put in motion, and no one else does it to
 * them). Only armed forces (the actors' MIL sector): "FEMA employees were deployed" ahead of a
 * storm, "Ukraine was well prepared" and "our cities are not protected" mobilise no one, and any
 * other passive subject undergoes the act ("Russia's ambassador was expelled").
 */
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import type { PloverEvent } from './plover.js';
import type { Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** PLOVER's sector code of armed forces. */
const ARMED_FORCES = 'MIL';

export function mobilizedForces(tree: Tree, actors: ActorIndex, event: PloverEvent, subj: { token: number; passive: boolean } | undefined): EventParticipant[] {
  if (event !== 'MOBILIZE' || !subj?.passive) return [];
  const forces = actorsOfPhrase(tree, actors, subj.token);
  return forces.length && forces.every((a) => a.sector === ARMED_FORCES) ? forces : [];
}
