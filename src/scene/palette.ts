/**
 * The pharmacy's colours in one place, so every surface belongs to the same warm scheme
 * (cream walls, honey wood, teal trade dress with a coral accent).
 */
export const PALETTE = {
  wallCream: '#f4ead8',
  wallAccentTeal: '#2f7d74',
  wallSage: '#cfe0d3',
  ceiling: '#ffffff',
  ceilingPanel: '#fffbea',
  skirting: '#7a5b3f',
  floorTile: '#eadfca',
  floorTileAlt: '#e2d4bb',
  floorGrout: '#c9b89c',
  floorAccent: '#3f8f86',
  wood: '#c18e5c',
  woodDark: '#8c6239',
  worktop: '#efe6d6',
  counterFront: '#2a766d',
  counterTrim: '#e6b25a',
  kickPlate: '#3c3430',
  metal: '#b8bcbf',
  metalDark: '#5e6468',
  plasticDark: '#2e3236',
  plasticLight: '#e9e7e1',
  screenGlow: '#dff3f0',
  coral: '#e86f5a',
  mustard: '#e9b949',
  navy: '#24466b',
  chairSeat: '#2f6f8f',
  chairFrame: '#4a4f55',
  potTerracotta: '#c46a43',
  leaf: '#4f9a52',
  leafDark: '#2f7440',
  basketRed: '#d2453b',
  pillWhite: '#f6f1e6',
  pillPeach: '#f2c6a0',
  trayBlue: '#3e7fb8',
  bottleWhite: '#f5f3ee',
  vialGlass: '#cfdfe3',
  coatWhite: '#f7f7f4',
  trousers: '#3d4350',
  shoes: '#2b2724',
  eye: '#2a221d',
  shadow: '#000000',
  shelfBack: '#eadfca',
  shelfBoard: '#f7f4ee',
  background: '#f3ead9',
} as const;

/** One of the named pharmacy colours. */
export type PaletteColour = (typeof PALETTE)[keyof typeof PALETTE];

/** The system font stack: no font file is ever downloaded, labs may be offline. */
export const SYSTEM_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
