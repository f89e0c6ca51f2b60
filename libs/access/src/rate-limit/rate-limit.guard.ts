import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { PUBLIC_KEY } from '../access.decorators.js';
import { bearerTokenOf } from '../authentication/authentication.guard.js';
import { TokenVerifier } from '../authentication/token-verifier.js';
import { ACCESS_CONFIG, type AccessConfig } from '../config/access-config.js';
import { RateLimitStore } from './rate-limit-store.js';

const WINDOW_MS = 60_000;

/**
 * Global guard, the first of three (rate limit, authentication, roles), so requests without a valid token
 * count too: RATE_LIMIT_PER_MINUTE per user for requests with a valid token, RATE_LIMIT_PER_ADDRESS_PER_MINUTE
 * per client address for the rest (a missing, forged or expired token), counted in PostgreSQL (RateLimitStore)
 * so every API process shares them. A user is never limited by address (a whole office may share one);
 * public routes (health probes) are not limited.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACCESS_CONFIG) private readonly config: AccessConfig,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    private readonly store: RateLimitStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request>();
    // Verified tokens are cached, so the authentication guard after this one does not verify the same token again.
    const token = bearerTokenOf(request);
    const user = token ? await this.verifier.verify(token).catch(() => undefined) : undefined;
    const { retryAfterSeconds } = user
      ? await this.store.hit(`user:${user.id}`, this.config.rateLimitPerMinute, WINDOW_MS)
      : await this.store.hit(
          `address:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`,
          this.config.rateLimitPerAddressPerMinute,
          WINDOW_MS,
        );
    if (retryAfterSeconds === 0) return true;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfterSeconds));
    throw new HttpException(
      user
        ? 'Too many requests from this user; slow down and retry after the time in Retry-After.'
        : 'Too many requests without a valid token from this address; retry after the time in Retry-After.',
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
