import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ErrorCode, DomainError, ForbiddenError, Role } from '@motcua/domain';
import { ALLOWED_ROLES, IS_PUBLIC } from './auth.decorators';
import { AuthenticatedUser } from './authenticated-user';

export class UnauthenticatedError extends DomainError {
  constructor() {
    super(ErrorCode.Unauthenticated, 'Bạn cần đăng nhập để thực hiện thao tác này.');
  }
}

/**
 * Global guard, deny by default: every route needs a valid access token unless marked
 * `@Public()`, and the roles named by `@Authenticated(...)`.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await super.canActivate(context);
    const allowed =
      this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    const user = context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
    if (allowed.length > 0 && !user.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenError();
    }
    return true;
  }

  /**
   * A token passport-jwt refuses (bad signature, expired) arrives as no user; an `error` can only
   * come from the session check, which could not run (no pooled connection, the database gone):
   * it goes on to the error filter (503), so a signed-in person is not told to sign in again.
   */
  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new UnauthenticatedError();
    return user;
  }
}
