import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ApiError } from './api.js';
import { describeError } from './errors.js';

it('shows the platform’s message as a sentence', () => {
  assert.equal(describeError(new ApiError(401, 'AUTH_FAILED', 'wrong user name or password')), 'Wrong user name or password.');
  assert.equal(describeError(new ApiError(401, 'AUTH_FAILED', 'wrong or expired code')), 'Wrong or expired code.');
});

it('says when there were too many attempts', () => {
  assert.equal(describeError(new ApiError(429, 'RATE_LIMITED', 'too many attempts: try again in 56 s')), 'Too many attempts: try again in 56 s.');
});

it('tells an unreachable platform and an internal error apart from a refusal', () => {
  assert.match(describeError(new TypeError('Failed to fetch')), /could not be reached/);
  assert.match(describeError(new ApiError(500, 'INTERNAL', 'internal error; the server log has the details')), /failed to answer/);
  assert.equal(describeError(new ApiError(502, 'PLATFORM_UNAVAILABLE', 'the platform is not reachable')), 'The platform is not reachable.');
});
