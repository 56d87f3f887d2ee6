import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that make Debian Chromium work headless on a closed network with WebGL on SwiftShader. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--autoplay-policy=no-user-gesture-required',
];

/** Path of the system Chromium, or a thrown error that says how to install one. Never skips. */
export function findChromium(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser). ' +
        'Install it with: sudo apt-get install -y chromium',
    );
  }
  return found;
}

/** Flags that take WebGL away, as on a lab machine with a blocklisted or missing GPU. */
export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

/** The system Chromium with the standard flags, plus `extraArgs` (e.g. NO_WEBGL_ARGS). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}
