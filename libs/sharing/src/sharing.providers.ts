import { GetPersonSharingHandler } from './application/get-person-sharing/get-person-sharing.handler.js';
import { GetSharingDefaultsHandler } from './application/get-sharing-defaults/get-sharing-defaults.handler.js';
import { RecordSharingHandler } from './application/record-sharing/record-sharing.handler.js';
import { SetSharingDefaultHandler } from './application/set-sharing-default/set-sharing-default.handler.js';
import { SharingSubjectAccessSource } from './application/sharing-subject-access.source.js';
import { PersonSharingReader } from './read-models/person-sharing.reader.js';

/** The HTTP use cases of consent and sharing. */
export const sharingHttpProviders = [
  RecordSharingHandler,
  SetSharingDefaultHandler,
  GetPersonSharingHandler,
  GetSharingDefaultsHandler,
  PersonSharingReader,
  SharingSubjectAccessSource,
];
