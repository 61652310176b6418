import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import { elementToText } from "./html-to-text";
import { asFullDocument } from "./parse-html";

function bodyText(html: string): string {
  const doc = new DOMParser().parseFromString(asFullDocument(html), "text/html") as unknown as Document;
  return elementToText(doc.body);
}

const cases: { name: string; html: string; text: string }[] = [
  { name: "paragraphs become blank-line separated", html: "<p>Satu.</p><p>Dua.</p>", text: "Satu.\n\nDua." },
  { name: "headings are their own paragraph", html: "<h2>Sub judul</h2><p>Isi.</p><h3>Lagi</h3>", text: "Sub judul\n\nIsi.\n\nLagi" },
  { name: "inline markup is flattened", html: "<p>Presiden <b>Prabowo</b> <a href='/x'>berkata</a> <em>hari ini</em>.</p>", text: "Presiden Prabowo berkata hari ini." },
  { name: "entities are decoded", html: "<p>A &amp; B &quot;C&quot; &lt;tag&gt; &#8220;D&#8221; caf&eacute;</p>", text: 'A & B "C" <tag> “D” café' },
  { name: "whitespace and source newlines collapse", html: "<p>  Kata\n\n   demi\tkata  </p>", text: "Kata demi kata" },
  { name: "list items one per line", html: "<p>Daftar:</p><ul><li>satu</li><li>dua <b>tebal</b></li></ul><p>Sesudah.</p>", text: "Daftar:\n\nsatu\ndua tebal\n\nSesudah." },
  { name: "single <br> is a line break", html: "<p>Baris satu<br>Baris dua</p>", text: "Baris satu\nBaris dua" },
  { name: "double <br> is a paragraph break", html: "<div>Paragraf satu.<br><br>Paragraf dua.<br>\n<br>Tiga.</div>", text: "Paragraf satu.\n\nParagraf dua.\n\nTiga." },
  { name: "text directly in divs", html: "<div>Luar <div>dalam</div> ekor</div>", text: "Luar\n\ndalam\n\nekor" },
  { name: "scripts, styles, noscript and templates dropped", html: "<p>A<script>alert(1)</script></p><style>p{}</style><noscript>JS mati</noscript><template><p>T</p></template><p>B</p>", text: "A\n\nB" },
  { name: "comments dropped", html: "<p>A<!-- iklan --> B</p><!-- <p>C</p> -->", text: "A B" },
  { name: "img onerror leaves nothing", html: "<p>Foto <img src=x onerror=\"alert(1)\"> di sini</p>", text: "Foto di sini" },
  { name: "nav, header, footer, aside, form dropped", html: "<header>Logo</header><nav><a>Menu</a></nav><p>Isi</p><aside>Populer</aside><form><label>Email</label><input><button>Kirim</button></form><footer>Hak cipta</footer>", text: "Isi" },
  { name: "hidden elements dropped", html: "<p>A</p><p hidden>B</p><div style='display: none'>C</div><span aria-hidden='true'>D</span><p>E</p>", text: "A\n\nE" },
  { name: "figures and captions dropped", html: "<figure><img src=a><figcaption>Foto: Antara</figcaption></figure><p>Isi</p>", text: "Isi" },
  { name: "table rows one per line", html: "<table><tr><th>Kota</th><th>Suhu</th></tr><tr><td>Bogor</td><td>24</td></tr></table>", text: "Kota Suhu\nBogor 24" },
  { name: "share bar inside the article dropped", html: "<p>Isi</p><div class='share-buttons'><a>Facebook</a><a>WhatsApp</a></div>", text: "Isi" },
  { name: "Baca juga paragraph dropped", html: "<p>Isi.</p><p><strong>Baca juga:</strong> <a href='/x'>Berita lain</a></p><p>Lanjut.</p>", text: "Isi.\n\nLanjut." },
  { name: "Lihat Juga box dropped", html: "<p>Isi.</p><div><b>LIHAT JUGA</b><ul><li><a>Satu</a></li><li><a>Dua</a></li></ul></div>", text: "Isi." },
  { name: "empty input", html: "", text: "" },
  { name: "bare text", html: "hanya teks &amp; entitas", text: "hanya teks & entitas" },
];

describe("elementToText", () => {
  it.each(cases)("$name", ({ html, text }) => {
    expect(bodyText(html)).toBe(text);
  });
});
