import type { Scorm12Api } from '../../../../src/platform/lms/scorm12/scormApi';

/** An LMS in memory: cmi values in a map, every call recorded; `refuse` makes writes to those elements fail with 405. */
export function fakeScorm(initial: Record<string, string> = {}, refuse: ReadonlySet<string> = new Set()) {
  const cmi = new Map(Object.entries(initial));
  const calls: string[] = [];
  let error = '0';
  let started = false;
  let finished = false;
  const api: Scorm12Api = {
    LMSInitialize() {
      calls.push('LMSInitialize');
      error = started ? '101' : '0';
      started = true;
      return error === '0' ? 'true' : 'false';
    },
    LMSFinish() {
      calls.push('LMSFinish');
      error = finished ? '101' : '0';
      finished = true;
      return error === '0' ? 'true' : 'false';
    },
    LMSGetValue(element) {
      error = '0';
      return cmi.get(element) ?? '';
    },
    LMSSetValue(element, value) {
      if (refuse.has(element) || finished) {
        error = finished ? '101' : '405';
        return 'false';
      }
      error = '0';
      cmi.set(element, value);
      // The LMS keeps count of the interactions it was given, as a real one does.
      const n = /^cmi\.interactions\.(\d+)\.id$/.exec(element)?.[1];
      if (n !== undefined)
        cmi.set('cmi.interactions._count', String(Math.max(Number(cmi.get('cmi.interactions._count') ?? 0), Number(n) + 1)));
      return 'true';
    },
    LMSCommit() {
      calls.push('LMSCommit');
      error = finished ? '101' : '0';
      return error === '0' ? 'true' : 'false';
    },
    LMSGetLastError: () => error,
    LMSGetErrorString: (code) => (code === '405' ? 'Incorrect data type' : code === '101' ? 'General exception' : ''),
    LMSGetDiagnostic: () => '',
  };
  return { api, cmi, calls };
}
