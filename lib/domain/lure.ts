/**
 * Words smishing hosts put next to a brand name (refund, login, delivery ... in English, in romanised Korean:
 * bosang 보상, hwanbul 환불, baesong 배송, and in Hangul: 피해보상, 신청, 조회). A label that is only a real word near
 * the brand ("kupang", the city; "coupant", French) becomes a look-alike when one of these stands next to it, and a
 * path segment on a shared host counts when it is the brand with these words only. Scam vocabulary, not brand
 * knowledge: the brand's own words come from the list.
 */
import { hangulToKeys } from '../letters';

/**
 * The breach's own lures beside the classic ones: the customs code (통관부호, tonggwan; UNI-PASS, the customs
 * service's portal; 직구, direct purchase abroad), the apartment entrance code (공동현관 출입번호, doorcode, gongdong
 * 공동, bimilbeonho 비밀번호, an entrance), a card to reissue (reissue, 재발급 jaebalgeup: since domain35's round in Hangul
 * too, as its romanisation was), an app's "update" in Hangul (업데이트, as `update` is one in English), an account's
 * protection (계정보호, as `security` is: domain35; 보호 alone is every privacy page's word);
 * since domain33's round the breach and its relief in English (`breach`, as `yuchul` is one in Korean; `relief`, 피해
 * 구제, as `bosang` is); since domain51's round 통관 as McCune–Reischauer writes its ㄱ after ㅇ too (`tongkwan`);
 * since domain53's the breach's victims in English (`victim`, `victims`), as `pihae` (피해) is one romanised: a group
 * or a desk named for the brand's victims is the compensation lure's own name (`coupang-victim-support`), where
 * honest victims' groups and class actions name their cause (`classaction`, `lawsuit`) or themselves.
 */
const BREACH_LURE =
  'tonggwan tonggwanbuho tongkwan tongkwanbuho gwanse hyeongwan chulip pccc doorcode gatecode gongdong ' +
  'bimilbeonho unipass jikgu ' +
  'reissue balgeup jaebalgeup entrance breach relief victim victims';
/**
 * The breach's "is my data leaked?" lookups that search ads lead to (`jeongbo-yuchul.com/check/coupang`, 정보 유출,
 * 개인정보, 피해 사실 조회): `leak`, `jeongbo` (정보, information), `gaein` (개인, personal), and the money a landing promises
 * (`50000won`, 만원).
 */
const BREACH_CHECK = 'leak leaked jeongbo gaein won manwon 만원 피해사실 사실조회';
/**
 * A parcel that could not be delivered: its address to fix (`juso`, 주소; `address`), its return (`banson`,
 * `bansong`, 반송; `return`), a redelivery to book: the delivery smishing's own words; since domain36's round
 * `dlv`, delivery as couriers' status codes abbreviate it (`cpng-dlv.top`).
 */
/**
 * An app store's name on a host of its own (`googleplay-kr.site`, `onestore-kr.shop`): the stores live on their own
 * hosts (the shared-host data), so a name of them hands out a fake app.
 */
const STORE_LURE = 'googleplay playstore onestore galaxystore appstore';
const DELIVERY_LURE =
  'juso address banson bansong return redelivery dlv 주소 주소지 배송지 주소확인 주소지확인 재확인 오류 반송 재배송';
/**
 * A coin or token offered in the brand's name: Coupang issues none, so one under its name or its ticker
 * (`cpng-token.com`) asks for money, as an investment scam does; an NFT likewise (`nft`, domain37's round).
 */
const CRYPTO_LURE = 'token coin airdrop nft';
/**
 * What a kit offers or asks beside the brand that no shop's own name needs: a voucher or a roulette's prize, a
 * re-authentication (`reauth`), a consultation (`sangdam`, 상담) or a side job (`alba`, 알바)
 * in the brand's name (`…-voucher`, `…-reauth`, `…-sangdam`), or a delivery rider's pay (`rider`: the food-delivery
 * service's riders are sent "bonus" and "settlement" lures of their own); since domain35's round a remote control
 * (`remote`, 원격 `wongyeok`): the fake agent's "remote support" app that takes over the phone
 * (`com.coupang.remote.support`); the brand runs no remote support; and `cert`, a kit's word for its identity
 * check (인증) as `auth` is, glued to a name as `coupaycert96` (domain35); since domain37's round the consultation in
 * Hangul (상담, as `sangdam` was), money promised back (`cashback`, as `reward` is), a
 * help desk and an inquiry (`desk`, `inquiry`: a support centre's words, as `helpdesk` and `cs` are) and `safety` (as
 * `safe` is).
 */
const KIT_LURE =
  'voucher roulette reauth sangdam 상담 alba rider remote wongyeok 원격 cert cashback desk inquiry safety';
/**
 * A paid membership's renewal (`renew`, `renewal`: the WOW membership's fake renewal page, `rocketwow-renewal`), as
 * its cancellation (`cancel`, 해지 `haeji`) is one (domain32's round).
 */
const MEMBERSHIP_LURE = 'renew renewal';
/**
 * 안심 (peace of mind, `ansim`, `anshim`): what fake security apps and "safe payment" pages call themselves
 * (`com.coupang.mobile.anshim`, 안심결제), as `safe` is in English (domain32's round).
 */
const SAFE_LURE = 'ansim anshim 안심';
/**
 * An investor's money in the brand's name: a class action's settlement, a dividend, a claim to file
 * (`cpng-classaction.top`, `cpng-settlement.com`). Coupang pays no dividend and runs no claim site of its own; an
 * investors' or fans' site says `ir`, `stock`, `holders` (left to them).
 */
const INVESTOR_LURE = 'settlement classaction dividend';
const INVESTOR = new Set(INVESTOR_LURE.split(' '));

