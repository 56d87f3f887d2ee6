/** What a cmi5 LMS appends to the AU's launch URL. */
export interface Cmi5Launch {
  /** The LRS's xAPI endpoint, ending in "/". */
  endpoint: string;
  /** Where to POST once for the auth token. */
  fetch: string;
  /** The learner, as an xAPI Agent. */
  actor: Record<string, unknown> & { name?: string };
  registration: string;
  activityId: string;
}

/** The cmi5 launch parameters, or null when any is missing or the actor is not a JSON object (not a cmi5 launch). */
export function cmi5Launch(query: URLSearchParams): Cmi5Launch | null {
  const endpoint = query.get('endpoint');
  const fetch = query.get('fetch');
  const actorText = query.get('actor');
  const registration = query.get('registration');
  const activityId = query.get('activityId');
  if (!endpoint || !fetch || !actorText || !registration || !activityId) return null;
  let actor: unknown;
  try {
    actor = JSON.parse(actorText);
  } catch {
    return null;
  }
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) return null;
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    fetch,
    actor: actor as Cmi5Launch['actor'],
    registration,
    activityId,
  };
}
