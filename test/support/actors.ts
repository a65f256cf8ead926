import { randomInt } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';

export const DEMO_PASSWORD = 'Demo@123456';

export const DEMO = {
  admin: 'admin@motcua.local',
  reception: 'tiepnhan@motcua.local',
  specialist: 'chuyenvien@motcua.local',
  leader: 'lanhdao@motcua.local',
  agencyCode: '000.00.00.H00',
} as const;

/** A random 12-digit citizen ID, so parallel test files never collide. */
export function randomNationalId(): string {
  let id = String(randomInt(1, 10));
  for (let i = 0; i < 11; i++) id += String(randomInt(0, 10));
  return id;
}

export interface Citizen {
  id: string;
  nationalId: string;
  fullName: string;
  phone: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

/** Registers a fresh citizen and logs them in. */
export async function registerCitizen(
  http: TestAgent,
  overrides: Partial<{
    nationalId: string;
    fullName: string;
    phone: string;
    email: string;
    password: string;
  }> = {},
): Promise<Citizen> {
  const nationalId = overrides.nationalId ?? randomNationalId();
  const input = {
    nationalId,
    fullName: overrides.fullName ?? 'Nguyễn Văn An',
    phone: overrides.phone ?? `09${String(randomInt(0, 100_000_000)).padStart(8, '0')}`,
    email: overrides.email ?? `citizen-${nationalId}@example.vn`,
    password: overrides.password ?? 'MatKhau@2025',
  };
  const registered = await http.post('/api/v1/auth/register').send(input);
  if (registered.status !== 201) {
    throw new Error(`register failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  }
  const loggedIn = await http
    .post('/api/v1/auth/login')
    .send({ username: input.nationalId, password: input.password });
  if (loggedIn.status !== 200) {
    throw new Error(`login failed: ${loggedIn.status} ${JSON.stringify(loggedIn.body)}`);
  }
  return {
    id: registered.body.id,
    ...input,
    accessToken: loggedIn.body.accessToken,
    refreshToken: loggedIn.body.refreshToken,
  };
}

/** Logs in and returns the access token; throws unless the API answers 200. */
export async function login(
  http: TestAgent,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const res = await http.post('/api/v1/auth/login').send({ username, password });
  if (res.status !== 200) {
    throw new Error(`login as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body.accessToken;
}
