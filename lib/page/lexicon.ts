/**
 * Words the page guard looks for. Everything is written in the "tight" form the normaliser produces
 * (NFKC, lower case, confusable skeleton, no spaces or punctuation), so "본인 인증", "본인-인증" and
 * "본인인증" are one entry. Short English words that would match inside longer words are matched on word
 * boundaries instead (the `*Words` regexes run on the light form, which keeps spaces).
 * Sources for the Korean words: ../shared/data/coupang-scam-patterns.md (real campaigns).
 */

import { PAGE_BRAND_NAMES, PAGE_OFFICIAL_NUMBERS } from './brand-names.data';

/**
 * A word list written as a regex literal: minifiers escape every non-ASCII character of a string literal as
 * \uXXXX (6 bytes) but keep regex literals as UTF-8 (3 bytes), and the content script has a size budget.
 * Marked free of side effects so a bundle that uses none of a table drops it (issue #16: the content script
 * carries only what its gate uses; the scorer is a file of its own).
 */
/*@__NO_SIDE_EFFECTS__*/
export function words(re: RegExp): string[] {
  return re.source.split('|');
}

/** The brand a page can pretend to be. Kept as data so another brand could be added without code. */
export interface BrandProfile {
  id: string;
  /** tight names; a leet-tolerant pattern is derived from the Latin ones */
  names: string[];
  /** service words that only this brand uses (tight) */
  services: string[];
  /** CDN hosts whose assets a clone hot-links (suffix match) */
  cdnHosts: string[];
  /** registrable domains of the brand, for "links to the real site" structure hints (suffix match) */
  homeHosts: string[];
  /** affiliate hosts: a link here means "sells through the brand", not "is the brand" */
  affiliateHosts: string[];
  /** tight strings in the brand's own footer (business registration number, company name) */
  footerMarks: string[];
  /** tight fragments of ids/classes/URLs copied from the brand's real pages */
  structureMarks: string[];
  /**
   * Colours of the brand's wordmark, "#rrggbb", the most distinctive first: an SVG mark drawn in most of them
   * (with the first) where a logo sits is the logo, text or not.
   */
  markColors: string[];
  /** the brand's own phone numbers and the report lines, digits only (list data): any other is not the brand's */
  numbers: string[];
}

/** What the content script's gate (every page) reads of a brand: its names and its CDN hosts (gate.ts). */
export type GateBrand = Pick<BrandProfile, 'names' | 'cdnHosts'>;

/**
 * Coupang's two fields the gate reads, on their own: the gate's default, so the content script carries these and
 * not the profile's other tables, which only the scorer reads — an object literal's unused properties are never
 * tree-shaken, and they were ~1 kB of the content script (issue #16, perf16). COUPANG's fields are these arrays.
 */
export const COUPANG_GATE: GateBrand = {
  // every name, product and service name from the list data (lists/sources/brands.json)
  names: PAGE_BRAND_NAMES.split('|'),
  cdnHosts: ['coupangcdn.com'],
};

export const COUPANG: BrandProfile = {
  id: 'coupang',
  names: COUPANG_GATE.names,
  services: words(
    /로켓배송|로켓와우|와우회원|와우멤버십|로켓프레시|로켓직구|로켓그로스|로켓설치|로켓나우|쿠페이|쿠팡페이|쿠팡이츠|쿠팡맨|쿠팡친구|쿠팡플레이|쿠팡캐시|쿠팡플렉스|쿠팡트래블|rocketwow|rocketdelivery|coupangpay|coupangeats|coupangplay|coupangflex|coupangtravel/,
  ),
  cdnHosts: COUPANG_GATE.cdnHosts,
  homeHosts: ['coupang.com', 'coupangeats.com', 'coupangpay.com', 'coupangplay.com'],
  affiliateHosts: ['link.coupang.com', 'coupa.ng', 'ads-partners.coupang.com', 'partners.coupang.com'],
  footerMarks: words(/1208800767|쿠팡주식회사|주식회사쿠팡|coupangcorp|coupanginc|coupangcoltd/),
  structureMarks: words(
    /loginemailinput|loginpasswordinput|loginidinput|memberlogo|coupanglogo|logocoupang|loginpang|coupangheader|coupangfooter/,
  ),
  // brown c, red o, orange u, lime p, green a, sky-blue n, blue g
  markColors: ['#6e2a1c', '#e2312a', '#f3a01d', '#b6c73a', '#45ae4a', '#22a7e0', '#1d5ca9'],
  numbers: PAGE_OFFICIAL_NUMBERS.split(' '),
};

/**
 * Generic words that may sit next to the brand in a title, heading or logo without making it a sentence
 * about the brand: "쿠팡 로그인", "Coupang - Sign in", "쿠팡 고객 피해보상 신청 센터". What is left after
 * removing the brand and these words decides whether the brand *is* the subject (little left: a site name)
 * or is only mentioned (a headline: "쿠팡 개인정보 유출 사태 3주째…").
 */
