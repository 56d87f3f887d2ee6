import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HowlOptions } from 'howler';

// A stand-in for howler's Howl that records what the board asks of it; constructing one is what
// would fetch a file, so "no instances" means "nothing fetched".
const fake = vi.hoisted(() => {
  class FakeHowl {
    static instances: FakeHowl[] = [];
    static failConstruction = false;
    readonly options: HowlOptions;
    readonly play = vi.fn((): number => 7);
    readonly stop = vi.fn(() => this);
    readonly unload = vi.fn(() => null);
    readonly volume = vi.fn(() => this);
    readonly fade = vi.fn(() => this);
    readonly once = vi.fn((_event: string, _callback: () => void) => this);
    constructor(options: HowlOptions) {
      if (FakeHowl.failConstruction) throw new Error('no audio here');
      this.options = options;
      FakeHowl.instances.push(this);
    }
  }
  return { FakeHowl };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl }));

const { createSoundBoard } = await import('../../../src/audio/soundBoard');
const { CUE_NAMES } = await import('../../../src/audio/cues');

const { FakeHowl } = fake;

function srcOf(howl: InstanceType<typeof FakeHowl>): string[] {
  return [howl.options.src].flat();
}

function howlFor(cue: string) {
  const found = FakeHowl.instances.find((h) => srcOf(h).some((url) => url.includes(`audio/${cue}.`)));
  if (!found) throw new Error(`no Howl for ${cue}`);
  return found;
}

describe('createSoundBoard', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  let error: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    FakeHowl.instances = [];
    FakeHowl.failConstruction = false;
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    error = vi.spyOn(console, 'error');
  });

  afterEach(() => {
    expect(error).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('fetches nothing before unlock', () => {
    const board = createSoundBoard();
    board.play('door-chime');
    board.startAmbience();
    board.setVolumes({ effects: 0.3, ambience: 0.2 });
    board.stopAmbience();
    expect(FakeHowl.instances).toHaveLength(0);
  });

  it('loads every cue on unlock with Web Audio and preloading, once', () => {
    const board = createSoundBoard();
    board.unlock();
    board.unlock();
    expect(FakeHowl.instances).toHaveLength(CUE_NAMES.length);
    for (const howl of FakeHowl.instances) {
      expect(howl.options.html5).toBe(false);
      expect(howl.options.preload).toBe(true);
      expect(srcOf(howl)[0]).toMatch(/audio\/[a-z-]+\.ogg$/);
    }
    expect(howlFor('room-tone').options.loop).toBe(true);
    expect(howlFor('scan-good').options.loop).toBe(false);
  });

  it('plays a cue after unlock', () => {
    const board = createSoundBoard();
    board.unlock();
    board.play('scan-good');
    expect(howlFor('scan-good').play).toHaveBeenCalledTimes(1);
    expect(howlFor('scan-bad').play).not.toHaveBeenCalled();
  });

  it('starts ambience requested before unlock once unlocked, fading in, and stops it', () => {
    const board = createSoundBoard({ ambience: 0.4 });
    board.startAmbience();
    board.unlock();
    const room = howlFor('room-tone');
    expect(room.play).toHaveBeenCalledTimes(1);
    expect(room.fade).toHaveBeenCalledWith(0, 0.4, expect.any(Number), 7);
    board.startAmbience();
    board.play('room-tone');
    expect(room.play).toHaveBeenCalledTimes(1);
    board.stopAmbience();
    expect(room.stop).toHaveBeenCalledTimes(1);
  });

  it('applies clamped channel volumes to the right cues', () => {
    const board = createSoundBoard();
    board.unlock();
    board.setVolumes({ effects: 2, ambience: -1 });
    expect(howlFor('door-chime').volume).toHaveBeenLastCalledWith(1);
    expect(howlFor('room-tone').volume).toHaveBeenLastCalledWith(0);
    board.setVolumes({ effects: Number.NaN, ambience: 0.25 });
    expect(howlFor('door-chime').volume).toHaveBeenLastCalledWith(0);
    expect(howlFor('room-tone').volume).toHaveBeenLastCalledWith(0.25);
  });

  it('stays silent, without throwing, when a cue fails to load', () => {
    const board = createSoundBoard();
    board.unlock();
    const chime = howlFor('door-chime');
    chime.options.onloaderror?.(0, 'No codec support');
    expect(() => board.play('door-chime')).not.toThrow();
    expect(chime.play).not.toHaveBeenCalled();
    howlFor('printer').options.onloaderror?.(0, 'Decoding failed');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('never throws when howler itself throws', () => {
    FakeHowl.failConstruction = true;
    const board = createSoundBoard();
    expect(() => {
      board.unlock();
      board.play('success');
      board.startAmbience();
      board.setVolumes({ effects: 1, ambience: 1 });
      board.stopAmbience();
      board.dispose();
    }).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('never throws when playback throws', () => {
    const board = createSoundBoard();
    board.unlock();
    howlFor('mistake').play.mockImplementation(() => {
      throw new Error('context closed');
    });
    expect(() => board.play('mistake')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('retries the room tone when howler reports the context unlocked after a play error', () => {
    const board = createSoundBoard();
    board.startAmbience();
    board.unlock();
    const room = howlFor('room-tone');
    room.options.onplayerror?.(7, 'locked');
    expect(room.once).toHaveBeenCalledWith('unlock', expect.any(Function));
    const onUnlock = room.once.mock.calls[0]![1];
    onUnlock();
    expect(room.play).toHaveBeenCalledTimes(2);
  });

  it('releases everything on dispose and ignores later calls', () => {
    const board = createSoundBoard();
    board.unlock();
    board.dispose();
    for (const howl of FakeHowl.instances) expect(howl.unload).toHaveBeenCalledTimes(1);
    board.play('success');
    board.startAmbience();
    board.unlock();
    expect(howlFor('success').play).not.toHaveBeenCalled();
    expect(FakeHowl.instances).toHaveLength(CUE_NAMES.length);
  });
});
