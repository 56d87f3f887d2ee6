import type { Action, ResolvedEncounter } from '../../core';
import type { StationId } from '../../core';

/** Where a technician stands to do an action, so a replayed step opens on the station where it happened. */
export function stationForAction(action: Action | undefined, scenario: ResolvedEncounter): StationId {
  if (!action) return 'dropoff';
  switch (action.type) {
    case 'confirmIdentity':
      return action.stage === 'dropoff' ? 'dropoff' : 'pickup';
    case 'acceptPrescription':
      return 'dropoff';
    case 'respondToQuestion':
      return scenario.dialogue.dropOff.some((l) => l.id === action.question) ? 'dropoff' : 'pickup';
    case 'enterPrescription':
    case 'submitClaim':
    case 'resolveClaim':
      return 'entry';
    case 'selectProduct':
    case 'returnProduct':
    case 'scanProduct':
    case 'reportShortage':
    case 'checkToteLine':
    case 'putAway':
    case 'pullExpired':
    // The receiving block is at the shelves, the pharmacist's hand-over and the report included.
    case 'reportDiscrepancy':
    case 'handToPharmacist':
      return 'shelves';
    case 'countProduct':
    case 'reconstitute':
      return 'counting';
    case 'printLabel':
    case 'chooseLabelLanguage':
      return 'label';
    // A flag goes to the pharmacist, whose bench shows what is held.
    case 'flagProblem':
    case 'submitForVerification':
      return 'verify';
    case 'offerCounseling':
    case 'handOut':
    case 'endEncounter':
    case 'collectPayment':
    case 'signPickupLog':
    case 'checkPhotoId':
    case 'setAsideBag':
      return 'pickup';
    // The error protocol happens with the pharmacist.
    case 'tellPharmacist':
    case 'keepWrongProduct':
    case 'contactPatient':
    case 'fileErrorReport':
      return 'verify';
    case 'lookUpRx':
    case 'answerCall':
      return 'phone';
  }
}
