import type { DefaultReplies } from '../catalogue';

/**
 * The replies offered to a patient's question when the scenario gives none: ways a technician
 * hands it to the pharmacist, and answers a technician might be tempted to give themselves.
 */
export const DEFAULT_REPLIES: DefaultReplies = {
  refer: ['Enseguida le llamo al farmacéutico.', 'El farmacéutico puede explicárselo ahora mismo.'],
  /** Answers to a clinical question: out of a technician's scope. */
  clinicalAnswers: ['Sí, no debería haber problema.', 'Eso es normal, no tiene por qué preocuparse.'],
  /** The answer to a non-clinical question when the scenario does not spell one out. */
  generalAnswer: 'Con eso le puedo ayudar yo.',
};