/**
 * The Korean authorities a fake notice speaks as (domain44's round): the police (`police`, 경찰 `gyeongchal`,
 * 경찰청 `gyeongchalcheong`, 사이버수사대 `cyberpolice`), the prosecutors (검찰 `geomchal`, `spo`), the courts
 * (`court`, 법원 `beobwon`), the financial supervisors (`fss`, `fsc`, 금감원 `geumgamwon`), the finance ministry
 * (`moef`), the privacy commission that judges the breach (`pipc`), the internet agency (`kisa`), the fair-trade
 * and consumer bodies (`kftc`, `kca`) and the tax office (`nts`). A firm's name beside one of them alone is no
 * firm's site: the authority writes on its own `go.kr`, the firm on its own name.
 */
const AUTHORITY = new Set(
  (
    'police gyeongchal gyeongchalcheong cyberpolice geomchal spo court beobwon fss fsc geumgamwon moef pipc kisa ' +
    'kftc kca nts'
  ).split(' '),
);

/** Is `text` (a name's words beside the brand, hyphens and digits apart) the name of an authority only (AUTHORITY)? */
export function authorityOnly(text: string): boolean {
  const words = text.split(/[-_.0-9]+/).filter((w) => w !== '');
  return words.length > 0 && words.length <= 2 && words.every((w) => AUTHORITY.has(w));
}

/**
 * Is `text` an investor's money words only (`settlement`, `classaction`, `dividends`; a word for Korea beside them)? Lure words beside the ticker alone: a
 * class-action firm's own site (`classaction-korea.kr`) is no lure-named host.
 */
export function investorWords(text: string): boolean {
  let any = false;
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) {
    if (!w || FILLER.has(w) || REGION_TAG.has(w)) continue;
    if (!INVESTOR.has(w) && !INVESTOR.has(w.replace(/s$/, ''))) return false;
    any = true;
  }
  return any;
}
const BREACH_LURE_HANGUL =
  '통관 통관부호 개인통관고유부호 관세 현관 공동현관 출입 출입번호 비밀번호 업데이트 재발급 계정보호';

/**
 * Korean lure words as people romanise them outside the Revised Romanization: 고객 (customer) split as it sounds,
 * `goegaek`, or in McCune-Reischauer, `kogaek`; 조회 (lookup) as `johwe` or with its last vowels turned, `joheo`;
 * and the money a lure promises, 보상금 (`bosanggeum`) and 환급금, as Hangul words of their own; 환불 with its 불 as
 * English spells the sound, `hwanbool` (domain23's round).
 */
const KOREAN_SPELLINGS = 'goegaek kogaek johwe joheo bosanggeum hwanbool';
/**
 * Hangul lure words in the Revised Romanization: 주문 (order, `jumun`), 센터 (center as Korean writes it, `senteo`:
 * 고객센터 `gogaeksenteo`), 재인증 (re-authentication, `jaeinjeung`), 주소지 (the address on file, `jusoji`), 반품 (a
 * return of goods, `banpum`) and 재택 (work from home, `jaetaek`: the side job a task scam offers); since domain23's
 * round 위로금 (a consolation payment, `wirogeum`: what a breach's fake compensation promises) and 체험단 (a product
 * tester's panel, `chehumdan` as it sounds, `cheheomdan` in the Revised Romanization: the task scam's recruiting);
 * since domain29's 해지 (ending a membership, `haeji`: the WOW membership's fake cancellation page); since domain30's
 * the Fresh Bag's own lures, 회수 (its collection, `hoesu`), 보증금 (a deposit, `bojeunggeum`) and 주소 변경 (an
 * address to change, `byeongyeong`, run together `jusobyeongyeong`), and 체험 (a trial, `chehum`, `cheheom`: the task
 * scam's panel named without its 단); since domain37's the breach's lookup romanised, 피해사실 (`pihaesasil`), as it
 * is a lure word in Hangul; since domain38's 회원 (a member, `hoewon`), a lure word in Hangul as `member` is in
 * English (`coupayhoewon.homes`).
 */
const ROMANISED =
  'jumun senteo jaeinjeung jusoji banpum jaetaek wirogeum chehumdan cheheomdan haeji hoesu bojeunggeum ' +
  'byeongyeong jusobyeongyeong chehum cheheom pihaesasil hoewon seolchi josa nurak joehoe anjeon';
// (since domain50's round a delivery's omission, 누락 `nurak` (배송 누락: the parcel a kit says went missing), 조회 as
// written with 회's vowel doubled, `joehoe`, and 안전 (safe, `anjeon`: as `safe` is in English))
// (since domain47's round an app's install, 설치 `seolchi`, 앱설치: the fake app a kit hands out, as `apk` is; and
// the breach's inquiry, 조사 `josa`, as `yuchul-josa` reads: both romanised as Hangul lure words are)
const ROMANISED_HANGUL = '반품 재인증 재택 위로금 체험단 회수 보증금 주소변경 설치 앱설치 누락';
const KOREAN_SPELLINGS_HANGUL = '보상금 환급금';

