import { describe, expect, it, vi } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Matrix4, Vector3, type InstancedMesh, type Mesh } from 'three';
import { ShelfOfStock } from '../../../src/scene/ShelfOfStock';
import { DEMO_SHELF } from './demoModel';
import { PICK_OFFSET, shelfLayout } from '../../../src/scene/shelfLayout';
import type { ShelfBottle } from '../../../src/scene/sceneContract';

const shelf: ShelfBottle[] = [...DEMO_SHELF];

async function renderShelf(props: { picked?: string | null; onPick?: (id: string) => void; bottles?: ShelfBottle[] } = {}) {
  const onPick = props.onPick ?? vi.fn();
  const element = (p: { picked: string | null }) => (
    <ShelfOfStock shelf={props.bottles ?? shelf} pickedProductId={p.picked} onPick={onPick} />
  );
  const renderer = await ReactThreeTestRenderer.create(element({ picked: props.picked ?? null }));
  const byName = (name: string) => renderer.scene.findAll((n) => n.instance.name === name)[0]?.instance;
  return { renderer, onPick, byName, rerender: (picked: string | null) => renderer.update(element({ picked })) };
}

function instancePosition(mesh: InstancedMesh, i: number): Vector3 {
  const m = new Matrix4();
  mesh.getMatrixAt(i, m);
  return new Vector3().setFromMatrixPosition(m);
}

describe('the shelf of stock', () => {
  it('draws every product through instanced meshes whose counts add up to the shelf', async () => {
    const { byName } = await renderShelf();
    const round = byName('stock-round') as InstancedMesh;
    const cartons = byName('stock-cartons') as InstancedMesh;
    const caps = byName('stock-caps') as InstancedMesh;
    expect(round.isInstancedMesh && cartons.isInstancedMesh).toBe(true);
    expect(round.count + cartons.count).toBe(shelf.length);
    expect(caps.count).toBe(round.count);
  });

  it('costs a handful of draw calls however many bottles there are', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...shelf[i % shelf.length]!, productId: `p${i}` }));
    const { renderer } = await renderShelf({ bottles: many });
    const meshes = renderer.scene.findAll((n) => (n.instance as Mesh).isMesh === true);
    expect(meshes.length).toBeLessThanOrEqual(4);
  });

  it('puts every label on one atlas, one label per product', async () => {
    const { byName } = await renderShelf();
    const labels = byName('stock-labels') as Mesh;
    const uv = labels.geometry.getAttribute('uv');
    for (let i = 0; i < uv.count; i++) {
      expect(uv.getX(i)).toBeGreaterThanOrEqual(0);
      expect(uv.getX(i)).toBeLessThanOrEqual(1);
      expect(uv.getY(i)).toBeGreaterThanOrEqual(0);
      expect(uv.getY(i)).toBeLessThanOrEqual(1);
    }
    const map = (labels.material as { map: { name: string } }).map;
    expect(map.name).toBe('bottle-label-atlas');
  });

  it('reports the productId of the clicked instance', async () => {
    const onPick = vi.fn();
    const { renderer, byName } = await renderShelf({ onPick });
    const { slots } = shelfLayout(shelf);
    const round = slots.filter((s) => s.shape.kind === 'round');
    const cartons = slots.filter((s) => s.shape.kind === 'carton');
    const roundMesh = renderer.scene.findAll((n) => n.instance.name === 'stock-round')[0]!;
    await renderer.fireEvent(roundMesh, 'click', { instanceId: 3 });
    expect(onPick).toHaveBeenLastCalledWith(round[3]!.productId);
    const cartonMesh = renderer.scene.findAll((n) => n.instance.name === 'stock-cartons')[0]!;
    await renderer.fireEvent(cartonMesh, 'click', { instanceId: 1 });
    expect(onPick).toHaveBeenLastCalledWith(cartons[1]!.productId);
    expect(byName('stock-round')).toBeDefined();
  });

  it('keeps the look-alikes hydrALAZINE and hydrOXYzine side by side, in shelf order', async () => {
    const onPick = vi.fn();
    const { renderer } = await renderShelf({ onPick });
    const { slots } = shelfLayout(shelf);
    const round = slots.filter((s) => s.shape.kind === 'round');
    const a = round.findIndex((s) => s.productId === 'hydralazine-25');
    const b = round.findIndex((s) => s.productId === 'hydroxyzine-hcl-25');
    expect(Math.abs(a - b)).toBe(1);
    expect(Math.abs(round[a]!.x - round[b]!.x)).toBeCloseTo(0.2, 5);
    const roundMesh = renderer.scene.findAll((n) => n.instance.name === 'stock-round')[0]!;
    await renderer.fireEvent(roundMesh, 'click', { instanceId: b });
    expect(onPick).toHaveBeenLastCalledWith('hydroxyzine-hcl-25');
  });

  it('pulls the picked bottle forward and up, and puts it back when nothing is picked', async () => {
    const { byName, rerender } = await renderShelf();
    const round = byName('stock-round') as InstancedMesh;
    const { slots } = shelfLayout(shelf);
    const index = slots.filter((s) => s.shape.kind === 'round').findIndex((s) => s.productId === 'metformin-500');
    const labels = (byName('stock-labels') as Mesh).geometry.getAttribute('position');
    const rest = instancePosition(round, index);
    const neighbour = instancePosition(round, index + 1);
    const labelsAtRest = Array.from(labels.array);
    await rerender('metformin-500');
    const lifted = instancePosition(round, index);
    expect(lifted.z - rest.z).toBeCloseTo(PICK_OFFSET.z, 5);
    expect(lifted.y - rest.y).toBeCloseTo(PICK_OFFSET.y, 5);
    expect(instancePosition(round, index + 1)).toEqual(neighbour);
    const moved = Array.from(labels.array).filter((v, i) => v !== labelsAtRest[i]).length;
    expect(moved, 'only the picked label moves with its bottle').toBeGreaterThan(0);
    expect(moved).toBeLessThan(labels.array.length / 10);
    await rerender(null);
    expect(instancePosition(round, index)).toEqual(rest);
    expect(Array.from(labels.array)).toEqual(labelsAtRest);
  });

  it('draws an empty slot empty, with the same instances and draw calls, and reports it', async () => {
    const bottles = shelf.map((b) => (b.productId === 'metformin-500' ? { ...b, empty: true } : b));
    const { renderer, byName } = await renderShelf({ bottles });
    const round = byName('stock-round') as InstancedMesh;
    const index = shelfLayout(bottles)
      .slots.filter((s) => s.shape.kind === 'round')
      .findIndex((s) => s.productId === 'metformin-500');
    const m = new Matrix4();
    round.getMatrixAt(index, m);
    expect(m.determinant()).toBe(0);
    round.getMatrixAt(index + 1, m);
    expect(m.determinant()).not.toBe(0);
    expect(round.count + (byName('stock-cartons') as InstancedMesh).count).toBe(bottles.length);
    expect(renderer.scene.findAll((n) => (n.instance as Mesh).isMesh === true).length).toBeLessThanOrEqual(4);
    expect(byName('shelf-of-stock')!.userData.emptySlots).toEqual(['metformin-500']);
  });
});
