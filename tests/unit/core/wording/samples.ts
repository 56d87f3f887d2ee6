import { RESOLUTIONS } from '../../../../src/core/claims/rejectCodes';
import type { ClaimReject } from '../../../../src/core/claims/response';
import type { HintParams } from '../../../../src/core/engine/hintParams';
import { RESULT_CODES, type ResultCode } from '../../../../src/core/engine/resultCodes';
import type { CatchParams, MissParams, NextUp, ResultParams } from '../../../../src/core/engine/resultParams';
import type { ResultWords } from '../../../../src/core/engine/results';
import type { Finding, FindingCode } from '../../../../src/core/findings/codes';
import type { FindingParams } from '../../../../src/core/findings/params';
import type { SupplyProblemParams } from '../../../../src/core/rules/daysSupply';
import type { SigDirections, SigProblemParams } from '../../../../src/core/rules/sig';

/**
 * Params for every code the catalogue renders, one or more per branch of its wording. The
 * tables are typed over the code lists, so a new code without a sample does not compile.
 */

/** Every variant of the params of each code in a map. */
type Samples<M> = { [C in keyof M]: readonly M[C][] };

const lisinopril = { id: 'lisinopril-10-tab', label: 'lisinopril 10 mg' };
const amoxicillin = { id: 'amoxicillin-250mg5ml-susp', label: 'amoxicillin 250 mg/5 mL' };
const hydralazine = { id: 'hydralazine-25-tab', label: 'hydrALAZINE 25 mg' };
const unknownProduct = { id: 'no-such-product' };
const rx1 = { id: 'rx1', drug: 'Lisinopril 10 mg tab' };
const rx9 = { id: 'rx9' };
const patient = { first: 'Maria', last: 'Lopez' };
const sig: SigDirections = {
  dose: 1,
  unit: 'tablet',
  route: 'oral',
  frequency: { kind: 'timesDaily', n: 2 },
  additive: [],
  times: [],
  timing: [],
  asNeeded: false,
  asDirected: false,
};
const next = (status: NextUp['status']): NextUp => ({ rx: rx1, status });

