import type { Cmi5Launch } from './launchParams';
import type { LaunchData, Statement } from './statements';

/** How one send went: delivered (or already there), try again later, or never (the LRS rejects it as it is). */
export type SendOutcome = 'delivered' | 'retry' | 'refused' | 'rejected';

const XAPI_VERSION = '1.0.3';

const headers = (token: string): Record<string, string> => ({
  Authorization: `Basic ${token}`,
  'X-Experience-API-Version': XAPI_VERSION,
  'Content-Type': 'application/json',
});

/** POSTs once to the fetch URL for the session's auth token; throws when the LMS gives none. */
export async function fetchAuthToken(launch: Cmi5Launch, fetcher: typeof fetch): Promise<string> {
  const response = await fetcher(launch.fetch, { method: 'POST' });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const token = body['auth-token'];
  if (!response.ok || typeof token !== 'string' || token === '') {
    throw new Error(`the course gave no sign-in token (${String(body['error-text'] ?? response.status)})`);
  }
  return token;
}

/** Reads the LMS.LaunchData state document the LMS wrote for this launch. */
export async function fetchLaunchData(launch: Cmi5Launch, token: string, fetcher: typeof fetch): Promise<LaunchData> {
  const query = new URLSearchParams({
    stateId: 'LMS.LaunchData',
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
  });
  const response = await fetcher(`${launch.endpoint}activities/state?${query}`, { headers: headers(token) });
  if (!response.ok) throw new Error(`the course's launch data could not be read (${response.status})`);
  const data = (await response.json()) as Partial<LaunchData>;
  if (typeof data.contextTemplate !== 'object' || data.contextTemplate === null)
    throw new Error('the course sent launch data without a context template');
  return { ...data, contextTemplate: data.contextTemplate, launchMode: data.launchMode ?? 'Normal' } as LaunchData;
}

/**
 * PUTs one statement under its own id, so a statement sent twice (a reply lost, a reload) is
 * stored once: the LRS answers 204, or 409 when it already has that id.
 */
export async function putStatement(launch: Cmi5Launch, token: string, statement: Statement, fetcher: typeof fetch): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetcher(`${launch.endpoint}statements?statementId=${encodeURIComponent(statement.id)}`, {
      method: 'PUT',
      headers: headers(token),
      body: JSON.stringify(statement),
    });
  } catch {
    return 'retry';
  }
  if (response.ok || response.status === 409) return 'delivered';
  if (response.status === 401 || response.status === 403) return 'refused';
  if (response.status === 400) return 'rejected';
  return 'retry';
}
