import { NotFoundError } from '@app/domain';
import { streamName, type CommandExecutor } from '@app/event-store';
import { assertCallerMayAccess, type Caller } from '@app/access';
import { SERVICE_NOT_FOUND, VICTIM_SERVICE_STREAM_CATEGORY, victimServiceDecider, VS_CASE_STREAM_CATEGORY } from '../domain/index.js';

export const PARTNERSHIP_NOT_FOUND = 'There is no such partnership.';
export const EXAMPLE_SERVICE_ID = 'demo-asb-support';
export const EXAMPLE_CASE_ID = '5b0f1f6e-2c7a-4d43-8b35-0c1d2e3f4a5b';

export function serviceStream(serviceId: string): string {
  return streamName(VICTIM_SERVICE_STREAM_CATEGORY, serviceId);
}
export function vsCaseStream(caseId: string): string {
  return streamName(VS_CASE_STREAM_CATEGORY, caseId);
}

/**
 * The service as registered, read from its stream (not the lagging list): 404 "There is no such victim
 * service." for none, and for a service of a partnership the caller is not in.
 */
export async function admitService(executor: CommandExecutor, caller: Caller, serviceId: string) {
  const { state } = await executor.load(serviceStream(serviceId), victimServiceDecider);
  if (state.status !== 'registered') throw new NotFoundError(SERVICE_NOT_FOUND);
  assertCallerMayAccess(caller, state.partnershipId, SERVICE_NOT_FOUND);
  return state;
}
