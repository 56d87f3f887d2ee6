import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dropFiles } from './harness/dropFile';
import { useGame } from './harness/game';
import { expertMoves, loadScenario, mouseStudent, play, readReport, waitForPlay, type Move } from './harness/play';

const ROOT = resolve(import.meta.dirname, '../..');
const FILL = 'scenarios/encounters/fill-lisinopril-refill-day.json';

/** Markup an attacker would hide in a scenario file: each piece, if it ever ran, would set window.hostileRan. */
const PAYLOAD = [
  `<img src=x onerror="window.hostileRan='img'">`,
  `<script>window.hostileRan='script'</script>`,
  `<a href="javascript:window.hostileRan='link'">open</a>`,
].join(' ');

/** Keys whose strings are ids, codes, dates, times, enums, colours or file names: the schema refuses markup there, so they stay as they are. */
const NOT_TEXT = new Set([
  '$schema',
  'kind',
  'id',
  'type',
  'difficulty',
  'today',
  'dateOfBirth',
  'patientDateOfBirth',
  'dateWritten',
  'since',
  'date',
  'product',
  'channel',
  'dea',
  'npi',
  'credentials',
  'shirtColour',
  'skinTone',
  'hairColour',
  'shelf',
  'startsAt',
  'file',
]);

/** A scenario file with the payload after every text field, and the new value of each field by JSON path. */
function poisoned(scenario: unknown): { text: string; fields: Map<string, string> } {
  const fields = new Map<string, string>();
  const poison = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      const hostile = `${value} ${PAYLOAD}`;
      fields.set(path, hostile);
      return hostile;
    }
    if (Array.isArray(value)) return value.map((v, i) => poison(v, `${path}[${i}]`));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, NOT_TEXT.has(k) ? v : poison(v, path ? `${path}.${k}` : k)]));
    }
    return value;
  };
  return { text: JSON.stringify(poison(scenario, ''), null, 2), fields };
}

/** A one-patient shift around the opened encounter, so its summary (which shows both titles) is played too. */
const SHIFT = {
  kind: 'shift',
  id: 'hostile-shift',
  title: 'A hostile shift',
  summary: 'One patient whose file is full of markup.',
  startsAt: '09:00',
  encounters: [{ file: 'hostile.json', arrivesAfterMinutes: 0 }],
};

/** Watches, from the first byte, for any element or handler the payload would create, and for blocked inline code. */
async function watchForMarkup(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const seen: string[] = [];
    (window as { markupSeen?: string[] }).markupSeen = seen;
    const inspect = (el: Element) => {
      const tag = el.tagName.toLowerCase();
      const href = (el.getAttribute('href') ?? '').trim().toLowerCase();
      const ownScript = tag === 'script' && /\/assets\/[\w.-]+\.js$/.test(el.getAttribute('src') ?? '');
      if ((tag === 'script' && !ownScript) || tag === 'img' || (tag === 'a' && href.startsWith('javascript:')))
        seen.push(el.outerHTML.slice(0, 120));
      for (const name of el.getAttributeNames()) if (name.startsWith('on')) seen.push(`${tag} ${name}`);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node instanceof Element) [node, ...node.querySelectorAll('*')].forEach(inspect);
        }
      }
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`policy refused ${e.effectiveDirective} ${e.blockedURI}`));
  });
}

describe('scenario text is shown as text, never as markup', () => {
  const game = useGame({ viewport: { width: 1280, height: 800 } });

  it('opened files with <img onerror>, <script> and javascript: links in every text field play through, show them literally and run nothing', async () => {
    // The id is the file name, as the checker asks, so the file opens without warnings over the game.
    const encounter = poisoned({ ...JSON.parse(readFileSync(resolve(ROOT, FILL), 'utf8')), id: 'hostile' });
    const shift = poisoned(SHIFT);
    expect(encounter.fields.size, 'text fields carrying the payload').toBeGreaterThan(30);
    const dir = mkdtempSync(join(tmpdir(), 'techshift-hostile-'));
    try {
      const file = join(dir, 'hostile.json');
      writeFileSync(file, encounter.text);
      const scenario = loadScenario(file);

      const page = await game.open('about:blank');
      await watchForMarkup(page);
      await page.goto(inject('baseUrl'));
      await page.getByRole('heading', { name: 'TechShift', level: 1 }).waitFor();
      await dropFiles(page, [
        { name: 'hostile-shift.json', text: shift.text },
        { name: 'hostile.json', text: encounter.text },
      ]);
      await waitForPlay(page);

      // Everything the pages show along the way, station by station.
      const shown: string[] = [await page.innerText('body')];
      const student = mouseStudent(page);
      const done: Move[] = [];
      for (const move of expertMoves(scenario)) {
        await play(student, scenario, done, move);
        shown.push(await page.innerText('body'));
      }
      expect((await readReport(page)).score).toBe('100 out of 100');
      await student.press(page.getByRole('button', { name: 'Next patient' }));
      const summary = page.getByRole('region', { name: /End of shift/ });
      await summary.waitFor();
      shown.push(await page.innerText('body'));

      expect(await page.evaluate(() => (window as { hostileRan?: string }).hostileRan), 'the payload never ran').toBeUndefined();
      expect(
        await page.evaluate(() => (window as { markupSeen?: string[] }).markupSeen),
        'elements or handlers made from scenario text',
      ).toEqual([]);
      expect(await page.locator('img, a[href^="javascript:" i], script:not([src])').count()).toBe(0);

      // The student saw the file's words with the markup in them, character for character.
      const all = shown.join('\n');
      const mustShow = [
        'title',
        'patient.firstName',
        'patient.lastName',
        'prescriptions[0].prescriber.lastName',
        'prescriptions[0].drugAsWritten',
        'prescriptions[0].sig',
        'dialogue.dropOff[0].text',
        'dialogue.dropOff[2].technicianAnswer',
        'dialogue.pickUp[0].text',
        'intent.teachingNotes.entry',
      ];
      const missing = [
        // A text written in two languages shows its English in the English game.
        ...mustShow.filter(
          (path) => !all.includes(encounter.fields.get(path) ?? encounter.fields.get(`${path}.en`) ?? `(no field ${path})`),
        ),
        ...['title'].filter((path) => !all.includes(shift.fields.get(path) ?? `(no field ${path})`)).map((p) => `shift ${p}`),
      ];
      expect(missing, 'hostile fields not shown literally').toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
