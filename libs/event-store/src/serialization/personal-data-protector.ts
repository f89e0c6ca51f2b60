/**
 * Encrypts and decrypts the PersonalData envelopes inside event data (see @app/domain personal-data).
 * The access library provides the real one (a key per data subject); `PlainPersonalData` is for
 * tests of code that does not care.
 */
export interface PersonalDataProtector {
  /** Returns `data` with every envelope's `personal` encrypted with its subject's key. */
  protect(data: unknown, partnershipId: string | undefined): Promise<unknown>;
  /** Returns each item's data with envelopes decrypted; an erased subject's come back as `personal: null`. */
  reveal(items: readonly unknown[]): Promise<unknown[]>;
}

export const PERSONAL_DATA_PROTECTOR = Symbol('PERSONAL_DATA_PROTECTOR');

export class PlainPersonalData implements PersonalDataProtector {
  protect(data: unknown): Promise<unknown> {
    return Promise.resolve(data);
  }
  reveal(items: readonly unknown[]): Promise<unknown[]> {
    return Promise.resolve([...items]);
  }
}
