import { Global, Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { EventTypeRegistry } from '@app/event-store';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { AuditController } from './audit/audit.controller.js';
import { AuditInterceptor } from './audit/audit.interceptor.js';
import { AuditLog } from './audit/audit-log.js';
import { RefusalAudit, RefusalAuditMiddleware } from './audit/refusal-audit.js';
import { AuthenticationGuard } from './authentication/authentication.guard.js';
import { TokenVerifier } from './authentication/token-verifier.js';
import { RolesGuard } from './authorisation/roles.guard.js';
import { ACCESS_CONFIG, loadAccessConfig, type AccessConfig } from './config/access-config.js';
import { resolvePseudonymSecret } from './config/access-secrets.js';
import { Depersonaliser, PSEUDONYMISER } from './depersonalise/depersonaliser.js';
import { Pseudonymiser } from './depersonalise/depersonalise.js';
import { ErasureController } from './personal-data/erasure.controller.js';
import { ErasureService } from './personal-data/erasure.service.js';
import { accessEventTypes } from './personal-data/personal-data-erased.event.js';
import { RateLimitStore } from './rate-limit/rate-limit-store.js';
import { RateLimitGuard } from './rate-limit/rate-limit.guard.js';
import { SubjectAccessSources } from './subject-access/subject-access-sources.js';
import { RetentionService } from './retention/retention.service.js';
import { StreamTickets } from './stream-tickets/stream-tickets.js';

const ACCESS_EVENT_TYPES = Symbol('ACCESS_EVENT_TYPES');

/**
 * Access control for the HTTP app: rate limiting, authentication and roles as global guards (in
 * that order: requests without a valid token are limited by address), the audit interceptor, the audit and erasure endpoints, retention, and the
 * depersonalising helpers. The personal-data protector itself is provided in the core module (the
 * projector needs it too): see personalDataProtectorProvider.
 */
@Global()
@Module({
  controllers: [AuditController, ErasureController],
  providers: [
    { provide: ACCESS_CONFIG, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadAccessConfig(config) },
    { provide: TokenVerifier, inject: [ACCESS_CONFIG], useFactory: (config: AccessConfig) => TokenVerifier.create(config) },
    {
      provide: PSEUDONYMISER,
      inject: [ACCESS_CONFIG],
      useFactory: async (config: AccessConfig) => new Pseudonymiser(await resolvePseudonymSecret(config)),
    },
    {
      provide: ACCESS_EVENT_TYPES,
      inject: [EventTypeRegistry],
      useFactory: (registry: EventTypeRegistry) => registry.registerVersions(accessEventTypes),
    },
    Depersonaliser,
    AuditLog,
    RefusalAudit,
    ErasureService,
    RetentionService,
    SubjectAccessSources,
    RateLimitStore,
    StreamTickets,
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [
    ACCESS_CONFIG,
    TokenVerifier,
    Depersonaliser,
    AuditLog,
    RefusalAudit,
    ErasureService,
    RetentionService,
    SubjectAccessSources,
    StreamTickets,
  ],
})
export class AccessModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RefusalAuditMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
