import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import { SERVICE_KINDS, type ServiceKind } from '../../domain/index.js';
import { EXAMPLE_SERVICE_ID } from '../vs-common.js';

export interface RegisterServiceInput {
  serviceId: string;
  partnershipId: string;
  name: string;
  provider: string;
  kind: ServiceKind;
}

export class VictimServiceRegistration {
  @ApiProperty({ example: EXAMPLE_SERVICE_ID })
  serviceId: string;
  @ApiProperty({ example: 'demo-csp' })
  partnershipId: string;
  @ApiProperty({ example: 'ASB Support Service' })
  name: string;
  @ApiProperty({ example: 'Victim Support' })
  provider: string;
  @ApiProperty({ enum: SERVICE_KINDS, example: 'asb-support' })
  kind: ServiceKind;
  @ApiProperty({ type: 'integer', example: 0, description: "The service stream's revision (also the ETag)." })
  revision: number;
}

/** Register a victim service under a partnership (admins), before casework names it. */
export class RegisterServiceCommand extends CallerCommand<RegisterServiceInput, VictimServiceRegistration> {}