export const FINDING_SAMPLES: Samples<FindingParams> = {
  RX_INCOMPLETE: [
    { missing: ['prescriberSignature'], schedule: null },
    { missing: ['patientAddress', 'prescriberAddress', 'quantityInWords'], schedule: 'II' },
  ],
  RX_EXPIRED: [
    { schedule: null, validDays: 365, written: '2025-03-14', expired: '2026-03-14' },
    { schedule: 'II', validDays: 1, written: '2026-03-12', expired: '2026-03-13' },
  ],
  DEA_MISSING: [{ schedule: 'IV', prescriber: 'Baker' }],
  DEA_INVALID: [
    { dea: 'AB123456', format: true },
    { dea: 'ZB1234560', format: false, prefix: 'Z', checkDigit: { expected: 3, shown: '0' } },
    { dea: 'AB1234560', format: false, checkDigit: { expected: 3, shown: '0' } },
  ],
  DEA_NAME_MISMATCH: [{ dea: 'AD1234563', letter: 'D', lastName: 'Smith', initial: 'S' }],
  CII_REFILLS: [{ refills: 1 }, { refills: 3 }],
  CONTROLLED_REFILL_LIMIT: [{ schedule: 'IV', max: 5, refills: 6 }],
  RX_ALTERED: [{ changes: ['The quantity "20" has been overwritten as "80".', 'DEA number written in pencil'] }],
  PATIENT_MISMATCH: [
    { at: 'prescription', patient, writtenName: 'Mario Lopez' },
    { at: 'prescription', patient, writtenName: 'Mario Lopez', birth: { written: '1961-04-07', profile: '1961-04-12' } },
    { at: 'prescription', patient, said: { birth: '1963-02-11', profileBirth: '1961-04-12', rxBirth: '1961-04-12' } },
    { at: 'pickup', patient, born: '1961-04-12', givenName: 'Marie Lopez' },
    { at: 'pickup', patient, born: '1961-04-12', givenBirth: '1963-02-11' },
  ],
  ALLERGY: [
    { substance: 'Penicillin', reaction: 'hives', product: 'amoxicillin 500 mg', match: { via: 'class', allergyClass: 'penicillin' } },
    {
      substance: 'codeine',
      reaction: 'rash',
      product: 'acetaminophen/codeine 300 mg/30 mg',
      match: { via: 'name', name: 'codeine', whole: false },
    },
    { substance: 'penicillin', reaction: 'rash', product: 'cephalexin 500 mg', match: { via: 'cross', allergyClass: 'penicillin' } },
  ],
  INTERACTION: [
    { product: 'ibuprofen 800 mg', interactions: [{ severity: 'major', other: 'warfarin 5 mg', effect: 'bleeding' }] },
    {
      product: 'oxyCODONE 5 mg',
      interactions: [
        { severity: 'contraindicated', other: 'ALPRAZolam 0.5 mg', rx: 'rx2', effect: 'breathing stops' },
        { severity: 'moderate', other: 'amlodipine 5 mg', effect: 'low blood pressure' },
      ],
    },
  ],
  DUPLICATE_THERAPY: [
    { product: 'lisinopril 10 mg', therapeuticClass: 'ace-inhibitor', others: [{ product: 'enalapril 10 mg' }] },
    {
      product: 'ibuprofen 800 mg',
      therapeuticClass: 'nsaid',
      others: [{ product: 'naproxen 500 mg', rx: 'rx2' }, { product: 'meloxicam 15 mg' }],
    },
  ],
  REFILL_TOO_SOON: [
    { by: 'lastFill', lastFill: '2026-03-04', daysSupply: 30, elapsed: 10, earliest: '2026-03-28', percent: 80 },
    { by: 'lastFill', lastFill: '2026-03-13', daysSupply: 30, elapsed: 1, earliest: '2026-04-06', percent: 80 },
    { by: 'doNotFillBefore', earliest: '2026-04-01', today: '2026-03-14' },
  ],
  NO_REFILLS_LEFT: [{ refills: 0 }, { refills: 1 }, { refills: 3 }],
  CLINICAL_QUESTION: [
    { line: 'Can I drink wine with this?', stage: 'dropoff' },
    { line: 'What if I miss a dose?', stage: 'pickup' },
  ],
  LASA_RISK: [
    { lookAlike: 'hydrALAZINE 25 mg', product: 'hydrOXYzine 25 mg', distance: 1 },
    { lookAlike: 'hydrALAZINE 25 mg', product: 'hydrOXYzine 25 mg', distance: 2 },
  ],
  CII_PHONED_IN: [{ product: 'oxyCODONE 5 mg', prescriber: { first: 'Omar', last: 'Haddad' } }],
};

/** One whole finding per code, for results that carry one. */
export const findingOf = (code: FindingCode): Finding =>
  ({ code, rx: 'rx1', step: 'intake', params: FINDING_SAMPLES[code][0]! }) as Finding;

const finding = findingOf('DEA_INVALID');
const stranger = findingOf('PATIENT_MISMATCH');

export const SIG_PROBLEM_SAMPLES: Samples<SigProblemParams> = {
  empty: [{}],
  asDirectedOnly: [{}],
  noDose: [{}],
  noDoseOrFrequency: [{}],
  unknownUnit: [{ word: 'capful' }],
  noUnit: [{}],
  badDose: [{}],
  notText: [{}],
  tooLong: [{ max: 500 }],
  unreadable: [{}],
};

export const SUPPLY_PROBLEM_SAMPLES: Samples<SupplyProblemParams> = {
  noInput: [{}],
  badNumber: [
    { field: 'quantity', whole: false },
    { field: 'packageCount', whole: true },
  ],
  asDirected: [{}],
  unreadableSig: [{ problem: { code: 'noDoseOrFrequency', params: {} } }],
  multiStep: [{}],
  noFrequency: [{}],
  unitMismatch: [{ sigUnit: 'tablet', supplyUnit: 'mL' }],
  unknownProduct: [{ productId: 'no-such-product' }],
};

