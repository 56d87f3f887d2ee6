import { useEffect } from 'react';
import { cueForResults } from '../../audio/cueForResults';
import type { SoundBoard } from '../../audio/soundBoard';
import { onResults, type AppStore } from '../../state';

/**
 * Connects the sound board to the store: cues for results, a pill click per five on the tray,
 * the door chime when a patient arrives, and the volumes from settings. Audio decides nothing.
 */
export function useGameAudio(store: AppStore, board: SoundBoard | null): void {
  useEffect(() => {
    if (!board) return;
    const apply = () => {
      const { effectsVolume, ambienceVolume } = store.getState().settings;
      board.setVolumes({ effects: effectsVolume, ambience: ambienceVolume });
    };
    apply();
    const offResults = onResults(store, (results) => {
      const cue = cueForResults(results);
      if (cue) board.play(cue);
    });
    const offOther = store.subscribe((state, previous) => {
      if (state.settings !== previous.settings) apply();
      if (state.scenario !== previous.scenario && state.scenario) board.play(state.scenario.call ? 'phone-ring' : 'door-chime');
      if (Math.floor(state.tray / 5) > Math.floor(previous.tray / 5)) board.play('pill-click');
      const done = state.encounter?.complete && !previous.encounter?.complete;
      if (done) board.play('success');
    });
    return () => {
      offResults();
      offOther();
    };
  }, [store, board]);
}
