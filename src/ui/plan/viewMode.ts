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

/** What the menu (and the game, after a lost 3D view) says about why the plan is shown. */
export const PLAN_REASON_WORDS: Record<PlanReason, string> = {
  'no-webgl':
    'This browser could not start 3D graphics (WebGL), so TechShift shows a simple 2D plan; everything works and scores the same.',
  failed: 'The 3D view could not start in this browser, so TechShift shows a simple 2D plan; everything works and scores the same.',
  lost: 'The 3D view stopped and could not be restored, so TechShift shows a simple 2D plan for the rest of this session; your work is safe and everything scores the same.',
  setting: 'Simple 2D view is on in Settings.',
};

/** How long a lost WebGL context may take to come back before the game switches to the 2D plan for the rest of the session. */
export const RESTORE_WAIT_MS = 5000;

/** Shown over the 3D view while the browser has taken its graphics context away. */
export const PAUSED_WORDS = 'The 3D view paused — your work is safe. Trying to restore it…';