// (… "check" as 확인 is; and a staff sign-in's identity provider, "SSO", "Okta", "ADFS", "Workplace": the staff
// lure wears the brand beside it, "CoupangWing · Okta" — page60)
// (… and the second step's own words, "2-step verification", "two-factor authentication": a check named by its
// steps, as 재인증 is — page-r4-bc)
// prettier-ignore
export const GENERIC_WORDS: string[] = words(
  /로그인|회원가입|회원|고객|센터|지원|전담|본부|창구|팀|본인인증|본인확인|재인증|인증|정보|확인|조회|배송지|배송|주소|변경|환불|신청|보상|결제|주문|취소|해지|이벤트|당첨|보안|안내|알림|공지|서비스|메인|페이지|계정|비밀번호|찾기|재설정|업데이트|앱|설치|다운로드|접수|처리|완료|쇼핑|온라인|공식|사이트|몰|스토어|홈|님|와우|로고|이미지|개인정보|피해|사실|상담|문의|마이|페이|이츠|플레이|판매자|파트너스|파트너|로켓|글로벌|코리아|대한민국|주식회사|에서|오신|환영|요청|등록|수령|선물|경품|체험단|럭키|룰렛|설문|조사|만족도|지급|발송|택배|상품|카드|입력|수정|재발급|긴급|필수|쿠폰|혜택|포인트|캐시|적립|멤버십|배송비|보류|지연|재배송|님의|하기|하세요|합니다|해주세요|필요|log|sign|in|up|account|verification|verify|security|secure|update|refund|delivery|tracking|track|order|customer|service|center|centre|official|home|page|my|online|shopping|store|shop|app|download|password|reset|help|support|corp|corporation|inc|co|ltd|korea|the|your|to|of|and|for|welcome|logo|image|img|eats|pay|play|wow|rocket|seller|wing|flex|member|members|partner|partners|portal|identity|confirm|claim|compensation|event|notice|com|www|kr|net|global|request|form|status|alert|required|information|info|details|payment|billing|subscription|cancel|cancellation|package|parcel|shipment|notification|reward|winner|gift|prize|nft|airdrop|apply|application|hold|on|fee|customs|clearance|action|duty|tax|통관|관세|세관|납부|redelivery|card|pending|check|sso|okta|adfs|workplace|step|factor|authentication|failed|important|urgent|not|found|forbidden|error|nginx|apache|unavailable|오류|찾을수없습니다|登入|登錄|會員|会員|安全|結帳|客服|中心|退款|付款|驗證|確認|ロクイン|お支払い|返金|配送|通關|通関/,
);

/** Logo alt texts that name nobody. */
export const GENERIC_LOGO_WORDS =
  /^(logo|로고|home|홈|image|img|이미지|banner|배너|icon|아이콘|top|header|brand|ci|bi|메인|main|symbol|심볼)*$/;

/**
 * Other shops and delivery apps. Two or more of them next to the brand make a comparison/list page, so the
 * brand's logo there is one of many, not the page's own identity. Portals used for social login (Naver,
 * Kakao, Google) are left out: a fake login page may show "카카오로 로그인" buttons. Other countries' wallets are
 * written as `tight` leaves them ("楽天ペイ" → "楽天ヘイ"): a Japanese or Chinese window lists "クーパンペイ · PayPay ·
 * 楽天ペイ" as a Korean one lists "쿠페이 · 네이버페이" (page70).
 */
// prettier-ignore
export const OTHER_SHOPS: string[] = words(
  /11번가|11st|g마켓|지마켓|gmarket|옥션|auction|ssg|이마트|emart|위메프|wemakeprice|티몬|tmon|롯데온|lotteon|인터파크|interpark|네이버쇼핑|스마트스토어|마켓컬리|컬리|kurly|알리익스프레스|aliexpress|테무|temu|아마존|amazon|무신사|musinsa|오늘의집|다나와|danawa|에누리|enuri|하이마트|홈플러스|homeplus|29cm|에이블리|지그재그|대한통운|cj대한통운|한진택배|롯데택배|우체국택배|로젠택배|경동택배|우체국|한진|로젠|일양로지스|합동택배|cjlogistics|hanjin|epost|배달의민족|배민|baemin|요기요|yogiyo|땡겨요|위메프오|네이버페이|naverpay|카카오페이|kakaopay|토스페이|tosspay|페이코|payco|삼성페이|samsungpay|애플페이|applepay|스마일페이|smilepay|ssgpay|엘페이|lpay|paypay|楽天ヘイ|rakutenpay|aupay|メルヘイ|linepay|d払い|alipay|支付宝|wechatpay|微信支付|grabpay|paypal|googlepay|네이버|naver/,
);

// ---------------------------------------------------------------- sensitive fields (tight hints)

/** Field hint → kind. The first matching row wins, so specific rows (card PIN, entrance code) come first. */
export type FieldKind =
  | 'seed'
  | 'voucher'
  | 'entrance'
  | 'card'
  | 'customs'
  | 'sim'
  | 'resident'
  | 'bank'
  | 'otp'
  | 'password'
  | 'messenger'
  | 'phone'
  | 'address'
  | 'telco'
  | 'birth'
  | 'name'
  | 'none';

/** A signed-in session's cookies asked for (tight): "F12 → Application → Cookies", "세션 쿠키 값" — the account, no password needed */
export const SESSION_COOKIE =
  /세션쿠키|쿠키값|applicationcookies|f12.{0,30}(?:cookie|쿠키)|애플리케이션쿠키|쿠키(?:전체)?복사|sessioncookie|sessionid|sessiontoken/;