// (`apply` since domain46's round: 신청 in English, as `sincheong` and `sinchung` romanise it, the form's word of
// every compensation and refund lure: `apply-kkupang.store`)
const LURE = new Set(
  (
    KOREAN_SPELLINGS +
    ' ' +
    KOREAN_SPELLINGS_HANGUL +
    ' ' +
    ROMANISED +
    ' ' +
    ROMANISED_HANGUL +
    ' ' +
    'account apply auth bonus bosang cancel cash center check claim confirm cs customer delivery deliver event free gift ' +
    'gogaek help helpdesk hwanbul injeung join kr login logon member members membership notice official order pay ' +
    'payment point points prize refund reward safe secure security service signin sinchung support care track tracking ' +
    'update verify verification wallet win baesong jeopsu compensation unlock restore suspended parcel customs ' +
    'pihae sincheong johoe johoi annae hwangeup hwangup gyeoljae gyeolje chwiso dangcheom jigeup bonin hwagin hwakin ' +
    'yuchul boan gyejeong jiwongeum jeongsan guard shield protect protection vaccine antivirus card billing ' +
    BREACH_CHECK +
    ' ' +
    CRYPTO_LURE +
    ' ' +
    KIT_LURE +
    ' ' +
    MEMBERSHIP_LURE +
    ' ' +
    SAFE_LURE +
    ' ' +
    DELIVERY_LURE +
    ' ' +
    STORE_LURE +
    ' ' +
    '보상 피해 피해보상 신청 환불 환급 조회 배송 배송조회 택배 로그인 인증 본인 본인인증 확인 고객 센터 고객센터 이벤트 접수 ' +
    '안내 주문 결제 취소 결제취소 해지 당첨 유출 정보유출 개인정보 보안 계정 회원 공식 지급 지원금 포인트 적립 긴급 마감 공지 정지 해제 ' +
    '백신 보안앱 정산 카드 ' +
    BREACH_LURE +
    ' ' +
    BREACH_LURE_HANGUL
  ).split(' '),
);
/**
 * The lure words that are Korean (romanised or in Hangul): next to a short abbreviation of the brand ("cpng") they
 * are the second cue that the name speaks to Korean shoppers (classify.ts).
 */
const KOREAN_LURE = new Set(
  (
    'bosang hwanbul baesong jeopsu gogaek injeung sinchung sincheong pihae johoe johoi annae hwangeup hwangup ' +
    'gyeoljae gyeolje chwiso dangcheom jigeup bonin hwagin hwakin yuchul boan gyejeong jiwongeum jeongsan ' +
    // (since domain51's round 통관 also as McCune–Reischauer writes its ㄱ after ㅇ, `tongkwan`, as kits spell it)
    'tonggwan tonggwanbuho tongkwan tongkwanbuho gwanse hyeongwan chulip wongyeok ' +
    KOREAN_SPELLINGS +
    ' ' +
    ROMANISED
  ).split(' '),
);
/**
 * The Hangul lure words typed with the Korean input switched off (보상 → `qhtkd`, 환불 → `ghksqnf`), as the brand's
 * own Hangul names are (쿠팡 → `znvkd`, the list's keyboard forms): nonsense in Latin letters, Korean lure words to a
 * reader who types so. Those of five letters or more (`vlgo`, 피해, is four letters anyone may write).
 */
for (const w of [...LURE]) {
  if (!/^[\uac00-\ud7a3]+$/.test(w)) continue;
  const keys = hangulToKeys(w).toLowerCase();
  if (keys.length < 5 || keys.length > 12 || !/^[a-z]+$/.test(keys)) continue;
  LURE.add(keys);
  KOREAN_LURE.add(keys);
}
/**
 * The lure words that ask for a login, money or an identity (log in, verify, refund, pay, the customs code), not
 * for a visit (support, help, event, notice, news): beside an abbreviation that names the brand alone (`cpng`, the
 * ticker) they say what the name wants as a Korean lure word does; an investors' or fans' site says `support`.
 */
const STRONG_LURE = new Set(
  (
    'login signin logon auth verify verification refund compensation account payment billing card wallet unlock restore ' +
    'suspended secure security password cancel confirm customs pccc doorcode gatecode claim ' +
    INVESTOR_LURE +
    ' ' +
    CRYPTO_LURE
  ).split(' '),
);

/** Does one of the words of `text` (as a word or glued to others) ask for a login, money or an identity? */
export function hasStrongLure(text: string): boolean {
  if (hasKoreanLure(text)) return true;
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) {
    if (STRONG_LURE.has(w)) return true;
    if (w.length > 4 && w.length <= 60 && compound(w) === 2 && [...STRONG_LURE].some((k) => w.includes(k)))
      return true;
  }
  return false;
}

/** A parcel's tracking words: the delivery check is the commonest lure there is. */
const TRACK_LURE = new Set(
  'track tracking parcel delivery deliver baesong johoe johoi 배송 배송조회 조회 택배'.split(' '),
);

/**
 * Does `text` ask for something (a login, money, an identity, a parcel's tracking), not only invite a visit (an
 * event, a notice: `cp/event.html` may be a shop's coupon page)?
 */
export function asksForSomething(text: string): boolean {
  if (hasStrongLure(text)) return true;
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) if (TRACK_LURE.has(w)) return true;
  return false;
}

/**
 * Top-level domains that phishing registers most, cheap and rarely anyone's established name (the abuse reports of
 * Spamhaus and Interisle): next to the brand's abbreviation they are the second cue a Korean lure word would be.
 */
const LURE_TLD = new Set(
  'top xyz click icu cfd sbs bond cyou buzz rest lol mom quest monster cam win bid loan vip shop online site live link'.split(
    ' ',
  ),
);

/** Is `suffix` (a public suffix) one of the top-level domains phishing registers most? */
export function isLureTld(suffix: string | null): boolean {
  return suffix !== null && LURE_TLD.has(suffix);
}

/**
 * The lure TLDs phishing all but owns (Spamhaus's and Netcraft's most abused: `top`, `cfd`, `sbs`, `bond` …), not the
 * ones many honest shops and firms use too (`shop`, `online`, `site`, `vip`, `live`, `link`): a real word near the
 * brand alone as the name there (`cupang.cfd`, `kupang.top`) is no town's shop or fish farm, which live on `.id`,
 * `.ph`, `.com`, `.shop`, `.online`.
 */
const NOTORIOUS_TLD = new Set(
  'top cfd sbs bond cyou buzz rest icu monster click xyz lol mom quest cam'.split(' '),
);

