import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of } from 'rxjs';
import { RevisionETagInterceptor } from './revision-etag.interceptor.js';

/** Runs the interceptor around a handler answering `answer`; returns the answer sent and the headers set. */
async function answering(answer: unknown) {
  const headers: Record<string, string> = {};
  const response = { headersSent: false, setHeader: (name: string, value: string) => (headers[name] = value) };
  const context = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ExecutionContext;
  const next: CallHandler = { handle: () => of(answer) };
  const sent = await lastValueFrom(new RevisionETagInterceptor().intercept(context, next));
  return { sent, headers };
}

describe('RevisionETagInterceptor', () => {
  it("sends the answer's stream revision as its ETag, and the answer unchanged", async () => {
    const answer = { caseId: 'c', revision: 4 };
    expect(await answering(answer)).toEqual({ sent: answer, headers: { ETag: '"4"' } });
    expect((await answering({ revision: 0 })).headers).toEqual({ ETag: '"0"' });
  });

  it('sends no ETag for an answer without a numeric revision', async () => {
    expect((await answering({ items: [] })).headers).toEqual({});
    expect((await answering({ revision: '4' })).headers).toEqual({});
    expect((await answering('a,b\n1,2\n')).headers).toEqual({});
    expect((await answering(null)).headers).toEqual({});
  });
});
