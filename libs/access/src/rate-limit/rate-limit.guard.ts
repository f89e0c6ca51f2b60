import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { PUBLIC_KEY } from '../access.decorators.js';
import type { AuthenticatedRequest } from '../authentication/authentication.guard.js';
import { ACCESS_CONFIG, type AccessConfig } from '../config/access-config.js';
import { TokenBuckets } from './token-buckets.js';

/**
 * Global guard (second of three, after authentication): a token bucket per user id, refilled at
 * RATE_LIMIT_PER_MINUTE. In-process, so with N API processes a user gets up to N times the rate;
 * that bounds a runaway client or a stolen token's scraping speed, which is what it is for.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly buckets: TokenBuckets;

  constructor(
    private readonly reflector: Reflector,
    @Inject(ACCESS_CONFIG) config: AccessConfig,
  ) {
    this.buckets = new TokenBuckets(config.rateLimitPerMinute, 60_000);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()])) return true;
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) return true;
    const waitMs = this.buckets.take(user.id);
    if (waitMs === 0) return true;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
    throw new HttpException('Too many requests from this user; slow down and retry after the time in Retry-After.', HttpStatus.TOO_MANY_REQUESTS);
  }
}