/** Is `suffix` one of the lure TLDs phishing all but owns (NOTORIOUS_TLD)? */
export function isNotoriousTld(suffix: string | null): boolean {
  return suffix !== null && NOTORIOUS_TLD.has(suffix);
}

/**
 * Cheap top-level domains that are no lure beside an abbreviation (a Cocos Islands `.cc` is many a firm's short
 * name) but where a name of throwaway tags (`pk-293.cc`, `u8u.work`) is as much nobody's as on a lure TLD.
 */
const THROWAWAY_TLD = new Set('cc work pw'.split(' '));

/** Is `suffix` a top-level domain where a name of throwaway tags speaks for nobody (the lure TLDs and a few more)? */
export function isThrowawayTld(suffix: string | null): boolean {
  return suffix !== null && (LURE_TLD.has(suffix) || THROWAWAY_TLD.has(suffix));
}

/**
 * Generic top-level domains sold for a dollar or two in their first year besides the lure TLDs (`store`, `fun`,
 * `life`, `info`): many honest sites live there, so alone they say nothing; they are where a kit's host with an
 * invented, pronounceable name (`tepelosol.store`) is registered, which no name rule can tell from a real firm's.
 */
const CHEAP_TLD = new Set(
  'store fun life info space website today world asia biz club ltd kim mobi pro best pics email express'.split(
    ' ',
  ),
);

/**
 * New top-level domains where SMS kits register short names by the hundred at a dollar or two (GMO's `.tokyo`, the
 * XYZ registry's `.hair`, `.skin`, `.autos`, `.boats`, `.homes`, `.beauty`, `.makeup`, `.yachts`, `.motorcycles`,
 * and `.help`): no lure beside a word, but a name of two to four characters there (`k4.tokyo`, `xq7.skin`) is a
 * draw's, not a firm's, whose short names live on `.com`, `.net`, `.io`, `.app` or their country's TLD.
 */
const KIT_TLD = new Set(
  'tokyo hair skin autos boats homes beauty makeup yachts motorcycles help qpon tk ml ga cf gq'.split(' '),
);

/** Is `suffix` one of the new TLDs where kits register short names (KIT_TLD)? */
export function isKitTld(suffix: string | null): boolean {
  return suffix !== null && KIT_TLD.has(suffix);
}

/** Is `suffix` a lure, throwaway or cheap generic top-level domain (isThrowawayTld, CHEAP_TLD)? */
export function isCheapTld(suffix: string | null): boolean {
  return suffix !== null && (isThrowawayTld(suffix) || CHEAP_TLD.has(suffix));
}

/** Words a news site's name is made of (`news`, `biz`, `daily`), with a word for Korea or digits beside them. */
const NEWS_WORD = new Set(
  'news newsdaily daily biz press media ilbo times journal headline headlines'.split(' '),
);
/**
 * Korean news outlets whose names kits put before a news word on a host of their own (`yna-news.co`,
 * `chosun-biz.top`, `naver-news.cc`) for a fake article: Yonhap, the dailies, the broadcasters, the portals.
 */
const NEWS_OUTLET = new Set(
  (
    'yna yonhap chosun joongang joins donga hani hankyoreh khan kyunghyang mk maeil hankyung kbs mbc sbs jtbc ytn ' +
    'mbn tvchosun channela naver daum nate edaily etnews zdnet newsis news1 nocut ohmynews sedaily heraldcorp'
  ).split(' '),
);

/**
 * A registrable name made as a news site's: 2, a Korean outlet's name hyphenated to a news word (`yna-news`,
 * `sbs-news`: the outlets write their names alone, `yna.co.kr`, `news.sbs.co.kr`); 1, news words with a word for
 * Korea or digits only (`news-kr`, `kr-newsdaily24`), read only on a lure TLD by the caller; 0, any other name.
 */
export function newsName(name: string): 0 | 1 | 2 {
  if (!name.includes('-') || name.length > 30) return 0;
  let outlet = false;
  let news = false;
  for (const t of name.split('-')) {
    const w = t.replace(/\d+$/, '');
    if (NEWS_OUTLET.has(w)) outlet = true;
    else if (NEWS_WORD.has(w)) news = true;
    else if (w !== 'kr' && w !== 'korea' && w !== '') return 0;
  }
  return !news ? 0 : outlet ? 2 : 1;
}

/**
 * Words that add nothing to a name (a place, a filler): `coupang_cs_korea` is still the brand with lure words only;
 * since domain36's round the capital's name says Korea as `korea` does (`cooupang-seoul`); since domain37's `data`
 * says what `info` does (`cpang-data-leak` is `cpang-leak`). They never make a name scam-shaped on their own.
 */
const FILLER = new Set(
  (
    'korea korean kor ko seoul go get my the about now app online site web page info today new hub v ver latest ' +
    'android mobile apk id data'
  ).split(' '),
);
/**
 * Words a lure landing's own name puts beside its lure word and that say nothing by themselves: what it looks up or
 * fixes (`leak-search`, `entrance-code`, `delivery-fix`, `apt-doorcode`, `door-code-reset`), or what it calls itself
 * (`safe-portal-kr`). Read only where a
 * registrable name of lure words is asked about (landingName): next to the brand in a host they change nothing, and
 * a name of them alone (`code-search.com`) is still somebody's.
 */
const LANDING_FILLER: ReadonlySet<string> = new Set(
  'm code search fix reset change door apt status alarm notify qr portal'.split(' '),
);
/**
 * The breach's lookups name themselves for it (`breach-kr.info`, `exposure-check.kr`): a lure word in a landing's
 * own name only, not in a search or a post (`x.com/search?q=coupang breach` is someone reading the news). Since
 * domain30's round also a sign-in's words a kit's login landing names itself by (`kr-session.xyz`,
 * `webmail-kr.ink`) and 안전 romanised, `anjeon` (safe, as `safe` is a lure word: `anjeon-login.vip`): beside the
 * brand in a host they change nothing.
 */
