/** An ASB support service as an admin registers it (`POST /victim-services`). */
export function asbServiceBody(serviceId: string, partnershipId: string) {
  return { serviceId, partnershipId, name: 'ASB support', provider: 'Victim Support', kind: 'asb-support' };
}

/**
 * A referral to an ASB victim service as a caseworker sends it (`POST /victim-services/{serviceId}/referrals`):
 * referred by the police, personal ASB, harassment, at `location` (personal data). Tests spread their own fields over it.
 */
export function asbReferralBody(personId: string, referralDate: string, location = 'Elm Road') {
  return { personId, referralDate, referringPartner: 'police', asbCategory: 'personal', behaviourTypes: ['harassment'], location };
}
