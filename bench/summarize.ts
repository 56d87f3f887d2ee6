import { STATIONS } from './hooks';
import { median } from './stats';
import { isNa, na, type BytesSnapshot, type Maybe, type RepeatResult, type StationFigures, type TargetSummary } from './types';

/** Median of the measured values; the first reason when none was measured. */
export function medianOf(values: readonly Maybe<number>[]): Maybe<number> {
  const ok = values.filter((v): v is number => !isNa(v) && Number.isFinite(v));
  if (ok.length > 0) return median(ok);
  return values.find(isNa) ?? na('no repeats');
}

/** The snapshot whose gzip total is the median (sizes rarely differ between repeats). */
function medianBytes(snaps: readonly Maybe<BytesSnapshot>[]): Maybe<BytesSnapshot> {
  const ok = snaps.filter((s): s is BytesSnapshot => !isNa(s)).sort((a, b) => a.total.gzip - b.total.gzip);
  return ok[(ok.length - 1) >> 1] ?? snaps.find(isNa) ?? na('no repeats');
}

function medianStations(all: readonly RepeatResult['stations'][]): Maybe<Record<string, Maybe<StationFigures>>> {
  const ok = all.filter((s): s is Record<string, Maybe<StationFigures>> => !isNa(s));
  if (ok.length === 0) return all.find(isNa) ?? na('no repeats');
  const keys = ['drawCalls', 'triangles', 'geometries', 'textures', 'programs'] as const;
  const out: Record<string, Maybe<StationFigures>> = {};
  for (const id of STATIONS) {
    const views = ok.map((s) => s[id] ?? na('not visited'));
    const measured = views.filter((v): v is StationFigures => !isNa(v));
    out[id] =
      measured.length === 0
        ? (views.find(isNa) ?? na('not visited'))
        : (Object.fromEntries(keys.map((k) => [k, median(measured.map((m) => m[k]))])) as unknown as StationFigures);
  }
  return out;
}

/** Medians over the repeats of one target; the frame ratio is travel median ÷ empty-canvas median. */
export function summarize(repeats: readonly RepeatResult[]): TargetSummary {
  const pick = <T>(f: (r: RepeatResult) => Maybe<T>) => repeats.map(f);
  const travelMedianMs = medianOf(pick((r) => (isNa(r.travel) ? r.travel : r.travel.median)));
  const emptyMedianMs = medianOf(pick((r) => (isNa(r.emptyCanvas) ? r.emptyCanvas : r.emptyCanvas.median)));
  const frameRatio = isNa(travelMedianMs) ? travelMedianMs : isNa(emptyMedianMs) ? emptyMedianMs : travelMedianMs / emptyMedianMs;
  return {
    bytesToMenu: medianBytes(pick((r) => r.bytesToMenu)),
    bytesAfterStart: medianBytes(pick((r) => r.bytesAfterStart)),
    menuMs: medianOf(pick((r) => r.menuMs)),
    firstFrameMs: medianOf(pick((r) => r.firstFrameMs)),
    travelMedianMs,
    travelP95Ms: medianOf(pick((r) => (isNa(r.travel) ? r.travel : r.travel.p95))),
    firstVisitMedianMs: medianOf(pick((r) => (isNa(r.firstVisit) ? r.firstVisit : r.firstVisit.median))),
    firstVisitP95Ms: medianOf(pick((r) => (isNa(r.firstVisit) ? r.firstVisit : r.firstVisit.p95))),
    emptyMedianMs,
    emptyP95Ms: medianOf(pick((r) => (isNa(r.emptyCanvas) ? r.emptyCanvas : r.emptyCanvas.p95))),
    frameRatio,
    idleFrames: medianOf(pick((r) => r.idleFrames)),
    stations: medianStations(pick((r) => r.stations)),
  };
}
