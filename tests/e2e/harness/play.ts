import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { actions, stamp } from '../../../src/core/engine/actionCreators';
import type { ActionInput } from '../../../src/core/engine/actions';
import { nextStep, replay } from '../../../src/core/engine/engine';
import { expectedEntry } from '../../../src/core/engine/expectedEntry';
import { solve } from '../../../src/core/engine/solve';
import type { RxStatus } from '../../../src/core/engine/state';
import { loadCatalogText, loadEncounterText } from '../../../src/core/scenario/load';
import type { ResolvedEncounter } from '../../../src/core/scenario/resolve';
import { wordsFor } from '../../../src/core/wording';
import { nextHintText } from '../../../src/ui/panels/nextHint';
import { repliesFor } from '../../../src/ui/panels/shared/questionReplies';
import { questionLines } from '../../../src/core/engine/plan';
import { findings } from '../../../src/core/findings';
import { i18n } from '../../../src/ui/i18n';
import en from '../../../src/ui/i18n/locales/en.json';
import { STATION_IDS, textIn, type Action, type StationId } from '../../../src/core';
import { stationForAction } from '../../../src/ui/replay/stationForAction';
import { fullProductName } from '../../../src/state/productNames';

/**
 * Plays TechShift the way a student does: keys and clicks on the real page, nothing else.
 * What to do comes from the core (the expert solver, the rules' expected entry) run here in
 * Node on the very files the game ships, so no test hard-codes what a scenario decides.
 */

const ROOT = resolve(import.meta.dirname, '../../..');

