import { useSyncExternalStore } from 'react';
import { useAppStore } from '../../state/StoreContext';
import { useGraphics } from './GraphicsContext';
import { chooseView, type PharmacyViewMode } from './viewMode';

/** 3D or the 2D plan, from the "Simple 2D view" setting and what the browser can draw; re-renders when either changes. */
export function usePharmacyView(): PharmacyViewMode {
  const graphics = useGraphics();
  const simpleView = useAppStore((s) => s.settings.simpleView);
  const trouble = useSyncExternalStore(graphics.subscribe, graphics.trouble);
  return chooseView(simpleView, trouble);
}
