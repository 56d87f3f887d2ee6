import { describe, expect, it } from 'vitest';
import { actions, replay, stamp } from '../../../src/core';
import { benchText } from '../../../src/state/toSceneModel';
import { FILL_TO_LABEL, scenario } from '../core/engine/fixtures';

const s = scenario({ patient: { ...scenario().patient, labelLanguage: 'es' } });
const bench = (log = FILL_TO_LABEL) => benchText({ scenario: s, encounter: replay(s, log), selectedRxId: 'rx1', typing: null });

describe("the 3D bench's vial label", () => {
  it('prints the directions in English until the student chooses another language', () => {
    expect(bench().label[1]).toBe('Take 1 tablet by mouth daily');
  });

  it('prints the directions in Spanish once the student chose Español at the label station', () => {
    const log = [...FILL_TO_LABEL.slice(0, -1), stamp(actions.chooseLabelLanguage('rx1', 'es'), 8), FILL_TO_LABEL.at(-1)!];
    expect(bench(log).label[1]).toBe('Tome 1 tableta por vía oral una vez al día');
  });
});
