/**
 * Shared by the pixel-reader suites (logo-pixels, logo-where): a login form without any name, and the page script
 * `paint(text, colours, h)` that returns a canvas with the text drawn letter by letter on white; `FIVE` holds the
 * wordmark's colours per letter of "coupang" (a stand-in for the mark, drawn in the browser's sans-serif).
 */
export const FORM = `<form action="/l" method="post"><input name="id" placeholder="아이디"><input type="password" name="pw" placeholder="비밀번호"><button>로그인</button></form>`;

export const PAINT = `<script>
function paint(text, colours, h) {
  h = h || 100;
  var c = document.createElement('canvas'), x = c.getContext('2d');
  x.font = 'bold ' + Math.round(h * 0.8) + 'px sans-serif';
  c.width = Math.ceil(x.measureText(text).width) + 20; c.height = h;
  x.fillStyle = '#fff'; x.fillRect(0, 0, c.width, c.height);
  x.font = 'bold ' + Math.round(h * 0.8) + 'px sans-serif';
  var X = 10;
  text.split('').forEach(function (ch, i) {
    x.fillStyle = colours[Math.min(i, colours.length - 1)]; x.fillText(ch, X, h * 0.72); X += x.measureText(ch).width;
  });
  return c;
}
var FIVE = ['#9D4E19', '#9D4E19', '#9D4E19', '#FF4311', '#FFC100', '#71CE00', '#00B7E2'];
</script>`;
