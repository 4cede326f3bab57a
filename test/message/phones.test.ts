import { describe, expect, it } from 'vitest';
import { findNumbers, spokenDigits } from '../../lib/message/phones';

describe('numbers read out in Korean syllables', () => {
  it('are found like digits, at the same place in the text', () => {
    const text = '결제 취소는 공일공-칠삼구이-오팔일사 로 전화 주세요';
    expect(findNumbers(text).map((n) => n.number)).toEqual(['010-7392-5814']);
    expect(spokenDigits(text)).toHaveLength(text.length);
    expect(findNumbers('상담 일오칠칠 칠공일일').map((n) => n.number)).toEqual(['1577-7011']);
    expect(findNumbers('공이 삼사오 육칠팔구').map((n) => n.number)).toEqual(['02-345-6789']);
  });

  it('ordinary words made of the same syllables are not numbers', () => {
    for (const t of ['이사 오일 구이', '일이 삼사 오', '구이 사이 오일이 칠', '오늘 이사 간 집 구경'])
      expect(findNumbers(t), t).toEqual([]);
  });
});

describe('numbers in full-width digits', () => {
  it('are found like ASCII digits, at the same place', () => {
    const text = '재발급 전담 센터로 연락 주세요. １６４４－３１７２';
    const [m] = findNumbers(text);
    expect(m?.number).toBe('1644-3172');
    expect(m?.index).toBe(text.indexOf('１'));
    expect(findNumbers('상담 ０１０ ９８７６ ５４３２').map((n) => n.number)).toEqual(['010-9876-5432']);
  });
  it('full-width dates and prices are still no numbers to call', () => {
    for (const t of ['２０２６년 １２월 ５일', '４７，８００원']) expect(findNumbers(t), t).toEqual([]);
  });
});

describe('numbers in other digit forms and with other dashes', () => {
  it('reads mathematical digits and a Hangul ㅡ typed as a dash, at the input’s positions', () => {
    const text = '문의: 𝟭𝟱𝟴𝟴-𝟳𝟯𝟵𝟮';
    const [m] = findNumbers(text);
    expect(m?.number).toBe('1588-7392');
    expect(m?.index).toBe(text.indexOf('𝟭'));
    expect(findNumbers('상담 １６００ㅡ３９２７').map((n) => n.number)).toEqual(['1600-3927']);
  });
});
