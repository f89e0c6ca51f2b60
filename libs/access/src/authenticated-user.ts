/** The roles of the product (issue 4). Deny by default: a route names the roles it admits. */
export const ROLES = ['coordinator', 'iom-lead', 'asb-caseworker', 'service-manager', 'analyst', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The caller, from a verified bearer token. Set on `request.user` by the authentication guard. */
export interface AuthenticatedUser {
  /** The token's subject: a stable user id, recorded as the actor of every event and audit entry. */
  id: string;
  roles: Role[];
  /** Partnerships whose data the user may see; every command and query is scoped to these. */
  partnerships: string[];
  /** Teams the user is in (the teams claim): an alert for a team reaches its members. */
  teams?: string[];
  /** The user's e-mail address (the e-mail claim), for alert digests; never logged. */
  email?: string;
}
