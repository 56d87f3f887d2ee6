import type { Catalogue } from '../catalogue';
import { quoted } from './phrases';

/** How the student prioritised in a shift: urgent work first, then patients, then routine back-room work. */
export const PRIORITY_WORDS: Catalogue['priority'] = {
  details: {
    'priority.urgentFirst': (p) => `You took ${quoted(p.taken)} first, before ${quoted(p.passedOver)}.`,
    'priority.patientFirst': (p) => `You served ${quoted(p.taken)} before the back-room task ${quoted(p.passedOver)}.`,
    'priority.urgentWaited': (p) => `You took ${quoted(p.taken)} while the urgent ${quoted(p.passedOver)} waited.`,
    'priority.patientWaited': (p) => `You did the back-room task ${quoted(p.taken)} while ${quoted(p.passedOver)} waited at the counter.`,
  },
  feedback: {
    'priority.urgentFirst': {
      what: '{detail}',
      why: 'Refrigerated stock left out of the fridge can be spoiled within minutes and must then be thrown away.',
      how: 'Keep putting refrigerated items away first; it takes a minute, then go back to the queue.',
    },
    'priority.patientFirst': {
      what: '{detail}',
      why: 'A patient waiting at the counter is waiting for care; routine restocking can wait until the counter is quiet.',
      how: 'Keep serving the person at the counter before routine back-room work.',
    },
    'priority.urgentWaited': {
      what: '{detail}',
      why: 'Refrigerated stock left out of the fridge can be spoiled within minutes and must then be thrown away.',
      how: 'When an urgent task arrives, such as a refrigerated tote, deal with it first, then go back to the queue.',
    },
    'priority.patientWaited': {
      what: '{detail}',
      why: 'A patient at the counter should never wait behind restocking: they may be unwell, and they see a pharmacy that does not see them.',
      how: 'Serve the person at the counter first, and do routine back-room work when nobody is waiting.',
    },
  },
};
