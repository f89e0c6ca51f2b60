import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bearer } from '@app/access';

/**
 * A person record, as a coordinator registers one (`POST /people`, confirmed new): what e2e tests do
 * before they name the same person in several referrals or record a call-out. Answers the person id.
 */
export async function registerTestPerson(
  app: INestApplication,
  partnershipId: string,
  fullName: string,
  identity: Record<string, unknown> = {},
): Promise<string> {
  const coordinator = await bearer(app, { id: 'test-people', roles: ['coordinator'], partnerships: [partnershipId] });
  const response = await request(app.getHttpServer())
    .post('/people')
    .set('Authorization', coordinator)
    .send({ partnershipId, identity: { fullName, ...identity }, newPerson: true })
    .expect(201);
  return (response.body as { personId: string }).personId;
}
