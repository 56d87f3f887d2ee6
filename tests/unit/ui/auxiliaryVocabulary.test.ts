import { describe, expect, it } from 'vitest';
import { labelKey } from '../../../src/core/scenario/auxiliaryLabels';
import { auxiliaryVocabulary } from '../../../src/ui/panels/label/auxiliaryVocabulary';
import { resolveFixture } from './fixtures';

describe('the sticker rack', () => {
  const rack = auxiliaryVocabulary(resolveFixture());

  it('offers each sticker once: no near-duplicate pairs', () => {
    expect(new Set(rack.map(labelKey)).size).toBe(rack.length);
    for (const gone of ['Finish all medication', 'Avoid sun exposure', 'Alcohol may intensify this effect'])
      expect(rack).not.toContain(gone);
    expect(rack).toEqual(
      expect.arrayContaining(['Finish all of this medication', 'Avoid prolonged exposure to sunlight', 'Avoid alcohol']),
    );
  });

  it('offers every label a product of the scenario needs, as the product spells it', () => {
    expect(rack).toContain('Refrigerate');
  });
});
