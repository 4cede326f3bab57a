/**
 * The scam scripts of Korean impersonation texts, by family. Each family is a topic plus a call to act on it:
 * a news share that mentions "보상" or a police warning that quotes "환불 문자" names the topic but asks nothing of
 * the reader. Patterns run on the squashed text (lower case, no spaces or punctuation), because scam texts space
 * words out ("쿠 팡 고 객 님") or run them together to slip past filters.
 */

export type LureFamily =
  | 'compensation'
  | 'refund'
  | 'payment'
  | 'card'
  | 'customs'
  | 'delivery'
  | 'app-install'
  | 'remote-support'
  | 'account'
  | 'event'
  | 'job'
  | 'authority'
  | 'callback'
  | 'family';

interface Script {
  family: LureFamily;
  topic: RegExp;
  /** the ask; when absent the topic is an ask in itself (e.g. "…를 설치해 주세요") */
  act?: RegExp;
}

// What a scam asks the reader to do (squashed text: no spaces).
const ACT =
  /신청|조회|확인|수령|접속|클릭|입력|등록|인증|참여|받기|받으|받아|받을|결제하|결제후|납부|수정|변경|연락|전화|문의|상담|바랍니다|하세요|해주세요|주세요|부탁|↓|▶|☞|→|claim|verify|update|click|call|confirm|enter|re-?enter/u;
// A number written right after the name of a help line is a call to it ("고객센터 02-…", "☎ 1544-…").
const CALL =
  /연락|전화|문의|상담|신고|call|contact|(?:고객센터|센터|상담실|콜센터|대표번호|문의처|☎|tel)\+?\d/u;

const SCRIPTS: readonly Script[] = [
  {
    family: 'compensation',
    topic:
      /피해보상|보상금|보상포인트|보상센터|보상신청|보상대상|보상지급|피해액|피해사실조회|피해(?:조회|확인)|유출(?:조회|확인|여부)|피해구제|compensation|eligiblefor/u,
    act: ACT,
  },
  {
    family: 'refund',
    topic: /환불|환급|과다청구|refund/u,
    act: /오류|지연|미지급|실패|재등록|계좌|카드정보|본인인증|인증후|신청|받으|받을|받아|failed|bankdetails|re-?enter/u,
  },
  {
    family: 'payment',
    topic:
      /결제(?:가)?완료|결제승인|승인완료|승인되었|자동결제|결제금액|payment.{0,30}approved|결제실패|결제정보업데이트|결제(?:가)?시도|해외결제|결제(?:가)?차단|(?:이상|부정)결제/u,
    act: /본인(?:이|결제가)?(?:아니|아닐)|본인미사용|미사용시|취소(?:희망|신청|요청)|해지문의|신고|notyou|업데이트필요|update/u,
  },
  {
    family: 'card',
    topic: /카드.{0,8}?(?:재)?발급|카드(?:가)?발송|카드배송|카드(?:가)?부정발급|카드전달|카드정지/u,
    act: /연락|전화|문의|상담|신고|신청|정지/u,
  },
  {
    family: 'customs',
    topic: /개인통관고유부호|통관부호|통관고유부호|통관(?:이)?보류|통관지연|관세미납|관세납부|customs/u,
    act: ACT,
  },
  {
    family: 'delivery',
    topic:
      /주소(?:지)?(?:가)?(?:불일치|오류|불명|확인|재확인|수정)|배송(?:이)?(?:불가|보류|취소|지연|실패)|배송지정보오류|반송(?:예정|처리)|재배송|공동현관비밀번호미확인|미확인으로반송|addressisincomplete|onhold/u,
    act: ACT,
  },
  {
    family: 'app-install',
    topic: /앱|어플|app|apk|보안프로그램/u,
    act: /설치(?:해|하세|하기|후|바랍|부탁|필요|안내|링크|:|→)|다운로드(?!하지|를?받지)|install|\.apk/u,
  },
  {
    family: 'remote-support',
    topic: /원격(?:지원|제어|점검)|팀뷰어|teamviewer|anydesk|애니데스크|알서포트|rsupport/u,
  },
  {
    family: 'account',
    topic:
      /계정(?:이)?(?:정지|잠금|잠겼|도용)|이용정지|계정보안경고|비정상로그인|재인증|로그인차단|개인정보가변경|자격확인|accounthasbeenlocked|unusualactivity|혜택중단/u,
    act: ACT,
  },
  { family: 'event', topic: /당첨|경품|럭키박스|체험단|쿠폰\d|쿠폰[0-9,]+원지급|이벤트전용/u, act: ACT },
  { family: 'job', topic: /재택부업|부업모집|알바모집|리뷰알바|재택근무|일당|건당\d|월\d{3}가능/u, act: ACT },
  {
    family: 'authority',
    topic: /검찰|지검|수사관|사이버수사대|금융감독원|금감원|공정거래위원회|공정위|경찰청입니다|관세청\]/u,
    act: /연락|전화|신청|등록|절차|조사필요|확인필요|출석/u,
  },
  // "If it wasn't you, call …": the script that ends with a call to a fake centre.
  {
    family: 'callback',
    topic:
      /본인(?:이|의)?(?:신청|요청|결제|사용|거래)?(?:이|가)?(?:아니|아닐)|본인(?:이)?(?:신청하지않|요청하지않|결제하지않|가입하지않)|명의도용|명의로.{0,12}(?:가입|개통|신청|발급)|notyou|wasn'?tyou/u,
    act: CALL,
  },
  // A family member or friend on a "new phone" who needs a code, a gift card or money (메신저 피싱): the ask is
  // the harm itself, whatever link or number the text carries.
  {
    family: 'family',
    topic:
      /(?:폰|휴대폰|핸드폰|전화기)(?:액정)?(?:이|을)?(?:깨져|깨졌|고장|망가|분실|잃어버|물에빠)|임시폰|수리(?:를)?맡기/u,
    act: /인증번호|문화상품권|상품권|기프트카드|송금|입금|이체|계좌|카드(?:번호|사진|앞뒤)|신분증/u,
  },
];

