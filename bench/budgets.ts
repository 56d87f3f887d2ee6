import { WARM_UP } from './measureLongPlay';
import budgetFile from './budgets.json';
import { isNa, type BudgetCheck, type Maybe, type StationFigures } from './types';

/** The budget numbers (see bench/budgets.json). */
export interface Budgets {
  firstLoadGzipBytes: number;
  drawCallsPerStation: number;
  idleFramesIn5s: number;
  geometryGrowthAfter50: number;
  textureGrowthAfter50: number;
  heapGrowthPercent: number;
}

/** The budgets shipped in bench/budgets.json. */
export const BUDGETS: Budgets = budgetFile;

/** The game's figures that have budgets, each possibly n/a. */
export interface BudgetInputs {
  firstLoadGzipBytes: Maybe<number>;
  stations: Maybe<Record<string, Maybe<StationFigures>>>;
  idleFramesIn5s: Maybe<number>;
  geometryGrowth: Maybe<number>;
  textureGrowth: Maybe<number>;
  heapGrowthPercent: Maybe<number>;
}

function check(figure: string, value: Maybe<number>, limit: number, unit: string): BudgetCheck {
  const verdict = isNa(value) || !Number.isFinite(value) ? 'unchecked' : value <= limit ? 'ok' : 'over';
  return { figure, value, limit, unit, verdict };
}

/** Compares every budgeted figure with its limit; n/a figures come back 'unchecked', never 'ok'. */
export function checkBudgets(inputs: BudgetInputs, budgets: Budgets = BUDGETS): BudgetCheck[] {
  const checks = [check('first-load transfer (gzip)', inputs.firstLoadGzipBytes, budgets.firstLoadGzipBytes, 'B')];
  if (isNa(inputs.stations)) {
    checks.push(check('draw calls per station view', inputs.stations, budgets.drawCallsPerStation, 'calls'));
  } else {
    for (const [station, figures] of Object.entries(inputs.stations)) {
      const value = isNa(figures) ? figures : figures.drawCalls;
      checks.push(check(`draw calls at ${station}`, value, budgets.drawCallsPerStation, 'calls'));
    }
  }
  checks.push(
    check('idle frames in 5 s', inputs.idleFramesIn5s, budgets.idleFramesIn5s, 'frames'),
    check('geometry growth after 50 encounters', inputs.geometryGrowth, budgets.geometryGrowthAfter50, ''),
    check('texture growth after 50 encounters', inputs.textureGrowth, budgets.textureGrowthAfter50, ''),
    check(`JS heap growth from encounter ${WARM_UP} to the last`, inputs.heapGrowthPercent, budgets.heapGrowthPercent, '%'),
  );
  return checks;
}

/** The checks whose figure is over its limit. */
export function overBudget(checks: readonly BudgetCheck[]): BudgetCheck[] {
  return checks.filter((c) => c.verdict === 'over');
}

/** One line per check, e.g. "OVER  draw calls at shelves: 112 calls > 80 calls". */
export function describeCheck(c: BudgetCheck): string {
  const unit = c.unit ? ` ${c.unit}` : '';
  if (c.verdict === 'unchecked') return `n/a   ${c.figure}: not checked (${isNa(c.value) ? c.value.na : 'no value'})`;
  const value = isNa(c.value) ? 0 : Math.round(c.value * 10) / 10;
  return c.verdict === 'over'
    ? `OVER  ${c.figure}: ${value}${unit} > ${c.limit}${unit}`
    : `ok    ${c.figure}: ${value}${unit} ≤ ${c.limit}${unit}`;
}
