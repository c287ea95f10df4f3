/** What the access home says by text message. */
import { texts } from '../../kernel/texts.js';

export const ACCESS_TEXTS = {
  'zh-CN': {
    signInCode: '【Watchpost】您的登录验证码为 {code}，{minutes} 分钟内有效。请勿告诉他人。',
    ownerInvited: '【Watchpost】您已完成车主登记。请在登录页用本手机号接收验证码登录，查看您的电动车。',
  },
  en: {
    signInCode: 'Watchpost sign-in code: {code}. It expires in {minutes} minutes. Do not share it.',
    ownerInvited: 'You are registered with Watchpost as an e-bike owner. Sign in with this phone number; a code will be sent to it.',
  },
};

export const say = texts(ACCESS_TEXTS);
