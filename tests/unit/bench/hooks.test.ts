import { describe, expect, it } from 'vitest';
import { STATIONS, animationFrames, readCameraPlace, stationKey, waitForStation } from '../../../bench/hooks';
import { TOUR, tourFrom, visitOrder } from '../../../bench/measureStations';
import { STATION_IDS } from '../../../src/core';

describe('the game contract the bench and the budget test rely on', () => {
  it('lists the stations in the scene’s number-key order', () => {
    expect([...STATIONS]).toEqual([...STATION_IDS]);
    expect(stationKey('dropoff')).toBe('1');
    expect(stationKey('waiting')).toBe('9');
  });

  it('visits every station once, starting after the current one, so each key press is a real trip', () => {
    expect(visitOrder('dropoff')).toEqual([...STATIONS.slice(1), 'dropoff']);
    expect(visitOrder('waiting')).toEqual([...STATIONS]);
    expect(visitOrder(null)).toEqual(visitOrder('dropoff'));
  });

  it('sends functions into the page that need no helper from the test transform', () => {
    // Functions passed to page.evaluate are sent as source text; a compiler helper such as __name() would not exist there.
    for (const fn of [readCameraPlace, animationFrames, waitForStation]) expect(fn.toString()).not.toContain('__name');
  });
});

describe('the travel tour', () => {
  it('skips a stop where the camera already stands', () => {
    expect(tourFrom('dropoff')).toEqual([...TOUR]);
    expect(tourFrom('shelves')).toEqual(TOUR.slice(1));
    expect(tourFrom(null)).toEqual([...TOUR]);
  });
});
