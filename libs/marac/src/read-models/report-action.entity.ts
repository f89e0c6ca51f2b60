import { Entity, Index } from 'typeorm';
import { AgencyActionColumns } from './agency-action-columns.js';

/** An agency action as the engagement report counts it (marac_report_actions). */
@Entity({ name: 'marac_report_actions' })
@Index('marac_report_actions_due_idx', ['maracId', 'dueDate'])
export class ReportAction extends AgencyActionColumns {}
