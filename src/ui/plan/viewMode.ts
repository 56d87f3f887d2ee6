import type { NoThreeDReason } from '../../platform/graphics/graphicsSupport';

/** Why the pharmacy is shown as the 2D plan: the browser could not draw it in 3D, or the student chose so. */
export type PlanReason = NoThreeDReason | 'setting';

/** How the pharmacy is shown: the 3D view, or the 2D plan and why. */
export type PharmacyViewMode = { kind: '3d' } | { kind: 'plan'; why: PlanReason };

/** The 3D view unless the browser cannot draw it (that reason comes first: the setting would not help) or the setting asks for the plan. */
export function chooseView(simpleView: boolean, trouble: NoThreeDReason | null): PharmacyViewMode {
  if (trouble) return { kind: 'plan', why: trouble };
  return simpleView ? { kind: 'plan', why: 'setting' } : { kind: '3d' };
}

/** How long a lost WebGL context may take to come back before the game switches to the 2D plan for the rest of the session. */
export const RESTORE_WAIT_MS = 5000;
