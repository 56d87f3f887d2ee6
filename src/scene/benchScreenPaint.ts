import { fitFont, roundedRect } from './canvasTexture';
import { PALETTE } from './palette';

/** Canvas sizes of the bench's two screens (pixels), in the proportions of their planes in the room. */
export const MONITOR_PX = { width: 384, height: 256 } as const;
export const LABEL_PX = { width: 320, height: 128 } as const;

/** Writes lines top to bottom, each shrunk to fit the width. */
function writeLines(
  ctx: CanvasRenderingContext2D,
  texts: readonly string[],
  x: number,
  y: number,
  size: number,
  step: number,
  maxWidth: number,
): void {
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  texts.forEach((text, i) => {
    fitFont(ctx, text, size, maxWidth);
    ctx.fillText(text, x, y + i * step);
  });
}

/** The data-entry screen: the pharmacy system's header and what is typed (drug, directions, quantity). */
export function paintMonitor(ctx: CanvasRenderingContext2D, width: number, height: number, lines: readonly string[]): void {
  ctx.fillStyle = PALETTE.screenGlow;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = PALETTE.navy;
  ctx.fillRect(0, 0, width, 40);
  ctx.fillStyle = '#ffffff';
  writeLines(ctx, ['Rx entry'], 14, 10, 22, 0, width - 28);
  ctx.fillStyle = PALETTE.plasticDark;
  writeLines(ctx, lines.length > 0 ? lines : ['Waiting for data entry'], 14, 58, 26, 44, width - 28);
}

/** The vial label coming out of the printer: patient, directions, drug, quantity and refills, as entered. */
export function paintLabel(ctx: CanvasRenderingContext2D, width: number, height: number, lines: readonly string[]): void {
  ctx.clearRect(0, 0, width, height);
  roundedRect(ctx, 2, 2, width - 4, height - 4, 6, '#ffffff');
  ctx.fillStyle = PALETTE.plasticDark;
  writeLines(ctx, lines, 10, 8, 24, 29, width - 20);
}
