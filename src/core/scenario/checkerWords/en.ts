import type { Coded } from '../../coded';
import type { Result } from '../../engine/results';
import type { FindingParams } from '../../findings/params';
import type { SupplyProblem } from '../../rules/daysSupply';
import { renderFeedback, renderFinding, renderSupplyProblem } from '../../wording';
import type { Got } from './got';
import type { FactWhat, FieldHint, FileWhat, InnerProblem, LimitWhat, Owner, QuoteHint } from './params';
import { problemText } from './render';

const got = (g: Got): string => {
  switch (g.t) {
    case 'text':
    case 'raw':
      return g.s;
    case 'nothing':
      return 'nothing';
    case 'null':
      return 'null';
    case 'emptyList':
      return 'an empty list';
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
  }
};

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list ([ … ])',
  object: 'an object ({ … })',
  record: 'an object ({ … })',
  null: 'null',
};
const expected = (type: string, nullable: boolean): string => {
  const words = EXPECTED[type] ?? type;
  return nullable && type !== 'null' ? `${words} or null` : words;
};

const QUOTE_HINTS: Record<QuoteHint, (raw: string) => string> = {
  unquoteNumber: () => ' — remove the quotes: numbers are written without them',
  unquoteBoolean: () => ' — remove the quotes: write true or false without them',
  quoteText: (raw) => ` — put it in double quotes: "${raw}"`,
};

const NOUNS: Record<string, string> = {
  prescriptions: 'prescription',
  products: 'product',
  localProducts: 'local product',
  encounters: 'entry in "encounters"',
  allergies: 'allergy',
  medications: 'medication',
  fillHistory: 'fill-history entry',
  findings: 'intent finding',
  alterations: 'alteration',
  interactions: 'interaction',
  dropOff: 'dialogue line',
  pickUp: 'dialogue line',
  insurance: 'insurance record',
};
const FILE_NOUNS: Record<FileWhat, string> = { encounter: 'encounter', shift: 'shift', catalog: 'catalog', scenario: 'scenario' };
const owner = (o: Owner): string => {
  switch (o.t) {
    case 'file':
      return FILE_NOUNS[o.what];
    case 'list':
      return NOUNS[o.key] ?? `"${o.key}"`;
    case 'title':
      return o.title.toLowerCase();
    case 'field':
      return `"${o.key}"`;
    case 'item':
      return 'item';
  }
};
const hint = (h: FieldHint | undefined): string => {
  if (h === undefined) return '';
  switch (h.t) {
    case 'example':
      return `, e.g. ${h.json}`;
    case 'values':
      return ` (one of: ${h.values.join(', ')})`;
    case 'value':
      return `: ${h.json}`;
    case 'description':
      return ` (${h.text})`;
  }
};

