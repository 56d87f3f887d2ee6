import { describe, expect, it } from 'vitest';
import { expectedLabelDirections } from '../../src/core/wording/labelDirections';
import { i18n } from '../../src/ui/i18n';
import en from '../../src/ui/i18n/locales/en.json';
import { useGame } from './harness/game';
import { expertMoves, keyboardStudent, loadScenario, playAll, readReport, startFromMenu, waitForPlay } from './harness/play';

const SPANISH_LABEL = 'scenarios/encounters/fill-metformin-spanish-label.json';

/**
 * An English-speaking student fills a label in Spanish for a patient who asked for one, by
 * keyboard alone, in the English UI: the label station's language choice, the preview in
 * Spanish, and the report's full score.
 */
describe('a Spanish label for a patient who asked for one', () => {
  const game = useGame({ viewport: { width: 1100, height: 700 } });

  it('is chosen by keyboard at the label station, previews the Spanish directions, and scores 100', async () => {
    const scenario = loadScenario(SPANISH_LABEL);
    const moves = expertMoves(scenario);
    const printed = moves.findIndex((m) => m.type === 'printLabel');
    expect(moves[printed - 1]).toEqual({ type: 'chooseLabelLanguage', rx: 'rx1', language: 'es' });
    const spanish = expectedLabelDirections(scenario, scenario.prescriptions[0]!);
    expect(spanish).toBe('Tome 1 tableta por vía oral dos veces al día con las comidas');

    const page = await game.open();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const student = keyboardStudent(page);
    await startFromMenu(student, SPANISH_LABEL);
    await waitForPlay(page);

    // Up to the language choice: at the label station, the preview still shows the English directions.
    const done = await playAll(student, scenario, moves.slice(0, printed - 1));
    await student.walk('label');
    const directions = page.getByRole('figure', { name: 'Label preview' }).locator('.vial-label-directions');
    await expect.poll(() => directions.textContent()).toBe('Take 1 tablet by mouth twice daily with meals');

    // Español at the printer: the preview turns Spanish before anything is printed, and stays so once printed.
    await playAll(student, scenario, moves.slice(printed - 1, printed), done);
    await expect.poll(() => directions.textContent()).toBe(spanish);
    expect(await directions.getAttribute('lang')).toBe('es');
    await playAll(student, scenario, moves.slice(printed, printed + 1), done);
    await page.getByText(i18n.getFixedT('en')('labelLanguage.printedIn', { language: en.languages.es })).waitFor();
    expect(await directions.textContent()).toBe(spanish);

    await playAll(student, scenario, moves.slice(printed + 1), done);
    const report = await readReport(page);
    expect(report.score).toBe('100 out of 100');
    expect(report.verdict).toMatch(/^✔ PASS\b/);
    expect(report.improve).toEqual([]);
    expect(report.critical).toEqual([]);
  });
});
