import { describe, expect, it } from 'vitest';
import { labelAtlasLayout, labelUvRect, splitName } from '../../../src/scene/bottleLabelAtlas';
import { buildStockLabels } from '../../../src/scene/stockLabels';
import { shelfLayout } from '../../../src/scene/shelfLayout';
import { DEMO_SHELF } from './demoModel';

const overlaps = (a: ReturnType<typeof labelUvRect>, b: ReturnType<typeof labelUvRect>) =>
  a.u0 < b.u1 && b.u0 < a.u1 && a.v0 < b.v1 && b.v0 < a.v1;

describe('the bottle label atlas', () => {
  it('fits a 24-product shelf at full size on one 512 px canvas', () => {
    const layout = labelAtlasLayout(24);
    expect(layout.scale).toBe(1);
    expect(layout.columns * layout.cellW).toBeLessThanOrEqual(512);
    expect(layout.rows * layout.cellH).toBeLessThanOrEqual(512);
  });

  it('shrinks the cells for bigger shelves but still fits every label', () => {
    for (const n of [25, 60, 120]) {
      const layout = labelAtlasLayout(n);
      expect(layout.scale, `${n}`).toBeLessThan(1);
      expect(layout.columns * layout.rows, `${n}`).toBeGreaterThanOrEqual(n);
    }
  });

  it('gives every label its own rectangle inside the texture', () => {
    const n = 40;
    const layout = labelAtlasLayout(n);
    const rects = Array.from({ length: n }, (_, i) => labelUvRect(layout, i));
    for (const r of rects) {
      expect(r.u0).toBeGreaterThanOrEqual(0);
      expect(r.u1).toBeLessThanOrEqual(1);
      expect(r.v0).toBeGreaterThanOrEqual(0);
      expect(r.v1).toBeLessThanOrEqual(1);
      expect(r.u1).toBeGreaterThan(r.u0);
      expect(r.v1).toBeGreaterThan(r.v0);
    }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(overlaps(rects[i]!, rects[j]!), `${i} and ${j}`).toBe(false);
  });

  it('builds one label piece per product, each sampling only its own cell', () => {
    const { slots } = shelfLayout(DEMO_SHELF);
    const labels = buildStockLabels(slots);
    expect(labels.ranges).toHaveLength(DEMO_SHELF.length);
    const layout = labelAtlasLayout(DEMO_SHELF.length);
    const uv = labels.geometry.getAttribute('uv');
    labels.ranges.forEach((range, i) => {
      const rect = labelUvRect(layout, i);
      for (let v = range.start; v < range.start + range.count; v++) {
        expect(uv.getX(v)).toBeGreaterThanOrEqual(rect.u0 - 1e-6);
        expect(uv.getX(v)).toBeLessThanOrEqual(rect.u1 + 1e-6);
        expect(uv.getY(v)).toBeGreaterThanOrEqual(rect.v0 - 1e-6);
        expect(uv.getY(v)).toBeLessThanOrEqual(rect.v1 + 1e-6);
      }
    });
  });
});

describe('long product names', () => {
  it('split at the space nearest the middle', () => {
    expect(splitName('neomycin, polymyxin b and hydrocortisone')).toEqual(['neomycin, polymyxin', 'b and hydrocortisone']);
    expect(splitName('metoprolol tartrate')).toEqual(['metoprolol', 'tartrate']);
  });

  it('stay whole when there is nowhere to split', () => {
    expect(splitName('hydrOXYzine')).toBeNull();
  });
});