const LANDING_LURE: ReadonlySet<string> = new Set(
  // (since domain54's round the shorts an order lookup names itself by, as `order`, `delivery`, `track` are lure
  // words: `ord-check`, `dlv-status`, `trk-info`)
  'breach breached exposure exposed lookup session webmail anjeon ord dlv trk'.split(' '),
);

/**
 * Is `name` (a registrable name with hyphens) a lure landing's: lure words, fillers and the landing's own words only,
 * one lure word among them at least (`entrance-code`, `leak-search`, `breach-kr`)?
 */
export function landingName(name: string): boolean {
  if (name.length > 40) return false;
  let lure = false;
  for (const w of name.split('-')) {
    if (!w || LANDING_FILLER.has(w)) continue;
    if (LANDING_LURE.has(w)) lure = true;
    else {
      const kind = extraWords(w);
      if (kind === 'other') return false;
      if (kind === 'lure') lure = true;
    }
  }
  return lure;
}
/**
 * Words a name in a path carries that add nothing there (never in a host's label): the `bot` every Telegram bot's
 * name must end with, a deck's or document's `guide`, a form's `form`, the reverse domain an app's package id starts with
 * (`com.coupang.mobile`).
 */
export const PATH_FILLER: ReadonlySet<string> = new Set('bot guide form com net org co'.split(' '));

/**
 * Words of the brand's own trade (it is a marketplace): next to a real word near the brand on a Korean suffix
 * (`kupangmall.co.kr`) they say which of the two is meant, as a lure word would; since domain38's round an
 * `outlet`, a shop of the same kind (`coupayoutlet.pw` reads as `coupay-outlet`, as `coupaymall` does).
 */
export const TRADE: ReadonlySet<string> = new Set(
  'mall shop shopping store market outlet 몰 쇼핑 쇼핑몰 마켓'.split(' '),
);

/**
 * Words for the other countries the brand serves (Taiwan, Japan), glued to a romanised name or a product's name as
 * a word for Korea is (`kupengtw`, 酷澎's pinyin with Taiwan's code): they say where the name speaks, as a hyphen
 * would. Only there: a host named `japan-free` is still somebody's name, not lure words.
 */
export const GLUED_PLACE: ReadonlySet<string> = new Set([...TRADE, ...'tw taiwan jp japan'.split(' ')]);

/**
 * Words that say a name is about the brand, not the brand's (a review, a price alert or history, an API's notes,
 * statistics, an analyser, a lawsuit: 소송 `sosong`; since domain26's round a fans' or sellers' FAQ and an archive of
 * reviews): a project or blog on a free host or a subdomain named so speaks of the brand in its own voice, as a kit
 * never needs to. Beside a lure word (`coupang-review-login`) they change nothing.
 */
const ABOUT = new Set(
  (
    'review reviews reviewer price prices alert alerts tracker api notes note stats statistics analytics analysis ' +
    'dashboard tutorial study tips fan fans compare comparison calculator sosong lawsuit history analyzer analyser ' +
    'faq faqs archive archives'
  ).split(' '),
);
/**
 * Words for what such a project counts or reviews (a store's menu, products, data: `coupang-eats-menu-stats`):
 * beside a word of `ABOUT` they are its subject, alone they say nothing about the brand (`coupang-eats-menu` stays
 * a name of the brand's).
 */
const ABOUT_SUBJECT = new Set('menu menus product products item items data'.split(' '));
/**
 * The breach's figure as landings write it in their names (33.7 million accounts, 3,370만 명: `3370`, `3370man`,
 * `337man`, `337million`, `33-7million`, `33m`), glued or hyphenated to the words around it.
 */
const BREACH_FIGURE = /(?<![0-9])(?:3370(?:man)?|337(?:man|million)|33-7million|33m)(?![0-9])/;

/**
 * Is `name` (a registrable name) the breach's figure with lure words only (`3370bosang`, `337man-check`,
 * `leak3370`, `3370jo-hoe`)? A landing that promises compensation or a leak check for the breach speaks for Coupang
 * without naming it; honest news writes the figure in an article's path, never as a site's name with lure words.
 */
export function breachFigureName(name: string): boolean {
  if (name.length > 40) return false;
  const figure = BREACH_FIGURE.exec(name);
  if (!figure) return false;
  const rest = name.slice(0, figure.index) + '-' + name.slice(figure.index + figure[0].length);
  return extraWords(rest) === 'lure' || extraWords(rest.replace(/-/g, '')) === 'lure';
}

/** Of ABOUT, the words for an alert: about the brand only beside another word of ABOUT (`price-alert`). */
const ALERT = new Set(['alert', 'alerts']);

/** Words for Korea a regional account adds to its handle (`coupangeats_kr`): where, not a lure. */
const REGION_TAG = new Set('kr korea kor ko'.split(' '));

/**
 * Is `text` (a brand match's other words) about the brand: only the brand's own words (`also`), fillers and words
 * of `ABOUT` with their subjects (`ABOUT_SUBJECT`), one word of `ABOUT` at least (`price-alert`, `partners-review`,
 * `api-notes`, `sellers-faq`, `menu-stats`)?
 */
export function aboutBrand(text: string, also?: ReadonlySet<string>): boolean {
  let about = false;
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) {
    // (the brand's own words in the plural too: a `sellers` FAQ is the seller's)
    if (!w || also?.has(w) || also?.has(w.replace(/s$/, '')) || FILLER.has(w) || ABOUT_SUBJECT.has(w))
      continue;
    if (!ABOUT.has(w)) return false;
    // (an alert alone is a notice's word, `coupang-alert` a security alert's: a project's only with what it alerts
    // on, `price-alert`, domain75)
    if (!ALERT.has(w)) about = true;
  }
  return about;
}