/** Every way a finding is caught, and every way it gets past. */
export const CATCH_SAMPLES: readonly CatchParams[] = [
  { via: 'flag', rx: rx1, finding },
  { via: 'window', finding: stranger },
  { via: 'pick', product: lisinopril, finding: findingOf('LASA_RISK') },
  { via: 'refer', line: 'Can I drink wine with this?' },
];
export const MISS_SAMPLES: readonly MissParams[] = [
  { via: 'verification', findings: [finding, findingOf('ALLERGY')] },
  { via: 'unflagged', finding },
  { via: 'unflagged' },
  { via: 'pick', picked: hydralazine, wanted: lisinopril },
  { via: 'unreferred', line: 'What if I miss a dose?' },
];

const tote = {
  id: 'line1',
  product: lisinopril,
  ndc: '0000-0000-01',
  invoicedNdc: '0000-0000-02',
  quantity: 2,
  invoiced: 3,
  lot: 'K1',
  expires: '2027-01-31',
};
const shelfLot = { product: lisinopril, lot: 'B2', expires: '2026-01-31' };

type StepCode = Exclude<ResultCode, `catch.${FindingCode}` | `miss.${FindingCode}`>;

const claimOn = (reject: ClaimReject) => [{ rx: rx1, plan: 'Lincoln Mutual Rx', reject }];
const tooSoon: ClaimReject = { code: '79', lastFill: '2026-08-05', daysSupply: 30, nextEligible: '2026-08-29', percent: 80 };

