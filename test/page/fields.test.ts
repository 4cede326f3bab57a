import { describe, expect, it } from 'vitest';
import { classifyField } from '../../lib/page/index';

describe('field classification', () => {
  it.each([
    ['password', '', ['pw'], 'password'],
    ['text', '', ['비밀번호'], 'password'],
    ['password', '', ['카드 비밀번호 앞 2자리'], 'card'],
    ['password', '', ['공동현관 비밀번호'], 'entrance'],
    ['text', '', ['gate', '공동현관 출입번호'], 'entrance'],
    ['text', 'cc-number', [], 'card'],
    ['text', '', ['CVC'], 'card'],
    ['text', '', ['MM / YY'], 'card'],
    ['text', '', ['카드번호'], 'card'],
    ['text', '', ['주민등록번호 뒷자리'], 'resident'],
    ['text', '', ['계좌번호'], 'bank'],
    ['text', 'one-time-code', [], 'otp'],
    ['text', '', ['인증번호 6자리'], 'otp'],
    ['text', '', ['6-digit code sent by SMS', 'otp'], 'otp'],
    ['tel', '', [], 'phone'],
    ['text', '', ['휴대폰 번호'], 'phone'],
    ['text', '', ['상세주소'], 'address'],
    ['text', 'street-address', [], 'address'],
    ['email', '', ['Email address'], 'none'],
    ['text', '', ['이메일 주소'], 'none'],
    ['text', '', ['아이디'], 'none'],
    ['search', '', ['검색어'], 'none'],
    ['text', '', ['이름'], 'name'],
  ] as const)('%s %s %j → %s', (type, autocomplete, hints, kind) => {
    expect(classifyField(type, autocomplete, [...hints])).toBe(kind);
  });
});