/**
 * What a shopping portal pays back or hands out (`cashback`, `reward`, `point`, `gift`, `event`): lure words beside
 * the brand, and the very words a cashback, points or gift-card portal names itself by (`cashback-hub`, `reward-kr`).
 */
const OFFER = new Set('cashback reward rewards point points gift gifts event events'.split(' '));

/**
 * Is `name` (a registrable name with hyphens) an offer portal's: one word of what it pays back (OFFER) at least, the
 * others fillers, the landing's own words or a word for Korea (`cashback-hub`, `reward-kr`, `point-portal`)? A word
 * that asks (`refund`, `verify`) or any other lure word (`cs`, `center`) makes it no portal's.
 */
export function offerPortalName(name: string): boolean {
  if (name.length > 40) return false;
  let offer = false;
  for (const w of name.split('-')) {
    if (!w || LANDING_FILLER.has(w) || REGION_TAG.has(w)) continue;
    if (OFFER.has(w)) offer = true;
    else if (extraWords(w) !== 'none') return false;
  }
  return offer;
}

/**
 * Words a price search, a comparer, a hot-deal board or a parcel tracker names itself by (`search-kr`, `hotdeal-ppom`,
 * `parcel-kr`): a site that lists shops or carriers and filters by one (domain64's round).
 */
const DIRECTORY_SITE = new Set(
  (
    'search price prices compare comparison pricecompare deal deals hotdeal hotdeals lowest shopping ' +
    'parcel parcels tracker courier couriers taekbae 택배 최저가 가격비교 핫딜'
  ).split(' '),
);

/**
 * Is `name` a directory site's (DIRECTORY_SITE): one such word at least, the others fillers, a word for Korea or at
 * most one word of the site's own (`ppom`) that is no lure word? A word that asks (`refund`, `center`, `help`) makes
 * it no directory's.
 */
export function directoryName(name: string): boolean {
  if (name.length > 40) return false;
  let kind = false;
  let own = 0;
  for (const w of name.split('-')) {
    if (DIRECTORY_SITE.has(w)) kind = true;
    else if (!w || LANDING_FILLER.has(w) || REGION_TAG.has(w)) continue;
    else if (extraWords(w) !== 'other' || ++own > 1) return false;
  }
  return kind;
}

/**
 * Words a community of the brand's shoppers or watchers names itself by (`fans`, `watchers`, `users`, `lovers`, 팬,
 * 모임, 이용자, 사용자모임, 커뮤니티): a group of people, not a service of the brand's. The brand's own service words
 * (`member`, `club`, `friends`, `wow`) are not among them: kits name their "member centre" so.
 */
const COMMUNITY = new Set(
  (
    'fan fans fandom watcher watchers watch users lover lovers community communities mania maniacs ' +
    '팬 팬들 팬모임 모임 이용자 이용자들 사용자 사용자들 커뮤니티 러버 러버스 매니아 마니아'
  ).split(' '),
);
/** What kind of site such a community keeps (`fan-blog`, `fan-wiki`, `users-forum`): counted only beside one of them. */
const COMMUNITY_SITE = new Set('blog wiki forum forums board cafe 블로그 위키 카페 게시판 포럼'.split(' '));

/**
 * Is `text` (a brand match's other words) a community's name: community words (COMMUNITY) and the kind of site it
 * keeps (COMMUNITY_SITE) only, glued or apart, one community word at least (`fans`, `fan-wiki`, `watchers`,
 * `users-forum`, 팬, 사용자모임)? `watch` counts only when `streaming` is false: beside the brand's streaming service
 * it is what the service does (`coupangplay-watch`), not who watches the firm.
 */
export function communityName(text: string, streaming: boolean): boolean {
  if (text.length > 40) return false;
  let community = false;
  for (const w of text.toLowerCase().split(/[-_.\s]+/)) {
    if (!w) continue;
    // (each word read as community and site words glued together: `fanwiki`, 사용자모임; ok[i]: 0 unreachable, 1
    // reached with site words only, 2 with a community word)
    const ok = new Uint8Array(w.length + 1);
    ok[0] = 1;
    for (let i = 0; i < w.length; i++) {
      if (!ok[i]) continue;
      for (let j = i + 1; j <= Math.min(w.length, i + 11); j++) {
        const piece = w.slice(i, j);
        const to =
          COMMUNITY.has(piece) && !(streaming && piece === 'watch')
            ? 2
            : COMMUNITY_SITE.has(piece)
              ? ok[i]!
              : 0;
        if (to > ok[j]!) ok[j] = to;
      }
    }
    if (!ok[w.length]) return false;
    if (ok[w.length] === 2) community = true;
  }
  return community;
}

/**
 * Words an honest trade names its own place by (a farm, a café, a gym, a cinema, a studio, a clinic): what the
 * business is, not anything the brand's services do or a kit asks for. Beside a product's name made of common words
 * (`rocketfresh-farm`, `rocketnow-cafe`, `rocketnowfitness`) they name a business of its own (domain63's round).
 */
const TRADE_WORD = new Set(
  (
    'farm farms orchard ranch nursery cafe coffee bakery restaurant bistro kitchen fitness gym pilates yoga ' +
    'studio cinema theater theatre academy clinic dental salon florist hotel ' +
    '농장 농원 과수원 카페 베이커리 식당 헬스 피트니스 스튜디오 극장 학원 의원 치과'
  ).split(' '),
);

/** Is `text` (a product alias's other words) a trade's word alone (TRADE_WORD), glued or apart: `farm`, `fitness`? */
export function tradeName(text: string): boolean {
  if (text.length > 24) return false;
  const words = text
    .toLowerCase()
    .split(/[-_.\s]+/)
    .filter((w) => w !== '');
  return words.length === 1 && TRADE_WORD.has(words[0]!);
}

