import { describe, expect, it } from 'vitest';
import { useGame } from './harness/game';
import { expertMoves, loadScenario, mouseStudent, playAll, stationHeading, waitForPlay } from './harness/play';

const PATH = 'scenarios/encounters/fill-hydroxyzine-hydralazine.json';

describe('taking a bottle in the 3D view', () => {
  const game = useGame({ reducedMotion: true });

  it("a click on a bottle on the 3D shelf puts that bottle in the technician's hand", async () => {
    const scenario = loadScenario(PATH);
    const moves = expertMoves(scenario);
    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    // Everything before the bottle is taken: identity, intake and data entry, played through the panels.
    await playAll(
      mouseStudent(page),
      scenario,
      moves.slice(
        0,
        moves.findIndex((m) => m.type === 'selectProduct'),
      ),
    );

    await page.keyboard.press('3');
    await stationHeading(page, 'shelves').waitFor();
    await page.locator('.scene-host[data-station="shelves"][data-station-arrived="true"]').waitFor();
    const hand = page.locator('.station-panel section[aria-labelledby="in-hand"]');
    expect(await hand.textContent()).toContain('Nothing yet');

    // Click across the shelf until the pointer lands on a bottle (the panel is the judge, not the scene).
    const box = await page.locator('.scene-host canvas').boundingBox();
    if (!box) throw new Error('no canvas on the page');
    let took = false;
    for (let row = 0.3; row <= 0.8 && !took; row += 0.1) {
      for (let col = 0.15; col <= 0.85 && !took; col += 0.07) {
        await page.mouse.click(box.x + box.width * col, box.y + box.height * row);
        took = !(await hand.textContent())?.includes('Nothing yet');
      }
    }
    expect(took, 'no click on the 3D shelf took a bottle').toBe(true);
    const names = scenario.shelf.map((id) => scenario.products.get(id)?.ndc);
    const shown = (await hand.locator('.bottle-name').textContent()) ?? '';
    expect(
      names.some((ndc) => ndc && shown.includes(ndc)),
      `"${shown}" is not a bottle on this shelf`,
    ).toBe(true);
  });

  it('a click on a station in the 3D view walks there, and the panel follows', async () => {
    const page = await game.open(`?scenario=${PATH}`);
    await waitForPlay(page);
    await page.keyboard.press('9');
    await page.locator('.scene-host[data-station="waiting"][data-station-arrived="true"]').waitFor();
    const box = await page.locator('.scene-host canvas').boundingBox();
    if (!box) throw new Error('no canvas on the page');
    let moved: string | null = 'waiting';
    for (let row = 0.2; row <= 0.8 && moved === 'waiting'; row += 0.1) {
      for (let col = 0.1; col <= 0.9 && moved === 'waiting'; col += 0.1) {
        await page.mouse.click(box.x + box.width * col, box.y + box.height * row);
        moved = await page.locator('.scene-host').getAttribute('data-station');
      }
    }
    expect(moved, 'no click in the 3D view reached a station').not.toBe('waiting');
    await page.locator(`.scene-host[data-station="${moved}"][data-station-arrived="true"]`).waitFor();
    const heading = await page.locator('#station-heading').textContent();
    expect(heading?.length).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: new RegExp(heading ?? '') }).getAttribute('aria-current')).toBe('location');
  });
});
