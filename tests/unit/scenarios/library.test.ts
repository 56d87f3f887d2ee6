import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/core/check/checkScenario';
import { FINDING_CODES, findings, STOP_CODES, type Finding, type FindingCode } from '../../../src/core/findings';
import type { CatalogIndex } from '../../../src/core/scenario/catalogIndex';
import type { DosageForm } from '../../../src/core/scenario/catalogSchema';
import { loadCatalogText, loadEncounterText, loadShiftText } from '../../../src/core/scenario/load';
import { textIn } from '../../../src/core/scenario/localText';
import { encounterTextFields, shiftTextFields, type LocalTextField } from '../../../src/core/scenario/localTextFields';
import type { ResolvedEncounter } from '../../../src/core/scenario/resolve';
import type { Shift } from '../../../src/core/scenario/shiftSchema';

/**
 * The shipped scenario library as a whole: every encounter loads through the real loader, its
 * declared intent matches what the rules find, and together the files teach every finding code
 * and every common dosage form. The shifts load and name files that exist and load.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCENARIOS = join(ROOT, 'scenarios');
const ENCOUNTERS = join(SCENARIOS, 'encounters');
const SHIFTS = join(SCENARIOS, 'shifts');
const TEMPLATES = join(SCENARIOS, 'templates');

const rel = (abs: string) => relative(ROOT, abs).split('\\').join('/');
const read = (abs: string) => readFileSync(abs, 'utf8');

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...jsonFiles(full));
    else if (name.endsWith('.json') && !name.endsWith('.schema.json')) out.push(full);
  }
  return out;
}

function loadCatalog(): CatalogIndex {
  const file = join(SCENARIOS, 'catalog', 'products.json');
  const r = loadCatalogText(read(file), rel(file));
  if (!r.ok) throw new Error(`the catalog does not load: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.value;
}

const catalog = loadCatalog();

interface Loaded {
  file: string;
  encounter: ResolvedEncounter;
  found: Finding[];
}

const encounterFiles = jsonFiles(ENCOUNTERS);
const loadProblems: string[] = [];
const library: Loaded[] = [];
for (const abs of encounterFiles) {
  const r = loadEncounterText(read(abs), rel(abs), catalog);
  if (!r.ok) {
    loadProblems.push(...r.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`));
    continue;
  }
  if (r.warnings.length > 0) loadProblems.push(...r.warnings.map((w) => `${w.file}:${w.line}:${w.column} (warning) ${w.message}`));
  library.push({ file: rel(abs), encounter: r.value, found: findings(r.value) });
}

/** A finding as a comparable key: code plus prescription id (empty for encounter-wide findings). */
const key = (f: { code: string; rx?: string | undefined }) => `${f.code}|${f.rx ?? ''}`;
const keySet = (list: readonly { code: string; rx?: string | undefined }[]) => [...new Set(list.map(key))].sort();

const filesWith = (code: FindingCode) => library.filter((l) => l.found.some((f) => f.code === code));

/** A fill with no stop findings (a LASA risk or nothing at all). */
const cleanFills = library.filter((l) => l.encounter.type === 'fill' && !l.found.some((f) => STOP_CODES.has(f.code)));

const formsOf = (l: Loaded): DosageForm[] =>
  l.encounter.prescriptions.map((rx) => l.encounter.products.get(rx.product)?.form).filter((f): f is DosageForm => f !== undefined);

