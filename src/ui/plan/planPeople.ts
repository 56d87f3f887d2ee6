import type { PatientFigure, SceneModel } from '../../scene/sceneContract';
import type { TFunction } from 'i18next';
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
export function stationNote(id: StationId, model: SceneModel, t: TFunction): string {
  switch (id) {
    case 'dropoff':
      return model.patients.some((p) => p.place === 'dropoff') ? t('planNote.dropoffBusy') : t('planNote.nobodyAtWindow');
    case 'pickup':
      return model.patients.some((p) => p.place === 'pickup') ? t('planNote.pickupBusy') : t('planNote.nobodyAtWindow');
    case 'waiting': {
      const n = model.patients.filter((p) => p.place === 'queue').length;
      return n === 0 ? t('planNote.nobodyWaiting') : t('planNote.waiting', { count: n });
    }
    case 'shelves': {
      const picked = model.shelf.find((b) => b.productId === model.pickedProductId);
      return picked
        ? t('planNote.inHand', { name: picked.labelName, strength: picked.strength })
        : t('planNote.onShelf', { count: model.shelf.length });
    }
    case 'counting':
      return model.trayCount > 0 ? t('planNote.onTray', { count: model.trayCount }) : t('planNote.trayEmpty');
    case 'verify':
      return model.pharmacistChecking ? t('planNote.checking') : t('planNote.checksEvery');
    case 'entry':
      return t('planNote.entry');
    case 'label':
      return t('planNote.label');
    case 'phone':
      return model.phoneRinging ? t('phoneCall.ringing') : t('planNote.phone');
  }
}
