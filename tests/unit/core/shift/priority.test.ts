import { describe, expect, it } from 'vitest';
import { shiftSchema } from '../../../../src/core/scenario/shiftSchema';
import {
  atCounter,
  encounterFinished,
  PRIORITY_CODES,
  prioritisation,
  replay,
  type ShiftAction,
  type WorkItem,
} from '../../../../src/core/shift';
import { renderPriority } from '../../../../src/core/wording';
import { pathOf } from './shiftFixtures';

/** Ana at the counter at 0; a routine restock task and Ben at the counter both waiting by 5 minutes; an urgent tote at 6. */
const shift = shiftSchema.parse({
  kind: 'shift',
  id: 'back-room',
  title: 'Back room',
  encounters: [
    { file: '../encounters/ana.json', arrivesAfterMinutes: 0 },
    { file: '../encounters/restock.json', arrivesAfterMinutes: 1 },
    { file: '../encounters/ben.json', arrivesAfterMinutes: 2 },
    { file: '../encounters/tote.json', arrivesAfterMinutes: 6, urgency: 'urgent' },
  ],
});
const WORK: Record<string, WorkItem> = {
  'scenarios/encounters/ana.json': { title: 'Ana', channel: 'counter' },
  'scenarios/encounters/restock.json': { title: 'Restock the shelf', channel: 'backRoom' },
  'scenarios/encounters/ben.json': { title: 'Ben', channel: 'counter' },
  'scenarios/encounters/tote.json': { title: 'Refrigerated tote', channel: 'backRoom' },
};
const workOf = (path: string) => WORK[path] ?? null;
const done = (name: string, at: number, next?: number): ShiftAction => encounterFinished(`scenarios/encounters/${name}.json`, [], at, next);

describe('choosing what to do next in a shift', () => {
  it('takes whoever arrived first when the student does not choose', () => {
    const state = replay(shift, pathOf, [done('ana', 300)]);
    expect(atCounter(state)?.path).toBe('scenarios/encounters/restock.json');
  });

  it('moves the chosen waiting work up, but never work that has not arrived yet', () => {
    const chosen = replay(shift, pathOf, [done('ana', 300, 2)]);
    expect(atCounter(chosen)?.path).toBe('scenarios/encounters/ben.json');
    expect(chosen.patients.map((p) => p.turn)).toEqual([0, 2, 1, 3]);
    const early = replay(shift, pathOf, [done('ana', 300, 3)]);
    expect(atCounter(early)?.path).toBe('scenarios/encounters/restock.json');
  });
});

describe('how the student prioritised', () => {
  it('marks restocking while a patient waits at the counter, with what / why / how', () => {
    const [decision, ...rest] = prioritisation(replay(shift, pathOf, [done('ana', 300)]), workOf);
    expect(rest).toEqual([]);
    expect(decision).toMatchObject({ code: 'priority.patientWaited', outcome: 'mistake', at: 300 });
    const words = renderPriority(decision!, 'en');
    expect(words.what).toBe('You did the back-room task "Restock the shelf" while "Ben" waited at the counter.');
    expect(words.why).toMatch(/should never wait behind restocking/);
  });

  it('credits serving the patient first, then the urgent tote before routine work', () => {
    const state = replay(shift, pathOf, [done('ana', 300, 2), done('ben', 420, 3)]);
    expect(prioritisation(state, workOf).map((d) => [d.code, d.outcome, d.params.passedOver])).toEqual([
      ['priority.patientFirst', 'good', 'Restock the shelf'],
      ['priority.urgentFirst', 'good', 'Restock the shelf'],
    ]);
  });

  it('marks routine work taken while an urgent tote waits', () => {
    const state = replay(shift, pathOf, [done('ana', 300, 2), done('ben', 420)]);
    expect(prioritisation(state, workOf).at(-1)).toMatchObject({
      code: 'priority.urgentWaited',
      outcome: 'mistake',
      params: { taken: 'Restock the shelf', passedOver: 'Refrigerated tote' },
    });
  });

  it('judges nothing when there was no choice to make', () => {
    const alone = shiftSchema.parse({ ...shift, encounters: [shift.encounters[0], { ...shift.encounters[2], arrivesAfterMinutes: 10 }] });
    expect(prioritisation(replay(alone, pathOf, [done('ana', 300)]), workOf)).toEqual([]);
  });

  it('words every judgement', () => {
    for (const code of PRIORITY_CODES) {
      const words = renderPriority({ code, params: { taken: 'A', passedOver: 'B' } }, 'en');
      expect(words.what, code).toMatch(/"A".*"B"/);
      expect(words.how.length, code).toBeGreaterThan(10);
    }
  });
});
