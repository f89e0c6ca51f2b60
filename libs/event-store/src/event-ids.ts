import { v5 as uuidv5 } from 'uuid';

/** Namespace for ids derived from command ids; fixed forever, or retried commands would append twice. */
const NAMESPACE = '6f1c8a52-3f0e-4b8e-9a53-6a0f2d7c1e11';

/** The id of the n-th event a command produces: the same on every retry of that command. */
export function deriveEventId(commandId: string, index: number): string {
  return uuidv5(`${commandId}/event/${index}`, NAMESPACE);
}

/** An id derived from a command for something it creates (a case id), stable across retries. */
export function deriveId(commandId: string, purpose: string): string {
  return uuidv5(`${commandId}/${purpose}`, NAMESPACE);
}
