import type { Role } from '@par/contracts';
import { SYSTEM_ACTOR, isAdmin, userOf, type Actor, type Principal } from './principal';

const user = (role: Role): Principal => ({
  kind: 'user',
  id: 'u1',
  username: 'someone',
  fullName: 'Ai đó',
  role,
  unitId: null,
  unitCode: null,
  areaCodes: [],
});
const apiKey: Principal = { kind: 'api_key', id: 'k1', name: 'Một cửa', scopes: ['indicators:write'] };
const actor = (principal: Principal | null): Actor => ({ principal, ip: null, requestId: null });

describe('isAdmin and userOf', () => {
  it.each<[string, Actor, boolean, boolean]>([
    ['an admin', actor(user('admin')), true, true],
    ['an appraiser', actor(user('appraiser')), false, true],
    ['a unit head', actor(user('unit_head')), false, true],
    ['an API key', actor(apiKey), false, false],
    ['anonymous', actor(null), false, false],
    ['the system', SYSTEM_ACTOR, false, false],
  ])('%s: admin %s, a user %s', (_, who, admin, isUser) => {
    expect(isAdmin(who)).toBe(admin);
    expect(userOf(who)).toBe(isUser ? who.principal : null);
  });
});
