import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { NotFoundError } from '@app/domain';
import { CommandExecutor, PERSONAL_DATA_PROTECTOR, streamName, type PersonalDataProtector } from '@app/event-store';
import { ReadModelErasure } from '@app/projections';
import { ERASURE_CATEGORY, erasureDecider, type PersonalDataErased } from './personal-data-erased.event.js';
import { SubjectKeyProtector } from './subject-key-protector.js';

export interface EraseRequest {
  subjectId: string;
  reason: string;
  basis: PersonalDataErased['data']['basis'];
  /** The user id, or `system:retention`. */
  actor: string;
  correlationId?: string;
  /** When given, a subject outside these partnerships is reported as unknown (404). */
  partnerships?: readonly string[];
}

export interface ErasureResult {
  subjectId: string;
  erasedAt: string;
  alreadyErased: boolean;
  partnershipId: string | null;
}

const UNKNOWN_SUBJECT = 'No personal data is held for that subject.';

/**
 * Erasure, in three steps, each idempotent, so a retry after a failure between them completes it:
 * 1. destroy the subject's key: their personal data in every event becomes unreadable at once, on either
 *    event store (both hold only ciphertext), and a rebuild of any read model reproduces the blanks;
 * 2. append PersonalDataErased, which the projections apply as they reach it;
 * 3. blank their personal columns and delete their personal rows in every read model directly (ReadModelErasure), so a projection that is
 *    stuck or behind cannot keep a name until it gets to step 2's event.
 * Not one transaction: the key goes first and for good, committed before anything that could fail after it
 * (waiting behind a batch being written, a rebuild's swap), since without the key nothing in the log can be
 * read again; the event before the direct blank, so that if the blank fails the projections still do it.
 */
@Injectable()
export class ErasureService {
  constructor(
    @Inject(PERSONAL_DATA_PROTECTOR) private readonly protector: PersonalDataProtector,
    private readonly executor: CommandExecutor,
    private readonly readModels: ReadModelErasure,
  ) {}

  async erase(request: EraseRequest): Promise<ErasureResult> {
    const protector = this.protector;
    if (!(protector instanceof SubjectKeyProtector)) throw new Error('erasure needs the subject-key personal data protector');
    const holder = await protector.store.partnershipOf(request.subjectId);
    const outside =
      request.partnerships !== undefined && holder.partnershipId !== null && !request.partnerships.includes(holder.partnershipId);
    if (!holder.known || outside) throw new NotFoundError(UNKNOWN_SUBJECT);

    const erased = await protector.store.erase(request.subjectId, request.actor, request.reason);
    if (!erased) throw new NotFoundError(UNKNOWN_SUBJECT);
    protector.forget(request.subjectId);

    const correlationId = request.correlationId ?? randomUUID();
    await this.executor.handle(
      streamName(ERASURE_CATEGORY, request.subjectId),
      erasureDecider,
      (state) =>
        erasureDecider.decide({ subjectId: request.subjectId, basis: request.basis, erasedAt: erased.erasedAt.toISOString() }, state),
      {
        context: {
          commandId: randomUUID(),
          correlationId,
          causationId: correlationId,
          actor: request.actor,
          occurredAt: new Date().toISOString(),
          partnershipId: erased.partnershipId ?? undefined,
        },
      },
    );
    await this.readModels.erase([request.subjectId]);
    return {
      subjectId: request.subjectId,
      erasedAt: erased.erasedAt.toISOString(),
      alreadyErased: erased.alreadyErased,
      partnershipId: erased.partnershipId,
    };
  }
}
