import type { LawfulBasis, SharingPurpose } from '@app/people';

/**
 * The default basis of each context for a partnership that has set none (configurable per partnership): MARAC
 * shares high-risk victims' information without consent under s.115 with the DPA 2018, as MARACs do; IOM is run
 * by competent authorities (police, probation) under DPA 2018 Part 3. Victim services and the ASB Case Review
 * also stand on s.115 by default: their partners (the council, police, the ICB, social housing providers, the
 * PCC's commissioned services) are s.115 relevant authorities or act for them, and the Case Review is a
 * crime-and-disorder procedure among exactly those bodies. A partnership whose services work on the victim's
 * consent alone clears the default (PUT null) and records consent per person; a recorded consent always wins.
 */
export const DEFAULT_SHARING_BASES: Record<SharingPurpose, LawfulBasis | null> = {
  marac: 'crime-and-disorder-act-s115',
  'victim-services': 'crime-and-disorder-act-s115',
  'case-review': 'crime-and-disorder-act-s115',
  iom: 'dpa-2018-part-3',
};