/** A scenario as the game loads it (same catalog, same loader), for computing expected values. */
export function loadScenario(path: string): ResolvedEncounter {
  const catalogFile = readdirSync(resolve(ROOT, 'scenarios/catalog'))
    .filter((f) => f.endsWith('.json'))
    .sort()[0];
  if (!catalogFile) throw new Error('no catalog in scenarios/catalog');
  const catalogSource = `scenarios/catalog/${catalogFile}`;
  const catalog = loadCatalogText(readFileSync(resolve(ROOT, catalogSource), 'utf8'), catalogSource);
  if (!catalog.ok) throw new Error(`catalog does not load: ${catalog.errors.map((e) => e.message).join('; ')}`);
  const loaded = loadEncounterText(readFileSync(resolve(ROOT, path), 'utf8'), path, catalog.value);
  if (!loaded.ok) throw new Error(`${path} does not load: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return loaded.value;
}

/** Action without its time stamp: the game stamps the time itself. */
export type Move = ActionInput;

/** The expert's moves for a scenario (what `solve` does, which scores 100). */
export function expertMoves(scenario: ResolvedEncounter): Move[] {
  return solve(scenario).map(({ at: _at, ...move }) => move as Move);
}

/**
 * What a student who misses every problem does: the expert's identity and question moves, then
 * every prescription filled with the rules' correct entry and handed to the pharmacist.
 */
export function fillEverythingMoves(scenario: ResolvedEncounter): Move[] {
  const expert = expertMoves(scenario);
  const moves: Move[] = expert.filter((m) => m.type === 'confirmIdentity' && m.stage === 'dropoff');
  moves.push(...expert.filter((m) => m.type === 'respondToQuestion' && isDropOffLine(scenario, m.question)));
  for (const rx of scenario.prescriptions) {
    const { daysSupplyError: _why, ...entry } = expectedEntry(scenario, rx);
    const auxiliaryLabels = [...(scenario.products.get(rx.product)?.auxiliaryLabels ?? [])];
    moves.push(
      actions.acceptPrescription(rx.id),
      actions.enterPrescription(rx.id, { ...entry, daysSupply: entry.daysSupply ?? 1 }),
      actions.selectProduct(rx.id, rx.product),
      actions.scanProduct(rx.id),
      actions.countProduct(rx.id, rx.quantity),
      actions.printLabel(rx.id, auxiliaryLabels),
      actions.submitForVerification(rx.id),
    );
  }
  return moves;
}

/** Engine state after some moves (time stamps do not affect judgement). */
export function stateAfter(scenario: ResolvedEncounter, moves: readonly Move[]) {
  return replay(
    scenario,
    moves.map((m, i) => stamp(m, (i + 1) * 5)),
  );
}

/** The "Next: …" hint a practice-mode student should see after these moves; null once the encounter is over. */
export function expectedHint(scenario: ResolvedEncounter, moves: readonly Move[]): string | null {
  const state = stateAfter(scenario, moves);
  const next = state.complete ? null : nextStep(state);
  return next ? nextHintText(next, 'en', i18n.getFixedT('en')) : null;
}

const isDropOffLine = (scenario: ResolvedEncounter, id: string) => scenario.dialogue.dropOff.some((l) => l.id === id);

/** One line describing the focused element, for failure messages. */
function describeFocus(): string {
  const el = document.activeElement;
  if (!el || el === document.body) return '(body)';
  const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
  return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''} "${name.trim().slice(0, 40)}"`;
}

/**
 * Presses Tab (or Shift+Tab, when the target comes before the focused element) until `target`
 * has the keyboard focus; fails with the path the focus took if it is never reached.
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await target.waitFor({ state: 'visible' });
  const probe = () =>
    target.evaluate((el, describe) => {
      const active = document.activeElement;
      const before = !!active && active !== document.body && !!(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
      return { hit: el === active, before, focus: (new Function(`return (${describe})()`) as () => string)() };
    }, describeFocus.toString());
  const first = await probe();
  if (first.hit) return;
  const key = first.before ? 'Shift+Tab' : 'Tab';
  const trail = [first.focus];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await probe();
    if (now.hit) return;
    trail.push(now.focus);
  }
  throw new Error(`tabTo: ${max} presses of ${key} never put the focus on ${target}. Focus went: ${trail.slice(-25).join(' → ')}`);
}

/** How a student works the controls: all by keyboard, or with the mouse (typing text still uses keys). */
export interface Student {
  readonly page: Page;
  readonly how: 'keyboard' | 'mouse';
  /** Activates a button. */
  press(button: Locator): Promise<void>;
  /** Toggles a checkbox or picks a radio button. */
  tick(box: Locator): Promise<void>;
  /** Types into an empty text box. */
  type(box: Locator, text: string): Promise<void>;
  /** Picks the option of a <select> whose text satisfies `want`. */
  choose(select: Locator, want: (optionText: string) => boolean): Promise<void>;
  /** Types `query` in a combobox and picks the suggestion whose text satisfies `want`. */
  search(combobox: Locator, query: string, want: (optionText: string) => boolean): Promise<void>;
  /** Goes to a station (number key, or the station button). */
  walk(station: StationId): Promise<void>;
  /** Adds one to a counting tray `times` times (keyboard: ↑ inside the tray). */
  addOnes(plusOne: Locator, times: number): Promise<void>;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** A student who never touches the mouse. */
export function keyboardStudent(page: Page): Student {
  const selectedText = (select: Locator) => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text ?? '');
  return {
    page,
    how: 'keyboard',
    async press(button) {
      await tabTo(page, button);
      await page.keyboard.press('Enter');
    },
    async tick(box) {
      await tabTo(page, box);
      await page.keyboard.press('Space');
    },
    async type(box, text) {
      await tabTo(page, box);
      await page.keyboard.type(text);
    },
    async choose(select, want) {
      await tabTo(page, select);
      const texts = await select.evaluate((el: HTMLSelectElement) => [...el.options].map((o) => o.text));
      const target = texts.findIndex(want);
      if (target < 0) throw new Error(`no option fits in ${select}: ${texts.join(' | ')}`);
      const current = await select.evaluate((el: HTMLSelectElement) => el.selectedIndex);
      const key = target > current ? 'ArrowDown' : 'ArrowUp';
      for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
      expect(await selectedText(select), `arrow keys chose the option in ${select}`).toBe(texts[target]);
    },
    async search(combobox, query, want) {
      await tabTo(page, combobox);
      await page.keyboard.type(query);
      const activeText = () =>
        combobox.evaluate((el) => {
          const id = el.getAttribute('aria-activedescendant');
          return id ? (document.getElementById(id)?.textContent ?? '') : '';
        });
      await expect.poll(activeText, { message: `suggestions appear for "${query}"` }).not.toBe('');
      const count = await page.getByRole('option').count();
      for (let i = 0; i < count && !want(await activeText()); i++) await page.keyboard.press('ArrowDown');
      expect(want(await activeText()), `the wanted suggestion for "${query}" is highlighted`).toBe(true);
      await page.keyboard.press('Enter');
    },
    async walk(station) {
      const inField = await page.evaluate((tags) => tags.includes(document.activeElement?.tagName ?? ''), [...TYPING]);
      if (inField) throw new Error(`cannot walk to ${station} with a number key while the focus is in a text field`);
      await page.keyboard.press(String(STATION_IDS.indexOf(station) + 1));
      await stationHeading(page, station).waitFor();
    },
    async addOnes(plusOne, times) {
      await tabTo(page, plusOne);
      for (let i = 0; i < times; i++) await page.keyboard.press('ArrowUp');
    },
  };
}

/** A student who clicks (native <select> lists are chosen with selectOption: their pop-up is not part of the page). */
export function mouseStudent(page: Page): Student {
  return {
    page,
    how: 'mouse',
    press: (button) => button.click(),
    tick: (box) => box.click(),
    async type(box, text) {
      await box.click();
      await page.keyboard.type(text);
    },
    async choose(select, want) {
      const texts = await select.evaluate((el: HTMLSelectElement) => [...el.options].map((o) => o.text));
      const label = texts.find(want);
      if (label === undefined) throw new Error(`no option fits in ${select}: ${texts.join(' | ')}`);
      await select.selectOption({ label });
    },
    async search(combobox, query, want) {
      await combobox.click();
      await page.keyboard.type(query);
      const listbox = page.getByRole('listbox', { name: 'Matching drugs' });
      await listbox.getByRole('option').first().waitFor();
      const texts = await listbox.getByRole('option').allTextContents();
      const i = texts.findIndex(want);
      if (i < 0) throw new Error(`no suggestion fits for "${query}": ${texts.join(' | ')}`);
      await listbox.getByRole('option').nth(i).click();
    },
    async walk(station) {
      await page.getByRole('navigation', { name: 'Stations' }).getByRole('button', { name: en.stations[station], exact: true }).click();
      await stationHeading(page, station).waitFor();
    },
    async addOnes(plusOne, times) {
      for (let i = 0; i < times; i++) await plusOne.click();
    },
  };
}

/** The station panel's heading for a station. */
export const stationHeading = (page: Page, station: StationId) =>
  page.getByRole('heading', { level: 2, name: en.stations[station], exact: true });

/** The practice-mode "Next: …" hint under the station heading. */
export const nextHint = (page: Page) => page.locator('.station-panel .next-hint');

/** The 2D plan that takes the 3D view's place (no WebGL, or Simple 2D view). */
export const pharmacyPlan = (page: Page) => page.getByRole('region', { name: 'Pharmacy plan' });

/**
 * Waits until play has begun and the drop-off panel is there: the 3D scene has drawn its first
 * frame, or (`view: 'plan'`) the 2D plan is on screen instead.
 */
export async function waitForPlay(page: Page, view: '3d' | 'plan' = '3d', at: StationId = 'dropoff'): Promise<void> {
  if (view === 'plan') await pharmacyPlan(page).waitFor({ timeout: 60_000 });
  else await page.waitForSelector('[data-first-frame="done"]', { timeout: 60_000 });
  // A new patient starts at drop-off; a resumed one where the student was.
  await stationHeading(page, at).waitFor();
}

/** Where a resumed student stands: at the station of the last thing they did (drop-off before anything). */
export function stationAfter(scenario: ResolvedEncounter, done: readonly Move[]): StationId {
  return stationForAction(done.at(-1) as Action | undefined, scenario);
}

/** Picks an encounter in the menu and starts it.*/
export async function startFromMenu(student: Student, path: string): Promise<void> {
  const { page } = student;
  const list = page.getByRole('group', { name: 'Choose a shift or a single patient' });
  if (student.how === 'keyboard') {
    // One radio group: Tab lands on the checked entry, the arrow keys move through the list.
    await tabTo(page, list.locator('input[type="radio"]:checked'));
    const count = await list.locator('input[type="radio"]').count();
    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
    for (let i = 0; i < count && (await focusedValue()) !== path; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedValue(), 'the arrow keys reach the encounter in the menu').toBe(path);
  } else {
    await list.locator(`input[type="radio"][value="${path}"]`).click();
  }
  expect(await list.locator(`input[type="radio"][value="${path}"]`).isChecked()).toBe(true);
  await student.press(page.getByRole('button', { name: 'Start patient' }));
}

/** The station where a prescription with this status is worked. */
const STATION_FOR: Record<Exclude<RxStatus, 'verified' | 'held'>, StationId> = {
  intake: 'dropoff',
  entry: 'entry',
  selection: 'shelves',
  count: 'counting',
  label: 'label',
  verify: 'verify',
};

/**
 * Does one move on the page, at the station where a technician does it, then waits until the
 * page shows the engine's next hint (or the report) so the next move starts from a settled screen.
 */
export async function play(student: Student, scenario: ResolvedEncounter, done: Move[], move: Move): Promise<void> {
  const { page } = student;
  const rxIndex = (id: string) => scenario.prescriptions.findIndex((p) => p.id === id);
  const rxOf = (id: string) => {
    const rx = scenario.prescriptions[rxIndex(id)];
    if (!rx) throw new Error(`no prescription ${id}`);
    return rx;
  };
  const panel = page.locator('.station-panel');
  const button = (name: string | RegExp) => panel.getByRole('button', { name, exact: typeof name === 'string' });
  /** Walks to a per-prescription station (the driver covers one-prescription encounters). */
  const onRx = async (station: StationId) => {
    if (scenario.prescriptions.length > 1) throw new Error('play(): choosing between several prescriptions is not driven yet');
    // Already there (the label language chosen, then Print): stay, as a technician would.
    if (await stationHeading(page, station).isVisible()) return;
    await student.walk(station);
  };

  switch (move.type) {
    case 'confirmIdentity':
      await student.walk(move.stage === 'dropoff' ? 'dropoff' : 'pickup');
      await student.press(button('Confirm identity'));
      await panel.getByText('Identity confirmed').waitFor();
      break;
    case 'respondToQuestion': {
      const dropOff = isDropOffLine(scenario, move.question);
      const line = (dropOff ? scenario.dialogue.dropOff : scenario.dialogue.pickUp).find((l) => l.id === move.question);
      if (!line) throw new Error(`no dialogue line ${move.question}`);
      await student.walk(dropOff ? 'dropoff' : 'pickup');
      const group = panel.getByRole('group', { name: `Respond to: ${textIn(line.text, 'en')}` });
      // The first reply on offer of the kind the move makes (handing it to the pharmacist, or answering it).
      const clinical = questionLines(scenario, findings(scenario)).some((q) => q.line.id === line.id && q.clinical);
      const reply = repliesFor(line, clinical, 'en').find((r) => r.refers === (move.response === 'refer'));
      if (!reply) throw new Error(`no ${move.response} reply for ${line.id}`);
      await student.press(group.getByRole('button', { name: `“${reply.text}”`, exact: true }));
      break;
    }
    case 'acceptPrescription':
      await student.walk('dropoff');
      await student.press(button(`Accept prescription ${rxIndex(move.rx) + 1}`));
      break;
    case 'enterPrescription': {
      await onRx('entry');
      const form = panel.getByRole('form', { name: 'Prescription data entry' });
      const product = scenario.products.get(move.entry.productId);
      if (!product) throw new Error(`no product ${move.entry.productId}`);
      await student.search(form.getByRole('combobox', { name: 'Drug (name or NDC)' }), `${product.generic} ${product.strength}`, (t) =>
        t.endsWith(`NDC ${product.ndc}`),
      );
      await form.getByText(`Selected:`).waitFor();
      await student.type(form.getByLabel('Sig (directions)'), move.entry.sig);
      await student.type(form.getByLabel('Quantity', { exact: true }), String(move.entry.quantity));
      await student.type(form.getByLabel("Days' supply", { exact: true }), String(move.entry.daysSupply));
      await student.type(form.getByLabel('Refills', { exact: true }), String(move.entry.refills));
      const daw = form.getByLabel('DAW code');
      if ((await daw.inputValue()) !== String(move.entry.daw)) await student.choose(daw, (t) => t.startsWith(`${move.entry.daw} — `));
      await student.press(form.getByRole('button', { name: 'Submit data entry' }));
      await panel.getByText('Data entry submitted for this prescription.').waitFor();
      break;
    }
    case 'selectProduct': {
      await onRx('shelves');
      const ndc = scenario.products.get(move.productId)?.ndc;
      // A shelf that shows lots has one Take button per bottle, named by its lot.
      const name = move.lot === undefined ? new RegExp(`^Take .*, NDC ${ndc}$`) : new RegExp(`^Take .*, lot ${move.lot}, expires `);
      await student.press(panel.getByRole('button', { name }));
      break;
    }
    case 'reportShortage':
      await onRx('shelves');
      await student.press(button(en.stock.propose[move.resolution]));
      await panel.getByText(en.stock.shortageDone).waitFor();
      break;
    case 'reconstitute': {
      await onRx('counting');
      await student.type(panel.getByLabel(en.reconstitution.waterField), String(move.waterMl));
      await student.type(panel.getByLabel(en.reconstitution.portionsField), String(move.portions));
      await student.press(button(en.reconstitution.add));
      await panel.getByText(en.reconstitution.done).waitFor();
      break;
    }
    case 'scanProduct':
      await onRx('shelves');
      await student.press(button('Scan at the bench'));
      break;
    case 'countProduct':
      await onRx('counting');
      await count(student, scenario, move.rx, move.quantity);
      break;
    case 'printLabel': {
      await onRx('label');
      const rack = panel.getByRole('group', { name: 'Auxiliary labels' });
      for (const label of move.auxiliaryLabels) await student.tick(rack.getByRole('checkbox', { name: label, exact: true }));
      if (move.beyondUseDate !== undefined) {
        await student.type(panel.getByLabel(en.beyondUse.field), wordsFor('en').date(move.beyondUseDate));
      }
      await student.press(button('Print label'));
      await panel.getByText('Label printed and on the vial.').waitFor();
      break;
    }
    case 'submitForVerification':
      await onRx('verify');
      await student.press(button('Hand the basket to the pharmacist'));
      break;
    case 'flagProblem': {
      const status = move.rx === undefined ? undefined : stateAfter(scenario, done).rx[move.rx]?.status;
      const station = status === undefined || status === 'verified' || status === 'held' ? 'pickup' : STATION_FOR[status];
      await student.walk(station);
      await student.press(panel.getByRole('button', { name: /^Flag a problem( F)?$/ }));
      const dialog = page.getByRole('dialog', { name: 'Flag a problem' });
      const about =
        move.rx === undefined ? 'The patient / the encounter' : `Prescription ${rxIndex(move.rx) + 1}: ${rxOf(move.rx).drugAsWritten}`;
      await student.choose(dialog.getByLabel('What is it about?'), (t) => t === about);
      await student.choose(dialog.getByLabel('Reason'), (t) => t === wordsFor('en').flagReasons[move.code]);
      await student.press(dialog.getByRole('button', { name: 'Flag and send to the pharmacist' }));
      await dialog.waitFor({ state: 'detached' });
      break;
    }
    case 'offerCounseling':
      await student.walk('pickup');
      await student.press(button('Offer counseling'));
      break;
    case 'handOut':
      await student.walk('pickup');
      await student.press(button('Hand out the bag'));
      break;
    case 'endEncounter':
      await student.press(button('End the encounter…'));
      await student.press(button('Yes, end it'));
      break;
    case 'returnProduct':
      await onRx('shelves');
      await student.press(button('Return to shelf'));
      break;
    case 'chooseLabelLanguage': {
      await onRx('label');
      const group = panel.getByRole('group', { name: en.labelLanguage.legend });
      await pickRadio(student, group, en.languages[move.language]);
      break;
    }
    // The error protocol, at the pharmacist's bench (src/ui/panels/verify/ErrorReportBlock.tsx).
    case 'tellPharmacist':
      await student.walk('verify');
      await student.press(button(en.errorReport.tell));
      break;
    case 'keepWrongProduct':
      await student.walk('verify');
      await student.press(button(en.errorReport[move.choice]));
      break;
    case 'contactPatient':
      await student.walk('verify');
      await student.press(button(en.errorReport.call));
      break;
    case 'fileErrorReport': {
      await student.walk('verify');
      const form = panel.getByRole('form', { name: en.errorReport.formHeading });
      const group = (legend: string) => form.getByRole('group', { name: legend });
      await pickRadio(student, group(en.errorReport.kindLegend), en.errorReport.kinds[move.report.kind]);
      const dispensed = scenario.products.get(move.report.dispensed);
      if (dispensed) await student.choose(form.getByLabel(en.errorReport.dispensedLabel), (t) => t === fullProductName(dispensed));
      await pickRadio(student, group(en.errorReport.foundByLegend), en.errorReport.foundBy[move.report.foundBy]);
      const reached = move.report.reachedPatient ? en.errorReport.yes : en.errorReport.no;
      await pickRadio(student, group(en.errorReport.reachedLegend), reached);
      for (const f of move.report.factors)
        await student.tick(group(en.errorReport.factorsLegend).getByRole('checkbox', { name: en.errorReport.factors[f] }));
      if (move.report.prevention) await student.type(form.getByLabel(en.errorReport.preventionLabel), move.report.prevention);
      await student.press(form.getByRole('button', { name: en.errorReport.file }));
      break;
    }
    case 'submitClaim': {
      await onRx('entry');
      const form = panel.getByRole('form', { name: en.claim.heading });
      if (move.billing.payer === 'secondary') await student.tick(form.getByRole('radio', { name: en.claim.payer.secondary }));
      const fields = [
        [en.claim.memberId, move.billing.memberId],
        [en.claim.personCode, move.billing.personCode],
        [en.claim.dateOfBirth, move.billing.dateOfBirth],
        [en.claim.prescriberNpi, move.billing.prescriberNpi],
      ] as const;
      for (const [label, value] of fields) {
        const box = form.getByLabel(label, { exact: true });
        if ((await box.inputValue()) === value) continue;
        // The claim screen starts from the profile: select what is there and type over it.
        await tabTo(page, box);
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(value);
      }
      await student.press(form.getByRole('button', { name: en.claim.submit }));
      await panel.getByRole('heading', { name: en.claim.responseHeading }).waitFor();
      break;
    }
    case 'resolveClaim':
      await onRx('entry');
      await student.press(
        panel.getByRole('group', { name: en.claim.resolveLegend }).getByRole('button', { name: en.claim.resolutions[move.resolution] }),
      );
      break;
    // Receiving a delivery, at the shelves (src/ui/panels/shelves/ReceivingBlock.tsx).
    case 'checkToteLine': {
      if (!(await stationHeading(page, 'shelves').isVisible())) await student.walk('shelves');
      const group = panel.getByRole('group', { name: en.receiving.findingLegend.replace('{{id}}', move.line) });
      await pickRadio(student, group, en.receiving.verdicts[move.verdict]);
      await student.press(group.getByRole('button', { name: en.receiving.record }));
      break;
    }
    case 'putAway':
    case 'reportDiscrepancy':
    case 'handToPharmacist': {
      if (!(await stationHeading(page, 'shelves').isVisible())) await student.walk('shelves');
      const name = {
        putAway: en.receiving.putAway,
        reportDiscrepancy: en.receiving.report,
        handToPharmacist: en.receiving.toPharmacist,
      }[move.type];
      const line = panel.getByRole('group', {
        name: new RegExp(`^${en.receiving.line.replace('{{id}}', move.line).replace('{{name}}', '')}`),
      });
      await student.press(line.getByRole('button', { name, exact: true }));
      break;
    }
    case 'pullExpired':
      if (!(await stationHeading(page, 'shelves').isVisible())) await student.walk('shelves');
      await student.press(panel.getByRole('button', { name: new RegExp(`^${en.receiving.pull}: .*, lot ${move.lot}, `) }));
      break;
  }
  done.push(move);
  const hint = expectedHint(scenario, done);
  if (hint === null) await reportRegion(page).waitFor();
  else await expect.poll(() => hintText(page), { message: `after ${move.type}, the page shows the next step` }).toBe(hint);
}

/**
 * Picks one radio button of a group by its name. Tab stops once in a radio group, so a keyboard student
 * tabs into the group and moves with the arrow keys (which check as they go); a mouse student clicks it.
 */
async function pickRadio(student: Student, group: Locator, name: string): Promise<void> {
  const target = group.getByRole('radio', { name, exact: true });
  if (student.how === 'mouse') return student.tick(target);
  const radios = group.getByRole('radio');
  // Tab lands on the checked radio of a group, or on its first when none is checked.
  const checked = group.locator('input[type="radio"]:checked');
  await tabTo(student.page, (await checked.count()) > 0 ? checked : radios.first());
  const count = await radios.count();
  for (let i = 0; i < count && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await student.page.keyboard.press('ArrowDown');
  await student.page.keyboard.press('Space');
  expect(await target.isChecked(), `the keyboard checked "${name}"`).toBe(true);
}

/** Plays every move in order; returns the moves done. */
export async function playAll(student: Student, scenario: ResolvedEncounter, moves: readonly Move[], done: Move[] = []): Promise<Move[]> {
  for (const move of moves) await play(student, scenario, done, move);
  return done;
}

/** The visible hint text without its decorative arrow, or null when there is none. */
export async function hintText(page: Page): Promise<string | null> {
  const hint = nextHint(page);
  if ((await hint.count()) === 0) return null;
  return ((await hint.textContent()) ?? '').replace(/^➜\s*/, '').trim();
}

/** Counts (tray), measures (graduate) or bags whole packages, as the product needs. */
async function count(student: Student, scenario: ResolvedEncounter, rxId: string, quantity: number): Promise<void> {
  const { page } = student;
  const rx = scenario.prescriptions.find((p) => p.id === rxId);
  const product = rx && scenario.products.get(rx.product);
  if (!product) throw new Error(`no product for ${rxId}`);
  const panel = page.locator('.station-panel');
  if (product.dispenseUnit === 'mL') {
    await student.type(panel.getByLabel('Measured volume (mL)'), String(quantity));
    await student.press(panel.getByRole('button', { name: 'Pour into the bottle' }));
  } else if (product.dispenseUnit === 'tablet' || product.dispenseUnit === 'capsule') {
    const plusFive = panel.getByRole('button', { name: '+5', exact: true });
    for (let i = 0; i < Math.floor(quantity / 5); i++) await student.press(plusFive);
    await student.addOnes(panel.getByRole('button', { name: '+1', exact: true }), quantity % 5);
    await expect
      .poll(() => panel.locator('.count-big').textContent(), { message: 'the tray shows the count' })
      .toMatch(new RegExp(`^${quantity} `));
    await student.press(panel.getByRole('button', { name: 'Place in vial' }));
  } else {
    await student.addOnes(panel.getByRole('button', { name: '+1', exact: true }), Math.round(quantity / product.packageSize));
    await student.press(panel.getByRole('button', { name: 'Place in the bag' }));
  }
  await panel.getByText(new RegExp(`^✔ Placed: ${quantity} `)).waitFor();
}

/** The end-of-encounter report. */
export const reportRegion = (page: Page) => page.getByRole('region', { name: 'Encounter report' });

/** What the report shows: the score as text, PASS/FAIL, and each section's items. */
export async function readReport(page: Page) {
  const report = reportRegion(page);
  await report.waitFor();
  const section = (name: string) => report.getByRole('region', { name, exact: true });
  const items = (name: string) => section(name).locator('.report-items > li').allTextContents();
  return {
    score: ((await report.locator('.report-score').textContent()) ?? '').trim(),
    verdict: ((await report.locator('.report-verdict').textContent()) ?? '').trim(),
    critical: await items('Critical errors'),
    improve: await items('What to improve'),
  };
}
