import { EventTypeRegistry } from '@app/event-store';
import { maracEventTypes, maracUpcasters } from './marac-event-types.js';

describe('MARAC event types', () => {
  it('registers every event type under its stable name, with its schema version', () => {
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
      VictimReferred: 2,
      VictimReferralPerpetratorsRecorded: 1,
      VictimReferralVoided: 1,
      VictimReferralDateAmended: 1,
      CaseRepeatReclassified: 1,
      VictimReferralReclassified: 1,
      MeetingScheduled: 1,
      MeetingCancelled: 1,
      MeetingHeld: 2,
      MaracRegistered: 1,
      MaracRenamed: 1,
      MaracSettingsOverridden: 1,
      MaracSettingsChanged: 1,
    });
  });

  it('reads a VictimReferred of version 1 (before the history recorded perpetrators) with perpetrators not recorded (null)', () => {
    const registry = new EventTypeRegistry().registerVersions(maracEventTypes, maracUpcasters);
    const data = { personId: 'v', caseId: 'c', maracId: 'm', referralDate: '2024-01-01', criterion: 'repeat', repeat: false };
    expect(registry.upcast({ type: 'VictimReferred', schemaVersion: 1, data })).toEqual({
      type: 'VictimReferred',
      data: { ...data, perpetratorPersonIds: null },
    });
  });
});
