import { ForbiddenException } from '@nestjs/common';
import { OFFICIAL_ROLES, Role } from '@motcua/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { clearSignIn, currentUser, type SessionUser } from '../session/session';
import { CONSOLE_PREFIX, SignInRequired } from '../session/sign-in-required';

/** Everyone who may use the console: the agencies' officials and the system administrators. */
export const CONSOLE_ROLES: readonly Role[] = [...OFFICIAL_ROLES, Role.SystemAdmin];

export function isConsoleUser(roles: readonly string[]): boolean {
  return roles.some((role) => (CONSOLE_ROLES as readonly string[]).includes(role));
}

/** An area of the console: its address, its name in the navigation, who may open it. */
export interface ConsoleArea {
  path: string;
  label: string;
  roles: readonly Role[];
}

const R = Role;

/**
 * The console's areas, in the navigation's order. Every page checks its area's roles on the
 * server (`requireArea`), and the navigation lists only the areas the official may open; the
 * API refuses anyway, but the console does not show what the official cannot do.
 */
export const CONSOLE_AREAS = {
  dossiers: {
    path: `${CONSOLE_PREFIX}/ho-so`,
    label: 'Hồ sơ',
    roles: [R.Reception, R.Specialist, R.Leader, R.Admin],
  },
  desk: {
    path: `${CONSOLE_PREFIX}/tiep-nhan`,
    label: 'Tiếp nhận hồ sơ giấy',
    roles: [R.Reception],
  },
  reports: {
    path: `${CONSOLE_PREFIX}/bao-cao`,
    label: 'Báo cáo',
    roles: [R.Leader, R.Admin, R.SystemAdmin],
  },
  procedures: {
    path: `${CONSOLE_PREFIX}/quan-tri/thu-tuc`,
    label: 'Thủ tục',
    roles: [R.Admin, R.SystemAdmin],
  },
  // an agency's administrator reads the holiday table; only the system administrator edits it
  holidays: {
    path: `${CONSOLE_PREFIX}/quan-tri/ngay-nghi`,
    label: 'Ngày nghỉ',
    roles: [R.Admin, R.SystemAdmin],
  },
  queues: {
    path: `${CONSOLE_PREFIX}/quan-tri/hang-doi`,
    label: 'Hàng đợi',
    roles: [R.SystemAdmin],
  },
  agencies: {
    path: `${CONSOLE_PREFIX}/quan-tri/co-quan`,
    label: 'Cơ quan',
    // an agency's administrator reads the tree; only a system administrator edits it
    roles: [R.Admin, R.SystemAdmin],
  },
  officials: {
    path: `${CONSOLE_PREFIX}/quan-tri/can-bo`,
    label: 'Cán bộ',
    roles: [R.Admin, R.SystemAdmin],
  },
  auditLog: {
    path: `${CONSOLE_PREFIX}/quan-tri/nhat-ky`,
    label: 'Nhật ký quản trị',
    roles: [R.Admin, R.SystemAdmin],
  },
} as const satisfies Record<string, ConsoleArea>;

export type ConsoleAreaName = keyof typeof CONSOLE_AREAS;

export function mayOpen(roles: readonly string[], area: ConsoleAreaName): boolean {
  return CONSOLE_AREAS[area].roles.some((role) => roles.includes(role));
}

/** The areas these roles may open, in the navigation's order. */
export function areasFor(roles: readonly string[]): Array<ConsoleArea & { name: ConsoleAreaName }> {
  return (Object.keys(CONSOLE_AREAS) as ConsoleAreaName[])
    .filter((name) => mayOpen(roles, name))
    .map((name) => ({ name, ...CONSOLE_AREAS[name] }));
}

/**
 * The signed-in official; nobody signed in (or a citizen) is sent to the console's sign-in and
 * brought back here afterwards.
 */
export function officialOf(request: FastifyRequest): SessionUser {
  const user = currentUser(request);
  if (!user || !isConsoleUser(user.roles)) throw new SignInRequired(returnPathOf(request));
  return user;
}

/** The signed-in official, who must hold one of the area's roles (403 page otherwise). */
export function requireArea(request: FastifyRequest, area: ConsoleAreaName): SessionUser {
  const user = officialOf(request);
  if (!mayOpen(user.roles, area)) throw new ForbiddenException();
  return user;
}

/** The signed-in official, who must hold one of `roles` (403 page otherwise). */
export function requireRoles(request: FastifyRequest, roles: readonly Role[]): SessionUser {
  const user = officialOf(request);
  if (!roles.some((role) => user.roles.includes(role))) throw new ForbiddenException();
  return user;
}

function returnPathOf(request: FastifyRequest): string {
  return request.method === 'GET' ? request.url : CONSOLE_PREFIX;
}

/** Writing the last activity at most this often keeps the cookie from being re-sealed on every request. */
const ACTIVITY_WRITE_MS = 15_000;

export type IdleDecision = 'expired' | 'touch' | 'keep';

/**
 * What an official's request does to their sign-in: it ends after `idleMs` without any
 * request; otherwise the last activity is written again when it is older than a few seconds.
 */
export function idleDecision(
  lastActiveAt: number | undefined,
  now: number,
  idleMs: number,
): IdleDecision {
  if (lastActiveAt !== undefined && now - lastActiveAt > idleMs) return 'expired';
  if (lastActiveAt === undefined || now - lastActiveAt >= Math.min(ACTIVITY_WRITE_MS, idleMs / 4)) {
    return 'touch';
  }
  return 'keep';
}

/**
 * Officials' sign-ins end after `CONSOLE_IDLE_MINUTES` without a request (a desk PC left
 * unattended); citizens keep the session's own lifetime. Runs before every handler, after the
 * CSRF check, so an expired official's next page finds nobody signed in and asks them to sign
 * in again, where the sign-in page says why.
 */
export function registerConsoleIdleTimeout(
  fastify: FastifyInstance,
  idleMinutes: number,
  endApiSession: (request: FastifyRequest, refreshToken: string) => Promise<void>,
): void {
  const idleMs = idleMinutes * 60_000;
  fastify.addHook('preHandler', async (request) => {
    const user = currentUser(request);
    if (!user || !isConsoleUser(user.roles)) return;
    const now = Date.now();
    const decision = idleDecision(request.session.get('lastActiveAt'), now, idleMs);
    if (decision === 'expired') {
      const tokens = request.session.get('tokens');
      clearSignIn(request);
      request.session.set('idleSignedOut', true);
      // the API's session ends too, so the tokens kept in the old cookie are worth nothing
      if (tokens) await endApiSession(request, tokens.refreshToken).catch(() => undefined);
    } else if (decision === 'touch') {
      request.session.set('lastActiveAt', now);
    }
  });
}
