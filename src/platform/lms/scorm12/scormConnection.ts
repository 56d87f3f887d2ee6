import type { Scorm12Api } from './scormApi';

/** A refusal from the LMS, in words for the student. */
export type RefusalListener = (message: string) => void;

/** The SCORM calls TechShift makes, each checked with LMSGetLastError. */
export interface ScormConnection {
  /** The element's value, or '' when the LMS cannot give it (a missing optional element is not an error to show). */
  get(element: string): string;
  /** Writes one element; false (and the student told, naming `what`) when the LMS refuses. */
  set(element: string, value: string, what: string): boolean;
  /** LMSCommit; false when refused. */
  commit(what: string): boolean;
  /** LMSFinish, once; later calls do nothing. */
  finish(): boolean;
  readonly finished: boolean;
}

/** The message for a refusal: what was refused, the LMS's own words, and that nothing is lost. */
export function refusalMessage(what: string, code: string, words: string): string {
  const detail = words ? `${words}, error ${code}` : `error ${code}`;
  return (
    `Your course did not accept ${what} (${detail}). ` +
    'Your work is still saved in this browser, so keep going; if this message keeps coming back, tell your instructor.'
  );
}

/** LMSGetLastError as a code; "" and "0" both mean no error. */
function lastError(api: Scorm12Api): string {
  try {
    const code = String(api.LMSGetLastError() ?? '0');
    return code === '' ? '0' : code;
  } catch {
    return '101';
  }
}

function words(api: Scorm12Api, code: string): string {
  try {
    return String(api.LMSGetErrorString(code) ?? '').trim();
  } catch {
    return '';
  }
}

/**
 * Opens the SCORM session (LMSInitialize) and returns the checked calls, or null when the LMS
 * refuses to start it (the student is told; the game then runs as it does outside an LMS).
 */
export function openScorm(api: Scorm12Api, onRefusal: RefusalListener): ScormConnection | null {
  let finished = false;

  /** Runs one call; true when both its answer and LMSGetLastError say it worked. */
  const call = (what: string, run: () => string, answerOk: (answer: string) => boolean): boolean => {
    let answer: string;
    try {
      answer = String(run());
    } catch {
      onRefusal(refusalMessage(what, '101', 'the course page stopped answering'));
      return false;
    }
    const code = lastError(api);
    if (code !== '0' || !answerOk(answer)) {
      const shown = code === '0' ? '101' : code;
      onRefusal(refusalMessage(what, shown, words(api, shown)));
      return false;
    }
    return true;
  };
  const isTrue = (answer: string) => answer === 'true';

  if (!call('the start of this session', () => api.LMSInitialize(''), isTrue)) return null;

  return {
    get(element) {
      if (finished) return '';
      try {
        const value = String(api.LMSGetValue(element) ?? '');
        return lastError(api) === '0' ? value : '';
      } catch {
        return '';
      }
    },
    set(element, value, what) {
      if (finished) return false;
      return call(what, () => api.LMSSetValue(element, value), isTrue);
    },
    commit(what) {
      if (finished) return false;
      return call(what, () => api.LMSCommit(''), isTrue);
    },
    finish() {
      if (finished) return false;
      finished = true;
      return call('the end of this session', () => api.LMSFinish(''), isTrue);
    },
    get finished() {
      return finished;
    },
  };
}
