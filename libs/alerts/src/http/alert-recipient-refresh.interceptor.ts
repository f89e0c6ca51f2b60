import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, switchMap, type Observable } from 'rxjs';
import type { AuthenticatedUser } from '@app/access';
import { AlertRecipients } from '../application/email/alert-recipients.js';

/**
 * Every authenticated request keeps its user's alert-recipient row as their token says now, before the
 * route runs (a changed e-mail, role, team or partnership takes effect for the next e-mail): `refresh`
 * writes only what changed, so unchanged claims cost no write.
 */
@Injectable()
export class AlertRecipientRefreshInterceptor implements NestInterceptor {
  constructor(private readonly recipients: AlertRecipients) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!user) return next.handle();
    // The route's handler is taken now, so it keeps this request's async context (its audit note); it runs after the refresh.
    const handled = next.handle();
    return from(this.recipients.refresh(user)).pipe(switchMap(() => handled));
  }
}
