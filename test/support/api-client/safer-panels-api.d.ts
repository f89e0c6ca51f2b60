// Generated from the OpenAPI document by `npm run openapi -- --types test/support/api-client/safer-panels-api.d.ts`: do not edit.
// test/api-contract.e2e-spec.ts fails when it is not what the document gives, so a change of the API shows here.
export interface paths {
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database answers; how far each projection and process manager is behind */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who read or changed what: by person, user and period, newest first, within your partnerships */
    get: operations['AuditController_query'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a data subject's personal data (destroys their key); non-personal facts remain */
    post: operations['ErasureController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a person in a partnership (search first: a close match is a 409 with the candidates’ ids) */
    post: operations['PeopleController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Search people of your partnerships by name (slips tolerated), date of birth and postcode (terms in the body, never the URL) */
    post: operations['PeopleController_search'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person record (a merged record answers as the person it was merged into) */
    get: operations['PeopleController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{personId}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge a duplicate record into the record of the same person (same partnership); audited */
    post: operations['PeopleController_merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{personId}/unmerge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Undo the merge of a record: it is its own person again; audited */
    post: operations['PeopleController_unmerge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/subject-access/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export everything the partnership holds about a person: the record, every context's facts (decrypted; others' personal data withheld), who read them; says when they were erased */
    get: operations['SubjectAccessController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sharing/people/{personId}/consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a person's consent to sharing with an agency for a purpose: given, refused or withdrawn (date, how) */
    post: operations['SharingController_consent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sharing/people/{personId}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a decision to share without consent with an agency for a purpose, on a lawful basis, and who decided */
    post: operations['SharingController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sharing/people/{personId}/shares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that a person's information was shared with an agency: refused without consent or a basis */
    post: operations['SharingController_share'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sharing/people/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's consent and bases for sharing per agency and purpose, the partnership's defaults, the shares recorded */
    get: operations['SharingController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sharing/partnerships/{partnershipId}/defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The partnership's default basis for sharing without consent, per purpose */
    get: operations['SharingController_defaults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sharing/partnerships/{partnershipId}/defaults/{purpose}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set (or clear, with null) the partnership's default basis for sharing without consent for a purpose */
    put: operations['SharingController_setDefault'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refer a case to a MARAC (decides whether it is a repeat from the victim’s history) */
    post: operations['ReferralsController_refer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/victims/{personId}/police-call-outs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a police call-out to a victim (counted for potential escalation) */
    post: operations['ReferralsController_policeCallOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case as it stands (from its stream), with personal details for coordinators; every read is audited */
    get: operations['CasesController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/dash-assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a DASH risk checklist (score and band computed; an override may only raise the level) */
    post: operations['CasesController_dash'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/hearings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the case as heard at a meeting it is listed for, on the meeting's date, with the meeting's agencies present (less any that left early) */
    post: operations['CasesController_heard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An agency takes an action on the case */
    post: operations['CasesController_action'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/actions/{actionId}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete an agency action (twice is refused with 409) */
    post: operations['CasesController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report a further incident: within 12 months of the referral it makes the case a repeat, to be relisted */
    post: operations['CasesController_incident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the case with a reason */
    post: operations['CasesController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/referral/amend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Amend the referral's date, referring agency, criterion or victim profile */
    post: operations['CaseCorrectionsController_amendReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/referral/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void the referral, and so the case: it leaves every list and figure, and the victim’s repeat history */
    post: operations['CaseCorrectionsController_voidReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/hearings/{meetingId}/amend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Amend the date the case was heard at a meeting, or the agencies present */
    post: operations['CaseCorrectionsController_amendHearing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/hearings/{meetingId}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void a hearing: it leaves the cases heard and the repeat rate */
    post: operations['CaseCorrectionsController_voidHearing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/incidents/{incidentId}/amend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Amend a further incident's date, date reported, reporting agency or description */
    post: operations['CaseCorrectionsController_amendIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/incidents/{incidentId}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void a further incident: the case, and hearings heard as repeats because of it alone, stop being repeats */
    post: operations['CaseCorrectionsController_voidIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/actions/{actionId}/amend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Amend an agency action's agency, description or due date */
    post: operations['CaseCorrectionsController_amendAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/cases/{caseId}/actions/{actionId}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void an agency action: it is no longer outstanding, overdue or counted */
    post: operations['CaseCorrectionsController_voidAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Schedule a MARAC meeting */
    post: operations['MeetingsController_scheduleMeeting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/meetings/{meetingId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a meeting */
    post: operations['MeetingsController_cancelMeeting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/meetings/{meetingId}/held': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a meeting held (on its date, not later than today), with the agencies present: each case heard there takes them */
    post: operations['MeetingsController_markHeld'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/marac/meetings/{meetingId}/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The agenda: cases listed with risk band, repeat flag, referring agency and outstanding actions (names victims: audited) */
    get: operations['MeetingsController_readAgenda'];
    put?: never;
    /** List a case on the meeting's agenda (relists a case awaiting relisting) */
    post: operations['MeetingsController_list'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maracs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The MARACs registered in your partnerships, by partnership and name */
    get: operations['MaracRegistryController_list'];
    put?: never;
    /** Register a MARAC under one of your partnerships (optionally with its own band or population) */
    post: operations['MaracRegistryController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maracs/{maracId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename a MARAC (the upgrade registers the MARACs earlier records named under their ids) */
    patch: operations['MaracRegistryController_rename'];
    trace?: never;
  };
  '/maracs/{maracId}/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Give the MARAC its own band (both ends) or population over its partnership's, from a given day on */
    patch: operations['MaracRegistryController_overrideSettings'];
    trace?: never;
  };
  '/maracs/repeat-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Repeat rate of every MARAC in your partnerships for a date range or quarter, each against its partnership's band, and of them all together */
    get: operations['AllMaracsController_repeatRates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maracs/{maracId}/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A coordinator's case list: open cases, risk band, repeat flag, next meeting, overdue actions (names victims: audited) */
    get: operations['MaracsController_cases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maracs/{maracId}/cases/depersonalised': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Analysts' case-level data: cases referred in the period with pseudonymous ids, age band, risk band, repeat flag, referring agency and referral month; no personal data */
    get: operations['MaracsController_depersonalisedCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maracs/{maracId}/repeat-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Repeat rate (repeat cases heard / cases heard) for a date range or a financial-year quarter, against the band */
    get: operations['MaracsController_repeatRate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maracs/{maracId}/repeat-rate/quarters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Repeat rate for each quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar) and the year */
    get: operations['MaracsController_repeatRateQuarters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maracs/{maracId}/safelives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SafeLives quarterly data for a MARAC (JSON, or CSV with Accept: text/csv or ?format=csv) */
    get: operations['MaracsController_safeLives'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maracs/{maracId}/agency-engagement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Attendance rate per agency at meetings heard in the period, and its actions completed / overdue */
    get: operations['MaracsController_agencyEngagement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partnerships/{partnershipId}/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A partnership's MARAC settings in force on a day (default today) and every dated change (defaults until set) */
    get: operations['SettingsController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change some of the repeat-rate band, adult female population and police call-out threshold from a given day on (merge: the others stay) */
    patch: operations['SettingsController_change'];
    trace?: never;
  };
  '/imports/marac': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a partnership's past MARAC referrals and hearings from a CSV (the same commands and person matching as the API)
     * @description Running the same file again adds nothing; a dry run (`dryRun=true`) checks every row and writes nothing.
     */
    post: operations['ImportsController_importMarac'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The figures s.104 requires to be published for a period (from/to, financialYear or quarter): applications, threshold not met, reviews, reviews with recommendations; and beside them discretionary reviews, escalations and stages on time (JSON, or CSV with Accept: text/csv or ?format=csv) */
    get: operations['CaseReviewFiguresController_figures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews/recommendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recommendations made in a period, per body: made, completed, not completed, overdue (due before asOf with no outcome) */
    get: operations['CaseReviewFiguresController_recommendations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The log: every application with its stage, next due date and days overdue, overdue first (no personal data) */
    get: operations['ApplicationsController_log'];
    put?: never;
    /** Log an application, once, with the complaints already made; every relevant body is recorded as told */
    post: operations['ApplicationsController_receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews/{applicationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An application as it stands, from its stream, with its free text; every read is audited */
    get: operations['ApplicationsController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews/{applicationId}/acknowledgement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acknowledge the application (due 10 working days after receipt by default) */
    post: operations['ApplicationsController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews/{applicationId}/threshold-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide the threshold: computed from the complaints; when not met, the bodies may decide to review anyway (with a reason) */
    post: operations['ApplicationsController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews/{applicationId}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the review meeting, who was there, the chair, and its recommendations */
    post: operations['ApplicationsController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews/{applicationId}/recommendations/{recommendationId}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record whether one of the review's recommendations was completed (by the single point of contact, for the body) */
    post: operations['ApplicationsController_recommendationOutcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews/{applicationId}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the outcome sent to the applicant (after the review, or the threshold decision when there is none) */
    post: operations['ApplicationsController_outcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews/{applicationId}/escalation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The applicant asks for the decision or the review to be reviewed (PCC or local procedure) */
    post: operations['ApplicationsController_escalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/case-reviews/{applicationId}/escalation/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The escalation's answer: upheld, or overturned so that the review goes ahead */
    post: operations['ApplicationsController_decideEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partnerships/{partnershipId}/case-review-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A partnership's Case Review procedure in force on a day (default today; the defaults until an admin changes them) */
    get: operations['CaseReviewSettingsController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change some of the Case Review procedure from a day on (merge: the others stay); applications received from that day are decided by it */
    patch: operations['CaseReviewSettingsController_change'];
    trace?: never;
  };
  '/victim-services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a victim service (ASB support, IDVA, group programme) under one of your partnerships */
    post: operations['VictimServicesController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/{serviceId}/aims/{financialYear}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a financial year's annual aims of a service, by table row name (replaces that year's aims) */
    put: operations['VictimServicesController_setAims'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/{serviceId}/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refer a victim (a person record of the partnership) to the service */
    post: operations['VictimServicesController_refer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/{serviceId}/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The service's open cases: risk level, reassessment due (and overdue), Case Review notice due, last contact */
    get: operations['VictimServicesController_cases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/{serviceId}/cases/depersonalised': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Analysts' case-level data: the service's cases referred in the period, pseudonymous ids, months, codes, risk level, repeat victim, closure, survey, improved; no personal data */
    get: operations['VictimServicesController_depersonalisedCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/{serviceId}/distance-travelled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Distance travelled of the cases closed in a period: per Outcome Star domain the average first and last score and the average change; the share of cases improved */
    get: operations['VictimServicesController_distanceTravelled'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/{serviceId}/quarterly-table': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The quarterly table of a financial year against its aims (JSON, or CSV with Accept: text/csv or ?format=csv)
     * @description Every row declares its kind: flow (Year = sum of quarters), snapshot (Year = value on the last day), distinct (people once over the period), ratio (from the period's own counts, null over 0). Analysts get the published view.
     */
    get: operations['VictimServicesController_quarterlyTable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/cases/{caseId}/risk-assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a risk assessment: score and level computed from the questionnaire; judgement may raise the level, with a reason */
    post: operations['VictimServiceCasesController_assessRisk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/cases/{caseId}/needs-assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the needs identified */
    post: operations['VictimServiceCasesController_assessNeeds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/cases/{caseId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a support contact (by the caller) */
    post: operations['VictimServiceCasesController_recordContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/cases/{caseId}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the case with a reason and whether each need was met */
    post: operations['VictimServiceCasesController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/cases/{caseId}/further-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a further report by the victim: may make a repeat victim and a Case Review notice due; a reassessment falls due */
    post: operations['VictimServiceCasesController_furtherReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/cases/{caseId}/case-review-notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the victim was told of their right to an ASB Case Review (when and how) */
    post: operations['VictimServiceCasesController_caseReviewNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/cases/{caseId}/outcome-scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record Outcome Star style scores (1-10 per domain) at entry, at a review or at exit: distance travelled is the last minus the first */
    post: operations['VictimServiceCasesController_outcomeScores'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/victim-services/cases/{caseId}/exit-survey': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the exit survey of a closed case, or that the victim declined it */
    post: operations['VictimServiceCasesController_exitSurvey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partnerships/{partnershipId}/victim-services-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A partnership's victim-services settings in force on a day (default today; the documented defaults until changed) */
    get: operations['VictimServicesSettingsController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change some of the victim-services settings from a day on (merge: the others stay); casework dated from that day is checked and scored by them */
    patch: operations['VictimServicesSettingsController_change'];
    trace?: never;
  };
  '/iom/cohorts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register an IOM cohort for an area of one of your partnerships, with its strands and offence categories */
    post: operations['IomCohortsController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/cohorts/{cohortId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A cohort: area, strands, offence categories and the before/after window */
    get: operations['IomCohortsController_cohort'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/cohorts/{cohortId}/adoptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Adopt a person onto the cohort (again after an exit: a new period of the same record) */
    post: operations['IomCohortsController_adopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/cohorts/{cohortId}/members/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's record on the cohort: periods, statuses, offences (every read audited) */
    get: operations['IomCohortsController_member'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/cohorts/{cohortId}/members/{personId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a member's status from a date on (in the community, in custody, unlawfully at large, in hospital) */
    post: operations['IomCohortsController_status'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/cohorts/{cohortId}/members/{personId}/strand': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a member to another strand of the cohort from a date on */
    post: operations['IomCohortsController_strand'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/cohorts/{cohortId}/members/{personId}/offences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an offence (before adoption too, for the baseline); one dated in custody is kept and flagged */
    post: operations['IomCohortsController_offence'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/cohorts/{cohortId}/members/{personId}/offences/{offenceId}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the outcome of an offence and its date (a charge can be followed by a conviction or caution) */
    post: operations['IomCohortsController_outcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/cohorts/{cohortId}/members/{personId}/exit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a member's exit: date and reason (deselected, completed, moved away, died, other) */
    post: operations['IomCohortsController_exit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/cohorts/{cohortId}/measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The measures of the cohort for a period (optionally one strand): month-end sizes and flows, who offended each month, binary rate and frequency, before/after adoption, proven reoffending; each says whom it counts and why others were left out */
    get: operations['IomCohortsController_measures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/cohorts/{cohortId}/proposals/marac-perpetrators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** MARAC perpetrators of the cohort's partnership who could be proposed for a strand (e.g. domestic abuse): how many MARAC cases name each, never the victims */
    get: operations['IomCohortsController_proposals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/areas/reoffending': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monthly count of reoffending individuals per area: people on the area’s cohorts at each month end, those who offended in the month while on one, and the offences */
    get: operations['IomAreasController_reoffending'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/iom/measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The measures of every cohort of your partnerships (or of one) for a period: each cohort's figures as `GET /iom/cohorts/{cohortId}/measures` gives them */
    get: operations['IomMeasuresController_measures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cross-service/repeat-victimisation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per pair of services and quarter: people who were victims in both within 12 months, and the days between (a second measure beside the SafeLives repeat rate) */
    get: operations['CrossServiceController_repeats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cross-service/victims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** People who were victims in more than one service: pseudonyms and the quarter of each first contact */
    get: operations['CrossServiceController_victims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/alerts/stream-tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A single-use ticket (valid 60 s) for GET /alerts/stream?ticket=, for an EventSource that cannot send the bearer header */
    post: operations['AlertStreamController_ticket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/alerts/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Live changes of my alerts and my teams' (text/event-stream): `event: alert`, `id:` the position to resume from (Last-Event-ID header or ?lastEventId=); auth by bearer header or ?ticket= */
    get: operations['AlertStreamController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My alerts and my teams': filter by kind and state, paged, most urgent first (ids, dates and links; no names) */
    get: operations['AlertsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/alerts/{alertId}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acknowledge an alert of mine: I am on it (it stays open) */
    post: operations['AlertsController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/alerts/{alertId}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resolve an alert of mine */
    post: operations['AlertsController_resolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/partnerships/{partnershipId}/alert-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A partnership's alert thresholds in force on a day (default today; the defaults until an admin changes them) */
    get: operations['AlertSettingsController_read'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change some alert thresholds from a day on (merge: the others stay); alerts scheduled from that day use them */
    patch: operations['AlertSettingsController_change'];
    trace?: never;
  };
  '/alert-recipients/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete what alert e-mails keep about a user of one of my partnerships (address, roles, teams, partnerships from their token); audited */
    delete: operations['AlertRecipientsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Liveness: {
      /**
       * @example ok
       * @enum {string}
       */
      status: 'ok';
    };
    FollowerStall: {
      /**
       * @description The checkpoint it is stuck at.
       * @example 812/20431
       */
      position: string;
      /**
       * Format: date-time
       * @example 2026-06-01T09:00:00.000Z
       */
      since: string;
      /** @example 4 */
      attempts: number;
      /**
       * @description The error code or name (never the data).
       * @example 23505
       */
      error: string | null;
    };
    ProjectionReadiness: {
      /** @example marac_case_list */
      name: string;
      /**
       * @description How far the checkpoint is behind the head, in log positions.
       * @example 0
       */
      lag: number;
      /** @example 812/20431 */
      position: string;
      /** @example 812/20431 */
      head: string;
      /**
       * @description Run by this process.
       * @example true
       */
      active: boolean;
      /** @example true */
      caughtUp: boolean;
      stalled?: components['schemas']['FollowerStall'];
      /**
       * @description The summary of the last error of this process.
       * @example connection terminated
       */
      lastError?: string;
    };
    ProcessManagerReadiness: {
      /** @example marac_victim_history */
      name: string;
      /** @example 0 */
      lag: number;
      /** @example 812/20431 */
      position: string;
      /** @example true */
      active: boolean;
      /**
       * @description Reactions parked in the dead-letter table.
       * @example 0
       */
      parked: number;
      stalled?: components['schemas']['FollowerStall'];
      /** @example connection terminated */
      lastError?: string;
    };
    Readiness: {
      /**
       * @description "degraded" (still 200: one bad event must not take every replica out of service): a projection or process manager is stalled, or a process manager has parked reactions; "unavailable" (503): the database cannot be reached.
       * @example ok
       * @enum {string}
       */
      status: 'ok' | 'catching-up' | 'degraded' | 'unavailable';
      /**
       * @example up
       * @enum {string}
       */
      database: 'up' | 'down';
      /** @description While the database answers. */
      projections?: components['schemas']['ProjectionReadiness'][];
      /** @description While the database answers. */
      processManagers?: components['schemas']['ProcessManagerReadiness'][];
    };
    AuditEntryAnswer: {
      /**
       * @description The row id (a bigint, as a string).
       * @example 1042
       */
      id: string;
      /**
       * Format: date-time
       * @example 2026-06-01T09:00:00.000Z
       */
      occurredAt: string;
      /**
       * @description The user id (token subject), or `system:<job>` for automatic actions.
       * @example coordinator-7
       */
      actor: string;
      /**
       * @example [
       *       "coordinator"
       *     ]
       */
      actorRoles: string[];
      /**
       * @example [
       *       "demo-csp"
       *     ]
       */
      actorPartnerships: string[];
      /**
       * @description The client address, kept only for refusals without a verified caller.
       * @example null
       */
      clientAddress: string | null;
      /**
       * @example read
       * @enum {string}
       */
      action: 'read' | 'command' | 'refusal' | 'erasure' | 'retention-erasure';
      /** @example GET */
      method: string | null;
      /**
       * @description The route pattern, not the URL: ids are in recordId.
       * @example /marac/cases/:caseId
       */
      route: string | null;
      /** @example marac_case */
      recordKind: string | null;
      /** @example b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b */
      recordId: string | null;
      /**
       * @description The people whose record this touched.
       * @example [
       *       "5f0c2d1e-3a4b-4c5d-8e6f-708192a3b4c5"
       *     ]
       */
      subjectIds: string[];
      /** @example demo-csp */
      partnershipId: string | null;
      /** @example client-1.abc */
      correlationId: string | null;
      /**
       * @description On what basis the record was shared with the reader (each standing of the agencies for the purpose, once).
       * @example default-basis:crime-and-disorder-act-s115
       */
      sharingBasis: string | null;
      /**
       * @description The X-Access-Purpose a client sent, or the reason of an erasure.
       * @example null
       */
      purpose: string | null;
      /**
       * @example success
       * @enum {string}
       */
      outcome: 'success' | 'denied' | 'unauthenticated' | 'rate-limited' | 'failed';
      /** @example 200 */
      status: number | null;
      /**
       * @description How many refusals a counted entry stands for; 1 otherwise.
       * @example 1
       */
      count: number;
      /**
       * @description `<minute>|<caller>` for a counted entry.
       * @example null
       */
      countedKey: string | null;
    };
    AuditPageAnswer: {
      items: components['schemas']['AuditEntryAnswer'][];
      /** @example 1 */
      page: number;
      /** @example 50 */
      pageSize: number;
      /** @example 1 */
      total: number;
    };
    ErasureRequestDto: {
      /** @description The data subject id whose personal data is to be erased */
      subjectId: string;
      /** @description Why (e.g. the erasure request reference); no personal data */
      reason: string;
    };
    ErasureAnswer: {
      /** @example 5f0c2d1e-3a4b-4c5d-8e6f-708192a3b4c5 */
      subjectId: string;
      /**
       * Format: date-time
       * @description When the key was destroyed.
       * @example 2026-06-01T09:00:00.000Z
       */
      erasedAt: string;
      /**
       * @description It had been erased before (nothing changed).
       * @example false
       */
      alreadyErased: boolean;
    };
    PersonAddressBody: {
      /** @example 1 Example Street, Demo Town */
      address: string;
      /**
       * @description A UK postcode; taken from the address when left out.
       * @example ZZ1 1ZZ
       */
      postcode?: string;
    };
    PersonIdentityBody: {
      /** @example Demo Person 0001 */
      fullName: string;
      /**
       * @example [
       *       "Demo Maiden 0001"
       *     ]
       */
      aliases?: string[];
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 1990-06-15
       */
      dateOfBirth?: string;
      /**
       * @example female
       * @enum {string}
       */
      sex?: 'female' | 'male' | 'other' | 'not-known';
      addresses?: components['schemas']['PersonAddressBody'][];
      /**
       * @example [
       *       "01632 960001"
       *     ]
       */
      phones?: string[];
      /**
       * @example [
       *       "person0001@example.invalid"
       *     ]
       */
      emails?: string[];
    };
    RegisterPersonBody: {
      /** @example demo-csp */
      partnershipId: string;
      identity: components['schemas']['PersonIdentityBody'];
      /**
       * @description Confirms, after a search, that this is nobody already recorded: a close match is then not a 409.
       * @example false
       */
      newPerson?: boolean;
    };
    RegisterPersonResponse: {
      /** Format: uuid */
      personId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @example 0 */
      revision: number;
    };
    SearchPeopleBody: {
      /**
       * @description One of your partnerships; all of them when left out.
       * @example demo-csp
       */
      partnershipId?: string;
      /**
       * @description Any order, any case; accents, hyphens and small slips are tolerated.
       * @example Demo Persn
       */
      name?: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 1990-06-15
       */
      dateOfBirth?: string;
      /** @example ZZ1 1ZZ */
      postcode?: string;
      /** @example 10 */
      limit?: number;
    };
    FoundPersonResponse: {
      /** Format: uuid */
      personId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @example Demo Person 0001 */
      fullName: string;
      aliases: string[];
      /** Format: date */
      dateOfBirth: string | null;
      /** @enum {string|null} */
      sex: 'female' | 'male' | 'other' | 'not-known' | null;
      /**
       * @example [
       *       "ZZ1 1ZZ"
       *     ]
       */
      postcodes: string[];
      /**
       * @description How well the person matches, 0 to 1.
       * @example 0.93
       */
      score: number;
    };
    SearchPeopleResponse: {
      people: components['schemas']['FoundPersonResponse'][];
    };
    PersonResponse: {
      /**
       * Format: uuid
       * @description The canonical person (a merged record answers as the person it was merged into).
       */
      personId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @description null once erased. */
      identity: components['schemas']['PersonIdentityBody'] | null;
      /** @description The records merged into this person. */
      mergedPersonIds: string[];
      /** @example 0 */
      revision: number;
    };
    MergePersonBody: {
      /**
       * Format: uuid
       * @description The record this one is the same person as.
       */
      intoPersonId: string;
      /**
       * @description Stored as personal data.
       * @example Same date of birth and address; the second referral misspelt her name.
       */
      reason: string;
    };
    PersonMergeResponse: {
      /** Format: uuid */
      personId: string;
      /** Format: uuid */
      canonicalPersonId: string;
      /**
       * @description The partnership's merge ledger revision.
       * @example 0
       */
      revision: number;
    };
    UnmergePersonBody: {
      /**
       * @description Stored as personal data.
       * @example Twins: different people.
       */
      reason: string;
    };
    SubjectErasure: {
      /**
       * Format: date-time
       * @example 2026-06-01T09:00:00.000Z
       */
      erasedAt: string;
      /**
       * @example request
       * @enum {string}
       */
      basis: 'request' | 'retention';
    };
    SubjectAccessEvent: {
      /** @example CaseReferred */
      type: string;
      /** @example marac_case-b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b */
      stream: string;
      /** @example 0 */
      revision: number;
      /**
       * Format: date-time
       * @description When the fact happened according to the command.
       */
      occurredAt: string;
      /**
       * @description Who recorded it.
       * @example coordinator-7
       */
      recordedBy: string;
      /** @description The event's data; personal data decrypted (null once erased); someone else's withheld. */
      data: {
        [key: string]: unknown;
      };
    };
    SubjectAccessContext: {
      /** @example MARAC */
      context: string;
      events: components['schemas']['SubjectAccessEvent'][];
    };
    SubjectAccessAuditEntry: {
      /** Format: date-time */
      occurredAt: string;
      /** @example coordinator-7 */
      actor: string;
      /** @example read */
      action: string;
      /** @example /marac/cases/:caseId */
      route: string | null;
      /** @example marac_case */
      recordKind: string | null;
      recordId: string | null;
      /** @description The purpose the reader gave. */
      purpose: string | null;
      /** @example default-basis:crime-and-disorder-act-s115 */
      sharingBasis: string | null;
      /** @example success */
      outcome: string;
    };
    SubjectAccessExport: {
      /**
       * Format: uuid
       * @description The canonical person id.
       */
      personId: string;
      /** @description Every record of the person (merged duplicates included). */
      recordIds: string[];
      /** @example demo-csp */
      partnershipId: string;
      /** Format: date-time */
      exportedAt: string;
      /** @example admin-1 */
      exportedBy: string;
      /** @description Set once the person's personal data was erased. */
      erased: components['schemas']['SubjectErasure'] | null;
      /** @description The identity on the person record (null once erased). */
      identity: {
        [key: string]: unknown;
      } | null;
      contexts: components['schemas']['SubjectAccessContext'][];
      audit: components['schemas']['SubjectAccessAuditEntry'][];
    };
    RecordConsentBody: {
      /**
       * @description The partner agency, as the context names it (police, idva, housing, ...).
       * @example housing
       */
      agency: string;
      /**
       * @example marac
       * @enum {string}
       */
      purpose: 'marac' | 'victim-services' | 'case-review' | 'iom';
      /**
       * @example given
       * @enum {string}
       */
      decision: 'given' | 'refused' | 'withdrawn';
      /**
       * Format: date
       * @description The day the person gave, refused or withdrew consent. A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2026-06-01
       */
      on: string;
      /**
       * @example verbal
       * @enum {string}
       */
      how: 'written' | 'verbal' | 'electronic' | 'through-representative';
    };
    SharingChangeResult: {
      /**
       * Format: uuid
       * @description The canonical person id.
       */
      personId: string;
      /**
       * @description The person's sharing stream revision (also the ETag).
       * @example 2
       */
      revision: number;
      /**
       * Format: uuid
       * @description The share recorded (for a share), else null.
       */
      shareId: string | null;
    };
    DecideSharingWithoutConsentBody: {
      /**
       * @description The partner agency, as the context names it (police, idva, housing, ...).
       * @example housing
       */
      agency: string;
      /**
       * @example marac
       * @enum {string}
       */
      purpose: 'marac' | 'victim-services' | 'case-review' | 'iom';
      /**
       * @example crime-and-disorder-act-s115
       * @enum {string}
       */
      basis: 'crime-and-disorder-act-s115' | 'dpa-2018-part-3' | 'vital-interests' | 'safeguarding';
      /**
       * @description Who decided (their role); no name of the person the record is about.
       * @example MARAC chair
       */
      decidedBy: string;
      /**
       * @description Why information is shared without consent. Personal data: encrypted under the person, erased with them.
       * @example High risk of serious harm; the victim is not in contact and the agency needs to act.
       */
      reason: string;
      /**
       * Format: date
       * @description The day it was decided. A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2026-06-02
       */
      on: string;
    };
    RecordShareBody: {
      /**
       * @description The partner agency, as the context names it (police, idva, housing, ...).
       * @example housing
       */
      agency: string;
      /**
       * @example marac
       * @enum {string}
       */
      purpose: 'marac' | 'victim-services' | 'case-review' | 'iom';
      /**
       * Format: date
       * @description The day the information was shared. A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2026-06-10
       */
      on: string;
    };
    ConsentView: {
      /**
       * @example given
       * @enum {string}
       */
      decision: 'given' | 'refused' | 'withdrawn';
      /**
       * Format: date
       * @example 2026-06-01
       */
      on: string;
      /**
       * @example verbal
       * @enum {string}
       */
      how: 'written' | 'verbal' | 'electronic' | 'through-representative';
      /**
       * @description The user who recorded it.
       * @example coordinator-7
       */
      recordedBy: string;
    };
    SharingDecisionView: {
      /**
       * @example crime-and-disorder-act-s115
       * @enum {string}
       */
      basis: 'crime-and-disorder-act-s115' | 'dpa-2018-part-3' | 'vital-interests' | 'safeguarding';
      /**
       * @description Who decided to share without consent.
       * @example MARAC chair
       */
      decidedBy: string;
      /**
       * @description Why: personal data (null once the person's data is erased).
       * @example High risk of serious harm; the agency needs to act.
       */
      reason: string | null;
      /**
       * Format: date
       * @example 2026-06-02
       */
      on: string;
      /**
       * @description The user who recorded the decision.
       * @example coordinator-7
       */
      recordedBy: string;
    };
    StreamReadView: {
      /** @example sharing-7c9e6679-7425-40de-944b-e07fc1f90ae7 */
      streamName: string;
      /**
       * @description The revision read; -1 when nothing was recorded in it yet.
       * @example 2
       */
      revision: number;
    };
    SharingStatusView: {
      /** @example housing */
      agency: string;
      /**
       * @example marac
       * @enum {string}
       */
      purpose: 'marac' | 'victim-services' | 'case-review' | 'iom';
      /**
       * @description consent: the person's latest decision is consent given; basis: shared without consent on a basis decided for the person; default-basis: nothing decided for the person, on the partnership's default for the purpose; none: information may not be shared (a refusal or withdrawal of consent sets the default aside).
       * @example default-basis
       * @enum {string}
       */
      standing: 'consent' | 'basis' | 'default-basis' | 'none';
      /**
       * @example crime-and-disorder-act-s115
       * @enum {string|null}
       */
      basis: 'crime-and-disorder-act-s115' | 'dpa-2018-part-3' | 'vital-interests' | 'safeguarding' | null;
      consent: components['schemas']['ConsentView'] | null;
      /** @description The latest decision to share without consent. */
      decision: components['schemas']['SharingDecisionView'] | null;
      /** @description What the standing was read from: the person's sharing records, the partnership's defaults and its merge ledger (which records are the person), each at its revision. An action or a share that stands on it is recorded only while they are unchanged. */
      streamsRead: components['schemas']['StreamReadView'][];
    };
    SharingDefaultView: {
      /**
       * @example marac
       * @enum {string}
       */
      purpose: 'marac' | 'victim-services' | 'case-review' | 'iom';
      /**
       * @example crime-and-disorder-act-s115
       * @enum {string|null}
       */
      basis: 'crime-and-disorder-act-s115' | 'dpa-2018-part-3' | 'vital-interests' | 'safeguarding' | null;
    };
    ShareView: {
      /** Format: uuid */
      shareId: string;
      /** @example housing */
      agency: string;
      /**
       * @example marac
       * @enum {string}
       */
      purpose: 'marac' | 'victim-services' | 'case-review' | 'iom';
      /**
       * Format: date
       * @example 2026-06-10
       */
      on: string;
      /**
       * @example default-basis
       * @enum {string}
       */
      standing: 'consent' | 'basis' | 'default-basis';
      /** @enum {string|null} */
      basis: 'crime-and-disorder-act-s115' | 'dpa-2018-part-3' | 'vital-interests' | 'safeguarding' | null;
      /** @example coordinator-7 */
      recordedBy: string;
    };
    PersonSharing: {
      /** Format: uuid */
      personId: string;
      /** @example demo-csp */
      partnershipId: string;
      recorded: components['schemas']['SharingStatusView'][];
      /** @description The partnership's default basis per purpose. */
      defaults: components['schemas']['SharingDefaultView'][];
      shares: components['schemas']['ShareView'][];
    };
    SharingDefaultsView: {
      /** @example demo-csp */
      partnershipId: string;
      defaults: components['schemas']['SharingDefaultView'][];
      /**
       * @description The defaults stream revision (-1 before any change; also the ETag).
       * @example 0
       */
      revision: number;
    };
    SetSharingDefaultBody: {
      /**
       * @description The default basis for sharing without consent for the purpose; null for none (consent or a basis per person needed).
       * @example crime-and-disorder-act-s115
       * @enum {string|null}
       */
      basis: 'crime-and-disorder-act-s115' | 'dpa-2018-part-3' | 'vital-interests' | 'safeguarding' | null;
    };
    VictimDetailsBody: {
      /** @example Demo Victim 0001 */
      fullName: string;
      /**
       * @description Other names the person is known by.
       * @example [
       *       "Demo Maiden 0001"
       *     ]
       */
      aliases?: string[];
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 1990-06-15
       */
      dateOfBirth?: string;
      /** @example 1 Example Street, Demo Town */
      address?: string;
      /**
       * @description A UK postcode (searched on); taken from the address when left out.
       * @example ZZ1 1ZZ
       */
      postcode?: string;
      /** @example 01632 960001 */
      phone?: string;
      /** @example victim0001@example.invalid */
      email?: string;
    };
    VictimProfileBody: {
      /**
       * @example female
       * @enum {string}
       */
      sex: 'female' | 'male' | 'other' | 'not-known';
      /**
       * @description Whole years at the referral date, when no date of birth is given.
       * @example 34
       */
      ageAtReferral?: number | null;
      /**
       * @example not-racially-minoritised
       * @enum {string}
       */
      ethnicity: 'black-asian-racially-minoritised' | 'not-racially-minoritised' | 'not-known';
      /**
       * @description null = not known
       * @example false
       */
      disabled: boolean | null;
      /**
       * @description null = not known
       * @example false
       */
      lgbtPlus: boolean | null;
      /**
       * @description null = not known
       * @example 2
       */
      childrenInHousehold: number | null;
    };
    VictimBody: {
      /**
       * Format: uuid
       * @description The victim's person record (find it with POST /people/search); omit, and give details, for a new person.
       * @example 3f0c9a4e-1b2d-4c5e-8f90-a1b2c3d4e5f6
       */
      personId?: string;
      /** @description Required without personId (the server registers the person); with it, the details as this referral gives them (else the person record's). */
      details?: components['schemas']['VictimDetailsBody'];
      /**
       * @description With details: you have searched and this is nobody already recorded, so a close match is not a 409.
       * @example false
       */
      newPerson?: boolean;
      profile: components['schemas']['VictimProfileBody'];
    };
    PerpetratorDetailsBody: {
      /** @example Demo Perpetrator 0001 */
      fullName: string;
      /**
       * @description Other names the person is known by.
       * @example [
       *       "Demo Maiden 0001"
       *     ]
       */
      aliases?: string[];
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 1988-01-20
       */
      dateOfBirth?: string;
      /** @example 2 Example Road, Demo Town */
      address?: string;
      /**
       * @description A UK postcode (searched on); taken from the address when left out.
       * @example ZZ1 1ZZ
       */
      postcode?: string;
    };
    PerpetratorBody: {
      /**
       * Format: uuid
       * @description The perpetrator's person record in the partnership; omit, and give details, for a new person.
       * @example 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d
       */
      personId?: string;
      /**
       * @example ex-partner
       * @enum {string}
       */
      relationship: 'partner' | 'ex-partner' | 'parent' | 'child' | 'sibling' | 'other-family-member' | 'other';
      /** @description Required without personId. */
      details?: components['schemas']['PerpetratorDetailsBody'];
      /**
       * @description With details: you have searched and this is nobody already recorded, so a close match is not a 409.
       * @example false
       */
      newPerson?: boolean;
    };
    DashOverrideBody: {
      /**
       * @description The level professional judgement sets: must be higher than the checklist band.
       * @example high
       * @enum {string}
       */
      level: 'standard' | 'medium' | 'high';
      /**
       * @description Why (stored as personal data).
       * @example Escalating threats since the checklist was completed.
       */
      reason: string;
    };
    DashChecklistBody: {
      /**
       * Format: date
       * @description Defaults to the referral date. A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2025-04-10
       */
      assessedOn?: string;
      /**
       * @description The 24 answers in checklist order.
       * @example [
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "not-known",
       *       "not-known"
       *     ]
       */
      answers: ('yes' | 'no' | 'not-known')[];
      override?: components['schemas']['DashOverrideBody'] | null;
    };
    ReferCaseBody: {
      /**
       * @description The partnership that owns the MARAC.
       * @example demo-csp
       */
      partnershipId: string;
      /** @example demo-marac-north */
      maracId: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2025-04-10
       */
      referralDate: string;
      /**
       * @example police
       * @enum {string}
       */
      referringAgency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * @example visible-high-risk
       * @enum {string}
       */
      criterion: 'visible-high-risk' | 'professional-judgement' | 'potential-escalation' | 'repeat';
      victim: components['schemas']['VictimBody'];
      perpetrators: components['schemas']['PerpetratorBody'][];
      /** @description Required (score 14+) for visible-high-risk. */
      dash?: components['schemas']['DashChecklistBody'] | null;
    };
    ReferCaseResult: {
      /**
       * Format: uuid
       * @example b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b
       */
      caseId: string;
      /**
       * Format: uuid
       * @description The victim's person id (canonical: followed through merges).
       * @example 5f0c2d1e-3a4b-4c5d-8e6f-708192a3b4c5
       */
      personId: string;
      /** @description The perpetrators' person ids, in the order given. */
      perpetratorPersonIds: string[];
      /**
       * @description Within 12 months of the victim's last referral with at least one of the same perpetrators.
       * @example false
       */
      isRepeat: boolean;
      /**
       * Format: uuid
       * @description The case it repeats.
       * @example null
       */
      previousCaseId: string | null;
      /**
       * @description The case stream's revision (also the ETag).
       * @example 1
       */
      revision: number;
    };
    PoliceCallOutBody: {
      /** @example demo-csp */
      partnershipId: string;
      /**
       * @description Client-chosen id, unique within the case; derived from the Idempotency-Key when omitted.
       * @example callout-2025-01-03
       */
      callOutId?: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2025-01-03
       */
      date: string;
    };
    PoliceCallOutResult: {
      /**
       * Format: uuid
       * @example 5f0c2d1e-3a4b-4c5d-8e6f-708192a3b4c5
       */
      personId: string;
      /** @example callout-2025-01-03 */
      callOutId: string;
      /**
       * @description Call-outs recorded for the victim in all.
       * @example 3
       */
      policeCallOuts: number;
      /**
       * @description The victim's stream revision, also sent as the ETag.
       * @example 2
       */
      revision: number;
    };
    VictimProfileView: {
      /**
       * @example female
       * @enum {string}
       */
      sex: 'female' | 'male' | 'other' | 'not-known';
      /**
       * @example 25-34
       * @enum {string}
       */
      ageBand: '16-17' | '18-24' | '25-34' | '35-44' | '45-54' | '55-64' | '65+' | 'not-known';
      /**
       * @description Counted separately in SafeLives' data.
       * @example false
       */
      aged16or17: boolean;
      /**
       * @example not-racially-minoritised
       * @enum {string}
       */
      ethnicity: 'black-asian-racially-minoritised' | 'not-racially-minoritised' | 'not-known';
      /** @example false */
      disabled: boolean | null;
      /** @example null */
      lgbtPlus: boolean | null;
      /** @example 2 */
      childrenInHousehold: number | null;
    };
    CaseDashView: {
      /**
       * Format: date
       * @example 2025-04-10
       */
      assessedOn: string;
      /**
       * @description The number of yes answers.
       * @example 15
       */
      score: number;
      /**
       * @description The checklist's band.
       * @example high
       * @enum {string}
       */
      actuarialBand: 'standard' | 'medium' | 'high';
      /**
       * @description The level the case is managed at.
       * @example high
       * @enum {string}
       */
      riskBand: 'standard' | 'medium' | 'high';
      /**
       * @description Raised by professional judgement.
       * @example null
       * @enum {string|null}
       */
      overriddenTo: 'standard' | 'medium' | 'high' | null;
    };
    CaseListingView: {
      /**
       * Format: uuid
       * @example 0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6
       */
      meetingId: string;
      /**
       * Format: date
       * @example 2025-04-24
       */
      meetingDate: string;
      /**
       * @description Listed again after a further incident.
       * @example false
       */
      relisting: boolean;
    };
    CorrectionNoteView: {
      /** @enum {string} */
      correction: 'amended' | 'voided';
      /**
       * @description The fields an amendment changed; empty for a void.
       * @example [
       *       "dueDate"
       *     ]
       */
      fields: string[];
      /**
       * Format: date-time
       * @example 2025-06-01T09:30:00.000Z
       */
      correctedAt: string;
      /** @example coordinator-7 */
      correctedBy: string;
    };
    CaseHearingView: {
      /**
       * Format: uuid
       * @example 0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6
       */
      meetingId: string;
      /**
       * Format: date
       * @example 2025-04-24
       */
      heardOn: string;
      /**
       * @description Heard as a repeat (counts in the repeat rate).
       * @example false
       */
      asRepeat: boolean;
      /**
       * @example [
       *       "police",
       *       "idva"
       *     ]
       */
      agenciesPresent: (
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other'
      )[];
      /**
       * @description The further incidents before the hearing that made it a repeat.
       * @example []
       */
      incidentsBefore: string[];
      corrections: components['schemas']['CorrectionNoteView'][];
    };
    CaseActionView: {
      /** @example action-1 */
      actionId: string;
      /**
       * Format: uuid
       * @example 0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6
       */
      meetingId: string | null;
      /**
       * @example housing
       * @enum {string}
       */
      agency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * Format: date
       * @example 2025-05-24
       */
      dueDate: string;
      /**
       * Format: date
       * @example null
       */
      completedOn: string | null;
      /**
       * @description Past due on `asOf` and not completed (never on a closed case).
       * @example false
       */
      overdue: boolean;
      /**
       * @description The victim's personal data: null once erased.
       * @example Fit additional locks.
       */
      description: string | null;
      corrections: components['schemas']['CorrectionNoteView'][];
    };
    CaseIncidentView: {
      /** @example incident-1 */
      incidentId: string;
      /**
       * Format: date
       * @example 2026-03-10
       */
      date: string;
      /**
       * Format: date
       * @example 2026-03-11
       */
      reportedOn: string;
      /**
       * @example police
       * @enum {string}
       */
      reportingAgency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * @description Within 12 months of the referral: it made the case a repeat.
       * @example true
       */
      makesRepeat: boolean;
      /**
       * @description The victim's personal data: null once erased.
       * @example Perpetrator breached a non-molestation order.
       */
      description: string | null;
      corrections: components['schemas']['CorrectionNoteView'][];
    };
    CorrectionEntryView: {
      /** @enum {string} */
      correction: 'amended' | 'voided';
      /**
       * @description The fields an amendment changed; empty for a void.
       * @example [
       *       "dueDate"
       *     ]
       */
      fields: string[];
      /**
       * Format: date-time
       * @example 2025-06-01T09:30:00.000Z
       */
      correctedAt: string;
      /** @example coordinator-7 */
      correctedBy: string;
      /** @enum {string} */
      recordKind: 'referral' | 'hearing' | 'incident' | 'agency-action';
      /**
       * @description The case id for its referral, the meeting's for a hearing.
       * @example action-1
       */
      recordId: string;
      /**
       * @description Null once the victim's personal data is erased.
       * @example Entered on the wrong case.
       */
      reason: string | null;
    };
    CaseDetails: {
      /**
       * Format: uuid
       * @example b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b
       */
      caseId: string;
      /**
       * @example open
       * @enum {string}
       */
      status: 'open' | 'closed';
      /** @example demo-marac-north */
      maracId: string;
      /** @example demo-csp */
      partnershipId: string;
      /**
       * Format: uuid
       * @example 5f0c2d1e-3a4b-4c5d-8e6f-708192a3b4c5
       */
      victimPersonId: string;
      /**
       * @example [
       *       "7a1b2c3d-4e5f-4061-8273-a4b5c6d7e8f9"
       *     ]
       */
      perpetratorPersonIds: string[];
      /**
       * @description From the referral's personal data: null once erased.
       * @example Demo Victim 0001
       */
      victimName: string | null;
      /**
       * Format: date
       * @example 2025-04-10
       */
      referralDate: string;
      /**
       * @example police
       * @enum {string}
       */
      referringAgency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * @example visible-high-risk
       * @enum {string}
       */
      criterion: 'visible-high-risk' | 'professional-judgement' | 'potential-escalation' | 'repeat';
      profile: components['schemas']['VictimProfileView'];
      /**
       * @description The referral was a repeat (re-referral within 12 months).
       * @example false
       */
      referralIsRepeat: boolean;
      /**
       * @description A repeat from referral or since a further incident.
       * @example false
       */
      isRepeat: boolean;
      /**
       * Format: uuid
       * @description The case this one repeats.
       * @example null
       */
      previousCaseId: string | null;
      /** @description The DASH with the latest assessment date, or null. */
      dash: components['schemas']['CaseDashView'] | null;
      /**
       * @example high
       * @enum {string|null}
       */
      riskBand: 'standard' | 'medium' | 'high' | null;
      listings: components['schemas']['CaseListingView'][];
      hearings: components['schemas']['CaseHearingView'][];
      /**
       * @description A further incident was reported and the case has not been listed since.
       * @example false
       */
      awaitingRelisting: boolean;
      /**
       * @description The incidents behind `awaitingRelisting`.
       * @example []
       */
      incidentsAwaitingRelisting: string[];
      actions: components['schemas']['CaseActionView'][];
      incidents: components['schemas']['CaseIncidentView'][];
      /**
       * Format: date
       * @example null
       */
      closedOn: string | null;
      /**
       * @example null
       * @enum {string|null}
       */
      closureReason:
        | 'risk-reduced'
        | 'actions-completed'
        | 'victim-moved-away'
        | 'transferred-to-another-marac'
        | 'referral-withdrawn'
        | 'victim-died'
        | 'other'
        | null;
      /**
       * @description The note of the latest closing (the victim's personal data): null when none was given, once erased, or while open.
       * @example null
       */
      closureNote: string | null;
      /**
       * @description The stream revision (also the ETag).
       * @example 6
       */
      revision: number;
      /**
       * @description The referral was voided (entered by mistake): the case no longer counts anywhere.
       * @example false
       */
      voided: boolean;
      /** @description Every amendment and void of the case's records, oldest first, with who, when and why. */
      corrections: components['schemas']['CorrectionEntryView'][];
      /** @description How each MARAC agency stands for sharing the victim's information for MARAC: consent, a basis decided for them, the partnership's default, or none (no action for that agency). */
      sharing: components['schemas']['SharingStatusView'][];
    };
    DashAssessmentBody: {
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2025-04-17
       */
      assessedOn: string;
      /**
       * @example [
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "yes",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no"
       *     ]
       */
      answers: ('yes' | 'no' | 'not-known')[];
      override?: components['schemas']['DashOverrideBody'] | null;
    };
    CaseCommandResult: {
      /**
       * Format: uuid
       * @example b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b
       */
      caseId: string;
      /**
       * @description Stream revision, also sent as the ETag.
       * @example 4
       */
      revision: number;
      /**
       * @example open
       * @enum {string}
       */
      status: 'open' | 'closed';
      /** @example false */
      isRepeat: boolean;
      /**
       * @description A further incident was reported and the case has not been listed since.
       * @example false
       */
      awaitingRelisting: boolean;
      /**
       * @example high
       * @enum {string|null}
       */
      riskBand: 'standard' | 'medium' | 'high' | null;
      /**
       * @description The case's referral was voided: it no longer counts anywhere.
       * @example false
       */
      voided: boolean;
    };
    HearingBody: {
      /**
       * Format: uuid
       * @example 0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6
       */
      meetingId: string;
      /**
       * Format: date
       * @description The meeting's date (the default): a case is heard on the date of its meeting, any other is refused (409). A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2025-04-24
       */
      heardOn?: string;
      /**
       * @description Defaults to the agencies recorded when the meeting was marked held; needed when none were recorded. Each must have been at the meeting.
       * @example [
       *       "police",
       *       "idva",
       *       "health"
       *     ]
       */
      agenciesPresent?: (
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other'
      )[];
      /**
       * @description Agencies at the meeting that were not there for this case (they left early).
       * @example [
       *       "housing"
       *     ]
       */
      agenciesLeftEarly?: (
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other'
      )[];
    };
    ActionBody: {
      /**
       * @description Client-chosen id, unique within the case; derived from the Idempotency-Key when omitted.
       * @example action-1
       */
      actionId?: string;
      /**
       * Format: uuid
       * @description The meeting that agreed the action (the case must be listed for it).
       */
      meetingId?: string | null;
      /**
       * @example housing
       * @enum {string}
       */
      agency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * @description Stored as personal data of the victim.
       * @example Fit additional locks at the property.
       */
      description: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to two years after today (the UK date, Europe/London).
       * @example 2025-05-24
       */
      dueDate: string;
    };
    AddAgencyActionResult: {
      /**
       * Format: uuid
       * @example b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b
       */
      caseId: string;
      /**
       * @description Stream revision, also sent as the ETag.
       * @example 4
       */
      revision: number;
      /**
       * @example open
       * @enum {string}
       */
      status: 'open' | 'closed';
      /** @example false */
      isRepeat: boolean;
      /**
       * @description A further incident was reported and the case has not been listed since.
       * @example false
       */
      awaitingRelisting: boolean;
      /**
       * @example high
       * @enum {string|null}
       */
      riskBand: 'standard' | 'medium' | 'high' | null;
      /**
       * @description The case's referral was voided: it no longer counts anywhere.
       * @example false
       */
      voided: boolean;
      /** @example action-1 */
      actionId: string;
    };
    CompleteActionBody: {
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2025-05-20
       */
      completedOn: string;
    };
    IncidentBody: {
      /**
       * @description Client-chosen id, unique within the case; derived from the Idempotency-Key when omitted.
       * @example incident-1
       */
      incidentId?: string;
      /**
       * Format: date
       * @description When the incident happened (checked against the 12-month window). A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2026-03-10
       */
      date: string;
      /**
       * Format: date
       * @description When it was reported to the MARAC; defaults to the incident date. A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2026-03-11
       */
      reportedOn?: string;
      /**
       * @example police
       * @enum {string}
       */
      reportingAgency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * @description Stored as personal data of the victim.
       * @example Perpetrator breached a non-molestation order.
       */
      description: string;
    };
    ReportFurtherIncidentResult: {
      /**
       * Format: uuid
       * @example b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b
       */
      caseId: string;
      /**
       * @description Stream revision, also sent as the ETag.
       * @example 4
       */
      revision: number;
      /**
       * @example open
       * @enum {string}
       */
      status: 'open' | 'closed';
      /** @example false */
      isRepeat: boolean;
      /**
       * @description A further incident was reported and the case has not been listed since.
       * @example false
       */
      awaitingRelisting: boolean;
      /**
       * @example high
       * @enum {string|null}
       */
      riskBand: 'standard' | 'medium' | 'high' | null;
      /**
       * @description The case's referral was voided: it no longer counts anywhere.
       * @example false
       */
      voided: boolean;
      /** @example incident-1 */
      incidentId: string;
    };
    CloseCaseBody: {
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2025-09-30
       */
      closedOn: string;
      /**
       * @example actions-completed
       * @enum {string}
       */
      reason:
        | 'risk-reduced'
        | 'actions-completed'
        | 'victim-moved-away'
        | 'transferred-to-another-marac'
        | 'referral-withdrawn'
        | 'victim-died'
        | 'other';
      /** @example All actions complete; IDVA support continues. */
      note?: string | null;
    };
    AmendReferralBody: {
      /**
       * @description Required. Stored as personal data of the victim.
       * @example Entered on the wrong case.
       */
      reason: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2025-04-02
       */
      referralDate?: string;
      /**
       * @example health
       * @enum {string}
       */
      referringAgency?:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * @example professional-judgement
       * @enum {string}
       */
      criterion?: 'visible-high-risk' | 'professional-judgement' | 'potential-escalation' | 'repeat';
      /** @description The whole profile, as on a referral. */
      profile?: components['schemas']['VictimProfileBody'];
    };
    VoidBody: {
      /**
       * @description Required. Stored as personal data of the victim.
       * @example Entered on the wrong case.
       */
      reason: string;
    };
    AmendHearingBody: {
      /**
       * @description Required. Stored as personal data of the victim.
       * @example Entered on the wrong case.
       */
      reason: string;
      /**
       * Format: date
       * @description Only the meeting's date: a case is heard on the date of its meeting (409 otherwise). A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2025-04-24
       */
      heardOn?: string;
      /**
       * @example [
       *       "police",
       *       "idva"
       *     ]
       */
      agenciesPresent?: (
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other'
      )[];
    };
    AmendIncidentBody: {
      /**
       * @description Required. Stored as personal data of the victim.
       * @example Entered on the wrong case.
       */
      reason: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2026-03-09
       */
      date?: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2026-03-11
       */
      reportedOn?: string;
      /**
       * @example idva
       * @enum {string}
       */
      reportingAgency?:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * @description Stored as personal data of the victim.
       * @example Perpetrator breached a non-molestation order.
       */
      description?: string;
    };
    AmendActionBody: {
      /**
       * @description Required. Stored as personal data of the victim.
       * @example Entered on the wrong case.
       */
      reason: string;
      /**
       * @example housing
       * @enum {string}
       */
      agency?:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * @description Stored as personal data of the victim.
       * @example Fit additional locks at the property.
       */
      description?: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to two years after today (the UK date, Europe/London).
       * @example 2025-05-31
       */
      dueDate?: string;
    };
    ScheduleMeetingBody: {
      /** @example demo-csp */
      partnershipId: string;
      /** @example demo-marac-north */
      maracId: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to two years after today (the UK date, Europe/London).
       * @example 2025-04-24
       */
      date: string;
    };
    MeetingCommandResult: {
      /**
       * Format: uuid
       * @example 0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6
       */
      meetingId: string;
      /** @example demo-marac-north */
      maracId: string;
      /** @example demo-csp */
      partnershipId: string;
      /**
       * Format: date
       * @example 2025-04-24
       */
      date: string;
      /**
       * @example scheduled
       * @enum {string}
       */
      status: 'scheduled' | 'held' | 'cancelled';
      /**
       * @description The agencies present, once the meeting is marked held (empty before).
       * @example []
       */
      agenciesPresent: (
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other'
      )[];
      /**
       * @description Stream revision, also sent as the ETag.
       * @example 0
       */
      revision: number;
    };
    CancelMeetingBody: {
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2025-04-22
       */
      cancelledOn: string;
      /**
       * @example not-quorate
       * @enum {string}
       */
      reason: 'not-quorate' | 'rescheduled' | 'no-cases' | 'other';
    };
    MarkMeetingHeldBody: {
      /**
       * @description The agencies present at the meeting; each case heard takes these unless corrected.
       * @example [
       *       "police",
       *       "idva",
       *       "health"
       *     ]
       */
      agenciesPresent: (
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other'
      )[];
    };
    ListCaseBody: {
      /**
       * Format: uuid
       * @example b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b
       */
      caseId: string;
    };
    AgendaAction: {
      /** @example action-1 */
      actionId: string;
      /**
       * @example housing
       * @enum {string}
       */
      agency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * Format: date
       * @example 2025-05-24
       */
      dueDate: string;
      /** @example false */
      overdue: boolean;
    };
    AgendaItem: {
      /**
       * Format: uuid
       * @example b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b
       */
      caseId: string;
      /**
       * Format: uuid
       * @example 5f0c2d1e-3a4b-4c5d-8e6f-708192a3b4c5
       */
      victimPersonId: string | null;
      /**
       * @description Null once the victim's personal data is erased.
       * @example Demo Victim 0001
       */
      victimName: string | null;
      /**
       * @example high
       * @enum {string|null}
       */
      riskBand: 'standard' | 'medium' | 'high' | null;
      /** @example false */
      isRepeat: boolean;
      /**
       * @description Listed again after a further incident.
       * @example false
       */
      relisting: boolean;
      /**
       * @example police
       * @enum {string|null}
       */
      referringAgency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other'
        | null;
      /**
       * Format: date
       * @example 2025-04-10
       */
      referralDate: string | null;
      /**
       * @example open
       * @enum {string|null}
       */
      status: 'open' | 'closed' | 'voided' | null;
      /**
       * Format: date
       * @description The day it was heard at this meeting.
       * @example null
       */
      heardOn: string | null;
      /**
       * @description The agencies present when it was heard.
       * @example null
       */
      agenciesPresent: string[] | null;
      outstandingActions: components['schemas']['AgendaAction'][];
    };
    MeetingAgenda: {
      /**
       * Format: uuid
       * @example 0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6
       */
      meetingId: string;
      /** @example demo-marac-north */
      maracId: string;
      /** @example demo-csp */
      partnershipId: string;
      /**
       * Format: date
       * @example 2025-04-24
       */
      date: string;
      /**
       * @example scheduled
       * @enum {string}
       */
      status: 'scheduled' | 'held' | 'cancelled';
      /**
       * @description The agencies present, once the meeting is marked held (empty before).
       * @example [
       *       "police",
       *       "idva"
       *     ]
       */
      agenciesPresent: string[];
      /**
       * Format: date
       * @example 2025-04-20
       */
      asOf: string;
      cases: components['schemas']['AgendaItem'][];
    };
    MaracOverridesBody: {
      /**
       * Format: date
       * @description The first day the change applies to (default: today). Earlier periods keep the settings they had.
       * @example 2026-04-01
       */
      effectiveFrom?: string;
      /**
       * @description With repeatBandHigh: the MARAC’s own repeat-rate band.
       * @example 0.28
       */
      repeatBandLow?: number;
      /** @example 0.42 */
      repeatBandHigh?: number;
      /**
       * @description The adult (16+) female population the MARAC serves.
       * @example 21000
       */
      adultFemalePopulation?: number;
    };
    RegisterMaracBody: {
      /**
       * @description The id referrals and meetings will name: letters, digits, dots, dashes and underscores.
       * @example demo-marac-north
       */
      maracId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @example North MARAC */
      name: string;
      /** @description The MARAC's own band or population; the partnership's apply otherwise. */
      overrides?: components['schemas']['MaracOverridesBody'];
    };
    MaracRegistration: {
      /** @example demo-marac-north */
      maracId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @example Demo MARAC north */
      name: string;
      /**
       * @description The registry stream's revision (also the ETag).
       * @example 0
       */
      revision: number;
    };
    MaracListing: {
      /** @example demo-marac-north */
      maracId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @example Demo MARAC north */
      name: string;
      /**
       * Format: date-time
       * @example 2026-06-01T09:00:00.000Z
       */
      registeredAt: string;
    };
    MaracList: {
      maracs: components['schemas']['MaracListing'][];
    };
    RenameMaracBody: {
      /** @example North MARAC */
      name: string;
    };
    MaracOverrideChangesView: {
      /** @example 0.28 */
      repeatBandLow?: number;
      /** @example 0.42 */
      repeatBandHigh?: number;
      /**
       * @description Adult (16+) female population; null: not configured.
       * @example 52000
       */
      adultFemalePopulation?: number | null;
    };
    DatedOverrideChangeView: {
      /**
       * Format: date
       * @description The first day the override applies to.
       * @example 2026-04-01
       */
      effectiveFrom: string;
      /** @description Only the overrides the change named. */
      changes: components['schemas']['MaracOverrideChangesView'];
    };
    MaracOverrides: {
      /** @example demo-marac-north */
      maracId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @description Every override in the order recorded, with the day it takes effect. */
      overrides: components['schemas']['DatedOverrideChangeView'][];
      /**
       * @description The registry stream's revision (also the ETag).
       * @example 1
       */
      revision: number;
    };
    RepeatBandView: {
      /**
       * @description Lowest rate inside the band, inclusive (0.28 = 28%).
       * @example 0.28
       */
      low: number;
      /**
       * @description Highest rate inside the band, inclusive.
       * @example 0.4
       */
      high: number;
    };
    MaracRepeatRateReport: {
      /** @example demo-marac-north */
      maracId: string;
      /**
       * Format: date
       * @example 2025-04-01
       */
      from: string;
      /**
       * Format: date
       * @example 2025-06-30
       */
      to: string;
      /**
       * @description Cases heard in the period (each hearing once). Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 40
       */
      cases: number | string;
      /**
       * @description Of those, heard as repeats. Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 13
       */
      repeatCases: number | string;
      /**
       * @description Null when no case was heard; "suppressed" for analysts when either of its counts is.
       * @example 0.325
       */
      rate: (number | null) | 'suppressed';
      band: components['schemas']['RepeatBandView'];
      /**
       * @description Against the band; null with the rate, "suppressed" with it.
       * @example within
       * @enum {string|null}
       */
      status: 'below' | 'within' | 'above' | 'suppressed' | null;
      /** @example demo-csp */
      partnershipId: string;
    };
    RepeatRatesAcrossMaracs: {
      /**
       * Format: date
       * @example 2025-04-01
       */
      from: string;
      /**
       * Format: date
       * @example 2026-03-31
       */
      to: string;
      /**
       * @description Cases heard by all the MARACs listed. Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 162
       */
      cases: number | string;
      /**
       * @description Of those, heard as repeats. Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 53
       */
      repeatCases: number | string;
      /**
       * @description All MARACs together; no band, as each partnership has its own. Null when no case was heard; "suppressed" for analysts when either of its counts is.
       * @example 0.327
       */
      rate: (number | null) | 'suppressed';
      /** @description Each MARAC that heard cases in the period, against its partnership's band. */
      maracs: components['schemas']['MaracRepeatRateReport'][];
    };
    NextMeeting: {
      /**
       * Format: uuid
       * @example 0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6
       */
      meetingId: string;
      /**
       * Format: date
       * @example 2025-05-08
       */
      date: string;
    };
    CaseListItem: {
      /**
       * Format: uuid
       * @example b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b
       */
      caseId: string;
      /**
       * Format: uuid
       * @example 5f0c2d1e-3a4b-4c5d-8e6f-708192a3b4c5
       */
      victimPersonId: string;
      /**
       * @description Null once erased.
       * @example Demo Victim 0001
       */
      victimName: string | null;
      /**
       * Format: date
       * @example 2025-04-10
       */
      referralDate: string;
      /**
       * @example police
       * @enum {string}
       */
      referringAgency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * @example visible-high-risk
       * @enum {string}
       */
      criterion: 'visible-high-risk' | 'professional-judgement' | 'potential-escalation' | 'repeat';
      /**
       * @example open
       * @enum {string}
       */
      status: 'open' | 'closed' | 'voided';
      /**
       * @example high
       * @enum {string|null}
       */
      riskBand: 'standard' | 'medium' | 'high' | null;
      /** @example 16 */
      dashScore: number | null;
      /** @example false */
      isRepeat: boolean;
      /** @example false */
      awaitingRelisting: boolean;
      nextMeeting: components['schemas']['NextMeeting'] | null;
      /** @example 2 */
      outstandingActions: number;
      /** @example 1 */
      overdueActions: number;
      /**
       * Format: date
       * @example null
       */
      closedOn: string | null;
    };
    CaseListPage: {
      /** @example demo-marac-north */
      maracId: string;
      /**
       * @description The partnership the MARAC belongs to.
       * @example demo-csp
       */
      partnershipId: string;
      /**
       * Format: date
       * @example 2025-06-01
       */
      asOf: string;
      /** @example 1 */
      page: number;
      /** @example 25 */
      pageSize: number;
      /** @example 1 */
      total: number;
      items: components['schemas']['CaseListItem'][];
    };
    DepersonalisedCase: {
      /**
       * @description Pseudonym of the case.
       * @example p_3f9c0a1b2c3d4e5f60718293
       */
      caseRef: string;
      /**
       * @description Pseudonym of the victim: the same for every referral of the same person.
       * @example p_a1b2c3d4e5f60718293a4b5c
       */
      victimRef: string;
      /**
       * @description The referral month (YYYY-MM), not the date.
       * @example 2025-04
       */
      referralMonth: string;
      /**
       * @example police
       * @enum {string}
       */
      referringAgency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /**
       * @example visible-high-risk
       * @enum {string}
       */
      criterion: 'visible-high-risk' | 'professional-judgement' | 'potential-escalation' | 'repeat';
      /**
       * @description The victim's age band at referral (16-17 on its own).
       * @example 25-34
       * @enum {string}
       */
      ageBand: '16-17' | '18-24' | '25-34' | '35-44' | '45-54' | '55-64' | '65+' | 'not-known';
      /**
       * @description Latest DASH level, or null.
       * @example high
       * @enum {string|null}
       */
      riskBand: 'standard' | 'medium' | 'high' | null;
      /**
       * @description A repeat from referral or made one by a further incident.
       * @example false
       */
      isRepeat: boolean;
    };
    DepersonalisedCasePage: {
      /** @example demo-marac-north */
      maracId: string;
      /**
       * Format: date
       * @example 2025-04-01
       */
      from: string;
      /**
       * Format: date
       * @example 2026-03-31
       */
      to: string;
      /** @example 1 */
      page: number;
      /** @example 100 */
      pageSize: number;
      /** @example 1 */
      total: number;
      items: components['schemas']['DepersonalisedCase'][];
    };
    RepeatRateReport: {
      /** @example demo-marac-north */
      maracId: string;
      /**
       * Format: date
       * @example 2025-04-01
       */
      from: string;
      /**
       * Format: date
       * @example 2025-06-30
       */
      to: string;
      /**
       * @description Cases heard in the period (each hearing once). Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 40
       */
      cases: number | string;
      /**
       * @description Of those, heard as repeats. Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 13
       */
      repeatCases: number | string;
      /**
       * @description Null when no case was heard; "suppressed" for analysts when either of its counts is.
       * @example 0.325
       */
      rate: (number | null) | 'suppressed';
      band: components['schemas']['RepeatBandView'];
      /**
       * @description Against the band; null with the rate, "suppressed" with it.
       * @example within
       * @enum {string|null}
       */
      status: 'below' | 'within' | 'above' | 'suppressed' | null;
    };
    QuarterRepeatRateReport: {
      /** @example demo-marac-north */
      maracId: string;
      /**
       * Format: date
       * @example 2025-04-01
       */
      from: string;
      /**
       * Format: date
       * @example 2025-06-30
       */
      to: string;
      /**
       * @description Cases heard in the period (each hearing once). Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 40
       */
      cases: number | string;
      /**
       * @description Of those, heard as repeats. Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 13
       */
      repeatCases: number | string;
      /**
       * @description Null when no case was heard; "suppressed" for analysts when either of its counts is.
       * @example 0.325
       */
      rate: (number | null) | 'suppressed';
      band: components['schemas']['RepeatBandView'];
      /**
       * @description Against the band; null with the rate, "suppressed" with it.
       * @example within
       * @enum {string|null}
       */
      status: 'below' | 'within' | 'above' | 'suppressed' | null;
      /**
       * @example 1
       * @enum {integer}
       */
      quarter: 1 | 2 | 3 | 4;
    };
    QuarterlyRepeatRates: {
      /** @example demo-marac-north */
      maracId: string;
      /** @example 2025-26 */
      financialYear: string;
      quarters: components['schemas']['QuarterRepeatRateReport'][];
      year: components['schemas']['RepeatRateReport'];
    };
    SafeLivesReport: {
      /** @example demo-marac-north */
      maracId: string;
      /** @example 2025-26 */
      financialYear: string;
      /**
       * @description Null for the whole year.
       * @example 1
       * @enum {integer|null}
       */
      quarter: 1 | 2 | 3 | 4 | null;
      /**
       * Format: date
       * @example 2025-04-01
       */
      from: string;
      /**
       * Format: date
       * @example 2025-06-30
       */
      to: string;
      /**
       * @description Cases heard in the period, repeats included (each hearing counts once). Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 52
       */
      cases: number | string;
      /**
       * @description Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 16
       */
      repeatCases: number | string;
      /**
       * @description Null when no case was heard; "suppressed" for analysts when either of its counts is.
       * @example 30.8
       */
      repeatPercent: (number | null) | 'suppressed';
      /** @example 52000 */
      adultFemalePopulation: number | null;
      /**
       * @description Null when the population is not configured. When analysts' cases are suppressed, "<x" (x: the figure the threshold would give) or "suppressed".
       * @example 10
       */
      casesPer10kAdultFemales: (number | null) | string;
      /**
       * @description The same, scaled to a year (SafeLives recommends about 40 a year). Null when the population is not configured. When analysts' cases are suppressed, "<x" (x: the figure the threshold would give) or "suppressed".
       * @example 40
       */
      annualisedCasesPer10kAdultFemales: (number | null) | string;
      /**
       * @description Null when no case was heard; "suppressed" for analysts when either of its counts is.
       * @example 34.6
       */
      partnerAgencyReferralsPercent: (number | null) | 'suppressed';
      /**
       * @description Null when no case was heard; "suppressed" for analysts when either of its counts is.
       * @example 15.4
       */
      blackAsianRaciallyMinoritisedPercent: (number | null) | 'suppressed';
      /**
       * @description Null when no case was heard; "suppressed" for analysts when either of its counts is.
       * @example 3.8
       */
      lgbtPlusPercent: (number | null) | 'suppressed';
      /**
       * @description Null when no case was heard; "suppressed" for analysts when either of its counts is.
       * @example 11.5
       */
      disabledPercent: (number | null) | 'suppressed';
      /**
       * @description Null when no case was heard; "suppressed" for analysts when either of its counts is.
       * @example 5.8
       */
      malePercent: (number | null) | 'suppressed';
      /**
       * @description Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 1
       */
      aged16To17: number | string;
      /**
       * @description Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.
       * @example 61
       */
      childrenInHouseholds: number | string;
    };
    AgencyEngagementRow: {
      /**
       * @example police
       * @enum {string}
       */
      agency:
        | 'police'
        | 'idva'
        | 'health'
        | 'childrens-social-care'
        | 'adult-social-care'
        | 'housing'
        | 'probation'
        | 'education'
        | 'mental-health'
        | 'substance-misuse'
        | 'other';
      /** @example 24 */
      meetingsAttended: number;
      /**
       * @description Null when no meeting was held.
       * @example 1
       */
      attendanceRate: number | null;
      /** @example 30 */
      actionsDue: number;
      /** @example 27 */
      actionsCompleted: number;
      /** @example 3 */
      actionsCompletedLate: number;
      /** @example 2 */
      actionsOverdue: number;
    };
    AgencyEngagementReport: {
      /** @example demo-marac-north */
      maracId: string;
      /**
       * Format: date
       * @example 2025-04-01
       */
      from: string;
      /**
       * Format: date
       * @example 2026-03-31
       */
      to: string;
      /**
       * Format: date
       * @example 2026-04-01
       */
      asOf: string;
      /**
       * @description Meetings of the MARAC at which at least one case was heard in the period.
       * @example 24
       */
      meetings: number;
      agencies: components['schemas']['AgencyEngagementRow'][];
    };
    MaracSettingsChangesView: {
      /** @example 0.28 */
      repeatBandLow?: number;
      /** @example 0.42 */
      repeatBandHigh?: number;
      /**
       * @description Adult (16+) female population; null: not configured.
       * @example 52000
       */
      adultFemalePopulation?: number | null;
      /** @example 3 */
      policeCallOutThreshold?: number;
    };
    DatedSettingsChangeView: {
      /**
       * Format: date
       * @description The first day the change applies to.
       * @example 2026-04-01
       */
      effectiveFrom: string;
      /** @description Only the settings the change named; the others stay as they were. */
      changes: components['schemas']['MaracSettingsChangesView'];
    };
    PartnershipSettingsView: {
      /** @example demo-csp */
      partnershipId: string;
      /**
       * Format: date
       * @description The day the settings below are in force on.
       * @example 2025-03-31
       */
      inForceOn: string;
      repeatBand: components['schemas']['RepeatBandView'];
      /**
       * @description Adult (16+) female population, for cases per 10,000; null until configured.
       * @example 52000
       */
      adultFemalePopulation: number | null;
      /** @example 3 */
      policeCallOutThreshold: number;
      /**
       * @description False until the first change: the shipped defaults apply on every day.
       * @example true
       */
      configured: boolean;
      /** @description Every change in the order recorded, with the day it takes effect. */
      changes: components['schemas']['DatedSettingsChangeView'][];
      /**
       * @description The settings stream's revision: the ETag, for If-Match on the next change.
       * @example 2
       */
      revision: number;
    };
    SettingsPatchBody: {
      /**
       * Format: date
       * @description The first day the change applies to (default: today). Earlier periods keep the settings they had.
       * @example 2026-04-01
       */
      effectiveFrom?: string;
      /** @example 0.28 */
      repeatBandLow?: number;
      /** @example 0.4 */
      repeatBandHigh?: number;
      /**
       * @description Adult (16+) female population; null if not known.
       * @example 52000
       */
      adultFemalePopulation?: number | null;
      /**
       * @description Police call-outs in 12 months for potential escalation.
       * @example 3
       */
      policeCallOutThreshold?: number;
    };
    ImportMaracHistoryBody: {
      /**
       * @description The partnership the history belongs to (its MARACs must be registered).
       * @example demo-csp
       */
      partnershipId: string;
      /** @description The CSV file, as text: a header row, then one referral per row. Required columns: referral_date, marac, referring_agency, criterion, victim_name, sex, ethnicity, perpetrator_name, relationship; optional: victim_dob, victim_age, disabled, lgbt_plus, children, perpetrator_dob, perpetrator_2_name, perpetrator_2_dob, perpetrator_2_relationship, hearing_dates, hearing_agencies (lists separated by ;), dash_answers. Larger files than the body limit: `npm run import -- marac FILE`. */
      csv: string;
    };
    RefusedRowReport: {
      /**
       * @description The row's line in the file (the header is line 1).
       * @example 7
       */
      row: number;
      /**
       * @description Why, naming columns and rules; never a value of the row.
       * @example There is no such MARAC.
       */
      reason: string;
    };
    ImportReport: {
      dryRun: boolean;
      /**
       * @description Data rows in the file.
       * @example 120
       */
      rows: number;
      /**
       * @description Rows whose referral this run wrote (in a dry run: would write).
       * @example 117
       */
      imported: number;
      /**
       * @description Rows an earlier run imported already: nothing added for them (their missing hearings, if any, are added).
       * @example 0
       */
      alreadyImported: number;
      /**
       * @description Of the rows imported now or before, the referrals that are repeats (SafeLives rule).
       * @example 31
       */
      repeats: number;
      /** @description In row order. A row whose referral was imported but a hearing refused is listed too, saying so. */
      refused: components['schemas']['RefusedRowReport'][];
    };
    CaseReviewFigures: {
      /** @example demo-csp */
      partnershipId: string;
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /** @example 2025-26 */
      period: string;
      /** @description Applications received in the period (by the date received). */
      applications: number;
      /** @description Threshold decisions in the period that found it not met (by the date decided), including those followed by a discretionary review or later overturned on escalation. */
      thresholdNotMet: number;
      /** @description Review meetings held in the period (by the date held). */
      reviewsCarriedOut: number;
      /** @description Of those, reviews that made at least one recommendation. */
      reviewsWithRecommendations: number;
      /** @description Threshold not met, but the bodies decided to review anyway (by the date decided). */
      discretionaryReviews: number;
      /** @description Escalations asked for in the period. */
      escalations: number;
      /** @description Escalations decided in the period: the decision or review upheld. */
      escalationsUpheld: number;
      /** @description Escalations decided in the period: overturned, so that the review went ahead. */
      escalationsOverturned: number;
      /** @description Stages (acknowledge, decide, review, outcome) done in the period. */
      stagesDone: number;
      /** @description Of those, done by their due date. */
      stagesDoneOnTime: number;
      /**
       * @description stagesDoneOnTime / stagesDone; null when none was done.
       * @example 0.92
       */
      shareOfStagesOnTime: number | null;
      /** @example Each figure counts by the date of its own event: an application received in March and reviewed in April is in one year’s applications and the next year’s reviews. */
      countedBy: string;
    };
    RecommendationsOfBodyView: {
      /** @example police */
      body: string;
      made: number;
      completed: number;
      /** @description Recorded as not completed. */
      notCompleted: number;
      /** @description Due before the day asked about and no outcome recorded. */
      overdue: number;
    };
    RecommendationsByBody: {
      /** @example demo-csp */
      partnershipId: string;
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /** Format: date */
      asOf: string;
      bodies: components['schemas']['RecommendationsOfBodyView'][];
    };
    ComplaintBody: {
      /**
       * @example housing-provider
       * @enum {string}
       */
      body: 'council' | 'police' | 'icb' | 'housing-provider';
      /**
       * @description Required for a housing provider.
       * @example Riverside Homes
       */
      bodyName?: string | null;
      /**
       * Format: date
       * @example 2025-11-03
       */
      madeOn: string;
      /**
       * @description The date or dates of the behaviour complained of.
       * @example [
       *       "2025-10-30"
       *     ]
       */
      behaviourDates: string[];
      /**
       * @description The body's reference.
       * @example ASB/2025/0412
       */
      reference?: string | null;
    };
    RelevantBodyBody: {
      /**
       * @example housing-provider
       * @enum {string}
       */
      body: 'council' | 'police' | 'icb' | 'housing-provider';
      /**
       * @description Required for a housing provider.
       * @example Riverside Homes
       */
      bodyName?: string | null;
    };
    ReceiveApplicationBody: {
      /** @example demo-csp */
      partnershipId: string;
      /**
       * Format: date
       * @example 2025-12-19
       */
      receivedOn: string;
      /**
       * @example online-form
       * @enum {string}
       */
      channel: 'online-form' | 'phone' | 'letter' | 'email' | 'in-person' | 'third-party';
      /**
       * Format: uuid
       * @description The applicant: the victim, or someone applying on their behalf (a person of the partnership).
       */
      applicantPersonId: string;
      /**
       * Format: uuid
       * @description The victim of the behaviour (a person of the partnership).
       */
      victimPersonId: string;
      /**
       * @description Required (true) when the applicant is not the victim: the victim's consent is recorded.
       * @example false
       */
      victimConsentRecorded?: boolean;
      /**
       * @example [
       *       "noise"
       *     ]
       */
      behaviourTypes: (
        'hate-incident' | 'harassment' | 'noise' | 'criminal-damage' | 'drugs' | 'vehicle-nuisance' | 'neighbour-dispute' | 'other'
      )[];
      /**
       * @description Personal data: encrypted under the victim.
       * @example Loud music and shouting most nights since the summer.
       */
      description: string;
      /** @description The complaints already made (possibly none). */
      complaints: components['schemas']['ComplaintBody'][];
      /** @description Bodies to tell besides those complained to. */
      alsoNotified?: components['schemas']['RelevantBodyBody'][];
      /**
       * Format: uuid
       * @description The victim-service case on which the victim was told of their right to a Case Review, when this application follows that notice (409 when it records no notice, or another victim).
       */
      fromVictimServiceCaseId?: string;
    };
    ApplicationCommandResult: {
      /** Format: uuid */
      applicationId: string;
      /**
       * @description Stream revision, also sent as the ETag.
       * @example 2
       */
      revision: number;
      /**
       * @description The stage waiting to be done.
       * @example decide
       * @enum {string}
       */
      stage: 'acknowledge' | 'decide' | 'review' | 'outcome' | 'closed';
      /**
       * Format: date
       * @description The waiting stage's due date.
       * @example 2026-01-07
       */
      dueOn: string | null;
      /**
       * @description Null until the threshold is decided.
       * @example true
       */
      thresholdMet: boolean | null;
    };
    LogEntryView: {
      applicationId: string;
      /** Format: date */
      receivedOn: string;
      channel: string;
      behaviourTypes: string[];
      /**
       * @description The stage waiting to be done, or closed.
       * @example decide
       */
      stage: string;
      /** Format: date */
      dueOn: string | null;
      /** @description Calendar days past the due date; 0 when not overdue. */
      daysOverdue: number;
      /** @description Working days (England and Wales) from today to the due date; null when nothing waits or it is overdue. */
      workingDaysLeft: number | null;
      /** @description Due within the procedure's dueSoonWorkingDays (default 2; the procedure in force when the application was received) and not overdue. */
      dueSoon: boolean;
      bodiesNotified: string[];
      thresholdMet: boolean | null;
      discretionaryReview: boolean;
      /** Format: date */
      reviewHeldOn: string | null;
      recommendations: number;
      /** Format: date */
      outcomeSentOn: string | null;
      /** @enum {string|null} */
      escalationOutcome: 'upheld' | 'overturned' | null;
    };
    ApplicationLogPage: {
      items: components['schemas']['LogEntryView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    ComplaintView: {
      /** Format: date */
      madeOn: string;
      /** @example police */
      body: string;
      behaviourDates: string[];
      reference: string | null;
      /** @description Null until the threshold is decided. */
      qualifies: boolean | null;
      /** @example made-too-long-after-the-behaviour */
      verdict: string | null;
    };
    ThresholdView: {
      qualifyingComplaints: number;
      required: number;
      met: boolean;
      /** @description Not met, but the bodies decided to review anyway. */
      discretionaryReview: boolean;
      /** @description The discretionary decision's reason; null once the victim is erased. */
      reason: string | null;
    };
    RecommendationView: {
      recommendationId: string;
      /** @example police */
      body: string;
      /** @description Null once the victim is erased. */
      action: string | null;
      /** Format: date */
      dueOn: string;
      completed: boolean | null;
    };
    StageView: {
      /** @enum {string} */
      stage: 'acknowledge' | 'decide' | 'review' | 'outcome';
      /** Format: date */
      dueOn: string;
      /** Format: date */
      doneOn: string;
      late: boolean;
    };
    EscalationView: {
      /** Format: date */
      requestedOn: string;
      /**
       * @example [
       *       "threshold-wrongly-refused"
       *     ]
       */
      grounds: string[];
      /** Format: date */
      decidedOn: string | null;
      /** @enum {string|null} */
      outcome: 'upheld' | 'overturned' | null;
    };
    ApplicationDetails: {
      applicationId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** Format: date */
      receivedOn: string;
      channel: string;
      /** Format: uuid */
      applicantPersonId: string;
      /** Format: uuid */
      victimPersonId: string;
      onBehalfOfVictim: boolean;
      behaviourTypes: string[];
      description: string | null;
      complaints: components['schemas']['ComplaintView'][];
      /**
       * @example [
       *       "police",
       *       "housing-provider: Riverside Homes"
       *     ]
       */
      bodiesNotified: string[];
      /** @enum {string} */
      stage: 'acknowledge' | 'decide' | 'review' | 'outcome' | 'closed';
      /** Format: date */
      dueOn: string | null;
      /** @description The threshold decision: counts, and the discretionary decision with its reason. */
      threshold: components['schemas']['ThresholdView'] | null;
      recommendations: components['schemas']['RecommendationView'][];
      stages: components['schemas']['StageView'][];
      /** Format: date */
      outcomeSentOn: string | null;
      escalation: components['schemas']['EscalationView'] | null;
      /** @description Stream revision, also sent as the ETag. */
      revision: number;
    };
    AcknowledgementBody: {
      /**
       * Format: date
       * @example 2026-01-05
       */
      acknowledgedOn: string;
    };
    DiscretionaryReviewBody: {
      /**
       * @description Whether the bodies review anyway.
       * @example true
       */
      review: boolean;
      /**
       * @description Personal data: encrypted under the victim.
       * @example Persistent behaviour and serious harm to a vulnerable victim.
       */
      reason: string;
    };
    ThresholdDecisionBody: {
      /**
       * Format: date
       * @example 2026-01-12
       */
      decidedOn: string;
      /** @description Only when the threshold is not met. */
      discretionaryReview?: components['schemas']['DiscretionaryReviewBody'] | null;
    };
    RecommendationBody: {
      /**
       * @example housing-provider
       * @enum {string}
       */
      body: 'council' | 'police' | 'icb' | 'housing-provider';
      /**
       * @description Required for a housing provider.
       * @example Riverside Homes
       */
      bodyName?: string | null;
      /**
       * @description Unique within the review.
       * @example rec-1
       */
      recommendationId: string;
      /**
       * @description Personal data: encrypted under the victim.
       * @example Patrol the street at night for a month.
       */
      action: string;
      /**
       * Format: date
       * @example 2026-03-01
       */
      dueOn: string;
    };
    ReviewBody: {
      /**
       * Format: date
       * @example 2026-01-20
       */
      heldOn: string;
      bodiesPresent: components['schemas']['RelevantBodyBody'][];
      /**
       * @description The chair's role or organisation, never a name.
       * @example Community safety manager
       */
      chair: string;
      /** @example true */
      chairIndependent: boolean;
      /**
       * @description The victim was consulted on the action plan (2025 guidance).
       * @example true
       */
      victimConsulted: boolean;
      recommendations: components['schemas']['RecommendationBody'][];
    };
    RecommendationOutcomeBody: {
      /**
       * Format: date
       * @example 2026-02-20
       */
      recordedOn: string;
      /** @example true */
      completed: boolean;
    };
    ApplicationOutcomeBody: {
      /**
       * Format: date
       * @example 2026-01-23
       */
      sentOn: string;
      /**
       * @example letter
       * @enum {string}
       */
      channel: 'letter' | 'email' | 'phone' | 'in-person';
    };
    EscalationBody: {
      /**
       * Format: date
       * @example 2026-01-26
       */
      requestedOn: string;
      /**
       * @example [
       *       "threshold-wrongly-refused"
       *     ]
       */
      grounds: ('threshold-wrongly-refused' | 'policy-ignored' | 'evidence-ignored' | 'other')[];
    };
    EscalationDecisionBody: {
      /**
       * Format: date
       * @example 2026-02-02
       */
      decidedOn: string;
      /**
       * @example overturned
       * @enum {string}
       */
      outcome: 'upheld' | 'overturned';
    };
    CaseReviewSettingsView: {
      /** @example demo-csp */
      partnershipId: string;
      /**
       * Format: date
       * @description The day the settings below are in force on.
       * @example 2025-04-01
       */
      inForceOn: string;
      /**
       * @description Qualifying complaints that meet the threshold.
       * @example 3
       */
      threshold: number;
      /**
       * @description Lower thresholds for some behaviour types; the lowest the application's behaviour names applies.
       * @example {
       *       "hate-incident": 1
       *     }
       */
      thresholdsByBehaviour: {
        [key: string]: number;
      };
      /** @example 1 */
      complaintWithinMonths: number;
      /** @example 6 */
      complaintsLookbackMonths: number;
      /** @example 10 */
      acknowledgeWorkingDays: number;
      /** @example 15 */
      decideWorkingDays: number;
      /** @example 20 */
      reviewWorkingDays: number;
      /** @example 5 */
      outcomeWorkingDays: number;
      /**
       * @description Working days before its due date that a stage is "due soon" (the log's flag and the due-soon alert).
       * @example 2
       */
      dueSoonWorkingDays: number;
      /**
       * @description False until the first change: the defaults apply on every day.
       * @example false
       */
      configured: boolean;
      /**
       * @description The settings stream's revision (the ETag).
       * @example 0
       */
      revision: number;
    };
    CaseReviewSettingsPatchBody: {
      /**
       * Format: date
       * @description The first day the change applies to; default today.
       */
      effectiveFrom?: string;
      /**
       * @description Never above 3, the statutory threshold.
       * @example 3
       */
      threshold?: number;
      /**
       * @example {
       *       "hate-incident": 1
       *     }
       */
      thresholdsByBehaviour?: {
        [key: string]: number;
      };
      /** @example 1 */
      complaintWithinMonths?: number;
      /** @example 6 */
      complaintsLookbackMonths?: number;
      /** @example 10 */
      acknowledgeWorkingDays?: number;
      /** @example 15 */
      decideWorkingDays?: number;
      /** @example 20 */
      reviewWorkingDays?: number;
      /** @example 5 */
      outcomeWorkingDays?: number;
      /**
       * @description Working days before its due date that a stage is "due soon": the log flags it and its due-soon alert is raised.
       * @example 2
       */
      dueSoonWorkingDays?: number;
    };
    RegisterServiceBody: {
      /** @example demo-asb-support */
      serviceId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @example ASB Support Service */
      name: string;
      /** @example Victim Support */
      provider: string;
      /**
       * @example asb-support
       * @enum {string}
       */
      kind: 'asb-support' | 'idva' | 'group-programme' | 'other';
    };
    VictimServiceRegistration: {
      /** @example demo-asb-support */
      serviceId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @example ASB Support Service */
      name: string;
      /** @example Victim Support */
      provider: string;
      /**
       * @example asb-support
       * @enum {string}
       */
      kind: 'asb-support' | 'idva' | 'group-programme' | 'other';
      /**
       * @description The service stream's revision (also the ETag).
       * @example 0
       */
      revision: number;
    };
    SetServiceAimsBody: {
      /**
       * @description Aims by table row name; a pct_ row takes a percentage (0-100). Replaces the year's aims as a whole.
       * @example {
       *       "needs_assessments_completed": 60,
       *       "victims_supported": 60,
       *       "pct_needs_met": 85
       *     }
       */
      aims: {
        [key: string]: number;
      };
    };
    ServiceAims: {
      /** @example demo-asb-support */
      serviceId: string;
      /** @example 2016-17 */
      financialYear: string;
      /**
       * @description The year's annual aims by table row name (percentages for pct_ rows).
       * @example {
       *       "needs_assessments_completed": 60,
       *       "pct_needs_met": 85
       *     }
       */
      aims: {
        [key: string]: number;
      };
      /**
       * @description The service stream's revision (also the ETag).
       * @example 1
       */
      revision: number;
    };
    ReferVictimBody: {
      /**
       * Format: uuid
       * @description The victim: a person record of the service's partnership (POST /people).
       */
      personId: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2016-04-04
       */
      referralDate: string;
      /**
       * @description The referring partner; null for a self-referral.
       * @example police
       */
      referringPartner: string | null;
      /**
       * @example personal
       * @enum {string}
       */
      asbCategory: 'personal' | 'nuisance' | 'environmental';
      /**
       * @example [
       *       "harassment",
       *       "noise"
       *     ]
       */
      behaviourTypes: string[];
      /**
       * @description Where the behaviour happens (personal data).
       * @example Outside the block, Elm Road
       */
      location: string;
      /** @description Alleged perpetrators where known: person records. */
      perpetratorPersonIds?: string[];
    };
    VsCaseResult: {
      /**
       * Format: uuid
       * @example 5b0f1f6e-2c7a-4d43-8b35-0c1d2e3f4a5b
       */
      caseId: string;
      /** @example demo-asb-support */
      serviceId: string;
      /**
       * Format: uuid
       * @example 0f8fad5b-d9cb-469f-a165-70867728950e
       */
      personId: string;
      /**
       * @example open
       * @enum {string}
       */
      status: 'open' | 'closed';
      /**
       * @example high
       * @enum {string|null}
       */
      riskLevel: 'standard' | 'medium' | 'high' | null;
      /**
       * @description Stream revision, also sent as the ETag.
       * @example 2
       */
      revision: number;
    };
    VsCaseListEntry: {
      /**
       * Format: uuid
       * @example 5b0f1f6e-2c7a-4d43-8b35-0c1d2e3f4a5b
       */
      caseId: string;
      /**
       * Format: uuid
       * @description The victim (GET /people/{id} for their record).
       * @example 0f8fad5b-d9cb-469f-a165-70867728950e
       */
      personId: string;
      /**
       * Format: date
       * @example 2016-04-04
       */
      referralDate: string;
      /**
       * @example high
       * @enum {string|null}
       */
      riskLevel: 'standard' | 'medium' | 'high' | null;
      /**
       * Format: date
       * @description When a risk reassessment is due: on a further report since the last assessment, else on the cadence of the level (high 14 days, medium 28).
       * @example 2016-04-18
       */
      reassessmentDueOn: string | null;
      /**
       * @description The reassessment due date has passed (judged today).
       * @example false
       */
      reassessmentOverdue: boolean;
      /**
       * @description A second report within 6 months, on this case or across the victim's cases (a report on this case within 6 months of their previous report on another case of the partnership; merged person records are one victim): the victim must be told of their right to an ASB Case Review, and has not been yet on this case.
       * @example false
       */
      caseReviewNoticeDue: boolean;
      /**
       * @description A report of this case (its referral or a further report) came within 12 months of the victim's previous report, on any victim-service case of the partnership (merged person records are one victim).
       * @example false
       */
      repeatVictim: boolean;
      /**
       * Format: date
       * @example 2016-04-06
       */
      lastContactOn: string | null;
    };
    VsCaseList: {
      /** @example demo-asb-support */
      serviceId: string;
      /** @description The open cases, overdue reassessments and notices first. */
      cases: components['schemas']['VsCaseListEntry'][];
    };
    DepersonalisedVsCase: {
      /**
       * @description Pseudonym of the case.
       * @example p_3f9c0a1b2c3d4e5f60718293
       */
      caseRef: string;
      /**
       * @description Pseudonym of the victim: the same for every case of the same person.
       * @example p_3f9c0a1b2c3d4e5f60718293
       */
      victimRef: string;
      /**
       * @description The referral month (YYYY-MM), not the date.
       * @example 2016-04
       */
      referralMonth: string;
      /**
       * @example partner
       * @enum {string}
       */
      route: 'self' | 'partner';
      /**
       * @description The referring partner (a code of the list); null for a self-referral.
       * @example police
       */
      referringPartner: string | null;
      /**
       * @example personal
       * @enum {string}
       */
      asbCategory: 'personal' | 'nuisance' | 'environmental';
      /**
       * @description The level managed at, or null before an assessment.
       * @example high
       * @enum {string|null}
       */
      riskLevel: 'standard' | 'medium' | 'high' | null;
      /**
       * @description A report of the case came within the repeat window of the victim's previous report (any service of the partnership).
       * @example false
       */
      repeatVictim: boolean;
      /**
       * @description The closure month, or null while open.
       * @example 2016-04
       */
      closedMonth: string | null;
      /**
       * @example planned-exit
       * @enum {string|null}
       */
      closureReason: 'planned-exit' | 'disengaged' | 'moved-away' | 'referred-on' | 'other' | null;
      /**
       * @example completed
       * @enum {string|null}
       */
      exitSurvey: 'completed' | 'declined' | null;
      /**
       * @description Distance travelled above 0 (summed over the domains); null when not measured.
       * @example true
       */
      improved: boolean | null;
    };
    DepersonalisedVsCasePage: {
      /** @example demo-asb-support */
      serviceId: string;
      /**
       * Format: date
       * @example 2016-04-01
       */
      from: string;
      /**
       * Format: date
       * @example 2017-03-31
       */
      to: string;
      /** @example 1 */
      page: number;
      /** @example 100 */
      pageSize: number;
      /** @example 1 */
      total: number;
      items: components['schemas']['DepersonalisedVsCase'][];
    };
    DomainDistanceView: {
      /** @example safety */
      domain: string;
      /**
       * @description Cases closed in the period with this domain scored first and last.
       * @example 9
       */
      cases: (number | null) | string;
      /**
       * @description Average first score (1-10); null over no case, "suppressed" over a small count.
       * @example 3.4
       */
      averageFirst: (number | null) | string;
      /** @example 7.1 */
      averageLast: (number | null) | string;
      /**
       * @description Average distance travelled (last - first).
       * @example 3.7
       */
      averageChange: (number | null) | string;
    };
    DistanceTravelledReport: {
      /** @example demo-asb-support */
      serviceId: string;
      /** @example 2016-17 */
      period: string;
      /**
       * @example exact
       * @enum {string}
       */
      view: 'exact' | 'published';
      /**
       * @description Cases closed in the period with distance travelled measured (two scorings or more).
       * @example 11
       */
      casesMeasured: (number | null) | string;
      /**
       * @description Of them, cases whose distance travelled summed over the domains is above 0.
       * @example 9
       */
      casesImproved: (number | null) | string;
      /**
       * @description casesImproved / casesMeasured, %; null over 0.
       * @example 81.8
       */
      pctImproved: (number | null) | string;
      domains: components['schemas']['DomainDistanceView'][];
    };
    TableCellView: {
      /**
       * @description The count; for a ratio row the percentage (null when the denominator is 0). Analysts see 1-4 as "<5" and "suppressed" where a total would give one back.
       * @example 42
       */
      value: (number | null) | string;
      /**
       * @description Ratio rows: the numerator count. Analysts see 1-4 as "<5" and "suppressed" where a total would give one back.
       * @example null
       */
      numerator: (number | null) | string;
      /**
       * @description Ratio rows: the denominator count. Analysts see 1-4 as "<5" and "suppressed" where a total would give one back.
       * @example null
       */
      denominator: (number | null) | string;
      /**
       * @description Ratio rows: the denominator is under the small-number threshold.
       * @example false
       */
      smallBase: boolean;
    };
    TableRowView: {
      /**
       * @description Stable name of the figure (reused by performance reporting).
       * @example new_referrals
       */
      name: string;
      /** @example New referrals */
      label: string;
      /**
       * @example activity
       * @enum {string}
       */
      section: 'summary' | 'activity' | 'outcomes';
      /**
       * @description Decides the Year column.
       * @example flow
       * @enum {string}
       */
      kind: 'flow' | 'snapshot' | 'distinct' | 'ratio';
      /** @example Cases referred with a referral date in the period. */
      definition: string;
      /**
       * @description Ratio rows: the row of the numerator.
       * @example null
       */
      numerator: string | null;
      /**
       * @description Ratio rows: the row of the denominator.
       * @example null
       */
      denominator: string | null;
      /** @description Q1 (Apr-Jun), Q2, Q3, Q4. */
      quarters: components['schemas']['TableCellView'][];
      year: components['schemas']['TableCellView'];
      /**
       * @description The year's aim (a percentage for ratio rows).
       * @example 60
       */
      aim: number | null;
      /**
       * @description The Year against the aim.
       * @example below-aim
       * @enum {string}
       */
      status: 'met' | 'below-aim' | 'no-aim' | 'no-data' | 'suppressed';
    };
    StockFlowView: {
      /** @example Q1 */
      quarter: string;
      /**
       * @description Analysts see 1-4 as "<5" and "suppressed" where a total would give one back.
       * @example 0
       */
      openAtStart: (number | null) | string;
      /**
       * @description Analysts see 1-4 as "<5" and "suppressed" where a total would give one back.
       * @example 7
       */
      newReferrals: (number | null) | string;
      /**
       * @description Analysts see 1-4 as "<5" and "suppressed" where a total would give one back.
       * @example 3
       */
      casesClosed: (number | null) | string;
      /**
       * @description Analysts see 1-4 as "<5" and "suppressed" where a total would give one back.
       * @example 4
       */
      openAtEnd: (number | null) | string;
      /**
       * @description open at start + new - closed = open at end; a mismatch is reported, not hidden.
       * @example true
       */
      balances: boolean;
    };
    ContactsRowView: {
      /**
       * @example home-visit
       * @enum {string}
       */
      kind:
        | 'call-attempted'
        | 'call-contact-achieved'
        | 'home-visit'
        | 'joint-visit'
        | 'community-visit'
        | 'outreach-appointment'
        | 'multi-agency-meeting-attended'
        | 'multi-agency-meeting-report-sent'
        | 'onward-referral';
      /**
       * @description Q1..Q4.
       * @example [
       *       3,
       *       5,
       *       4,
       *       2
       *     ]
       */
      quarters: ((number | null) | string)[];
      /**
       * @description The sum of the quarters (a flow). Analysts see 1-4 as "<5" and "suppressed" where a total would give one back.
       * @example 14
       */
      year: (number | null) | string;
    };
    QuarterlyTable: {
      /** @example demo-asb-support */
      serviceId: string;
      /** @example ASB Support Service */
      serviceName: string;
      /** @example 2016-17 */
      financialYear: string;
      /**
       * @description Service managers and admins see exact figures; analysts the published view (small counts suppressed).
       * @example exact
       * @enum {string}
       */
      view: 'exact' | 'published';
      /** @example 5 */
      smallCountThreshold: number;
      /** @description Summary (ratios), Activity, Outcomes. */
      rows: components['schemas']['TableRowView'][];
      stockFlow: components['schemas']['StockFlowView'][];
      /** @description The second table: contacts per quarter by kind. */
      contacts: components['schemas']['ContactsRowView'][];
    };
    JudgementBody: {
      /**
       * @example high
       * @enum {string}
       */
      level: 'standard' | 'medium' | 'high';
      /**
       * @description Why the level is raised (personal data).
       * @example Threats made to the children
       */
      reason: string;
    };
    RiskAssessmentBody: {
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2016-04-05
       */
      assessedOn: string;
      /**
       * @description One answer per question of the partnership's questionnaire (the default default-2026-1 has 14).
       * @example [
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no",
       *       "no"
       *     ]
       */
      answers: ('yes' | 'no')[];
      /** @description Professional judgement: may raise the level, never lower it. */
      judgement?: components['schemas']['JudgementBody'];
    };
    NeedsAssessmentBody: {
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2016-04-05
       */
      assessedOn: string;
      /**
       * @example [
       *       "safety",
       *       "housing"
       *     ]
       */
      needs: string[];
    };
    SupportContactBody: {
      /**
       * @description Default: derived from the Idempotency-Key.
       * @example contact-1
       */
      contactId?: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2016-04-06
       */
      date: string;
      /**
       * @example home-visit
       * @enum {string}
       */
      kind:
        | 'call-attempted'
        | 'call-contact-achieved'
        | 'home-visit'
        | 'joint-visit'
        | 'community-visit'
        | 'outreach-appointment'
        | 'multi-agency-meeting-attended'
        | 'multi-agency-meeting-report-sent'
        | 'onward-referral';
      /**
       * @description A joint visit: the agency it was made with.
       * @example housing-provider
       */
      agency?: string;
      /**
       * @description An onward referral: to whom.
       * @example mediation-service
       */
      onwardTo?: string;
    };
    NeedOutcomeBody: {
      /** @example safety */
      need: string;
      /**
       * @example met
       * @enum {string}
       */
      outcome: 'met' | 'partly-met' | 'not-met';
    };
    CloseVictimCaseBody: {
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2016-06-30
       */
      closedOn: string;
      /**
       * @example planned-exit
       * @enum {string}
       */
      reason: 'planned-exit' | 'disengaged' | 'moved-away' | 'referred-on' | 'other';
      /** @description Whether each need identified was met. */
      needOutcomes: components['schemas']['NeedOutcomeBody'][];
    };
    FurtherReportBody: {
      /**
       * @description Default: derived from the Idempotency-Key.
       * @example report-2
       */
      reportId?: string;
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2017-03-01
       */
      reportedOn: string;
    };
    CaseReviewNoticeBody: {
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2017-03-02
       */
      toldOn: string;
      /**
       * @example letter
       * @enum {string}
       */
      method: 'in-person' | 'phone' | 'letter' | 'email';
    };
    OutcomeScoresBody: {
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2016-04-05
       */
      assessedOn: string;
      /**
       * @description Entry first, then reviews, then exit (once).
       * @example entry
       * @enum {string}
       */
      stage: 'entry' | 'review' | 'exit';
      /**
       * @description Scores 1-10 by domain of the partnership's list (default: health-and-wellbeing, safety, support-networks, housing, finances, legal-issues, children, confidence-and-self-esteem); a domain may be left out.
       * @example {
       *       "safety": 3,
       *       "health-and-wellbeing": 4,
       *       "housing": 6
       *     }
       */
      scores: {
        [key: string]: number;
      };
    };
    SurveyAnswersBody: {
      /**
       * @example yes
       * @enum {string}
       */
      needsMet: 'yes' | 'no' | 'dont-know';
      /**
       * @example yes
       * @enum {string}
       */
      improvedWellbeing: 'yes' | 'no' | 'dont-know';
      /**
       * @example yes
       * @enum {string}
       */
      satisfiedWithService: 'yes' | 'no' | 'dont-know';
      /**
       * @example dont-know
       * @enum {string}
       */
      satisfiedWithPoliceOrCouncil: 'yes' | 'no' | 'dont-know';
      /**
       * @example yes
       * @enum {string}
       */
      reducedRisk: 'yes' | 'no' | 'dont-know';
    };
    ExitSurveyBody: {
      /**
       * Format: date
       * @description A date from 1900-01-01 to today (the UK date, Europe/London).
       * @example 2016-06-30
       */
      on: string;
      /**
       * @description The victim declined the survey: counted as offered, not completed.
       * @example false
       */
      declined: boolean;
      /** @description Required unless declined. */
      answers?: components['schemas']['SurveyAnswersBody'];
    };
    RiskQuestionView: {
      /** @example lives-alone */
      id: string;
      /** @example Does the victim live alone? */
      text: string;
      /**
       * @example situational
       * @enum {string}
       */
      vulnerability: 'personal' | 'situational' | 'incidental';
      /**
       * @description Points a yes adds to the score.
       * @example 2
       */
      weight: number;
    };
    RiskThresholdsView: {
      /**
       * @description The least score that is medium.
       * @example 12
       */
      medium: number;
      /**
       * @description The least score that is high.
       * @example 22
       */
      high: number;
    };
    RiskQuestionnaireView: {
      /**
       * @description Kept beside every assessment made with it.
       * @example default-2026-1
       */
      version: string;
      questions: components['schemas']['RiskQuestionView'][];
      thresholds: components['schemas']['RiskThresholdsView'];
    };
    VictimServicesSettingsView: {
      /** @example demo-csp */
      partnershipId: string;
      /**
       * Format: date
       * @description The day the settings below are in force on.
       * @example 2025-04-01
       */
      inForceOn: string;
      /**
       * @example [
       *       "police",
       *       "council-asb-team"
       *     ]
       */
      referringPartners: string[];
      /**
       * @example [
       *       "harassment",
       *       "noise"
       *     ]
       */
      behaviourTypes: string[];
      /**
       * @example [
       *       "safety",
       *       "housing"
       *     ]
       */
      needs: string[];
      /**
       * @description Outcome Star style domains.
       * @example [
       *       "safety",
       *       "housing"
       *     ]
       */
      outcomeDomains: string[];
      riskQuestionnaire: components['schemas']['RiskQuestionnaireView'];
      /**
       * @description A further report within this many months of the previous one makes a repeat victim.
       * @example 12
       */
      repeatWindowMonths: number;
      /**
       * @description A second report within this many months makes a Case Review notice due.
       * @example 6
       */
      caseReviewWindowMonths: number;
      /** @example 14 */
      reassessmentHighDays: number;
      /** @example 28 */
      reassessmentMediumDays: number;
      /**
       * @description False until the first change: the documented defaults apply on every day.
       * @example false
       */
      configured: boolean;
      /**
       * @description The settings stream's revision (the ETag).
       * @example 0
       */
      revision: number;
    };
    VictimServicesSettingsPatchBody: {
      /**
       * Format: date
       * @description The first day the change applies to; default today.
       */
      effectiveFrom?: string;
      /**
       * @description The referring partners a referral may name (replaces the list).
       * @example [
       *       "police",
       *       "council-asb-team",
       *       "housing-provider"
       *     ]
       */
      referringPartners?: string[];
      /**
       * @description The behaviour types a referral may name (replaces the list).
       * @example [
       *       "harassment",
       *       "noise",
       *       "hate-related"
       *     ]
       */
      behaviourTypes?: string[];
      /**
       * @description The needs a needs assessment may identify (replaces the list).
       * @example [
       *       "safety",
       *       "housing"
       *     ]
       */
      needs?: string[];
      /**
       * @description The Outcome Star style domains scored (replaces the list).
       * @example [
       *       "safety",
       *       "housing",
       *       "confidence-and-self-esteem"
       *     ]
       */
      outcomeDomains?: string[];
      /** @description A new versioned questionnaire (replaces the one in force); a version names one content for ever. */
      riskQuestionnaire?: components['schemas']['RiskQuestionnaireView'];
      /** @example 12 */
      repeatWindowMonths?: number;
      /** @example 6 */
      caseReviewWindowMonths?: number;
      /** @example 14 */
      reassessmentHighDays?: number;
      /** @example 28 */
      reassessmentMediumDays?: number;
    };
    OffenceCategoryBody: {
      /** @example residential-burglary */
      code: string;
      /** @example Residential burglary */
      label: string;
      /** @example true */
      neighbourhoodCrime: boolean;
      /** @example 4 */
      severityWeight: number;
    };
    RegisterCohortBody: {
      /**
       * Format: uuid
       * @description The id adoptions and measures will name.
       */
      cohortId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @example North */
      area: string;
      /** @example North IOM cohort */
      name: string;
      /**
       * @description Default Fixed, Flex, Free.
       * @example [
       *       "Fixed",
       *       "Flex",
       *       "Free",
       *       "Domestic abuse"
       *     ]
       */
      strands?: string[];
      /** @description Default: the Home Office-style groups with their weights. */
      offenceCategories?: components['schemas']['OffenceCategoryBody'][];
      /**
       * @description Months before and after adoption (default 12).
       * @example 12
       */
      beforeAfterMonths?: number;
    };
    OffenceCategoryView: {
      /** @example residential-burglary */
      code: string;
      /** @example Residential burglary */
      label: string;
      /** @example true */
      neighbourhoodCrime: boolean;
      /** @example 4 */
      severityWeight: number;
    };
    CohortView: {
      /**
       * Format: uuid
       * @example 8d1f3c2a-4b5e-4f60-9a71-2b3c4d5e6f70
       */
      cohortId: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @example North */
      area: string;
      /** @example North IOM cohort */
      name: string;
      /**
       * @example [
       *       "Fixed",
       *       "Flex",
       *       "Free"
       *     ]
       */
      strands: string[];
      offenceCategories: components['schemas']['OffenceCategoryView'][];
      /** @example 12 */
      beforeAfterMonths: number;
      /**
       * @description The cohort stream's revision (also the ETag).
       * @example 0
       */
      revision: number;
    };
    AdoptBody: {
      /**
       * Format: uuid
       * @description The person (from the people registry; another partnership’s is a 404).
       */
      personId: string;
      /**
       * Format: date
       * @example 2025-01-15
       */
      adoptedOn: string;
      /** @example Fixed */
      strand: string;
      /** @example Police */
      leadAgency: string;
      /** @example PC Example */
      leadOfficer: string;
      /** @example 42 */
      selectionScore: number;
      /** @example Burglary series in the area */
      selectionReason: string;
      /**
       * @description The status on adoption (default in-community).
       * @enum {string}
       */
      status?: 'in-community' | 'in-custody' | 'unlawfully-at-large' | 'in-hospital';
      /**
       * @description With status in-custody.
       * @enum {string}
       */
      custodyKind?: 'remanded' | 'sentenced';
    };
    CohortPeriodView: {
      /**
       * @description The first adoption is period 1; a re-adoption after an exit starts the next.
       * @example 1
       */
      period: number;
      /**
       * Format: date
       * @example 2025-01-15
       */
      adoptedOn: string;
      /**
       * Format: date
       * @example null
       */
      exitedOn: string | null;
      /**
       * @example null
       * @enum {string|null}
       */
      exitReason: 'deselected' | 'completed' | 'moved-away' | 'died' | 'other' | null;
    };
    StatusSpellView: {
      /**
       * @example in-community
       * @enum {string}
       */
      status: 'in-community' | 'in-custody' | 'unlawfully-at-large' | 'in-hospital';
      /**
       * @example null
       * @enum {string|null}
       */
      custodyKind: 'remanded' | 'sentenced' | null;
      /**
       * Format: date
       * @example 2025-01-15
       */
      from: string;
    };
    OffenceView: {
      /** Format: uuid */
      offenceId: string;
      /**
       * Format: date
       * @example 2025-03-10
       */
      offenceDate: string;
      /** @example residential-burglary */
      category: string;
      /**
       * @description Dated while the member was recorded in custody: kept, but worth checking.
       * @example false
       */
      duringCustody: boolean;
      /**
       * @example convicted
       * @enum {string|null}
       */
      outcome: 'charged' | 'convicted' | 'cautioned' | 'no-further-action' | null;
      /**
       * Format: date
       * @example 2025-06-01
       */
      outcomeDate: string | null;
    };
    OffenderRecordView: {
      /**
       * Format: uuid
       * @example 8d1f3c2a-4b5e-4f60-9a71-2b3c4d5e6f70
       */
      cohortId: string;
      /**
       * Format: uuid
       * @example 0b6f6e3c-1d2a-4e5f-8a9b-0c1d2e3f4a5b
       */
      personId: string;
      /** @example true */
      onCohort: boolean;
      /** @example Fixed */
      strand: string;
      /** @example Police */
      leadAgency: string;
      /** @example PC Example */
      leadOfficer: string;
      /** @example 42 */
      selectionScore: number;
      /**
       * @description Null once the person is erased.
       * @example Burglary series
       */
      selectionReason: string | null;
      periods: components['schemas']['CohortPeriodView'][];
      statuses: components['schemas']['StatusSpellView'][];
      offences: components['schemas']['OffenceView'][];
      /**
       * @description The record stream's revision (also the ETag).
       * @example 3
       */
      revision: number;
    };
    StatusBody: {
      /** @enum {string} */
      status: 'in-community' | 'in-custody' | 'unlawfully-at-large' | 'in-hospital';
      /**
       * @description With status in-custody: remanded or sentenced.
       * @enum {string}
       */
      custodyKind?: 'remanded' | 'sentenced';
      /** Format: date */
      changedOn: string;
    };
    StrandBody: {
      /** @example Flex */
      strand: string;
      /** Format: date */
      changedOn: string;
    };
    OffenceBody: {
      /**
       * Format: uuid
       * @description Chosen by the client: the outcome is recorded against it.
       */
      offenceId: string;
      /** Format: date */
      offenceDate: string;
      /**
       * @description One of the cohort's offence category codes.
       * @example residential-burglary
       */
      category: string;
      /** @enum {string} */
      outcome?: 'charged' | 'convicted' | 'cautioned' | 'no-further-action';
      /**
       * Format: date
       * @description With outcome.
       */
      outcomeDate?: string;
    };
    OutcomeBody: {
      /** @enum {string} */
      outcome: 'charged' | 'convicted' | 'cautioned' | 'no-further-action';
      /** Format: date */
      outcomeDate: string;
    };
    ExitBody: {
      /** Format: date */
      exitedOn: string;
      /** @enum {string} */
      reason: 'deselected' | 'completed' | 'moved-away' | 'died' | 'other';
    };
    MonthFiguresView: {
      /** @example 2024-03 */
      month: string;
      /**
       * @description Members on the cohort at the month end (a snapshot).
       * @example 12
       */
      cohortSizeAtMonthEnd: number | string;
      /** @example 12 */
      adoptions: number | string;
      /** @example 12 */
      exits: number | string;
      /**
       * @description Members with an offence in the month while on the cohort: the monthly count of reoffending individuals.
       * @example 12
       */
      membersWhoOffended: number | string;
      /** @example 12 */
      offences: number | string;
    };
    MonthlyMeasureView: {
      /** @enum {string} */
      measure: 'iom.monthly';
      months: components['schemas']['MonthFiguresView'][];
    };
    LeftOutMember: {
      /** Format: uuid */
      personId: string;
      /** @description The period on the cohort, for measures counted per period. */
      period: number | null;
      /** @example the follow-up and waiting period have not closed yet */
      reason: string;
    };
    ReasonCount: {
      /** @example the follow-up and waiting period have not closed yet */
      reason: string;
      /** @example 12 */
      members: number | string;
    };
    RateMeasureView: {
      /** @enum {string} */
      measure: 'iom.binary_and_frequency';
      /**
       * @description Members on the cohort at some time in the period.
       * @example 12
       */
      members: number | string;
      /** @example 12 */
      membersWhoOffended: number | string;
      /**
       * @description Offences in the period while on the cohort.
       * @example 12
       */
      offences: number | string;
      /**
       * @description % of members with at least one offence while on the cohort in the period.
       * @example 37.5
       */
      binaryRatePercent: (number | null) | 'suppressed';
      /**
       * @description Offences while on the cohort per 100 members.
       * @example 37.5
       */
      frequencyPer100: (number | null) | 'suppressed';
      /** @description IOM leads: the person ids counted. Null for analysts. */
      counted: string[] | null;
      /** @description IOM leads: who was left out and why. Null for analysts. */
      leftOut: components['schemas']['LeftOutMember'][] | null;
      leftOutByReason: components['schemas']['ReasonCount'][];
    };
    CountedPeriod: {
      /** Format: uuid */
      personId: string;
      period: number;
      /**
       * Format: date
       * @description Proven reoffending: the start of the follow-up.
       */
      followUpStart?: string;
    };
    BeforeAfterMeasureView: {
      /** @enum {string} */
      measure: 'iom.before_after';
      /** @example 12 */
      months: number;
      /**
       * @description Adoptions in the period whose window after adoption has ended.
       * @example 12
       */
      members: number | string;
      /** @example 12 */
      offencesBefore: number | string;
      /** @example 12 */
      offencesAfter: number | string;
      /** @description Days at risk in the windows before adoption (custody taken out). */
      daysAtRiskBefore: number;
      /** @description Days at risk in the windows after adoption (custody taken out). */
      daysAtRiskAfter: number;
      /**
       * @description Offences per 100 member-years at risk (365 days).
       * @example 37.5
       */
      ratePer100MemberYearsBefore: (number | null) | 'suppressed';
      /** @example 37.5 */
      ratePer100MemberYearsAfter: (number | null) | 'suppressed';
      counted: components['schemas']['CountedPeriod'][] | null;
      leftOut: components['schemas']['LeftOutMember'][] | null;
      leftOutByReason: components['schemas']['ReasonCount'][];
    };
    ProvenReoffendingMeasureView: {
      /** @enum {string} */
      measure: 'iom.proven_reoffending';
      /** @description True while a follow-up starting in the period has not closed (12 months and the 6-month waiting period): those members are left out. */
      interim: boolean;
      /**
       * @description Follow-ups counted (each period of a re-adopted member is its own).
       * @example 12
       */
      members: number | string;
      /** @example 12 */
      reoffenders: number | string;
      /** @example 12 */
      provenOffences: number | string;
      /** @example 37.5 */
      severityWeightedOffences: (number | null) | 'suppressed';
      /** @example 37.5 */
      binaryRatePercent: (number | null) | 'suppressed';
      /** @example 37.5 */
      frequencyPer100: (number | null) | 'suppressed';
      /**
       * @description Severity-weighted proven offences per 100 members.
       * @example 37.5
       */
      severityPer100: (number | null) | 'suppressed';
      counted: components['schemas']['CountedPeriod'][] | null;
      leftOut: components['schemas']['LeftOutMember'][] | null;
      leftOutByReason: components['schemas']['ReasonCount'][];
    };
    IomMeasuresReport: {
      /** Format: uuid */
      cohortId: string;
      /** @example 2024-25 */
      period: string;
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /**
       * Format: date
       * @description The day the figures are worked out on: windows ending later are not closed.
       */
      asOf: string;
      strand: string | null;
      /** @description True for analysts: counts suppressed, no person ids. */
      depersonalised: boolean;
      monthly: components['schemas']['MonthlyMeasureView'];
      rates: components['schemas']['RateMeasureView'];
      beforeAfter: components['schemas']['BeforeAfterMeasureView'];
      provenReoffending: components['schemas']['ProvenReoffendingMeasureView'];
    };
    MaracPerpetratorProposal: {
      /**
       * Format: uuid
       * @description The person (from the people registry).
       */
      personId: string;
      /**
       * @description How many MARAC cases of the partnership name them as a perpetrator.
       * @example 3
       */
      maracCases: number;
    };
    MaracPerpetratorProposals: {
      /** Format: uuid */
      cohortId: string;
      /** @example Domestic abuse */
      strand: string;
      /** @description Not on the cohort now; most cases first. */
      proposals: components['schemas']['MaracPerpetratorProposal'][];
    };
    AreaMonthView: {
      /** @example 2024-03 */
      month: string;
      /**
       * @description People on any of the area’s cohorts at the month end (a snapshot).
       * @example 12
       */
      membersAtMonthEnd: number | string;
      /**
       * @description People with an offence in the month while on one of the area’s cohorts: the monthly count of reoffending individuals.
       * @example 12
       */
      membersWhoOffended: number | string;
      /** @example 12 */
      offences: number | string;
    };
    AreaReoffendingView: {
      /** @example North */
      area: string;
      /** @description The cohorts of the area whose members are counted. */
      cohortIds: string[];
      /** @enum {string} */
      measure: 'iom.area_monthly';
      months: components['schemas']['AreaMonthView'][];
      /**
       * @description People on a cohort of the area at some time in the period (each once).
       * @example 12
       */
      members: number | string;
      /**
       * @description People with at least one offence in the period while on a cohort of the area (each once).
       * @example 12
       */
      membersWhoOffended: number | string;
      /**
       * @description Offences in the period while on a cohort of the area (the months’ total).
       * @example 12
       */
      offences: number | string;
    };
    AreaReoffendingReport: {
      /** @example demo-csp */
      partnershipId: string;
      /** @example 2024-25 */
      period: string;
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /** @description True for analysts: small counts suppressed. */
      depersonalised: boolean;
      areas: components['schemas']['AreaReoffendingView'][];
    };
    CohortMeasuresOfPartnership: {
      /** Format: uuid */
      cohortId: string;
      /** @example 2024-25 */
      period: string;
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /**
       * Format: date
       * @description The day the figures are worked out on: windows ending later are not closed.
       */
      asOf: string;
      strand: string | null;
      /** @description True for analysts: counts suppressed, no person ids. */
      depersonalised: boolean;
      monthly: components['schemas']['MonthlyMeasureView'];
      rates: components['schemas']['RateMeasureView'];
      beforeAfter: components['schemas']['BeforeAfterMeasureView'];
      provenReoffending: components['schemas']['ProvenReoffendingMeasureView'];
      /** @example demo-csp */
      partnershipId: string;
    };
    EveryCohortMeasuresReport: {
      /** @description The partnerships whose cohorts are included. */
      partnershipIds: string[];
      /** @example 2024-25 */
      period: string;
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /** Format: date */
      asOf: string;
      /** @description True for analysts: counts suppressed, no person ids. */
      depersonalised: boolean;
      /** @description In partnership order, then cohort id order. */
      cohorts: components['schemas']['CohortMeasuresOfPartnership'][];
    };
    CrossServicePairRow: {
      /**
       * @description The two services, in alphabetical order.
       * @example [
       *       "asb-support",
       *       "marac"
       *     ]
       */
      services: string[];
      /** @description People whose second contact fell in Q1, Q2, Q3, Q4, then the year. */
      people: (number | string)[];
      /** @description Q1-Q4, then the year. */
      medianDays: ((number | null) | 'suppressed')[];
    };
    CrossServiceRepeatTable: {
      /** @example cross_service.repeat_victimisation */
      measure: string;
      /** @example demo-csp */
      partnershipId: string;
      /** @example 2026-27 */
      financialYear: string;
      /**
       * @example [
       *       "2026-27-Q1",
       *       "2026-27-Q2",
       *       "2026-27-Q3",
       *       "2026-27-Q4",
       *       "2026-27"
       *     ]
       */
      columns: string[];
      /** @example 12 */
      windowMonths: number;
      /** @description What this measure is, beside the SafeLives repeat rate. */
      definition: string;
      pairs: components['schemas']['CrossServicePairRow'][];
      /** @description Each column summed over the pairs (a person in three services counts in each pair). */
      totals: (number | string)[];
      /**
       * @description Counts from 1 to this minus 1 are shown as `<N`.
       * @example 5
       */
      smallCountThreshold: number;
    };
    CrossServiceVictimService: {
      /** @example marac */
      service: string;
      /**
       * @description The financial quarter of the first contact with the service (never a date).
       * @example 2026-27-Q1
       */
      firstContactQuarter: string;
    };
    CrossServiceVictim: {
      /**
       * @description Pseudonymous id: stable across reports, not reversible.
       * @example p_3f9a1c0e5b7d2a4c6e8f0a1b
       */
      pseudonym: string;
      services: components['schemas']['CrossServiceVictimService'][];
    };
    CrossServiceVictims: {
      /** @example demo-csp */
      partnershipId: string;
      /** @example 2026-27 */
      financialYear: string;
      people: components['schemas']['CrossServiceVictim'][];
    };
    StreamTicketAnswer: {
      /**
       * @description Pass as ?ticket= to GET /alerts/stream, once, before it expires.
       * @example hV3…
       */
      ticket: string;
      /** Format: date-time */
      expiresAt: string;
    };
    AlertRecordView: {
      /**
       * @description The kind of record: marac_case, vs_case, case_review, iom_offender.
       * @example marac_case
       */
      kind: string;
      /** @example 5f0c… */
      id: string;
    };
    AlertAudienceView: {
      /**
       * @example role
       * @enum {string}
       */
      kind: 'role' | 'team' | 'lead';
      /**
       * @description The role, the team, or the lead user id.
       * @example coordinator
       */
      value: string;
    };
    AlertView: {
      alertId: string;
      /** @enum {string} */
      kind:
        | 'marac-action-overdue'
        | 'marac-repeat-awaiting-relisting'
        | 'marac-victim-in-other-service'
        | 'marac-perpetrator-offending-in-iom'
        | 'vs-reassessment-overdue'
        | 'vs-case-review-notice-due'
        | 'case-review-stage-due-soon'
        | 'case-review-stage-overdue'
        | 'case-review-recommendation-overdue'
        | 'iom-member-offending';
      /** @enum {string} */
      state: 'raised' | 'acknowledged' | 'resolved';
      /** @description 0 is the most urgent. */
      urgency: number;
      /** @description How many times this alert has been raised (a resolved alert can be raised again). */
      occurrence: number;
      /** @example demo-csp */
      partnershipId: string;
      record: components['schemas']['AlertRecordView'];
      audience: components['schemas']['AlertAudienceView'];
      /**
       * Format: date
       * @description When what it is about was or is due (or happened).
       */
      dueOn: string;
      /**
       * @description The record's path in this API.
       * @example /marac/cases/5f0c…
       */
      link: string;
      /** Format: date-time */
      raisedAt: string;
      /** Format: date-time */
      acknowledgedAt: string | null;
      acknowledgedBy: string | null;
      /** Format: date-time */
      resolvedAt: string | null;
      /** @description Null when it resolved itself. */
      resolvedBy: string | null;
      /** @description It resolved itself: its cause went away. */
      autoResolved: boolean;
    };
    AlertPage: {
      /** @description Most urgent first: by kind (ALERT_URGENCY), then the earliest due, then the oldest. */
      items: components['schemas']['AlertView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    AlertCommandResult: {
      alertId: string;
      /** @enum {string} */
      state: 'acknowledged' | 'resolved';
      revision: number;
    };
    AlertSettingsView: {
      /** @example demo-csp */
      partnershipId: string;
      /**
       * Format: date
       * @description The day the settings below are in force on.
       * @example 2026-04-01
       */
      inForceOn: string;
      /**
       * @description Days after its due date that an open MARAC action raises an alert.
       * @example 1
       */
      maracActionOverdueAfterDays: number;
      /** @example 1 */
      reassessmentOverdueAfterDays: number;
      /** @example 14 */
      highRiskReassessmentDays: number;
      /** @example 28 */
      mediumRiskReassessmentDays: number;
      /** @example 1 */
      recommendationOverdueAfterDays: number;
      /**
       * @description A MARAC case counts for the cross-service alerts while open or heard within this many months.
       * @example 12
       */
      crossServiceLookbackMonths: number;
      /** @description Kinds e-mailed at once as well as in the daily digest. */
      immediateEmailKinds: (
        | 'marac-action-overdue'
        | 'marac-repeat-awaiting-relisting'
        | 'marac-victim-in-other-service'
        | 'marac-perpetrator-offending-in-iom'
        | 'vs-reassessment-overdue'
        | 'vs-case-review-notice-due'
        | 'case-review-stage-due-soon'
        | 'case-review-stage-overdue'
        | 'case-review-recommendation-overdue'
        | 'iom-member-offending'
      )[];
      /**
       * @description Kinds raised for a team (its members) instead of their default role.
       * @example {
       *       "marac-repeat-awaiting-relisting": "marac-north"
       *     }
       */
      teamsByKind: {
        [key: string]: string;
      };
      /** @description False until the first change: the defaults apply on every day. */
      configured: boolean;
      /** @description The settings stream's revision (the ETag). */
      revision: number;
    };
    AlertSettingsPatchBody: {
      /**
       * Format: date
       * @description The first day the change applies to; default today.
       */
      effectiveFrom?: string;
      /** @description Days after its due date that an open MARAC action raises an alert (0-90). */
      maracActionOverdueAfterDays?: number;
      /** @description Days after a reassessment fell due (0-90). */
      reassessmentOverdueAfterDays?: number;
      /** @description Reassessment cadence for high risk, in days (1-365). */
      highRiskReassessmentDays?: number;
      /** @description Reassessment cadence for medium risk, in days (1-365). */
      mediumRiskReassessmentDays?: number;
      /** @description Days after its due date that an open recommendation raises an alert (0-90). */
      recommendationOverdueAfterDays?: number;
      /**
       * @deprecated
       * @description Retired: a change naming it is refused. caseReviewDueSoonWorkingDays is no longer an alert setting: a Case Review stage is due soon by the Case Review procedure's dueSoonWorkingDays (PATCH /partnerships/{partnershipId}/case-review-settings).
       */
      caseReviewDueSoonWorkingDays?: number;
      /**
       * @deprecated
       * @description Retired: a change naming it is refused. caseReviewOverdueAfterDays is no longer an alert setting: a Case Review stage is overdue the day after its due date, when Case Review records it overdue.
       */
      caseReviewOverdueAfterDays?: number;
      /** @description Months a heard MARAC case counts for the cross-service alerts (1-36). */
      crossServiceLookbackMonths?: number;
      /** @description Kinds e-mailed at once as well as in the daily digest. */
      immediateEmailKinds?: (
        | 'marac-action-overdue'
        | 'marac-repeat-awaiting-relisting'
        | 'marac-victim-in-other-service'
        | 'marac-perpetrator-offending-in-iom'
        | 'vs-reassessment-overdue'
        | 'vs-case-review-notice-due'
        | 'case-review-stage-due-soon'
        | 'case-review-stage-overdue'
        | 'case-review-recommendation-overdue'
        | 'iom-member-offending'
      )[];
      /**
       * @description Kinds raised for a team instead of their default role (a whole map: it replaces the one before).
       * @example {
       *       "marac-repeat-awaiting-relisting": "marac-north"
       *     }
       */
      teamsByKind?: {
        [key: string]: string;
      };
    };
    ProblemFieldError: {
      /**
       * @description The field (a body path such as `victim.details.fullName`), query parameter or header.
       * @example referralDate
       */
      field: string;
      /**
       * @example [
       *       "referralDate must be a date no later than today"
       *     ]
       */
      messages: string[];
    };
    Problem: {
      /**
       * Format: uri
       * @example https://safer-panels.example/problems/400
       */
      type: string;
      /** @example Bad Request */
      title: string;
      /** @example 400 */
      status: number;
      /** @example The request is not valid: see errors for each field. */
      detail?: string;
      /**
       * @description The path of the request (without its query).
       * @example /marac/referrals
       */
      instance?: string;
      /** @description Each offending field and what is wrong with it (validation problems only). */
      errors?: components['schemas']['ProblemFieldError'][];
      /**
       * @description The correlation id of the request, as in the logs.
       * @example client-1.abc
       */
      correlationId?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Liveness'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The database answers (status ok, catching-up or degraded). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database cannot be reached (status unavailable). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
    };
  };
  AuditController_query: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description A data subject (person) id */
        person?: string;
        /** @description A user id (token subject) */
        user?: string;
        /** @description From this instant (inclusive), ISO 8601 */
        from?: string;
        /** @description Up to this instant (exclusive), ISO 8601 */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of audit entries, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPageAnswer'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: auditor). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ErasureController_erase: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ErasureRequestDto'];
      };
    };
    responses: {
      /** @description Erased (or already erased). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasureAnswer'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No personal data is held for that subject in your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PeopleController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterPersonBody'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisterPersonResponse'];
        };
      };
      /** @description Invalid body (each field named) (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such person in your partnerships (the same answer for another partnership’s person). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Closely matches people already recorded (`candidates`), unless newPerson: true.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PeopleController_search: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SearchPeopleBody'];
      };
    };
    responses: {
      /** @description Best first. Audited with the kinds of term searched, never the terms. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchPeopleResponse'];
        };
      };
      /** @description Invalid body (each field named) (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such person in your partnerships (the same answer for another partnership’s person). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PeopleController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonResponse'];
        };
      };
      /** @description Invalid body (each field named) (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such person in your partnerships (the same answer for another partnership’s person). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PeopleController_merge: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergePersonBody'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonMergeResponse'];
        };
      };
      /** @description Invalid body (each field named) (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such person in your partnerships (the same answer for another partnership’s person). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Already merged, or the merge would make a person part of itself.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PeopleController_unmerge: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UnmergePersonBody'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonMergeResponse'];
        };
      };
      /** @description Invalid body (each field named) (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such person in your partnerships (the same answer for another partnership’s person). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     The record is not merged.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SubjectAccessController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubjectAccessExport'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such person (in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SharingController_consent: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordConsentBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingChangeResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such person (in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Withdrawing consent never given, or dated before the decision recorded.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SharingController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideSharingWithoutConsentBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingChangeResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such person (in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Dated before the decision recorded.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SharingController_share: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordShareBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingChangeResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such person (in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Neither the person's consent nor a lawful basis (theirs, or the partnership's default) for the agency and purpose.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SharingController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonSharing'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such person (in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SharingController_defaults: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingDefaultsView'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SharingController_setDefault: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        partnershipId: string;
        purpose: 'marac' | 'victim-services' | 'case-review' | 'iom';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetSharingDefaultBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharingDefaultsView'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferralsController_refer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferCaseBody'];
      };
    };
    responses: {
      /** @description The case; ETag is its stream revision. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferCaseResult'];
        };
      };
      /** @description Invalid body (each field named) or a rule of the referral broken (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships, no such MARAC in it, or no such person in it. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     A referral dated before the victim's latest one; or a new person closely matching people already recorded (`candidates`: their ids; `about`: which person), unless newPerson: true.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReferralsController_policeCallOut: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PoliceCallOutBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PoliceCallOutResult'];
        };
      };
      /** @description Invalid body (each field named) or a rule of the referral broken (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such person in your partnerships (the victim must be a person record: POST /people/search). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     The same call-out id recorded twice.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_read: {
    parameters: {
      query?: {
        /** @description The date overdue actions are judged on; defaults to today. */
        asOf?: string;
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ETag is the stream revision. Personal details are null once erased. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetails'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_dash: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DashAssessmentBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_heard: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HearingBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_action: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddAgencyActionResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_complete: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
        actionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteActionBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_incident: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IncidentBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportFurtherIncidentResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CasesController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseCaseBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseCorrectionsController_amendReferral: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendReferralBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /**
       * @description No reason, a field the record does not amend, or nothing that changes (problem+json).
       *
       *     Invalid body or parameters (problem+json, each field named).
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseCorrectionsController_voidReferral: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoidBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /**
       * @description No reason, a field the record does not amend, or nothing that changes (problem+json).
       *
       *     Invalid body or parameters (problem+json, each field named).
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseCorrectionsController_amendHearing: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
        /** @description The meeting the case was heard at. */
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendHearingBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /**
       * @description No reason, a field the record does not amend, or nothing that changes (problem+json).
       *
       *     Invalid body or parameters (problem+json, each field named).
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseCorrectionsController_voidHearing: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
        /** @description The meeting the case was heard at. */
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoidBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /**
       * @description No reason, a field the record does not amend, or nothing that changes (problem+json).
       *
       *     Invalid body or parameters (problem+json, each field named).
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseCorrectionsController_amendIncident: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendIncidentBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /**
       * @description No reason, a field the record does not amend, or nothing that changes (problem+json).
       *
       *     Invalid body or parameters (problem+json, each field named).
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseCorrectionsController_voidIncident: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoidBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /**
       * @description No reason, a field the record does not amend, or nothing that changes (problem+json).
       *
       *     Invalid body or parameters (problem+json, each field named).
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseCorrectionsController_amendAction: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
        actionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendActionBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /**
       * @description No reason, a field the record does not amend, or nothing that changes (problem+json).
       *
       *     Invalid body or parameters (problem+json, each field named).
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseCorrectionsController_voidAction: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
        actionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoidBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /**
       * @description No reason, a field the record does not amend, or nothing that changes (problem+json).
       *
       *     Invalid body or parameters (problem+json, each field named).
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MeetingsController_scheduleMeeting: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScheduleMeetingBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such meeting or case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MeetingsController_cancelMeeting: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelMeetingBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such meeting or case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Already cancelled or already held.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MeetingsController_markHeld: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkMeetingHeldBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such meeting or case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Cancelled, already held, or the meeting's date is later than today.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MeetingsController_readAgenda: {
    parameters: {
      query?: {
        /** @description The date overdue actions are judged on; defaults to today. */
        asOf?: string;
      };
      header?: never;
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingAgenda'];
        };
      };
      /** @description Invalid body or parameters (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such meeting or case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MeetingsController_list: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        meetingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ListCaseBody'];
      };
    };
    responses: {
      /** @description The case after listing; ETag is the case's revision. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such meeting or case (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Meeting cancelled, of another MARAC, case closed or already listed.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MaracRegistryController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaracList'];
        };
      };
      /** @description Invalid body (each field named) or settings out of range (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin, coordinator, analyst). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MaracRegistryController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterMaracBody'];
      };
    };
    responses: {
      /** @description ETag is the registry stream revision. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaracRegistration'];
        };
      };
      /** @description Invalid body (each field named) or settings out of range (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     A MARAC with this id is already registered.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MaracRegistryController_rename: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        maracId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenameMaracBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaracRegistration'];
        };
      };
      /** @description Invalid body (each field named) or settings out of range (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such MARAC. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MaracRegistryController_overrideSettings: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        maracId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MaracOverridesBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaracOverrides'];
        };
      };
      /** @description Invalid body (each field named) or settings out of range (problem+json). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such MARAC. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AllMaracsController_repeatRates: {
    parameters: {
      query?: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RepeatRatesAcrossMaracs'];
        };
      };
      /** @description Invalid query parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: analyst, coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MaracsController_cases: {
    parameters: {
      query?: {
        /** @description The date overdue actions are judged on; defaults to today. */
        asOf?: string;
        page?: number;
        pageSize?: number;
        /** @description voided: cases whose referral was voided */
        status?: 'open' | 'closed' | 'voided' | 'all';
        repeat?: boolean;
        riskBand?: 'standard' | 'medium' | 'high' | 'none';
        /** @description One victim's cases, across every record merged into their person. */
        personId?: string;
      };
      header?: never;
      path: {
        maracId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseListPage'];
        };
      };
      /** @description Invalid query parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such MARAC in your partnerships (another partnership's MARAC looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MaracsController_depersonalisedCases: {
    parameters: {
      query?: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        maracId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepersonalisedCasePage'];
        };
      };
      /** @description Invalid query parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: analyst). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such MARAC in your partnerships (another partnership's MARAC looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MaracsController_repeatRate: {
    parameters: {
      query?: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
      };
      header?: never;
      path: {
        maracId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RepeatRateReport'];
        };
      };
      /** @description Invalid query parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: analyst, coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such MARAC in your partnerships (another partnership's MARAC looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MaracsController_repeatRateQuarters: {
    parameters: {
      query?: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
      };
      header?: never;
      path: {
        maracId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarterlyRepeatRates'];
        };
      };
      /** @description Invalid query parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: analyst, coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such MARAC in your partnerships (another partnership's MARAC looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MaracsController_safeLives: {
    parameters: {
      query?: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
        /** @description Or send Accept: text/csv. */
        format?: 'json' | 'csv';
      };
      header?: never;
      path: {
        maracId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report; as CSV, a header row and one data row with the same fields. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SafeLivesReport'];
          'text/csv': string;
        };
      };
      /** @description Invalid query parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: analyst, coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such MARAC in your partnerships (another partnership's MARAC looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MaracsController_agencyEngagement: {
    parameters: {
      query?: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
        /** @description The date overdue actions are judged on; defaults to today. */
        asOf?: string;
      };
      header?: never;
      path: {
        maracId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyEngagementReport'];
        };
      };
      /** @description Invalid query parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: analyst, coordinator). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such MARAC in your partnerships (another partnership's MARAC looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SettingsController_read: {
    parameters: {
      query?: {
        /** @description The day whose settings to show (default: today). */
        on?: string;
      };
      header?: never;
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnershipSettingsView'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SettingsController_change: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SettingsPatchBody'];
      };
    };
    responses: {
      /** @description The settings in force on the day the change takes effect. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnershipSettingsView'];
        };
      };
      /** @description No setting named, values out of range, or a band with its low end above its high end on some day. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ImportsController_importMarac: {
    parameters: {
      query?: {
        /** @description Validate and match every row, writing nothing. */
        dryRun?: boolean;
      };
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportMaracHistoryBody'];
      };
    };
    responses: {
      /** @description What was imported, and every refused row with its number and why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReport'];
        };
      };
      /** @description Not CSV, or a header without the required columns or with unknown ones (nothing imported). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseReviewFiguresController_figures: {
    parameters: {
      query: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
        partnershipId: string;
        /** @description Or send Accept: text/csv. */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures; as CSV, a header row and one data row with the same fields. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseReviewFigures'];
          'text/csv': string;
        };
      };
      /** @description Invalid period or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker, analyst, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseReviewFiguresController_recommendations: {
    parameters: {
      query: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
        partnershipId: string;
        /** @description The day "overdue" is judged on (default today). */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecommendationsByBody'];
        };
      };
      /** @description Invalid period or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker, analyst, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_log: {
    parameters: {
      query: {
        partnershipId: string;
        page?: number;
        pageSize?: number;
        stage?: 'acknowledge' | 'decide' | 'review' | 'outcome' | 'closed';
        /** @description Only applications whose waiting stage is past its due date. */
        overdue?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationLogPage'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application, person or partnership (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the application’s state: a stage out of order, a date before the one it follows or after today. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_receive: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReceiveApplicationBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application, person or partnership (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ETag is the stream revision. Free text is null once the victim is erased. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationDetails'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application, person or partnership (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not possible in the application’s state: a stage out of order, a date before the one it follows or after today. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_acknowledge: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcknowledgementBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application, person or partnership (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ThresholdDecisionBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application, person or partnership (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_review: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application, person or partnership (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_recommendationOutcome: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
        recommendationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecommendationOutcomeBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application, person or partnership (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_outcome: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplicationOutcomeBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application, person or partnership (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_escalate: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EscalationBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application, person or partnership (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApplicationsController_decideEscalation: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EscalationDecisionBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationCommandResult'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such application, person or partnership (or not in your partnerships). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseReviewSettingsController_read: {
    parameters: {
      query?: {
        /** @description Default today. */
        on?: string;
      };
      header?: never;
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseReviewSettingsView'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin, asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CaseReviewSettingsController_change: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseReviewSettingsPatchBody'];
      };
    };
    responses: {
      /** @description The settings in force on the day the change takes effect. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseReviewSettingsView'];
        };
      };
      /** @description No setting named, a threshold above 3 (the statutory most), or a value out of range. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServicesController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterServiceBody'];
      };
    };
    responses: {
      /** @description ETag is the service stream revision. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimServiceRegistration'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     A service with this id is already registered.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServicesController_setAims: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        serviceId: string;
        financialYear: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetServiceAimsBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceAims'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: service-manager, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim service. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServicesController_refer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        serviceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferVictimBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VsCaseResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim service, or no such person. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServicesController_cases: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        serviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VsCaseList'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim service. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServicesController_depersonalisedCases: {
    parameters: {
      query?: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        serviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepersonalisedVsCasePage'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: analyst). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim service. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServicesController_distanceTravelled: {
    parameters: {
      query?: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
      };
      header?: never;
      path: {
        serviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Analysts: a financial year or quarter only, small counts and the averages over them suppressed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistanceTravelledReport'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: service-manager, admin, analyst). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim service. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServicesController_quarterlyTable: {
    parameters: {
      query: {
        financialYear: string;
        /** @description Or send Accept: text/csv. */
        format?: 'json' | 'csv';
      };
      header?: never;
      path: {
        serviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The table; as CSV one line per row: section, name, label, kind, Q1-Q4, aim, year, status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarterlyTable'];
          'text/csv': string;
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: service-manager, admin, analyst). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim service. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServiceCasesController_assessRisk: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RiskAssessmentBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VsCaseResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim-service case. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServiceCasesController_assessNeeds: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NeedsAssessmentBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VsCaseResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim-service case. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServiceCasesController_recordContact: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupportContactBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VsCaseResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim-service case. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServiceCasesController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseVictimCaseBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VsCaseResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim-service case. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServiceCasesController_furtherReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FurtherReportBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VsCaseResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim-service case. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServiceCasesController_caseReviewNotice: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseReviewNoticeBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VsCaseResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim-service case. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServiceCasesController_outcomeScores: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OutcomeScoresBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VsCaseResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim-service case. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServiceCasesController_exitSurvey: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExitSurveyBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VsCaseResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description There is no such victim-service case. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServicesSettingsController_read: {
    parameters: {
      query?: {
        /** @description Default today. */
        on?: string;
      };
      header?: never;
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimServicesSettingsView'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin, service-manager, asb-caseworker). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VictimServicesSettingsController_change: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VictimServicesSettingsPatchBody'];
      };
    };
    responses: {
      /** @description The settings in force on the day the change takes effect. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimServicesSettingsView'];
        };
      };
      /** @description No setting named, a list that is not codes, a questionnaire that does not add up, a value out of range. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterCohortBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortView'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     A cohort with this id is already registered.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_cohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortView'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead, analyst). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_adopt: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdoptBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OffenderRecordView'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Already on the cohort, a date later than today, or a re-adoption before the last exit.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_member: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
        /** @description The person (from the people registry). */
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OffenderRecordView'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_status: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        cohortId: string;
        /** @description The person (from the people registry). */
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StatusBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OffenderRecordView'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Not on the cohort, out of date order, later than today, or the status already held.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_strand: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        cohortId: string;
        /** @description The person (from the people registry). */
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StrandBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OffenderRecordView'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Not on the cohort, out of date order, later than today, or already in the strand.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_offence: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        cohortId: string;
        /** @description The person (from the people registry). */
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OffenceBody'];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OffenderRecordView'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Never adopted, a date later than today, an outcome before the offence, or the offence id already used.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_outcome: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        cohortId: string;
        /** @description The person (from the people registry). */
        personId: string;
        offenceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OutcomeBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OffenderRecordView'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     No such offence, a final outcome already, or a date out of order or later than today.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_exit: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        cohortId: string;
        /** @description The person (from the people registry). */
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExitBody'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OffenderRecordView'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.
       *
       *     Not on the cohort, an exit before the adoption, out of date order or later than today.
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_measures: {
    parameters: {
      query?: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
        /** @description The day the figures are worked out on (default today; not later than today). */
        asOf?: string;
        /** @description One of the cohort's strands (default: all). */
        strand?: string;
      };
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Analysts: a financial year or quarter only, counts suppressed, no person ids. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IomMeasuresReport'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead, analyst). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomCohortsController_proposals: {
    parameters: {
      query: {
        /** @description The cohort's strand the people would be proposed for. */
        strand: string;
      };
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaracPerpetratorProposals'];
        };
      };
      /** @description Invalid body or parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such cohort or person in your partnerships (another partnership’s looks the same as none). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomAreasController_reoffending: {
    parameters: {
      query: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
        /** @description The partnership whose areas (their cohorts together) are counted. */
        partnershipId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Analysts: a financial year or quarter only, small counts suppressed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AreaReoffendingReport'];
        };
      };
      /** @description Invalid parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead, analyst). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such partnership among yours. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IomMeasuresController_measures: {
    parameters: {
      query?: {
        /** @description First day of the period (with `to`), inclusive. */
        from?: string;
        /** @description Last day of the period (with `from`), inclusive. */
        to?: string;
        /** @description A UK financial year (1 April to 31 March), instead of from/to. */
        financialYear?: string;
        /** @description A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to. */
        quarter?: string;
        /** @description The day the figures are worked out on (default today; not later than today). */
        asOf?: string;
        /** @description One of your partnerships (default: every partnership you may see). */
        partnershipId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Analysts: a financial year or quarter only, counts suppressed, no person ids. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EveryCohortMeasuresReport'];
        };
      };
      /** @description Invalid parameters (problem+json, each field named). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: iom-lead, analyst). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such partnership among yours. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CrossServiceController_repeats: {
    parameters: {
      query: {
        partnershipId: string;
        financialYear: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CrossServiceRepeatTable'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: analyst, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CrossServiceController_victims: {
    parameters: {
      query: {
        partnershipId: string;
        financialYear: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CrossServiceVictims'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: analyst, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AlertStreamController_ticket: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StreamTicketAnswer'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, service-manager, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AlertStreamController_stream: {
    parameters: {
      query?: {
        /** @description A stream ticket from POST /alerts/stream-tickets (single use), in place of the bearer header. */
        ticket?: string;
        /** @description For clients that cannot send Last-Event-ID: the last event id received. */
        lastEventId?: string;
      };
      header?: {
        /** @description The last event id received: the stream resumes after it. */
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Server-sent events, each `data:` an object { change, alert } (an AlertView). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, service-manager, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AlertsController_list: {
    parameters: {
      query?: {
        /** @description mine: for a role I hold, or me as lead; team: for my teams. */
        scope?: 'mine' | 'team' | 'all';
        /** @description One or more kinds (repeat the parameter or separate by commas). */
        kind?: (
          | 'marac-action-overdue'
          | 'marac-repeat-awaiting-relisting'
          | 'marac-victim-in-other-service'
          | 'marac-perpetrator-offending-in-iom'
          | 'vs-reassessment-overdue'
          | 'vs-case-review-notice-due'
          | 'case-review-stage-due-soon'
          | 'case-review-stage-overdue'
          | 'case-review-recommendation-overdue'
          | 'iom-member-offending'
        )[];
        /** @description open: raised or acknowledged. */
        state?: 'open' | 'raised' | 'acknowledged' | 'resolved';
        /** @description One of your partnerships (default: all of them). */
        partnershipId?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertPage'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, service-manager, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AlertsController_acknowledge: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        alertId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertCommandResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, service-manager, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such alert, or not one for you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AlertsController_resolve: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        alertId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertCommandResult'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, service-manager, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such alert, or not one for you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AlertSettingsController_read: {
    parameters: {
      query?: {
        /** @description Default today. */
        on?: string;
      };
      header?: never;
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertSettingsView'];
        };
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: coordinator, iom-lead, asb-caseworker, service-manager, admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AlertSettingsController_change: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state. */
        'If-Match'?: string;
        /** @description Retrying with the same key performs the command once and answers the same status, body and ETag. */
        'Idempotency-Key'?: string;
      };
      path: {
        partnershipId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AlertSettingsPatchBody'];
      };
    };
    responses: {
      /** @description The settings in force on the day the change takes effect. */
      200: {
        headers: {
          /** @description The stream revision of the record: send it back as If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertSettingsView'];
        };
      };
      /** @description No setting named, or a value out of its range (the message names the setting). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not one of your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a revision the record is no longer at: reload it and try again. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the service accepts. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used for a different request: This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AlertRecipientsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The user's id (the token's subject). */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted: no alert e-mail goes to them until they open their alerts again. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid: the problem names each field at fault. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No bearer token, or one that was refused. */
      401: {
        headers: {
          /** @description Bearer, with the reason */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Your role does not allow this (admitted: admin). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such recipient in your partnerships. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: retry after the time in Retry-After. */
      429: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is out of reach: retry (commands with the same Idempotency-Key). */
      503: {
        headers: {
          /** @description Seconds to wait before retrying. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