/** Is `text` (a handle's other words) a word for Korea alone (`_kr`), as a brand's regional account is named? */
export function regionTagOnly(text: string): boolean {
  let tag = false;
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) {
    if (!w) continue;
    if (!REGION_TAG.has(w)) return false;
    tag = true;
  }
  return tag;
}

/**
 * Is one of the words of `text` (an abbreviation's other words) a lure word, not only a word for Korea (`kr`)?
 * Other words beside it do not matter: `cpang-damage-event`, `cpng-address-fix` (domain71's round).
 */
export function lureAmongWords(text: string): boolean {
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) if (LURE.has(w) && !REGION_TAG.has(w)) return true;
  return false;
}

/** A share's words: what a stock scam names itself for beside the ticker (`cpng-stock`, `cpng-ipo`, `cpng-shares`). */
const STOCK_WORD = new Set(
  'stock stocks share shares ipo invest investor investors holder holders'.split(' '),
);
/** Money handed out: what a stock scam promises beside a share's word (`-bonus`, `-reward`, `-refund`, `-gift`). */
const HANDOUT_WORD = new Set(
  'bonus reward rewards refund gift gifts prize payout cashback airdrop'.split(' '),
);

/**
 * Are the words of `text` (the ticker's other words) a share's word and money handed out, with nothing else but
 * fillers and digits (`stock-bonus`, `ipo-bonus`, `stock-refund`)? An investors' page names its notes, a quarter or
 * a year (`stock-notes`, `stock-2025`), never a payout (domain71's round).
 */
export function stockHandout(text: string): boolean {
  let stock = false;
  let handout = false;
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) {
    if (!w || FILLER.has(w) || REGION_TAG.has(w)) continue;
    if (STOCK_WORD.has(w)) stock = true;
    else if (HANDOUT_WORD.has(w)) handout = true;
    else return false;
  }
  return stock && handout;
}

const LONGEST = Math.max(...[...LURE, ...FILLER].map((w) => w.length));

/** The longest lure or filler word in Latin letters (what a slipped name may have glued on, match-brand.ts). */
export const GLUE_LONGEST = Math.max(
  ...[...LURE, ...FILLER].filter((w) => /^[a-z]+$/.test(w)).map((w) => w.length),
);

/** The lure and filler words in Latin letters, two letters or more (what may be glued to a slipped name). */
export function glueWords(): string[] {
  return [...LURE, ...FILLER].filter((w) => w.length >= 2 && /^[a-z]+$/.test(w));
}

/** Is `word` one lure or filler word ("go", "about", "pay")? */
export function isGlueWord(word: string): boolean {
  return LURE.has(word) || FILLER.has(word);
}

/** True when one of the words of `text` (split at hyphens, underscores, digits and dots) is a lure word. */
export function hasLureWord(text: string): boolean {
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) if (LURE.has(w)) return true;
  return false;
}

/**
 * Is one of the words of `text` (split at hyphens, underscores, digits and dots) a lure word, lure and filler words
 * glued together (`securityapp`, `bosang2026`), or does a word begin with a lure word of four letters or more
 * that asks for a login, money or an identity or is Korean (`refundapply`, `loginguide`, `bosangform`: a document
 * id's words run together; not `ordersbudget`, not `noticeboard`)? Other words beside it do not matter (an id's
 * noise).
 */
export function holdsLureWord(text: string): boolean {
  if (hasKoreanLure(text)) return true;
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) {
    if (w.length > 60) continue;
    if (LURE.has(w) || (w.length > 3 && compound(w) === 2)) return true;
    for (let j = 4; j <= Math.min(w.length - 1, LONGEST); j++) {
      const head = w.slice(0, j);
      if (STRONG_LURE.has(head) || KOREAN_LURE.has(head)) return true;
    }
  }
  return false;
}

/** Does one of the words of `text` hold a Korean lure word, as a word or glued to others ("bosang2026")? */
export function hasKoreanLure(text: string): boolean {
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) {
    if (w.includes('z') && w.length <= 60 && zLure(w)) return true;
    if (KOREAN_LURE.has(w) || (/[\uac00-\ud7a3]/.test(w) && LURE.has(w))) return true;
    // Hangul lure words run together (`유출조회`, `피해사실조회`)
    if (w.length <= 30 && /[\uac00-\ud7a3]/.test(w) && compound(w) === 2) return true;
    if (w.length > 4 && w.length <= 60 && compound(w) === 2 && [...KOREAN_LURE].some((k) => w.includes(k)))
      return true;
  }
  return false;
}

/** Does `word` with its `z` read as `j` hold a Korean lure word (`inzeung`, `bosangzeopsu`)? */
function zLure(word: string): boolean {
  const j = word.replace(/z/g, 'j');
  if (KOREAN_LURE.has(j)) return true;
  return j.length > 4 && compound(j) === 2 && [...KOREAN_LURE].some((k) => k.includes('j') && j.includes(k));
}

/** The breach lookups' romanised words (`gaein` 개인, `jeongbo` 정보, BREACH_CHECK), Korean only when run together. */
const GLUED_KOREAN = ['gaein', 'jeongbo'];

/**
 * Does one of the words of `text` run romanised Korean lure words together (`gaeinjeongbo`, 개인정보; `bosangsinchung`)?
 * Beside a real word near the brand (`gaeinjeongbo-cupang`) that speaks Korean as a Korean lure word does, where the
 * words apart (`cpng-jeongbo`, an investor's notes) stay each as they were.
 */
export function gluedKoreanLure(text: string): boolean {
  if (hasKoreanLure(text)) return true;
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/))
    if (w.length > 7 && w.length <= 60 && compound(w) === 2 && GLUED_KOREAN.some((k) => w.includes(k)))
      return true;
  return false;
}

