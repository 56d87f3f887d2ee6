import type { Page } from 'playwright-core';
import { STATIONS, readCameraPlace, readDebug, stationKey } from './hooks';
import { travelFrames } from './measureFrames';
import { na, why, type Maybe, type StationFigures } from './types';

/** The trips whose frames make the travel figure: across the room and back, including the widest view (waiting). */
export const TOUR = ['shelves', 'waiting', 'verify', 'phone', 'dropoff'] as const;

/** The stations in the order to visit them: starting after the current one, so every key press is a real trip. */
export function visitOrder(current: string | null): string[] {
  const at = STATIONS.indexOf((current ?? 'dropoff') as (typeof STATIONS)[number]);
  const from = at < 0 ? 0 : at;
  return [...STATIONS.slice(from + 1), ...STATIONS.slice(0, from + 1)];
}

/** The tour without any stop where the camera already is (each remaining press is a real trip). */
export function tourFrom(current: string | null): string[] {
  const out: string[] = [];
  let at = current;
  for (const id of TOUR) {
    if (id !== at) out.push(id);
    at = id;
  }
  return out;
}

async function currentStation(page: Page): Promise<{ station: string | null } | null> {
  return page.evaluate(
    (read) => (new Function(`return (${read})`)() as () => { station: string | null } | null)(),
    readCameraPlace.toString(),
  );
}

/** The figures at each station view, and the frame times of those first trips (a cold scene: first views upload and compile). */
export interface StationPass {
  stations: Maybe<Record<string, Maybe<StationFigures>>>;
  firstVisitDeltas: number[];
}

/** Walks to all nine stations (motion on, as a student sees it) and reads window.__techshift at each view. */
export async function stationFigures(page: Page): Promise<StationPass> {
  const current = await currentStation(page);
  if (current === null) return { stations: na('no .scene-host on the page'), firstVisitDeltas: [] };
  const stations: Record<string, Maybe<StationFigures>> = {};
  const firstVisitDeltas: number[] = [];
  let arrivedOnce = false;
  for (const id of visitOrder(current.station)) {
    try {
      firstVisitDeltas.push(...(await travelFrames(page, stationKey(id), id)));
      arrivedOnce = true;
    } catch (e) {
      if (!arrivedOnce) return { stations: na(why(e)), firstVisitDeltas: [] };
      stations[id] = na(why(e));
      continue;
    }
    const d = await readDebug(page);
    stations[id] = d
      ? { drawCalls: d.drawCalls, triangles: d.triangles, geometries: d.geometries, textures: d.textures, programs: d.programs }
      : na('window.__techshift is missing (open with ?debug)');
  }
  return { stations: Object.fromEntries(STATIONS.map((id) => [id, stations[id] ?? na('not visited')])), firstVisitDeltas };
}

/** Walks the TOUR again (a warm scene: every view seen before) and returns the frame times (ms) while the camera travelled. */
export async function travelTour(page: Page): Promise<number[]> {
  const current = await currentStation(page);
  if (current === null) throw new Error('no .scene-host on the page');
  const deltas: number[] = [];
  for (const id of tourFrom(current.station)) deltas.push(...(await travelFrames(page, stationKey(id), id)));
  return deltas;
}
