import assert from 'node:assert/strict';
import { it } from 'node:test';
import { afterSignIn, landingOf, loginRoute, mayOpen, parseHash, redirectFor, viewsFor } from './routes.js';
import type { Me, Role } from './types.js';

const user = (role: Role, landing = role === 'owner' ? '#/my-bikes' : '#/map'): Me => ({
  id: 'u-000000000001',
  username: role === 'owner' ? null : `demo-${role}`,
  displayName: `Demo ${role}`,
  role,
  unitId: null,
  jurisdictions: [],
  phone: null,
  isDemo: true,
  landing,
  locale: null,
  timeZone: 'Asia/Shanghai',
});
const none = new URLSearchParams();

it('lets staff open the map, only administrators the audit trail, and everyone their account', () => {
  for (const role of ['admin', 'operator', 'police', 'installer'] as const) assert.equal(mayOpen(role, '/map'), true, role);
  assert.equal(mayOpen('owner', '/map'), false);
  assert.deepEqual(
    (['admin', 'operator', 'police', 'installer', 'owner'] as const).filter((r) => mayOpen(r, '/audit')),
    ['admin'],
  );
  assert.equal(mayOpen('owner', '/account'), true);
  assert.deepEqual(
    (['admin', 'operator', 'police', 'installer', 'owner'] as const).filter((r) => mayOpen(r, '/my-bikes')),
    ['owner'],
  );
  assert.equal(mayOpen('admin', '/nowhere'), false);
  assert.equal(mayOpen('admin', 'constructor'), false, 'only the table’s own keys are views');
});

it('lets installers and administrators register devices, police and administrators owners, and only administrators manage people and tokens', () => {
  const who = (path: string) => (['admin', 'operator', 'police', 'installer', 'owner'] as const).filter((r) => mayOpen(r, path));
  assert.deepEqual(who('/devices/new'), ['admin', 'installer']);
  assert.deepEqual(who('/owners/new'), ['admin', 'police']);
  assert.deepEqual(who('/bikes/new'), ['admin', 'police']);
  assert.deepEqual(who('/cases'), ['admin', 'police']);
  assert.deepEqual(who('/people'), ['admin']);
  assert.deepEqual(who('/tokens'), ['admin']);
  assert.equal(mayOpen('admin', '/devices'), false, 'only the full path is a view');
});

it('lists the views a role may use, in menu order', () => {
  assert.deepEqual(
    viewsFor('admin').map((v) => v.path),
    ['/map', '/devices/new', '/owners/new', '/bikes/new', '/cases', '/people', '/tokens', '/audit', '/maintenance', '/alarm-report', '/linkage', '/coordinates', '/account'],
  );
  assert.deepEqual(
    viewsFor('operator').map((v) => v.path),
    ['/map', '/alarms', '/alarms/mine', '/maintenance', '/alarm-report', '/coordinates', '/account'],
  );
  assert.deepEqual(
    viewsFor('police').map((v) => v.path),
    ['/map', '/alarms', '/alarms/mine', '/owners/new', '/bikes/new', '/cases', '/alarm-report', '/coordinates', '/account'],
  );
  assert.deepEqual(
    viewsFor('installer').map((v) => v.path),
    ['/map', '/devices/new', '/maintenance', '/coordinates', '/account'],
  );
  assert.deepEqual(
    viewsFor('owner').map((v) => v.path),
    ['/my-bikes', '/account'],
  );
});

it('starts on the platform’s landing view, or the account when the dashboard has no such view for the role', () => {
  assert.equal(landingOf(user('operator')), '/map');
  assert.equal(landingOf(user('owner')), '/my-bikes', 'owners start on their bikes');
  assert.equal(landingOf(user('owner', '#/map')), '/account');
  assert.equal(landingOf(user('police', '#/not-a-view')), '/account');
  assert.equal(landingOf(user('police', '#/cases')), '/cases');
  assert.equal(landingOf(user('operator', '#/cases')), '/account', 'the watchlist is for police and administrators');
});

it('goes where the user wanted after signing in, if their role may', () => {
  assert.equal(afterSignIn(user('admin'), '/audit'), '/audit');
  assert.equal(afterSignIn(user('operator'), '/audit'), '/map');
  assert.equal(afterSignIn(user('owner'), '/map'), '/my-bikes');
  assert.equal(afterSignIn(user('installer'), null), '/map');
  assert.equal(afterSignIn(user('installer'), 'https://elsewhere.example/'), '/map');
});

it('splits a hash into path and query', () => {
  assert.deepEqual(parseHash(''), { path: '/', params: none });
  assert.equal(parseHash('#/map').path, '/map');
  const login = parseHash('#/login?next=%2Faudit');
  assert.equal(login.path, '/login');
  assert.equal(login.params.get('next'), '/audit');
  assert.equal(loginRoute('/audit'), '/login?next=%2Faudit');
  assert.equal(loginRoute('/'), '/login');
  assert.equal(loginRoute('/login'), '/login');
});

it('sends the signed-out to the login view remembering the view, and the signed-in on to it', () => {
  const out = { status: 'signed-out' } as const;
  assert.equal(redirectFor(out, '/audit', none), '/login?next=%2Faudit');
  assert.equal(redirectFor(out, '/', none), '/login');
  assert.equal(redirectFor(out, '/login', none), null);
  assert.equal(redirectFor({ status: 'checking' }, '/audit', none), null);
  assert.equal(redirectFor({ status: 'unreachable' }, '/audit', none), null);

  const admin = { status: 'signed-in', user: user('admin') } as const;
  assert.equal(redirectFor(admin, '/login', new URLSearchParams('next=/audit')), '/audit');
  assert.equal(redirectFor(admin, '/login', none), '/map');
  assert.equal(redirectFor(admin, '/', none), '/map');
  assert.equal(redirectFor(admin, '/audit', none), null);
  // A view the role may not see stays in the address bar: the page says why it shows nothing.
  assert.equal(redirectFor({ status: 'signed-in', user: user('owner') }, '/map', none), null);
});
