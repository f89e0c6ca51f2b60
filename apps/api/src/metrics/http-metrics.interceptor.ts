import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { MetricsService } from './metrics.service.js';

/** Times every request by its route pattern (never the raw path: it holds record ids). */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const stop = this.metrics.httpRequests.startTimer();
    response.once('finish', () =>
      stop({
        method: request.method,
        route: (request.route as { path?: string } | undefined)?.path ?? 'unmatched',
        status: String(response.statusCode),
      }),
    );
    return next.handle();
  }
}
