import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDto } from './problem-details';

/** The error statuses the API answers with (`STATUS_OF` in `problem-details.ts`). */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/** An `application/problem+json` answer with the `ProblemDto` schema, as every error is sent. */
export function problemAnswer(description: string) {
  return {
    description,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
  };
}

/**
 * A route's error answers, one line each: `@ApiProblems({ 404: 'Not yours', 409: 'Not a draft' })`.
 * The 401 and 403 of `@Authenticated(...)` and the 429 of `@RateLimited(...)` come with those
 * decorators; an entry here for the same status replaces theirs when written above them.
 */
export function ApiProblems(answers: Partial<Record<ProblemStatus, string>>) {
  return applyDecorators(
    ...Object.entries(answers).map(([status, description]) =>
      ApiResponse({ status: Number(status), ...problemAnswer(description) }),
    ),
  );
}
