import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { Mesh, MeshBasicMaterial } from 'three';
import { describe, expect, it, vi } from 'vitest';
import * as paint from '../../../src/scene/benchScreenPaint';
import { BenchScreens } from '../../../src/scene/BenchScreens';
import { CountingTray } from '../../../src/scene/CountingTray';
import type { BenchText } from '../../../src/scene/sceneContract';

const LABEL = ['MARIA LOPEZ', 'Take 2 tablets by mouth twice a day.', 'Lisinopril 10 mg tablet', 'Qty 120   RF 1'];
const bench = (over: Partial<BenchText> = {}): BenchText => ({
  monitor: ['Drug: Lisinopril 10 mg tablet', 'Sig: 2 tab po bid', 'Qty: 120'],
  label: LABEL,
  liquid: false,
  ...over,
});
const meshIn = (r: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>, name: string) =>
  r.scene.instance.getObjectByName(name) as Mesh | undefined;

describe('the bench screens', () => {
  it('draws the label being made and the monitor from the scene model, not a sample', async () => {
    const r = await ReactThreeTestRenderer.create(<BenchScreens bench={bench()} />);
    expect(meshIn(r, 'printed-label')?.userData.lines).toEqual(LABEL);
    expect(meshIn(r, 'entry-monitor')?.userData.lines).toEqual(['Drug: Lisinopril 10 mg tablet', 'Sig: 2 tab po bid', 'Qty: 120']);
  });

  it('prints no label before data entry', async () => {
    const r = await ReactThreeTestRenderer.create(<BenchScreens bench={bench({ label: [] })} />);
    expect(meshIn(r, 'printed-label')).toBeUndefined();
  });

  it('repaints a screen only when its text changes', async () => {
    const r = await ReactThreeTestRenderer.create(<BenchScreens bench={bench()} />);
    const texture = () => (meshIn(r, 'entry-monitor')!.material as MeshBasicMaterial).map;
    const first = texture();
    await r.update(<BenchScreens bench={bench({ monitor: ['Drug: Lisinopril 10 mg tablet', 'Sig: 2 tab po bid', 'Qty: 120'] })} />);
    expect(texture()).toBe(first);
    await r.update(<BenchScreens bench={bench({ monitor: ['Drug: Lisinopril 10 mg tablet', 'Sig: 2 tab po bid', 'Qty: 12'] })} />);
    expect(texture()).not.toBe(first);
  });

  it('paints each line it is given onto the canvas', () => {
    const written: string[] = [];
    const ctx = {
      fillRect: vi.fn(),
      clearRect: vi.fn(),
      beginPath: vi.fn(),
      roundRect: vi.fn(),
      fill: vi.fn(),
      measureText: () => ({ width: 10 }),
      fillText: (t: string) => void written.push(t),
    } as unknown as CanvasRenderingContext2D;
    paint.paintLabel(ctx, paint.LABEL_PX.width, paint.LABEL_PX.height, LABEL);
    expect(written).toEqual(LABEL);
    written.length = 0;
    paint.paintMonitor(ctx, paint.MONITOR_PX.width, paint.MONITOR_PX.height, ['Sig: 1 tab po qam']);
    expect(written).toEqual(['Rx entry', 'Sig: 1 tab po qam']);
  });
});

describe('the counting station for a liquid', () => {
  it('shows a graduated cylinder and oral syringe, not the pill tray and spatula', async () => {
    const r = await ReactThreeTestRenderer.create(<CountingTray count={0} liquid />);
    expect(meshIn(r, 'measuring-kit')).toBeDefined();
    expect(meshIn(r, 'tray-and-spatula')).toBeUndefined();
    expect(meshIn(r, 'tray-pills')?.visible).toBe(false);
    const tablets = await ReactThreeTestRenderer.create(<CountingTray count={5} />);
    expect(meshIn(tablets, 'tray-and-spatula')).toBeDefined();
    expect(meshIn(tablets, 'measuring-kit')).toBeUndefined();
  });
});
