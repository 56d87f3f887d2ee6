import { createContext, useContext, type ReactNode } from 'react';
import { browserGraphics, type GraphicsSupport } from '../../platform/graphics/graphicsSupport';

const GraphicsContext = createContext<GraphicsSupport | null>(null);

/** Gives the components below a graphics support; without one they use the page's own probe. */
export function GraphicsProvider({ graphics, children }: { graphics: GraphicsSupport; children: ReactNode }) {
  return <GraphicsContext.Provider value={graphics}>{children}</GraphicsContext.Provider>;
}

/** What this browser can draw (see `browserGraphics`). */
export function useGraphics(): GraphicsSupport {
  return useContext(GraphicsContext) ?? browserGraphics();
}