describe('the encounter library', () => {
  it('holds at least 30 encounters', () => {
    expect(encounterFiles.length).toBeGreaterThanOrEqual(30);
  });

  it('loads every encounter without errors or warnings', () => {
    expect(loadProblems).toEqual([]);
    expect(library.length).toBe(encounterFiles.length);
  });

  it('names each file after its id and type', () => {
    for (const { file, encounter } of library) {
      expect(file.endsWith(`/${encounter.id}.json`), file).toBe(true);
      // Phone calls and register cases are named for where they happen (phone-…, register-…), the rest for their type.
      const prefix = encounter.call ? 'phone' : encounter.register ? 'register' : encounter.type;
      expect(encounter.id.startsWith(`${prefix}-`), file).toBe(true);
    }
  });

  it('has unique ids', () => {
    const ids = library.map((l) => l.encounter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(library.map((l) => [l.file, l] as const))('%s: the rules find exactly the declared intent', (_file, l) => {
    expect(keySet(l.found)).toEqual(keySet(l.encounter.intent.findings));
  });

  it.each(library.map((l) => [l.file, l] as const))('%s: has a summary, 2–4 objectives and teaching notes', (_file, l) => {
    const e = l.encounter;
    expect(e.summary === undefined ? '' : textIn(e.summary, 'en').trim()).toBeTruthy();
    expect(e.learningObjectives.length).toBeGreaterThanOrEqual(2);
    expect(e.learningObjectives.length).toBeLessThanOrEqual(4);
    expect(Object.keys(e.intent.teachingNotes).length).toBeGreaterThan(0);
  });

  it('plants every finding code somewhere', () => {
    const planted = new Set(library.flatMap((l) => l.found.map((f) => f.code)));
    const missing = FINDING_CODES.filter((c) => !planted.has(c));
    expect(missing).toEqual([]);
  });

  it('plants both kinds of patient mismatch: a prescription for someone else, and a wrong person at pick-up', () => {
    const mismatches = library.flatMap((l) => l.found.filter((f) => f.code === 'PATIENT_MISMATCH'));
    expect(mismatches.some((f) => f.rx !== undefined)).toBe(true);
    expect(mismatches.some((f) => f.rx === undefined && f.step === 'pickup')).toBe(true);
  });

  it('plants an allergy caught through cross-sensitivity, not only a direct match', () => {
    const cross = library.some(({ encounter, found }) =>
      found.some((f) => {
        if (f.code !== 'ALLERGY' || f.rx === undefined) return false;
        const rx = encounter.prescriptions.find((p) => p.id === f.rx);
        const product = rx && encounter.products.get(rx.product);
        return product !== undefined && product.crossSensitivity.length > 0 && f.params.match.via === 'cross';
      }),
    );
    expect(cross).toBe(true);
  });

  const COMMON: FindingCode[] = ['ALLERGY', 'INTERACTION', 'REFILL_TOO_SOON', 'DEA_INVALID', 'LASA_RISK', 'CLINICAL_QUESTION'];
  it.each(COMMON)('plants %s in at least two files at two or more difficulties', (code) => {
    const files = filesWith(code);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(new Set(files.map((l) => l.encounter.difficulty)).size).toBeGreaterThanOrEqual(2);
  });

  it('mixes all three difficulties and all five types', () => {
    expect(new Set(library.map((l) => l.encounter.difficulty))).toEqual(new Set(['introductory', 'intermediate', 'advanced']));
    expect(new Set(library.map((l) => l.encounter.type))).toEqual(new Set(['fill', 'catch', 'handoff', 'mistake', 'receive']));
  });

  it('includes encounters with more than one prescription', () => {
    expect(library.filter((l) => l.encounter.prescriptions.length > 1).length).toBeGreaterThanOrEqual(3);
  });

  const FORMS: [string, DosageForm[]][] = [
    ['tablet', ['tablet', 'tablet-er']],
    ['capsule', ['capsule', 'capsule-er']],
    ['oral liquid', ['oral-solution', 'oral-suspension']],
    ['eye drops', ['ophthalmic-solution']],
    ['inhaler', ['inhaler']],
    ['insulin', ['insulin-vial', 'insulin-pen']],
    ['cream', ['cream']],
  ];
  it.each(FORMS)('has a clean fill of a %s', (_name, forms) => {
    expect(cleanFills.some((l) => formsOf(l).some((f) => forms.includes(f)))).toBe(true);
  });

  it('keeps clean fills free of stop findings and handoffs free of stops too', () => {
    for (const l of library.filter((x) => x.encounter.type !== 'catch')) {
      expect(l.found.filter((f) => STOP_CODES.has(f.code)).map((f) => f.code), l.file).toEqual([]);
    }
    for (const l of library.filter((x) => x.encounter.type === 'catch')) {
      expect(l.found.some((f) => STOP_CODES.has(f.code)), l.file).toBe(true);
    }
    // A phone call is handed to the pharmacist by its decision, not by a dialogue line.
    for (const l of library.filter((x) => x.encounter.type === 'handoff' && !x.encounter.call)) {
      expect(l.found.some((f) => f.code === 'CLINICAL_QUESTION'), l.file).toBe(true);
    }
  });
});

describe('the scenario checker on the library', () => {
  const checked = [...encounterFiles, ...jsonFiles(SHIFTS), ...(existsSync(TEMPLATES) ? jsonFiles(TEMPLATES) : [])];
  it.each(checked.map((abs) => [rel(abs), abs] as const))('%s checks clean, and its expert path scores 100', (_name, abs) => {
    const here = dirname(abs);
    const result = checkScenario(read(abs), rel(abs), catalog, {
      fileExists: (p) => existsSync(resolve(here, p)) && statSync(resolve(here, p)).isFile(),
    });
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual([]);
    if (result.referenceScore !== null) expect(result.referenceScore).toBe(100);
  });
});

describe('the shifts', () => {
  const shifts = new Map<string, { shift: Shift; abs: string }>();
  for (const abs of jsonFiles(SHIFTS)) {
    const r = loadShiftText(read(abs), rel(abs));
    if (r.ok) shifts.set(r.value.id, { shift: r.value, abs });
  }

  it('loads every shift file', () => {
    expect(shifts.size).toBe(jsonFiles(SHIFTS).length);
  });

  it.each(['calm-morning', 'busy-afternoon', 'controlled-substance-day'])('has the %s shift, whose encounters exist and load in arrival order', (id) => {
    const entry = shifts.get(id);
    expect(entry, `scenarios/shifts/${id}.json`).toBeDefined();
    if (!entry) return;
    const { shift, abs } = entry;
    expect(rel(abs)).toBe(`scenarios/shifts/${id}.json`);
    const arrivals = shift.encounters.map((e) => e.arrivesAfterMinutes);
    expect([...arrivals].sort((a, b) => a - b)).toEqual(arrivals);
    expect(new Set(arrivals).size).toBe(arrivals.length);
    for (const { file } of shift.encounters) {
      const target = resolve(dirname(abs), file);
      expect(existsSync(target), `${id}: ${file}`).toBe(true);
      const r = loadEncounterText(read(target), rel(target), catalog);
      expect(r.ok, `${id}: ${file}`).toBe(true);
    }
  });

  it('makes the calm morning five patients with no time limit, mostly fills', () => {
    const calm = shifts.get('calm-morning')?.shift;
    expect(calm?.encounters.length).toBe(5);
    expect(calm?.timeLimitMinutes).toBeNull();
    const types = (calm?.encounters ?? []).map((e) => library.find((l) => resolve(ROOT, l.file) === resolve(SHIFTS, e.file))?.encounter.type);
    expect(types.filter((t) => t === 'fill').length).toBeGreaterThanOrEqual(3);
  });

  it('makes the busy afternoon ten patients against the clock', () => {
    const busy = shifts.get('busy-afternoon')?.shift;
    expect(busy?.encounters.length).toBe(10);
    expect(busy?.timeLimitMinutes).toBeGreaterThan(0);
  });

  it('fills the controlled-substance day with 5–8 controlled prescriptions across the schedules', () => {
    const day = shifts.get('controlled-substance-day');
    expect(day).toBeDefined();
    if (!day) return;
    expect(day.shift.encounters.length).toBeGreaterThanOrEqual(5);
    expect(day.shift.encounters.length).toBeLessThanOrEqual(8);
    const schedules = new Set<string>();
    const codes = new Set<string>();
    for (const { file } of day.shift.encounters) {
      const l = library.find((x) => resolve(ROOT, x.file) === resolve(dirname(day.abs), file));
      expect(l, file).toBeDefined();
      if (!l) continue;
      for (const rx of l.encounter.prescriptions) {
        const s = l.encounter.products.get(rx.product)?.schedule;
        if (s) schedules.add(s);
      }
      for (const f of l.found) codes.add(f.code);
    }
    expect([...schedules].sort()).toEqual(['II', 'III', 'IV', 'V']);
    expect(codes.has('RX_ALTERED')).toBe(true);
    expect([...codes].some((c) => c.startsWith('DEA_'))).toBe(true);
  });
});

describe('the library in Spanish as well as English', () => {
  /** Every text a student reads in the file, in both languages. */
  const bilingual = (fields: readonly LocalTextField[]) =>
    fields.length > 0 && fields.every((f) => typeof f.value !== 'string' && f.value.en !== undefined && f.value.es !== undefined);
  const inBoth = library.filter((l) => bilingual(encounterTextFields(l.encounter)));

  it('has at least ten encounters written wholly in both languages', () => {
    expect(inBoth.length, inBoth.map((l) => l.file).join(', ')).toBeGreaterThanOrEqual(10);
  });

  it('has a shift written in both languages whose every patient is too', () => {
    const shiftsInBoth = jsonFiles(SHIFTS).flatMap((abs) => {
      const r = loadShiftText(read(abs), rel(abs));
      return r.ok && bilingual(shiftTextFields(r.value)) ? [{ shift: r.value, abs }] : [];
    });
    expect(shiftsInBoth.map((s) => s.shift.id)).toContain('calm-morning');
    for (const { shift, abs } of shiftsInBoth) {
      for (const { file } of shift.encounters) {
        const path = rel(resolve(dirname(abs), file));
        expect(
          inBoth.some((l) => l.file === path),
          `${path} (in ${shift.id})`,
        ).toBe(true);
      }
    }
  });
});
