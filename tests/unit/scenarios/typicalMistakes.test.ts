import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actions, stamp } from '../../../src/core/engine/actionCreators';
import type { ActionInput as Move } from '../../../src/core/engine/actions';
import { replay } from '../../../src/core/engine/engine';
import { expectedEntry } from '../../../src/core/engine/expectedEntry';
import { solve } from '../../../src/core/engine/solve';
import { FINDING_CODES, findings, STEPS, STOP_CODES, type FindingCode, type Step } from '../../../src/core/findings';
import { loadCatalogText, loadEncounterText } from '../../../src/core/scenario/load';
import type { ResolvedEncounter } from '../../../src/core/scenario/resolve';
import { report } from '../../../src/core/scoring/score';
import { feedbackFor } from '../../../src/core/wording';

/**
 * For every finding code, a shipped encounter played with the mistake a trainee typically makes
 * (not noticing the problem, picking the look-alike, answering the clinical question) gets that
 * code's feedback: a scored result naming the finding, with what, why and how.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const catalogFile = join(ROOT, 'scenarios/catalog/products.json');
const catalog = loadCatalogText(readFileSync(catalogFile, 'utf8'), 'scenarios/catalog/products.json');
if (!catalog.ok) throw new Error('the shipped catalog does not load');

const library: ResolvedEncounter[] = readdirSync(join(ROOT, 'scenarios/encounters'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const r = loadEncounterText(readFileSync(join(ROOT, 'scenarios/encounters', f), 'utf8'), `scenarios/encounters/${f}`, catalog.value);
    if (!r.ok) throw new Error(`${f} does not load`);
    return r.value;
  });

/** What a trainee does at each step when they see nothing wrong with the prescription. */
function carryOn(scenario: ResolvedEncounter, rxId: string, from: Step): Move[] {
  const rx = scenario.prescriptions.find((p) => p.id === rxId);
  if (!rx) throw new Error(`no ${rxId}`);
  const product = scenario.products.get(rx.product);
  const entry = expectedEntry(scenario, rx);
  const byStep: Record<Step, Move[]> = {
    intake: [actions.acceptPrescription(rxId)],
    entry: [actions.enterPrescription(rxId, { ...entry, daysSupply: entry.daysSupply ?? 1 })],
    selection: [actions.selectProduct(rxId, rx.product), actions.scanProduct(rxId)],
    count: [actions.countProduct(rxId, rx.quantity)],
    label: [actions.printLabel(rxId, product?.auxiliaryLabels ?? [])],
    verify: [actions.submitForVerification(rxId)],
    pickup: [],
    report: [],
  } as Record<Step, Move[]>;
  return STEPS.slice(STEPS.indexOf(from)).flatMap((s) => byStep[s]);
}

/** The pick-up a trainee does when they see nothing wrong: identity, counseling offered, the bag handed over. */
const pickUp = (): Move[] => [actions.confirmIdentity('pickup'), actions.offerCounseling(), actions.handOut()];

/** The expert's log with one finding's correct handling replaced by the typical mistake. */
function typicalMistake(scenario: ResolvedEncounter, code: FindingCode): Move[] {
  const found = findings(scenario).find((f) => f.code === code);
  if (!found) throw new Error(`${scenario.id} has no ${code}`);
  const expert: Move[] = solve(scenario).map(({ at: _at, ...m }) => m as Move);
  if (code === 'LASA_RISK') {
    const right = scenario.prescriptions.find((p) => p.id === found.rx)?.product;
    const wrong = scenario.shelf.find((id) => scenario.products.get(right ?? '')?.lookAlikes.includes(id));
    return expert.map((m) => (m.type === 'selectProduct' && m.rx === found.rx ? { ...m, productId: wrong ?? m.productId } : m));
  }
  if (code === 'CLINICAL_QUESTION') {
    return expert.map((m) => (m.type === 'respondToQuestion' && m.question === found.question ? { ...m, response: 'answer' } : m));
  }
  if (scenario.call !== undefined) {
    // On the phone: the trainee takes the call down instead of stopping it.
    const i = expert.findIndex((m) => m.type === 'flagProblem');
    return [...expert.slice(0, i), actions.answerCall('takeVerbalOrder')];
  }
  if (found.rx === undefined) {
    // A stranger at the pick-up window: the trainee hands the bag over.
    const i = expert.findIndex((m) => m.type === 'flagProblem');
    return [...expert.slice(0, i), ...pickUp()];
  }
  const i = expert.findIndex((m) => m.type === 'flagProblem' && m.rx === found.rx);
  const stopStep = STEPS[Math.min(STEPS.indexOf(found.step), STEPS.indexOf('verify'))] ?? 'verify';
  const rest = expert.slice(i + 1);
  const pickup: Move[] = rest.some((m) => m.type === 'handOut')
    ? []
    : pickUp();
  return [...expert.slice(0, i), ...carryOn(scenario, found.rx, stopStep), ...rest, ...pickup];
}

describe('every finding code has a shipped case whose typical mistake gets that code\'s feedback', () => {
  for (const code of FINDING_CODES) {
    it(code, () => {
      const scenario = library.find((s) => findings(s).some((f) => f.code === code));
      expect(scenario, `no shipped encounter plants ${code}`).toBeDefined();
      if (!scenario) return;
      const log = typicalMistake(scenario, code).map((m, i) => stamp(m, (i + 1) * 5));
      const state = replay(scenario, log);
      const hit = state.results.find((r) => r.finding === code && (r.outcome === 'mistake' || r.outcome === 'critical'));
      expect(hit, `${scenario.source}: no mistake result names ${code}`).toBeDefined();
      if (!hit) return;
      const fb = feedbackFor(hit, scenario, 'en');
      expect(fb.what.length).toBeGreaterThan(10);
      expect(fb.why.length).toBeGreaterThan(10);
      expect(fb.how.length).toBeGreaterThan(10);
      const r = report(state);
      expect(r.score).toBeLessThan(100);
      expect([...r.improve, ...r.critical].some((item) => item.finding === code), `${code} missing from the report`).toBe(true);
      if (STOP_CODES.has(code) || code === 'CLINICAL_QUESTION') expect(r.passed).toBe(false);
    });
  }
});
