import { describe, expect, it } from 'vitest';
import { findings, questionLines, replay, report, solve, textIn, wordsFor } from '../../src/core';
import { repliesFor } from '../../src/ui/panels/shared/questionReplies';
import en from '../../src/ui/i18n/locales/en.json';
import es from '../../src/ui/i18n/locales/es.json';
import { useGame } from './harness/game';
import { expertMoves, keyboardStudent, loadScenario, type Move } from './harness/play';

const CATCH = 'scenarios/encounters/catch-oxycodone-bad-dea.json';

describe('a whole encounter in Spanish', () => {
  const game = useGame();

  it('played by keyboard in Spanish, it reaches the report with the score it has in English', async () => {
    const scenario = loadScenario(CATCH);
    const moves = expertMoves(scenario);
    // Every move of this catch is made at the drop-off window, where the encounter opens.
    expect(moves.map((m) => m.type)).toEqual(['confirmIdentity', ...moves.slice(1, -1).map(() => 'respondToQuestion'), 'flagProblem']);

    // The same moves score this in English (tests/e2e/playFillByKeyboard.test.ts plays them in the English game).
    const englishScore = Math.round(report(replay(scenario, solve(scenario))).score);

    const menu = await game.open();
    const picker = menu.getByRole('combobox', { name: en.menu.language });
    await picker.focus();
    await menu.keyboard.press('ArrowDown');
    await expect.poll(() => menu.evaluate(() => document.documentElement.lang)).toBe('es');

    const page = await game.open(`?scenario=${CATCH}`);
    await page.getByRole('heading', { level: 2, name: es.stations.dropoff }).waitFor();
    const student = keyboardStudent(page);
    const panel = page.locator('.station-panel');
    const clinical = new Set(
      questionLines(scenario, findings(scenario))
        .filter((q) => q.clinical)
        .map((q) => q.line.id),
    );

    for (const move of moves as Move[]) {
      if (move.type === 'confirmIdentity') {
        await student.press(panel.getByRole('button', { name: es.identity.confirm, exact: true }));
        await panel.getByText(es.identity.confirmed).waitFor();
      } else if (move.type === 'respondToQuestion') {
        const line = scenario.dialogue.dropOff.find((l) => l.id === move.question)!;
        const group = panel.getByRole('group', { name: es.speech.respondTo.replace('{{line}}', textIn(line.text, 'es')) });
        const reply = repliesFor(line, clinical.has(line.id), 'es').find((r) => r.refers === (move.response === 'refer'))!;
        await student.press(group.getByRole('button', { name: `“${reply.text}”`, exact: true }));
        await group.waitFor({ state: 'detached' });
      } else if (move.type === 'flagProblem') {
        await student.press(panel.getByRole('button', { name: new RegExp(`^${es.station.flag}( F)?$`) }));
        const dialog = page.getByRole('dialog', { name: es.flag.title });
        const rx = scenario.prescriptions[0]!;
        const about = es.flag.rx.replace('{{n}}', '1').replace('{{drug}}', rx.drugAsWritten);
        await student.choose(dialog.getByLabel(es.flag.about), (t) => t === about);
        await student.choose(dialog.getByLabel(es.flag.reason), (t) => t === wordsFor('es').flagReasons[move.code]);
        await student.press(dialog.getByRole('button', { name: es.flag.send }));
        await dialog.waitFor({ state: 'detached' });
      }
    }

    const shown = page.getByRole('region', { name: es.report.title });
    await shown.waitFor();
    expect(((await shown.locator('.report-score').textContent()) ?? '').trim()).toBe(`${englishScore} ${es.report.outOf}`);
    expect(englishScore).toBe(100);
  });
});