export const FIELD_RULES: [FieldKind, RegExp][] = [
  // a crypto wallet's recovery phrase: the master secret of every coin in it (a box for 12 or 24 words)
  [
    'seed',
    /(?:복구|시드)(?:구문|문구)|니모닉|지갑백업|개인키|비밀키|프라이빗키|복원단어|복구단어|지갑(?:인증|확인|연결)?단어|(?:12|24)(?:개의?)?(?:영)?단어|백업(?:단어|문구|구문)|seedphrase|recoveryphrase|mnemonic|privatekey|walletbackup|(?:12|24)words|助記詞|助记词|私鑰|私钥|シートフレース|復元フレース|ニーモニック|秘密鍵|word1\W{0,3}word2.{0,12}word(?:12|24)/,
  ],
  // a gift card's or a voucher's code or PIN ("상품권 바코드 번호", "기프트카드 코드"): money, spent by whoever reads it
  [
    'voucher',
    /상품권|기프트카드|기프트코드|기프티콘|해피머니|컬쳐랜드|컬처랜드|틴캐시|북앤라이프|giftcard|giftcode|voucher|redeemcode|steamcard|googleplaycard|itunescard/,
  ],
  [
    'entrance',
    /공동현관|현관비밀번호|현관번호|출입번호|출입문|출입비밀번호|entrancecode|doorcode|gatecode|buildingcode|doorpassword|entrancepassword/,
  ],
  [
    'card',
    /카드번호|카드비밀번호|앞2자리|앞두자리|유효기간|카드유효|cvc|cvv|csc|보안코드|cardnum|cardno|ccnum|ccexp|ccname|creditcard|debitcard|expiry|expiration|expdate|mmyy|cardpin|cardholder|카드소유자|신용카드|체크카드|결제카드|카드(?:뒷|뒤|끝|마지막)(?:\d|네)?자리|信用卡|卡片?[號号]|有效期|到期(?:日|年月)|安全碼|安全码|檢查碼|检查码|卡片?背面|後三碼|后三位|カート番号|クレシット(?:カート)?(?:番号)?|有効(?:期限|年月|月)|セキュリティ(?:コート|番号)|^月年$/,
  ],
  // a SIM's own codes (page46): its serial (ICCID), its unlock key (PUK), an eSIM's activation code — with them a
  // second SIM takes over the line, and every text code sent to it after (a SIM swap); a telco's own page asks
  // them under its own name
  [
    'sim',
    /iccid|(?:^|유심|usim|sim)puk|puk(?:번호|코드|code)|(?:유심|usim|sim)(?:카드)?(?:일련|고유|serial|pin|핀|비밀)(?:번호|number|코드|code)?|(?:esim|이심|qr)(?:활성화|개통|activation)(?:코드|code|번호)|^eid$|eid(?:번호|number)|개통인증(?:코드|번호)/,
  ],
  ['customs', /통관고유|통관부호|개인통관|customsclearance|customscode|customsid|clearancecode|pccc|unipass/],
  [
    'resident',
    /주민번호|주민등록|외국인등록|뒤7자리|뒷7자리|뒷자리7자리|residentregistration|residentnumber|residentid|jumin|rrn|ssn|socialsecurity|nationalid|arcnumber|arcno|alienregistration|registrationcard|(?:운전)?면허(?:증)?(?:번호|일련번호)|^운전면허|면허뒷면|뒷면(?:식별|일련)|암호일련번호|여권|passport|licen[cs]en(?:o|umber)|身分證|身份證|身份证|マイナンハー/,
  ],
  [
    'bank',
    /계좌|예금주|입금은행|환급은행|환불은행|은행명|bankaccount|accountnumber|accountno|accountholder|iban|routingnumber|sortcode|bankname|payoutaccount|refundaccount|銀行帳號|银行账号|銀行帳戶|银行账户|收款帳戶|口座番号/,
  ],
  // a household's own PIN at its apartment's system ("세대 인증번호 4자리"): that site's password, not a code sent
  ['password', /세대(?:인증|비밀)번호|입주민(?:인증|비밀)번호/],
  // (… or a code told by how it came and its length, "[Web발신]으로 받은 6자리 숫자", "문자로 받은 코드": what was
  // texted to the reader, over boxes that name nothing; or the number a messenger's sign-in request shows, "카카오톡으로
  // 전송된 인증 요청의 확인 번호": typed here, it approves the sender's sign-in — page49; "받은 번호 6자리" — page60)
  [
    'otp',
    /인증번호|인증코드|(?:문자|메시지)(?:로받은|로온|속|에온|에받은|에적힌)(?:\d{1,2}자리)?(?:숫자|번호|코드)|(?:받은|도착한|전송된)(?:\d{1,2}자리(?:숫자|번호|코드)|(?:숫자|번호|코드)\d{1,2}자리)|(?:인증|승인|로그인)요청의?(?:확인)?(?:번호|숫자)|휴대폰으로(?:온|받은)숫자|승인번호|확인코드|백업코드|복구코드|backupcode|recoverycode|otp|onetime|일회용|verificationcode|verifycode|smscode|authcode|securitycode|2fa|twofactor|(?:알림톡|카카오톡|카톡|문자|sms|메시지)(?:으?로)?(?:받은|온|도착한|전송된)?\d자리|驗證碼|验证码|認證碼|認証(?:コート|番号)|確認(?:コート|番号)|ワンタイム/,
  ],
  [
    'password',
    new RegExp(
      `비밀번호|비번|암호|password|passwd|passcode|pwd|userpw|loginpw|^pw$|^pw\\d|pin$|^pin|${SESSION_COOKIE.source}|密碼|密码|ハスワート|暗証番号`,
    ),
  ],
  // a messenger id ("LINE ID 또는 카카오톡 ID"): where a task scam moves the victim next; before the id row
  [
    'messenger',
    /카카오톡id|카톡id|카카오id|카카오톡아이디|카톡아이디|lineid|라인id|라인아이디|텔레그램|telegram|텔레(?:아이디|id)|whatsapp|wechat|위챗/,
  ],
  // e-mail and user ids are not sensitive on their own; this row shields them from the "address" row below
  ['none', /email|이메일|e메일|메일주소|아이디|userid|username|loginid|searchquery|검색/],
  ['phone', /휴대폰|핸드폰|휴대전화|전화번호|연락처|phone|mobile|^tel|hp$|^hp|手機|手机|電話|电话|携帯/],
  ['address', /주소|우편번호|도로명|지번|addr|street|postcode|zipcode|^zip|postal|地址|住所|郵便番号/],
  // with phone, the identity bundle a SIM swap or a loan in the victim's name needs
  ['birth', /생년월일|생일|출생|birth|dob$|^dob|yyyymmdd|yymmdd|生日|出生|生年月日/],
  [
    'name',
    /^(?:name|fullname|realname|custname|yourname|username2|nm)$|이름|성명|성함|실명|고객명|예금주명|fullname|realname|nameason|姓名|收件人|氏名|名前/,
  ],
  ['telco', /통신사|이동통신|carrier|telecom|telco|mobileoperator|^skt|lgu|알뜰폰/],
];

