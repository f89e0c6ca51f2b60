import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bearer } from '@app/access';

/** A MARAC exists only once an admin registers it: what e2e tests do before they refer to it. */
export async function registerTestMarac(app: INestApplication, maracId: string, partnershipId: string): Promise<void> {
  const admin = await bearer(app, { id: 'test-admin', roles: ['admin'], partnerships: [partnershipId] });
  await request(app.getHttpServer())
    .post('/maracs')
    .set('Authorization', admin)
    .send({ maracId, partnershipId, name: `MARAC ${maracId}` })
    .expect(201);
}
