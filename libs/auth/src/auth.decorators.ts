import type { ExecutionContext } from '@nestjs/common';
import { applyDecorators, createParamDecorator, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Role } from '@motcua/domain';
import type { AuthenticatedUser } from './authenticated-user';

export const IS_PUBLIC = 'motcua:isPublic';
export const ALLOWED_ROLES = 'motcua:allowedRoles';

/** Open to anyone, signed in or not. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** As the API sends every error (the API's `ProblemDto` schema, named here: this library cannot import it). */
const problemAnswer = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: getSchemaPath('ProblemDto') } } },
});

/**
 * Requires a signed-in caller holding one of `roles` (any role when none are named),
 * and documents that in the OpenAPI spec. Routes with neither this nor `@Public()` are
 * still closed to anonymous callers: the guard denies by default.
 */
export function Authenticated(...roles: Role[]) {
  const who = roles.length > 0 ? roles.join(', ') : 'any signed-in user';
  return applyDecorators(
    SetMetadata(ALLOWED_ROLES, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse(problemAnswer('Missing or invalid access token.')),
    ...(roles.length > 0 ? [ApiForbiddenResponse(problemAnswer(`Allowed roles: ${who}.`))] : []),
  );
}

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedUser => ctx.switchToHttp().getRequest().user,
);