/**
 * Is `word` lure and filler words glued together ("bosangcenter", "피해보상신청", "cskorea")? 0: no; 1: fillers only;
 * 2: with a lure word.
 */
function compound(word: string, more?: ReadonlySet<string>): 0 | 1 | 2 {
  // per position: 0 unreachable, 1 reached with fillers only, 2 reached with a lure word
  const ok = new Uint8Array(word.length + 1);
  ok[0] = 1;
  for (let i = 0; i < word.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j <= Math.min(word.length, i + LONGEST); j++) {
      const w = word.slice(i, j);
      const to = LURE.has(w) ? 2 : FILLER.has(w) || more?.has(w) ? ok[i]! : 0;
      if (to > ok[j]!) ok[j] = to;
    }
  }
  return ok[word.length] as 0 | 1 | 2;
}

/**
 * What a brand match's other words are: 'none' (nothing but digits and fillers), 'lure' (lure words only, glued or
 * apart, fillers allowed: "bosang2026", "피해보상-신청", "cs-korea") or 'other' (any other word: an article's
 * "breach-compensation-explained", "open-api"). `also`: more words that count as fillers (a brand's own words).
 */
export function extraWords(
  text: string,
  also?: ReadonlySet<string>,
  more?: ReadonlySet<string>,
): 'none' | 'lure' | 'other' {
  let lure = false;
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) {
    if (!w || also?.has(w) || more?.has(w)) continue;
    if (w.length > 60) return 'other';
    let c = compound(w, more);
    // (ㅈ written `z`, as readers of Chinese pinyin and Japanese romaji spell it: `inzeung` 인증, `zeopsu` 접수 —
    // Korean lure words so spelled only: `zone` is no `jone`; domain47's round)
    if (c === 0 && w.includes('z')) c = zLure(w) ? compound(w.replace(/z/g, 'j'), more) : 0;
    if (c === 0) return 'other';
    if (c === 2) lure = true;
  }
  return lure ? 'lure' : 'none';
}

/**
 * The Revised Romanization's syllables: an initial consonant (or none), a vowel, a final consonant (or none). Doubled
 * initials and `ch` before the single letters; the vowels longest first. An `l` starts a syllable only after an `l`
 * (ㄹㄹ is written `ll`: 실례 `sillye`); `r` elsewhere.
 */
const RR_INITIALS = [
  'kk',
  'tt',
  'pp',
  'ss',
  'jj',
  'ch',
  'g',
  'n',
  'd',
  'r',
  'm',
  'b',
  's',
  'j',
  'k',
  't',
  'p',
  'h',
  '',
];
const RR_VOWELS = [
  'yae',
  'yeo',
  'wae',
  'ae',
  'ya',
  'eo',
  'ye',
  'yo',
  'yu',
  'eu',
  'ui',
  'wa',
  'oe',
  'wo',
  'we',
  'wi',
];
const RR_SINGLE_VOWELS = ['a', 'e', 'o', 'u', 'i'];
const RR_FINALS = ['ng', 'k', 'n', 't', 'l', 'm', 'p', ''];
/** Vowels only Korean romanised spells so (어 `eo`, 으 `eu`, 애 `ae`, 외 `oe`): English and Malay words rarely do. */
const RR_MARK = /eo|eu|ae|oe/;

/**
 * Is `word` romanised Korean (`anjeon` 안전, `jiyeon` 지연, `siltae` 실태, `saengseong` 생성): two syllables or more of the
 * Revised Romanization, nothing left over, and one of the vowels only it writes so? Beside a spelling of the brand
 * that is a real word somewhere (Kupang, the city; Cupang, the barangay) or a slip of it, such a word speaks to the
 * brand's Korean shoppers as a listed Korean lure word does: the city's and the barangay's businesses write Malay,
 * Tagalog and English (`kupang-kota`, `cupang-bayan`), which the syllables or the vowels rule out (domain45's round).
 */
export function romanisedKorean(word: string): boolean {
  if (word.length < 5 || word.length > 24 || !RR_MARK.test(word)) return false;
  // an English or Italian word's last `eo` after a vowel and one consonant (`rodeo`, `romeo`) is two syllables of
  // its own, not 어 (`senteo`, 센터, has a consonant before its `t`)
  if (!RR_MARK.test(word.slice(0, -2)) && /[aeiou][a-z]eo$/.test(word)) return false;
  // syllables[i]: fewest syllables that spell word[0, i) (0 at the start; Infinity unreachable)
  const at = new Array<number>(word.length + 1).fill(Infinity);
  at[0] = 0;
  for (let i = 0; i < word.length; i++) {
    if (at[i] === Infinity) continue;
    for (const c of RR_INITIALS) {
      if (!word.startsWith(c, i)) continue;
      const v0 = i + c.length;
      for (const v of [...RR_VOWELS, ...RR_SINGLE_VOWELS]) {
        if (!word.startsWith(v, v0)) continue;
        for (const f of RR_FINALS) {
          if (!word.startsWith(f, v0 + v.length)) continue;
          const end = v0 + v.length + f.length;
          if (at[i]! + 1 < at[end]!) at[end] = at[i]! + 1;
        }
      }
    }
    // ㄹ after ㄹ: `ll` (the second `l` starts the syllable)
    if (i > 0 && word[i - 1] === 'l' && word[i] === 'l')
      for (const v of [...RR_VOWELS, ...RR_SINGLE_VOWELS])
        if (word.startsWith(v, i + 1))
          for (const f of RR_FINALS) {
            const end = i + 1 + v.length + f.length;
            if (word.startsWith(f, i + 1 + v.length) && at[i]! + 1 < at[end]!) at[end] = at[i]! + 1;
          }
  }
  return at[word.length]! >= 2 && at[word.length]! !== Infinity;
}