const FACTS: Record<FactWhat, string> = {
  born: 'the patient is born on',
  medicationSince: 'this medication is taken since',
  pastFill: 'this past fill is dated',
  written: 'the prescription is written on',
  rxBirthDate: 'the prescription gives a birth date of',
  presenterBorn: 'the person at the window is born on',
};
const LIMITS: Record<LimitWhat, string> = { quantity: 'a quantity', daysSupply: "a days' supply", refills: 'a refill count' };
const on = (rx: string | undefined): string => (rx === undefined ? '' : ` on ${rx}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish' };
const languageName = (l: string) => LANGUAGE_NAMES[l] ?? l;

/**
 * Every message the scenario checker gives an author, in English: one function per message,
 * taking the plain facts it needs. Other languages fill the same shape (see index.ts).
 */
export const CHECKER_EN = {
  // Values the schema refuses.
  badDate: (p: { got: Got; realShape: boolean }) =>
    p.realShape
      ? `is not a real calendar date — got ${got(p.got)}: check the month (01–12) and the day`
      : `must be a date written YYYY-MM-DD, e.g. 2026-03-14 — got ${got(p.got)}`,
  badYear: (p: { got: Got; first: number; last: number }) =>
    `the year must be between ${p.first} and ${p.last} — got ${got(p.got)}: check the year`,
  badSlug: (p: { got: Got; fixed?: string }) =>
    `must be an id of lower-case letters, digits and single hyphens, e.g. "amoxicillin-500-cap" — got ${got(p.got)}${p.fixed !== undefined ? ` — try "${p.fixed}"` : ''}`,
  badNdc: (p: { got: Got }) =>
    `must be an NDC with hyphens in a 4-4-2, 5-3-2, 5-4-1 or 5-4-2 layout, e.g. "0093-3109-01" — got ${got(p.got)}`,
  badColour: (p: { got: Got }) => `must be a colour written # and six hex digits (#rrggbb), e.g. "#4f7cac" — got ${got(p.got)}`,
  badTime: (p: { got: Got }) => `must be a time written HH:MM on the 24-hour clock, e.g. "09:00" or "14:30" — got ${got(p.got)}`,
  noLanguage: () => 'needs the text in at least one language, e.g. {"en": "Good morning", "es": "Buenos días"}',
  empty: () => 'must not be empty: write something between the quotes',
  badFormat: (p: { got: Got }) => `is not in the expected format — got ${got(p.got)}`,
  tooShortText: (p: { min: number }) => `must be at least ${p.min} characters long`,
  emptyList: (p: { min: number }) => `needs at least ${plural(p.min, 'item')} — the list is empty`,
  tooFewItems: (p: { min: number; n: number }) => `needs at least ${p.min} items — it has ${p.n}`,
  tooSmall: (p: { min: number; got: Got; exclusive: boolean }) =>
    `must be ${p.exclusive ? 'more than' : 'at least'} ${p.min} — got ${got(p.got)}`,
  tooLongText: (p: { max: number }) => `is too long: at most ${p.max} characters`,
  tooManyItems: (p: { max: number }) => `has too many items: at most ${p.max}`,
  tooBig: (p: { max: number; got: Got; exclusive: boolean }) =>
    `must be ${p.exclusive ? 'less than' : 'at most'} ${p.max} — got ${got(p.got)}`,
  wrongType: (p: { expected: string; nullable: boolean; got: Got; quote?: QuoteHint; raw?: string }) =>
    `expected ${expected(p.expected, p.nullable)}, got ${got(p.got)}${p.quote !== undefined ? QUOTE_HINTS[p.quote](p.raw ?? '') : ''}`,
  mustBe: (p: { value: string; got: Got }) => `must be ${JSON.stringify(p.value)} — got ${got(p.got)}`,
  mustBeOneOf: (p: { values: string[]; got: Got; guess?: string }) =>
    `must be one of: ${p.values.join(', ')} — got ${got(p.got)}${p.guess !== undefined ? ` — did you mean "${p.guess}"?` : ''}`,
  notMultipleOf: (p: { divisor: number; got: Got }) => `must be a multiple of ${p.divisor} — got ${got(p.got)}`,
  notTextOrLanguages: (p: { got: Got }) =>
    `must be text in quotes, or the same text in each language, e.g. {"en": "Good morning", "es": "Buenos días"} — got ${got(p.got)}`,
  notValidHere: (p: { got: Got }) => `is not valid here — got ${got(p.got)}`,
  unknownField: (p: { key: string; guess?: string; allowed: string[] }) =>
    p.guess !== undefined
      ? `unknown field "${p.key}" — did you mean "${p.guess}"?`
      : p.allowed.length > 0
        ? `unknown field "${p.key}" — the fields allowed here are: ${p.allowed.join(', ')}`
        : `unknown field "${p.key}": remove it`,
  missingField: (p: { field: string; owner: Owner; shape: 'array' | 'object' | 'value'; hint?: FieldHint }) => {
    const who = owner(p.owner);
    if (p.shape === 'array') return `is missing: every ${who} needs a list "${p.field}": [ … ]${hint(p.hint)}`;
    if (p.shape === 'object') return `is missing: every ${who} needs "${p.field}": { … }${hint(p.hint)}`;
    return `is missing: every ${who} needs ${/^[aeiou]/i.test(p.field) ? 'an' : 'a'} ${p.field}${hint(p.hint)}`;
  },

  // JSON syntax.
  badNumber: (p: { word: string }) => `the number ${p.word} is not written correctly: use digits, with a dot for decimals, e.g. 2.5`,
  fieldNameExpected: () => 'expected a field name in double quotes here, e.g. "sig": …',
  endsEarly: () =>
    'the file ends too early: a value is missing (text in double quotes, a number, true, false, null, a list [ … ] or an object { … })',
  valueExpected: () => 'expected a value here: text in double quotes, a number, true, false, null, a list [ … ] or an object { … }',
  colonMissing: () => 'a colon (:) is missing after the field name',
  leadingZero: () => 'a number cannot start with 0: write 7, not 07',
  commaMissing: () => 'a comma (,) is missing before this: separate items and fields with commas',
  braceNotClosed: () => 'an object opened with { is not closed: a } is missing (or a comma is missing before this)',
  bracketNotClosed: () => 'a list opened with [ is not closed: a ] is missing (or a comma is missing before this)',
  moreAfterEnd: (p: { what: FileWhat }) =>
    `there is more after the end of the ${FILE_NOUNS[p.what]}: everything must be inside one { … } (is there an extra } above?)`,
  commentNotClosed: () => 'a comment opened with /* is never closed; JSON files cannot contain comments: delete it',
  textNotClosed: () => 'this text has no closing double quote ("): add one at the end of the text, on the same line',
  badUnicode: () => '\\u must be followed by four hexadecimal digits, e.g. \\u00e9 for é',
  badEscape: () => 'a backslash (\\) in text must start a code such as \\n or \\"; to write a backslash itself, type two: \\\\',
  controlCharacter: () => 'text in quotes cannot contain a tab or line break typed directly: use a space, or \\n for a new line',
  notValidJsonHere: () => 'this is not valid JSON here',
  notValidJson: () => 'this is not valid JSON',
  singleQuotes: () => 'text and field names need double quotes ("), not single quotes (\')',
  notAJsonValue: (p: { word: string }) => `${p.word} is not a JSON value: write a number, or null`,
  unquotedFieldName: (p: { word: string }) => `field names need double quotes: write "${p.word}", not ${p.word}`,
  notJsonFile: (p: { what: FileWhat }) =>
    `this file is not JSON: a ${FILE_NOUNS[p.what]} file starts with { and holds "field": value pairs`,
  unexpectedWord: (p: { word: string }) =>
    `unexpected ${p.word}: text must be in double quotes, e.g. "${p.word}" (and true, false, null in lower case)`,
  unexpectedCharacter: (p: { char: string }) => `unexpected character ${JSON.stringify(p.char)} here`,
  comment: () => 'JSON files cannot contain comments: delete this comment (a note for students can go in "intent": { "teachingNotes": … })',
  trailingComma: () => 'remove the comma after the last item (JSON allows no comma before } or ])',
  tooDeep: (p: { max: number }) =>
    `the data is nested more than ${p.max} levels deep; a scenario needs fewer than 10 — check for runaway brackets`,
  byteOrderMark: () =>
    'the file starts with an invisible byte-order mark (BOM); it was ignored — save the file as "UTF-8" rather than "UTF-8 with BOM" to clear this warning',
  tooLarge: (p: { size: string; max: string; what: FileWhat }) =>
    `this file is ${p.size} MB; ${FILE_NOUNS[p.what]} files are at most ${p.max} MB`,
  emptyFile: (p: { what: FileWhat }) => `the file is empty; a ${FILE_NOUNS[p.what]} starts with {`,
  duplicateField: (p: { key: string }) =>
    `the field "${p.key}" appears twice in this object: keep only one (the later one would silently win)`,

  // The file as a whole.
  notOneObject: () => 'a scenario file must be one object { … } that says "kind": "encounter" or "kind": "shift"',
  wrongKind: (p: { kind?: string; catalog: boolean }) =>
    `the file must say "kind": "encounter" or "kind": "shift"${p.kind !== undefined ? ` — it says "kind": ${p.kind}` : ''}${p.catalog ? ' (this is a catalog: it belongs in scenarios/catalog/)' : ''}`,
  loaderBug: (p: { why: string }) => `TechShift could not read this file (${p.why}); this is a bug in TechShift, please report it`,
  moreProblems: (p: { extra: number }) => `… and ${p.extra} more problems: fix the ones above first`,

  // Ids and references.
  localAlreadyInCatalog: (p: { id: string }) =>
    `"${p.id}" is already a product in the catalog: give this local product another id, or remove it and use the catalog's`,
  localUsedTwice: (p: { id: string; first: number }) =>
    `the product id "${p.id}" is used twice in localProducts (first at localProducts[${p.first}]): each product needs its own id`,
  noProduct: (p: { id: string; guess?: string; noCatalog: boolean }) =>
    `no product "${p.id}" in the catalog${
      p.guess !== undefined
        ? ` — did you mean "${p.guess}"?`
        : p.noCatalog
          ? ' (no catalog was loaded, so no id can be found)'
          : " or in this file's localProducts — check the spelling against scenarios/catalog/"
    }`,
  ownLookAlike: () => 'a product cannot be its own look-alike',
  rxIdTwice: (p: { id: string; first: number }) =>
    `the prescription id "${p.id}" is already used by prescriptions[${p.first}]: each prescription needs its own id`,
  lineIdTwice: (p: { id: string; first: string }) =>
    `the line id "${p.id}" is already used by ${p.first}: each dialogue line needs its own id`,
  noRx: (p: { rx: string; guess?: string; ids: string[] }) =>
    `no prescription with id "${p.rx}" in this file${p.guess !== undefined ? ` — did you mean "${p.guess}"?` : ` — the prescription ids in this file are: ${p.ids.join(', ')}`}`,
  productIdInBase: (p: { id: string; source: string }) =>
    `the product id "${p.id}" is already used in ${p.source}: each product needs its own id`,
  productIdTwice: (p: { id: string; first: number }) =>
    `the product id "${p.id}" is already used by products[${p.first}]: each product needs its own id`,
  noCatalogProduct: (p: { id: string; guess?: string }) =>
    `no product "${p.id}" in the catalog${p.guess !== undefined ? ` — did you mean "${p.guess}"?` : ''}`,

  // Facts that cannot be true.
  afterToday: (p: { what: FactWhat; date: string; today: string }) =>
    `${FACTS[p.what]} ${p.date}, after the scenario's today (${p.today}): that cannot have happened yet — check the year, or move "today"`,
  beforeBirth: (p: { what: FactWhat; date: string; born: string }) =>
    `${FACTS[p.what]} ${p.date}, before the patient was born (patient.dateOfBirth is ${p.born}) — check the year`,
  pastLimit: (p: { what: LimitWhat; value: number; limit: number }) =>
    `${LIMITS[p.what]} of ${p.value} is more than any pharmacy system can record (at most ${p.limit.toLocaleString('en-US')}) — check for a typo`,
  refillsUsed: (p: { used: number; refills: number }) =>
    `${p.used} refills used, but the prescription authorises only ${p.refills}: no more refills can be used than were written`,

  // Warnings about the file.
  schemaNotOurs: () =>
    `"$schema" should point at TechShift's scenario.schema.json (for example "../scenario.schema.json" from scenarios/encounters/), so your editor can check this file as you type`,
  schemaNotFound: (p: { ref: string }) =>
    `there is no "${p.ref}" from this file's folder: a relative "$schema" is read from the folder this file is in; give the path to scenarios/scenario.schema.json from here, or its absolute path or web address`,
  idNotFileName: (p: { id: string; stem: string }) =>
    `the id "${p.id}" is not the file's name "${p.stem}": rename the file to ${p.id}.json or set "id": "${p.stem}", so both name the same scenario`,
  missingLanguage: (p: { missing: string[]; example: string; plain: boolean }) =>
    `this text has no ${p.missing.map((l) => `${languageName(l)} ("${l}")`).join(' or ')} version, though ${p.example} has one: ${
      p.plain
        ? `write it as {"en": "…", ${p.missing.map((l) => `"${l}": "…"`).join(', ')}}`
        : `add ${p.missing.map((l) => `"${l}": "…"`).join(' and ')} beside the others`
    }, or a student playing in ${p.missing.map(languageName).join(' or ')} reads this one in another language`,

  // The author's intent against the rules.
  declaredNotFound: (p: { code: string; rx?: string }) =>
    `you declared ${p.code}${on(p.rx)}, but the rules do not find it: check the facts in this file that should cause it, or remove it from intent.findings`,
  foundNotDeclared: (p: { finding: Coded<FindingParams>; rx?: string; entry: string }) =>
    `the rules find ${p.finding.code}${on(p.rx)} (${renderFinding(p.finding, 'en').replace(/\.$/, '')}), but intent.findings does not list it: add ${p.entry} if you meant it, or change the facts that cause it`,
  notOnShelf: (p: { product: string }) =>
    `the prescribed product "${p.product}" is not on the shelf, so the student can never pick the right bottle: add it to "shelf"`,
  lasaWithoutLookAlike: (p: { rx?: string }) =>
    `you declared LASA_RISK${on(p.rx)}, but no look-alike of the prescribed product is on the shelf: put one beside it (see the product's "lookAlikes" in the catalog)`,
  catchWithNothing: () =>
    'this is a "catch" encounter, but the rules find nothing that must be stopped: plant a problem (see docs/finding-codes.md) or make it a "fill"',
  fillThatStops: (p: { codes: string[] }) =>
    `this is a "fill" encounter, but the rules find something that must be stopped (${p.codes.join(', ')}): make it a "catch", or change the facts that cause it`,
  handoffWithoutQuestion: () =>
    'this is a "handoff" encounter, but no dialogue line is a clinical question: mark the question with "pharmacistOnly": true',
  noDaysSupply: (p: { sig: string; why: SupplyProblem }) =>
    `the rules cannot work out a days' supply from "${p.sig}" (${renderSupplyProblem(p.why, 'en')}), so any number the student enters is accepted: add how often (for example "q6h prn" or "max 2 per day"); docs/authoring.md lists the wordings the reader understands`,
  noteNeverShown: (p: { code: string }) =>
    `this note is for ${p.code}, but the rules do not find ${p.code} in this file, so no student will see it: key it by a step, or by a finding the rules find`,

  // Playing the expert path.
  rulesCrashed: (p: { why: string }) => `the rules could not judge this encounter (${p.why}); this is a bug in TechShift, please report it`,
  expertUnfinished: (p: { actions: number }) =>
    `the expert path (${p.actions} actions) does not finish this encounter; this is probably a bug in TechShift, please report it`,
  expertBelow100: (p: { score: number; lost: Result[] }) =>
    `the expert path scores ${p.score}/100, not 100${p.lost.length > 0 ? `: ${p.lost.map((r) => renderFeedback(r, 'en').what).join('; ')}` : ''}`,
  expertCrashed: (p: { why: string }) =>
    `the game could not play this encounter through (${p.why}); this is probably a bug in TechShift, please report it`,

  // Opening files in the game.
  notShipped: () => 'no scenario by that path ships with TechShift',
  notJsonName: () => 'only .json scenario files can be opened',
  fileTooBig: (p: { size: string; max: string }) => `this file is ${p.size} MB; scenario files are at most ${p.max} MB`,

  // A shift's list of encounters.
  noSuchFile: (p: { file: string }) => `there is no file "${p.file}": the path is read from the folder this shift file is in`,
  notAnEncounterFile: (p: { file: string; kind: 'shift' | 'catalog' }) =>
    `"${p.file}" is a ${p.kind} file, not an encounter: a shift lists encounter files only`,
  entryNotOpened: (p: { file: string; inner?: InnerProblem }) =>
    `"${p.file}" could not be opened: open it together with this shift, or name a file that ships with TechShift — ${p.inner !== undefined ? problemText(p.inner, 'en') : ''}`,
  entryDoesNotLoad: (p: { file: string; inner?: InnerProblem }) =>
    `"${p.file}" does not load as an encounter${p.inner !== undefined ? ` (at ${p.inner.line}:${p.inner.column}: ${problemText(p.inner, 'en')})` : ''}: fix that file, or list another`,

  // Owning a mistake.
  mistakeWithoutError: () =>
    'this is a "mistake" encounter, but it has no "errorDiscovered": describe the error to own, or change the type',
  errorButNotMistake: (p: { type: string }) => `this encounter has an "errorDiscovered", so its type should be "mistake", not "${p.type}"`,
  harmCategoryA: () =>
    'category A means no error happened (only the circumstances for one): use B if it did not reach the patient, C or later if it did',
  harmCategoryBReached: () =>
    'category B means the error did not reach the patient, but "reachedPatient" is true: use C or later, or set "reachedPatient" to false',
  harmCategoryNotReached: (p: { category: string }) =>
    `category ${p.category} means the error reached the patient, but "reachedPatient" is false: use B, or set "reachedPatient" to true`,
  takenNotReached: () => '"taken" is true, but "reachedPatient" is false: a patient cannot take what never reached them',
  onlyBlame: () =>
    'list at least one factor that is not blame (for example lookAlikeNames, interruption, workload): a blame-free report is scored on those',
  dispensedIsPrescribed: (p: { dispensed: string; rx: string; kind: string }) =>
    `"${p.dispensed}" is the product prescribed on ${p.rx}: for a ${p.kind} error, "dispensed" is the product that was given instead`,
  linkNotEarlier: (p: { target: string; index: number }) =>
    `"${p.target}" (encounters[${p.index}]) does not arrive before this entry: an error comes to light only after the fill it is about`,
  linkUnknown: (p: { target: string; ids: string[] }) =>
    `no encounter "${p.target}" earlier in this shift — the earlier encounters are: ${p.ids.join(', ') || 'none'}`,

  // The phone and the register.
  callButNotPhone: (p: { channel: string }) => `this encounter has a "call" but its channel is "${p.channel}": set "channel": "phone"`,
  phoneWithoutCall: () => 'this encounter arrives by phone but has no "call": add one with its "kind", "caller" and "says"',
  emergencyNotCII: () => 'an emergency matters only for a C-II called in by phone; this prescription is not a C-II',
  registerOnCall: () => 'a phone call has no pick-up, so the register is never used: remove "register"',
  registerNothingToCollect: () => 'the register has nothing to collect: give each prescription a "copay"',
  shownTotalMatches: (p: { sum: string }) =>
    `the register's total already matches the copays ($${p.sum}); leave "shownTotal" out, or make it differ to plant a catch`,

  // Stock, shortages and reconstitution.
  stockNotOnShelf: (p: { id: string }) =>
    `stock is given for "${p.id}", which is not on the shelf: add it to "shelf", or remove this entry`,
  noLotInDate: (p: { product: string; days: number; dates: string }) =>
    `every lot of "${p.product}" is expired or expires within ${p.days} days of today (${p.dates}), so the student can never take a bottle in date: add a lot that expires later`,
  shortWithoutDecision: (p: { have: number; product: string; quantity: number }) =>
    `only ${p.have} of "${p.product}" is on hand for a quantity of ${p.quantity}: add "shortage": { "resolution": "partialFill" } (or "orderTomorrow" or "transfer") to say what the pharmacist decides`,
  shortageButNotShort: (p: { have: number | null; product: string; quantity: number }) =>
    `"shortage" is given, but the shelf is not short (${p.have !== null ? `${p.have} on hand` : 'no stock.onHand is given'} for a quantity of ${p.quantity}): set stock["${p.product}"].onHand below the quantity, or remove "shortage"`,
  partialFillWithNothing: (p: { product: string }) =>
    `a partial fill needs something on hand, but stock["${p.product}"].onHand is 0: use "orderTomorrow" or "transfer", or put some on hand`,
  nothingToReconstitute: (p: { product: string }) =>
    `"${p.product}" has no "reconstitution" facts in the catalog (water volume, storage, beyond-use days), so there is nothing to make up: choose a powder for suspension, or remove "reconstitute"`,

  // Insurance claims.
  claimWithoutPlan: () =>
    'this is a "claim" encounter, but the patient\'s insurance names no plan: add "planId" to patient.insurance (see docs/authoring.md, "Insurance claims")',
  claimUnfixable: (p: { rx: string; code: string }) =>
    `the claim for ${p.rx} is rejected ${p.code} even when billed from the card and the NPI registry, so no student can fix it: check the member ID, person code, date of birth, NPI (npiOnFile) and the prescription's quantity`,
  claimCodeNotReturned: (p: { code: string; answers: string[]; rx: string }) =>
    `the id says this is a ${p.code} case, but the plan answers ${p.answers.length > 0 ? p.answers.join(', then ') : 'paid'} for ${p.rx}: check the plan's formulary, limits, coverage dates and the fills it knows of`,
  planIdInBase: (p: { id: string; source: string }) => `the plan id "${p.id}" is already used in ${p.source}: each plan needs its own id`,
  planIdTwice: (p: { id: string; first: number }) =>
    `the plan id "${p.id}" is already used by plans[${p.first}]: each plan needs its own id`,
  noPlan: (p: { id: string; guess?: string; plans: string[] }) =>
    `no plan "${p.id}" in the catalog or in this file's plans${
      p.guess !== undefined
        ? ` — did you mean "${p.guess}"?`
        : p.plans.length === 0
          ? ' (no plans were loaded: add the plan to scenarios/catalog/ or to this file\'s "plans")'
          : ` — the plans are: ${p.plans.join(', ')}`
    }`,
  // Receiving a delivery.
  noPrescriptions: () => 'an encounter needs at least one prescription; only a delivery (type "receive") has none',
  receiveWithoutDelivery: () => 'type "receive" is a delivery: add "delivery" with its "wholesaler", "invoice" and "tote"',
  deliveryNotReceive: (p: { type: string }) => `this encounter has a "delivery" but its type is "${p.type}": set "type": "receive"`,
  receiveWithPrescriptions: () => 'a delivery is not a fill: leave "prescriptions" empty ([])',
  receiveNotBackRoom: (p: { channel: string }) =>
    `a delivery arrives in the back room, but its channel is "${p.channel}": set "channel": "backRoom"`,
  invoiceLineTwice: (p: { id: string; first: number }) =>
    `invoice line "${p.id}" is used twice (first at invoice[${p.first}]): give each line its own id`,
  toteNoInvoiceLine: (p: { id: string; ids: string[] }) =>
    `no invoice line is called "${p.id}"; the invoice lines are ${p.ids.map((i) => `"${i}"`).join(', ')}`,
  toteLineTwice: (p: { id: string }) => `two tote lines answer invoice line "${p.id}": give the tote one line per invoice line`,
  toteOverShipped: (p: { quantity: number; invoiced: number }) =>
    `${p.quantity} came but only ${p.invoiced} were invoiced; an over-shipment is not something the game can judge: make it at most ${p.invoiced}`,
  pullNotExpired: (p: { expires: string; today: string }) =>
    `this bottle expires on ${p.expires}, after today (${p.today}), so it is not expired and there is nothing to pull: give a date on or before today, or remove it`,
};
