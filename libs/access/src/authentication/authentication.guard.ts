import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { PUBLIC_KEY, STREAM_TICKET_KEY } from '../access.decorators.js';
import { StreamTickets } from '../stream-tickets/stream-tickets.js';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { InvalidTokenError, TokenVerifier } from './token-verifier.js';

export type AuthenticatedRequest = Request & { user?: AuthenticatedUser };

/** The token of an `Authorization: Bearer <token>` header, if the request has one of that form. */
export function bearerTokenOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  return typeof header === 'string' ? /^Bearer ([A-Za-z0-9_.~+/=-]+)$/i.exec(header.trim())?.[1] : undefined;
}

/**
 * Global guard (second of three: rate limit, authentication, roles). Every route needs a valid
 * bearer token unless it is marked @Public(). Failures are 401 with `WWW-Authenticate: Bearer`
 * (RFC 6750) and a reason that names no secret.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    private readonly tickets: StreamTickets,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const token = bearerTokenOf(request);
    const ticket = request.query?.ticket;
    if (
      !token &&
      typeof ticket === 'string' &&
      this.reflector.getAllAndOverride<boolean>(STREAM_TICKET_KEY, [context.getHandler(), context.getClass()])
    ) {
      const user = await this.tickets.redeem(ticket);
      if (!user)
        throw new UnauthorizedException('The stream ticket was refused: it is unknown, used already or expired. Ask for a new one.');
      request.user = user;
      return true;
    }
    if (!token) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="safer-panels"');
      throw new UnauthorizedException('This endpoint needs a bearer token (Authorization: Bearer <token>).');
    }
    try {
      request.user = await this.verifier.verify(token);
      return true;
    } catch (error) {
      const reason = error instanceof InvalidTokenError ? error.reason : 'the token could not be verified';
      response.setHeader(
        'WWW-Authenticate',
        `Bearer realm="safer-panels", error="invalid_token", error_description="${reason.replaceAll('"', "'")}"`,
      );
      throw new UnauthorizedException(`The bearer token was refused: ${reason}.`);
    }
  }
}
