import { describe, expect, it } from 'vitest';
import { frameAddress } from '../../lib/page/frame-address';

/** Red team 31: a kit's `<base href>` claimed Coupang's address for its srcdoc / about:blank frames. */
describe('frameAddress: the address a frame speaks for', () => {
  const base = (b: string) => () => b;

  it('is the frame’s own address when it has a web one, whatever its base says', () => {
    expect(
      frameAddress('https://kit.example/p', 'https://kit.example', base('https://www.coupang.com/')),
    ).toBe('https://kit.example/p');
  });

  it('never takes another site from a <base href> in an about:blank or srcdoc frame', () => {
    for (const href of ['about:srcdoc', 'about:blank'])
      expect(frameAddress(href, 'https://kit.example', base('https://www.coupang.com/np/login'))).toBe(
        'https://kit.example/',
      );
    expect(frameAddress('about:srcdoc', 'https://kit.example:8443', base('https://kit.example/'))).toBe(
      'https://kit.example:8443/',
    );
  });

  it('keeps the creator’s own address when the base stays on its origin', () => {
    expect(frameAddress('about:srcdoc', 'https://shop.example', base('https://shop.example/cart?x=1'))).toBe(
      'https://shop.example/cart?x=1',
    );
    expect(
      frameAddress('about:blank', 'https://www.coupang.com', base('https://www.coupang.com/np/cart')),
    ).toBe('https://www.coupang.com/np/cart');
  });

  it('a blob: document speaks for the origin that made it', () => {
    expect(
      frameAddress(
        'blob:https://kit.example/6f1c',
        'https://kit.example',
        base('blob:https://kit.example/6f1c'),
      ),
    ).toBe('https://kit.example/');
  });

  it('an opaque origin (sandboxed frame, data: document) keeps its own address: the background decides', () => {
    expect(frameAddress('about:srcdoc', 'null', base('https://www.coupang.com/'))).toBe('about:srcdoc');
    expect(frameAddress('data:text/html,x', 'null', base('data:text/html,x'))).toBe('data:text/html,x');
  });

  it('a base that cannot be read, or is not a web address, gives the origin', () => {
    const throws = () => {
      throw new Error('gone');
    };
    expect(frameAddress('about:blank', 'https://kit.example', throws)).toBe('https://kit.example/');
    expect(frameAddress('about:blank', 'https://kit.example', base('about:blank'))).toBe(
      'https://kit.example/',
    );
  });
});
