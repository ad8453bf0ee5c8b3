import { demoUnits } from '../units/demo-units';
import { DEMO_PASSWORD } from './demo-password';
import { demoUsers } from './demo-users';

describe('demoUsers', () => {
  const users = demoUsers();

  it('covers every role but admin (the system creates it)', () => {
    expect([...new Set(users.map((u) => u.role))].sort()).toEqual([
      'appraiser',
      'surveyor',
      'unit_editor',
      'unit_head',
      'viewer',
    ]);
  });

  it('has unique usernames the API accepts and Vietnamese full names', () => {
    const names = users.map((u) => u.username);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/.test(n))).toEqual([]);
    expect(users.every((u) => u.fullName.split(' ').length >= 3 && u.position.length > 10)).toBe(true);
  });

  it('shares a password that passes the API policy for every username', () => {
    for (const { username } of users) {
      expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(10);
      expect(DEMO_PASSWORD.toLowerCase().includes(username.toLowerCase())).toBe(false);
      expect(new Set(DEMO_PASSWORD).size).toBeGreaterThanOrEqual(4);
    }
  });

  it('scopes appraisers to all areas, to a lead agency, and to an area', () => {
    expect(
      users.filter((u) => u.role === 'appraiser').map((u) => [u.username, u.unitCode, u.areaCodes]),
    ).toEqual([
      ['thamdinh.snv', 'SNV', ['*']],
      ['thamdinh.stp', 'STP', []],
      ['thamdinh.skhcn', 'SKHCN', ['7']],
    ]);
  });

  it('puts a head and an officer in one agency and one commune, every unit code a demo unit', () => {
    const units = new Set(demoUnits().map((u) => u.code));
    const unitRoles = users.filter((u) => u.role === 'unit_head' || u.role === 'unit_editor');
    expect(unitRoles.map((u) => `${u.unitCode}:${u.role}`)).toEqual([
      'STC:unit_head',
      'STC:unit_editor',
      'X-TANLAP:unit_head',
      'X-TANLAP:unit_editor',
    ]);
    expect(users.filter((u) => u.unitCode !== undefined && !units.has(u.unitCode))).toEqual([]);
  });
});
