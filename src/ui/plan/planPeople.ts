import { phoneWords } from '../panels/phone/phoneWords';
import type { PatientFigure, SceneModel } from '../../scene/sceneContract';
import type { StationId } from '../../core';

/** Who stands where on the plan: at each window, and in the queue in arrival order (people who left are not drawn). */
export interface PlanPeople {
  dropoff: PatientFigure[];
  pickup: PatientFigure[];
  waiting: PatientFigure[];
}

/** Sorts the scene model's people into the plan's three customer places, as the 3D view stands them. */
export function planPeople(patients: readonly PatientFigure[]): PlanPeople {
  return {
    dropoff: patients.filter((p) => p.place === 'dropoff'),
    pickup: patients.filter((p) => p.place === 'pickup'),
    waiting: patients.filter((p) => p.place === 'queue'),
  };
}

/** The line under a station's name on the plan: what is there now, in words. */
export function stationNote(id: StationId, model: SceneModel): string {
  switch (id) {
    case 'dropoff':
      return model.patients.some((p) => p.place === 'dropoff') ? 'At the window:' : 'No one at the window';
    case 'pickup':
      return model.patients.some((p) => p.place === 'pickup') ? 'Here for the bag:' : 'No one at the window';
    case 'waiting': {
      const n = model.patients.filter((p) => p.place === 'queue').length;
      return n === 0 ? 'No one waiting' : `${n} waiting:`;
    }
    case 'shelves': {
      const picked = model.shelf.find((b) => b.productId === model.pickedProductId);
      return picked ? `In hand: ${picked.labelName} ${picked.strength}` : `${model.shelf.length} products on the shelf`;
    }
    case 'counting':
      return model.trayCount > 0 ? `${model.trayCount} on the tray` : 'Tray empty';
    case 'verify':
      return model.pharmacistChecking ? 'The pharmacist is checking your basket' : 'The pharmacist checks every fill';
    case 'entry':
      return 'Computer: profiles and data entry';
    case 'label':
      return 'Prints the vial label';
    case 'phone':
      return model.phoneRinging ? phoneWords.ringing : 'Telephoned prescriptions';
  }
}
