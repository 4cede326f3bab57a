import { beforeAll } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { testKitsWarned, testLeftAlone } from './kit';

/**
 * Kits of page29's classes, each written by the page's own script after load:
 * - a wallet drainer: the brand's name a letter per span, its promise and the wallet buttons (their names
 *   assembled from pieces) added half a second after load; no field anywhere;
 * - the same with the wallets as pictures and a tile that is no button, "월렛에 접속" and "컨펌" (red team 29);
 * - a Japanese card form in the words its kits use (クレジット番号, セキュリティ番号);
 * - a Chinese-language checkout under the brand's logo and title, with a line saying it has no tie to the brand:
 *   a disclaimer does not excuse a card asked under the brand's own name.
 * The honest twin: a Taiwanese proxy-buying shop's checkout that names the brand only as where it buys, says so in
 * Chinese, and adds its card form late.
 */
const DRAINER = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>Airdrop</title></head>
<body><header><span class="logo"><span>쿠</span><span>팡</span></span></header><main id="m"></main>
<script>
setTimeout(function(){
  var w=['Meta','Mask'].join(''), t=['Trust',' Wallet'].join('');
  document.getElementById('m').innerHTML='<h1>고객 감사 NFT 에어드랍</h1><p>유출 사고 보상 NFT를 지갑으로 받으세요. 지갑을 연결하고 서명하면 즉시 지급됩니다.</p>'+
    '<a href="#a" class="btn">'+w+'</a> <a href="#b" class="btn">'+t+'</a>';
},500);
</script></body></html>`;

const TILES = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>10주년 감사</title></head>
<body><header><div class="logo">coupang</div></header><main id="m"><p>잠시만 기다려 주세요…</p></main>
<script>
setTimeout(function(){
  var pic=function(n){return '<a href="#" class="tile"><img src="data:image/png;base64,AA==" alt="'+n+'"></a>';};
  document.getElementById('m').innerHTML='<h1>와우 10주년 감사 토큰</h1><p>아래 지갑 그림을 눌러 월렛에 접속하고, 뜨는 요청에서 컨펌을 누르면 토큰 300개가 바로 지급됩니다.</p>'+
    pic(['Meta','Mask'].join(''))+pic('Bitget Wallet')+'<div role="button" class="tile">'+['Kaia',' Wallet'].join('')+'</div>';
},500);
</script></body></html>`;

const JA_CARD = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Coupang お支払い情報の確認</title></head>
<body><header><div class="logo">Coupang</div></header><h1>Coupang お支払い情報の確認</h1><p>お支払いが完了できませんでした。カード情報を再入力してください。</p><div id="f"></div>
<script>
setTimeout(function(){
  document.getElementById('f').innerHTML='<form action="/p"><label>クレジット番号<input name="b1" placeholder="0000 0000 0000 0000"></label><label>有効月/年<input name="b2" placeholder="月 / 年"></label><label>セキュリティ番号<input name="b3"></label><button>確認</button></form>';
},500);
</script></body></html>`;

const ZH_KIT = `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>酷澎 Coupang 會員付款</title></head>
<body><header><div class="logo">酷澎 Coupang</div></header><h1>酷澎會員 付款資料更新</h1><p>您的會員付款失敗，請重新輸入信用卡資料。</p><div id="f"></div>
<footer>本站與酷澎無關</footer>
<script>
setTimeout(function(){
  document.getElementById('f').innerHTML='<form action="/p"><label>信用卡號<input name="c" type="tel"></label><label>安全碼<input name="v" type="tel"></label><button>確認</button></form>';
},500);
</script></body></html>`;

const HONEST = `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>代購結帳</title></head>
<body><header><b>韓貨小舖</b></header><main><h1>結帳</h1><p>台灣酷澎沒有的韓國商品，我們幫您從韓國 Coupang 購買並空運到台灣。</p>
<p>本店與酷澎（Coupang）無任何關係，僅為代購服務。</p><div id="f"></div></main>
<script>
setTimeout(function(){
  document.getElementById('f').innerHTML='<form action="/pay"><label>帳號 / 手機<input name="a"></label><label>信用卡號<input name="c" type="tel"></label><label>安全碼<input name="v" type="tel"></label><button>付款</button></form>';
},500);
</script></body></html>`;

forEachBrowser('hostile page: a wallet drainer written late, a disclaimer under the brand’s logo', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  testKitsWarned(ctx, () => s, [
    [
      'wallet buttons and a promise a script adds after load',
      'nft-gift.example.test',
      DRAINER,
      'wallet-lure',
    ],
    [
      'a card asked under the brand’s logo, disclaimed in Chinese',
      'tw-member.example.test',
      ZH_KIT,
      'asks-card',
    ],
    [
      'wallet pictures and a tile, confirmed not signed, added late',
      'wow-thanks.example.test',
      TILES,
      'wallet-lure',
    ],
    ['a card asked in words Japanese forms use, added late', 'jp-pay.example.test', JA_CARD, 'asks-card'],
  ]);

  testLeftAlone(
    ctx,
    () => s,
    'a Taiwanese proxy-buying checkout that says in Chinese it has no tie to the brand is left alone',
    'hanhuo-shop.example.test',
    '/checkout',
    HONEST,
  );
});
