import { maracEventTypes } from './marac-event-types.js';

describe('MARAC event types', () => {
  it('registers every event type at schema version 1, under its stable name', () => {
    expect(maracEventTypes).toEqual({
      CaseReferred: 1,
      DashAssessmentRecorded: 1,
      CaseListedForMeeting: 1,
      CaseHeard: 1,
      AgencyActionAdded: 1,
      AgencyActionCompleted: 1,
      FurtherIncidentReported: 1,
      CaseReopened: 1,
      CaseClosed: 1,
      MaracRecordAmended: 1,
      MaracRecordVoided: 1,
      PoliceCallOutRecorded: 1,
      VictimReferred: 1,
      VictimReferralVoided: 1,
      VictimReferralDateAmended: 1,
      CaseRepeatReclassified: 1,
      VictimReferralReclassified: 1,
      MeetingScheduled: 1,
      MeetingCancelled: 1,
      MeetingHeld: 1,
      MaracRegistered: 1,
      MaracRenamed: 1,
      MaracSettingsOverridden: 1,
      MaracSettingsChanged: 1,
    });
  });
});
