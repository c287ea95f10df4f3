import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ApiError } from './api.js';
import { describeError } from './errors.js';
import { message } from './i18n/message.js';
import { sayIn } from './i18n/say-in.js';

const zh = (err: unknown, situation = {}) => sayIn('zh-CN', describeError(err, situation));
const en = (err: unknown, situation = {}) => sayIn('en', describeError(err, situation));

it('says each code the dashboard knows in the page’s language', () => {
  const taken = new ApiError(409, 'LAST_ADMIN', 'the last administrator cannot be disabled');
  assert.equal(zh(taken), '最后一个管理员账号不能停用。');
  assert.equal(en(taken), 'The last administrator cannot be disabled.');
  assert.equal(zh(new ApiError(403, 'FORBIDDEN', 'the police role may not register a tag')), '您的角色无权执行此操作。');
  assert.equal(zh(new ApiError(502, 'PLATFORM_UNAVAILABLE', 'the platform is not reachable')), '平台暂时无法连接。');
});

it('shows the platform’s own sentence for a code it does not know', () => {
  const newer = new ApiError(409, 'BIKE_ALREADY_BOUND', 'tag t-1 is bound to another bike');
  assert.equal(zh(newer), 'Tag t-1 is bound to another bike.');
  assert.equal(en(newer), 'Tag t-1 is bound to another bike.');
});

it('lets a form say a code its own way, with what it knows', () => {
  const wrong = new ApiError(401, 'AUTH_FAILED', 'the current password is wrong');
  assert.equal(zh(wrong, { AUTH_FAILED: message('error.AUTH_FAILED.currentPassword') }), '当前密码不正确。');
  assert.equal(
    en(new ApiError(409, 'USER_EXISTS', 'phone 13912345678 is already registered'), { USER_EXISTS: message('error.USER_EXISTS.phone', { phone: '13912345678' }) }),
    'Phone 13912345678 is already registered.',
  );
  // A disabled account has its own code: a form's wording for a wrong password does not hide it.
  assert.equal(zh(new ApiError(401, 'AUTH_DISABLED', 'this account is disabled'), { AUTH_FAILED: message('error.AUTH_FAILED.password') }), '该账号已停用。');
});

it('says how long to wait when there were too many attempts', () => {
  assert.equal(en(new ApiError(429, 'RATE_LIMITED', 'too many attempts: try again in 56 s', 56)), 'Too many attempts: try again in 56 s.');
  assert.equal(zh(new ApiError(429, 'RATE_LIMITED', 'too many attempts: try again in 56 s', 56)), '尝试次数过多，请 56 秒后再试。');
});

it('keeps the field the platform names when it refuses a request body', () => {
  assert.equal(zh(new ApiError(400, 'REQUEST_INVALID', 'body/phone must match pattern')), '平台不接受所填内容：Body/phone must match pattern.');
});

it('says the refusal codes of devices (ingest and protocol) too', () => {
  assert.equal(zh(new ApiError(400, 'PROTO_MAC_INVALID', 'bad mac')), '报文签名不正确（密钥不符或内容被改动）。');
  assert.equal(en(new ApiError(400, 'AUTH_BAD_PASSWORD', 'bad password')), 'The device secret is wrong.');
});

it('tells an unreachable platform and an internal error apart from a refusal', () => {
  assert.match(en(new TypeError('Failed to fetch')), /could not be reached/);
  assert.equal(zh(new TypeError('Failed to fetch')), '无法连接平台，请检查网络后重试。');
  assert.match(en(new ApiError(500, 'INTERNAL', 'internal error; the server log has the details')), /failed to answer/);
});
