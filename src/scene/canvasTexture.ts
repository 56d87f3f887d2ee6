import { CanvasTexture, DataTexture, RepeatWrapping, SRGBColorSpace, type Texture } from 'three';
import { SYSTEM_FONT } from './palette';

/** Draws onto a 2D canvas context of the given size. */
export type Paint = (ctx: CanvasRenderingContext2D, width: number, height: number) => void;

/** Options for a painted texture. */
export interface PaintOptions {
  /** Tile the texture this many times across its surface (floors). */
  repeat?: readonly [number, number];
  /** Anisotropic filtering; labels read better at a slant with a little. */
  anisotropy?: number;
}

/** True where a 2D canvas exists (the browser); false in Node, where the tests render the scene. */
export function canPaint(): boolean {
  return typeof document !== 'undefined' && typeof document.createElement === 'function';
}

/**
 * A texture painted in code on a small canvas: no image file is ever fetched.
 * Without a DOM it returns a 1×1 white placeholder so components still mount in tests.
 */
export function paintTexture(name: string, width: number, height: number, paint: Paint, options: PaintOptions = {}): Texture {
  const texture = canPaint() ? canvasTexture(width, height, paint) : placeholderTexture();
  texture.name = name;
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = options.anisotropy ?? 1;
  if (options.repeat) {
    texture.wrapS = RepeatWrapping;
    texture.wrapT = RepeatWrapping;
    texture.repeat.set(options.repeat[0], options.repeat[1]);
  }
  return texture;
}

function canvasTexture(width: number, height: number, paint: Paint): Texture {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx) paint(ctx, width, height);
  return new CanvasTexture(canvas);
}

function placeholderTexture(): Texture {
  const texture = new DataTexture(new Uint8Array([255, 255, 255, 255]), 1, 1);
  texture.needsUpdate = true;
  return texture;
}

/** Sets a system-font `font` no larger than `size` px that fits `text` into `maxWidth`; returns the size chosen. */
export function fitFont(ctx: CanvasRenderingContext2D, text: string, size: number, maxWidth: number, weight = '600'): number {
  let px = size;
  ctx.font = `${weight} ${px}px ${SYSTEM_FONT}`;
  while (px > 6 && ctx.measureText(text).width > maxWidth) {
    px -= 1;
    ctx.font = `${weight} ${px}px ${SYSTEM_FONT}`;
  }
  return px;
}

/** A filled rounded rectangle (signs, tags, labels). */
export function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number, fill: string): void {
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
}
