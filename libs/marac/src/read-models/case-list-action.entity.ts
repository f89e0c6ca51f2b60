import { Entity } from 'typeorm';
import { AgencyActionColumns } from './agency-action-columns.js';

/** An agency action of a case on the case list (marac_case_actions): outstanding and overdue counts. */
@Entity({ name: 'marac_case_actions' })
export class CaseListAction extends AgencyActionColumns {}