export const RESULT_SAMPLES: Samples<Pick<ResultParams, StepCode>> = {
  'claim.paid': [{ rx: rx1, plan: 'Lincoln Mutual Rx', copay: 10, tier: 1, quantity: 30 }],
  'claim.rejected.07': claimOn({ code: '07' }),
  'claim.rejected.09': claimOn({ code: '09' }),
  'claim.rejected.19': claimOn({ code: '19' }),
  'claim.rejected.25': claimOn({ code: '25' }),
  'claim.rejected.41': claimOn({ code: '41' }),
  'claim.rejected.52': claimOn({ code: '52' }),
  'claim.rejected.56': claimOn({ code: '56' }),
  'claim.rejected.65': [...claimOn({ code: '65', coverageStart: '2027-01-01' }), ...claimOn({ code: '65' })],
  'claim.rejected.69': [...claimOn({ code: '69', coverageEnd: '2026-06-30' }), ...claimOn({ code: '69' })],
  'claim.rejected.70': claimOn({ code: '70' }),
  'claim.rejected.75': claimOn({ code: '75' }),
  'claim.rejected.76': [
    ...claimOn({ code: '76', limit: { kind: 'quantity', max: 30, billed: 60 } }),
    ...claimOn({ code: '76', limit: { kind: 'daysSupply', max: 30, billed: 90 } }),
  ],
  'claim.rejected.79': claimOn(tooSoon),
  'claim.rejected.88': [
    ...claimOn({ code: '88', dur: { reason: 'therapeuticDuplication', with: 'omeprazole-20-cap', filled: '2026-08-01' } }),
    ...claimOn({ code: '88', dur: { reason: 'drugInteraction', with: 'warfarin-5-tab', filled: '2026-08-01' } }),
  ],
  'claim.rejected.E7': claimOn({ code: 'E7' }),
  'claim.resolved': [
    { rx: rx1, resolution: 'nextEligibleDate', reject: tooSoon },
    ...RESOLUTIONS.map((resolution) => ({ rx: rx1, resolution, reject: { code: '75' } as ClaimReject })),
  ],
  'claim.resolution.wrong': [{ rx: rx1, chose: 'cashPrice', expected: 'priorAuthorization', reject: { code: '75' } }],
  'claim.override': [
    { rx: rx1, override: 'overrideDur', reject: { code: '88', dur: { reason: 'drugInteraction', with: 'x', filled: '2026-08-01' } } },
    { rx: rx1, override: 'overrideRefillTooSoon', reject: tooSoon },
  ],
  'claim.missed': [{ rx: rx1 }],
  'claim.unresolved': [{ rx: rx1 }],
  'claim.notBilled': [{ rx: rx1 }],
  'claim.first': [{ rx: rx1 }],
  'claim.settled': [{ rx: rx1 }],
  'claim.nothingToResolve': [{ rx: rx1 }],
  'claim.noSecondary': [{ rx: rx1 }],
  'action.unknown': [
    { problem: 'unreadable' },
    { problem: 'failed' },
    { problem: 'noCode' },
    { problem: 'notAnAction' },
    ...(
      [
        'rx',
        'stage',
        'productId',
        'entry',
        'quantity',
        'auxiliaryLabels',
        'question',
        'response',
        'note',
        'at',
        'language',
        'decision',
        'amount',
        'bag',
        'lot',
        'beyondUseDate',
        'waterMl',
        'portions',
        'billing',
        'resolution',
      ] as const
    ).map((field) => ({ problem: 'badField' as const, field })),
    { problem: 'unknownType', type: 'dance' },
    { problem: 'unknownCode', code: 'NOT_A_CODE' },
  ],
  'encounter.over': [{}],
  'rx.unknown': [{ rx: 'rx9', ids: ['rx1', 'rx2'] }],
  'rx.held': [{ rx: rx1 }],
  'rx.verified': [{ rx: rx1 }],
  'order.identityFirst': [{}],
  'order.acceptFirst': [{ next: next('intake') }],
  'order.alreadyAccepted': [{ rx: rx1, next: next('entry') }],
  'order.enterFirst': [{ next: next('entry') }],
  'order.handsFull': [{ holding: hydralazine }],
  'order.nothingInHand': [{ doing: 'return' }, { doing: 'scan' }],
  'order.scanFirst': [{ next: next('selection') }],
  'order.countFirst': [{ next: next('count') }],
  'order.labelFirst': [{ next: next('label') }, { next: next('verify') }],
  'order.alreadyCounted': [{}],
  'order.notAtPickup': [{ waiting: [rx1, rx9] }],
  'order.rxNotFinished': [{ waiting: [rx1] }],
  'order.nothingToHandOut': [{}],
  'order.alreadyDone': [
    { done: 'dropoffIdentity' },
    { done: 'pickupIdentity' },
    { done: 'counseling' },
    { done: 'scan' },
    { done: 'flag' },
    { done: 'toldPharmacist' },
    { done: 'wrongProduct' },
    { done: 'contactedPatient' },
  ],
  'identity.dropoff': [{ patient, dateOfBirth: '1961-04-12' }],
  'identity.dropoff.missed': [{}],
  'intake.accepted': [{ rx: rx1 }],
  'intake.missed': [{ rx: rx9 }],
  'entry.product.ok': [{ product: lisinopril }],
  'entry.product.wrong': [
    { entered: hydralazine, lookAlike: true, wanted: lisinopril },
    { entered: unknownProduct, lookAlike: false, wanted: lisinopril },
  ],
  'entry.sig.ok': [{ means: { sig } }, { means: { written: 'take as the doctor said' } }],
  'entry.sig.wrong': [
    { unreadable: { code: 'noDose', params: {} } },
    { theirs: { ...sig, frequency: { kind: 'timesDaily', n: 1 } }, means: { sig } },
  ],
  'entry.sig.doNotUse': [{ uses: [{ item: 'qd', written: 'qd' }] }],
  'entry.doNotUse.noted': [
    {
      rx: { id: 'rx1', drug: 'Synthroid .05 mg' },
      uses: [
        { item: 'leadingZero', written: '.05', number: '0.05' },
        { item: 'qd', written: 'qd' },
      ],
    },
  ],
  'entry.quantity.ok': [{ quantity: 30 }],
  'entry.quantity.wrong': [
    { entered: 20, quantity: 30, unit: 'tablet' },
    { entered: null, quantity: 150, unit: 'mL' },
  ],
  'entry.daysSupply.ok': [{ entered: 30 }],
  'entry.daysSupply.wrong': [
    { entered: 15, expected: 30 },
    { entered: null, cannot: { code: 'asDirected', params: {} } },
  ],
  'entry.refills.ok': [{ refills: 2 }, { refills: 1, refill: { authorised: 3, used: 2 } }],
  'entry.refills.wrong': [
    { entered: 5, refills: 2 },
    { entered: null, refills: 1, refill: { authorised: 3, used: 2 } },
  ],
  'entry.daw.ok': [{ daw: 0 }, { daw: 9 }],
  'entry.daw.wrong': [
    { entered: 1, daw: 0 },
    { entered: null, daw: 2 },
  ],
  'entry.missed': [{ rx: rx1 }],
  'selection.correct': [{ product: lisinopril }],
  'selection.lookalike': [{ picked: hydralazine, wanted: lisinopril }],
  'selection.wrong': [{ picked: hydralazine, wanted: lisinopril }],
  'selection.corrected': [{ product: lisinopril }],
  'selection.returned': [{ product: hydralazine }],
  'selection.unknownProduct': [{ productId: 'no-such-product' }],
  'selection.missed': [{ rx: rx1 }],
  'scan.match': [{ ndc: '68180-0513-01' }],
  'scan.mismatch': [
    { bottle: hydralazine, bottleNdc: '23155-0001-01', entered: { product: lisinopril, ndc: '68180-0513-01' } },
    { bottle: unknownProduct },
  ],
  'scan.missed': [{ rx: rx1 }],
  'count.correct': [
    { quantity: 30, unit: 'tablet' },
    { quantity: 1, unit: 'capsule' },
  ],
  'count.wrong': [
    { counted: 28, quantity: 30, unit: 'tablet' },
    { counted: null, quantity: 150, unit: 'mL' },
  ],
  'count.missed': [{ rx: rx1 }],
  'label.auxiliary.ok': [{ labels: [] }, { labels: ['Take with food', 'May cause drowsiness'] }],
  'label.auxiliary.missing': [{ missing: ['May cause drowsiness'] }],
  'label.auxiliary.extra': [{ extra: ['Take with food'] }, { extra: ['Take with food', 'Shake well'] }],
  'label.auxiliary.wrong': [{ missing: ['May cause drowsiness'], extra: ['Take with food'] }],
  'label.missed': [{ rx: rx1 }],
  'verify.passed': [{ product: lisinopril }],
  'verify.wrongProduct': [
    { holding: hydralazine, wanted: lisinopril },
    { holding: null, wanted: lisinopril },
  ],
  'verify.missed': [{ rx: rx1 }],
  'identity.pickup': [{ patient }],
  'identity.pickupMismatch': [{ finding: stranger }],
  'identity.pickup.missed': [{}],
  'counseling.offered': [{}],
  'counseling.missed': [{}],
  'pickup.handedOut': [{ bagged: [rx1] }, { bagged: [rx1, { id: 'rx2', drug: 'Metformin 500 mg' }] }],
  'pickup.wrongPerson': [{ finding: stranger }],
  'question.answered': [{ line: 'How much do I owe?' }, { line: 'How much do I owe?', answer: 'Your copay is $5.' }],
  'question.referredNonClinical': [{ line: 'When do you close?' }, { line: 'When do you close?', answer: 'At nine.' }],
  'question.answeredClinical': [{ line: 'Can I take ibuprofen with this?' }],
  'question.missed': [{ line: 'How much do I owe?' }],
  'question.unknown': [
    { question: 'nope', ids: ['copay', 'ibuprofen'] },
    { question: 'nope', ids: [] },
  ],
  'question.notAskedYet': [{}],
  'question.alreadyHandled': [
    { status: 'answered', line: 'How much do I owe?' },
    { status: 'referred', line: 'Can I take ibuprofen?' },
  ],
  'flag.late': [{ catchable: 'entry', finding: findingOf('ALLERGY') }],
  'flag.wrongReason': [{ rx: rx1, flagged: 'DEA_INVALID', finding: findingOf('ALLERGY') }],
  'flag.falseAlarm': [
    { about: rx1, flagged: 'ALLERGY' },
    { about: null, flagged: 'PATIENT_MISMATCH' },
  ],
  'flag.notAStop': [{}],
  'encounter.ended': [{}],
  'selection.expired': [
    { product: lisinopril, lot: 'A1', expires: '2026-01-31', today: '2026-02-09', soon: false, shortDatedDays: 30 },
    { product: lisinopril, lot: 'A2', expires: '2026-02-20', today: '2026-02-09', soon: true, shortDatedDays: 30 },
  ],
  'selection.inDate': [{ product: lisinopril, lot: 'B7', expires: '2027-06-30' }],
  'selection.unknownLot': [{ product: lisinopril, lot: 'Z9', lots: ['A1', 'B7'] }],
  'order.reconstituteFirst': [{ rx: rx1 }],
  'reconstitute.correct': [{ product: amoxicillin, waterMl: 88, portions: 2 }],
  'reconstitute.wrongVolume': [
    { product: amoxicillin, waterMl: 100, wanted: 88 },
    { product: amoxicillin, waterMl: null, wanted: 88 },
  ],
  'reconstitute.onePortion': [{ product: amoxicillin, portions: 1, wanted: 2 }],
  'reconstitute.notNeeded': [{ product: lisinopril }],
  'reconstitute.missed': [{ rx: rx1 }, { rx: rx9 }],
  'label.beyondUse.ok': [
    { date: '2026-02-23', storage: 'refrigerator' },
    { date: '2026-02-19', storage: 'room' },
  ],
  'label.beyondUse.wrong': [{ written: '2026-03-09', date: '2026-02-23', days: 14 }],
  'label.beyondUse.missing': [{ date: '2026-02-23', days: 14 }],
  'shortage.reported': [
    { product: lisinopril, resolution: 'partialFill', onHand: 12, owed: 18, unit: 'tablet' },
    { product: lisinopril, resolution: 'orderTomorrow', onHand: 0, owed: 30, unit: 'tablet' },
    { product: lisinopril, resolution: 'transfer', onHand: 1, owed: 29, unit: 'tablet' },
  ],
  'shortage.wrongPlan': [{ product: lisinopril, chosen: 'transfer', resolution: 'partialFill', onHand: 12, owed: 18, unit: 'tablet' }],
  'shortage.notShort': [{ product: lisinopril }],
  'shortage.missed': [{ rx: rx1 }, { rx: rx9 }],
  'receive.none': [{}],
  'receive.unknownLine': [{ line: 'line9', lines: ['line1', 'line2'] }],
  'receive.checkFirst': [{ line: tote }],
  'receive.alreadyDone': [{ line: tote }],
  'receive.checked': [
    { line: tote, verdict: 'match' },
    { line: tote, verdict: 'shortDated' },
  ],
  'receive.misjudged': [{ line: tote, verdict: 'short', said: 'match' }],
  'receive.putAway': [
    { line: tote, storage: 'refrigerator' },
    { line: tote, storage: 'room' },
  ],
  'receive.putAwayHeld': [{ line: tote, verdict: 'damaged' }],
  'receive.putAwayControlled': [{ line: tote, schedule: 'II' }],
  'receive.fridgeFirst': [{}],
  'receive.fridgeLate': [{ line: tote }],
  'receive.reported': [{ line: tote, verdict: 'substituted' }],
  'receive.reportNothing': [{ line: tote }],
  'receive.controlledToPharmacist': [{ line: tote, schedule: 'IV' }],
  'receive.handedOver': [{ line: tote, schedule: 'II' }],
  'receive.notControlled': [{ line: tote }],
  'receive.pulled': [shelfLot],
  'receive.unknownLot': [
    { lot: 'Z1', lots: [] },
    { lot: 'Z1', lots: ['B2'] },
  ],
  'receive.alreadyPulled': [shelfLot],
  'receive.check.missed': [{ line: tote }],
  'receive.putAway.missed': [{ line: tote }],
  'receive.fridgeFirst.missed': [{}],
  'receive.report.missed': [{ line: tote }],
  'receive.controlled.missed': [{ line: tote, schedule: 'II' }],
  'receive.pull.missed': [shelfLot],
  'label.language.ok': [
    { asked: 'es', sig },
    { asked: 'en', sig },
  ],
  'label.language.wrong': [
    { asked: 'es', printed: 'en', sig },
    { asked: 'en', printed: 'es', sig: null },
  ],
  'label.language.unasked': [{ printed: 'es' }],
  'error.nothingToOwn': [{}],
  'error.told': [{ madeBy: 'you' }, { madeBy: 'colleague' }],
  'error.tell.missed': [{}],
  'error.quarantined': [{ product: hydralazine }],
  'error.reshelved': [{ product: hydralazine }],
  'error.discarded': [{ product: unknownProduct }],
  'error.keep.missed': [{}],
  'error.contacted': [{ taken: true }, { taken: false }],
  'error.contact.notNeeded': [
    { reason: 'productWithPatient', product: hydralazine },
    { reason: 'patientHere', product: hydralazine },
    { reason: 'neverLeft', product: hydralazine },
  ],
  'error.contact.missed': [{}],
  'report.honest': [{ kind: 'wrongDrug', dispensed: hydralazine, reachedPatient: true, harmCategory: 'C' }],
  'report.incomplete': [
    { kind: 'wrongStrength', dispensed: lisinopril, reachedPatient: false, harmCategory: 'B', missing: ['factors'] },
    { kind: 'labellingError', dispensed: lisinopril, reachedPatient: true, harmCategory: 'D', missing: ['kind', 'foundBy', 'prevention'] },
  ],
  'report.hides': [
    { kind: 'wrongDrug', dispensed: hydralazine, reachedPatient: true, harmCategory: 'C', hidden: ['reachedPatient'] },
    { kind: 'wrongQuantity', dispensed: unknownProduct, reachedPatient: false, harmCategory: 'B', hidden: ['dispensed'] },
  ],
  'report.blame': [{}],
  'report.alreadyFiled': [{}],
  'report.missed': [{}],
  'call.none': [{}],
  'call.lookedUp': [
    { rx: rx1, refills: 3, used: 1, lastFill: '2026-02-16' },
    { rx: rx1, refills: 1, used: 0, lastFill: '2026-03-01', earliest: '2026-03-25' },
    { rx: rx9, refills: 0, used: 0 },
  ],
  'call.handled': [
    { kind: 'refill', decision: 'queueRefill', rx: rx1 },
    { kind: 'refill', decision: 'explainTooSoon', rx: rx1, earliest: '2026-03-25' },
    { kind: 'refill', decision: 'requestAuthorization', rx: rx1, expectDays: 2 },
    { kind: 'refill', decision: 'requestAuthorization', rx: rx1, expectDays: 1 },
    { kind: 'newPrescription', decision: 'toPharmacist', rx: rx1 },
    { kind: 'transfer', decision: 'toPharmacist', rx: rx1 },
    { kind: 'clinicalQuestion', decision: 'toPharmacist', rx: rx1 },
    { kind: 'newPrescription', decision: 'takeVerbalOrder', rx: rx1 },
  ],
  'call.wrongDecision': [
    { kind: 'refill', decision: 'queueRefill', rx: rx1, expected: 'requestAuthorization' },
    { kind: 'refill', decision: 'toPharmacist', rx: rx1, expected: 'explainTooSoon', earliest: '2026-03-25' },
    { kind: 'newPrescription', decision: 'toPharmacist', rx: rx1, expected: null },
    { kind: 'transfer', decision: 'queueRefill', rx: rx1, expected: 'toPharmacist' },
    { kind: 'newPrescription', decision: 'toPharmacist', rx: rx1, expected: 'takeVerbalOrder' },
    { kind: 'refill', decision: 'requestAuthorization', rx: rx1, expected: 'queueRefill', expectDays: 2 },
  ],
  'call.outOfScope': [
    { kind: 'newPrescription', rx: rx1, phonedInCII: true },
    { kind: 'newPrescription', rx: rx1, phonedInCII: false },
  ],
  'call.lookup.missed': [{ rx: rx1 }],
  'call.missed': [{ kind: 'refill', rx: rx1, expected: 'requestAuthorization' }],
  'register.none': [{}],
  'register.paid': [{ amount: 12.5 }],
  'register.totalCaught': [{ shown: 22.5, amount: 12.5 }],
  'register.wrongAmount': [
    { entered: 22.5, amount: 12.5, shown: 22.5 },
    { entered: 10, amount: 12.5, shown: 12.5 },
  ],
  'register.signed': [{}],
  'register.idChecked': [{}],
  'register.idNotNeeded': [{}],
  'register.bagSetAside': [{ name: 'Maria Lopes', drug: 'Metformin 500 mg' }],
  'register.noOtherBag': [{}],
  'register.otherBagHandedOut': [{ name: 'Maria Lopes', drug: 'Metformin 500 mg' }],
  'register.payment.missed': [{}],
  'register.total.missed': [{}],
  'register.signature.missed': [{}],
  'register.photoId.missed': [{}],
  'register.otherBag.missed': [{ name: 'Maria Lopes', drug: 'Metformin 500 mg' }],
};