/** autocomplete tokens are exact; they beat guessing from names. */
export const autocompleteKind = (t: string): FieldKind | undefined =>
  /^(?:current|new)-password$/.test(t)
    ? 'password'
    : t === 'one-time-code'
      ? 'otp'
      : /^cc-(?:number|exp|csc|name)/.test(t)
        ? 'card'
        : /^tel(?:-national)?$/.test(t)
          ? 'phone'
          : /^bday/.test(t)
            ? 'birth'
            : /^(?:given-|family-)?name$/.test(t)
              ? 'name'
              : /^(?:street-address|address-line[12]|postal-code)$/.test(t)
                ? 'address'
                : undefined;

// ---------------------------------------------------------------- prominent text (tight)

export const IDENTITY_VERIFICATION =
  /(?:본인|재|정보|실명|휴대폰|계정)인증|본인확인|(?:identity|account)verification|(?:verify|confirm)your(?:identity|account)|reverify/;

export const APP_INSTALL =
  /앱을?설치|설치하기|지금설치|apk|안드로이드전용|전용앱|보안앱|앱업데이트|긴급(?:앱|업데이트)|프로그램설치|알수없는출처|출처를알수없는|apk파일|(?:install|download)(?:the|our)app|securityapp|appupdate|unknown(?:sources|apps)|installunknown|홈화면에(?:추가|설치)|addtohomescreen/;

/**
 * A "verification" that has the reader open the Run box or a terminal ("Windows 키 + R", "Press Windows + R",
 * 실행 창, PowerShell) and paste what the page's script put on the clipboard (ClickFix): the pasted command runs the
 * kit's program. Read on the text as shown, lower case (a tight text loses the `+` and the word boundaries).
 */
// (the keys joined by words as well as "+": "윈도우 로고 키를 누른 채로 R 키를 누르세요")
export const RUN_BOX =
  /(?:windows|win|윈도우|⊞)\s*(?:키|key|logo key|로고 키)?\s*\+\s*r(?![a-z])|(?:windows|win|윈도우|⊞)\s*(?:로고\s*)?(?:키|key)[^.\n]{0,16}?(?<![a-z])r\s*(?:키|key)|실행\s*창|명령\s*프롬프트|powershell|터미널|terminal/i;
/**
 * The frame every such kit gives it: a check that the reader is human. (A security or verification step names
 * the topic of an honest how-to as well — "쿠팡 윙 로그인 보안 인증 오류 해결" — and is not enough.)
 */
export const CHECK_FRAME =
  /captcha|로봇이\s*아[니닙]|로봇\s*(?:확인|검사|방지)|not\s+a\s+robot|are\s+(?:a\s+)?human|사람인지|자동\s*(?:접속|입력)\s*방지|봇\s*(?:확인|방지)|human\s+verification|verify\s+(?:that\s+)?you/i;
/**
 * Push-notification bait: the page has the reader press the browser's "Allow" ("'허용'을 눌러", "허용하고 받기",
 * "click Allow") and makes something hang on it: a check that the reader is human (CHECK_FRAME) or a prize,
 * a payout, or the loss of one (PUSH_STAKES). A site's own "get alerts" button says neither.
 */
export const PUSH_ALLOW =
  /허용\s*['"’”\]」』)]?\s*(?:버튼|단추|창)?\s*(?:을|를)?\s*(?:누르|눌러|클릭|선택|하시면|하면|하고|해\s*주|하셔야|해야|하지\s*않으면)|(?:click|press|tap|select)\s+(?:the\s+)?["'“]?allow|allow\s+(?:notifications?\s+)?to\s+(?:continue|claim|receive|verify|get)/i;
export const PUSH_STAKES =
  /당첨|지급|보상|경품|무료|선물|쿠폰|상품권|취소|누락|\bclaim|\bprize|\breward|\bgift|\bwin|voucher|coupon|compensation|eligible|cancel/i;
