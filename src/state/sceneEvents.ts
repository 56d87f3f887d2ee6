import type { SceneEvents } from '../scene/sceneContract';
import type { AppStore } from './store';
import { actions } from '../core';

/**
 * What a click in the 3D view does: walk to a station, or take a bottle for the prescription being
 * worked on (clicking the bottle already in hand puts it back). All of it goes through the store.
 */
export function sceneEvents(store: AppStore): SceneEvents {
  return {
    onStation: (id) => store.getState().goToStation(id),
    onPickProduct: (productId) => {
      const s = store.getState();
      const rx = s.selectedRxId;
      if (!rx) return;
      const inHand = s.encounter?.rx[rx]?.selectedProductId;
      s.dispatch(inHand === productId ? actions.returnProduct(rx) : actions.selectProduct(rx, productId));
    },
  };
}
