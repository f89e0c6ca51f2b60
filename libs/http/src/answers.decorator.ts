import type { Type } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

/** Any endpoint method answering `T` (or a promise of it); parameters are the endpoint's own. */
type Answering<T> = (...args: never[]) => T | Promise<T>;

/** True when A and B are the same type (not merely assignable: a wider answer is another type). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/** Compiles only when the method's answer is exactly the documented class; otherwise names what it returns. */
type AnswerOf<M extends Answering<unknown>, T> =
  Same<Awaited<ReturnType<M>>, T> extends true
    ? unknown
    : { 'the method answers another type than the class documented': Awaited<ReturnType<M>> };

export interface AnswersOptions {
  /** 200 unless the endpoint answers 201 (`@HttpCode(201)`, a POST's default). */
  status?: 200 | 201;
  description?: string;
}

/**
 * The answer of an endpoint in the OpenAPI document, `@Answers(CaseCommandResult)`: the class that describes it
 * must be exactly the type the method returns (a subtype with more fields is refused too), or the method does
 * not compile. The class is the one the handler declares as its result (its `@ApiProperty` decorators are the
 * schema), so the document and the code have one definition of each answer.
 */
export function Answers<T>(type: Type<T>, { status = 200, description }: AnswersOptions = {}) {
  return <M extends Answering<T>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M> & AnswerOf<M, T>): void => {
    ApiResponse({ status, type, description: description ?? (status === 201 ? 'Created.' : 'OK.') })(target, key, descriptor);
  };
}