/** … or its loss: "허용하지 않으면 지급이 취소됩니다" */
export const PUSH_THREAT =
  /허용\s*(?:하지\s*않으면|안\s*하면)|without\s+allowing|if\s+you\s+(?:don'?t|do\s+not)\s+allow/i;
/**
 * A browser extension to be loaded by hand: developer mode, "load unpacked". No shop ships its "security
 * module" so; a kit does, to put a stealer in the browser (a developer's tutorial asks no one to install it).
 */
/**
 * The reader told to run past the system's own warning about the download (SmartScreen's "추가 정보 → 실행",
 * "More info → Run anyway", Gatekeeper's "Open Anyway"): a signed installer from an honest vendor never needs it.
 */
export const WARNING_BYPASS =
  /추가\s*정보\s*['"”’]?\s*(?:를|을)?\s*(?:→|->|>|후|다음|누른\s*(?:뒤|후|다음)|누르고|클릭\s*(?:후|하고|한\s*뒤)|선택\s*(?:후|하고))\s*['"“‘]?\s*(?:실행|무시하고\s*실행)|(?:windows|윈도우|smartscreen|스마트\s*스크린|디펜더|defender)[^.。\n]{0,30}?(?:경고|차단|알림)[^.。\n]{0,30}?(?:무시|그래도\s*실행|실행을\s*눌|허용을\s*눌)|more\s+info[^.\n]{0,12}run\s+anyway|open\s+anyway|(?:ignore|dismiss)\s+(?:the\s+)?(?:windows|smartscreen|defender)\s+warning/i;
export const SIDELOAD =
  /개발자\s*모드|압축\s*해제된\s*확장|developer\s*mode|load\s*unpacked|unpacked\s+extension|(?:chrome|edge|whale|brave):\/\/extensions|확장\s*(?:프로그램)?\s*(?:관리\s*)?(?:페이지|화면|탭|창)(?:에|으로|로)\s*(?:끌어|드래그|떨어뜨|놓)|drag[^.]{0,40}(?:onto|into|to)\s+(?:the\s+)?extensions?\s+(?:page|tab|window)/i;
/**
 * A QR code the reader is told to scan with the phone (quishing): the kit's next step happens where no guard is.
 * It counts where the code leads to a chat (QR_TO_CHAT) or the page says the step can only be done on the phone
 * (QR_TO_PHONE); an app's download page with a QR code for its store listing says neither.
 */
export const QR_SCAN =
  /(?:QR|큐알)\s*(?:코드)?\s*(?:를|을)?\s*(?:(?:휴대폰|스마트폰|핸드폰|폰)\s*)?(?:카메라|휴대폰|스마트폰|폰)\s*(?:으로|로)\s*(?:스캔|촬영|찍|인식)|(?:QR|큐알)\s*(?:코드)?\s*(?:를|을|에)?\s*(?:스캔|촬영|찍|인식|비추|비춰|대\s*(?:고|면|세요|주))|카메라(?:로|를)?\s*[^.]{0,10}(?:QR|큐알)|scan\s+(?:the|this)\s+QR|QR\s*code\s+with\s+your\s+(?:phone|camera)|scan\s+(?:the|this)\s+code\s+with\s+your\s+(?:phone|mobile|camera)|(?:휴대폰|스마트폰|핸드폰)\s*(?:카메라)?\s*(?:으로|로)\s*(?:아래\s*)?(?:코드를?\s*)?스캔|(?:phone|mobile|smartphone)(?:'s)?\s+camera\b[^.]{0,20}\bscan\b/i;
// (a chat for help with the brand's "case": a deals room or a fan chat is not a hand-off)
export const QR_TO_CHAT =
  /(?:상담방|상담창|1\s*:\s*1\s*상담|(?:오픈\s*채팅|채팅방|카카오톡|카톡|텔레그램|라인|telegram|open\s*chat|chat\s*room)[^.]{0,30}(?:상담|문의|처리|접수|환불|보상|support|help|agent))/i;
// (… or the errand said to be possible on the phone only: "보안을 위해 배송지 확인은 휴대폰에서만 가능합니다"; a claim
// "applied for on mobile only", "피해보상은 모바일에서만 신청" — page49)
// (… in English too: "identity checks can only be completed on a mobile device" — page60)
export const QR_TO_PHONE =
  /(?:휴대폰|스마트폰|핸드폰|모바일)\s*(?:으로|에서|로)\s*만\s*(?:가능|확인|진행|신청)|(?:PC|컴퓨터|데스크[톱탑])\s*(?:브라우저)?\s*(?:에서는|로는|에서)\s*[^.。]{0,30}(?:수\s*없|불가|지원(?:하지|되지)|제한)|모바일\s*(?:에서|로)\s*(?:만\s*)?(?:인증|계속|진행|로그인)|(?:휴대폰|스마트폰|핸드폰)\s*(?:으로|에서)\s*(?:만\s*|이어서\s*)?(?:인증|계속|진행|로그인|완료)|continue\s+on\s+your\s+(?:phone|mobile)|(?:verify|sign\s+in|log\s+in)\s+on\s+your\s+(?:phone|mobile)|(?:can|may)\s+only\s+be\s+(?:completed|done|finished|verified)\s+on\s+(?:a|your)\s+(?:mobile|phone|smartphone)/i;
/**
 * What the code's scan leads to: something secret entered on the phone ("스캔 후 본인확인 및 출입번호를 입력", "QR을
 * 스캔하고 결제 수단을 재등록"), or a sign-in approved in an app ("휴대폰으로 스캔 후 인증 앱에서 승인하세요"): the
 * reader approves a session the sender started. An app's store QR or a parcel's tracking QR asks for nothing after
 * it. A TV's login QR approved in the brand's own app is the brand's real flow ("TV 화면의 QR을 스캔 후 … 앱에서
 * 승인": a how-to says so, and the brand's own hosts are never judged by the page guard); elsewhere a page that shows the brand and such a code is the hijack (page28, tune-ab's
 * ab059 and ab064: a mediation's "간편인증", a passkey "enrolment").
 */
// (… "QR을 휴대폰 카메라로 찍은 후, 열리는 앱에서 “확인”을 누르면": taken with the phone's camera, as a scan — page60)
export const QR_THEN_ASK =
  /(?<!(?:TV|티비|텔레비전)\s*(?:화면|에\s*(?:표시|나온|뜬|나타난))[^.。]{0,40})(?:(?:스캔|촬영|인식)\s*|찍(?:은|으신)\s*)(?:후|하고|하여|해서|하신\s*(?:뒤|후))\s*[^.。]{0,30}?(?:앱|어플|애플리케이션)[^.。]{0,16}?(?:승인|허용|[['"‘“「]?확인[\]'"’”」]?\s*(?:버튼)?\s*(?:을|를)?\s*(?:눌|누르|클릭|탭))|scan[^.]{0,40}\b(?:then\s+)?approve\s+(?:it\s+)?(?:in|on)\s+(?:the|your)\s+app|(?:(?:스캔|촬영|인식)\s*|찍(?:은|으신)\s*)(?:후|하고|하여|해서|하신\s*(?:뒤|후)|한\s*(?:뒤|후|다음))\s*[^.。]{0,40}?(?:본인\s*(?:확인|인증)|출입\s*번호|공동\s*현관|비밀\s*번호|결제\s*수단|카드|계좌|인증\s*번호)[^.。]{0,20}?(?:입력|등록|재등록|인증|진행|(?:을|를)\s*해\s*(?:주세요|주십시오|야))|scan[^.]{0,40}\bthen\s+(?:enter|register)\s+your\s+(?:card|password|code|payment)/i;
export const PASTE_KEYS =
  /(?:ctrl|cmd|⌘)\s*\+\s*v(?![a-z])|(?:ctrl|cmd|컨트롤)\s*(?:키|key)[^.\n]{0,16}?(?<![a-z])v\s*(?:키|key)|붙여\s*넣|\bpaste\b/i;

/** A button that is nothing but "install" (tight): the lure of a fake store listing. */
export const INSTALL_BUTTON =
  /^(?:설치|설치하기|지금설치|앱설치|앱설치하기|무료설치|업데이트설치|install|installnow|installapp|getapp|apk다운로드|앱다운로드|다운로드apk)$/;

export const REMOTE_CONTROL =
  /teamviewer|anydesk|quicksupport|rustdesk|supremo|splashtop|팀뷰어|애니데스크|원격(?:지원|제어|상담|접속|앱|프로그램|id|아이디|점검|진단)|알서포트|remote(?:call|support|access|control)/;

// (… or a charge the reader is told to block, "이상결제 차단", "승인 대기 중": the "cancel it if it wasn't you" hook —
// page-r2-ax)
// (… and in English, a charge "waiting for your approval" to "decline" with the code sent: the 이상결제 차단 lure — page60)
export const REFUND_LURE =
  /(?:이상|부정)결제|결제차단|승인대기|피해보상|보상(?:금|신청|결과)|환불|(?:결제|주문|승인)취소|취소요청|결제가?(?:완료|승인)|(?:부당|이중)결제|refund|compensation|cancel(?:order|payment)|(?:order|payment)cancel|chargeback|unauthorizedpayment|paymentcompleted|(?:pending|awaiting|waitingforyour)approval|decline(?:this|the)?payment|block(?:this|the)?payment/;

export const DELIVERY_LURE =
  /주소지?(?:불일치|오류|확인)|배송(?:불가|취소|지연|보류|중지|실패|누락)|반송|미배송|택배보관(?!함)|deliveryfailed|faileddelivery|unabletodeliver|undeliverable|addressincomplete|incompleteaddress|redelivery|(?:shipment|package|parcel)onhold|deliveryattempt/;

// ("전자정부", a public site's banner, is not midnight; nor "판매자정보", "사업자정산", "이용자정책": a word that ends
// in 자 before 정보, 정산, 정책 — "자정보다 먼저" is midnight: page39)
export const URGENCY =
  /시간이?내|(?<!전)자정(?!보(?!다)|산|책)|즉시(?!할인|적립|구매|배송|출고)|긴급|지금바로|기한|자동(?:으로)?취소|계정이?정지|영구정지|이용이?제한|남은시간|만료|within\d+hours|immediately|urgent|suspended|willbelocked|expiresin|timeremaining|finalnotice|actionrequired/;

/**
 * An explicit statement that the page is NOT the brand ("쿠팡과 무관", "not affiliated with Coupang") (tight).
 * Evidence of a mere mention, but cheap to fake: it never cancels a request for hard data (see score.ts).
 */
export const NOT_AFFILIATED =
  /(?:쿠팡|coupang)(?:주식회사|주|corp|inc)?(?:[가-힣a-z0-9]{1,12}등)?(?:과|와|및|의|가|이)?(?:는|은)?(?:무관|(?:등록)?상표(?:이며|입니다|이고|임)|관계가?없|관련이?없|(?:제휴|후원|협찬)(?:후원|협찬|관계)*[가를]?(?:없|아닙|하지않|맺지않)|별개[의인]|별도의|계정이아닌|공식(?:서비스|사이트|앱)?[이가]?아닙|아무런(?:제휴)?관계|(?:운영|제공)하는(?:서비스|사이트)가?아니|(?:공식)?(?:서비스|사이트|앱|계열사|자회사|파트너|협력사)가아니|공식(?:파트너|협력사)가아닌)|(?:not|un)(?:affiliated|endorsed|associated|sponsored|connected)(?:with|by)(?:[a-z]{0,30}(?:with|by))?coupang|independent(?:service|site)?(?:and|not)?(?:not)?affiliated|(?:쿠팡|coupang)[가-힣a-z]{1,6}(?:과|와)(?:는|은)?(?:별개|별도|무관)(?:의|인|한)(?:서비스|사이트|회사|업체)|비공식(?:서비스|사이트|팬)|개인이운영하는|상표.{0,20}소유|(?:酷澎|coupang|クーハン)+(?:公司|集團|集团|官方)?(?:與|与|和|跟)?(?:並|并|均|皆)?(?:無任何|无任何|沒有任何|没有任何|無|无|沒有|没有)(?:任何)?(?:關係|关系|關聯|关联|合作|隸屬|隶属)|(?:酷澎|coupang)+(?:無關|无关)|(?:並非|并非|不是|非)(?:酷澎|coupang)+(?:的|之)?(?:官方|授權|授权|合作|關係|关系)|(?:クーハン|coupang)+(?:と|とは|とは、)(?:一切|何ら|なんら)?(?:の)?(?:関係|関連|提携)(?:は|か)?(?:ありません|こさいません|ない|しておりません|ていません)|(?:クーハン|coupang)+(?:とは)?無関係|(?:クーハン|coupang)+(?:の)?公式(?:サイト|サーヒス|アフリ)?(?:て|で)はありません/;

/**
 * A shop's word that it does not deal in the brand's money ("쿠팡 캐시·쿠팡 상품권을 판매하거나 교환하지 않습니다")
 * or that texts in the brand's name are not its own ("'쿠팡 상품권 당첨' 문자는 저희와 무관한 사기입니다") (tight).
 * Believed only where every mention of the brand on the page is such a sentence (score.ts): a kit that speaks of
 * "your 쿠팡 캐시" and adds one is still speaking as the brand.
 */
export const NOT_DEALING =
  /(?:(?:쿠팡|coupang)[가-힣a-z0-9]{0,6}?(?:및|와|과|이나|또는|나)?)+(?:을|를|은|는)?(?:판매|교환|취급|매입|발행)(?:하거나|또는|및|나|(?:판매|교환|취급|매입|발행))*(?:하지(?:도)?않|하지아니)|(?:쿠팡|coupang)[가-힣a-z0-9]{0,10}?(?:문자|메시지|안내|연락|전화)(?:는|은)?(?:저희|당사|본사|우리)(?:회사|사이트|몰)?(?:와|과)(?:는|은)?(?:무관|관계가?없|관련이?없)/g;

/**
 * The brand named as a party to a case against it (tight): a dispute's respondent ("피신청인 쿠팡 주식회사"), a
 * suit's defendant, "쿠팡을 상대로", "쿠팡 집단분쟁조정". A body that mediates or sues names the brand so; the
 * brand never names itself so. Before the name (up to its end) and after it:
 */
export const PARTY_BEFORE =
  /(?:피신청인|피청구인|피고|피고인|피진정인|피신고인|상대방|피조정인)(?:은|는|명|:|：)?$/;
export const PARTY_AFTER =
  /^(?:주식회사|\(주\)|corp|inc)?(?:을|를|에|에대한)?(?:상대로|대상으로|상대)|^(?:주식회사|\(주\))?(?:관련)?(?:개인정보유출)?(?:관련)?(?:집단)?(?:분쟁조정|소송|손해배상청구|공동소송|민사소송|조정사건)/;

/** Reader forms: comments, reviews, guest books (tight hints of a form's fields and buttons). */
export const READER_FORM = /댓글|덧글|방명록|코멘트|리뷰작성|후기작성|comment|guestbook|reply|review|비밀글/;

/** Page talks ABOUT scams: warnings, reporting. */
export const DISCUSSION =
  /사칭|스미싱|피싱|사기|가짜|주의보|주의하세요|조심|경찰|피해사례|scam|phishing|smishing|fraud|beware|fake|impersonat/;

/**
 * A sentence that reports on the brand instead of speaking for it (light form, one sentence): a warning about
 * scams that impersonate it ("쿠팡 유출 사고를 빙자한 문자에 주의하세요", "'쿠팡 보안앱'으로 위장한 악성 앱"),
 * or market news about the listed company ("쿠팡(CPNG) 주가가 하락했다", "4분기 적자 전환"). A lure says "쿠팡 사칭 피해 보상을
 * 받으세요": no warning word, so it is not one. Both parts are needed for a warning (light form: spaces kept, so
 * "늘고 있" is written with its space below). Or a text quoted and named as one, "“쿠팡 보상금 받기” 같은 문자는
 * 사기예요", "“쿠팡 결제 취소” 문자로 … 유도당한 피해 사례": its words the scam's, called a scam or a victims' case
 * (page-r2-ax).
 */
export const WARNED_ABOUT =
  /[”"'’」』]\s?(?:(?:같은|이런|라는|이라는)\s?)?(?:문자|메시지)|빙자|위장(?:한|해|하여|된|하는)|사칭|스미싱|피싱|같은\s?이름으로|유도하는\s?(?:문자|메시지|전화)|impersonat|pos(?:ing|es?) as|phishing|smishing|scam|诈骗|詐騙|冒充|钓鱼|詐欺|なりすまし/i;
export const WARNING_VOICE =
  /사기(?:예요|에요|입니다)|유도당|피해\s?사례|주의|조심|유의|속지|마세요|늘고 있|유포되고|기승|급증|마십시오|않습니다|않아요|않으니|않으며|악성|beware|careful|never|do not|don't|watch out|谨防|提醒|小心|注意|警惕|気をつけ/i;
export const MARKET_REPORT =
  /주가|증시|시가총액|목표주가|투자의견|나스닥|뉴욕증권|매출|적자|흑자|실적|영업이익|순이익|종목|\bnyse\b|\bnasdaq\b|\bcpng\b/i;

/**
 * A price tracker's words (tight): a product's price history at a shop ("가격 변동 - 쿠팡 최저가", "역대 최저가",
 * "price history"). A title that says so reports a price at the brand, as a market report reports its shares.
 * A voucher market's quote too ("쿠팡 상품권 시세", "기프티콘 시세"): the brand's voucher is the goods it trades, priced
 * (page41).
 */
export const PRICE_REPORT =
  /(?:상품권|기프티콘|기프트카드|giftcard)(?:매입|판매|거래)?시세|가격변동|가격추적|가격비교|역대최저가|최저가추이|가격그래프|가격알림|최저가알림|최저가알리미|가격알리미|pricehistory|pricetracker|pricealert/i;

/** News / article boilerplate. */
export const ARTICLE_MARKS =
  /무단전재|재배포금지|재배포를금지|기자입력|기사입력|입력(?:19|20)\d\d|기자$|구독하기|공유하기|기사제보|newsroom|reporter/;
export const BYLINE = /[가-힣]{2,4}\s?기자(?:\s|$|=|·|@)|[가-힣]{2,4}\s?특파원/;

/** Affiliate disclosure required in Korea for Coupang Partners posts. */
export const AFFILIATE_MARKS = /파트너스활동의일환|수수료를제공받|affiliatelink|asanaffiliate|commissionfrom/;

/** First-person address typical of the brand's own notices (tight). */
// (not the brand as a place to shop: "쿠팡에서도 판매중입니다", "쿠팡에서 구매 가능합니다")
export const BODY_CLAIMS =
  /쿠팡(?:와우|이츠|플렉스|페이)?(?:고객|회원|와우회원)님|쿠팡에서알려|쿠팡(?!에서도|에도|에서(?:판매|검색)|[가-힣]{0,3}(?:무관|아닌|아닙|관계없|관련없|별개|상관없))(?:[가-힣]{0,8}|[가-힣]{0,14}(?:창구|센터|본부|상담실))입니다|보낸(?:사람|이)쿠팡|발신(?:자|인)?쿠팡|쿠팡을이용해주셔서|쿠팡을이용해주신|쿠팡맨[가-힣○●*]{0,6}입니다|쿠팡[가-힣]{0,10}(?:상담사|상담원|매니저)[가-힣]{0,4}입니다|coupangcustomer|yourcoupang(?:account|order|parcel|package|delivery|refund|payment)|thankyouforshoppingwithcoupang|coupang(?:security|support|care|customer)?team|coupangsupport/;

/** Copyright and company-information lines (light form): who owns the page. */
export const COPYRIGHT_MARK = /©|\(c\)|copyright|all rights reserved|저작권|무단전재/;
/**
 * A company-information line ("상호명: 쿠팡(주) | 사업자등록번호: 120-88-00767 | 통신판매업 …"): a business
 * registration number, or two of these labels with a value set off (COMPANY_INFO_VALUE). One label alone
 * ("쿠팡 대표이사는 …") is a news sentence, and labels listed in a sentence ("사업자등록, 통신판매업 신고, 윙
 * 가입까지 다룹니다": a seller course) are its topics.
 */
export const COMPANY_INFO =
  /상호|사업자\s*등록|통신\s*판매업|대표\s*이사|대표자|business registration|company name|ceo/g;
export const BUSINESS_NUMBER = /\d{3}-\d{2}-\d{5}/;
/** What sets a company line's values off: a colon, a bar or middle dot between fields, or a number. */
export const COMPANY_INFO_VALUE = /[:：|｜·•]|\d/;
/**
 * A company line's labels and filing numbers ("사업자등록번호 553-24-82114 · 통신판매업신고 제2017-서울송파-4181호"):
 * what is left once they go is the company's name, if the line gives one. A line of labels and numbers alone
 * names no owner: a kit copies the brand's footer and changes its numbers.
 */
export const COMPANY_LABELS =
  /상호\s*명?|사업자\s*(?:등록)?\s*번호|사업자\s*등록|사업자\s*정보\s*확인|통신\s*판매업?\s*(?:신고)?\s*(?:번호)?|대표\s*(?:이사|자)|business registration(?: n(?:o|umber))?|company name|(?:제\s*)?\d{4}\s*-\s*[가-힣a-z]{2,8}\s*-\s*\d+\s*호?/gi;

/** Countdown elements. */
export const COUNTDOWN_ATTR = /countdown|count-down|timer|remain|time-left|timeleft|deadline/;
export const COUNTDOWN_TEXT = /(?:^|\D)\d{1,2}:\d{2}(?::\d{2})?(?:\D|$)/;
