import { describe, expect, it } from 'vitest';
import { waitingCalls, waitingFigures } from '../../../src/state/waitingFigures';
import { buildSceneModel } from '../../../src/state/toSceneModel';
import { replay, solve } from '../../../src/core';
import { loadShipped } from '../core/engine/shippedEncounters';

const call = loadShipped('phone-refill-authorization.json');
const counter = loadShipped('fill-lisinopril-refill-day.json');
const encounters = new Map([
  ['a.json', counter],
  ['b.json', call],
]);
const waiting = [
  { turn: 1, path: 'b.json', arrivesAt: 30, urgency: 'routine' as const },
  { turn: 2, path: 'a.json', arrivesAt: 60, urgency: 'routine' as const },
];

describe('a call in the shift queue', () => {
  it('waits as a ringing line, not as a person in the queue', () => {
    expect(waitingFigures(waiting, encounters).map((f) => f.displayName)).toEqual(['Marisol Ortega']);
    expect(waitingCalls(waiting, encounters)).toEqual(['Marisol Ortega (patient)']);
  });

  it('rings the phone while the call is open, with nobody at the windows', () => {
    const inputs = {
      station: 'phone' as const,
      scenario: call,
      selectedRxId: 'rx1',
      tray: 0,
      typing: null,
      lastActionType: null,
      reducedMotion: true,
      quality: 'low' as const,
    };
    const open = buildSceneModel({ ...inputs, encounter: replay(call, []) });
    expect(open.phoneRinging).toBe(true);
    expect(open.patients.map((p) => p.place)).toEqual(['gone']);
    expect(buildSceneModel({ ...inputs, encounter: replay(call, solve(call)) }).phoneRinging).toBe(false);
  });
});
