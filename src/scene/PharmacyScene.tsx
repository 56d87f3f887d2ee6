import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { SceneEvents, SceneModel } from './sceneContract';
import { CameraRig } from './CameraRig';
import { BenchScreens } from './BenchScreens';
import { CountingTray } from './CountingTray';
import { Decoration } from './Decoration';
import { Floor } from './Floor';
import { FloorShadows, type ShadowSpot } from './FloorShadows';
import { FrontCounter } from './FrontCounter';
import { PALETTE } from './palette';
import { Patients } from './Patients';
import { patientSpots } from './patientSpots';
import { Pharmacist } from './Pharmacist';
import { PhoneOnWall } from './PhoneOnWall';
import { RoomShell } from './RoomShell';
import { VERIFY } from './sceneLayout';
import { ShelfCabinet } from './ShelfCabinet';
import { ShelfOfStock } from './ShelfOfStock';
import { ShopLights } from './ShopLights';
import { Signage } from './Signage';
import { useStablePatients, useStableShelf } from './stableModel';
import { StationHotspots } from './StationHotspots';
import { VerificationBench } from './VerificationBench';
import { WaitingArea } from './WaitingArea';
import { WorkBench } from './WorkBench';
import type { StationId } from '../core';

const PERSON_SHADOW = 0.75;

/**
 * Everything inside the canvas: a pure function of the scene model. It reports clicks through
 * `events` and never scores, never reads the store.
 */
export function PharmacyScene({ model, events }: { model: SceneModel; events: SceneEvents }) {
  // Stable callbacks: a new handler prop makes R3F draw a frame, and the panels re-render the scene often.
  const latest = useRef(events);
  useLayoutEffect(() => {
    latest.current = events;
  });
  const onStation = useCallback((id: StationId) => latest.current.onStation(id), []);
  const onPick = useCallback((id: string) => latest.current.onPickProduct(id), []);
  const decor = model.quality === 'high';
  const shelf = useStableShelf(model.shelf);
  const patients = useStablePatients(model.patients);
  const people = useMemo<ShadowSpot[]>(() => {
    const spots = [...patientSpots(patients).values()].map((s) => ({ x: s.x, z: s.z, width: PERSON_SHADOW, depth: PERSON_SHADOW }));
    return [...spots, { x: VERIFY.x, z: VERIFY.pharmacistZ, width: PERSON_SHADOW, depth: PERSON_SHADOW }];
  }, [patients]);

  return (
    <>
      <color attach="background" args={[PALETTE.background]} />
      <ShopLights />
      <Floor />
      <RoomShell />
      <FrontCounter />
      <WorkBench />
      <CountingTray count={model.trayCount} liquid={model.bench.liquid} />
      <BenchScreens bench={model.bench} />
      <VerificationBench checking={model.pharmacistChecking} />
      <Pharmacist checking={model.pharmacistChecking} />
      <ShelfCabinet productCount={shelf.length} />
      {shelf.length > 0 && <ShelfOfStock shelf={shelf} pickedProductId={model.pickedProductId} onPick={onPick} />}
      <PhoneOnWall ringing={model.phoneRinging === true} reducedMotion={model.reducedMotion} />
      <WaitingArea />
      {decor && <Decoration />}
      <Signage decor={decor} />
      <Patients patients={patients} />
      <FloorShadows people={people} decor={decor} />
      <StationHotspots current={model.station} onStation={onStation} />
      <CameraRig station={model.station} reducedMotion={model.reducedMotion} />
    </>
  );
}
