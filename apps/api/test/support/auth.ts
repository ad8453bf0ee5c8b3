import type { Role } from '@par/contracts';
import { randomUUID } from 'node:crypto';
import { ADMIN_PASSWORD, type TestApp } from './test-app';

export interface Session {
  token: string;
  refreshToken: string;
  auth: { Authorization: string };
}

let ipCounter = 1;
/** A distinct client address per call (the test app trusts X-Forwarded-For), so throttling stays per test. */
export function freshIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export async function login(t: TestApp, username: string, password: string): Promise<Session> {
  const res = await t
    .http()
    .post('/api/v1/auth/login')
    .set('X-Forwarded-For', freshIp())
    .send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username} → ${res.status} ${JSON.stringify(res.body)}`);
  return {
    token: res.body.accessToken,
    refreshToken: res.body.refreshToken,
    auth: { Authorization: `Bearer ${res.body.accessToken}` },
  };
}

export const loginAdmin = (t: TestApp) => login(t, 'admin', ADMIN_PASSWORD);

export async function createUnit(
  t: TestApp,
  admin: Session,
  code: string,
  type = 'department',
  name?: string,
) {
  const res = await t
    .http()
    .post('/api/v1/units')
    .set(admin.auth)
    .send({ code, name: name ?? `Đơn vị ${code}`, type });
  if (res.status !== 201) throw new Error(`create unit ${code} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; code: string; version: number };
}

export interface CreatedUser {
  id: string;
  username: string;
  password: string;
  session: Session;
}

/** Creates a user through the API and signs them in. */
export async function createUser(
  t: TestApp,
  admin: Session,
  role: Role,
  extra: { unitCode?: string; areaCodes?: string[]; username?: string; email?: string } = {},
): Promise<CreatedUser> {
  const username = extra.username ?? `${role.replace('_', '')}-${randomUUID().slice(0, 8)}`;
  const password = `pw-${randomUUID()}`;
  const res = await t
    .http()
    .post('/api/v1/users')
    .set(admin.auth)
    .send({
      username,
      password,
      fullName: `Người dùng ${username}`,
      role,
      unitCode: extra.unitCode,
      areaCodes: extra.areaCodes,
      email: extra.email,
    });
  if (res.status !== 201)
    throw new Error(`create user ${username} → ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, username, password, session: await login(t, username, password) };
}
