import type { ResolvedEncounter } from '../../../../src/core/scenario/resolve';
import { scenario } from './fixtures';

const dana = { firstName: 'Dana', lastName: 'Whitfield', dateOfBirth: '1975-02-11', address: '9 Birch Lane, Springfield, IL 62704' };

/** Hand-built scenarios covering each kind of encounter the engine must handle. */
export const CASES: Record<string, ResolvedEncounter> = {
  'clean fill': scenario(),
  'look-alike on the shelf': scenario({
    prescriptions: [{ product: 'hydroxyzine-25-tab', sig: 'i po tid prn itching', quantity: 30, refills: 0 }],
    shelf: ['hydroxyzine-25-tab', 'hydralazine-25-tab'],
  }),
  'insulin capped at in-use days': scenario({
    prescriptions: [{ product: 'glargine-u100-vial', sig: '12 units subq qhs', quantity: 1000, refills: 1 }],
  }),
  'refill request': scenario({ prescriptions: [{ request: 'refill', refills: 5, refillsUsed: 2 }] }),
  'allergy caught at entry': scenario({
    patient: { ...dana, allergies: [{ substance: 'penicillin', reaction: 'hives' }] },
    prescriptions: [{ product: 'amoxicillin-500-cap', sig: 'i cap po tid', quantity: 30, refills: 0 }],
  }),
  'invalid DEA on a C-II': scenario({
    prescriptions: [{ product: 'oxycodone-5-tab', sig: 'i po q6h prn pain', quantity: 20, refills: 0, prescriber: { dea: 'AB1234560' } }],
  }),
  'refills on a C-II': scenario({ prescriptions: [{ product: 'oxycodone-5-tab', sig: 'i po q6h prn pain', quantity: 20, refills: 1 }] }),
  'refill too soon': scenario({
    patient: { ...dana, allergies: [], fillHistory: [{ product: 'lisinopril-10-tab', date: '2026-03-01', quantity: 30, daysSupply: 30 }] },
  }),
  'major interaction': scenario({
    patient: { ...dana, allergies: [], medications: [{ product: 'warfarin-5-tab' }] },
    prescriptions: [{ product: 'ibuprofen-800-tab', sig: 'i po tid prn pain', quantity: 30, refills: 0 }],
  }),
  'one stopped, one filled': scenario({
    prescriptions: [{ dateWritten: '2024-01-01' }, { product: 'hydroxyzine-25-tab', sig: 'i po tid', quantity: 30, refills: 0 }],
  }),
  'both stopped': scenario({ prescriptions: [{ dateWritten: '2024-01-01' }, { dateWritten: '2024-02-01' }] }),
  'stranger at pick-up': scenario({ presenter: { name: 'Rob Whitfield', dateOfBirth: '1970-05-05' } }),
  'stranger, but nothing to collect': scenario({
    presenter: { name: 'Rob Whitfield', dateOfBirth: '1970-05-05' },
    prescriptions: [{ dateWritten: '2024-01-01' }],
  }),
  'questions at both windows': scenario({
    dialogue: {
      dropOff: [
        { id: 'ready', text: 'When will it be ready?', question: true, technicianAnswer: 'In 20 minutes.' },
        { id: 'grapefruit', text: 'Can I still eat grapefruit?', question: true, pharmacistOnly: true },
        { id: 'hello', text: 'Hi there.' },
      ],
      pickUp: [{ id: 'dizzy', text: 'Will this make me dizzy?', question: true, pharmacistOnly: true }],
    },
  }),
  'drop-off question, everything stopped': scenario({
    prescriptions: [{ dateWritten: '2024-01-01' }],
    dialogue: {
      dropOff: [{ id: 'cost', text: 'How much will it cost?', question: true }],
      pickUp: [{ id: 'later', text: 'Any side effects?', pharmacistOnly: true }],
    },
  }),
};