export const HINT_SAMPLES: Samples<HintParams> = {
  'identity.dropoff': [{}],
  'question.dropoff': [{ line: 'Is this going to make me sleepy?' }],
  'intake.review': [{ rx: rx1 }],
  'entry.enter': [{ rx: rx1 }],
  'selection.take': [{ rx: rx1 }],
  'selection.scan': [{ rx: rx1 }],
  count: [{ rx: rx1 }],
  label: [{ rx: rx1 }],
  verify: [{ rx: rx1 }],
  'pickup.pharmacistBusy': [{}],
  'pickup.flagStranger': [{}],
  'question.pickup': [{ line: 'How much do I owe?' }],
  'identity.pickup': [{}],
  counseling: [{}],
  handOut: [{}],
  'error.tell': [{}],
  'error.keep': [{}],
  'error.contact': [{}],
  'error.report': [{}],
  'call.lookUp': [{ rx: rx1 }],
  'call.decide': [{ caller: "Dr. Okafor's office" }],
  'register.photoId': [{}],
  'register.collect': [{}],
  'register.sign': [{}],
  'claim.submit': [{ rx: rx1 }],
  'claim.resolve': [{ rx: rx1, reject: '75' }],
  'receive.check': [{ line: tote }],
  'receive.putAway': [{ line: tote }],
  'receive.report': [{ line: tote }],
  'receive.toPharmacist': [{ line: tote }],
  'receive.pull': [{ lot: 'B2', product: lisinopril }],
  'receive.finish': [{}],
};

/** Every sample of every result code, catch.X and miss.X included. */
export function resultSamples(): ResultWords[] {
  return RESULT_CODES.flatMap((code): ResultWords[] => {
    if (code.startsWith('catch.')) return CATCH_SAMPLES.map((params) => ({ code, params }) as ResultWords);
    if (code.startsWith('miss.')) return MISS_SAMPLES.map((params) => ({ code, params }) as ResultWords);
    const samples = RESULT_SAMPLES[code as keyof typeof RESULT_SAMPLES] as readonly unknown[];
    return samples.map((params) => ({ code, params }) as ResultWords);
  });
}