/** Lower case, NFKC, without spaces, punctuation and invisible characters: "쿠 팡 고 객 님" → "쿠팡고객님". */
export function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{Cf}\u3164\u115f\u1160ㆍ·・•‧∙_\-'"‘’“”,:;!?()[\]{}<>「」『』【】]/gu, '');
}

/** The lure families a message's squashed text carries, each once, in the order above. */
export function lureFamilies(squashed: string): LureFamily[] {
  return SCRIPTS.filter((s) => s.topic.test(squashed) && (!s.act || s.act.test(squashed))).map(
    (s) => s.family,
  );
}

/** Families whose script ends with "call this number": a number in such a text is the trap itself. */
export const CALLBACK_FAMILIES: ReadonlySet<LureFamily> = new Set([
  'card',
  'payment',
  'authority',
  'remote-support',
]);

/** Families Coupang never uses in its own texts, whatever number or link they carry. */
export const NEVER_FROM_BRAND: ReadonlySet<LureFamily> = new Set(['app-install', 'remote-support']);

/** Families that are a scam by themselves: what they ask for is the harm, with no link or number needed. */
export const SCAM_BY_ITSELF: ReadonlySet<LureFamily> = new Set(['family']);

/** The text asks the reader to call or contact someone. */
export function asksToCall(squashed: string): boolean {
  return /(?:연락|전화|문의|상담)(?:바랍니다|주세요|부탁|하세요|해주세요|요망|주시기|드립니다)|확인(?:필요|요망|바랍니다|부탁)|call(?:us|now|immediately)?/u.test(
    squashed,
  );
}

/**
 * The text warns about scams ("절대 누르지 마세요", "스미싱이래요", "118에 신고하세요"): a friend forwarding a warning
 * or a public notice quoting a scam. Never an excuse on its own (a kit can write it too): it only keeps a text
 * without a known-bad link at "suspicious" instead of "scam".
 */
export function warnsAboutScams(squashed: string): boolean {
  return /(?:절대|함부로)?(?:누르지|클릭하지|열지)(?:마|말)|스미싱|보이스피싱|사기문자|속지마|조심하세요|주의하세요|(?:118|112)에?신고/u.test(
    squashed,
  );
}

// Where a search sends the reader: a portal (whose top results are ads anyone can buy), not the brand's own app.
const PORTAL =
  '(?:네이버|naver|구글|google|다음|daum|빙|bing|줌|포털|(?<!앱|어플|app)검색창|검색엔진|인터넷|유튜브|youtube)';
// a search inside the brand's own app ("쿠팡 앱에서 검색", "앱 검색창에")
const IN_APP = /(?:앱|어플|app)(?:에서|의|내|안에서|안|검색창|검색)/u;
const PICK =
  '(?:광고|파워링크|스폰서|sponsored|첫번째|첫번|첫사이트|첫링크|맨위|맨윗|최상단|상단|가장위|topad|firstad|firstresult|toplink|toplisting)';

/**
 * The text sends the reader to a search engine to find the site ("네이버에서 '쿠팡 보상금 신청' 검색 후 광고 첫 번째
 *사이트", "Google it and use the first ad"): a way in with no link or number for a filter to read. Searching
 * inside the brand's own app ("쿠팡 앱에서 '와우 혜택' 검색") is not this.
 */
export function asksToSearchAd(squashed: string): boolean {
  const portalSearch = new RegExp(
    `${PORTAL}(?:에서|에|으로|로|창에|검색창에)?.{0,30}(?:검색|찾아|찾으|치고|치면|쳐서|입력)`,
    'u',
  );
  const pickAfterSearch = new RegExp(`(?:검색|search).{0,40}${PICK}`, 'u');
  const english = new RegExp(
    `search(?:for)?.{0,40}(?:on)?${PORTAL}|${PORTAL}(?:it|for)|(?:click|open|use|tap|visit)the${PICK}`,
    'u',
  );
  return (
    portalSearch.test(squashed) ||
    (pickAfterSearch.test(squashed) && !IN_APP.test(squashed)) ||
    english.test(squashed)
  );
}
